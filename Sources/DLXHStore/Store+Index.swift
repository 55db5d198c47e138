import DLXHDomain
import Foundation
import Synchronization

// Reading and writing the derived index (`StoreIndex.swift`; Docs/STORE.md, "The index").

extension Store {
    static let indexFolder = ".index"

    /// `.index/reports/2026/2026-11.idx` for `reports/2026/2026-11.json`.
    static func indexPath(of relativePath: String, suffix: String = ".idx") -> String {
        indexFolder + "/" + (relativePath.hasSuffix(".json") ? String(relativePath.dropLast(5)) : relativePath) + suffix
    }

    /// `.index/reports/2026/2026-11.search`: the folded text of a report file's reports.
    static func searchPath(of relativePath: String) -> String { indexPath(of: relativePath, suffix: ".search") }

    /// The bytes of a file under `.index/`, or nil (missing, unreadable, a link on the way).
    func readIndexFile(_ path: String) -> Data? {
        guard (try? refuseSymbolicLinks(path, includingLast: true)) != nil else { return nil }
        let fd = Glibc.open(url(path).path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        return try? handle.readToEnd()
    }

    /// The folded search text of a report file's reports (report id → text), if the search
    /// file there was made from the version whose bytes hash to `hash`.
    func searchTexts(of relativePath: String, hash: UInt64) -> [String: String]? {
        guard let data = readIndexFile(Store.searchPath(of: relativePath)), let entry = SearchEntry.decode(data), entry.hash == hash
        else { return nil }
        return entry.texts
    }

    /// The index entry of a record file as stored, whatever it says; nil when it is missing,
    /// damaged or of another version (a folder on the way being a link counts as missing).
    func storedIndexEntry(of relativePath: String, periods: Set<String>? = nil) -> IndexEntry? {
        readIndexFile(Store.indexPath(of: relativePath)).flatMap { IndexEntry.decode($0, periods: periods) }
    }

    /// The index entry of a record file if it describes the file on disk now: same inode, size
    /// and modification time, and, when the file changed too close to the entry's making for
    /// its time to tell, the same bytes. Nil otherwise: the caller reads the record file.
    func validIndexEntry(of relativePath: String, stored: IndexEntry?? = nil) -> IndexEntry? {
        guard let entry = stored ?? storedIndexEntry(of: relativePath), let stamp = FileSystem.stamp(url(relativePath)),
            stamp == entry.stamp
        else { return nil }
        if stamp.modifiedNanos >= entry.builtAtNanos - IndexEntry.racyMargin(for: stamp) {
            guard let data = try? FileSystem.read(url(relativePath), displayName: relativePath), IndexEntry.hash(data) == entry.hash
            else { return nil }
        }
        return entry
    }

    /// Writes the index entry of a record file just written or read as `data`. Best effort: the
    /// index is derived, so a failure (a read-only store, a full disk, a link in the way) only
    /// leaves it to be rebuilt; nothing is fsynced, and a torn file is refused when read.
    ///
    /// `previous` is the entry of the version `original` was decoded from (checked by its hash):
    /// a report equal to its original keeps its folded text from there, so a save folds only
    /// the reports it changed.
    func writeIndexEntry(
        of relativePath: String, data: Data, file: any StoreFile, exact: Bool, previous: IndexEntry? = nil,
        original: (any StoreFile)? = nil, cached: CachedReportsFile? = nil
    ) {
        guard let stamp = FileSystem.stamp(url(relativePath)) else { return }
        let hash = IndexEntry.hash(data)
        var entry = IndexEntry(stamp: stamp, hash: hash, exact: exact, builtAtNanos: IndexEntry.nowNanos())
        if let hotSpots = file as? HotSpotsFile { entry.openHotSpots = hotSpots.hotSpots.count { $0.status.isOpen } }
        if let reports = file as? ReportsFile {
            entry.headers = reports.reports.map(ReportHeader.init)
            // The search file first (the index entry vouches for it by the hash): only the
            // reports that changed are folded again, folding being most of the cost.
            var before: [String: (Report, String)] = [:]
            if let cached, let texts = cached.searchTexts, let original = original as? ReportsFile, original == cached.file {
                // Remembered by this process with the version it last wrote (Store+SaveCache).
                for (report, text) in zip(original.reports, texts) { before[report.id] = (report, text) }
            } else if let previous, let original = original as? ReportsFile,
                let data = readIndexFile(Store.searchPath(of: relativePath)), let old = SearchEntry.decode(data), old.hash == previous.hash
            {
                let oldTexts = Dictionary(old.escapedTexts.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
                for report in original.reports { if let text = oldTexts[report.id] { before[report.id] = (report, text) } }
            }
            let texts = reports.reports.map { report -> (id: String, text: String) in
                if let (old, text) = before[report.id], old == report { return (report.id, text) }
                return (report.id, IndexEntry.escape(ReportHeader.searchText(of: report)))
            }
            writeIndexFile(Store.searchPath(of: relativePath), SearchEntry(hash: hash, escapedTexts: texts).encoded())
            rememberSearchTexts(relativePath, data: data, texts: texts.map(\.text))
        }
        writeIndexFile(Store.indexPath(of: relativePath), entry.encoded())
    }

    private func writeIndexFile(_ relativePath: String, _ data: Data) {
        guard (try? refuseSymbolicLinks(relativePath)) != nil else { return }
        let target = url(relativePath)
        let folder = target.deletingLastPathComponent()
        var parts: [String] = []
        for component in relativePath.split(separator: "/").dropLast() {
            parts.append(String(component))
            let path = url(parts.joined(separator: "/")).path
            if mkdir(path, 0o700) != 0, errno != EEXIST { return }
        }
        let temp = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        unlink(temp.path)
        let fd = Glibc.open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
        guard fd >= 0 else { return }
        let ok = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        close(fd)
        if !ok || rename(temp.path, target.path) != 0 { unlink(temp.path) }
    }

    /// The index of every record file, made afresh from the files (after `Store.create`, and
    /// by a test that wants it whole). Files that cannot be read are left without one.
    public func rebuildIndex() throws {
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let paths = hotSpotPaths + reportPaths + (try guidancePaths()) + (try streamPaths())
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            guard let data = try? FileSystem.read(url(paths[i]), displayName: paths[i]),
                let file = try? self.decodeRecordFile(paths[i], data: data)
            else { return }
            writeIndexEntry(of: paths[i], data: data, file: file, exact: false)
        }
    }

    /// One record file from its bytes, checked against its name (as `readRecordFile`).
    func decodeRecordFile(_ path: String, data: Data) throws -> any StoreFile {
        if path.hasPrefix(Store.hotSpotsFolder + "/") {
            let file = try Store.decodeFile(HotSpotsFile.self, data: data, name: path)
            try checkName(file.year == Int(path.split(separator: "/").last!.dropLast(5)), path, "year")
            return file
        }
        if path.hasPrefix(Store.guidanceFolder + "/") {
            let file = try Store.decodeFile(GuidanceFile.self, data: data, name: path)
            try checkName(Store.guidancePath(file.year) == path, path, "year")
            return file
        }
        if path.hasPrefix(Store.streamsFolder + "/") {
            let file = try Store.decodeFile(StreamDecisionsFile.self, data: data, name: path)
            try checkName(Store.streamsPath == path, path, "name")
            return file
        }
        let file = try Store.decodeFile(ReportsFile.self, data: data, name: path)
        try checkName(Store.reportsPath(file.month) == path, path, "month")
        return file
    }

    func checkName(_ condition: Bool, _ path: String, _ field: String) throws {
        if !condition {
            throw StoreError.damaged(
                file: path, line: nil, column: nil, field: field, problem: .invalidValue("does not match the file name"))
        }
    }

    // MARK: Reading through the index

    /// What the command-line reads need, read through the index: the settings, the roster, every
    /// report's header (`ReportHeader`) and, with `hotSpots`, the hot-spot files. A record file
    /// whose index entry is valid is not opened; any other is read and decoded (and, when it
    /// had no usable entry at all, its entry written for next time). Damaged and missing files
    /// are named in `damaged` exactly as `loadReadable` names them, so the answers and the
    /// warnings are the same with or without the index; only the time differs.
    ///
    /// With `periods`, only the headers of reports for those periods are kept (what `dlxh status`
    /// needs for one month); the damaged and missing files are named all the same.
    public func loadHeaders(hotSpots wantHotSpots: Bool = false, periods: Set<Period>? = nil) throws -> StoreHeaders {
        let periodIDs = periods.map { Set($0.map(\.id)) }
        let keep: @Sendable (ReportHeader) -> Bool = { header in periods?.contains(header.period) ?? true }
        let config = try readFile(ConfigFile.self, relativePath: Store.configName)
        let roster = try readFile(RosterFile.self, relativePath: Store.rosterName)
        let recordManifest: Result<RecordManifest?, Error> = Result { try readRecordManifest() }
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let paths = hotSpotPaths + reportPaths + (try guidancePaths()) + (try streamPaths())
        enum Outcome {
            case headers([ReportHeader])
            case hotSpots(HotSpotsFile?)
            case failed(Error)
        }
        let outcomes = Mutex<[Int: Outcome]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i]
            let isReports = path.hasPrefix(Store.reportsFolder + "/")
            let isHotSpots = path.hasPrefix(Store.hotSpotsFolder + "/")
            let stored = self.storedIndexEntry(of: path, periods: periodIDs)
            if !(isHotSpots && wantHotSpots), stored != nil, let entry = self.validIndexEntry(of: path, stored: stored) {
                outcomes.withLock { $0[i] = isReports ? .headers(entry.headers.filter(keep)) : .hotSpots(nil) }
                return
            }
            let outcome: Outcome
            do {
                let data = try FileSystem.read(self.url(path), displayName: path)
                let file = try self.decodeRecordFile(path, data: data)
                if stored == nil, self.storedIndexEntry(of: path) == nil { self.writeIndexEntry(of: path, data: data, file: file, exact: false) }
                if let reports = file as? ReportsFile {
                    outcome = .headers(reports.reports.map(ReportHeader.init).filter(keep))
                } else {
                    outcome = .hotSpots(file as? HotSpotsFile)
                }
            } catch {
                outcome = .failed(error)
            }
            outcomes.withLock { $0[i] = outcome }
        }
        var result = StoreHeaders(configuration: config.configuration, units: roster.units)
        let collected = outcomes.withLock { $0 }
        for i in paths.indices {
            switch collected[i]! {
            case .headers(let headers): result.reports += headers
            case .hotSpots(let file): if let file { result.hotSpots += file.hotSpots }
            case .failed(let error): result.damaged.append(Store.storeError(error, file: paths[i]))
            }
        }
        var manifest: RecordManifest?
        do {
            manifest = try recordManifest.get()
        } catch {
            result.damaged.append(Store.storeError(error, file: Store.recordManifestName))
        }
        result.damaged += Store.missingFiles(manifest, present: Set(paths))
        result.damaged.sort { ($0.file ?? "") < ($1.file ?? "") }
        return result
    }
}

/// The store as the command-line reads see it through the index (`Store.loadHeaders`).
public struct StoreHeaders: Sendable {
    public var configuration: Configuration
    public var units: [ReportingUnit]
    /// Every report's header, in file order (entry month, then order in the file).
    public var reports: [ReportHeader] = []
    /// The hot spots, when asked for.
    public var hotSpots: [HotSpot] = []
    /// As `StoreContents.damaged`.
    public var damaged: [StoreError] = []

    init(configuration: Configuration, units: [ReportingUnit]) {
        self.configuration = configuration
        self.units = units
    }

    /// A dataset for the submission rules and the hot-spot lists: its reports carry the
    /// submission facts only (no items, summaries or audit).
    public var dataset: Dataset {
        Dataset(
            configuration: configuration, units: units, reports: reports.map(\.submissionReport), hotSpots: hotSpots, audit: [],
            guidance: [])
    }
}
