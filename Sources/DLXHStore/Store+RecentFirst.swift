import DLXHDomain
import Foundation
import Synchronization

// The interface's start (issue 13): the recent months first, so the first frame does not wait
// for ten years of history; the rest read on another thread and taken in by the update loop.

extension Store {
    /// How many months of entry the interface reads before its first frame: this month's and
    /// last month's files hold the reports just received (the month due by the 20th) and the
    /// late ones for the month before, which is what the inbox and the dashboard open on. A
    /// third month cost a fifth more of the first frame at a city's scale (the benchmark's
    /// `--profile STORE first`), for reports the history brings a second later anyway.
    public static let recentMonths = 2
    /// Below this many bytes of older report files, everything is read before the first frame
    /// (about 60 ms): deferring pays only at a city federation's scale.
    public static let deferAbove = 4 << 20

    /// `loadReadable`, but of the report files only those of the `months` most recent months
    /// of entry; the others are named in `contents.deferred`, to be read with `loadDeferred`
    /// and taken in with `StoreContents.merge`. Settings, roster and guidance are read whole,
    /// and the hot spots but for past years with none open (`closedHotSpotFiles`); damaged and
    /// missing files among what is read are named as `loadReadable` names them. Until the rest
    /// is merged, `refresh` leaves the deferred files alone.
    public func loadRecent(months: Int = Store.recentMonths, deferAbove: Int = Store.deferAbove) throws -> StoreContents {
        let manifest = try readFile(StoreManifest.self, relativePath: Store.manifestName)
        let config = try readFile(ConfigFile.self, relativePath: Store.configName)
        let roster = try readFile(RosterFile.self, relativePath: Store.rosterName)
        let recordManifest: Result<RecordManifest?, Error> = Result { try readRecordManifest() }
        let (hotSpotPaths, reportPaths) = try recordPaths()
        let guidancePaths = try guidancePaths() + streamPaths()
        var recent = Array(reportPaths.sorted().suffix(max(0, months)))
        let older = Set(reportPaths).subtracting(recent)
        let deferring = older.reduce(0, { $0 + Int(FileSystem.stamp(url($1))?.size ?? 0) }) > deferAbove
        if !deferring { recent = reportPaths }
        let closedYears = deferring ? closedHotSpotFiles(hotSpotPaths) : []
        let paths = hotSpotPaths.filter { !closedYears.contains($0) } + recent + guidancePaths
        var contents = StoreContents(config: config, roster: roster)
        contents.manifest = manifest
        contents.take(readFiles(paths))
        do {
            contents.recordManifest = try recordManifest.get()
        } catch {
            contents.damaged.append(Store.storeError(error, file: Store.recordManifestName))
        }
        contents.damaged += Store.missingFiles(contents.recordManifest, present: Set(hotSpotPaths + reportPaths + guidancePaths))
        contents.damaged.sort { ($0.file ?? "") < ($1.file ?? "") }
        contents.stamps.merge(stamps(for: [Store.configName, Store.rosterName])) { _, new in new }
        contents.deferred = Set(reportPaths).subtracting(recent).union(closedYears)
        return contents
    }

    /// The hot-spot files of past years that hold no open hot spot, by their index entries
    /// (valid ones only: a missing, stale or damaged entry keeps its file among those read
    /// first). The newest file is always read: new hot spots go there.
    func closedHotSpotFiles(_ paths: [String]) -> Set<String> {
        Set(paths.sorted().dropLast().filter { validIndexEntry(of: $0)?.openHotSpots == 0 })
    }

    /// Reads record files in parallel, each with the stamp it had before it was read (so a
    /// change made while reading is seen by the next `refresh`).
    public func loadDeferred(_ paths: Set<String>) -> DeferredFiles { readFiles(paths.sorted()) }

    func readFiles(_ paths: [String]) -> DeferredFiles {
        let results = Mutex<[Int: (FileSystem.Stamp?, Result<any StoreFile, Error>)]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let stamp = FileSystem.stamp(self.url(paths[i]))
            let result = Result<any StoreFile, Error> { try self.readRecordFile(paths[i]) }
            results.withLock { $0[i] = (stamp, result) }
        }
        var out = DeferredFiles()
        let collected = results.withLock { $0 }
        for i in paths.indices {
            let (stamp, result) = collected[i]!
            out.paths.insert(paths[i])
            if let stamp { out.stamps[paths[i]] = stamp }
            switch result {
            case .success(let file): out.files.append((paths[i], file))
            case .failure(let error): out.damaged.append(Store.storeError(error, file: paths[i]))
            }
        }
        return out
    }
}

/// Record files read apart from the rest (`Store.loadDeferred`), to merge into a `StoreContents`.
public struct DeferredFiles: Sendable {
    var paths: Set<String> = []
    var files: [(path: String, file: any StoreFile)] = []
    var stamps: [String: FileSystem.Stamp] = [:]
    var damaged: [StoreError] = []
}

extension StoreContents {
    /// Whether every record file is read (nothing deferred).
    public var isComplete: Bool { deferred.isEmpty }

    /// Takes in files read apart: their records, their stamps, and those that could not be read
    /// (named in `damaged`, in path order).
    /// A file no longer deferred meanwhile (gone from disk, or read by `refresh`) is not taken.
    public mutating func merge(_ read: DeferredFiles) { take(read, only: deferred.intersection(read.paths)) }

    mutating func take(_ read: DeferredFiles, only: Set<String>? = nil) {
        let wanted = only ?? read.paths
        for (path, file) in read.files where wanted.contains(path) { add(file) }
        stamps.merge(read.stamps.filter { wanted.contains($0.key) }) { _, new in new }
        damaged.removeAll { $0.file.map(wanted.contains) ?? false }
        damaged += read.damaged.filter { $0.file.map(wanted.contains) ?? false }
        damaged.sort { ($0.file ?? "") < ($1.file ?? "") }
        deferred.subtract(wanted)
    }
}

/// The deferred files of a store read on another thread; `take` hands them over once, when done,
/// without waiting. The interface's loop polls it between keys.
public final class BackgroundLoad: Sendable {
    private let work: BackgroundWork<DeferredFiles>

    public init(store: Store, paths: Set<String>) { work = BackgroundWork { store.loadDeferred(paths) } }

    /// The files read, the first time they are ready; nil before, and after they were taken.
    public func take() -> DeferredFiles? { work.take() }

    /// Waits until the files are read, and takes them (tests and the benchmark).
    public func wait() -> DeferredFiles? { work.wait() }
}

/// Work done once on a thread of its own, its result handed over once: `take` polls without
/// waiting (the interface's loop, between keys), `wait` blocks (tests and the benchmark).
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let taken = Mutex(false)
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The result, the first time it is ready; nil before, and after it was taken.
    public func take() -> Value? {
        guard let value = result.withLock({ $0 }) else { return nil }
        return taken.withLock { wasTaken in
            if wasTaken { return nil }
            wasTaken = true
            return value
        }
    }

    /// Waits until the result is ready, and takes it.
    public func wait() -> Value? {
        done.wait()
        done.signal()
        return take()
    }
}
