import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

@Suite("Undo and redo go through the store: one action, one step, nobody else's change overwritten")
struct UndoEffectsTests {
    let other = Editor(staff: "Trần Văn Bình", now: now.adding(hours: 1))

    /// Items of several reports whose topics differ, as "apply to tagged" would change them.
    func mixedItems(_ fixture: Fixture, count: Int = 6) -> [ItemReference] {
        var refs: [ItemReference] = []
        var topics: Set<String> = []
        for report in fixture.dataset.reports.sorted(by: { $0.id < $1.id }) {
            // At most two of each report, so that they span several.
            for item in report.items.filter({ $0.topic != "jobs" }).prefix(count > 2 ? 2 : 1) where refs.count < count {
                refs.append(ItemReference(reportID: report.id, itemID: item.id))
                topics.insert(item.topic)
            }
        }
        #expect(topics.count > 1 && Set(refs.map(\.reportID)).count > 1, "items of several reports, topics differing")
        return refs
    }

    func topic(_ disk: Dataset, _ ref: ItemReference) -> String? { disk.report(ref.reportID)?.item(ref.itemID)?.topic }

    /// The undo entry a save's messages end with.
    func entry(_ messages: [Message], from direction: UndoDirection? = nil) throws -> UndoEntry {
        guard case .undoable(let entry, let from)? = messages.last, from == direction else {
            throw UndoMissing(messages: messages.map(messageKind))
        }
        return entry
    }

    @Test("a change to items whose old topics differ is one undo step that restores each; redo makes it again")
    func oneActionOneStep() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let refs = mixedItems(fixture)
        let old = Dictionary(uniqueKeysWithValues: refs.map { ($0, topic(fixture.dataset, $0)!) })
        let change = try entry(fixture.effects.perform(.save(.items(refs, [.topic("jobs")]))))
        #expect(change.description.vi == "chủ đề của \(refs.count) ý kiến")
        #expect(change.description.en == "topic of \(refs.count) items")
        #expect(change.records.count == Set(refs.map(\.reportID)).count)

        let undo = fixture.effects.perform(.save(.revert(change, .undo)))
        #expect(undo.contains { said($0) == "Hoàn tác: chủ đề của \(refs.count) ý kiến" }, "\(undo.map(said))")
        var disk = try fixture.onDisk()
        for ref in refs { #expect(topic(disk, ref) == old[ref], "\(ref)") }
        // The item's own history shows the undo.
        #expect(disk.audit.last { $0.target == "\(refs[0].reportID)/\(refs[0].itemID)" }?.changes?.first?.new == old[refs[0]])

        let redoEntry = try entry(undo, from: .undo)
        let redo = fixture.effects.perform(.save(.revert(redoEntry, .redo)))
        #expect(redo.contains { said($0) == "Làm lại: chủ đề của \(refs.count) ý kiến" }, "\(redo.map(said))")
        disk = try fixture.onDisk()
        for ref in refs { #expect(topic(disk, ref) == "jobs") }
        _ = try entry(redo, from: .redo)
    }

    @Test("someone else's change to another field since is kept by the undo")
    func keepsOthersChanges() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let refs = mixedItems(fixture, count: 2)
        let old = topic(fixture.dataset, refs[0])
        let change = try entry(fixture.effects.perform(.save(.items(refs, [.topic("jobs")]))))
        try fixture.store.updateItems([refs[0]], changes: [.attitude("frustrated")], by: other)
        let undo = fixture.effects.perform(.save(.revert(change, .undo)))
        #expect(undo.contains { messageKind($0) == "saved" }, "\(undo.map(messageKind))")
        let disk = try fixture.onDisk()
        #expect(topic(disk, refs[0]) == old)
        #expect(disk.report(refs[0].reportID)?.item(refs[0].itemID)?.attitude == "frustrated")
    }

    @Test("a field someone else changed since is a conflict: nothing is written until the person chooses")
    func conflict() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let refs = mixedItems(fixture, count: 4)
        let change = try entry(fixture.effects.perform(.save(.items(refs, [.topic("jobs")]))))
        let contested = refs.last!
        try fixture.store.updateItems([contested], changes: [.topic("safety")], by: other)
        let undo = fixture.effects.perform(.save(.revert(change, .undo)))
        guard case .conflict(let conflict, let retry)? = undo.last(where: { messageKind($0) == "conflict" }) else {
            Issue.record("no conflict: \(undo.map(messageKind))")
            return
        }
        #expect(conflict.id == contested.reportID && conflict.theirsBy == "Trần Văn Bình")
        var disk = try fixture.onDisk()
        for ref in refs.dropLast() where ref.reportID != contested.reportID { #expect(topic(disk, ref) == "jobs", "nothing written") }
        #expect(topic(disk, contested) == "safety")
        // Keeping theirs: the rest is undone, their topic stays.
        var dialog = ConflictDialog(conflict: conflict, retry: retry)
        _ = dialog.handle(.enter)
        let resolved = fixture.effects.perform(.save(dialog.resolvedSave))
        #expect(resolved.contains { said($0)?.hasPrefix("Hoàn tác:") == true }, "\(resolved.map(said))")
        disk = try fixture.onDisk()
        #expect(topic(disk, contested) == "safety")
        for ref in refs where ref.reportID != contested.reportID { #expect(topic(disk, ref) != "jobs") }
    }

    @Test("hot-spot actions, exemptions and roster changes can be undone and redone")
    func otherRecords() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let spot = try #require(fixture.dataset.hotSpots.first { $0.acknowledgement == nil && $0.status.isOpen })
        let acknowledged = try entry(fixture.effects.perform(.save(.hotSpot(spot.id, .acknowledge))))
        #expect(acknowledged.description.vi == "tiếp nhận điểm nóng \(spot.id)")
        #expect(try fixture.onDisk().hotSpots.first { $0.id == spot.id }?.acknowledgement != nil)
        let undone = fixture.effects.perform(.save(.revert(acknowledged, .undo)))
        #expect(undone.contains { said($0) == "Hoàn tác: tiếp nhận điểm nóng \(spot.id)" }, "\(undone.map(said))")
        let back = try #require(try fixture.onDisk().hotSpots.first { $0.id == spot.id })
        #expect(back.acknowledgement == nil && back.timeline == spot.timeline)
        _ = fixture.effects.perform(.save(.revert(try entry(undone, from: .undo), .redo)))
        #expect(try fixture.onDisk().hotSpots.first { $0.id == spot.id }?.acknowledgement != nil)

        let escalated = try entry(fixture.effects.perform(.save(.hotSpot(spot.id, .escalate(.confederation, note: "CV 12")))))
        _ = fixture.effects.perform(.save(.revert(escalated, .undo)))
        #expect(try fixture.onDisk().hotSpots.first { $0.id == spot.id }?.escalation(to: .confederation) == nil)

        let unit = fixture.dataset.units.sorted { $0.id < $1.id }[0]
        let exempted = try entry(fixture.effects.perform(.save(.exempt(unitID: unit.id, .month(2026, 11), reason: "Đang sáp nhập"))))
        #expect(exempted.description.en == "exemption of \(unit.name) for \(Period.month(2026, 11).label(.en))")
        let undoExempt = fixture.effects.perform(.save(.revert(exempted, .undo)))
        #expect(undoExempt.contains { messageKind($0) == "loadedWith" })
        #expect(try fixture.onDisk().unit(unit.id)?.exemption(for: .month(2026, 11)) == nil)

        var renamed = unit
        renamed.name = "LĐLĐ đổi tên"
        let edit = try entry(fixture.effects.perform(.save(.unit(renamed, base: unit))))
        _ = fixture.effects.perform(.save(.revert(edit, .undo)))
        #expect(try fixture.onDisk().unit(unit.id)?.name == unit.name)
    }

    @Test("guidance actions (relay, acknowledgement, owner) can be undone; a relay's items go back to their step")
    func guidance() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let stored = try EverySaveTests.storedGuidance(&fixture)
        let ref = stored.items[0]
        let step = try #require(fixture.dataset.report(ref.reportID)?.item(ref.itemID)?.step)
        let relayed = try entry(fixture.effects.perform(.save(.relayGuidance(stored.id, units: nil, letter: nil))))
        #expect(relayed.description.vi == "chuyển chỉ đạo \(stored.id) cho đơn vị")
        var disk = try fixture.onDisk()
        #expect(disk.guidance.first?.recipients.isEmpty == false)
        #expect(disk.report(ref.reportID)?.item(ref.itemID)?.step == .relayDown)
        let undone = fixture.effects.perform(.save(.revert(relayed, .undo)))
        #expect(undone.contains { said($0) == "Hoàn tác: chuyển chỉ đạo \(stored.id) cho đơn vị" }, "\(undone.map(said))")
        disk = try fixture.onDisk()
        #expect(disk.guidance.first?.recipients.isEmpty == true)
        #expect(disk.report(ref.reportID)?.item(ref.itemID)?.step == step)

        let owned = try entry(fixture.effects.perform(.save(.guidanceOwner(stored.id, owner: "Trần Văn Bình"))))
        _ = fixture.effects.perform(.save(.revert(owned, .undo)))
        #expect(try fixture.onDisk().guidance.first?.owner == stored.owner)
    }

    @Test("saves that change no record leave nothing to undo")
    func notUndoable() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (report, _) = fixture.firstItem
        let messages = fixture.effects.perform(.save(.markRead(report.id)))
        #expect(!messages.contains { messageKind($0) == "undoable" })
    }

    func phoneIn(_ fixture: inout Fixture, title: String = "Ngừng việc") throws -> (UndoEntry, HotSpot) {
        let unit = fixture.dataset.units.sorted { $0.id < $1.id }[0]
        let made = fixture.effects.perform(.save(.newHotSpot(HotSpot(
            id: "", title: title, kind: .workStoppage, unitID: unit.id, enterprise: Enterprise(name: "Cty A"),
            phonedInAt: now, phonedInBy: staff))))
        let step = try entry(made)
        guard case .made(.hotSpot(let spot))? = step.records.first, step.records.count == 1 else {
            throw UndoMissing(messages: ["records: \(step.records)"])
        }
        return (step, spot)
    }

    @Test("a hot spot phoned in by mistake: u removes it (audited), U records it again under its own id")
    func hotSpotMadeAndTakenBack() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (step, spot) = try phoneIn(&fixture)
        #expect(step.description.vi == "ghi nhận điểm nóng \(spot.id)")
        let undone = fixture.effects.perform(.save(.revert(step, .undo)))
        #expect(undone.contains { said($0) == "Hoàn tác: ghi nhận điểm nóng \(spot.id)" }, "\(undone.map(said))")
        var disk = try fixture.onDisk()
        #expect(!disk.hotSpots.contains { $0.id == spot.id })
        #expect(disk.audit.last { $0.target == spot.id }?.action == .hotSpotDelete)

        let redo = try entry(undone, from: .undo)
        #expect(redo.records.count == 1 && redo.records.first?.id == spot.id)
        let redone = fixture.effects.perform(.save(.revert(redo, .redo)))
        #expect(redone.contains { said($0) == "Làm lại: ghi nhận điểm nóng \(spot.id)" }, "\(redone.map(said))")
        disk = try fixture.onDisk()
        let back = try #require(disk.hotSpots.first { $0.id == spot.id })
        #expect(back.title == spot.title && back.unitID == spot.unitID)
        #expect(disk.audit.last { $0.target == spot.id }?.action == .hotSpotRestore)
        // And the next new hot spot still gets a new id.
        let (_, next) = try phoneIn(&fixture, title: "Nợ lương")
        #expect(next.id != spot.id)
    }

    @Test("a hot spot someone changed after it was made is not removed by undo: their change is kept")
    func madeThenChangedByOther() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (step, spot) = try phoneIn(&fixture)
        try fixture.store.updateHotSpot(id: spot.id, by: other) { $0.workersInvolved = 120 }
        let undone = fixture.effects.perform(.save(.revert(step, .undo)))
        let text = undone.compactMap(said).joined(separator: " | ")
        #expect(text.contains("\(spot.id) đã được Trần Văn Bình sửa lúc"), "\(text)")
        #expect(!undone.contains { messageKind($0) == "undoable" })
        #expect(try fixture.onDisk().hotSpots.first { $0.id == spot.id }?.workersInvolved == 120)
    }

    @Test("a report entered, then undone and redone: removed, then back with its items under its id")
    func reportMadeAndTakenBack() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        var report = fixture.firstItem.report
        report.id = ""
        let made = fixture.effects.perform(.save(.report(report, base: nil)))
        let step = try entry(made)
        guard case .made(.report(let stored))? = step.records.first else {
            Issue.record("not a made report: \(step.records)")
            return
        }
        #expect(step.description.vi == "nhập báo cáo \(stored.id)")
        let undone = fixture.effects.perform(.save(.revert(step, .undo)))
        #expect(try fixture.onDisk().report(stored.id) == nil, "\(undone.map(said))")
        _ = fixture.effects.perform(.save(.revert(try entry(undone, from: .undo), .redo)))
        let back = try #require(try fixture.onDisk().report(stored.id))
        #expect(back.items.map(\.content) == stored.items.map(\.content) && back.unitID == stored.unitID)
    }

    @Test("a report deleted comes back with u, its hot spot linked to it again; U deletes it again")
    func deletionTakenBack() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (report, ref) = fixture.firstItem
        let spot = try #require(fixture.dataset.hotSpots.first)
        _ = fixture.effects.perform(.save(.hotSpotRecord(
            { var s = spot; s.linkedReports.append(report.id); s.linkedItems.append(ref); return s }(), base: spot)))
        #expect(try fixture.onDisk().hotSpots.first { $0.id == spot.id }?.linkedReports.contains(report.id) == true)

        let deleted = fixture.effects.perform(.save(.deleteReport(report.id)))
        let step = try entry(deleted)
        #expect(step.description.vi == "xóa báo cáo \(report.id)")
        var disk = try fixture.onDisk()
        #expect(disk.report(report.id) == nil)
        #expect(disk.hotSpots.first { $0.id == spot.id }?.linkedReports.contains(report.id) == false)

        let undone = fixture.effects.perform(.save(.revert(step, .undo)))
        #expect(undone.contains { said($0) == "Hoàn tác: xóa báo cáo \(report.id)" }, "\(undone.map(said))")
        disk = try fixture.onDisk()
        #expect(disk.report(report.id)?.items.map(\.content) == report.items.map(\.content))
        let relinked = try #require(disk.hotSpots.first { $0.id == spot.id })
        #expect(relinked.linkedReports.contains(report.id) && relinked.linkedItems.contains(ref))
        #expect(disk.audit.contains { $0.target == report.id && $0.action == .reportRestore })

        _ = fixture.effects.perform(.save(.revert(try entry(undone, from: .undo), .redo)))
        disk = try fixture.onDisk()
        #expect(disk.report(report.id) == nil)
        #expect(disk.hotSpots.first { $0.id == spot.id }?.linkedReports.contains(report.id) == false)
    }
}
