import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

@Suite("Display width per grapheme")
struct DisplayWidthTests {
    @Test("Vietnamese letters take one column, precomposed or with combining marks")
    func vietnamese() {
        #expect(DisplayWidth.of("Người lao động") == 14)
        let nfd = "Người lao động".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > 14)
        #expect(DisplayWidth.of(nfd) == 14)
        #expect(DisplayWidth.of("ệ") == 1 && DisplayWidth.of("Đ") == 1)
    }

    @Test("CJK and emoji take two columns, controls none")
    func wide() {
        #expect(DisplayWidth.of("工会") == 4)
        #expect(DisplayWidth.of("👷") == 2)
        #expect(DisplayWidth.of("👷‍♀️") == 2)  // one grapheme (ZWJ sequence)
        #expect(DisplayWidth.of("a\u{1B}b") == 2)
    }

    @Test("fitting cuts between graphemes and pads to the exact width")
    func fit() {
        #expect(DisplayWidth.fit("Tiền lương", 6) == "Tiền …")
        #expect(DisplayWidth.of(DisplayWidth.fit("工会工会", 5)) == 5)
        #expect(DisplayWidth.fit("工会工会", 5) == "工会…")  // 2 + 2 + 1 columns
        #expect(DisplayWidth.fit("ab", 4) == "ab  ")
        #expect(DisplayWidth.fitRight("7", 3) == "  7")
    }
}

@Suite("The cell grid")
struct GridTests {
    @Test("wide characters fill two cells and nothing is cut in half at the edge")
    func wideCells() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.put("a工会", x: 0, y: 0)
        #expect(end == 5)
        #expect(grid[1, 0].grapheme == "工" && grid[1, 0].width == 2 && grid[2, 0].isContinuation)
        var narrow = Grid(width: 4, height: 1)
        narrow.put("ab工", x: 1, y: 0)  // 工 would need columns 3–4: left out
        #expect(narrow.line(0) == " ab ")
    }

    @Test("control characters and escape sequences from the store never reach the screen")
    func hostileText() {
        var grid = Grid(width: 20, height: 1)
        grid.put("A\u{1B}[2JB\u{07}C\u{9B}D", x: 0, y: 0)
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } })
        #expect(grid.line(0).hasPrefix("A[2JBCD"))
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteWide() {
        var grid = Grid(width: 4, height: 1)
        grid.put("工会", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.line(0) == " x会")
    }
}

@Suite("Text field")
struct TextFieldTests {
    @Test("Vietnamese typed letter by letter, precomposed, is kept NFC with the cursor after it")
    func precomposed() {
        var field = TextField()
        for c in "Người lao động bức xúc" { _ = field.handle(.character(c)) }
        #expect(field.text == "Người lao động bức xúc")
        #expect(field.cursor == 22)
    }

    @Test("a base letter followed by combining marks (NFD input) becomes one NFC letter")
    func decomposed() {
        var field = TextField()
        field.insert("le")
        field.insert("\u{0302}")  // circumflex → ê
        field.insert("\u{0323}")  // dot below → ệ
        #expect(field.text.unicodeScalars.map(\.value) == [0x6C, 0x1EC7])
        #expect(field.cursor == 2)
        _ = field.handle(.backspace)
        #expect(field.text == "l")  // one Backspace removes the letter with all its marks
    }

    @Test("an input method's burst: Backspace then the corrected letter, applied in order")
    func unikeyBurst() {
        var field = TextField()
        field.insert("tieen")
        for key: Key in [.backspace, .backspace, .backspace, .character("ê"), .character("n")] { _ = field.handle(key) }
        #expect(field.text == "tiên")
    }

    @Test("editing keys: Home/End, Ctrl-A/E, Ctrl-W, Ctrl-U, Delete, arrows move by grapheme")
    func editing() {
        var field = TextField("nợ lương kéo dài")
        _ = field.handle(.control("w"))
        #expect(field.text == "nợ lương kéo ")
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.right)
        _ = field.handle(.delete)
        #expect(field.text == "nợlương kéo ")
        _ = field.handle(.control("e"))
        _ = field.handle(.left)
        _ = field.handle(.control("u"))
        #expect(field.text == " ")
        #expect(field.cursor == 0)
    }

    @Test("a long field scrolls by display width and keeps the cursor in view")
    func scrolling() {
        let field = TextField("Người lao động bức xúc vì nợ lương")
        let (shown, column) = field.visible(width: 10)
        #expect(DisplayWidth.of(shown) <= 10)
        #expect(column == 9)
        #expect(shown.hasSuffix("lương"))
    }
}

@Suite("Text area, picker, table")
struct OtherWidgetTests {
    @Test("wrapping by display width keeps words whole where it can")
    func wrap() {
        let lines = TextArea.wrap("Người lao động bức xúc vì nợ lương", width: 12).map(\.text)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(lines.joined() == "Người lao động bức xúc vì nợ lương")
        #expect(lines.first == "Người lao ")
    }

    @Test("the picker's type-ahead ignores diacritics and case")
    func picker() {
        var picker = Picker(
            title: "Đơn vị",
            options: [
                Picker.Option(id: "bien-hoa", label: "LĐLĐ thành phố Biên Hòa"),
                Picker.Option(id: "dong-nai", label: "Công đoàn Cao su Đồng Nai"),
            ])
        picker.type("dong nai")
        #expect(picker.matches.map(\.id) == ["dong-nai"])
        picker = Picker(title: "", options: picker.options)
        picker.type("HOA")
        #expect(picker.selected?.id == "bien-hoa")
    }

    @Test("table columns: fixed widths kept, flexible ones share the rest")
    func tableWidths() {
        let columns = [TableColumn("a", .fixed(10)), TableColumn("b", .flexible(minimum: 5)), TableColumn("c", .flexible(minimum: 5))]
        #expect(Table.widths(columns, total: 40) == [10, 14, 14])
        #expect(Table.widths(columns, total: 18).reduce(0, +) + 2 <= 18)
    }

    @Test("search highlighting finds folded matches in the original text")
    func folded() {
        let text = "Người lao động quan tâm Tiền lương"
        let ranges = FoldedMatch.ranges(of: "tien luong", in: text)
        #expect(ranges.count == 1)
        #expect(String(text[ranges[0]]) == "Tiền lương")
        #expect(FoldedMatch.ranges(of: "dong", in: "Đồng Nai, đông người").count == 2)
    }

    @Test("the fast folding finds exactly the ranges that folding each character on its own finds")
    func foldedSameAsCharacterByCharacter() {
        // The plain reading of the promise: each character folded alone, a space kept as a space.
        func reference(_ query: String, _ text: String) -> [Range<String.Index>] {
            let needle = Array(Text.fold(query))
            var folded: [Character] = []
            var origins: [String.Index] = []
            for index in text.indices {
                for c in Text.fold(String(text[index])) { folded.append(c); origins.append(index) }
                if text[index] == " " { folded.append(" "); origins.append(index) }
            }
            var out: [Range<String.Index>] = []
            var i = 0
            while !needle.isEmpty, i + needle.count <= folded.count {
                if Array(folded[i..<(i + needle.count)]) == needle {
                    out.append(origins[i]..<text.index(after: origins[i + needle.count - 1]))
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return out
        }
        let texts = [
            "BHXH, BHYT: Công ty TNHH Pou Chen nợ BHXH 3 tháng (KCN Biên Hòa 2)!", "Tiền lương  tháng 13; tien LUONG — thưởng Tết",
            "ĐĐđđ Dd dd 123-456 a.b/c", "Nhà trọ\tgiá cao\r\nở Trảng Bom", "",
        ]
        for text in texts {
            for query in ["bhxh", "tien luong", "dd", "d", "3", "nha tro", "KCN bien", "a.b", "  ", "ở", "zzz"] {
                #expect(FoldedMatch.ranges(of: query, in: text) == reference(query, text), "\(query) in \(text)")
            }
        }
    }
}

@Suite("The application shell")
struct ShellTests {
    @Test("keys 1–4 and Tab/Shift-Tab switch screens")
    func switching() {
        var state = loadedState()
        state.press(.character("3"))
        #expect(state.screen == .hotSpots)
        state.press(.tab, .tab)
        #expect(state.screen == .inbox)
        state.press(.backTab)
        #expect(state.screen == .dashboard)
    }

    @Test("q quits, ? opens and Esc closes help, Ctrl-L asks for a redraw")
    func globalKeys() {
        var state = loadedState()
        #expect(state.update(.key(.control("l"))) == [.redraw])
        _ = state.update(.key(.character("?")))
        #expect(state.overlay == .help)
        #expect(state.update(.key(.character("q"))) == [])  // q closes help first
        #expect(state.overlay == nil)
        #expect(state.update(.key(.character("q"))) == [.quit])
    }

    @Test("the filter narrows the inbox; Esc clears it; Enter opens the selection")
    func filterAndOpen() {
        var state = loadedState()
        let all = state.inbox.visible.count
        state.press(.character("/"))
        state.type("dong nai")
        #expect(state.inbox.visible.count < all && !state.inbox.visible.isEmpty)
        state.press(.enter, .enter)
        let id = try! #require(state.inbox.openReportID)
        #expect(Text.fold(InboxScreen.pagerLines(state, reportID: id, width: 100).map(\.text).joined(separator: " ")).contains("dong nai"))
        state.press(.escape)
        #expect(state.inbox.openReportID == nil)
        state.press(.escape)
        #expect(state.inbox.visible.count == all)
    }

    @Test("the badge counts open hot spots and those with something overdue, not alerts")
    func badge() {
        let state = loadedState()
        #expect(!state.alerts.isEmpty)
        let spots = state.dataset!.hotSpots
        let open = spots.filter { $0.status != .closed }.count
        let late = spots.filter { spot in state.alerts.contains { $0.hotSpotID == spot.id && $0.isOverdue(at: state.now) } }.count
        #expect(state.alerts.count > open, "the demo has hot spots with several alerts")
        #expect(state.view().line(0).contains("Điểm nóng \(open) (\(late) quá hạn)"))
        #expect(state.toast?.vi.contains("quá hạn") == true)
    }

    @Test("a tick moves the clock on and asks the runtime to look for changes")
    func tick() {
        var state = loadedState()
        let later = goldenNow.adding(hours: 30)
        #expect(state.update(.tick(later)) == [.checkForChanges])
        #expect(state.now == later)
        #expect(state.hotSpotTally.overdue >= loadedState().hotSpotTally.overdue)
    }
}

@Suite("The grid never passes on invisible formatting")
struct GridInvisibleTests {
    @Test("bidi overrides and zero-width characters from stored text are dropped; the letters stay")
    func dropsInvisibles() {
        var grid = Grid(width: 20, height: 1)
        let end = grid.put("ab\u{202E}cd\u{200B}e\u{2066}f", x: 0, y: 0)
        let row = (0..<end).map { String(grid[$0, 0].grapheme) }.joined()
        #expect(row == "abcdef")
        #expect(!row.unicodeScalars.contains { [0x202E, 0x200B, 0x2066].contains($0.value) })
    }
}
