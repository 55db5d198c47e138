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
        let closedPastYears = try closedPastHotSpotFiles(store)
        #expect(contents.deferred == Set(reportPaths.dropLast(3)).union(closedPastYears))
        #expect(contents.reportFiles.count == 3)
        #expect(Set(contents.reportFiles.keys.map(Store.reportsPath)) == Set(reportPaths.suffix(3)))
        let allHotSpots = try store.load().dataset.hotSpots
        #expect(Set(contents.dataset.hotSpots.map(\.id)) == Set(allHotSpots.filter { !closedPastYears.contains(Store.hotSpotsPath(Int($0.id.dropFirst(3).prefix(4))!)) }.map(\.id)))

        let rest = try #require(BackgroundLoad(store: store, paths: contents.deferred).wait())
        contents.merge(rest)
        #expect(contents.isComplete)
        let full = try store.loadReadable()
        #expect(contents.dataset.reports == full.dataset.reports)
        #expect(contents.dataset.hotSpots == full.dataset.hotSpots)
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

    @Test("past years whose hot spots are all closed wait for the history; every open one is there for the first frame")
    func closedHotSpotYearsWait() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 3)
        let closed = try closedPastHotSpotFiles(store)
        try #require(!closed.isEmpty, "the demo has a past year with every hot spot closed")
        var contents = try store.loadRecent(months: 1, deferAbove: 0)
        #expect(contents.deferred.isSuperset(of: closed))
        let full = try store.loadReadable()
        let open = full.dataset.hotSpots.filter { $0.status.isOpen }
        #expect(!open.isEmpty)
        #expect(Set(open.map(\.id)).isSubset(of: Set(contents.dataset.hotSpots.map(\.id))), "no open hot spot waits")
        #expect(contents.dataset.hotSpots.count < full.dataset.hotSpots.count)
        contents.merge(store.loadDeferred(contents.deferred))
        #expect(contents.isComplete)
        #expect(contents.dataset.hotSpots == full.dataset.hotSpots)
        #expect(contents.stamps == full.stamps)
    }

    @Test("a past year is read first when its index entry is missing, damaged or stale, or when a hot spot there is open again")
    func hotSpotYearReadFirstWithoutProof() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 3)
        let path = try #require(try closedPastHotSpotFiles(store).sorted().first)
        let entry = store.url(Store.indexPath(of: path))
        let saved = try Data(contentsOf: entry)

        try FileManager.default.removeItem(at: entry)
        #expect(!(try store.loadRecent(months: 1, deferAbove: 0).deferred.contains(path)), "no entry")
        try Data(saved.prefix(saved.count - 4)).write(to: entry)
        #expect(!(try store.loadRecent(months: 1, deferAbove: 0).deferred.contains(path)), "a torn entry")
        try saved.write(to: entry)
        #expect(try store.loadRecent(months: 1, deferAbove: 0).deferred.contains(path), "the entry back")

        // The file changed behind the entry's back (a hand edit): its stamp no longer matches.
        let file = store.url(path)
        var bytes = try Data(contentsOf: file)
        bytes.append(0x0A)
        try bytes.write(to: file)
        #expect(!(try store.loadRecent(months: 1, deferAbove: 0).deferred.contains(path)), "a stale entry")

        // A save that opens a case again rewrites the entry: the year is read first from then on.
        let year = Int(path.split(separator: "/").last!.prefix(4))!
        let spot = try #require(try store.load().dataset.hotSpots.first { $0.id.hasPrefix("HS-\(year)-") })
        try store.updateHotSpot(id: spot.id, by: testEditor) { $0.status = .recurred }
        let contents = try store.loadRecent(months: 1, deferAbove: 0)
        #expect(!contents.deferred.contains(path))
        #expect(contents.dataset.hotSpots.contains { $0.id == spot.id && $0.status == .recurred })
    }

    @Test("a hot-spot file's index entry counts its open hot spots, and reads back as written")
    func openCountInTheIndex() throws {
        var entry = IndexEntry(stamp: FileSystem.Stamp(inode: 7, size: 9, modifiedNanos: 11), hash: 13, exact: true, builtAtNanos: 17)
        entry.openHotSpots = 2
        #expect(IndexEntry.decode(entry.encoded()) == entry)
        entry.openHotSpots = 0
        #expect(IndexEntry.decode(entry.encoded()) == entry)
        var text = String(decoding: entry.encoded(), as: UTF8.self)
        text = text.replacingOccurrences(of: "H\t0\n", with: "H\t-1\n")
        #expect(IndexEntry.decode(Data(text.utf8)) == nil, "a negative count is refused")
        let old = String(decoding: entry.encoded(), as: UTF8.self).replacingOccurrences(of: "dlxh.index\t2", with: "dlxh.index\t1")
        #expect(IndexEntry.decode(Data(old.utf8)) == nil, "an entry of format 1 is not used")
    }
}

/// The hot-spot files of past years (all but the newest) in which every hot spot is closed.
private func closedPastHotSpotFiles(_ store: Store) throws -> Set<String> {
    let spots = try store.load().dataset.hotSpots
    let paths = try store.recordPaths().hotSpots.sorted().dropLast()
    return Set(paths.filter { path in
        let year = Int(path.split(separator: "/").last!.prefix(4))!
        return spots.filter { $0.id.hasPrefix("HS-\(year)-") }.allSatisfy { !$0.status.isOpen }
    })
}
