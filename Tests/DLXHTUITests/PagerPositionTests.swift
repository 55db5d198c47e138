import DLXHDomain
import Testing

@testable import DLXHTUI

/// The counter at the right of the tab line: in the report list it is the selected report's
/// place among the reports shown; with a report open it is the last line on screen of the
/// report's lines, and says "dòng" / "line" so it is not read as a report's place.
@Suite("The open report's line counter")
struct PagerPositionTests {
    /// The demo's longest report, open at `width`×24.
    static func opened(language: Language, width: Int = 80) -> (AppState, Report) {
        var state = loadedState(width: width, language: language)
        let reports = state.inbox.visible.map { state.derived.inbox[$0] }
        let longest = reports.indices.max { reports[$0].items.count < reports[$1].items.count }!
        state.inbox.list.select(longest, count: reports.count)
        state.press(.enter)
        return (state, reports[longest])
    }

    static func tabLine(_ state: AppState) -> String {
        state.view().line(1).trimmingCharacters(in: .whitespaces)
    }

    @Test("the list's counter is the report's place; the open report's names the lines, in both languages", arguments: [Language.vi, .en])
    func labelled(language: Language) throws {
        let word = UIText.pagerPosition(1, 1)(language).components(separatedBy: " ")[0]
        #expect(word == (language == .vi ? "dòng" : "line"))
        var list = loadedState(language: language)
        list.press(.down, .down)
        #expect(Self.tabLine(list).hasSuffix(" 3/\(list.inbox.visible.count)"), "\(Self.tabLine(list))")
        #expect(!Self.tabLine(list).contains(word))

        var (state, report) = Self.opened(language: language)
        let lines = InboxScreen.pagerLines(state, reportID: report.id, width: 78).count
        #expect(lines > state.bodyHeight, "a report longer than the screen")
        #expect(Self.tabLine(state).hasSuffix(" \(word) \(state.bodyHeight)/\(lines)"), "\(Self.tabLine(state))")
        state.press(.pageDown)
        let shown = min(lines, state.inbox.pagerOffset + state.bodyHeight)
        #expect(shown > state.bodyHeight)
        #expect(Self.tabLine(state).hasSuffix(" \(word) \(shown)/\(lines)"), "\(Self.tabLine(state))")
        // The tabs keep their full names beside it at 80 columns.
        #expect(Self.tabLine(state).contains(ScreenID.dashboard.title(language)), "\(Self.tabLine(state))")
    }

    @Test("where the full tab names and the labelled counter do not fit together, the short names give way to it")
    func narrow() throws {
        for width in AppState.minimumWidth...80 {
            let (state, report) = Self.opened(language: .vi, width: width)
            let lines = InboxScreen.pagerLines(state, reportID: report.id, width: width - 2).count
            let tab = Self.tabLine(state)
            #expect(tab.hasSuffix("dòng \(min(lines, state.bodyHeight))/\(lines)"), "\(width): \(tab)")
        }
    }
}
