import DLXHDomain
import Testing

@testable import DLXHTUI

/// Issue 14, item 5: the pickers.
@Suite("Pickers: arrows move, letters filter, the best match first")
struct PickerBehaviourTests {
    static var attitudes: [Picker.Option] {
        Configuration.defaultAttitudes.map { Picker.Option(id: $0.id, label: $0.label(.vi)) }
    }

    static func picker(selected: String? = nil) -> Picker { Picker(title: "Thái độ", options: attitudes, selectedID: selected) }

    static func typed(_ text: String, selected: String? = nil) -> Picker {
        var picker = picker(selected: selected)
        for c in text { _ = picker.handle(.character(c)) }
        return picker
    }

    @Test("j and k are letters of the filter; only ↑/↓ and Ctrl-P/Ctrl-N move")
    func lettersFilter() {
        var picker = Self.picker()
        #expect(picker.handle(.character("j")) == .none)
        #expect(picker.query.text == "j")
        #expect(picker.handle(.backspace) == .none)
        _ = picker.handle(.character("k"))
        #expect(picker.query.text == "k")
        _ = picker.handle(.backspace)
        _ = picker.handle(.down)
        _ = picker.handle(.control("n"))
        #expect(picker.list.selected == 2)
        _ = picker.handle(.control("p"))
        #expect(picker.selected?.id == "agree")
    }

    @Test("“phan” picks “Phản đối” (same letters, another tone), “phấn” picks “Phấn khởi”, “phản” “Phản đối”")
    func diacriticsRank() {
        #expect(Self.typed("phan").selected?.id == "opposed")
        #expect(Self.typed("PHAN").selected?.id == "opposed")
        #expect(Self.typed("phấn").selected?.id == "pleased")
        #expect(Self.typed("phản").selected?.id == "opposed")
        // Both still offered: accents are never required.
        #expect(Set(Self.typed("phan").matches.map(\.id)) == ["opposed", "pleased"])
        #expect(Self.typed("phan").matches.map(\.id) == ["opposed", "pleased"])
        #expect(Self.typed("phấn").matches.map(\.id) == ["pleased", "opposed"])
    }

    @Test("a prefix beats a word inside the label, which beats a substring; the list's order breaks ties")
    func matchRank() {
        let options = ["Lương thấp", "Nợ lương", "Tiền lương, thưởng", "Không lương"].enumerated().map {
            Picker.Option(id: "\($0.offset)", label: $0.element)
        }
        var picker = Picker(title: "Chủ đề", options: options)
        picker.type("luong")
        #expect(picker.matches.map(\.label) == ["Lương thấp", "Nợ lương", "Tiền lương, thưởng", "Không lương"])
        picker.type(" t")
        #expect(picker.matches.map(\.label) == ["Lương thấp", "Tiền lương, thưởng"])
    }

    @Test("editing the filter keeps the highlighted choice while it still matches; Backspace does not move it")
    func keepsHighlight() {
        var picker = Self.typed("phan")
        #expect(picker.selected?.id == "opposed")
        _ = picker.handle(.down)
        #expect(picker.selected?.id == "pleased")
        _ = picker.handle(.backspace)  // "pha": still matches, still highlighted
        #expect(picker.selected?.id == "pleased")
        _ = picker.handle(.character("n"))
        #expect(picker.selected?.id == "pleased")
        for c in " do" { _ = picker.handle(.character(c)) }  // "phan do": only "Phản đối" matches now
        #expect(picker.selected?.id == "opposed")
    }

    @Test("the current value stays highlighted while it matches, unless the diacritics typed say otherwise")
    func currentValue() {
        #expect(Self.typed("phan", selected: "pleased").selected?.id == "pleased")
        #expect(Self.typed("phản", selected: "pleased").selected?.id == "opposed")
        #expect(Self.typed("b", selected: "pleased").selected?.id == "worried")
    }

    @Test("Enter on “(không có mục nào khớp)” says so and stays open; a letter clears the notice")
    func enterOnNoMatch() throws {
        var picker = Self.typed("xyz")
        #expect(picker.matches.isEmpty)
        #expect(picker.handle(.enter) == .none)
        #expect(picker.notice == UIText.noMatchToChoose)
        var grid = Grid(width: 80, height: 24)
        picker.render(into: &grid, area: Rect(x: 0, y: 2, width: 80, height: 20), language: .vi)
        #expect(grid.text.contains("(không có mục nào khớp)"))
        #expect(grid.text.contains("Không có mục nào khớp:"))
        _ = picker.handle(.backspace)
        #expect(picker.notice == nil)

        var state = ClassifyGoldenTests().openedReport()
        state.press(.character("a"))
        state.type("xyz")
        state.press(.enter)
        guard case .picker(let open, _) = state.overlay else {
            Issue.record("Enter on no match closed the picker")
            return
        }
        #expect(open.notice != nil)
        #expect(state.view().text.contains("Không có mục nào khớp:"))
    }
}

/// Issue 14, item 8: the search's language.
@Suite("Search: or, not, phrases, field terms")
struct SearchLanguageTests {
    typealias C = ReportQuery.Condition

    static func phrase(_ p: String, not: Bool = false) -> C { C(kind: .phrase(p), negated: not) }

    @Test("| is or and binds tighter than and; - leaves out; quotes keep commas and bars in a phrase")
    func parse() {
        #expect(ReportQuery("tien luong | BHXH").clauses == [[Self.phrase("tien luong"), Self.phrase("bhxh")]])
        #expect(ReportQuery("tiền lương|bhxh").clauses == [[Self.phrase("tien luong"), Self.phrase("bhxh")]])
        let period = ReportQuery("kỳ:2026-10 tien luong | bhxh")
        #expect(period.clauses.count == 2)
        #expect(period.clauses[1] == [Self.phrase("tien luong"), Self.phrase("bhxh")])
        #expect(ReportQuery("đồng nai, tien luong | bhxh").clauses == [[Self.phrase("dong nai")], [Self.phrase("tien luong"), Self.phrase("bhxh")]])
        #expect(ReportQuery("bhxh -tin đồn").clauses == [[Self.phrase("bhxh")], [Self.phrase("tin don", not: true)]])
        #expect(ReportQuery("\"bhxh, bhyt | x\" no").clauses == [[Self.phrase("bhxh, bhyt | x")], [Self.phrase("no")]])
        let terms = ReportQuery("-bước:1 đơn vị:bien-hoa|đơn vị:long-thanh")
        #expect(terms.clauses.count == 2)
        #expect(terms.clauses[0] == [C(kind: .term(.init(field: .step, value: "1")), negated: true)])
        #expect(terms.clauses[1].map(\.kind) == [.term(.init(field: .unit, value: "bien-hoa")), .term(.init(field: .unit, value: "long-thanh"))])
        // A hyphen inside a word is a hyphen.
        #expect(ReportQuery("ngày 2026-10").clauses == [[Self.phrase("ngay 2026-10")]])
        #expect(ReportQuery("bhxh -tin don").words == ["bhxh"])
    }

    @Test("a field named in words takes several words, to the next comma or bar; period, step and archived take one")
    func multiWordValues() {
        let either = ReportQuery("unit:bien hoa | đơn vị:long  binh")
        #expect(either.clauses.map { $0.map(\.kind) } == [[.term(.init(field: .unit, value: "bien hoa")), .term(.init(field: .unit, value: "long binh"))]])
        let mixed = ReportQuery("chủ đề:tien luong, thái độ:buc xuc -tính chất:tin đồn kỳ:2026-10 bhxh")
        #expect(mixed.terms.map(\.value) == ["tien luong", "buc xuc", "tin don", "2026-10"])
        #expect(mixed.words == ["bhxh"])
        #expect(ReportQuery("bước:2 tien luong").words == ["tien luong"])
        // In the inbox: either unit is the union of each alone, not fewer than either.
        let bienHoa = Self.ids("đơn vị:bien hoa"), longBinh = Self.ids("đơn vị:long binh")
        #expect(!bienHoa.isEmpty && !longBinh.isEmpty)
        #expect(Self.ids("đơn vị:bien hoa | đơn vị:long binh") == bienHoa.union(longBinh))
    }

    static func ids(_ query: String) -> Set<String> {
        var state = loadedState()
        state.press(.character("/"))
        state.type(query)
        state.press(.enter)
        return Set(state.inbox.visible.map { state.derived.inbox[$0].id })
    }

    @Test("“tien luong | BHXH” finds the reports with either, “tien luong, BHXH” those with both")
    func orAndAnd() {
        let wages = Self.ids("tien luong")
        let insurance = Self.ids("BHXH")
        #expect(!wages.isEmpty && !insurance.isEmpty && wages != insurance)
        let either = Self.ids("tien luong | BHXH")
        #expect(either == wages.union(insurance))
        #expect(either.count > max(wages.count, insurance.count))
        #expect(Self.ids("tien luong, BHXH") == wages.intersection(insurance))
        // Diacritics and đ/d do not matter on either side of the bar.
        #expect(Self.ids("tiền lương | bhxh") == either)
    }

    @Test("-phrase leaves out the reports that have it; a field term can be left out too")
    func not() {
        let insurance = Self.ids("bhxh")
        let both = Self.ids("bhxh, tien luong")
        #expect(!both.isEmpty)
        #expect(Self.ids("bhxh -tien luong") == insurance.subtracting(both))
        let all = Self.ids("")
        let stepOne = Self.ids("bước:1")
        #expect(!stepOne.isEmpty && stepOne != all)
        #expect(Self.ids("-bước:1") == all.subtracting(stepOne))
    }

    @Test("T in a report tags the items that have either phrase of an or")
    func tagEither() throws {
        var state = loadedState()
        state.press(.character("/"))
        state.type("tien luong | bhxh")
        state.press(.enter)
        let index = try #require(state.inbox.visible.firstIndex { i in
            let items = state.derived.inbox[i].items
            return items.contains { SearchText.itemMatches($0, words: ["tien luong"]) } && items.contains { SearchText.itemMatches($0, words: ["bhxh"]) }
                && items.contains { !SearchText.itemMatches($0, words: ["tien luong"]) && !SearchText.itemMatches($0, words: ["bhxh"]) }
        })
        state.inbox.list.select(index, count: state.inbox.visible.count)
        state.press(.enter, .character("T"))
        let report = try #require(InboxScreen.openReport(state))
        let expected = report.items.filter { SearchText.itemMatches($0, words: ["tien luong"]) || SearchText.itemMatches($0, words: ["bhxh"]) }
        #expect(expected.count < report.items.count)
        #expect(state.inbox.taggedItems == Set(expected.map { ItemReference(reportID: report.id, itemID: $0.id) }))
    }

    @Test("/ shows the query language in one line; ? lists it; both languages")
    func documented() {
        for language in Language.allCases {
            var state = loadedState(language: language)
            state.press(.character("/"))
            let line = state.view().text.split(separator: "\n").suffix(2).first.map(String.init) ?? ""
            #expect(line.contains(language == .vi ? "hoặc: a | b" : "or: a | b"), "\(line)")
            #expect(line.contains(language == .vi ? "đơn vị: kỳ: bước:" : "unit: period: step:"), "\(line)")
            state.press(.function(1))
            let help = state.view().text
            #expect(help.contains("a | b") && help.contains("-a"), "\(help)")
            state.press(.escape)
            state.type("x")
            #expect(!state.view().text.contains("a | b"))
        }
    }

    @Test("a long filter shows the part around the cursor, with … where the text goes on")
    func longFilter() {
        var field = TextField("đơn vị:bien-hoa kỳ:2026-10 tien luong | bhxh -tin don | chậm trả lương")
        let (end, endColumn) = field.visible(width: 30)
        #expect(end.hasPrefix("…") && end.hasSuffix("chậm trả lương"))
        #expect(endColumn == 29)
        for _ in 0..<40 { _ = field.handle(.left) }
        let (middle, column) = field.visible(width: 30)
        #expect(DisplayWidth.of(middle) <= 30)
        #expect(middle.hasPrefix("…") && middle.hasSuffix("…"), "\(middle)")
        // The cursor is inside, with the text after it in view (every letter here is one column).
        #expect(Array(middle)[column] == Array(field.text)[field.cursor])
        #expect(column < 30 - 5, "the text right after the cursor shows: \(middle) @\(column)")
        for _ in 0..<100 { _ = field.handle(.left) }
        let (start, startColumn) = field.visible(width: 30)
        #expect(startColumn == 0 && start.hasPrefix("đơn vị") && start.hasSuffix("…"))
    }
}
