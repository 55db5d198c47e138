import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

@Suite("The store on disk")
struct StoreTests {
    @Test("a created store loads back exactly what was written")
    func roundTrip() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let output = DemoGenerator(years: 1, seed: 5, today: testToday).generate()
        let store = try makeDemoStore(in: folder, seed: 5)
        let loaded = try store.load().dataset
        #expect(loaded.units == output.units)
        #expect(Set(loaded.reports) == Set(output.reports))
        #expect(Set(loaded.hotSpots) == Set(output.hotSpots))
        #expect(loaded.configuration == output.configuration)
    }

    @Test("a new report gets the next id of its entry month, and an audit entry with the staff name")
    func addReportAssignsIDAndAudits() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let before = try store.load()
        let existing = before.reportFiles[.month(2026, 11)]?.reports.map(\.id) ?? []
        let added = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        #expect(added.id.hasPrefix("R-2026-11-"))
        #expect(!existing.contains(added.id))
        let after = try store.load()
        #expect(after.dataset.report(added.id)?.summary == "Tổng hợp ý kiến")
        let audit = after.reportFiles[.month(2026, 11)]!.audit.last!
        #expect(audit.target == added.id && audit.by == "Lê Thị Thu Hà" && audit.action == .reportCreate)
    }

    @Test("text typed as NFD is stored as NFC")
    func storesNFC() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let nfd = "Người lao động bức xúc vì nợ lương".decomposedStringWithCanonicalMapping
        #expect(!nfd.unicodeScalars.elementsEqual(Text.nfc(nfd).unicodeScalars))
        let added = try store.addReport(sampleReport(unitID: "bien-hoa", summary: nfd), by: testEditor)
        let raw = try String(contentsOf: store.url(Store.reportsPath(.month(2026, 11))), encoding: .utf8)
        #expect(raw.contains(Text.nfc(nfd)))
        #expect(!raw.unicodeScalars.elementsEqual(raw.decomposedStringWithCanonicalMapping.unicodeScalars))
        let stored = try store.load().dataset.report(added.id)!.summary
        #expect(stored.unicodeScalars.elementsEqual(Text.nfc(nfd).unicodeScalars))
    }

    @Test("an item update is audited with the item and what changed")
    func itemUpdateAudit() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let added = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        try store.updateItem(reportID: added.id, itemID: "i1", by: testEditor) {
            $0.attitude = "frustrated"
            $0.step = .classify
        }
        let entry = try store.load().reportFiles[.month(2026, 11)]!.audit.last!
        #expect(entry.action == .itemUpdate)
        #expect(entry.target == "\(added.id)/i1")
        #expect(entry.detail.contains("attitude: “interested” → “frustrated”"))
        #expect(entry.detail.contains("step: 1 → 2"))
    }

    @Test("two store handles writing in turn never lose each other's saves")
    func interleavedWriters() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let first = try makeDemoStore(in: folder)
        let second = try Store.open(at: first.root)
        let count = try first.load().dataset.reports.count
        for n in 0..<10 {
            try (n % 2 == 0 ? first : second).addReport(sampleReport(unitID: "bien-hoa", summary: "w\(n)"), by: testEditor)
        }
        let summaries = Set(try first.load().dataset.reports.map(\.summary))
        #expect(try first.load().dataset.reports.count == count + 10)
        #expect((0..<10).allSatisfy { summaries.contains("w\($0)") })
    }

    @Test("a change by another process is noticed")
    func noticesOtherWriters() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let contents = try store.load()
        #expect(try store.hasChanged(since: contents) == false)
        let other = try Store.open(at: store.root)
        try other.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        #expect(try store.hasChanged(since: contents) == true)
    }

    @Test("files are 0600 and folders 0700")
    func permissions() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        for file in try store.dataFiles() {
            let mode = try FileManager.default.attributesOfItem(atPath: store.url(file).path)[.posixPermissions] as! Int
            #expect(mode == 0o600, "\(file) has mode \(String(mode, radix: 8))")
        }
        for dir in ["", "reports", "hotspots"] {
            let mode = try FileManager.default.attributesOfItem(atPath: store.url(dir).path)[.posixPermissions] as! Int
            #expect(mode == 0o700, "\(dir) has mode \(String(mode, radix: 8))")
        }
    }

    @Test("creating over an existing store is refused")
    func refusesOverwrite() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let before = snapshotFiles(store.root)
        #expect(throws: StoreError.storeExists(path: store.root.path)) {
            _ = try makeDemoStore(in: folder)
        }
        #expect(snapshotFiles(store.root) == before)
    }

    @Test("a folder that is not a store says so")
    func noStore() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        #expect(throws: StoreError.noStore(path: folder.url.path)) { _ = try Store.open(at: folder.url) }
    }
}

@Suite("Damaged files")
struct DamagedFileTests {
    /// Loads, expecting a damaged-file error; returns it.
    func damage(_ relativePath: String, _ transform: (Data) -> Data) throws -> (StoreError, changed: Bool) {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let url = store.url(relativePath)
        try transform(try Data(contentsOf: url)).write(to: url)
        let before = snapshotFiles(store.root)
        var caught: StoreError?
        do { _ = try store.load() } catch let error as StoreError { caught = error }
        // A failed load must not have been followed by any write.
        let changed = snapshotFiles(store.root) != before
        return (try #require(caught), changed)
    }

    @Test("a truncated reports file names the file, line and column")
    func truncated() throws {
        let (error, changed) = try damage(Store.reportsPath(.month(2026, 10))) { $0.prefix($0.count / 2) }
        guard case .damaged(let file, let line, let column, _, .syntax) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(file == "reports/2026/2026-10.json")
        #expect(line != nil && line! > 1 && column != nil)
        #expect(!changed)
        let message = error.message(.en)
        #expect(message.contains("reports/2026/2026-10.json") && message.contains("line") && !message.contains("\n"))
    }

    @Test("an empty file is reported as empty")
    func empty() throws {
        let (error, _) = try damage(Store.rosterName) { _ in Data() }
        #expect(error == .damaged(file: "roster.json", line: 1, column: 1, field: nil, problem: .empty))
    }

    @Test("a field of the wrong type names the field and its line")
    func wrongType() throws {
        let (error, _) = try damage(Store.rosterName) { data in
            let text = String(decoding: data, as: UTF8.self)
            return Data(text.replacingOccurrences(of: "\"mustReport\" : true", with: "\"mustReport\" : \"có\"").utf8)
        }
        guard case .damaged("roster.json", let line?, _, let field?, .wrongType) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(field.hasPrefix("units[0].mustReport"))
        #expect(line > 3)
    }

    @Test("a file of a newer version is refused by name")
    func newerVersion() throws {
        let (error, _) = try damage(Store.configName) { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7").utf8)
        }
        #expect(error == .unsupportedVersion(file: "config.json", schema: "dlxh.config", version: 7, supported: 1))
    }

    @Test("a report file under the wrong name is refused")
    func misplacedFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        try FileManager.default.copyItem(
            at: store.url(Store.reportsPath(.month(2026, 10))), to: store.url("reports/2026/2026-12.json"))
        #expect(throws: StoreError.self) { _ = try store.load() }
    }
}

@Suite("JSON positions")
struct JSONLocatorTests {
    @Test("the first syntax error is found with its line and column")
    func syntax() {
        let text = "{\n  \"a\": [1, 2,\n  \"b\": }"
        let error = JSONLocator.syntaxError(in: Array(text.utf8))
        #expect(error?.position == JSONLocator.Position(line: 3, column: 6))  // the ":" after "b" inside the array
        #expect(JSONLocator.syntaxError(in: Array("{\"a\": [1, {\"b\": null}], \"c\": \"đ\"}".utf8)) == nil)
        #expect(JSONLocator.syntaxError(in: Array("{\"a\": 1".utf8))?.reason == "the file ends too early")
    }

    @Test("a coding path is located at the value's start")
    func path() {
        let text = "{\n  \"units\": [\n    {\"id\": \"a\"},\n    {\"id\": 5}\n  ]\n}"
        let position = JSONLocator.position(of: [.key("units"), .index(1), .key("id")], in: Array(text.utf8))
        #expect(position == JSONLocator.Position(line: 4, column: 12))
    }
}

@Suite("Classification writes")
struct ClassificationStoreTests {
    @Test("applying a topic to three tagged items changes exactly those three, each audited")
    func threeItems() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let before = try store.load().dataset
        let reports = before.reports.filter { $0.items.count >= 2 }.prefix(2)
        let refs = [
            ItemReference(reportID: reports.first!.id, itemID: reports.first!.items[0].id),
            ItemReference(reportID: reports.first!.id, itemID: reports.first!.items[1].id),
            ItemReference(reportID: reports.last!.id, itemID: reports.last!.items[0].id),
        ]
        try store.updateItems(refs, changes: [.topic("housing")], by: testEditor)
        let after = try store.load()
        var changed: [ItemReference] = []
        for report in after.dataset.reports {
            let old = before.report(report.id)!
            for (a, b) in zip(old.items, report.items) where a != b {
                changed.append(ItemReference(reportID: report.id, itemID: b.id))
                #expect(b.topic == "housing")
                var expected = a
                expected.topic = "housing"
                expected.revision = (a.revision ?? 0) + 1
                #expect(b == expected, "only the topic changed, and the item's revision with it")
            }
        }
        #expect(Set(changed) == Set(refs.filter { ref in before.report(ref.reportID)!.item(ref.itemID)!.topic != "housing" }))
        let audited = after.audit.filter { $0.action == .itemUpdate }.map(\.target)
        for ref in refs where before.report(ref.reportID)!.item(ref.itemID)!.topic != "housing" {
            #expect(audited.contains("\(ref.reportID)/\(ref.itemID)"))
        }
    }

    @Test("read marks and saved views are kept per staff member")
    func staffState() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        #expect(try store.staffState("Lê Thị Thu Hà").savedViews == Store.defaultViews)
        try store.updateStaffState("Lê Thị Thu Hà") { $0.readReports.append("R-2026-11-0001") }
        #expect(try store.staffState("Lê Thị Thu Hà").readReports == ["R-2026-11-0001"])
        #expect(try store.staffState("Nguyễn Hoàng Nam").readReports.isEmpty)
        #expect(Store.staffPath("Lê Thị Thu Hà") == "staff/le-thi-thu-ha.json")
        #expect(try StoreCheck.run(store).isSound)
    }
}
