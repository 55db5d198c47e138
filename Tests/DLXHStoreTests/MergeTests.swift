import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// Two staff on one record: an editor saves only what its person changed, merged onto what is on
/// disk now; the same field changed by both is refused until the person chooses.
@Suite("Saving an edited record merges onto the one on disk")
struct MergeTests {
    let staffB = Editor(staff: "Trần Văn Bình", now: Moment(day: testToday, hour: 10))
    let staffA = Editor(staff: "Phạm Thị An", now: Moment(day: testToday, hour: 11))

    func twoItemReport(_ store: Store) throws -> Report {
        var report = sampleReport(unitID: "bien-hoa")
        report.items.append(OpinionItem(id: "i2", topic: "jobs", content: "Lo mất việc", attitude: "worried"))
        report.lastItemNumber = 2
        return try store.addReport(report, by: testEditor)
    }

    @Test("A saves an unchanged report after B reclassified an item: B's change stays, A's audit lists only A's change")
    func noLostUpdate() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try twoItemReport(store)
        try store.updateItems([ItemReference(reportID: opened.id, itemID: "i1")], changes: [.attitude("frustrated")], by: staffB)
        var edited = opened
        edited.summary = "Tóm tắt mới"
        let saved = try store.saveEdited(report: opened, as: edited, by: staffA)
        #expect(saved.items[0].attitude == "frustrated")
        #expect(saved.summary == "Tóm tắt mới")
        let onDisk = try store.load().dataset.report(opened.id)!
        #expect(onDisk.items[0].attitude == "frustrated" && onDisk.summary == "Tóm tắt mới")
        let audit = try store.load().audit.filter { $0.by == staffA.staff && $0.target == opened.id }
        #expect(audit.count == 1)
        #expect(audit[0].detail.contains("summary") && !audit[0].detail.contains("attitude"))
    }

    @Test("saving what was opened, untouched, writes no audit entry and reverts nothing")
    func untouchedSave() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try twoItemReport(store)
        try store.updateItems([ItemReference(reportID: opened.id, itemID: "i2")], changes: [.topic("wages")], by: staffB)
        _ = try store.saveEdited(report: opened, as: opened, by: staffA)
        let contents = try store.load()
        #expect(contents.dataset.report(opened.id)!.items[1].topic == "wages")
        #expect(!contents.audit.contains { $0.by == staffA.staff && $0.action == .reportUpdate })
    }

    @Test("the same field changed by both is refused, naming both values and who; the person's choice then wins")
    func conflictThenChoice() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try twoItemReport(store)
        try store.updateItems([ItemReference(reportID: opened.id, itemID: "i1")], changes: [.attitude("frustrated")], by: staffB)
        var edited = opened
        edited.items[0].attitude = "worried"
        edited.items[1].content = "Lo mất việc làm"
        let before = snapshotFiles(store.root)
        var refused: EditConflict?
        do {
            _ = try store.saveEdited(report: opened, as: edited, by: staffA)
        } catch StoreError.conflict(let conflict) {
            refused = conflict
        }
        let conflict = try #require(refused)
        #expect(conflict.conflicts.map(\.path) == ["items[i1].attitude"])
        #expect(conflict.conflicts[0].theirs == .string("frustrated") && conflict.conflicts[0].mine == .string("worried"))
        #expect(conflict.theirsBy == staffB.staff && !conflict.deleted)
        #expect(snapshotFiles(store.root) == before, "nothing is written while a conflict is open")

        let theirs = try store.saveEdited(report: opened, as: edited, resolutions: ["items[i1].attitude": .theirs], by: staffA)
        #expect(theirs.items[0].attitude == "frustrated" && theirs.items[1].content == "Lo mất việc làm")
        let mine = try store.saveEdited(report: opened, as: edited, resolutions: ["items[i1].attitude": .mine], by: staffA)
        #expect(mine.items[0].attitude == "worried")
    }

    @Test("a report deleted since it was opened is said so, and nothing is written")
    func deletedMeanwhile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try twoItemReport(store)
        try store.deleteReport(id: opened.id, by: staffB)
        var edited = opened
        edited.summary = "x"
        #expect {
            try store.saveEdited(report: opened, as: edited, by: staffA)
        } throws: { error in
            guard case StoreError.conflict(let c) = error else { return false }
            return c.deleted && c.theirsBy == staffB.staff && c.id == opened.id
        }
    }

    @Test("items both added get distinct ids; items deleted by one and untouched by the other go")
    func itemsAddedAndDeleted() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try twoItemReport(store)
        var theirs = opened
        theirs.addItem(OpinionItem(id: "", topic: "wages", content: "Của B", attitude: "interested"))
        theirs.items.removeAll { $0.id == "i2" }
        _ = try store.saveEdited(report: opened, as: theirs, by: staffB)
        var mine = opened
        mine.addItem(OpinionItem(id: "", topic: "jobs", content: "Của A", attitude: "worried"))
        let saved = try store.saveEdited(report: opened, as: mine, by: staffA)
        #expect(Set(saved.items.map(\.content)) == ["Người lao động quan tâm tiền lương", "Của B", "Của A"])
        #expect(Set(saved.items.map(\.id)).count == 3)
        #expect((saved.lastItemNumber ?? 0) >= 4)
    }

    @Test("a hot spot's record edited by A while B logged an update: both kept; the same field conflicts")
    func hotSpotMerge() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try #require(try store.load().dataset.hotSpots.first)
        try store.change(hotSpot: opened.id, .addUpdate("Đã đối thoại"), by: staffB)
        try store.updateHotSpot(id: opened.id, by: staffB) { $0.result = "Đã trả lương" }
        var edited = opened
        edited.causes = "Nợ lương 2 tháng"
        let saved = try store.saveEdited(hotSpot: opened, as: edited, by: staffA)
        #expect(saved.causes == "Nợ lương 2 tháng" && saved.result == "Đã trả lương")
        #expect(saved.timeline.contains { $0.text.contains("Đã đối thoại") })
        edited.result = "Chưa trả"
        #expect(throws: StoreError.self) { try store.saveEdited(hotSpot: opened, as: edited, by: staffA) }
    }

    @Test("a unit edited by two staff: different fields both kept; the same field conflicts; a taken id is refused")
    func unitMerge() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let opened = try #require(try store.load().dataset.unit("bien-hoa"))
        var theirs = opened
        theirs.phone = "0251 3822 111"
        try store.saveEdited(unit: opened, as: theirs, by: staffB)
        var mine = opened
        mine.contactPerson = "Đ/c Nguyễn Văn An"
        let saved = try store.saveEdited(unit: opened, as: mine, by: staffA)
        #expect(saved.phone == "0251 3822 111" && saved.contactPerson == "Đ/c Nguyễn Văn An")
        mine.phone = "0909"
        #expect {
            try store.saveEdited(unit: opened, as: mine, by: staffA)
        } throws: { error in
            guard case StoreError.conflict(let c) = error else { return false }
            return c.conflicts.map(\.path) == ["phone"]
        }
        #expect(throws: StoreError.idTaken(kind: "unit", id: "bien-hoa")) {
            try store.saveEdited(unit: nil, as: opened, by: staffA)
        }
    }
}

@Suite("Revisions and ids")
struct RevisionTests {
    @Test("a new report is revision 1; a change raises the report and only the items it touched")
    func revisions() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        var report = sampleReport(unitID: "bien-hoa")
        report.items.append(OpinionItem(id: "i2", topic: "jobs", content: "Lo mất việc", attitude: "worried"))
        let added = try store.addReport(report, by: testEditor)
        #expect(added.revision == 1)
        try store.updateItem(reportID: added.id, itemID: "i2", by: testEditor) { $0.attitude = "frustrated" }
        let after = try store.load().dataset.report(added.id)!
        #expect(after.revision == 2)
        #expect(after.items[0].revision == nil && after.items[1].revision == 1)
        try store.updateReport(id: added.id, by: testEditor) { _ in }
        #expect(try store.load().dataset.report(added.id)!.revision == 2, "a write that changes nothing keeps the revision")
        let config = try store.updateConfiguration(by: testEditor) { $0.staffName = "Ban Tuyên giáo" }
        #expect(config.staffName == "Ban Tuyên giáo")
        #expect(try store.load().config.revision == 1)
    }

    @Test("the id of a deleted report is never given again")
    func idsNotReused() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let first = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        try store.deleteReport(id: first.id, by: testEditor)
        let second = try store.addReport(sampleReport(unitID: "long-khanh", summary: "Khác"), by: testEditor)
        #expect(second.id != first.id)
        #expect(RecordID.sequence(of: second.id)! == RecordID.sequence(of: first.id)! + 1)
        let audit = try store.load().audit.filter { $0.target == second.id }
        #expect(audit.map(\.action) == [.reportCreate], "the new report inherits no audit trail")
    }

    @Test("deleting a report a hot spot links to clears the link, audited")
    func deleteClearsHotSpotLinks() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let report = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let spot = try store.addHotSpot(
            HotSpot(
                id: "", title: "Ngừng việc", kind: .workStoppage, unitID: "bien-hoa", enterprise: Enterprise(name: "Cty A"),
                phonedInAt: testNow, phonedInBy: "test", linkedItems: [ItemReference(reportID: report.id, itemID: "i1")],
                linkedReports: [report.id]), by: testEditor)
        try store.deleteReport(id: report.id, by: testEditor)
        let contents = try store.load()
        let after = try #require(contents.dataset.hotSpots.first { $0.id == spot.id })
        #expect(after.linkedReports.isEmpty && after.linkedItems.isEmpty)
        #expect(contents.audit.contains { $0.action == .hotSpotUnlink && $0.target == spot.id && $0.detail.contains(report.id) })
    }
}

@Suite("Fields a newer dlxh wrote survive an older one's save")
struct UnknownFieldTests {
    @Test("unknown fields at file, report, item and hot-spot level are kept through a read-modify-write")
    func keepsUnknownFields() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let report = try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let path = Store.reportsPath(.month(2026, 11))
        var tree = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: store.url(path)))
        guard case .object(var file) = tree, case .array(var reports)? = file["reports"] else { Issue.record("shape"); return }
        let index = try #require(reports.firstIndex { $0.id == report.id })
        guard case .object(var r) = reports[index], case .array(var items)? = r["items"], case .object(var item) = items[0] else {
            Issue.record("shape")
            return
        }
        item["sentiment"] = .number(0.75)
        items[0] = .object(item)
        r["items"] = .array(items)
        r["streamHint"] = .string("wages-2026")
        reports[index] = .object(r)
        file["reports"] = .array(reports)
        file["index"] = .object(["built": .string("2027-01-01")])
        tree = .object(file)
        try JSONCodec.encode(tree).write(to: store.url(path))

        try store.updateItem(reportID: report.id, itemID: "i1", by: testEditor) { $0.attitude = "frustrated" }
        let written = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: store.url(path)))
        let writtenReport = try #require({ () -> JSONValue? in
            if case .array(let rs)? = written["reports"] { return rs.first { $0.id == report.id } }
            return nil
        }())
        #expect(written["index"] == .object(["built": .string("2027-01-01")]))
        #expect(writtenReport["streamHint"] == .string("wages-2026"))
        if case .array(let its)? = writtenReport["items"] {
            #expect(its[0]["sentiment"] == .number(0.75))
            #expect(its[0]["attitude"] == .string("frustrated"))
        } else {
            Issue.record("items missing")
        }
    }

    @Test("a file this version wrote is taken as it is: the check costs no second decode")
    func ownFilesHaveNoUnknownFields() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let path = Store.reportsPath(.month(2026, 11))
        try store.addReport(sampleReport(unitID: "bien-hoa"), by: testEditor)
        let data = try Data(contentsOf: store.url(path))
        let file = try Store.decodeFile(ReportsFile.self, data: data, name: path)
        #expect(try Store.unknownFields(in: data, decodedAs: file, name: path) == nil)
    }
}
