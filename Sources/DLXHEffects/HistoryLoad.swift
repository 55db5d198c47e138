import DLXHDomain
import DLXHStore
import DLXHTUI

/// The history not read before the first frame (issue 13), read and made ready on another
/// thread: the deferred files, merged into a copy of the contents the interface started with,
/// the whole dataset built from it, and the interface's derived data (the inbox sorted and
/// folded for search). The loop then only swaps them in (`Effects.takeHistory`), so a key
/// pressed meanwhile never waits for ten years of sorting and folding.
public final class HistoryLoad: Sendable {
    /// What the thread made: all of it from `contents`, which was at `version`.
    public struct Prepared: Sendable {
        public let version: Int
        public let files: DeferredFiles
        public let contents: StoreContents
        public let dataset: Dataset
        public let derived: Derived
    }

    private let work: BackgroundWork<Prepared>

    /// Starts reading what `contents` defers; `version` is `Effects.contentsVersion` now.
    public init(store: Store, contents: StoreContents, version: Int) {
        work = BackgroundWork {
            let files = store.loadDeferred(contents.deferred)
            var merged = contents
            merged.merge(files)
            let dataset = merged.dataset
            return Prepared(version: version, files: files, contents: merged, dataset: dataset, derived: Derived(dataset))
        }
    }

    /// What was made, the first time it is ready; nil before, and after it was taken.
    public func take() -> Prepared? { work.take() }

    /// Waits until it is ready, and takes it (tests and the benchmark).
    public func wait() -> Prepared? { work.wait() }
}
