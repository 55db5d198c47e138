import DLXHDomain
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one pass over the `incoming/` folder did, file by file.
public struct IncomingSummary: Sendable {
    public struct Accepted: Sendable {
        public var name: String
        /// Where the file went, relative to the store: `incoming/accepted/NAME`.
        public var movedTo: String
        /// The reports as stored, under their new local ids (unread for every staff member).
        public var reports: [Report]
    }

    public struct Rejected: Sendable {
        public var name: String
        public var movedTo: String
        /// The note beside it: `incoming/rejected/NAME.reason.txt`.
        public var reasonFile: String
        /// One per problem, as the note writes them.
        public var problems: [Localized]
    }

    public var accepted: [Accepted] = []
    public var rejected: [Rejected] = []
    /// Files left where they are for the next pass: still being written, or named as partial.
    public var waiting: [String] = []

    public var isEmpty: Bool { accepted.isEmpty && rejected.isEmpty && waiting.isEmpty }

    /// One line per file, then the totals: what the command prints and the interface shows.
    /// File names are the sender's: every line goes through `Text.printable`.
    public func lines(_ language: Language) -> [String] {
        if isEmpty { return [Messages.incomingNothing(language)] }
        var lines = accepted.map { Messages.incomingAccepted($0.name, $0.reports.count, $0.movedTo)(language) }
        lines += rejected.map { Messages.incomingRejected($0.name, $0.movedTo, $0.reasonFile)(language) }
        lines += waiting.map { Messages.incomingWaiting($0)(language) }
        lines.append(Messages.incomingTotals(accepted.count, rejected.count, waiting.count)(language))
        return lines.map { Text.printable($0) }
    }
}

/// The `incoming/` folder: exchange files dropped there (by hand, a shared folder, a mail
/// rule) are imported exactly as `dlxh import` would, then moved to `accepted/` or, with a note
/// saying why, to `rejected/`. Nothing is ever deleted. Layout and rules: Docs/STORE.md.
extension Store {
    static let incomingFolder = "incoming"

    public var incomingURL: URL { url(Store.incomingFolder) }

    /// Takes in every settled file of `incoming/`, in name order.
    ///
    /// A file is left for the next pass when its name marks it as unfinished (`.part`, `.tmp`),
    /// when it was modified less than `settleSeconds` ago by `wallClock`, or when it changes
    /// while being read. Hidden files and folders are ignored. Two passes never overlap (a lock
    /// of their own, apart from the store's). A problem with the store itself, rather than with
    /// a file, stops the pass and leaves the file in place.
    public func processIncoming(by editor: Editor, settleSeconds: Double = 2, wallClock: Date = Date()) throws -> IncomingSummary {
        // Each folder is opened by descriptor without following a link, and every file is read,
        // written and moved relative to those descriptors: a link planted in incoming/ (which
        // others may write to) can never send a file or a note outside the store.
        let incoming = try StoreFolder.root(root).folder(Store.incomingFolder, private: false)
        let accepted = try incoming.folder("accepted", private: true)
        let rejected = try incoming.folder("rejected", private: true)
        try incoming.makeFile(".lock")
        let lock = try StoreLock(url: url(Store.incomingFolder + "/.lock"), displayName: Store.incomingFolder + "/.lock", wait: lockWait)
        defer { withExtendedLifetime(lock) {} }
        var summary = IncomingSummary()
        for name in try incoming.names().sorted() where !name.hasPrefix(".") {
            guard let before = incoming.regularFileStamp(name) else { continue }
            let lower = name.lowercased()
            let age = wallClock.timeIntervalSince1970 - Double(before.modifiedNanos) / 1e9
            if lower.hasSuffix(".part") || lower.hasSuffix(".tmp") || abs(age) < settleSeconds {
                summary.waiting.append(name)
                continue
            }
            let data: Data
            do {
                // Nil: no longer the regular file stamped (replaced, or made a link): not settled.
                guard let read = try incoming.readRegularFile(name, expected: before, limit: Limits.exchangeFileBytes) else {
                    summary.waiting.append(name)
                    continue
                }
                data = read
            } catch let error as StoreError {
                summary.rejected.append(try reject(name, from: incoming, into: rejected, problems: [Store.bothLanguages(error)]))
                continue
            }
            // Still growing, or replaced, while we read it: the writer has not finished.
            guard incoming.regularFileStamp(name) == before else {
                summary.waiting.append(name)
                continue
            }
            let exchange: ExchangeFile
            do {
                exchange = try ExchangeFile.decode(data, name: name)
            } catch let error as StoreError {
                summary.rejected.append(try reject(name, from: incoming, into: rejected, problems: [Store.bothLanguages(error)]))
                continue
            }
            do {
                let added = try importReports(exchange, fileName: name, by: editor)
                let movedTo = try move(name, from: incoming, into: accepted, withNote: nil)
                summary.accepted.append(IncomingSummary.Accepted(name: name, movedTo: movedTo, reports: added))
            } catch let rejection as ImportRejection {
                let problems = zip(rejection.lines(.vi), rejection.lines(.en)).map { Localized(vi: $0, en: $1) }
                summary.rejected.append(try reject(name, from: incoming, into: rejected, problems: problems))
            }
        }
        return summary
    }

    static func bothLanguages(_ error: StoreError) -> Localized {
        Localized(vi: error.message(.vi), en: error.message(.en))
    }

    private func reject(
        _ name: String, from incoming: StoreFolder, into rejected: StoreFolder, problems: [Localized]
    ) throws -> IncomingSummary.Rejected {
        // One line per problem, whatever the problem quotes: `Text.printable` escapes line breaks.
        let note = problems.map { Text.printable("\($0.vi) | \($0.en)") }.joined(separator: "\n") + "\n"
        let movedTo = try move(name, from: incoming, into: rejected, withNote: note)
        return IncomingSummary.Rejected(name: name, movedTo: movedTo, reasonFile: movedTo + ".reason.txt", problems: problems)
    }

    /// Moves `incoming/NAME` into `folder` under the first free name (`NAME`, `STEM-2.EXT`,
    /// `STEM-3.EXT`…), with `note` written beside it first when given (mode 0600). Returns the
    /// new path relative to the store.
    private func move(_ name: String, from incoming: StoreFolder, into folder: StoreFolder, withNote note: String?) throws -> String {
        var n = 1
        while true {
            let target = n == 1 ? name : Store.numbered(name, n)
            let noteName = target + ".reason.txt"
            n += 1
            if folder.contains(target) || (note != nil && folder.contains(noteName)) { continue }
            if let note { guard try folder.writeNewFile(noteName, Data(note.utf8)) else { continue } }
            guard try StoreFolder.claim(name, in: incoming, as: target, in: folder) else { continue }
            folder.sync()
            incoming.sync()
            return folder.path(target)
        }
    }

    /// `report.json` → `report-2.json`; `notes` → `notes-2`.
    static func numbered(_ name: String, _ n: Int) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "\(name)-\(n)" }
        return "\(name[..<dot])-\(n)\(name[dot...])"
    }
}
