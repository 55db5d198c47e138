import DLXHDomain
import Testing

@testable import DLXHTUI

/// Issue 14, item 10: English counts agree with their nouns; no abbreviations a new person
/// would have to guess.
@Suite("Words: plurals and plain labels")
struct WordsTests {
    @Test("one rule for English counts")
    func englishCount() {
        #expect(English.count(1, "item") == "1 item")
        #expect(English.count(0, "item") == "0 items")
        #expect(English.count(2, "opinion item") == "2 opinion items")
        #expect(English.count(3, "child", "children") == "3 children")
    }

    @Test("phrases with a count of one read in the singular")
    func singular() {
        let ones = [
            UndoText.ofItems(UIText.topic, 1), UndoText.counted(Localized(vi: "thay đổi", en: "change to"), 1, UndoText.report), UIText.savedItems(1), UIText.savedReports(1), UIText.applyTitle(1, 1),
            UIText.overdueOnStart(1, key: "3"), GuidanceUI.formTitle(1), GuidanceUI.overdueDays(1), GuidanceUI.overdueOnStart(1),
            GuidanceUI.bothOnStart(1, 1), GuidanceUI.relayed("G-2026-001", 1), TrendsText.colMonths(1),
        ]
        for phrase in ones {
            let en = phrase.en
            #expect(en.firstMatch(of: /\b1 (items|reports|units|days|months|alerts|hot-spot alerts|opinion items|acknowledgements)\b/) == nil, "\(en)")
            #expect(!en.contains("(s)"), "\(en)")
        }
        #expect(UIText.applyTitle(3, 0).en == "Apply to 3 items")
        #expect(UIText.applyTitle(1, 2).vi == "Áp dụng cho 1 ý kiến và 2 báo cáo")
    }

    @Test("alert labels say what is owed in plain words in both languages")
    func plainAlertLabels() {
        for kind in [HotSpotAlert.Kind.acknowledge, .writtenReport, .escalateProvincialParty, .escalateConfederation, .staleUpdate] {
            for l in Language.allCases {
                for label in [kind.label(l), kind.shortLabel(l), kind.tinyLabel(l)] {
                    #expect(!label.contains("."), "\(label): an abbreviation")
                }
            }
        }
    }
}
