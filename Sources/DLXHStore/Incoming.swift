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
    public func lines(_ language: Language) -> [String] {
        if isEmpty { return [Messages.incomingNothing(language)] }
        var lines = accepted.map { Messages.incomingAccepted($0.name, $0.reports.count, $0.movedTo)(language) }
        lines += rejected.map { Messages.incomingRejected($0.name, $0.movedTo, $0.reasonFile)(language) }
        lines += waiting.map { Messages.incomingWaiting($0)(language) }
        lines.append(Messages.incomingTotals(accepted.count, rejected.count, waiting.count)(language))
        return lines
    }
}

/// The `incoming/` folder: exchange files dropped there (by hand, a shared folder, a mail
/// rule) are imported exactly as `dlxh import` would, then moved to `accepted/` or, with a note
/// saying why, to `rejected/`. Nothing is ever deleted. Layout and rules: Docs/STORE.md.
extension Store {
    static let incomingFolder = "incoming"
    static let acceptedFolder = "incoming/accepted"
    static let rejectedFolder = "incoming/rejected"

    public var incomingURL: URL { url(Store.incomingFolder) }

    /// Takes in every settled file of `incoming/`, in name order.
    ///
    /// A file is left for the next pass when its name marks it as unfinished (`.part`, `.tmp`),
    /// when it was modified less than `settleSeconds` ago by `wallClock`, or when it changes
    /// while being read. Hidden files and folders are ignored. Two passes never overlap (a lock
    /// of their own, apart from the store's). A problem with the store itself, rather than with
    /// a file, stops the pass and leaves the file in place.
    public func processIncoming(by editor: Editor, settleSeconds: Double = 2, wallClock: Date = Date()) throws -> IncomingSummary {
        for folder in [Store.incomingFolder, Store.acceptedFolder, Store.rejectedFolder] {
            try FileSystem.makeFolder(url(folder), displayName: folder)
        }
        let lock = try StoreLock(url: url(Store.incomingFolder + "/.lock"))
        defer { withExtendedLifetime(lock) {} }
        var summary = IncomingSummary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: incomingURL.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = Store.incomingFolder + "/" + name
            guard let before = FileSystem.regularFileStamp(url(path)) else { continue }
            let lower = name.lowercased()
            let age = wallClock.timeIntervalSince1970 - Double(before.modifiedNanos) / 1e9
            if lower.hasSuffix(".part") || lower.hasSuffix(".tmp") || abs(age) < settleSeconds {
                summary.waiting.append(name)
                continue
            }
            let data: Data
            do {
                data = try FileSystem.read(url(path), displayName: name, limit: Limits.exchangeFileBytes)
            } catch let error as StoreError {
                summary.rejected.append(try reject(name, problems: [Store.bothLanguages(error)]))
                continue
            }
            // Still growing, or replaced, while we read it: the writer has not finished.
            guard FileSystem.regularFileStamp(url(path)) == before else {
                summary.waiting.append(name)
                continue
            }
            let exchange: ExchangeFile
            do {
                exchange = try ExchangeFile.decode(data, name: name)
            } catch let error as StoreError {
                summary.rejected.append(try reject(name, problems: [Store.bothLanguages(error)]))
                continue
            }
            do {
                let added = try importReports(exchange, fileName: name, by: editor)
                let movedTo = try move(name, into: Store.acceptedFolder, withNote: nil)
                summary.accepted.append(IncomingSummary.Accepted(name: name, movedTo: movedTo, reports: added))
            } catch let rejection as ImportRejection {
                let problems = zip(rejection.lines(.vi), rejection.lines(.en)).map { Localized(vi: $0, en: $1) }
                summary.rejected.append(try reject(name, problems: problems))
            }
        }
        return summary
    }

    static func bothLanguages(_ error: StoreError) -> Localized {
        Localized(vi: error.message(.vi), en: error.message(.en))
    }

    private func reject(_ name: String, problems: [Localized]) throws -> IncomingSummary.Rejected {
        let note = problems.map { "\($0.vi) | \($0.en)" }.joined(separator: "\n") + "\n"
        let movedTo = try move(name, into: Store.rejectedFolder, withNote: note)
        return IncomingSummary.Rejected(name: name, movedTo: movedTo, reasonFile: movedTo + ".reason.txt", problems: problems)
    }

    /// Moves `incoming/NAME` into `folder` under the first free name (`NAME`, `STEM-2.EXT`,
    /// `STEM-3.EXT`…), with `note` written beside it first when given. Returns the new path.
    private func move(_ name: String, into folder: String, withNote note: String?) throws -> String {
        let source = url(Store.incomingFolder + "/" + name)
        var n = 1
        while true {
            let target = folder + "/" + (n == 1 ? name : Store.numbered(name, n))
            let notePath = target + ".reason.txt"
            n += 1
            if FileSystem.exists(url(target)) || (note != nil && FileSystem.exists(url(notePath))) { continue }
            if let note { try FileSystem.writeAtomically(Data(note.utf8), to: url(notePath), displayName: notePath) }
            guard try Store.claim(source, as: url(target)) else { continue }
            FileSystem.syncFolder(url(folder))
            FileSystem.syncFolder(url(Store.incomingFolder))
            return target
        }
    }

    /// Gives a file a new name without ever replacing another: a hard link fails when the name
    /// is taken, and only then is the old name removed, so a crash leaves the file under one
    /// name or both, never none. Where hard links are not supported, a rename (the caller has
    /// checked the name is free, under the incoming lock). False when the name was taken.
    static func claim(_ source: URL, as target: URL) throws -> Bool {
        if link(source.path, target.path) == 0 {
            unlink(source.path)
            return true
        }
        if errno == EEXIST { return false }
        guard rename(source.path, target.path) == 0 else {
            throw StoreError.io(file: source.lastPathComponent, reason: FileSystem.errnoText())
        }
        return true
    }

    /// `report.json` → `report-2.json`; `notes` → `notes-2`.
    static func numbered(_ name: String, _ n: Int) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "\(name)-\(n)" }
        return "\(name[..<dot])-\(n)\(name[dot...])"
    }
}

extension FileSystem {
    /// The stamp of a regular file, not following a symbolic link; nil for anything else.
    static func regularFileStamp(_ url: URL) -> Stamp? {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(
            inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modifiedNanos: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
