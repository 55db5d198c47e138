import DLXHDomain
import Foundation

/// `manifest.json`: which report and hot-spot files the store holds and how many records each
/// holds, so that a file deleted or replaced behind dlxh's back is noticed (Docs/STORE.md,
/// "Manifest").
///
/// It is written, under the store lock, *before* the data file whose record count changes (a
/// new file, a report added or deleted, a hot spot added), saying both the new count
/// (`records`) and the one the file had (`previous`). A crash between the two writes therefore
/// leaves a data file holding `previous` records, which the manifest allows: a sound store never
/// looks damaged. Edits that keep the count do not touch it.
public struct RecordManifest: StoreFile, Hashable {
    static let schemaName = "dlxh.manifest"
    static let currentVersion = 1
    public var schema = RecordManifest.schemaName
    public var version = RecordManifest.currentVersion
    public var files: [String: Entry]

    public struct Entry: Codable, Hashable, Sendable {
        /// Records (reports, hot spots) the file holds after the last write that changed the count.
        public var records: Int
        /// Records it held before that write (0: the write created it), when the manifest was
        /// written ahead of a change; the file may still hold this many if the change never landed.
        public var previous: Int?

        public init(records: Int, previous: Int? = nil) {
            self.records = records
            self.previous = previous
        }

        /// Whether a file holding `count` records agrees with this entry.
        func allows(_ count: Int) -> Bool { count == records || count == previous }
        /// Whether the file may be absent: nothing was ever in it, or it was being created.
        var mayBeMissing: Bool { records == 0 || previous == 0 }
    }

    public init(files: [String: Entry] = [:]) { self.files = files }
}

extension RecordManifest {
    /// The manifest of the given record files, as they are.
    init(_ contents: StoreContents) {
        var files: [String: Entry] = [:]
        for (month, file) in contents.reportFiles { files[Store.reportsPath(month)] = Entry(records: file.reports.count) }
        for (year, file) in contents.hotSpotFiles { files[Store.hotSpotsPath(year)] = Entry(records: file.hotSpots.count) }
        for (year, file) in contents.guidanceFiles { files[Store.guidancePath(year)] = Entry(records: file.guidance.count) }
        if let file = contents.streamsFile { files[Store.streamsPath] = Entry(records: file.streams.count) }
        self.init(files: files)
    }
}

extension StoreFile {
    /// The records a report or hot-spot file holds; nil for other files.
    var recordCount: Int? {
        if let file = self as? ReportsFile { return file.reports.count }
        if let file = self as? HotSpotsFile { return file.hotSpots.count }
        if let file = self as? GuidanceFile { return file.guidance.count }
        if let file = self as? StreamDecisionsFile { return file.streams.count }
        return nil
    }
}

extension Store {
    static let recordManifestName = "manifest.json"

    /// The manifest, or nil in a store made before there was one.
    func readRecordManifest() throws -> RecordManifest? {
        guard FileSystem.exists(url(Store.recordManifestName)) else { return nil }
        return try readFile(RecordManifest.self, relativePath: Store.recordManifestName)
    }

    /// The manifest, built from the files on disk when the store has none yet (a store made
    /// before there was one) and written. Call holding the lock.
    func recordManifestHoldingLock() throws -> RecordManifest {
        if let manifest = try readRecordManifest() { return manifest }
        var files: [String: RecordManifest.Entry] = [:]
        let (hotSpotPaths, reportPaths) = try recordPaths()
        for path in try hotSpotPaths + reportPaths + guidancePaths() + streamPaths() {
            // A damaged file has no count to record: it is left out, and check says so.
            if let count = (try? readRecordFile(path))?.recordCount { files[path] = RecordManifest.Entry(records: count) }
        }
        let manifest = RecordManifest(files: files)
        try write(manifest, relativePath: Store.recordManifestName)
        return manifest
    }

    /// Before a record file is written (holding the lock): refuses to recreate a file the manifest
    /// says holds records, and records the new count ahead of the write when it changes.
    /// An edit that keeps the count (most saves) reads nothing more.
    func noteRecordWrite(_ relativePath: String, existed: Bool, before: Int, after: Int) throws {
        if existed && before == after { return }
        var manifest = try recordManifestHoldingLock()
        let entry = manifest.files[relativePath]
        if !existed, let entry, !entry.mayBeMissing {
            throw StoreError.missingFile(file: relativePath, records: entry.records)
        }
        if let entry, entry.records == after, entry.previous == before { return }
        manifest.files[relativePath] = RecordManifest.Entry(records: after, previous: before)
        try write(manifest, relativePath: Store.recordManifestName)
    }

    /// Files the manifest lists as holding records that are not on disk.
    static func missingFiles(_ manifest: RecordManifest?, present: Set<String>) -> [StoreError] {
        guard let manifest else { return [] }
        return manifest.files.keys.sorted().compactMap { path in
            let entry = manifest.files[path]!
            guard !present.contains(path), !entry.mayBeMissing else { return nil }
            return .missingFile(file: path, records: entry.records)
        }
    }
}

// MARK: Folders and leftovers

extension Store {
    /// A temporary file found in the store, and whether the process that made it still runs.
    struct Leftover {
        var path: String
        var pid: Int32
        var alive: Bool
    }

    /// The store's folders, relative to its root ("" is the root): everything two levels down
    /// that is not hidden, except `incoming/` and what is in it.
    func folders() -> [String] {
        var result = [""]
        let fm = FileManager.default
        func visit(_ relative: String, depth: Int) {
            let names = (try? fm.contentsOfDirectory(atPath: url(relative).path)) ?? []
            // incoming/ is the senders' folder, shared on purpose: its modes and names are theirs.
            for name in names.sorted() where !name.hasPrefix(".") && !(relative.isEmpty && name == Store.incomingFolder) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: url(child).path, isDirectory: &isDir), isDir.boolValue else { continue }
                result.append(child)
                if depth > 1 { visit(child, depth: depth - 1) }
            }
        }
        visit("", depth: 2)
        return result
    }

    /// The temporary files (`.NAME.PID.tmp`) in one folder of the store.
    func leftovers(in folder: String) -> [Leftover] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasSuffix(".tmp"), let pid = FileSystem.leftoverPID(name) else { return nil }
            return Leftover(path: folder.isEmpty ? name : folder + "/" + name, pid: pid, alive: StoreLock.isAlive(pid))
        }
    }

    /// Removes the temporary files of writers that were killed, in every folder of the store.
    /// Done once per handle, by the first writer to take the lock.
    @discardableResult
    func removeDeadLeftovers() -> [String] {
        folders().flatMap { folder in
            FileSystem.removeDeadTemporaryFiles(in: url(folder)).map { folder.isEmpty ? $0 : folder + "/" + $0 }
        }
    }
}
