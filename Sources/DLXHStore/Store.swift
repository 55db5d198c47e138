import DLXHDomain
import Foundation
import Synchronization

/// A dlxh store: a folder of JSON files (layout in Docs/STORE.md). The one way to disk.
///
/// Reads take no lock (files are only ever replaced by rename). Every write goes through
/// `transact`: take the store lock, re-read the file from disk, apply the change, write it
/// atomically, release. Two processes writing at once therefore never lose each other's saves.
public final class Store: Sendable {
    public let root: URL

    static let manifestName = "store.json"
    static let configName = "config.json"
    static let rosterName = "roster.json"
    static let reportsFolder = "reports"
    static let hotSpotsFolder = "hotspots"
    static let lockName = ".lock"

    /// How long a write waits for another writer's lock before failing with `StoreError.locked`.
    public let lockWait: Double
    /// The thread holding the store lock through this handle, and how deeply: `withLock` inside
    /// `withLock` on the same thread runs under the one hold instead of waiting for itself.
    private let holding = Mutex<(owner: pthread_t?, depth: Int)>((nil, 0))
    private let sweptLeftovers = Mutex(false)
    /// The report files this handle last wrote, so its next save encodes only what changed.
    let saveCache = SaveCache()

    private init(root: URL, lockWait: Double = StoreLock.defaultWait) {
        self.root = root.standardizedFileURL
        self.lockWait = lockWait
    }

    /// The same store, with writes that wait at most `seconds` for the lock (0: try once). The
    /// interface uses a short wait so that its loop never stops on another writer's lock.
    public func waitingForLock(atMost seconds: Double) -> Store { Store(root: root, lockWait: seconds) }

    /// The staff name set in config.json, if any (nil also when it cannot be read).
    public func configuredStaffName() throws -> String? {
        try readFile(ConfigFile.self, relativePath: Store.configName).configuration.staffName
    }

    /// The staff name this process writes into the lock file while it holds it.
    public static func setLockOwner(_ staff: String) { StoreLock.staffName.withLock { $0 = staff } }

    // MARK: Opening and creating

    /// Opens an existing store, checking that the folder is one and that its layout version is known.
    public static func open(at root: URL) throws -> Store {
        let store = Store(root: root)
        // Say what is wrong: "no store here" only when the folder is there, open, and empty of one.
        var info = stat()
        if stat(root.path, &info) != 0 {
            switch errno {
            case ENOENT, ENOTDIR: throw StoreError.cannotOpen(path: root.path, problem: .missingFolder)
            case EACCES, EPERM: throw StoreError.cannotOpen(path: root.path, problem: .permissionDenied(root.path))
            default: throw StoreError.io(file: root.path, reason: FileSystem.errnoText())
            }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw StoreError.cannotOpen(path: root.path, problem: .notAFolder) }
        let manifestURL = store.url(manifestName)
        if stat(manifestURL.path, &info) != 0 {
            if errno == EACCES || errno == EPERM {
                throw StoreError.cannotOpen(path: root.path, problem: .permissionDenied(root.path))
            }
            throw StoreError.noStore(path: root.path)
        }
        if access(manifestURL.path, R_OK) != 0, errno == EACCES {
            throw StoreError.cannotOpen(path: root.path, problem: .permissionDenied(manifestURL.path))
        }
        _ = try store.readFile(StoreManifest.self, relativePath: manifestName)
        return store
    }

    public static func exists(at root: URL) -> Bool {
        FileSystem.exists(root.appendingPathComponent(manifestName))
    }

    /// Writes a new store into an empty or missing folder.
    public static func create(at root: URL, contents: StoreContents, manifest: StoreManifest) throws -> Store {
        if exists(at: root) { throw StoreError.storeExists(path: root.path) }
        let store = Store(root: root)
        try FileSystem.makeFolder(store.root, displayName: root.path)
        let lock = try StoreLock(url: store.url(lockName))
        // The turnstile writers queue at (`StoreLock`), made with the store so that waiting
        // writes nothing; an older store gets it on the first wait.
        let turnstile = Glibc.open(store.url(lockName).path + ".queue", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode)
        if turnstile >= 0 { Glibc.close(turnstile) }
        defer { withExtendedLifetime(lock) {} }
        try store.write(contents.config, relativePath: configName)
        try store.write(contents.roster, relativePath: rosterName)
        // The record files, then their index entries (derived; see "The index" in Docs/STORE.md),
        // made after all the writes so that few entries are as young as their file (racy).
        var written: [(String, Data, any StoreFile)] = []
        for file in contents.reportFiles.values.sorted(by: { $0.month < $1.month }) {
            let path = reportsPath(file.month)
            written.append((path, try store.write(file, relativePath: path), file))
        }
        for file in contents.hotSpotFiles.values {
            let path = hotSpotsPath(file.year)
            written.append((path, try store.write(file, relativePath: path), file))
        }
        for file in contents.guidanceFiles.values {
            let path = guidancePath(file.year)
            written.append((path, try store.write(file, relativePath: path), file))
        }
        if let file = contents.streamsFile { written.append((streamsPath, try store.write(file, relativePath: streamsPath), file)) }
        for file in contents.registerFiles.values { try store.write(file, relativePath: registerPath(file.year)) }
        for (path, data, file) in written { store.writeIndexEntry(of: path, data: data, file: file, exact: true) }
        try store.write(RecordManifest(contents), relativePath: recordManifestName)
        // The manifest goes last: a folder without it is not yet a store.
        try store.write(manifest, relativePath: manifestName)
        return store
    }

    /// Creates a store, replacing any store already in the folder. The new store is written beside
    /// the old one and swapped in by rename, so a crash leaves one or the other, never a mix. The
    /// old store is not deleted: it is kept beside the new one, at the path returned.
    public static func replace(at root: URL, contents: StoreContents, manifest: StoreManifest) throws -> (Store, keptAt: URL?) {
        let fm = FileManager.default
        let parent = root.standardizedFileURL.deletingLastPathComponent()
        let fresh = parent.appendingPathComponent(".\(root.lastPathComponent).new-\(getpid())")
        let stamp = manifest.createdAt.isoString.prefix(19).replacingOccurrences(of: ":", with: "")
        var old = parent.appendingPathComponent("\(root.lastPathComponent)-replaced-\(stamp)")
        var n = 1
        while fm.fileExists(atPath: old.path) {
            n += 1
            old = parent.appendingPathComponent("\(root.lastPathComponent)-replaced-\(stamp)-\(n)")
        }
        try? fm.removeItem(at: fresh)
        removeHalfBuiltStores(beside: root)
        _ = try create(at: fresh, contents: contents, manifest: manifest)
        var kept: URL?
        if fm.fileExists(atPath: root.path) {
            guard rename(root.path, old.path) == 0 else {
                throw StoreError.io(file: root.path, reason: FileSystem.errnoText())
            }
            kept = old
        }
        guard rename(fresh.path, root.path) == 0 else {
            throw StoreError.io(file: root.path, reason: FileSystem.errnoText())
        }
        FileSystem.syncFolder(parent)
        return (Store(root: root), kept)
    }

    /// Removes the half-built stores (`.STORE.new-PID`) that a `replace` killed midway left beside
    /// `root`, when their process is gone. Returns their names.
    @discardableResult
    public static func removeHalfBuiltStores(beside root: URL) -> [String] {
        let parent = root.standardizedFileURL.deletingLastPathComponent()
        let prefix = ".\(root.lastPathComponent).new-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, !StoreLock.isAlive(pid) else { continue }
            if (try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))) != nil { removed.append(name) }
        }
        return removed
    }

    // MARK: Paths

    static func reportsPath(_ month: Period) -> String {
        "\(reportsFolder)/\(month.year)/\(month.id).json"
    }

    static func hotSpotsPath(_ year: Int) -> String { "\(hotSpotsFolder)/\(year).json" }

    func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Every data file of the store, relative to its root, sorted.
    public func dataFiles() throws -> [String] {
        var files = [Store.manifestName, Store.configName, Store.rosterName]
        if FileSystem.exists(url(Store.recordManifestName)) { files.append(Store.recordManifestName) }
        files += try listJSON(in: Store.hotSpotsFolder, depth: 1)
        files += try listJSON(in: Store.guidanceFolder, depth: 1)
        files += try listJSON(in: Store.streamsFolder, depth: 1)
        files += try listJSON(in: Store.registerFolder, depth: 1)
        files += try listJSON(in: Store.reportsFolder, depth: 2)
        files += try listJSON(in: Store.staffFolder, depth: 1)
        files += try listJSON(in: Store.draftsFolder, depth: 1)
        return files
    }

    func listJSON(in folder: String, depth: Int) throws -> [String] {
        let fm = FileManager.default
        let base = url(folder)
        guard fm.fileExists(atPath: base.path) else { return [] }
        var found: [String] = []
        let names = try fm.contentsOfDirectory(atPath: base.path).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let relative = folder + "/" + name
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: url(relative).path, isDirectory: &isDir)
            if isDir.boolValue, depth > 1 {
                found += try listJSON(in: relative, depth: depth - 1)
            } else if !isDir.boolValue, name.hasSuffix(".json") {
                found.append(relative)
            }
        }
        return found
    }

    // MARK: Reading

    /// Reads and decodes one file, refusing other schemas and newer versions with a clear error.
    func readFile<F: StoreFile>(_ type: F.Type, relativePath: String) throws -> F {
        let data = try FileSystem.read(url(relativePath), displayName: relativePath)
        return try Store.decodeFile(type, data: data, name: relativePath)
    }

    /// One decode in the usual case (a file of this build's version): the body with its envelope.
    /// The envelope alone is read when that fails or names another schema or version, so a file
    /// of another schema or of a newer version is refused by name, not by the first field it
    /// lacks, and an older one is upgraded (`Migrations`) before its body is decoded.
    static func decodeFile<F: StoreFile>(_ type: F.Type, data: Data, name: String) throws -> F {
        do {
            let file = try JSONCodec.decode(type, from: data, file: name)
            if file.schema == F.schemaName, file.version == F.currentVersion { return file }
        } catch {
            let envelope = try checkedEnvelope(F.self, data: data, name: name)
            if envelope.version == F.currentVersion { throw error }
        }
        let envelope = try checkedEnvelope(F.self, data: data, name: name)
        let upgraded = try Migrations.upgrade(data, schema: F.schemaName, from: envelope.version, file: name)
        return try JSONCodec.decode(type, from: upgraded, file: name)
    }

    /// The envelope of a file that must be of schema `F`, in a version this build reads.
    private static func checkedEnvelope<F: StoreFile>(_ type: F.Type, data: Data, name: String) throws -> FileEnvelope {
        let envelope = try JSONCodec.decode(FileEnvelope.self, from: data, file: name)
        guard envelope.schema == F.schemaName else {
            throw StoreError.wrongSchema(file: name, found: Limits.shown(envelope.schema), expected: F.schemaName)
        }
        guard envelope.version <= F.currentVersion, envelope.version >= 1 else {
            throw StoreError.unsupportedVersion(
                file: name, schema: F.schemaName, version: envelope.version, supported: F.currentVersion)
        }
        return envelope
    }

    /// Loads the whole store, refusing it if any file is damaged or missing (the first such file,
    /// in path order, is the error). Every writer loads this way: nothing is written into a store
    /// that cannot be read whole.
    public func load() throws -> StoreContents {
        let contents = try loadReadable()
        if let first = contents.damaged.first { throw first }
        return contents
    }

    /// Loads what can be read. `store.json`, `config.json` and `roster.json` must be sound (every
    /// record means something only with them), or this throws. A damaged report or hot-spot file,
    /// or one the manifest lists that is gone, is left out and named in `damaged` instead, so the
    /// interface and the read-only commands can still show the rest. Report files are decoded in
    /// parallel: at ten years there are more than a hundred of them, and decoding is most of the cost.
    public func loadReadable() throws -> StoreContents {
        let manifest = try readFile(StoreManifest.self, relativePath: Store.manifestName)
        let config = try readFile(ConfigFile.self, relativePath: Store.configName)
        let roster = try readFile(RosterFile.self, relativePath: Store.rosterName)
        // The manifest before the listing: a writer lists a new file in the manifest before it
        // creates it, so a file the manifest names is on disk by the time the folder is listed.
        // The other order let a reader list the folders, then read a manifest that a writer
        // had since updated, and take a file created in between for a missing one.
        let recordManifest: Result<RecordManifest?, Error> = Result { try readRecordManifest() }
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let guidancePaths = try guidancePaths() + streamPaths()
        let paths = hotSpotPaths + reportPaths + guidancePaths + (try registerPaths())
        let results = Mutex<[Int: Result<any StoreFile, Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let result = Result<any StoreFile, Error> { try self.readRecordFile(paths[i]) }
            results.withLock { $0[i] = result }
        }
        var contents = StoreContents(config: config, roster: roster)
        contents.manifest = manifest
        let collected = results.withLock { $0 }
        for i in paths.indices {
            // Collected in path order, so the messages name the same files in the same order every run.
            switch collected[i]! {
            case .failure(let error): contents.damaged.append(Store.storeError(error, file: paths[i]))
            case .success(let file): contents.add(file)
            }
        }
        do {
            contents.recordManifest = try recordManifest.get()
        } catch {
            contents.damaged.append(Store.storeError(error, file: Store.recordManifestName))
        }
        contents.damaged += Store.missingFiles(contents.recordManifest, present: Set(paths))
        contents.damaged.sort { ($0.file ?? "") < ($1.file ?? "") }
        contents.stamps = stamps(for: [Store.configName, Store.rosterName] + paths)
        return contents
    }

    /// One report or hot-spot file, checked against its name.
    func readRecordFile(_ path: String) throws -> any StoreFile {
        if path.hasPrefix(Store.hotSpotsFolder) {
            let file = try readFile(HotSpotsFile.self, relativePath: path)
            try check(file.year == Int(path.split(separator: "/").last!.dropLast(5)), path, "year")
            return file
        }
        if path.hasPrefix(Store.guidanceFolder + "/") {
            let file = try readFile(GuidanceFile.self, relativePath: path)
            try check(Store.guidancePath(file.year) == path, path, "year")
            return file
        }
        if path.hasPrefix(Store.streamsFolder + "/") {
            let file = try readFile(StreamDecisionsFile.self, relativePath: path)
            try check(Store.streamsPath == path, path, "name")
            return file
        }
        if path.hasPrefix(Store.registerFolder + "/") {
            let file = try readFile(RegisterFile.self, relativePath: path)
            try check(Store.registerPath(file.year) == path, path, "year")
            return file
        }
        let file = try readFile(ReportsFile.self, relativePath: path)
        try check(Store.reportsPath(file.month) == path, path, "month")
        return file
    }

    static func storeError(_ error: Error, file: String) -> StoreError {
        error as? StoreError ?? .io(file: file, reason: "\(error)")
    }

    private func check(_ condition: Bool, _ path: String, _ field: String) throws {
        if !condition {
            throw StoreError.damaged(
                file: path, line: nil, column: nil, field: field,
                problem: .invalidValue("does not match the file name"))
        }
    }

    func stamps(for paths: [String]) -> [String: FileSystem.Stamp] {
        var stamps: [String: FileSystem.Stamp] = [:]
        for path in paths { stamps[path] = FileSystem.stamp(url(path)) }
        return stamps
    }

    /// Re-reads only the files that changed on disk since `contents` was loaded (a save of ours,
    /// or another process's), and drops the files that went. Returns whether anything changed.
    /// A record file that cannot be read is left out and named in `contents.damaged` (as in
    /// `loadReadable`); one that can again is read and its name dropped from there.
    @discardableResult
    public func refresh(_ contents: inout StoreContents) throws -> Bool {
        let recordManifest = try? readRecordManifest()  // before the listing, as in `loadReadable`
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let guidancePaths = try guidancePaths() + streamPaths()
        let registerPaths = try registerPaths()
        let current = stamps(for: [Store.configName, Store.rosterName] + hotSpotPaths + reportPaths + guidancePaths + registerPaths)
            .filter { !contents.deferred.contains($0.key) }
        guard current != contents.stamps else { return false }
        for (path, stamp) in current where contents.stamps[path] != stamp {
            switch path {
            case Store.configName: contents.config = try readFile(ConfigFile.self, relativePath: path)
            case Store.rosterName: contents.roster = try readFile(RosterFile.self, relativePath: path)
            default:
                contents.damaged.removeAll { $0.file == path }
                do {
                    contents.add(try readRecordFile(path))
                } catch {
                    contents.drop(path)
                    contents.damaged.append(Store.storeError(error, file: path))
                }
            }
        }
        let reportSet = Set(reportPaths)
        contents.deferred.formIntersection(reportSet)
        contents.reportFiles = contents.reportFiles.filter { reportSet.contains(Store.reportsPath($0.key)) }
        let hotSet = Set(hotSpotPaths)
        contents.hotSpotFiles = contents.hotSpotFiles.filter { hotSet.contains(Store.hotSpotsPath($0.key)) }
        let guidanceSet = Set(guidancePaths)
        contents.guidanceFiles = contents.guidanceFiles.filter { guidanceSet.contains(Store.guidancePath($0.key)) }
        if !guidanceSet.contains(Store.streamsPath) { contents.streamsFile = nil }
        let registerSet = Set(registerPaths)
        contents.registerFiles = contents.registerFiles.filter { registerSet.contains(Store.registerPath($0.key)) }
        let present = reportSet.union(hotSet).union(guidanceSet).union(registerSet).subtracting(contents.deferred)
        contents.damaged.removeAll { error in
            if case .missingFile = error { return true }  // worked out again below
            guard let file = error.file, file != Store.recordManifestName else { return false }
            return !present.contains(file)
        }
        if let manifest = recordManifest { contents.recordManifest = manifest }
        contents.damaged += Store.missingFiles(contents.recordManifest, present: present.union(contents.deferred))
        contents.damaged.sort { ($0.file ?? "") < ($1.file ?? "") }
        contents.stamps = current
        return true
    }

    /// Whether another process changed the store since `contents` was loaded or last refreshed.
    public func hasChanged(since contents: StoreContents) throws -> Bool {
        let (hotSpotPaths, reportPaths) = try recordPaths()
        return stamps(for: [Store.configName, Store.rosterName] + hotSpotPaths + reportPaths + (try guidancePaths()) + (try streamPaths()) + (try registerPaths()))
            .filter { !contents.deferred.contains($0.key) } != contents.stamps
    }

    /// The hot-spot and report files on disk now: what `load` reads and `refresh` watches.
    func recordPaths() throws -> (hotSpots: [String], reports: [String]) {
        (try listJSON(in: Store.hotSpotsFolder, depth: 1), try listJSON(in: Store.reportsFolder, depth: 2))
    }

    // MARK: Writing

    /// Writes a store file crash-safely; returns the bytes written.
    @discardableResult
    func write<F: StoreFile>(_ file: F, relativePath: String, keeping unknown: UnknownFields? = nil) throws -> Data {
        var data: Data
        do {
            data = try JSONCodec.encode(file)
            if let unknown {
                let known = try JSONCodec.decode(JSONValue.self, from: data, file: relativePath)
                data = try JSONCodec.encode(unknown.graft(onto: known))
            }
        } catch {
            throw StoreError.io(file: relativePath, reason: "\(error)")
        }
        try refuseSymbolicLinks(relativePath)
        try FileSystem.writeAtomically(data, to: url(relativePath), displayName: relativePath)
        return data
    }

    /// Lock, re-read `relativePath` from disk (or start from `empty` when it does not exist yet),
    /// apply `change`, write atomically, unlock. Returns what `change` returned and the file written.
    func transact<F: StoreFile, T>(
        _ type: F.Type, relativePath: String, empty: () -> F, _ change: (inout F) throws -> T
    ) throws -> (result: T, file: F) {
        try withLock { try transactHoldingLock(type, relativePath: relativePath, empty: empty, change) }
    }

    /// Runs `body` holding the store lock, so that a check made by reading (is this report
    /// already here?) and the write that depends on it happen under one hold: no other writer
    /// can come in between. The lock is waited for at most `lockWait` seconds, then
    /// `StoreError.locked` names its holder. Inside `body`, writes through this same handle on the
    /// same thread run under the one hold (the lock is re-entered, not taken again); another
    /// handle or thread would wait for it like any other writer. Reading (`load`) takes no lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        try refuseSymbolicLinks(Store.lockName, includingLast: true)
        let me = pthread_self()
        let reentered = holding.withLock { held in
            guard let owner = held.owner, pthread_equal(owner, me) != 0 else { return false }
            held.depth += 1
            return true
        }
        if reentered {
            defer { holding.withLock { $0.depth -= 1 } }
            return try body()
        }
        let lock = try StoreLock(url: url(Store.lockName), wait: lockWait)
        holding.withLock { $0 = (me, 1) }
        defer { holding.withLock { $0 = (nil, 0) } }
        // The first hold of this handle sweeps up what killed writers left behind.
        if !sweptLeftovers.withLock({ swept in defer { swept = true }; return swept }) { removeDeadLeftovers() }
        return try withExtendedLifetime(lock) { try body() }
    }

    /// `withLock` for callers outside the store: runs `body` (which may save through this handle
    /// any number of times) under one hold of the lock, so that either all of it is written or,
    /// when another writer keeps the lock past `lockWait`, none of it runs (`StoreError.locked`).
    public func holdingLock<T>(_ body: () throws -> T) throws -> T { try withLock(body) }

    /// `transact` for a caller already inside `withLock`: re-read, apply, write, without locking.
    ///
    /// Records the change altered get their next revision, and fields this version does not
    /// know (a newer dlxh wrote them) are carried through to the file written.
    func transactHoldingLock<F: StoreFile, T>(
        _ type: F.Type, relativePath: String, empty: () -> F, _ change: (inout F) throws -> T
    ) throws -> (result: T, file: F) {
        let existed = FileSystem.exists(url(relativePath))
        var file = empty()
        var unknown: UnknownFields?
        let isRecordFile = file.recordCount != nil
        var previous: IndexEntry?
        var cached: CachedReportsFile?  // the bytes are this process's own last write (Store+SaveCache)
        if existed {
            let data = try FileSystem.read(url(relativePath), displayName: relativePath)
            cached = F.self == ReportsFile.self ? cachedReportsFile(relativePath, data: data) : nil
            if let hit = cached?.file as? F { file = hit } else {
            file = try Store.decodeFile(type, data: data, name: relativePath)
            // Fields a newer dlxh wrote are looked for unless the index vouches that these very
            // bytes are this build's own writing (checked by their hash): one encode saved.
            let hash = isRecordFile ? IndexEntry.hash(data) : 0
            previous = isRecordFile ? storedIndexEntry(of: relativePath).flatMap { $0.hash == hash ? $0 : nil } : nil
            if previous?.vouchesExact(for: hash) != true {
                unknown = try Store.unknownFields(in: data, decodedAs: file, name: relativePath)
            }
            }
        }
        let original = file
        let before = file.recordCount
        let result = try change(&file)
        file.stampRevisions(since: original)
        if let before, let after = file.recordCount {
            // A report or hot-spot file: the manifest learns a new count before the file has it.
            try noteRecordWrite(relativePath, existed: existed, before: before, after: after)
        }
        let written: Data
        if let reports = file as? ReportsFile, unknown == nil {
            written = try writeReportsFile(reports, relativePath: relativePath, cached: cached)
        } else {
            saveCache.forget(url(relativePath).path)
            written = try write(file, relativePath: relativePath, keeping: unknown)
        }
        if isRecordFile {
            writeIndexEntry(
                of: relativePath, data: written, file: file, exact: unknown == nil, previous: previous, original: original, cached: cached)
        }
        return (result, file)
    }

    /// The fields of `data` that decoding it as `file` dropped. A file this version wrote
    /// encodes back to the same bytes, which is checked first and costs one encode.
    static func unknownFields<F: StoreFile>(in data: Data, decodedAs file: F, name: String) throws -> UnknownFields? {
        guard let again = try? JSONCodec.encode(file), again != data else { return nil }
        let raw = try JSONCodec.decode(JSONValue.self, from: data, file: name)
        let known = try JSONCodec.decode(JSONValue.self, from: again, file: name)
        return UnknownFields.find(raw: raw, known: known)
    }
}

/// The decoded files of a store, and the stamps of the versions they were read from.
public struct StoreContents: Sendable {
    public var manifest: StoreManifest?
    public var config: ConfigFile
    public var roster: RosterFile
    public var reportFiles: [Period: ReportsFile] = [:]
    public var hotSpotFiles: [Int: HotSpotsFile] = [:]
    /// Report and hot-spot files left out because they cannot be read (damaged) or are gone
    /// though the manifest lists them (missing), in path order. Not empty: read-only.
    public var damaged: [StoreError] = []
    /// `manifest.json` as loaded (nil in a store made before there was one).
    public var recordManifest: RecordManifest?
    /// `guidance/YYYY.json` by year.
    public var guidanceFiles: [Int: GuidanceFile] = [:]
    /// `streams/decisions.json`, when staff have decided about streams.
    public var streamsFile: StreamDecisionsFile?
    /// `register/YYYY.json` by year.
    public var registerFiles: [Int: RegisterFile] = [:]
    var stamps: [String: FileSystem.Stamp] = [:]
    /// Report files not read yet (`Store.loadRecent`): `refresh` leaves them alone until they
    /// are merged in.
    public internal(set) var deferred: Set<String> = []

    mutating func add(_ file: any StoreFile) {
        if let file = file as? HotSpotsFile { hotSpotFiles[file.year] = file }
        if let file = file as? ReportsFile { reportFiles[file.month] = file }
        if let file = file as? GuidanceFile { guidanceFiles[file.year] = file }
        if let file = file as? StreamDecisionsFile { streamsFile = file }
        if let file = file as? RegisterFile { registerFiles[file.year] = file }
    }

    mutating func drop(_ path: String) {
        reportFiles = reportFiles.filter { Store.reportsPath($0.key) != path }
        hotSpotFiles = hotSpotFiles.filter { Store.hotSpotsPath($0.key) != path }
        guidanceFiles = guidanceFiles.filter { Store.guidancePath($0.key) != path }
        if path == Store.streamsPath { streamsFile = nil }
        registerFiles = registerFiles.filter { Store.registerPath($0.key) != path }
    }

    public init(
        config: ConfigFile, roster: RosterFile, reportFiles: [Period: ReportsFile] = [:],
        hotSpotFiles: [Int: HotSpotsFile] = [:]
    ) {
        self.config = config
        self.roster = roster
        self.reportFiles = reportFiles
        self.hotSpotFiles = hotSpotFiles
    }

    /// Everything as plain domain values.
    public var dataset: Dataset {
        var dataset = Dataset(
            configuration: config.configuration, units: roster.units,
            reports: reportFiles.keys.sorted().flatMap { reportFiles[$0]!.reports },
            hotSpots: hotSpotFiles.keys.sorted().flatMap { hotSpotFiles[$0]!.hotSpots }, audit: audit,
            guidance: guidanceFiles.keys.sorted().flatMap { guidanceFiles[$0]!.guidance })
        dataset.streamDecisions = streamsFile?.decisions ?? StreamDecisions()
        let register = registerFiles.keys.sorted().map { registerFiles[$0]! }
        dataset.issuedReports = register.flatMap(\.issued)
        dataset.reportParts = register.flatMap(\.parts)
        return dataset
    }

    /// Every audit entry in the store, oldest first.
    public var audit: [AuditEntry] {
        (config.audit + roster.audit + reportFiles.values.flatMap(\.audit) + hotSpotFiles.values.flatMap(\.audit)
            + guidanceFiles.values.flatMap(\.audit) + (streamsFile?.audit ?? []) + registerFiles.values.flatMap(\.audit))
            .sorted { $0.at < $1.at }
    }
}

extension StoreContents {
    /// Files for a whole dataset, each report in the file of its entry month (from its id), each
    /// hot spot in the file of its year, each audit entry beside the record it names.
    public init(configuration: Configuration, units: [ReportingUnit], reports: [Report], hotSpots: [HotSpot], audit: [AuditEntry]) {
        self.init(config: ConfigFile(configuration: configuration), roster: RosterFile(units: units))
        var reportMonth: [String: Period] = [:]
        for report in reports {
            let month = Store.entryMonth(ofReportID: report.id) ?? Period.containing(report.createdAt.day)
            reportMonth[report.id] = month
            reportFiles[month, default: ReportsFile(month: month)].reports.append(report)
        }
        for hotSpot in hotSpots {
            let year = Int(hotSpot.id.dropFirst(3).prefix(4)) ?? hotSpot.phonedInAt.day.year
            hotSpotFiles[year, default: HotSpotsFile(year: year)].hotSpots.append(hotSpot)
        }
        for entry in audit {
            if let month = reportMonth[entry.target.split(separator: "/").first.map(String.init) ?? ""] {
                reportFiles[month]!.audit.append(entry)
            } else if entry.target.hasPrefix("HS-"), let year = Int(entry.target.dropFirst(3).prefix(4)), hotSpotFiles[year] != nil {
                hotSpotFiles[year]!.audit.append(entry)
            } else {
                roster.audit.append(entry)
            }
        }
    }
}
