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

    private init(root: URL) {
        self.root = root.standardizedFileURL
    }

    // MARK: Opening and creating

    /// Opens an existing store, checking that the folder is one and that its layout version is known.
    public static func open(at root: URL) throws -> Store {
        let store = Store(root: root)
        let manifestURL = store.url(manifestName)
        guard FileSystem.exists(manifestURL) else { throw StoreError.noStore(path: root.path) }
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
        defer { withExtendedLifetime(lock) {} }
        try store.write(contents.config, relativePath: configName)
        try store.write(contents.roster, relativePath: rosterName)
        for file in contents.reportFiles.values {
            try store.write(file, relativePath: reportsPath(file.month))
        }
        for file in contents.hotSpotFiles.values {
            try store.write(file, relativePath: hotSpotsPath(file.year))
        }
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

    // MARK: Paths

    static func reportsPath(_ month: Period) -> String {
        "\(reportsFolder)/\(month.year)/\(month.id).json"
    }

    static func hotSpotsPath(_ year: Int) -> String { "\(hotSpotsFolder)/\(year).json" }

    func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Every data file of the store, relative to its root, sorted.
    public func dataFiles() throws -> [String] {
        var files = [Store.manifestName, Store.configName, Store.rosterName]
        files += try listJSON(in: Store.hotSpotsFolder, depth: 1)
        files += try listJSON(in: Store.reportsFolder, depth: 2)
        files += try listJSON(in: Store.staffFolder, depth: 1)
        files += try listJSON(in: Store.draftsFolder, depth: 1)
        return files
    }

    private func listJSON(in folder: String, depth: Int) throws -> [String] {
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

    static func decodeFile<F: StoreFile>(_ type: F.Type, data: Data, name: String) throws -> F {
        let envelope = try JSONCodec.decode(FileEnvelope.self, from: data, file: name)
        guard envelope.schema == F.schemaName else {
            throw StoreError.wrongSchema(file: name, found: Limits.shown(envelope.schema), expected: F.schemaName)
        }
        guard envelope.version <= F.currentVersion, envelope.version >= 1 else {
            throw StoreError.unsupportedVersion(
                file: name, schema: F.schemaName, version: envelope.version, supported: F.currentVersion)
        }
        let upgraded = try Migrations.upgrade(data, schema: F.schemaName, from: envelope.version, file: name)
        return try JSONCodec.decode(type, from: upgraded, file: name)
    }

    /// Loads the whole store. Report files are decoded in parallel: at ten years there are more
    /// than a hundred of them, and decoding is most of the cost.
    public func load() throws -> StoreContents {
        let manifest = try readFile(StoreManifest.self, relativePath: Store.manifestName)
        let config = try readFile(ConfigFile.self, relativePath: Store.configName)
        let roster = try readFile(RosterFile.self, relativePath: Store.rosterName)
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let paths = hotSpotPaths + reportPaths
        let results = Mutex<[Int: Result<any StoreFile, Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i]
            let result = Result<any StoreFile, Error> {
                if path.hasPrefix(Store.hotSpotsFolder) {
                    return try self.readFile(HotSpotsFile.self, relativePath: path)
                }
                return try self.readFile(ReportsFile.self, relativePath: path)
            }
            results.withLock { $0[i] = result }
        }
        var contents = StoreContents(config: config, roster: roster)
        contents.manifest = manifest
        let collected = results.withLock { $0 }
        for i in paths.indices {
            // The first failure in path order, so the error names the same file every run.
            switch collected[i]! {
            case .failure(let error): throw error
            case .success(let file as HotSpotsFile):
                try check(file.year == Int(paths[i].split(separator: "/").last!.dropLast(5)), paths[i], "year")
                contents.hotSpotFiles[file.year] = file
            case .success(let file as ReportsFile):
                try check(Store.reportsPath(file.month) == paths[i], paths[i], "month")
                contents.reportFiles[file.month] = file
            case .success: break
            }
        }
        contents.stamps = stamps(for: [Store.configName, Store.rosterName] + paths)
        return contents
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
    @discardableResult
    public func refresh(_ contents: inout StoreContents) throws -> Bool {
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let current = stamps(for: [Store.configName, Store.rosterName] + hotSpotPaths + reportPaths)
        guard current != contents.stamps else { return false }
        for (path, stamp) in current where contents.stamps[path] != stamp {
            switch path {
            case Store.configName: contents.config = try readFile(ConfigFile.self, relativePath: path)
            case Store.rosterName: contents.roster = try readFile(RosterFile.self, relativePath: path)
            default:
                if path.hasPrefix(Store.hotSpotsFolder) {
                    let file = try readFile(HotSpotsFile.self, relativePath: path)
                    contents.hotSpotFiles[file.year] = file
                } else {
                    let file = try readFile(ReportsFile.self, relativePath: path)
                    contents.reportFiles[file.month] = file
                }
            }
        }
        let reportSet = Set(reportPaths)
        contents.reportFiles = contents.reportFiles.filter { reportSet.contains(Store.reportsPath($0.key)) }
        let hotSet = Set(hotSpotPaths)
        contents.hotSpotFiles = contents.hotSpotFiles.filter { hotSet.contains(Store.hotSpotsPath($0.key)) }
        contents.stamps = current
        return true
    }

    /// Whether another process changed the store since `contents` was loaded or last refreshed.
    public func hasChanged(since contents: StoreContents) throws -> Bool {
        let (hotSpotPaths, reportPaths) = try recordPaths()
        return stamps(for: [Store.configName, Store.rosterName] + hotSpotPaths + reportPaths) != contents.stamps
    }

    /// The hot-spot and report files on disk now: what `load` reads and `refresh` watches.
    func recordPaths() throws -> (hotSpots: [String], reports: [String]) {
        (try listJSON(in: Store.hotSpotsFolder, depth: 1), try listJSON(in: Store.reportsFolder, depth: 2))
    }

    // MARK: Writing

    func write<F: StoreFile>(_ file: F, relativePath: String) throws {
        let data: Data
        do {
            data = try JSONCodec.encode(file)
        } catch {
            throw StoreError.io(file: relativePath, reason: "\(error)")
        }
        try FileSystem.writeAtomically(data, to: url(relativePath), displayName: relativePath)
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
    /// can come in between. Inside `body`, write only with `transactHoldingLock`, never with
    /// `transact` or another `withLock`: a second `flock` on another descriptor of the same file
    /// would wait for this one forever. Reading (`load`) takes no lock and is fine.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let lock = try StoreLock(url: url(Store.lockName))
        return try withExtendedLifetime(lock) { try body() }
    }

    /// `transact` for a caller already inside `withLock`: re-read, apply, write, without locking.
    func transactHoldingLock<F: StoreFile, T>(
        _ type: F.Type, relativePath: String, empty: () -> F, _ change: (inout F) throws -> T
    ) throws -> (result: T, file: F) {
        var file = FileSystem.exists(url(relativePath)) ? try readFile(type, relativePath: relativePath) : empty()
        let result = try change(&file)
        try write(file, relativePath: relativePath)
        return (result, file)
    }
}

/// The decoded files of a store, and the stamps of the versions they were read from.
public struct StoreContents: Sendable {
    public var manifest: StoreManifest?
    public var config: ConfigFile
    public var roster: RosterFile
    public var reportFiles: [Period: ReportsFile] = [:]
    public var hotSpotFiles: [Int: HotSpotsFile] = [:]
    var stamps: [String: FileSystem.Stamp] = [:]

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
        Dataset(
            configuration: config.configuration, units: roster.units,
            reports: reportFiles.keys.sorted().flatMap { reportFiles[$0]!.reports },
            hotSpots: hotSpotFiles.keys.sorted().flatMap { hotSpotFiles[$0]!.hotSpots }, audit: audit)
    }

    /// Every audit entry in the store, oldest first.
    public var audit: [AuditEntry] {
        (config.audit + roster.audit + reportFiles.values.flatMap(\.audit) + hotSpotFiles.values.flatMap(\.audit))
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
