import Testing

@testable import DLXHDomain

@testable import DLXHTUI

/// The trends panel drawn at 80×24 from the pure core: its prose lines and the names in its
/// table end at a word, or at a word and "…", never inside one.
@Suite("Trends panel at 80 columns")
struct TrendsScreenTests {
    /// The dashboard with the trends panel open on `view` (0 topics, 1 attitudes, 2 streams).
    static func opened(_ state: AppState, view: Int) -> AppState {
        var state = state
        state.press(.character("4"), .character("t"))
        for _ in 0..<view { state.press(.character("v")) }
        return state
    }

    static func lines(_ grid: Grid) -> [String] {
        (0..<grid.height).map { y in
            var line = grid.line(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The line of `grid` that shows the start of `phrase`, without its leading space.
    static func shown(_ phrase: String, in grid: Grid) -> String? {
        let start = String(phrase.prefix(12))
        return lines(grid).first { $0.dropFirst().hasPrefix(start) }.map { String($0.dropFirst()) }
    }

    @Test(
        "heading, rising-fastest line and row names end at a word at 80×24, in both languages",
        arguments: [Language.vi, .en], [false, true])
    func wholeWords(language: Language, demo: Bool) throws {
        let start = demo ? loadedState(language: language) : fixtureState(language: language)
        var checkedRising = false
        for view in 0..<3 {
            let state = Self.opened(start, view: view)
            #expect(state.trends.isOpen)
            let grid = state.view()
            let trends = state.trends
            let month = try #require(trends.month)
            let label = language == .vi ? month.label(language).prefix(1).lowercased() + month.label(language).dropFirst() : month.label(language)
            let heading = TrendsText.heading(TrendsScreen.months, label)(language)
            let headingShown = try #require(Self.shown(heading, in: grid), "\(grid.text)")
            #expect(!WordFit.isCutMidWord(headingShown, of: heading), "\(grid.text)")

            if view == 2, !trends.rising.isEmpty {
                let changes = trends.rising.map { "+\($0.change)" }.joined(separator: ", ")
                let rising = TrendsText.risingFastest(trends.rising.count, changes)(language)
                let risingShown = try #require(Self.shown(rising, in: grid), "\(grid.text)")
                #expect(!WordFit.isCutMidWord(risingShown, of: rising), "cut mid-word: \(risingShown)")
                checkedRising = true
            }

            // Each row's name (a topic, an attitude or a stream's title) whole, or cut at a word with "…".
            let names = trends.rows().map { trends.label($0, state.ctx.configuration, language) }
            var checkedRows = 0
            for line in Self.lines(grid) {
                let text = String(line.dropFirst())
                if names.contains(where: { text.hasPrefix($0 + " ") || text == $0 }) {
                    checkedRows += 1
                } else if let dots = text.firstIndex(of: "…") {
                    let kept = String(text[..<dots])
                    guard let name = names.first(where: { $0.hasPrefix(kept) }) else { continue }
                    #expect(!WordFit.isCutMidWord(kept + "…", of: name), "row name cut mid-word: \(line)")
                    checkedRows += 1
                }
            }
            // The table's rows below its title line, under the heading and the rising-fastest line.
            let visible = state.bodyHeight - 3 - (view == 2 && !trends.rising.isEmpty ? 1 : 0)
            #expect(checkedRows == min(trends.rows().count, visible), "\(grid.text)")
        }
        if demo { #expect(checkedRising, "the demo has streams rising") }
    }

    @Test("a rising-fastest line too long for 80 columns gives up figures at a comma, keeping its words", arguments: [Language.vi, .en])
    func longRisingLine(language: Language) throws {
        var state = Self.opened(loadedState(language: language), view: 2)
        let month = try #require(state.trends.month)
        let months = Trends.window(through: month, months: TrendsScreen.months)
        // Five streams rising by thousands: the figures alone are wider than the room.
        state.trends.rising = (0..<5).map { i in
            MonthlySeries(key: "s\(i)", title: "Luồng \(i)", months: months, counts: Array(repeating: 0, count: months.count - 1) + [123_456 + i])
        }
        let changes = state.trends.rising.map { "+\($0.change)" }.joined(separator: ", ")
        let rising = TrendsText.risingFastest(5, changes)(language)
        #expect(DisplayWidth.of(rising) > 78)
        let grid = state.view()
        let shown = try #require(Self.shown(rising, in: grid), "\(grid.text)")
        #expect(shown.hasSuffix("…") && !WordFit.isCutMidWord(shown, of: rising), "\(shown)")
        #expect(DisplayWidth.of(shown) <= 78)
        #expect(shown.contains(language == .vi ? "so với tháng trước" : "against last month"), "\(shown)")
    }
}

@Suite("Golden screens: trends")
struct TrendsGoldenTests {
    @Test("the streams of opinion over twelve months at 80×24, in both languages", arguments: [Language.vi, .en])
    func streams(language: Language) {
        let state = TrendsScreenTests.opened(fixtureState(language: language), view: 2)
        expectGolden(state.view(), "trends-streams-\(language.rawValue)-80x24")
    }
}
