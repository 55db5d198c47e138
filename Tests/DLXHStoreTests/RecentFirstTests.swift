import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// The interface's start: the recent months first, the rest read apart and merged, and the
/// store as a whole the same as a full read, whatever happened meanwhile.
@Suite("Loading the recent months first")
struct RecentFirstTests {
    @Test("recent months, then the rest merged, give exactly what a full read gives")
    func mergedEqualsFull() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        var contents = try store.loadRecent(months: 3, deferAbove: 0)
        let reportPaths = try store.recordPaths().reports.sorted()
        #expect(contents.deferred == Set(reportPaths.dropLast(3)))
        #expect(contents.reportFiles.count == 3)
        #expect(Set(contents.reportFiles.keys.map(Store.reportsPath)) == Set(reportPaths.suffix(3)))
        #expect(contents.dataset.hotSpots == (try store.load().dataset.hotSpots), "hot spots are read whole")

        let rest = try #require(BackgroundLoad(store: store, paths: contents.deferred).wait())
        contents.merge(rest)
        #expect(contents.isComplete)
        let full = try store.loadReadable()
        #expect(contents.dataset.reports == full.dataset.reports)
        #expect(contents.stamps == full.stamps)
        #expect(try store.refresh(&contents) == false, "nothing to read again")
    }

    @Test("a small store is read whole before the first frame")
    func smallStoreReadWhole() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let contents = try store.loadRecent()
        #expect(contents.isComplete)
        #expect(contents.dataset.reports == (try store.load().dataset.reports))
    }

    @Test("while the rest is being read, refresh leaves it alone; a change meanwhile is read after the merge")
    func refreshWhileDeferred() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        var contents = try store.loadRecent(months: 2, deferAbove: 0)
        #expect(try store.refresh(&contents) == false, "deferred files are not taken for changed ones")
        #expect(try store.hasChanged(since: contents) == false)
        let rest = store.loadDeferred(contents.deferred)

        // An old month is edited after it was read in the background, before the merge.
        let old = try #require(try store.load().dataset.reports.first { $0.kind == .periodic && !$0.items.isEmpty })
        try store.updateItem(reportID: old.id, itemID: old.items[0].id, by: testEditor) { $0.attitude = "frustrated" }
        contents.merge(rest)
        #expect(contents.isComplete)
        #expect(try store.refresh(&contents) == true, "the edited month is read again")
        #expect(contents.dataset.reports == (try store.loadReadable().dataset.reports))
    }

    @Test("a damaged old month is named once the rest is merged, as a full read names it")
    func damagedDeferredFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        let path = try #require(try store.recordPaths().reports.sorted().first)
        let data = try Data(contentsOf: store.url(path))
        try data.prefix(data.count / 2).write(to: store.url(path))
        var contents = try store.loadRecent(months: 3, deferAbove: 0)
        #expect(contents.damaged.isEmpty, "not read yet")
        contents.merge(store.loadDeferred(contents.deferred))
        #expect(contents.damaged.map { $0.message(.en) } == (try store.loadReadable().damaged.map { $0.message(.en) }))
        #expect(contents.damaged.count == 1)
    }
}
