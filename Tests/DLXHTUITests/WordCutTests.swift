import DLXHDomain
import DLXHReport
import Testing

@testable import DLXHTUI

/// What a screen shows of titles, messages, help and hints: a word is never cut in two.
enum CutScan {
    /// Places in a drawn screen where a word is cut: a frame's title running into its edge
    /// ("0 b─┐"), text running into a box's right side, or "…" straight after a letter inside a
    /// box or on the message and status lines (help entries, dialog titles, hints, messages are
    /// wrapped or laid out so they are never shortened at 80 columns).
    static func problems(in grid: Grid) -> [String] {
        var found: [String] = []
        let rows = (0..<grid.height).map { grid.line($0) }
        for (y, row) in rows.enumerated() {
            let characters = Array(row)
            for (x, character) in characters.enumerated() where x > 0 {
                let before = characters[x - 1]
                let isWord = before.isLetter || before.isNumber
                if isWord && (character == "─" || character == "┐") { found.append("row \(y): a title runs into its frame: \(row)") }
                // A right side: a box's left side is earlier on the row.
                if isWord && character == "│" && characters[..<(x - 1)].contains("│") { found.append("row \(y): text runs into a box's side: \(row)") }
                if isWord && character == "…" && (insideBox(characters, x) || y >= grid.height - 2) {
                    found.append("row \(y): a word cut with …: \(row)")
                }
            }
        }
        return found
    }

    /// Whether column `x` of a row lies between two sides of a box.
    static func insideBox(_ row: [Character], _ x: Int) -> Bool {
        row[..<x].contains("│") && row[(x + 1)...].contains("│")
    }

    /// The screen as one string of words: lines joined with spaces, box sides and runs of spaces
    /// removed, so a phrase wrapped over lines reads as one.
    static func words(_ grid: Grid) -> String { words((0..<grid.height).map { grid.line($0) }) }

    static func words(_ lines: [String]) -> String {
        lines.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

@Suite("80 columns: nothing cut mid-word")
struct WordCutTests {
    // MARK: The shared helper

    @Test("WordFit.cut keeps whole words and says it shortened with …")
    func cutAtWords() {
        #expect(WordFit.cut("Áp dụng cho 3 ý kiến, 0 báo cáo", 40) == "Áp dụng cho 3 ý kiến, 0 báo cáo")
        #expect(WordFit.cut("Áp dụng cho 3 ý kiến, 0 báo cáo", 24) == "Áp dụng cho 3 ý kiến, 0…")
        #expect(WordFit.cut("Áp dụng cho 3 ý kiến, 0 báo cáo", 20) == "Áp dụng cho 3 ý…")
        // One word longer than the room: the only case cut inside a word.
        #expect(WordFit.cut("Nghịêm-trọng-quá", 6) == "Nghịê…" || WordFit.cut("Nghịêm-trọng-quá", 6).hasSuffix("…"))
        // Wide characters count two columns; a grapheme is never split.
        let wide = WordFit.cut("工会 报告 很长的标题", 9)
        #expect(DisplayWidth.of(wide) <= 9 && wide == "工会…")
        #expect(WordFit.cut("工会 报告 很长的标题", 10) == "工会 报告…")
        let decomposed = "Tie\u{0302}\u{0300}n lu\u{031B}o\u{031B}ng tha\u{0301}ng"  // NFD: marks after the letters
        let cut = WordFit.cut(decomposed, 12)
        #expect(DisplayWidth.of(cut) <= 12 && !WordFit.isCutMidWord(cut, of: decomposed))
    }

    @Test("a long message keeps a path's file name whole and shortens its folders; else whole words")
    func messages() {
        let path = "/tmp/dlxh-e2e-DCA9B547-654B-4DED-9726-5F14931532B6/nhac-nop-bao-cao-2026-11.txt"
        let said = "Đã ghi tệp \(path)."
        #expect(WordFit.message(said, 200) == said)
        let shown = WordFit.message(said, 78)
        #expect(DisplayWidth.of(shown) == 78, "\(shown)")
        #expect(shown.hasPrefix("Đã ghi tệp /tmp/dlxh-e2e-") && shown.hasSuffix("…/nhac-nop-bao-cao-2026-11.txt."), "\(shown)")
        // No path, or no room for one: cut at a word boundary.
        let plain = String(repeating: "báo cáo chưa nộp ", count: 8)
        #expect(!WordFit.isCutMidWord(WordFit.message(plain, 40), of: plain))
        let tight = WordFit.message(said, 20)
        #expect(DisplayWidth.of(tight) <= 20 && !WordFit.isCutMidWord(tight, of: said), "\(tight)")
    }

    @Test("a prompt whose title is too long for its frame (a long unit name) writes it whole inside, month included")
    func longPromptTitle() {
        var state = loadedState()
        state.press(.character("4"))
        let units = state.dashboard.matrixUnits(state.context())
        let longest = units.indices.max { units[$0].name.count < units[$1].name.count }!
        state.dashboard.unitRow.select(longest, count: units.count)
        // Its report for the month left out, so that there is something to exempt.
        state.dataset?.reports.removeAll { $0.unitID == units[longest].id && $0.period == .month(2026, 11) }
        state.press(.character("x"))
        let grid = state.view()
        #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
        let text = grid.text.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(text.contains("Lý do miễn nộp cho \(units[longest].name), Tháng 11/2026"), "\(grid.text)")
        state.type("Đang sáp nhập")
        #expect(state.view().text.contains("Đang sáp nhập"))
    }

    @Test("a unit's name in a narrow column keeps the words that tell it apart, whole")
    func unitNames() {
        #expect(ShortName.unitForms("Công đoàn các Khu công nghiệp Nhơn Trạch") == [
            "Công đoàn các Khu công nghiệp Nhơn Trạch", "Khu công nghiệp Nhơn Trạch", "KCN Nhơn Trạch",
        ])
        #expect(ShortName.unitShortForms("Công đoàn ngành Nông nghiệp và Môi trường").contains("NN&MT"))
        let longKhanh = ShortName.unit("Công đoàn phường Long Khánh", fitting: 14)
        let longBinh = ShortName.unit("Công đoàn phường Long Bình", fitting: 14)
        #expect(longKhanh == "P. Long Khánh" && longBinh == "P. Long Bình")
        for width in [8, 12, 16, 20] {
            for name in ["Công đoàn Tổng Công ty Công nghiệp Thực phẩm Đồng Nai", "LĐLĐ huyện Thống Nhất", "Công đoàn xã Đại Phước"] {
                let shown = ShortName.unit(name, fitting: width)
                #expect(DisplayWidth.of(shown) <= width, "\(shown)")
                let forms = ShortName.unitShortForms(name)
                #expect(forms.contains(shown) || !WordFit.isCutMidWord(shown, of: forms.last!), "\(shown) at \(width)")
            }
        }
    }

    @Test("at 60 columns the tabs take their short names, whole")
    func shortTabs() {
        var state = loadedState(width: 60, height: 16)
        let line = state.view().line(1)
        #expect(line.contains("1 Hộp thư") && line.contains("4 Nộp BC") && !line.contains("Tình hình nộ"), "\(line)")
        state = loadedState(width: 80, height: 24)
        #expect(state.view().line(1).contains("4 Tình hình nộp"))
    }

    @Test("WordFit.wrap breaks at spaces; isCutMidWord tells a boundary from a cut")
    func wrapAndCheck() {
        let lines = WordFit.wrap("✗ chưa có ý kiến nào: thêm ý kiến, ghi tóm tắt, hoặc đánh dấu Không phát sinh", 30)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(lines.joined(separator: " ") == "✗ chưa có ý kiến nào: thêm ý kiến, ghi tóm tắt, hoặc đánh dấu Không phát sinh")
        #expect(WordFit.isCutMidWord("Sắp xếp: ngày nhận,…", of: "Sắp xếp: ngày nhận, đơn vị, kỳ, bước") == false)
        #expect(WordFit.isCutMidWord("Tạm dừng (fg để tiế…", of: "Tạm dừng (fg để tiếp tục)") == true)
        #expect(WordFit.isCutMidWord("Ctrl-S lưu bá", of: "Ctrl-S lưu báo cáo") == true)
    }

    @Test("a hint line drops whole hints, never half of one")
    func hintLine() {
        let line = KeyHints.line(FormKeys.docs, .vi, width: 30)
        #expect(DisplayWidth.of(line) <= 30)
        let all = FormKeys.docs.compactMap { $0.hint(.vi) }
        for part in line.components(separatedBy: " · ") { #expect(all.contains(part), "\(part) is not a whole hint") }
    }

    // MARK: Every screen and overlay at 80×24

    /// Every situation the key-map test builds, at 80×24, with its help open at every scroll
    /// position; and the states of issue 14's complaints.
    static var states: [(String, AppState)] {
        var all: [(String, AppState)] = []
        for situation in BindingCoverageTests.situations {
            var state = situation.state
            _ = state.update(.resize(width: 80, height: 24))
            all.append((situation.name, state))
        }
        var tagged = fixtureState()
        tagged.press(.character("t"), .down, .character("t"), .character("A"))
        all.append(("apply to tagged", tagged))
        var english = fixtureState(language: .en)
        english.press(.character("t"), .down, .character("t"), .character("A"))
        all.append(("apply to tagged, English", english))
        var entryErrors = fixtureState()
        entryErrors.press(.character("2"), .character("n"), .control("s"))
        all.append(("entry errors", entryErrors))
        var phoneIn = fixtureState()
        phoneIn.press(.character("3"), .character("N"), .control("s"))
        all.append(("phone-in errors", phoneIn))
        var contacts = loadedState()
        contacts.press(.character("4"), .character("v"), .character("i"))
        all.append(("owing contacts", contacts))
        for language in Language.allCases {
            for tab in ["1", "2", "3", "4"] {
                var state = loadedState(language: language)
                state.press(.character(Character(tab)))
                all.append(("tab \(tab) \(language)", state))
            }
        }
        return all
    }

    @Test("no title, message, help entry or hint is cut mid-word on any screen or overlay at 80×24")
    func scanEveryState() {
        var scanned = 0
        for (name, state) in Self.states {
            let problems = CutScan.problems(in: state.view())
            #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))\n\(state.view().text)")
            scanned += 1
            // The same place with its help open, scrolled through to the end.
            var help = state
            help.overlay = .help
            help.overlayScroll = 0
            var seen = Set<Int>()
            while !seen.contains(help.overlayScroll) {
                seen.insert(help.overlayScroll)
                let problems = CutScan.problems(in: help.view())
                #expect(problems.isEmpty, "\(name), help:\n\(problems.joined(separator: "\n"))\n\(help.view().text)")
                help.press(.pageDown)
                scanned += 1
            }
        }
        #expect(scanned > 60)
    }

    @Test("form errors show whole under their fields", arguments: Language.allCases)
    func formErrorsWhole(language: Language) {
        var state = fixtureState(language: language)
        state.press(.character("2"), .character("n"), .control("s"))
        let errors = state.entry.form!.fields.compactMap(\.error)
        #expect(errors.count >= 2)
        let screen = CutScan.words(state.view())
        for error in errors { #expect(screen.contains("✗ " + error), "\(error) not whole in:\n\(state.view().text)") }
    }

    @Test("the help overlay scrolls: at 60×16 every key of every screen can be reached and reads whole")
    func helpReachesEveryKey() {
        for situation in BindingCoverageTests.situations {
            var state = situation.state
            _ = state.update(.resize(width: 60, height: 16))
            state.overlay = .help
            state.overlayScroll = 0
            var pages: [String] = []
            var last = -1
            while state.overlayScroll != last {
                last = state.overlayScroll
                let grid = state.view()
                pages.append(contentsOf: (0..<grid.height).map { grid.line($0) })
                state.press(.down)
            }
            let text = CutScan.words(pages)
            for doc in state.helpSections.flatMap(\.1) {
                let help = doc.shown(.vi)
                #expect(text.contains(help), "\(situation.name): \(doc.label) “\(help)” cannot be read in the help at 60×16")
                #expect(text.contains(doc.label), "\(situation.name): \(doc.label) cannot be reached in the help at 60×16")
            }
            // Esc closes it wherever it is scrolled.
            state.press(.escape)
            #expect(state.overlay == nil && state.overlayScroll == 0)
        }
    }

    @Test("the hot-spot alert column says how late and what is owed, in whole words, at 80 and 120 columns")
    func alertColumn() {
        for width in [80, 120] {
            var state = loadedState(width: width, height: 30)
            state.press(.character("3"))
            let screen = state.view()
            // The alert cells: from "✗ quá hạn" or "còn" to the end of the row.
            let alerts = (3..<screen.height - 2).map { screen.line($0) }.compactMap { line -> String? in
                guard let start = line.firstRange(of: "✗ quá hạn") ?? line.firstRange(of: "còn ") else { return nil }
                return String(line[start.lowerBound...]).trimmingTrailingSpaces()
            }
            #expect(alerts.count >= 3)
            for alert in alerts {
                #expect(!alert.contains("…"), "\(width): \(alert)")
                #expect(alert.contains(" · "), "\(width): the alert names what is owed: \(alert)")
            }
        }
    }

    @Test("the owing list shows contacts in whole words; i shows a unit's contacts in full")
    func owingContacts() {
        var state = loadedState()
        state.press(.character("4"), .character("v"))
        let unit = DashboardScreen.selectedUnit(state)!
        let row = state.view().line(5)
        let person = unit.contactPerson.components(separatedBy: " – ")[0]
        #expect(row.contains(person) || row.contains(person.replacingOccurrences(of: "Đ/c ", with: "")), "\(row)")
        #expect(!row.contains("…"), "\(row)")
        state.press(.character("i"))
        guard case .lines(let title, let lines)? = state.overlay else {
            Issue.record("i opened no contacts")
            return
        }
        #expect(title.contains(unit.name))
        #expect(lines.contains { $0.contains(unit.contactPerson) } && lines.contains { $0.contains(unit.email) })
        #expect(CutScan.words(state.view()).contains(unit.contactPerson))
    }

    @Test("at 200×50 the inbox gives its width to what reports say, not to a 130-column unit name")
    func wideInbox() {
        var state = loadedState(width: 200, height: 50)
        let columns = InboxScreen.columns(.vi, width: 198)
        let widths = Table.widths(columns, total: 198)
        #expect(widths[2] <= 40)
        #expect(columns.last?.title == UIText.summary(.vi))
        let screen = state.view().text
        #expect(screen.contains("Tóm tắt"))
        state.press(.character("4"))
        // The matrix's names get the room too: no unit name is cut.
        let matrix = state.view()
        for unit in state.dataset!.units where unit.activeTo == nil {
            let short = ShortName.unit(unit.name)
            if DisplayWidth.of(short) <= 40 {
                let cut = (0..<matrix.height).map { matrix.line($0) }.contains { $0.contains(String(short.prefix(12))) && $0.contains("…") }
                #expect(!cut, "\(short) cut at 200 columns")
            }
        }
    }
}

/// Issue 14, item 4: the matrix's rates are over the stated window, whatever is drawn.
@Suite("Submission matrix: rates over the stated window")
struct MatrixWindowTests {
    func rates(width: Int) -> (unit: [String], overall: String, window: String) {
        var state = loadedState(width: width, height: 40)
        state.press(.character("4"))
        let grid = state.view()
        let lines = (0..<grid.height).map { grid.line($0).trimmingTrailingSpaces() }
        let unitRates = lines.filter { $0.hasPrefix(" phường") || $0.hasPrefix(" xã") }.map { String($0.suffix(4)) }
        let overall = lines.first { $0.hasPrefix(" Tỷ lệ đã nộp") }.map { String($0.suffix(4)) } ?? ""
        let window = lines.first { $0.lowercased().contains("tỷ lệ tính trên") } ?? ""
        return (unitRates, overall, window)
    }

    @Test("per-unit and overall rates are the same at 80 and 160 columns, and the drawn months are named")
    func sameAtEveryWidth() {
        let narrow = rates(width: 80)
        let wide = rates(width: 160)
        #expect(!narrow.unit.isEmpty)
        #expect(narrow.unit == Array(wide.unit.prefix(narrow.unit.count)))
        #expect(narrow.overall == wide.overall && !narrow.overall.isEmpty)
        #expect(narrow.window.contains("Đang hiện tháng 3–11/2026"), "\(narrow.window)" as Comment)
        #expect(narrow.window.contains("12 tháng (12/2025–11/2026)"), "\(narrow.window)" as Comment)
        #expect(wide.window.contains("Tỷ lệ tính trên 12 tháng đang hiện (12/2025–11/2026)"), "\(wide.window)" as Comment)
    }

    @Test("the rule: a unit's rate counts every month of the window, drawn or not")
    func rule() {
        let matrix = SubmissionMatrix.build(from: goldenDataset, last: .month(2026, 11), months: SubmissionMatrix.window, today: goldenToday)
        let row = matrix.rows.first { $0.states.contains { $0.isExpected && !$0.isSubmitted } }!
        let all = matrix.totals(of: row)
        #expect(all == SubmissionTotals(row.states))
        #expect(all.expected == row.states.filter(\.isExpected).count)
        // Overall: every unit, every month; a period's column: every unit that month.
        #expect(matrix.overall.expected == matrix.rows.flatMap(\.states).filter(\.isExpected).count)
        #expect(matrix.totals(ofPeriod: 11) == SubmissionTotals(matrix.rows.map { $0.states[11] }))
    }
}

/// Golden screens of issue 14's 80-column complaints, as fixed.
@Suite("Golden screens: 80 columns, nothing cut")
struct WordCutGoldenTests {
    @Test("the apply-to-tagged dialog's title whole, in both languages", arguments: Language.allCases)
    func applyDialog(language: Language) {
        var state = fixtureState(language: language)
        state.press(.character("t"), .down, .character("t"), .character("A"))
        expectGolden(state.view(), "apply-tagged-\(language)-80x24")
    }

    @Test("the help at 60×16, scrolled to its end")
    func helpScrolled() {
        var state = fixtureState(width: 60, height: 16)
        state.press(.character("?"), .pageDown, .pageDown, .pageDown, .pageDown)
        expectGolden(state.view(), "help-scrolled-60x16")
    }

    @Test("the owing list and a unit's contacts at 80×24")
    func owing() {
        var state = fixtureState()
        state.press(.character("4"), .character("v"))
        expectGolden(state.view(), "owing-80x24")
        state.press(.character("i"))
        expectGolden(state.view(), "contacts-80x24")
    }
}
