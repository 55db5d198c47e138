import DLXHDomain
import Testing

@testable import DLXHTUI

/// The hot-spot list laid out for the width, going back where one came from, a long account in
/// the phone-in form, and hints that offer only what can be done (issue 14, items 3 and 9).
@Suite("Hot spots: list by width, back to the record, the phone-in account, true hints")
struct HotSpotLayoutTests {
    static func list(width: Int, height: Int, _ l: Language) -> AppState {
        var state = loadedState(width: width, height: height, language: l)
        state.press(.character("3"))
        return state
    }

    /// The drawn line of each row of the list, in order (the rows start under the header).
    static func rowLines(_ grid: Grid, _ state: AppState) throws -> [String] {
        let l = state.session.language
        let header = try #require((0..<grid.height).first {
            grid.line($0).contains(UIText.colKindHS(l)) && grid.line($0).contains(UIText.colAlert(l))
        })
        return HotSpotsScreen.rows(state).indices.map { grid.line(header + 1 + $0) }
    }

    @Test("80×24, both languages: the enterprise keeps whole words, the alert says what is owed, the selected spot's enterprise and unit are written out under the list",
          arguments: [Language.vi, .en])
    func narrow(_ l: Language) throws {
        let state = Self.list(width: 80, height: 24, l)
        let grid = state.view()
        let rows = HotSpotsScreen.rows(state)
        #expect(rows.count >= 6)
        let lines = try Self.rowLines(grid, state)
        let layout = HotSpotsScreen.layout(l, width: 78, rows: rows, at: goldenNow)
        let widths = layout.widths(78)
        #expect(!layout.showsUnit, "at 80 columns the unit gives way to whole words")
        let header = try #require((0..<grid.height).map(grid.line).first { $0.contains(UIText.colAlert(l)) })
        #expect(header.contains(UIText.colEnterprise(l)), "the header is whole: \(header)")
        let enterprises = HotSpotsScreen.nameColumn(rows.map { HotSpotsScreen.enterpriseName($0.spot) }, short: ShortName.enterprise, width: widths[1])
        for (i, row) in rows.enumerated() {
            let name = HotSpotsScreen.enterpriseName(row.spot)
            let shown = enterprises[i]
            #expect(!WordFit.isCutMidWord(shown, of: ShortName.enterprise(name)) || !WordFit.isCutMidWord(shown, of: name),
                "“\(shown)” cuts a word of “\(name)”")
            #expect(DisplayWidth.of(shown) <= widths[1])
            #expect(lines[i].contains(shown), "\(lines[i])")
            #expect(lines[i].contains(row.spot.status.shortLabel(l)), "\(lines[i])")
            guard let alert = row.alert else { continue }
            let cell = HotSpotsScreen.alertCell(alert, at: goldenNow, width: widths.last!, l)
            let reasons = [alert.kind.label(l), alert.kind.shortLabel(l), alert.kind.tinyLabel(l)]
            #expect(reasons.contains { cell.hasSuffix(" · " + $0) }, "the alert “\(cell)” does not say what is owed")
            #expect(lines[i].contains(cell), "\(lines[i])")
        }
        // The selected one in full under the list.
        let selected = try #require(HotSpotsScreen.selected(state))
        let text = (0..<grid.height).map(grid.line).joined(separator: "\n")
        #expect(text.contains(selected.enterprise.name), "\(text)")
        #expect(text.contains(state.derived.unitName(selected.unitID)), "\(text)")
        #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
        expectGolden(grid, "hotspots-\(l.rawValue)-80x24")
    }

    @Test("60×16, the smallest screen: the workers and status give way to the alert's reason; the summary gives the status",
          arguments: [Language.vi, .en])
    func smallest(_ l: Language) throws {
        let state = Self.list(width: 60, height: 16, l)
        let grid = state.view()
        let layout = HotSpotsScreen.layout(l, width: 58, rows: HotSpotsScreen.rows(state), at: goldenNow)
        #expect(!layout.showsStatus && !layout.showsUnit)
        let widths = layout.widths(58)
        #expect(widths.reduce(0, +) + widths.count - 1 <= 58, "the columns fit: \(widths)")
        let lines = try Self.rowLines(grid, state)
        for (i, row) in HotSpotsScreen.rows(state).enumerated() where i < lines.count {
            guard let alert = row.alert, lines[i].contains(alert.timing(at: goldenNow)(l)) else { continue }
            let reasons = [alert.kind.label(l), alert.kind.shortLabel(l), alert.kind.tinyLabel(l)]
            #expect(reasons.contains { lines[i].contains(alert.timing(at: goldenNow)(l) + " · " + $0) }, "no reason: \(lines[i])")
        }
        let selected = try #require(HotSpotsScreen.selected(state))
        #expect(CutScan.words(grid).contains("\(selected.id) · \(selected.enterprise.name) · \(state.derived.unitName(selected.unitID)) · \(selected.status.label(l))"),
            "\(grid.text)")
        #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
    }

    @Test("the summary under the list follows the selection")
    func summaryFollows() throws {
        var state = Self.list(width: 80, height: 24, .vi)
        state.press(.down, .down)
        let selected = try #require(HotSpotsScreen.selected(state))
        #expect(selected.id == HotSpotsScreen.rows(state)[2].spot.id)
        let text = (0..<24).map(state.view().line).joined(separator: "\n")
        #expect(text.contains("\(selected.id) · \(selected.enterprise.name)"), "\(text)")
    }

    @Test("120 columns in English: every alert says what is owed; the unit has its column")
    func englishAt120() throws {
        let state = Self.list(width: 120, height: 40, .en)
        let grid = state.view()
        let rows = HotSpotsScreen.rows(state)
        let layout = HotSpotsScreen.layout(.en, width: 118, rows: rows, at: goldenNow)
        #expect(layout.showsUnit && layout.showsAge)
        let lines = try Self.rowLines(grid, state)
        for (i, row) in rows.enumerated() {
            guard let alert = row.alert else { continue }
            let reasons = [alert.kind.label(.en), alert.kind.shortLabel(.en), alert.kind.tinyLabel(.en)]
            #expect(reasons.contains { lines[i].contains(alert.timing(at: goldenNow)(.en) + " · " + $0) }, "no reason: \(lines[i])")
        }
        expectGolden(grid, "hotspots-en-120x40")
    }

    @Test("200 columns: the kind, the enterprise and the unit in full")
    func wide() throws {
        let state = Self.list(width: 200, height: 40, .vi)
        let grid = state.view()
        let lines = try Self.rowLines(grid, state)
        for (i, row) in HotSpotsScreen.rows(state).enumerated() {
            #expect(lines[i].contains(row.spot.kind.label(.vi)), "\(lines[i])")
            #expect(lines[i].contains(row.spot.enterprise.name), "\(lines[i])")
            #expect(lines[i].contains(state.derived.unitName(row.spot.unitID)), "\(lines[i])")
            #expect(lines[i].contains(row.spot.status.label(.vi)), "\(lines[i])")
            if let alert = row.alert { #expect(lines[i].contains(alert.kind.label(.vi)), "\(lines[i])") }
        }
    }

    @Test("Ctrl-N in a hot spot's record, then Esc (or the form saved): back on that record")
    func backToTheRecord() throws {
        var state = Self.list(width: 80, height: 24, .vi)
        state.press(.down, .enter)
        let id = try #require(state.hotSpots.openID)
        state.press(.control("n"))
        #expect(state.hotSpots.phoneIn != nil)
        state.press(.escape)  // nothing typed: closes without asking
        #expect(state.hotSpots.phoneIn == nil && state.screen == .hotSpots)
        #expect(state.hotSpots.openID == id)
        #expect(state.view().line(2).hasPrefix(" \(id) · "), "\(state.view().text)")

        // Typed, Esc asks, yes: the record again.
        state.press(.control("n"), .tab)
        state.type("Công ty")
        state.press(.escape)
        guard case .confirm = state.overlay else {
            Issue.record("Esc did not ask")
            return
        }
        state.press(.character("c"))
        #expect(state.hotSpots.phoneIn == nil && state.hotSpots.openID == id)

        // Saved: the record it came from.
        state.press(.control("n"))
        state.type("bien hoa")
        state.press(.enter, .tab)
        state.type("Công ty TNHH Giày Hưng Phát")
        state.press(.tab, .tab)
        state.type("Ngừng việc")
        let effects = state.update(.key(.control("s")))
        guard case .save(.newHotSpot)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(state.hotSpots.phoneIn == nil && state.hotSpots.openID == id)
    }

    @Test("Ctrl-N while a hot spot's record is being edited (E): the phone-in over it; Esc, and the edit is there with what was typed")
    func ctrlNKeepsTheEdit() throws {
        var state = Self.list(width: 80, height: 24, .vi)
        state.press(.character("E"))
        let editing = try #require(state.hotSpots.record)
        state.type(" (bổ sung)")
        let typed = try #require(state.hotSpots.record)
        #expect(typed != editing)
        state.press(.control("n"))
        #expect(state.hotSpots.phoneIn != nil)
        #expect(state.view().text.contains(UIText.phoneInTitle(.vi)))
        state.press(.escape)
        #expect(state.hotSpots.phoneIn == nil)
        #expect(state.hotSpots.record == typed, "the edit form and its typing are back")
        #expect(state.hasUnsavedForm)
    }

    @Test("“Sự việc” is several lines: a long account is read whole in the form; pasted lines stay lines there, the next field stays empty, the saved title is one line")
    func longAccount() throws {
        var state = loadedState(width: 80, height: 24)
        state.press(.control("n"))
        state.type("bien hoa")
        state.press(.enter, .tab)
        state.type("Công ty TNHH Giày Hưng Phát")
        state.press(.tab, .tab)
        let account = "Khoảng 850 công nhân ngừng việc tập thể từ 7 giờ sáng, đòi trả lương tháng 10 và tháng 11 còn nợ, tập trung trước cổng công ty"
        state.type(account)
        state.press(.tab)  // unfocused, it still shows the whole account
        let grid = state.view()
        #expect(CutScan.words(grid).contains(account), "\(grid.text)")
        expectGolden(grid, "phone-in-account-80x24")

        state.press(.backTab)
        for _ in account { state.press(.backspace) }
        #expect(state.hotSpots.phoneIn?.text(.title) == "")
        state.press(.paste("Ngừng việc tập thể  \n  đòi trả lương tháng 10\n"))
        var form = try #require(state.hotSpots.phoneIn)
        #expect(form.fields[form.focus].id == .title)
        #expect(form.text(.title).contains("\n"), "a multi-line field keeps the pasted lines")
        #expect(form.text(.workers).isEmpty)
        let effects = state.update(.key(.control("s")))
        guard case .save(.newHotSpot(let spot))? = effects.first else {
            form = state.hotSpots.phoneIn ?? form
            Issue.record("no save: \(effects) \(form.fields.compactMap(\.error))")
            return
        }
        #expect(spot.title == "Ngừng việc tập thể đòi trả lương tháng 10")
        #expect(spot.workersInvolved == nil)
    }

    @Test("an account longer than “Sự việc” shows its start when the focus moves on, its last line ending “…” after a whole word")
    func longerThanTheField() throws {
        var state = loadedState(width: 80, height: 24)
        state.press(.control("n"), .tab, .tab, .tab)
        #expect(state.hotSpots.phoneIn.map { $0.fields[$0.focus].id } == .title)
        let account = "Sáng 24/11 khoảng 850 công nhân ngừng việc tập thể trước cổng công ty, đòi trả lương tháng 10 và tháng 11 "
            + "còn nợ; công ty hứa trả trước ngày 30/11 nhưng người lao động chưa tin, đại diện công đoàn cơ sở đang đối thoại "
            + "với giám đốc, công an xã có mặt giữ trật tự, chưa có va chạm."
        state.type(account)
        let typing = state.view()
        let what = try #require((0..<24).first { typing.line($0).contains(UIText.phoneInWhat(.vi)) })
        // While typed in, the lines around the cursor: the end.
        #expect(!typing.line(what).contains("Sáng 24/11"), "\(typing.text)")
        #expect(typing.line(what + 2).contains("va chạm."), "\(typing.text)")
        state.press(.tab)
        let grid = state.view()
        #expect(grid.line(what).contains("Sự việc *               Sáng 24/11 khoảng 850 công nhân"), "\(grid.text)")
        let last = grid.line(what + 2).trimmingTrailingSpaces()
        #expect(last.hasSuffix("…") && !last.contains("va chạm"), "\(grid.text)")
        let shown = CutScan.words([grid.line(what), grid.line(what + 1), last]).dropFirst("Sự việc * ".count)
        #expect(!WordFit.isCutMidWord(String(shown), of: account), "\(shown)")
    }

    @Test("an acknowledged hot spot is not offered `a`; one not yet acknowledged is")
    func offersOnlyWhatCanBeDone() throws {
        var state = Self.list(width: 120, height: 40, .vi)
        let rows = HotSpotsScreen.rows(state)
        let done = try #require(rows.firstIndex { $0.spot.acknowledgement != nil })
        let pending = try #require(rows.firstIndex { $0.spot.acknowledgement == nil })
        func labels(_ state: AppState) -> [String] { state.focusedSlot.keyDocs(state).map(\.label) }
        for _ in 0..<done { state.press(.down) }
        state.press(.enter)
        #expect(state.hotSpots.openID == rows[done].spot.id)
        #expect(!labels(state).contains("a"))
        #expect(!state.view().line(39).contains("a \(UIText.keyAcknowledge(.vi))"), "\(state.view().line(39))")
        state.press(.escape)
        state.press(.home)
        for _ in 0..<pending { state.press(.down) }
        state.press(.enter)
        #expect(state.hotSpots.openID == rows[pending].spot.id)
        #expect(labels(state).contains("a"))
        #expect(state.view().line(39).contains("a \(UIText.keyAcknowledge(.vi))"), "\(state.view().line(39))")
    }

    @Test("the written-report choice says a number is recorded too, and then asks for it")
    func writtenReportLabel() throws {
        #expect(UIText.writtenNotInInbox.vi.contains("số văn bản") && !UIText.writtenNotInInbox.vi.contains("chỉ"))
        #expect(UIText.writtenNotInInbox.en.contains("number") && !UIText.writtenNotInInbox.en.contains("only"))
        var state = Self.list(width: 80, height: 24, .vi)
        state.press(.enter, .character("w"))
        guard case .picker(let picker, _)? = state.overlay else {
            Issue.record("w did not offer the choices")
            return
        }
        #expect(picker.options.first?.label == UIText.writtenNotInInbox(.vi))
        state.press(.enter)  // the first: received, not in the inbox
        guard case .prompt(let prompt)? = state.overlay else {
            Issue.record("no question for the number: \(String(describing: state.overlay))")
            return
        }
        #expect(prompt.title == UIText.writtenNumberPrompt(.vi))
    }
}
