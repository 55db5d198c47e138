import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("Undo and redo in the interface: one action is one step, both ways")
struct UndoTests {
    func entry(_ topic: String, _ count: Int) -> UndoEntry {
        let report = Report(
            id: "R-2026-11-0001", unitID: "u", period: .month(2026, 11), receivedOn: Day(year: 2026, month: 11, day: 20)!,
            items: [OpinionItem(id: "i1", topic: topic, content: "x", attitude: "worried")], createdAt: goldenNow, createdBy: "a")
        var after = report
        after.items[0].topic = "jobs"
        return UndoEntry(records: [.report(before: report, after: after)], description: UndoText.ofItems(UIText.topic, count))
    }

    @Test("u sends the last change back through the store; U the last undone; a new change forgets what was undone")
    func stacks() {
        var state = loadedState()
        state.press(.character("u"))
        #expect(state.toast?.vi == UIText.nothingToUndo.vi)
        state.press(.character("U"))
        #expect(state.toast?.vi == UIText.nothingToRedo.vi)

        let first = entry("wages", 16)
        let second = entry("safety", 1)
        _ = state.update(.undoable(first, from: nil))
        _ = state.update(.undoable(second, from: nil))
        #expect(state.update(.key(.character("u"))) == [.save(.revert(second, .undo))])
        #expect(state.undoStack == [first])
        // The undo lands: its own before/after is what a redo takes.
        let undone = entry("jobs", 1)
        _ = state.update(.undoable(undone, from: .undo))
        #expect(state.redoStack == [undone])
        #expect(state.update(.key(.character("U"))) == [.save(.revert(undone, .redo))])
        _ = state.update(.undoable(second, from: .redo))
        #expect(state.undoStack == [first, second] && state.redoStack.isEmpty)

        _ = state.update(.undoable(undone, from: .undo))
        _ = state.update(.undoable(entry("hours", 3), from: nil))
        #expect(state.redoStack.isEmpty, "a new change forgets what was undone")
    }

    @Test("guidance recorded is a step u names and cannot undo; the next u goes on to the change before")
    func creationStep() {
        var state = loadedState()
        let first = entry("wages", 2)
        _ = state.update(.undoable(first, from: nil))
        _ = state.update(.undoable(UndoEntry(records: [], description: UndoText.createdGuidance("G-2026-004")), from: nil))
        #expect(state.update(.key(.character("u"))) == [])
        #expect(state.toast?.vi.contains("Không hoàn tác được ghi nhận văn bản chỉ đạo G-2026-004") == true, "\(String(describing: state.toast?.vi))")
        #expect(state.toast?.severity == .warning)
        #expect(state.update(.key(.character("u"))) == [.save(.revert(first, .undo))])
    }

    @Test("the message says exactly what, with English plurals")
    func words() {
        #expect(UIText.undone(UndoText.ofItems(UIText.topic, 16)).vi == "Hoàn tác: chủ đề của 16 ý kiến")
        #expect(UIText.undone(UndoText.ofItems(UIText.topic, 16)).en == "Undone: topic of 16 items")
        #expect(UIText.undone(UndoText.ofItems(UIText.topic, 1)).en == "Undone: topic of 1 item")
        #expect(UIText.redone(UndoText.ofItems(UIText.step, 2)).en == "Redone: handling step of 2 items")
        let archive = UndoText.describe(.reports(["a"], [.archived(true)]), dataset: nil)
        #expect(archive?.en == "archiving of 1 report" && archive?.vi == "lưu trữ 1 báo cáo")
        #expect(UndoText.describe(.hotSpot("HS-2026-007", .acknowledge), dataset: nil)?.vi == "tiếp nhận điểm nóng HS-2026-007")
        #expect(UndoText.describe(.markRead("a"), dataset: nil) == nil)
    }

    @Test("apply to tagged items of different old values is one save, whatever their values")
    func oneSave() {
        var state = ClassifyGoldenTests().openedReport()
        let report = InboxScreen.openReport(state)!
        state.press(.character("t"), .character("t"), .character("t"))
        let effects = state.update(.key(.character("A")))
        #expect(effects.isEmpty)
        // Topic, then the first topic offered.
        state.press(.enter)
        let saves = state.update(.key(.enter))
        #expect(saves.count == 1, "\(saves)")
        guard case .save(.items(let refs, let changes))? = saves.first else {
            Issue.record("\(saves)")
            return
        }
        #expect(refs.count == min(3, report.items.count) && changes.count == 1)
        #expect(state.undoStack.isEmpty, "the step is recorded when the save lands, from the store")
    }

    @Test("Esc in the conflict dialog of an undo keeps the change to undo later")
    func conflictEsc() {
        var state = loadedState()
        let change = entry("wages", 2)
        let conflict = EditConflict(
            kind: .report, id: "R-2026-11-0001",
            conflicts: [MergeConflict(path: "items[i1].topic", field: "topic", base: .string("jobs"), mine: .string("wages"), theirs: .string("safety"))],
            theirsBy: "Trần Văn Bình", theirsAt: goldenNow)
        _ = state.update(.conflict(conflict, retry: .revert(change, .undo)))
        guard case .conflict = state.overlay else {
            Issue.record("no dialog")
            return
        }
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(state.undoStack == [change])
        #expect(state.toast?.vi.hasPrefix("Chưa hoàn tác: chủ đề của 2 ý kiến") == true, "\(String(describing: state.toast?.vi))")
        // Enter with "mine" for the field: the undo again, with the choice for that record.
        _ = state.update(.conflict(conflict, retry: .revert(change, .undo)))
        state.press(.character("m"))
        #expect(state.update(.key(.enter)) == [.save(.revert(change, .undo, resolutions: ["R-2026-11-0001": ["items[i1].topic": .mine]]))])
    }
}

@Suite("What an undo says")
struct UndoWordsTests {
    @Test("ending a unit and taking it back into service are said as such, not as an edit")
    func unitEnded() throws {
        let unit = try #require(goldenDataset.units.first { $0.activeTo == nil })
        var ended = unit
        ended.activeTo = Day(year: 2026, month: 12, day: 31)!
        #expect(UndoText.describe(.unit(ended, base: unit), dataset: goldenDataset)?.vi == "ngừng hoạt động của \(unit.name) từ sau 31/12/2026")
        #expect(UndoText.describe(.unit(unit, base: ended), dataset: goldenDataset)?.en == "return to service of \(unit.name)")
        var renamed = unit
        renamed.phone = "0251 000 000"
        #expect(UndoText.describe(.unit(renamed, base: unit), dataset: goldenDataset)?.vi == "sửa đơn vị \(unit.name)")
    }
}
