import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// The derived index under `.index/` (Docs/STORE.md, "The index"): it makes reads faster and
/// never changes an answer, whatever happens to it.
@Suite("The derived index")
struct StoreIndexTests {
    static let periods = (0..<26).map { Period.containing(testToday).advanced(by: -$0) }

    /// Every answer the index serves: the submission state of every unit for two years of
    /// periods, the hot spots, and the damaged files named — as read through the index.
    static func answers(_ store: Store) throws -> [String] {
        let headers = try store.loadHeaders(hotSpots: true)
        let dataset = headers.dataset
        var out = periods.flatMap { period in
            dataset.submissionRows(for: period, asOf: testToday).map { "\(period.id) \($0.unit.id) \($0.state)" }
        }
        out += dataset.hotSpots.map { "\($0.id) \($0.status) \($0.title)" }
        out += headers.damaged.map { $0.message(.en) }
        out += headers.reports.map { "\($0.id) \($0.unitID) \($0.period.id) \($0.kind) \($0.receivedOn) \($0.step) \($0.itemCount)" }
        return out
    }

    /// The same answers read from the files alone (`loadReadable`), the truth.
    static func truth(_ store: Store) throws -> [String] {
        let contents = try store.loadReadable()
        let dataset = contents.dataset
        var out = periods.flatMap { period in
            dataset.submissionRows(for: period, asOf: testToday).map { "\(period.id) \($0.unit.id) \($0.state)" }
        }
        out += dataset.hotSpots.map { "\($0.id) \($0.status) \($0.title)" }
        out += contents.damaged.map { $0.message(.en) }
        // Report files in path order, reports in file order: as the index lists them.
        out += contents.reportFiles.keys.sorted().flatMap { contents.reportFiles[$0]!.reports }.map {
            "\($0.id) \($0.unitID) \($0.period.id) \($0.kind) \($0.receivedOn) \($0.step) \($0.items.count)"
        }
        return out
    }

    static func indexFiles(_ store: Store) -> [URL] {
        let root = store.root.appendingPathComponent(Store.indexFolder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("deleting, truncating, garbling or swapping the index changes no answer")
    func damageChangesNoAnswer() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        let truth = try Self.truth(store)
        #expect(truth.count > 1000)
        let files = Self.indexFiles(store)
        #expect(files.count > 20, "the store is made with its index")
        #expect(try Self.answers(store) == truth)

        // Each index file damaged in turn, in several ways.
        for (n, file) in files.enumerated() where n % 3 == 0 {
            let original = try Data(contentsOf: file)
            let other = try Data(contentsOf: files[(n + 1) % files.count])
            for damaged in [Data(), original.prefix(original.count / 2), Data("garbage\n".utf8), other, original + Data("R\tx\n".utf8)] {
                try damaged.write(to: file)
                #expect(try Self.answers(store) == truth, "\(file.lastPathComponent) damaged")
            }
            try original.write(to: file)
        }
        // The whole index deleted: the same answers, and it is made again.
        try FileManager.default.removeItem(at: store.root.appendingPathComponent(Store.indexFolder))
        #expect(try Self.answers(store) == truth)
        #expect(Self.indexFiles(store).count == files.count, "missing entries are written by the next read")
        #expect(try Self.answers(store) == truth)
    }

    @Test("an index entry left from before a change is not used: the answers follow the files")
    func staleEntriesAreNotUsed() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let report = try #require(try store.load().dataset.reports.last { $0.kind == .periodic })
        let path = Store.reportsPath(Store.entryMonth(ofReportID: report.id)!)
        let oldIndex = try Data(contentsOf: store.url(Store.indexPath(of: path)))
        let oldSearch = try Data(contentsOf: store.url(Store.searchPath(of: path)))

        // Change the report's period and received day; then put the old index entry back.
        let moved = report.period.advanced(by: -3)
        try store.updateReport(id: report.id, by: testEditor) {
            $0.period = moved
            $0.receivedOn = moved.firstDay.adding(days: 5)
        }
        try oldIndex.write(to: store.url(Store.indexPath(of: path)))
        try oldSearch.write(to: store.url(Store.searchPath(of: path)))

        let headers = try store.loadHeaders()
        let header = try #require(headers.reports.first { $0.id == report.id })
        #expect(header.period == moved)
        #expect(try Self.answers(store) == Self.truth(store))
    }

    @Test("an entry whose stamp matches but whose bytes differ, made within the clock's granularity, is not used")
    func racyEntryIsCheckedByHash() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let path = try #require(try store.recordPaths().reports.last)
        var entry = try #require(store.validIndexEntry(of: path))
        entry.hash ^= 1
        entry.builtAtNanos = entry.stamp.modifiedNanos + 1_000_000  // made a millisecond after the file was written
        try entry.encoded().write(to: store.url(Store.indexPath(of: path)))
        #expect(store.storedIndexEntry(of: path) == entry)
        #expect(store.validIndexEntry(of: path) == nil)
        entry.hash ^= 1
        try entry.encoded().write(to: store.url(Store.indexPath(of: path)))
        #expect(store.validIndexEntry(of: path) == entry)
    }

    @Test("a save updates its file's entry: headers and folded text as the file now reads, and vouched exact")
    func saveUpdatesTheEntry() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let report = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let path = Store.reportsPath(Store.entryMonth(ofReportID: report.id)!)
        try store.updateItem(reportID: report.id, itemID: "i1", by: testEditor) { $0.content = "Công nhân lo lắng về BẢO HIỂM thất nghiệp" }

        let data = try Data(contentsOf: store.url(path))
        let file = try Store.decodeFile(ReportsFile.self, data: data, name: path)
        let entry = try #require(store.validIndexEntry(of: path))
        #expect(entry.headers == file.reports.map(ReportHeader.init))
        #expect(entry.vouchesExact(for: IndexEntry.hash(data)), "the next save may skip looking for unknown fields")
        let texts = try #require(store.searchTexts(of: path, hash: IndexEntry.hash(data)))
        #expect(texts == Dictionary(uniqueKeysWithValues: file.reports.map { ($0.id, ReportHeader.searchText(of: $0)) }))
        #expect(texts[report.id]?.contains("bao hiem that nghiep") == true)
    }

    @Test("a file changed by hand is searched for unknown fields on the next save, whatever its entry says")
    func handEditedFileIsNotVouched() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let report = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let path = Store.reportsPath(Store.entryMonth(ofReportID: report.id)!)
        let text = try String(contentsOf: store.url(path), encoding: .utf8)
        try text.replacingOccurrences(of: "\"audit\" : [", with: "\"fromTheFuture\" : 7,\n  \"audit\" : [")
            .write(to: store.url(path), atomically: false, encoding: .utf8)
        try store.updateItem(reportID: report.id, itemID: "i1", by: testEditor) { $0.attitude = "frustrated" }
        let after = try String(contentsOf: store.url(path), encoding: .utf8)
        #expect(after.contains("\"fromTheFuture\" : 7"))
        let entry = try #require(store.validIndexEntry(of: path))
        #expect(!entry.exact, "a file carrying fields this build does not know is not vouched exact")
    }

    @Test("a damaged record file is named by a read through the index as by a full read")
    func damagedFilesNamedAlike() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let path = try #require(try store.recordPaths().reports.first)
        let data = try Data(contentsOf: store.url(path))
        try data.prefix(data.count / 3).write(to: store.url(path))
        let viaIndex = try store.loadHeaders().damaged.map { $0.message(.en) }
        #expect(viaIndex.count == 1)
        #expect(viaIndex == (try store.loadReadable().damaged.map { $0.message(.en) }))
        #expect(try Self.answers(store) == Self.truth(store))
    }

    @Test("text with tabs, line ends and backslashes goes through the index files unchanged")
    func escaping() {
        for text in ["a\tb", "dòng 1\ndòng 2\r\n", "C:\\tmp\\n", "\\", "", "đ\t\\t"] {
            #expect(IndexEntry.unescape(IndexEntry.escape(text)) == text)
            #expect(!IndexEntry.escape(text).contains("\t") && !IndexEntry.escape(text).contains("\n"))
        }
        let header = ReportHeader(
            id: "R-2026-11-0001", unitID: "don\tvi\\x", period: .month(2026, 10), kind: .periodic, receivedOn: testToday,
            step: .classify, itemCount: 3, createdAt: testNow)
        let entry = IndexEntry(
            stamp: FileSystem.Stamp(inode: 1, size: 2, modifiedNanos: 3), hash: 0xFFFF_FFFF_FFFF_FFFF, exact: true, builtAtNanos: 4,
            headers: [header])
        #expect(IndexEntry.decode(entry.encoded()) == entry)
    }
}
