import DLXHDomain
import Testing

@testable import DLXHTUI

/// Issue 14, items 5 and 8 at 80×24: the query language's one-line hint under `/`, and a picker
/// saying that nothing matches; nothing cut mid-word.
@Suite("Golden screens: the filter's hint and the picker's notice")
struct InputGoldenTests {
    @Test("right after /, the filter line shows the query language in one line, in both languages")
    func filterHint() {
        for language in Language.allCases {
            var state = fixtureState(language: language)
            state.press(.character("/"))
            expectGolden(state.view(), language == .vi ? "filter-hint-80x24" : "filter-hint-en-80x24")
        }
    }

    @Test("Enter on “(không có mục nào khớp)” keeps the picker open and says why")
    func pickerNoMatch() {
        var state = fixtureState()
        state.press(.enter, .character("a"))
        state.type("xyz")
        state.press(.enter)
        expectGolden(state.view(), "picker-nomatch-80x24")
    }
}
