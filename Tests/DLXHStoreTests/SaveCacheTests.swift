import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// A save encodes only what changed (Store+SaveCache.swift): the bytes must be exactly a whole
/// encode's, and the remembered file must never stand in for anything but the bytes it wrote.
@Suite("Saves encode only what changed")
struct SaveCacheTests {
    /// Every report file of the store, each as the spliced encode and the whole encode make it.
    static func reportFiles(_ store: Store) throws -> [ReportsFile] {
        try store.load().reportFiles.values.sorted { $0.month < $1.month }
    }

    @Test("a file made of its records' fragments is byte for byte the whole file's encode")
    func fragmentsMakeTheSameBytes() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        var files = try Self.reportFiles(store)
        #expect(files.count > 12)
        // Text a person might paste: decomposed letters (NFD), invisible controls, quotes and
        // slashes, a line break; an empty file; a file without its last number; one with an empty audit.
        var odd = files[0]
        odd.reports[0].summary = "Cong nhân “lo lắng” e\u{301}\u{302} / a\\b\n\u{202E}x\u{7F}\u{85}\u{2028}"
        odd.reports[0].items = []
        odd.lastReportNumber = nil
        files.append(odd)
        var emptyAudit = files[1]
        emptyAudit.audit = []
        files.append(emptyAudit)
        files.append(ReportsFile(month: .month(2026, 11)))
        for file in files {
            let whole = try JSONCodec.encode(file)
            let spliced = try Store.encodeReportsFile(file, cached: nil).data
            #expect(spliced == whole, "\(file.month.id)")
        }
    }

    @Test("saves through the remembered file write what a whole encode writes, and read back as remembered")
    func savesStayExact() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let added = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let path = Store.reportsPath(Store.entryMonth(ofReportID: added.id)!)
        for n in 0..<6 {
            try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) { $0.attitude = n % 2 == 0 ? "worried" : "frustrated" }
            try store.updateReport(id: added.id, by: testEditor) { $0.summary = "Tổng hợp lần \(n) e\u{301}" }
            #expect(store.saveCache.files.withLock { $0[store.url(path).path] } != nil, "the save was remembered")
            let data = try Data(contentsOf: store.url(path))
            let decoded = try Store.decodeFile(ReportsFile.self, data: data, name: path)
            #expect(try JSONCodec.encode(decoded) == data, "the file is what a whole encode writes")
            let remembered = try #require(store.cachedReportsFile(path, data: data))
            #expect(remembered.file == decoded, "the remembered file is the file on disk")
            #expect(decoded.reports.first { $0.id == added.id }?.summary == "Tổng hợp lần \(n) é")
        }
        let second = try store.addReport(sampleReport(unitID: "bien-hoa", summary: "Thứ hai"), by: testEditor)
        try store.deleteReport(id: added.id, by: testEditor)
        let data = try Data(contentsOf: store.url(path))
        let decoded = try Store.decodeFile(ReportsFile.self, data: data, name: path)
        #expect(try JSONCodec.encode(decoded) == data)
        #expect(decoded.reports.contains { $0.id == second.id } && !decoded.reports.contains { $0.id == added.id })
        // The index's folded text follows the saves made through the remembered file.
        let texts = try #require(store.searchTexts(of: path, hash: IndexEntry.hash(data)))
        #expect(texts == Dictionary(uniqueKeysWithValues: decoded.reports.map { ($0.id, ReportHeader.searchText(of: $0)) }))
    }

    @Test("another writer's change between two saves is read from disk and kept, never hidden by the remembered file")
    func anotherWritersChangeIsKept() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 1)
        let added = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let path = Store.reportsPath(Store.entryMonth(ofReportID: added.id)!)
        try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) { $0.attitude = "worried" }
        // Another process rewrites the file (its own whole encode) with a new summary.
        var other = try Store.decodeFile(ReportsFile.self, data: Data(contentsOf: store.url(path)), name: path)
        let r = try #require(other.reports.firstIndex { $0.id == added.id })
        other.reports[r].summary = "Sửa bởi người khác"
        try FileSystem.writeAtomically(try JSONCodec.encode(other), to: store.url(path), displayName: path)
        #expect(store.cachedReportsFile(path, data: try Data(contentsOf: store.url(path))) == nil)

        try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) { $0.attitude = "frustrated" }
        let after = try Store.decodeFile(ReportsFile.self, data: Data(contentsOf: store.url(path)), name: path)
        let report = try #require(after.reports.first { $0.id == added.id })
        #expect(report.summary == "Sửa bởi người khác", "the other writer's change survives")
        #expect(report.items.first?.attitude == "frustrated")

        // A newer dlxh's field written meanwhile is kept too (the whole path, not the remembered file).
        let text = try String(contentsOf: store.url(path), encoding: .utf8)
        try text.replacingOccurrences(of: "\"audit\" : [", with: "\"fromTheFuture\" : 7,\n  \"audit\" : [")
            .write(to: store.url(path), atomically: false, encoding: .utf8)
        try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) { $0.attitude = "worried" }
        try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) { $0.attitude = "frustrated" }
        #expect(try String(contentsOf: store.url(path), encoding: .utf8).contains("\"fromTheFuture\" : 7"))
    }
}
