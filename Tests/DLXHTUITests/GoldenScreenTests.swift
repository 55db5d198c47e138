import DLXHDomain
import Testing

@testable import DLXHTUI

/// The pure view, drawn from the small office of `GoldenFixture` and compared with the golden
/// files in Golden/: the text a person would see, and beside it (`.style.txt`) what the colours
/// say, both readable in a diff.
@Suite("Golden screens")
struct GoldenScreenTests {
    @Test("inbox at 80×24 and 120×40, Vietnamese", arguments: [(80, 24), (120, 40)])
    func inbox(size: (Int, Int)) {
        expectGolden(fixtureState(width: size.0, height: size.1).view(), "inbox-\(size.0)x\(size.1)")
    }

    @Test("inbox in English at 80×24")
    func inboxEnglish() {
        expectGolden(fixtureState(language: .en).view(), "inbox-en-80x24")
    }

    @Test("each screen at 80×24 and 120×40", arguments: [ScreenID.entry, .hotSpots, .dashboard])
    func screens(screen: ScreenID) {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = fixtureState(width: w, height: h)
            state.press(.character(Character("\(screen.rawValue)")))
            expectGolden(state.view(), "screen\(screen.rawValue)-\(w)x\(h)")
        }
    }

    @Test("help overlay on the inbox")
    func help() {
        var state = fixtureState()
        state.press(.character("?"))
        expectGolden(state.view(), "help-inbox-80x24")
    }

    @Test("a report open in the pager, at 120×40")
    func pager() {
        var state = fixtureState(width: 120, height: 40)
        state.press(.down, .enter)
        expectGolden(state.view(), "pager-120x40")
    }

    @Test("the live filter narrows the list and marks the matches")
    func filter() {
        var state = fixtureState()
        state.press(.character("/"))
        state.type("tien luong")
        expectGolden(state.view(), "inbox-filter-80x24")
    }

    @Test("too small a window shows a notice instead")
    func tooSmall() {
        expectGolden(fixtureState(width: 50, height: 14).view(), "too-small-50x14")
    }
}

/// The inbox's review and classification screens.
@Suite("Golden screens: classifying in the inbox")
struct ClassifyGoldenTests {
    /// The first report with at least three items, opened.
    func openedReport(width: Int = 80, height: Int = 24) -> AppState {
        var state = fixtureState(width: width, height: height)
        let position = state.inbox.visible.firstIndex { state.derived.inbox[$0].items.count >= 3 }!
        state.inbox.list.select(position, count: state.inbox.visible.count)
        state.press(.enter)
        return state
    }

    @Test("a report open with its second item selected")
    func reportView() {
        var state = openedReport()
        state.press(.down)
        expectGolden(state.view(), "report-item2-80x24")
    }

    @Test("the attitude picker over the report")
    func attitudePicker() {
        var state = openedReport()
        state.press(.character("a"))
        expectGolden(state.view(), "picker-attitude-80x24")
    }

    @Test("the step picker, then the note for step 3")
    func stepNote() {
        var state = openedReport(width: 120, height: 40)
        state.press(.character("s"))
        expectGolden(state.view(), "picker-step-120x40")
        state.press(.down, .down, .enter)
        expectGolden(state.view(), "prompt-step3-120x40")
    }

    @Test("the note offered at each step change, at 80×24: its title whole in both languages")
    func stepNotesAt80() {
        for language in [Language.vi, .en] {
            for step in 1...4 {
                var state = fixtureState(language: language)
                let position = state.inbox.visible.firstIndex { state.derived.inbox[$0].items.count >= 3 }!
                state.inbox.list.select(position, count: state.inbox.visible.count)
                state.press(.enter, .character("s"))
                state.type(String(step))
                state.press(.enter)
                let grid = state.view()
                #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
                if step == 2 { expectGolden(grid, "prompt-step2-80x24-\(language.rawValue)") }
            }
        }
    }

    @Test("tagged reports in the list")
    func taggedList() {
        var state = fixtureState()
        state.press(.character("t"), .character("t"), .down, .character("t"))
        expectGolden(state.view(), "inbox-tagged-80x24")
    }
}

/// Entry, hot spots, the dashboard and the report preview.
@Suite("Golden screens: entry, hot spots, submissions")
struct ScreenGoldenTests {
    @Test("Ctrl-S on an empty report form shows the errors under their fields; the cursor stays, Ctrl-G goes to each")
    func entryErrors() {
        var state = fixtureState()
        state.press(.character("2"), .character("n"))
        state.press(.tab, .tab, .tab, .tab)  // to the received date
        state.press(.control("u"))
        state.type("31/02/2026")
        state.press(.control("s"))
        #expect(state.entry.form?.focus == 4)
        expectGolden(state.view(), "entry-errors-80x24")
        state.press(.control("g"), .control("g"))  // the next error (tick box), then round to the unit
        #expect(state.entry.form?.focus == 0)
    }

    @Test("the hot-spot panel at 100×30, most urgent first")
    func hotSpotPanel() {
        var state = fixtureState(width: 100, height: 30)
        state.press(.character("3"))
        expectGolden(state.view(), "hotspots-100x30")
    }

    @Test("a hot spot's record with its obligations and timeline, at 100×40")
    func hotSpotRecord() {
        var state = fixtureState(width: 100, height: 40)
        state.press(.character("3"), .enter)
        expectGolden(state.view(), "hotspot-record-100x40")
    }

    @Test("the phone-in form with its errors")
    func phoneInErrors() {
        var state = fixtureState()
        state.press(.character("3"), .character("N"), .control("s"))
        expectGolden(state.view(), "phone-in-errors-80x24")
    }

    @Test("the 12-month matrix with rates, at 120×40")
    func matrix() {
        var state = fixtureState(width: 120, height: 40)
        state.press(.character("4"))
        expectGolden(state.view(), "dashboard-matrix-120x40")
    }

    @Test("this period's owing list with contacts, at 100×30")
    func owing() {
        var state = fixtureState(width: 100, height: 30)
        state.press(.character("4"), .character("v"))
        expectGolden(state.view(), "dashboard-owing-100x30")
    }

    @Test("the reminder letter read before it is written, at 80×24 in both languages and at 60×16: nothing cut")
    func reminderPreview() {
        for language in [Language.vi, .en] {
            var state = fixtureState(language: language)
            state.press(.character("4"), .character("m"))
            let grid = state.view()
            #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
            expectGolden(grid, "reminder-preview-80x24-\(language.rawValue)")
        }
        var small = fixtureState(width: 60, height: 16)
        small.press(.character("4"), .character("m"))
        let grid = small.view()
        #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
        #expect(grid.text.contains("w ghi ra tệp"), "\(grid.text)")
    }

    @Test("the consolidated report preview")
    func preview() {
        var state = fixtureState(width: 100, height: 30)
        state.press(.character("R"))
        expectGolden(state.view(), "report-preview-100x30")
    }

    @Test("a store that cannot be read again: the error on the message line, the stale mark on the tab line")
    func stale() {
        var state = fixtureState()
        _ = state.update(.stale(Localized(vi: "⚠ Không đọc lại được kho dữ liệu: tệp roster.json bị hỏng", en: "⚠ roster.json is damaged")))
        expectGolden(state.view(), "stale-80x24")
    }
}
