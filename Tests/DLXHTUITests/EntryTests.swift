import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("Entry form")
struct EntryTests {
    @Test("a draft found at start is offered, and yes puts it back in the form")
    func draftOffer() {
        var state = loadedState()
        let draft = ReportDraft(unitID: "long-khanh", period: "11/2026", receivedOn: "24/11/2026", summary: "Đang nhập dở", savedAt: goldenNow)
        _ = state.update(.draftFound(draft))
        #expect(state.view().text.contains("Mở lại để nhập tiếp"))
        _ = state.update(.key(.character("c")))
        #expect(state.screen == .entry)
        #expect(state.entry.form?[.summary]?.text == "Đang nhập dở")
        #expect(state.entry.form?[.unit]?.text == goldenDataset.unit("long-khanh")?.name)
        #expect(goldenDataset.unit("long-khanh")?.isActive(on: goldenToday) == true, "the draft's unit is on today's roster")
    }
}

@Suite("Entry form behaviour")
struct EntryBehaviourTests {
    func newForm() -> AppState {
        var state = loadedState()
        state.press(.character("2"), .character("n"))
        return state
    }

    @Test("a Backspace-and-correct burst and NFD marks end up as NFC text in the field")
    func vietnameseInput() {
        var state = newForm()
        state.press(.tab, .tab, .tab, .tab, .tab)  // document number
        state.type("so 12")
        _ = state.update(.key(.backspace))
        state.type("3")
        state.press(.tab)  // summary
        state.type("Người lao động bức xu")
        state.type("\u{0301}c")  // the acute as a combining mark, then the letter after
        let summary = state.entry.form?[.summary]?.text ?? ""
        #expect(summary.unicodeScalars.elementsEqual("Người lao động bức xúc".unicodeScalars))
        #expect(state.entry.form?[.documentNumber]?.text == "so 13")
    }

    @Test("a second monthly report for the same unit and period is caught, offering to open it or add a supplement")
    func duplicate() throws {
        var state = newForm()
        let existing = try #require(state.dataset?.reports.first { $0.kind == .periodic && $0.period == .month(2026, 11) })
        let name = state.derived.unitName(existing.unitID)
        state.type(Text.fold(name))
        state.press(.enter)
        state.press(.tab, .tab, .tab, .tab, .tab, .tab)  // summary (the choice left the focus on the unit)
        state.type("Bổ sung ý kiến về tiền lương")
        let effects = state.update(.key(.control("s")))
        #expect(effects.isEmpty)
        guard case .picker(_, let reply) = state.overlay, case .duplicate(let found)? = reply.ask(as: EntryScreen.Ask.self) else {
            Issue.record("no duplicate question: \(String(describing: state.overlay))")
            return
        }
        #expect(found == existing.id)
        state.type("bo sung")
        let saved = state.update(.key(.enter))
        guard case .save(.report(let report, _, _))? = saved.first else {
            Issue.record("not saved: \(saved)")
            return
        }
        #expect(report.supplementTo == existing.id && report.unitID == existing.unitID && report.id.isEmpty)
    }

    @Test("an existing report opened from the inbox (E) is edited in the same form and saved under its id")
    func editExisting() throws {
        var state = loadedState()
        let report = try #require(InboxScreen.selectedReport(state))
        state.press(.enter, .character("E"))
        #expect(state.screen == .entry && state.entry.editingReportID == report.id)
        state.press(.tab, .tab, .tab, .tab, .tab, .control("e"))
        state.type(" (sửa)")
        let effects = state.update(.key(.control("s")))
        guard case .save(.report(let saved, _, _))? = effects.first else {
            Issue.record("not saved: \(effects)")
            return
        }
        #expect(saved.id == report.id)
        #expect(saved.documentNumber == report.documentNumber + " (sửa)")
        #expect(saved.items == report.items)
    }

    @Test("typing marks the draft pending; the next tick writes it")
    func draftOnTick() {
        var state = newForm()
        state.press(.tab, .tab, .tab, .tab, .tab, .tab)
        state.type("Tóm tắt đang gõ")
        #expect(state.entry.draftPending)
        let effects = state.update(.tick(goldenNow))
        guard case .save(.draft(let draft?))? = effects.last else {
            Issue.record("no draft save: \(effects)")
            return
        }
        #expect(draft.summary == "Tóm tắt đang gõ")
        #expect(!state.entry.draftPending)
        #expect(state.update(.tick(goldenNow)) == [.checkForChanges])
    }
}

@Suite("Quitting with a form open")
struct QuitWithDraftTests {
    @Test("quitting (after the confirm) writes what was typed since the last tick into the draft first")
    func flushOnQuit() {
        var state = loadedState()
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab, .tab)
        state.type("Gõ ngay trước khi thoát")
        _ = state.update(.key(.control("c")))
        let effects = state.update(.key(.character("c")))
        guard effects.count == 2, case .save(.draft(let draft?)) = effects[0], effects[1] == .quit else {
            Issue.record("effects: \(effects)")
            return
        }
        #expect(draft.summary == "Gõ ngay trước khi thoát")
        #expect(UIText.quitDirty(.vi).contains("bản nháp được giữ lại"))
    }

    @Test("text no draft keeps (a report part being written): the question says it will be lost, and quitting writes nothing")
    func losesWhatNoDraftKeeps() {
        var state = fixtureState()
        state.press(.character("R"), .character("e"))
        state.type("Đánh giá năm: văn bản chưa lưu")
        #expect(state.hasUnsavedForm && state.unsavedInputLostOnQuit)
        _ = state.update(.key(.control("c")))
        guard case .confirm(let dialog)? = state.overlay else {
            Issue.record("no question: \(String(describing: state.overlay))")
            return
        }
        #expect(dialog.question == UIText.quitLosesInput(.vi))
        #expect(!dialog.question.contains("giữ lại"))
        #expect(state.update(.key(.character("c"))) == [.quit])
    }

    @Test("the entry form alone is dirty: the question says its draft is kept")
    func entryDraftKept() {
        var state = loadedState()
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab, .tab)
        state.type("Gõ dở")
        #expect(state.hasUnsavedForm && !state.unsavedInputLostOnQuit)
        _ = state.update(.key(.control("c")))
        guard case .confirm(let dialog)? = state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(dialog.question == UIText.quitDirty(.vi))
    }
}
