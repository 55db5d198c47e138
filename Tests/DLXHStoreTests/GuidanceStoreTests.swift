import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

@Suite("Store: guidance (step 4), returned reports, owners")
struct GuidanceStoreTests {
    /// Two items of reports from two different units, from the demo store.
    static func twoItems(_ store: Store) throws -> (refs: [ItemReference], units: [String]) {
        let dataset = try store.load().dataset
        var refs: [ItemReference] = []
        var units: [String] = []
        for report in dataset.reports.sorted(by: { $0.id < $1.id }) where !report.items.isEmpty && !units.contains(report.unitID) {
            refs.append(ItemReference(reportID: report.id, itemID: report.items[0].id))
            units.append(report.unitID)
            if refs.count == 2 { break }
        }
        return (refs, units)
    }

    static func draft(_ refs: [ItemReference], date: Day = Day(year: 2026, month: 11, day: 20)!, due: Day? = Day(year: 2026, month: 11, day: 30)!) -> Guidance {
        Guidance(
            id: "ignored", number: "45-CV/BTGDV", date: date, issuer: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            text: "Tuyên truyền chính sách tiền lương mới", items: refs, due: due, owner: "Lê Hà", createdAt: testNow, createdBy: "x")
    }

    @Test("add, relay to the raising units, acknowledge: stored, audited, items at step 4 with the number as note")
    func addRelayAcknowledge() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, units) = try Self.twoItems(store)

        let added = try store.addGuidance(Self.draft(refs), by: testEditor)
        #expect(added.id == "G-2026-001")
        #expect(added.revision == 1 && added.createdBy == testEditor.staff && added.recipients.isEmpty)
        #expect(FileManager.default.fileExists(atPath: store.root.appendingPathComponent("guidance/2026.json").path))

        let relayDay = Day(year: 2026, month: 11, day: 24)!
        let relayed = try store.relayGuidance(id: added.id, on: relayDay, by: testEditor)
        #expect(relayed.recipients.map(\.unitID) == units)
        #expect(relayed.recipients.allSatisfy { $0.relayedOn == relayDay && $0.acknowledgedOn == nil })
        #expect(relayed.revision == 2)

        let contents = try store.load()
        let dataset = contents.dataset
        for ref in refs {
            let item = try #require(dataset.report(ref.reportID)?.item(ref.itemID))
            #expect(item.step == .relayDown && item.stepNote == "45-CV/BTGDV")
        }
        // Relaying again (to one more unit) keeps the first relay date of the others.
        let extra = try #require(dataset.units.first { !units.contains($0.id) }).id
        let again = try store.relayGuidance(id: added.id, to: [units[0], extra], on: relayDay.adding(days: 2), by: testEditor)
        #expect(again.recipients.map(\.unitID) == units + [extra])
        #expect(again.recipient(units[0])?.relayedOn == relayDay)
        #expect(again.recipient(extra)?.relayedOn == relayDay.adding(days: 2))

        let acked = try store.acknowledgeGuidance(id: added.id, unitID: units[1], on: relayDay.adding(days: 3), note: "Đã tuyên truyền tại 12 CĐCS", by: testEditor)
        #expect(acked.recipient(units[1])?.acknowledgedOn == relayDay.adding(days: 3))
        #expect(acked.recipient(units[1])?.note == "Đã tuyên truyền tại 12 CĐCS")

        let audit = try store.load().audit
        let actions = audit.filter { $0.target == added.id }.map(\.action)
        #expect(actions == [.guidanceCreate, .guidanceRelay, .guidanceRelay, .guidanceAcknowledge])
        for ref in refs {
            #expect(audit.contains { $0.action == .itemUpdate && $0.target == ref.text && $0.detail.contains("45-CV/BTGDV") })
        }
        #expect(audit.last { $0.action == .guidanceAcknowledge }?.detail.contains("acknowledgedOn") == true)

        // Overdue as of the day after the due date: the two units that did not acknowledge.
        let overdue = GuidanceAlerts.overdue(in: try store.load().dataset.guidance, asOf: Day(year: 2026, month: 12, day: 1)!)
        #expect(Set(overdue.map(\.unitID)) == [units[0], extra])
    }

    @Test("ids are never reused: a removed guidance's number is not given again; each year counts on its own")
    func idsNeverReused() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, _) = try Self.twoItems(store)
        #expect(try store.addGuidance(Self.draft(refs), by: testEditor).id == "G-2026-001")
        #expect(try store.addGuidance(Self.draft(refs), by: testEditor).id == "G-2026-002")
        // Remove the newest by hand (no command deletes guidance): its number stays used.
        _ = try store.transact(GuidanceFile.self, relativePath: Store.guidancePath(2026), empty: { GuidanceFile(year: 2026) }) {
            $0.guidance.removeAll { $0.id == "G-2026-002" }
        }
        #expect(try store.addGuidance(Self.draft(refs), by: testEditor).id == "G-2026-003")
        let older = try store.addGuidance(Self.draft(refs, date: Day(year: 2025, month: 12, day: 1)!, due: nil), by: testEditor)
        #expect(older.id == "G-2025-001")
        #expect(FileManager.default.fileExists(atPath: store.root.appendingPathComponent("guidance/2025.json").path))
        #expect(try store.load().dataset.guidance.map(\.id) == ["G-2025-001", "G-2026-001", "G-2026-003"])
    }

    @Test("refused, writing nothing: unknown item, unknown guidance, unknown unit, a unit not relayed to, due before date, empty text")
    func refusalsWriteNothing() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, units) = try Self.twoItems(store)
        let id = try store.addGuidance(Self.draft(refs), by: testEditor).id
        try store.relayGuidance(id: id, to: [units[0]], on: testToday, by: testEditor)
        let before = snapshotFiles(store.root)

        var unknownItem = Self.draft(refs)
        unknownItem.items.append(ItemReference(reportID: refs[0].reportID, itemID: "i999"))
        var early = Self.draft(refs)
        early.due = Day(year: 2026, month: 11, day: 19)
        var empty = Self.draft(refs)
        empty.text = "  "
        var noItems = Self.draft(refs)
        noItems.items = []
        let attempts: [(String, () throws -> Void)] = [
            ("unknown item", { _ = try store.addGuidance(unknownItem, by: testEditor) }),
            ("due before date", { _ = try store.addGuidance(early, by: testEditor) }),
            ("empty text", { _ = try store.addGuidance(empty, by: testEditor) }),
            ("no items", { _ = try store.addGuidance(noItems, by: testEditor) }),
            ("unknown guidance", { _ = try store.relayGuidance(id: "G-2026-099", on: testToday, by: testEditor) }),
            ("malformed id", { _ = try store.relayGuidance(id: "nonsense", on: testToday, by: testEditor) }),
            ("guidance of a year without a file", { _ = try store.relayGuidance(id: "G-2031-001", on: testToday, by: testEditor) }),
            ("unknown unit", { _ = try store.relayGuidance(id: id, to: ["khong-co"], on: testToday, by: testEditor) }),
            ("not relayed to", { _ = try store.acknowledgeGuidance(id: id, unitID: units[1], on: testToday, by: testEditor) }),
            ("ack of unknown guidance", { _ = try store.acknowledgeGuidance(id: "G-2026-077", unitID: units[0], on: testToday, by: testEditor) }),
            ("return of an unknown report", { _ = try store.returnReport(id: "R-2026-10-9999", reason: "x", on: testToday, by: testEditor) }),
            ("return without a reason", { _ = try store.returnReport(id: refs[0].reportID, reason: " ", on: testToday, by: testEditor) }),
        ]
        for (label, attempt) in attempts {
            #expect(throws: StoreError.self, "\(label)") { try attempt() }
            #expect(snapshotFiles(store.root) == before, "\(label) changed the store")
        }
        // The message is one line in each language.
        do {
            _ = try store.acknowledgeGuidance(id: id, unitID: units[1], on: testToday, by: testEditor)
        } catch let error as StoreError {
            #expect(error.message(.vi).contains("chưa được chuyển đến đơn vị"))
            #expect(error.message(.en).contains("was not relayed to unit"))
            #expect(!error.message(.vi).contains("\n"))
        }
    }

    @Test("the crash-safe path: fields of a newer dlxh survive a relay, files stay private, no temporary file is left")
    func crashSafePath() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, _) = try Self.twoItems(store)
        let id = try store.addGuidance(Self.draft(refs), by: testEditor).id
        let url = store.root.appendingPathComponent(Store.guidancePath(2026))
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var list = try #require(json["guidance"] as? [[String: Any]])
        list[0]["streams"] = ["S-1"]
        json["guidance"] = list
        json["futureSetting"] = true
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: url)

        try store.relayGuidance(id: id, on: testToday, by: testEditor)
        let after = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(after["futureSetting"] as? Bool == true)
        #expect(((after["guidance"] as? [[String: Any]])?.first?["streams"] as? [String]) == ["S-1"])
        #expect(((after["guidance"] as? [[String: Any]])?.first?["recipients"] as? [Any])?.count == 2)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(names == ["2026.json"])
        // A damaged guidance file stops every load with one line naming it.
        try Data("{\"schema\": \"dlxh.guidance\", \"version\": 1, \"year\": 2026".utf8).write(to: url)
        #expect { try store.load() } throws: { error in
            (error as? StoreError)?.message(.en).contains("guidance/2026.json") == true
        }
    }

    @Test("returned for more: stored on the report and audited; a supplement received later answers it")
    func returnedForMore() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, _) = try Self.twoItems(store)
        let returned = try store.returnReport(id: refs[0].reportID, reason: "Thiếu số liệu nợ lương", on: testToday, by: testEditor)
        #expect(returned.returnedForMore == ReturnRequest(on: testToday, by: testEditor.staff, reason: "Thiếu số liệu nợ lương"))
        var contents = try store.load()
        #expect(contents.audit.last?.action == .reportReturn && contents.audit.last?.target == returned.id)
        #expect(ReturnRules.incomplete(in: contents.dataset.reports).map(\.id) == [returned.id])

        var supplement = sampleReport(unitID: returned.unitID, summary: "Bổ sung số liệu")
        supplement.period = returned.period
        supplement.supplementTo = returned.id
        try store.addReport(supplement, by: testEditor)
        contents = try store.load()
        #expect(ReturnRules.answer(to: contents.dataset.report(returned.id)!, in: contents.dataset.reports)?.summary == "Bổ sung số liệu")
        #expect(ReturnRules.incomplete(in: contents.dataset.reports).isEmpty)
    }

    @Test("owners: on a hot spot and on guidance, audited, cleared with an empty name")
    func owners() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let spot = try #require(try store.load().dataset.hotSpots.first)
        #expect(try store.setHotSpotOwner(id: spot.id, owner: "Trần Văn Bình", by: testEditor).owner == "Trần Văn Bình")
        #expect(try store.load().audit.last?.action == .hotSpotOwner)
        #expect(try store.setHotSpotOwner(id: spot.id, owner: "", by: testEditor).owner == nil)
        let (refs, _) = try Self.twoItems(store)
        let g = try store.addGuidance(Self.draft(refs), by: testEditor)
        #expect(g.owner == "Lê Hà")
        #expect(try store.setGuidanceOwner(id: g.id, owner: "Phạm Thu", by: testEditor).owner == "Phạm Thu")
        #expect(try store.load().audit.last { $0.target == g.id }?.action == .guidanceOwner)
    }

    @Test("check: guidance naming an item or a unit that is not in the store is a finding")
    func checkFindsDanglingReferences() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, units) = try Self.twoItems(store)
        let id = try store.addGuidance(Self.draft(refs), by: testEditor).id
        try store.relayGuidance(id: id, to: [units[0]], on: testToday, by: testEditor)
        #expect(try StoreCheck.run(store).isSound)
        _ = try store.transact(GuidanceFile.self, relativePath: Store.guidancePath(2026), empty: { GuidanceFile(year: 2026) }) {
            $0.guidance[0].items.append(ItemReference(reportID: "R-2026-01-9999", itemID: "i1"))
            $0.guidance[0].recipients.append(GuidanceRecipient(unitID: "khong-co", relayedOn: testToday))
        }
        let findings = try StoreCheck.run(store).findings.map(\.description)
        #expect(findings.contains { $0.contains("item R-2026-01-9999/i1 is not in the store") })
        #expect(findings.contains { $0.contains("unit khong-co is not on the roster") })
    }

    @Test("deleting a report drops its items from the guidance that named them, audited as guidance.unlink")
    func deleteUnlinks() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (refs, _) = try Self.twoItems(store)
        let id = try store.addGuidance(Self.draft(refs), by: testEditor).id
        try store.deleteReport(id: refs[0].reportID, by: testEditor)
        let contents = try store.load()
        #expect(contents.dataset.guidance.first?.items == [refs[1]])
        #expect(contents.audit.contains { $0.action == .guidanceUnlink && $0.target == id && $0.detail.contains(refs[0].reportID) })
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("a store with guidance, a returned report and owners validates against the schemas")
    func schemaValidates() throws {
        let folder = try SchemaTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (root, _) = try SchemaTests.writeStoreAndExchange(in: folder)
        let store = try Store.open(at: root)
        let (refs, _) = try Self.twoItems(store)
        let id = try store.addGuidance(Self.draft(refs), by: testEditor).id
        try store.relayGuidance(id: id, on: testToday, by: testEditor)
        let unit = try #require(try store.load().dataset.guidance.first?.recipients.first?.unitID)
        try store.acknowledgeGuidance(id: id, unitID: unit, on: testToday, note: "Đối thoại", by: testEditor)
        try store.addGuidance(Self.draft(refs, due: nil), by: testEditor)
        try store.returnReport(id: refs[0].reportID, reason: "Bổ sung", on: testToday, by: testEditor)
        let spot = try #require(try store.load().dataset.hotSpots.first)
        try store.setHotSpotOwner(id: spot.id, owner: "Hà", by: testEditor)
        _ = try store.updateConfiguration(by: testEditor) { $0.guidanceIssuers.append(Category(id: "ubnd", vi: "UBND tỉnh", en: "Provincial People's Committee")) }

        let result = try SchemaTests.validate(root)
        #expect(result.status == 0, "validate.py exited \(result.status):\n\(result.output)")
        #expect(result.output.contains("ok \(root.appendingPathComponent("guidance/2026.json").path)\n"), "\(result.output)")

        // Not vacuous: a key the Swift type does not have fails, naming the file.
        let url = root.appendingPathComponent("guidance/2026.json")
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var list = try #require(json["guidance"] as? [[String: Any]])
        list[0]["mood"] = "calm"
        json["guidance"] = list
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        let broken = try SchemaTests.validate(root)
        #expect(broken.status != 0)
        #expect(broken.output.contains("FAIL \(url.path): $.guidance[0]") && broken.output.contains("'mood' was unexpected"), "\(broken.output)")
    }
}
