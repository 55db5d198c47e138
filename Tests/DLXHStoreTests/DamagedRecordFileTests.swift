import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// One damaged month does not stop the office: what can be read is read, the damaged file is
/// named, and nothing is written into a store that cannot be read whole.
@Suite("Damaged record files")
struct DamagedRecordFileTests {
    @Test("a damaged month file: load refuses, loadReadable reads every other file and names it, check fails on it")
    func damagedMonth() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let whole = try store.load()
        let month = Period.month(2026, 10)
        let path = Store.reportsPath(month)
        let lost = whole.reportFiles[month]!.reports.count
        try Data("{\"schema\": \"dlxh.reports\", \"version\": 1, \"mon".utf8).write(to: store.url(path))

        #expect(throws: StoreError.self) { try store.load() }
        let readable = try store.loadReadable()
        #expect(readable.damaged.map(\.file) == [path])
        #expect(readable.reportFiles[month] == nil)
        #expect(readable.dataset.reports.count == whole.dataset.reports.count - lost)
        #expect(readable.dataset.hotSpots.count == whole.dataset.hotSpots.count)

        let summary = try StoreCheck.run(store)
        #expect(!summary.isSound)
        #expect(summary.findings.contains { $0.file == path && $0.problem.contains("damaged") }, "\(summary.findings)")
    }

    @Test("refresh names a file that goes bad while the interface runs, and forgets it once it is mended")
    func refreshTracksDamage() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        var contents = try store.loadReadable()
        let path = Store.reportsPath(.month(2026, 10))
        let good = try Data(contentsOf: store.url(path))
        try Data("not json".utf8).write(to: store.url(path))
        #expect(try store.refresh(&contents))
        #expect(contents.damaged.map(\.file) == [path])
        #expect(contents.reportFiles[.month(2026, 10)] == nil)
        try good.write(to: store.url(path))
        #expect(try store.refresh(&contents))
        #expect(contents.damaged.isEmpty)
        #expect(contents.reportFiles[.month(2026, 10)] != nil)
    }

    @Test("a damaged config.json still refuses the whole store, for reading too")
    func damagedConfigRefuses() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        try Data("{".utf8).write(to: store.url(Store.configName))
        #expect(throws: StoreError.self) { try store.loadReadable() }
        #expect(throws: StoreError.self) { try StoreCheck.run(store) }
    }
}
