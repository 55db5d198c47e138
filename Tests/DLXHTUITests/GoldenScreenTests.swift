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
