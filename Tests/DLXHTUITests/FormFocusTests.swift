import DLXHDomain
import Testing

@testable import DLXHTUI

/// Issue 14, item 9: forms keep the focus where the person put it, say what is wrong where it
/// is, show the same keys on the hint line and the status bar, and go back where they came from.
@Suite("Forms: focus, errors, keys, going back")
struct FormFocusTests {
    @Test("choosing from a dropdown keeps the focus on that field: what is typed next goes where expected")
    func pickKeepsFocus() {
        var state = loadedState()
        state.press(.character("2"), .character("n"))
        state.type("bien hoa")
        state.press(.enter)
        #expect(state.entry.form?.focus == 0)
        #expect(state.entry.form?.choiceID(.unit) == "bien-hoa")
        state.press(.tab, .tab, .tab, .tab, .tab)  // to the document number, by the person's own keys
        state.type("so 7")
        #expect(state.entry.form?.text(.documentNumber) == "so 7")
    }

    @Test("a failed save shows the errors inline, keeps the focus, says so, and Ctrl-G goes to each field in error")
    func failedSaveKeepsFocus() {
        var state = loadedState()
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab)  // document number
        state.type("CV 12")
        state.press(.control("s"))
        let form = state.entry.form!
        #expect(form.focus == 5)
        #expect(form.fields.filter { $0.error != nil }.count == 2)
        #expect(state.toast?.severity == .warning && state.toast!.vi.contains("Ctrl-G"))
        state.type("/BC")  // still the document number
        #expect(state.entry.form?.text(.documentNumber) == "CV 12/BC")
        state.press(.control("g"))
        #expect(state.entry.form?.fields[state.entry.form!.focus].id == .nothing)
        state.press(.control("g"))
        #expect(state.entry.form?.fields[state.entry.form!.focus].id == .unit)
    }

    @Test("Ctrl-S in the item editor with the report's unit missing: the editor stays, typing goes on in the item, Ctrl-G goes to the unit")
    func failedSaveFromItemEditor() {
        var state = loadedState()
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)  // the item list
        state.press(.character("a"))
        guard var editor = state.entry.itemForm else {
            Issue.record("no item editor")
            return
        }
        // Topic, content and proposal typed as a person would: the topic picked from its list.
        state.press(.enter)
        state.type("tien luong")
        state.press(.enter)
        editor = state.entry.itemForm!
        #expect(editor.choiceID(.topic) != nil)
        while state.entry.itemForm!.fields[state.entry.itemForm!.focus].id != .content { state.press(.tab) }
        state.type("Công nhân lo lắng")
        while state.entry.itemForm!.fields[state.entry.itemForm!.focus].id != .proposal { state.press(.tab) }
        state.type("Tăng lương")
        state.press(.control("s"))
        // Not saved (no unit): still in the item editor, on the proposal, and the message names the unit.
        #expect(state.entry.itemForm != nil)
        #expect(state.entry.itemForm?.fields[state.entry.itemForm!.focus].id == .proposal)
        #expect(state.toast?.severity == .warning && state.toast!.vi.contains("Đơn vị") && state.toast!.vi.contains("Ctrl-G"), "\(String(describing: state.toast))")
        state.type(" và trả đúng hạn")
        #expect(state.entry.itemForm?.text(.proposal) == "Tăng lương và trả đúng hạn")
        #expect(state.entry.items.isEmpty, "nothing added behind the editor")
        // The hint offers Ctrl-G; Ctrl-G keeps the item and goes to the report's unit.
        #expect(state.entry.keyDocs(state.context()).contains { $0.label == "Ctrl-G" })
        state.press(.control("g"))
        #expect(state.entry.itemForm == nil && state.entry.items.count == 1 && state.entry.items[0].proposal == "Tăng lương và trả đúng hạn")
        #expect(state.entry.onItems == false && state.entry.form?.fields[state.entry.form!.focus].id == .unit)
    }

    @Test("the hint line under a form and the status bar show the same keys", arguments: [80, 120])
    func hintsAgree(width: Int) {
        var state = loadedState(width: width, height: 30)
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)  // the item list
        state.press(.character("a"))  // the item editor
        #expect(state.entry.itemForm != nil)
        let grid = state.view()
        let hint = grid.line(grid.height - 3).trimmingTrailingSpaces()
        let status = grid.line(grid.height - 1).trimmingTrailingSpaces()
        let hintParts = hint.trimmingCharacters(in: .whitespaces).components(separatedBy: " · ")
        #expect(!hintParts.isEmpty)
        for part in hintParts { #expect(status.contains(part), "“\(part)” on the hint line, not on the status bar:\n\(hint)\n\(status)") }
        #expect(status.contains("Esc về báo cáo") || !hint.contains("Esc"), "\(status)")
    }

    @Test("the phone-in form's status bar shows the form's keys, not the list's")
    func phoneInBar() {
        var state = loadedState()
        state.press(.character("3"), .character("N"))
        let status = state.view().line(23)
        #expect(status.contains("Ctrl-S") && status.contains("Esc"))
        #expect(!status.contains("a Tiếp nhận") && !status.contains("Enter Mở"))
    }

    @Test("Ctrl-N inside a form opens the phone-in form; the entry form keeps what was typed")
    func ctrlNInForm() {
        var state = loadedState()
        state.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab)
        state.type("CV 9")
        state.press(.control("n"))
        #expect(state.screen == .hotSpots && state.hotSpots.phoneIn != nil)
        #expect(state.entry.form?.text(.documentNumber) == "CV 9")
        #expect(state.helpSections.flatMap(\.1).contains { $0.label == "Ctrl-N" })
    }

    @Test("Esc from a form goes back where it was opened from")
    func escGoesBack() {
        var inbox = loadedState()
        inbox.press(.control("n"))
        #expect(inbox.screen == .hotSpots)
        inbox.press(.escape)
        #expect(inbox.screen == .inbox && inbox.hotSpots.phoneIn == nil)

        var dashboard = loadedState()
        dashboard.press(.character("4"), .character("n"))
        #expect(dashboard.screen == .entry && dashboard.entry.form != nil)
        dashboard.press(.escape)
        #expect(dashboard.screen == .dashboard && dashboard.entry.form == nil)
    }

    @Test("a long one-line field shows the start of its text when it is not being typed in")
    func startOfText() {
        var state = loadedState()
        state.press(.character("3"), .character("N"), .tab)
        let long = "Công ty TNHH Sản xuất Giày Hòa Lợi Việt Nam chi nhánh khu công nghiệp Nhơn Trạch số ba"
        state.type(long)
        state.press(.tab)  // away from it
        let row = state.view().lines.first { $0.contains("Doanh nghiệp") }!
        #expect(row.contains("Công ty TNHH Sản xuất"), "\(row)")
        #expect(row.contains("…") && !row.contains("số ba"), "\(row)")
    }

    @Test("a draft declined at start is offered again on screen 2 with its key")
    func draftOfferedAgain() {
        var state = loadedState()
        let draft = ReportDraft(
            editingReportID: nil, unitID: "bien-hoa", period: "11/2026", kind: .periodic, channel: .document, receivedOn: "24/11/2026",
            documentNumber: "CV 77", summary: "", nothingToReport: false, items: [], openItemIndex: nil, openItem: nil,
            savedAt: goldenNow, base: nil)
        _ = state.update(.draftFound(draft))
        state.press(.character("k"))  // "Không"
        #expect(state.overlay == nil)
        state.press(.character("2"))
        #expect(state.view().text.contains("Còn bản nháp chưa lưu"))
        #expect(state.helpSections[0].1.contains { $0.label == "r" })
        state.press(.character("r"))
        #expect(state.entry.form?.text(.documentNumber) == "CV 77")
    }
}

extension Grid {
    var lines: [String] { (0..<height).map { line($0) } }
}

/// Issue 14, item 9: a hot spot's "Có CĐCS" is unknown until someone answers.
@Suite("Hot spots: the grassroots union unknown until answered")
struct GrassrootsUnknownTests {
    @Test("a phoned-in case says “chưa rõ”; the record form offers có / không / chưa rõ and saves the answer")
    func unknownUntilAnswered() {
        var state = loadedState()
        var spot = state.dataset!.hotSpots[0]
        spot.enterprise.hasGrassrootsUnion = nil
        state.dataset!.hotSpots[0] = spot
        state.press(.character("3"))
        state.hotSpots.openID = spot.id
        let lines = HotSpotsScreen.recordLines(state.ctx, id: spot.id, width: 100).map(\.text)
        #expect(lines.contains { $0.contains("Có CĐCS: chưa rõ") }, "\(lines)")
        #expect(!lines.contains { $0.contains("Có CĐCS: không") })
        state.press(.character("E"))
        let union = state.hotSpots.record!.fields.firstIndex { $0.id == .union }!
        state.hotSpots.record!.focus = union
        #expect(state.hotSpots.record!.choiceID(.union) == "unknown")
        state.press(.enter)
        guard case .picker(let picker, _)? = state.overlay else {
            Issue.record("no choice offered")
            return
        }
        #expect(picker.options.map(\.id) == ["yes", "no", "unknown"])
        state.type("co")
        state.press(.enter)
        let effects = state.update(.key(.control("s")))
        guard case .save(.hotSpotRecord(let saved, _, _))? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(saved.enterprise.hasGrassrootsUnion == true)
    }
}
