import DLXHDomain

/// `streams/decisions.json`: what staff decided about streams of opinion (`StreamDecisions`),
/// with its audit trail. Absent until the first decision.
public struct StreamDecisionsFile: StoreFile, Hashable {
    static let schemaName = "dlxh.streams"
    static let currentVersion = 1
    public var schema = StreamDecisionsFile.schemaName
    public var version = StreamDecisionsFile.currentVersion
    public var streams: [StreamDecision]
    /// The highest stream number ever given (ids are never reused).
    public var lastStreamNumber: Int?
    public var audit: [AuditEntry]

    public init(streams: [StreamDecision] = [], audit: [AuditEntry] = []) {
        self.streams = streams
        self.audit = audit
    }

    public var decisions: StreamDecisions {
        get { StreamDecisions(streams: streams, lastNumber: lastStreamNumber ?? 0) }
        set {
            streams = newValue.streams
            lastStreamNumber = newValue.lastNumber == 0 ? lastStreamNumber : newValue.lastNumber
        }
    }

    mutating func stampRevisions(since old: StreamDecisionsFile) {
        streams.stampRevisions(since: old.streams)
    }
}

/// Staff decisions on streams: confirm, rename, merge, move items. Each is applied under the
/// lock onto the decisions as they are on disk now (two staff's decisions both count; a title
/// someone else changed meanwhile is never overwritten), audited per stream it touched, and
/// written crash-safe like every record file.
extension Store {
    static let streamsFolder = "streams"
    static let streamsPath = "streams/decisions.json"

    /// The stream-decision files on disk now (none, or `streams/decisions.json`).
    func streamPaths() throws -> [String] { try listJSON(in: Store.streamsFolder, depth: 1) }

    /// Applies one decision. Refused, writing nothing, when the streams changed in a way that
    /// makes it meaningless (`StreamDecisionError`) or names an item not in the store.
    @discardableResult
    public func decideStreams(_ change: StreamChange, by editor: Editor) throws -> StreamDecisions {
        try withLock {
            let (_, file) = try transactHoldingLock(
                StreamDecisionsFile.self, relativePath: Store.streamsPath, empty: { StreamDecisionsFile() }
            ) { file in
                var decisions = file.decisions
                let touched: [String]
                do {
                    touched = try decisions.apply(change, by: editor.staff, at: editor.now)
                } catch let error as StreamDecisionError {
                    throw StoreError.refused(error.message)
                }
                let before = Dictionary(file.streams.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                file.decisions = decisions
                let action = Store.auditAction(change)
                for id in touched {
                    let after = decisions.stream(id)
                    switch (before[id], after) {
                    case (nil, let new?):
                        file.audit.append(editor.audit(action, id, Store.describe(new)))
                    case (let old?, let new?):
                        let changes = Changes.list(from: old, to: new)
                        file.audit.append(editor.audit(action, id, changes: changes))
                    case (_?, nil):
                        let into = change.target.map { " → \($0.id)" } ?? ""
                        file.audit.append(editor.audit(action, id, "gone\(into)"))
                    case (nil, nil):
                        break
                    }
                }
            }
            return file.decisions
        }
    }

    /// Undo (or redo) of a decision: each stream record the change touched goes from `after` back
    /// to `before` (made again, changed back, or removed), audited as `stream.revert`. Refused,
    /// writing nothing, when someone else changed one of those streams since: decisions are
    /// whole records, so theirs is kept rather than merged.
    @discardableResult
    public func revertStreams(from after: StreamDecisions, to before: StreamDecisions, by editor: Editor) throws -> StreamDecisions {
        let old = Dictionary(before.streams.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.streams.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        let (_, file) = try transact(StreamDecisionsFile.self, relativePath: Store.streamsPath, empty: { StreamDecisionsFile() }) { file in
            for id in ids {
                var current = file.streams.first { $0.id == id }
                var expected = new[id]
                // Revisions are the store's bookkeeping: a record is unchanged when all else is.
                current?.revision = nil
                expected?.revision = nil
                guard current == expected else { throw StoreError.refused(StreamDecisionError.changedSince(id).message) }
            }
            for id in ids {
                let index = file.streams.firstIndex { $0.id == id }
                let was = index.map { file.streams[$0] }
                switch (index, old[id]) {
                case (let i?, let back?): file.streams[i] = back
                case (nil, let back?): file.streams.append(back)
                case (let i?, nil): file.streams.remove(at: i)
                case (nil, nil): break
                }
                let now = file.streams.first { $0.id == id }
                switch (was, now) {
                case (let a?, let b?): file.audit.append(editor.audit(.streamRevert, id, changes: Changes.list(from: a, to: b)))
                case (nil, let b?): file.audit.append(editor.audit(.streamRevert, id, Store.describe(b)))
                case (_?, nil): file.audit.append(editor.audit(.streamRevert, id, "gone"))
                case (nil, nil): break
                }
            }
            file.streams.sort { $0.id < $1.id }
            file.lastStreamNumber = max(file.lastStreamNumber ?? 0, after.lastNumber, before.lastNumber)
        }
        return file.decisions
    }

    /// Drops a deleted report's items from the stream decisions (inside `withLock`), each stream
    /// audited as `stream.unlink`; a stream left with no item is gone.
    func unlinkStreams(fromReport id: String, by editor: Editor) throws {
        guard FileSystem.exists(url(Store.streamsPath)) else { return }
        let file = try readFile(StreamDecisionsFile.self, relativePath: Store.streamsPath)
        guard file.streams.contains(where: { $0.items.contains { $0.reportID == id } }) else { return }
        _ = try transactHoldingLock(StreamDecisionsFile.self, relativePath: Store.streamsPath, empty: { file }) { file in
            for i in file.streams.indices where file.streams[i].items.contains(where: { $0.reportID == id }) {
                file.streams[i].items.removeAll { $0.reportID == id }
                file.audit.append(editor.audit(.streamUnlink, file.streams[i].id, "\(id) deleted"))
            }
            file.streams.removeAll { $0.items.isEmpty }
        }
    }

    static func auditAction(_ change: StreamChange) -> AuditAction {
        switch change {
        case .confirm: .streamConfirm
        case .rename: .streamRename
        case .merge: .streamMerge
        case .move: .streamMove
        }
    }

    static func describe(_ stream: StreamDecision) -> String {
        (stream.title.map { "“\($0)”; " } ?? "") + "items " + stream.items.map(\.text).joined(separator: ", ")
    }

    /// Stream decisions: unique ids, each item placed once and still in the store.
    static func streamFindings(_ contents: StoreContents) -> [StoreCheck.Finding] {
        guard let file = contents.streamsFile else { return [] }
        var items = Set<ItemReference>()
        for reports in contents.reportFiles.values {
            for report in reports.reports { for item in report.items { items.insert(ItemReference(reportID: report.id, itemID: item.id)) } }
        }
        var findings: [StoreCheck.Finding] = []
        var ids = Set<String>()
        var placed: [ItemReference: String] = [:]
        for stream in file.streams {
            if !ids.insert(stream.id).inserted {
                findings.append(StoreCheck.Finding(file: streamsPath, problem: "stream id \(stream.id) appears twice"))
            }
            if !StreamDecision.isDecided(stream.id) {
                findings.append(StoreCheck.Finding(file: streamsPath, problem: "stream id \(stream.id) is not of the form S-NNN"))
            }
            for ref in stream.items {
                // Items of reports not read yet (deferred) are not known to be missing.
                if contents.deferred.isEmpty, !items.contains(ref) {
                    findings.append(StoreCheck.Finding(file: streamsPath, problem: "stream \(stream.id): item \(ref.text) is not in the store"))
                }
                if let other = placed[ref] {
                    findings.append(StoreCheck.Finding(file: streamsPath, problem: "stream \(stream.id): item \(ref.text) is also in \(other)"))
                } else {
                    placed[ref] = stream.id
                }
            }
        }
        return findings
    }
}
