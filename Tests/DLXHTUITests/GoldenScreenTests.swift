import DLXHDomain
import Testing

@testable import DLXHTUI

/// The pure view, drawn into text at 80×24 and 120×40 and compared with the golden files in
/// Golden/: what a person would see, readable in a diff.
@Suite("Golden screens")
struct GoldenScreenTests {
    @Test("inbox at 80×24, Vietnamese", arguments: [(80, 24), (120, 40)])
    func inbox(size: (Int, Int)) {
        expectGolden(loadedState(width: size.0, height: size.1).view(), "inbox-\(size.0)x\(size.1)")
    }

    @Test("inbox in English at 80×24")
    func inboxEnglish() {
        expectGolden(loadedState(language: .en).view(), "inbox-en-80x24")
    }

    @Test("each screen at 80×24 and 120×40", arguments: [ScreenID.entry, .hotSpots, .dashboard])
    func screens(screen: ScreenID) {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = loadedState(width: w, height: h)
            state.press(.character(Character("\(screen.rawValue)")))
            expectGolden(state.view(), "screen\(screen.rawValue)-\(w)x\(h)")
        }
    }

    @Test("help overlay on the inbox")
    func help() {
        var state = loadedState()
        state.press(.character("?"))
        expectGolden(state.view(), "help-inbox-80x24")
    }

    @Test("a report open in the pager, at 120×40")
    func pager() {
        var state = loadedState(width: 120, height: 40)
        state.press(.down, .down, .down, .enter)
        expectGolden(state.view(), "pager-120x40")
    }

    @Test("the live filter narrows the list and marks the matches")
    func filter() {
        var state = loadedState()
        state.press(.character("/"))
        state.type("tien luong")
        expectGolden(state.view(), "inbox-filter-80x24")
    }

    @Test("too small a window shows a notice instead")
    func tooSmall() {
        expectGolden(loadedState(width: 50, height: 14).view(), "too-small-50x14")
    }
}

/// The inbox's review and classification screens.
@Suite("Golden screens: classifying in the inbox")
struct ClassifyGoldenTests {
    /// The first report with at least three items, opened.
    func openedReport(width: Int = 80, height: Int = 24) -> AppState {
        var state = loadedState(width: width, height: height)
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

    @Test("tagged reports in the list")
    func taggedList() {
        var state = loadedState()
        state.press(.character("t"), .character("t"), .down, .character("t"))
        expectGolden(state.view(), "inbox-tagged-80x24")
    }
}
