import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

@Suite("The audit trail keeps each change as data: field, old, new")
struct AuditChangesTests {
    /// A demo store with one new report of ours, and the path of its month file.
    func storeWithReport(_ folder: TempFolder) throws -> (Store, Report, String) {
        let store = try makeDemoStore(in: folder)
        let report = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        return (store, report, Store.reportsPath(.month(2026, 11)))
    }

    @Test("a classification change is written with its field, old and new codes, and the one-line detail")
    func itemChangeWritten() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let (store, report, _) = try storeWithReport(folder)
        let ref = ItemReference(reportID: report.id, itemID: "i1")
        try store.updateItems([ref], changes: [.topic("jobs"), .nature(.rumour)], by: testEditor)
        let entry = try #require(try store.load().audit.last { $0.target == "\(report.id)/i1" })
        #expect(entry.action == .itemUpdate)
        #expect(
            entry.changes == [
                FieldChange(field: "topic", old: "wages", new: "jobs", freeText: true),
                FieldChange(field: "nature", old: "publicOpinion", new: "rumour"),
            ])
        #expect(entry.detail == "topic: “wages” → “jobs”; nature: publicOpinion → rumour")
    }

    @Test("an edited hot spot's entry names nested fields by their path and keeps whole texts")
    func hotSpotEdit() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let spot = try store.addHotSpot(
            HotSpot(
                id: "", title: "Ngừng việc", kind: .workStoppage, unitID: "bien-hoa", enterprise: Enterprise(name: "Cty A"),
                phonedInAt: testNow, phonedInBy: "test"), by: testEditor)
        var edited = spot
        edited.enterprise.name = "Công ty TNHH Giày Đông Phương"
        let long = String(repeating: "Công nhân yêu cầu trả lương đúng hạn. ", count: 5)
        edited.demands = long
        try store.saveEdited(hotSpot: spot, as: edited, by: testEditor)
        let entry = try #require(try store.load().audit.last { $0.target == spot.id })
        #expect(entry.changes?.contains(FieldChange(field: "enterprise.name", old: "Cty A", new: "Công ty TNHH Giày Đông Phương", freeText: true)) == true)
        #expect(entry.changes?.contains { $0.field == "demands" && $0.new == long && $0.old == "" } == true, "the whole text, not shortened")
        #expect(entry.detail.contains("…"), "the one-line detail is shortened as before")
    }

    @Test("entries from before `changes` still read; an unknown field inside a change survives a save")
    func olderAndNewerEntries() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let (store, report, path) = try storeWithReport(folder)
        let ref = ItemReference(reportID: report.id, itemID: "i1")
        try store.updateItems([ref], changes: [.topic("jobs")], by: testEditor)
        // Hand-edit: an older entry with only text, and a newer dlxh's field inside a change.
        var tree = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: store.url(path)))
        guard case .object(var file) = tree, case .array(var audit)? = file["audit"],
            let last = audit.indices.last, case .object(var entry) = audit[last], case .array(var changes)? = entry["changes"],
            case .object(var change) = changes[0]
        else {
            Issue.record("shape")
            return
        }
        change["label"] = .string("Chủ đề")
        changes[0] = .object(change)
        entry["changes"] = .array(changes)
        audit[last] = .object(entry)
        audit.append(
            .object([
                "at": .string("2026-11-20T08:00:00+07:00"), "by": .string("Người cũ"), "action": .string("item.update"),
                "target": .string("\(report.id)/i1"), "detail": .string("attitude: “worried” → “interested”"),
            ]))
        file["audit"] = .array(audit)
        tree = .object(file)
        try JSONCodec.encode(tree).write(to: store.url(path))

        let loaded = try store.load()
        let old = try #require(loaded.audit.last { $0.by == "Người cũ" })
        #expect(old.changes == nil && old.detail.contains("worried"))

        try store.updateItems([ref], changes: [.attitude("worried")], by: testEditor)
        let written = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: store.url(path)))
        guard case .array(let entries)? = written["audit"] else {
            Issue.record("no audit")
            return
        }
        let kept = entries.contains { entry in
            if case .array(let changes)? = entry["changes"] { return changes.contains { $0["label"] == .string("Chủ đề") } }
            return false
        }
        #expect(kept, "a field this version does not know, inside a change, is kept")
    }

    @Test("a change of the wrong type is the usual one-line error naming the field, never a crash")
    func wrongType() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let (store, report, path) = try storeWithReport(folder)
        try store.updateItems([ItemReference(reportID: report.id, itemID: "i1")], changes: [.topic("jobs")], by: testEditor)
        let url = store.url(path)
        let good = try Data(contentsOf: url)
        for bad in ["\"changes\" : 7", "\"changes\" : [ 7 ]", "\"changes\" : [ { \"old\" : \"x\" } ]", "\"changes\" : [ { \"field\" : [] } ]"] {
            var text = String(decoding: good, as: UTF8.self)
            let start = try #require(text.range(of: "\"changes\" : ["))
            // Replace the whole array (up to its closing bracket) with the bad value.
            let end = try #require(text.range(of: "]", range: start.upperBound..<text.endIndex))
            text.replaceSubrange(start.lowerBound..<end.upperBound, with: bad)
            try Data(text.utf8).write(to: url)
            var caught: StoreError?
            do { _ = try store.load() } catch let error as StoreError { caught = error }
            let error = try #require(caught, "\(bad)")
            let message = error.message(.en)
            #expect(message.contains(path) && message.contains("changes") && !message.contains("\n"), "\(message)")
        }
    }
}
