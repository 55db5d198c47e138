import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("Hot-spot panel")
struct HotSpotScreenTests {
    @Test("the phone-in form: choose a unit by typing, fill the rest, Ctrl-S saves a new hot spot")
    func phoneIn() throws {
        var state = loadedState()
        _ = state.update(.key(.control("n")))  // from any screen
        #expect(state.screen == .hotSpots && state.hotSpots.isFormOpen)
        state.type("bien hoa")  // on the unit field: opens the picker with the letters typed
        state.press(.enter)  // choose Biên Hòa; the focus stays on the unit
        #expect(state.hotSpots.phoneIn?.focus == 0)
        state.press(.tab)  // to the enterprise
        state.type("Công ty TNHH Giày Hưng Phát")
        state.press(.tab, .tab)  // past the kind (default: ngừng việc tập thể)
        state.type("Ngừng việc tập thể đòi trả lương tháng 10")
        state.press(.tab)
        state.type("1.272")
        let effects = state.update(.key(.control("s")))
        guard case .save(.newHotSpot(let spot))? = effects.first else {
            Issue.record("no save: \(effects), form errors: \(state.hotSpots.phoneIn?.fields.compactMap(\.error) ?? [])")
            return
        }
        #expect(spot.unitID == "bien-hoa")
        #expect(spot.enterprise.name == "Công ty TNHH Giày Hưng Phát")
        #expect(spot.kind == .workStoppage)
        #expect(spot.workersInvolved == 1272)
        #expect(spot.phonedInAt == goldenNow)
        #expect(spot.phonedInBy == "Lê Thị Thu Hà")
        #expect(!state.hotSpots.isFormOpen)
    }

    @Test("q with a half-filled form asks first")
    func quitAsks() {
        var state = loadedState()
        state.press(.character("3"), .character("N"), .tab)
        state.type("Công ty")
        state.press(.escape)  // Esc asks before throwing the form away
        guard case .confirm = state.overlay else {
            Issue.record("Esc did not ask")
            return
        }
        state.press(.character("k"))
        #expect(state.hotSpots.isFormOpen)
        #expect(state.hasUnsavedForm)
    }

    @Test("acknowledge, update, written report, escalate and status are saves of their changes")
    func actions() throws {
        var state = loadedState()
        state.press(.character("3"))
        let spot = try #require(HotSpotsScreen.selected(state))
        if spot.acknowledgement == nil {
            #expect(state.update(.key(.character("a"))) == [.save(.hotSpot(spot.id, .acknowledge))])
        }
        state.press(.character("c"))
        state.type("Đã làm việc với giám đốc công ty")
        #expect(state.update(.key(.enter)) == [.save(.hotSpot(spot.id, .addUpdate("Đã làm việc với giám đốc công ty")))])
        state.press(.character("w"))
        #expect(state.update(.key(.enter)).isEmpty)  // then its number, asked
        state.type("12/BC-CĐ")
        #expect(state.update(.key(.enter)) == [.save(.hotSpot(spot.id, .writtenReport(reportID: nil, number: "12/BC-CĐ")))])
        state.press(.character("s"))
        state.type("tam on")
        #expect(state.update(.key(.enter)) == [.save(.hotSpot(spot.id, .status(.stabilised)))])
    }
}

@Suite("Hot-spot record form")
struct HotSpotRecordFormTests {
    @Test("E completes the record later: the edited fields are saved, the rest kept")
    func completeLater() throws {
        var state = loadedState()
        state.press(.character("3"))
        let spot = try #require(HotSpotsScreen.selected(state))
        state.press(.character("E"))
        #expect(state.hotSpots.record?[.enterprise]?.text == spot.enterprise.name)
        // To the arrears field: title, kind, enterprise, ownership, industry, address, union,
        // workforce, workers, started, causes, demands, then arrears.
        for _ in 0..<12 { state.press(.tab) }
        state.press(.control("u"))
        state.type("Nợ lương tháng 10 khoảng 2,5 tỷ đồng")
        let effects = state.update(.key(.control("s")))
        guard case .save(.hotSpotRecord(let saved, _, _))? = effects.first else {
            Issue.record("not saved: \(effects) \(state.hotSpots.record?.fields.compactMap(\.error) ?? [])")
            return
        }
        #expect(saved.id == spot.id)
        #expect(saved.arrears == "Nợ lương tháng 10 khoảng 2,5 tỷ đồng")
        #expect(saved.causes == spot.causes && saved.timeline == spot.timeline && saved.status == spot.status)
    }
}

@Suite("What colour marks is also written")
struct StyleTests {
    @Test("overdue alerts are red and bold, and carry ✗ and 'quá hạn' for a monochrome terminal")
    func overdueStyle() throws {
        var state = loadedState(width: 100, height: 30)
        state.press(.character("3"))
        let grid = state.view()
        let row = try #require((0..<grid.height).first { grid.line($0).contains("✗ quá hạn") })
        let x = try #require((0..<grid.width).first { grid[$0, row].grapheme == "✗" })
        #expect(grid[x, row].style.foreground == .red && grid[x, row].style.bold)
        // A pending alert is yellow, not red, and has no ✗.
        let pending = try #require((0..<grid.height).first { grid.line($0).contains("còn ") && !grid.line($0).contains("✗") })
        let y = try #require((0..<grid.width).first { grid[$0, pending].grapheme == "c" && grid.line(pending).dropFirst($0).hasPrefix("còn") })
        #expect(grid[y, pending].style.foreground == .yellow)
    }

    @Test("the badge turns red when an alert is overdue; the selected row is reverse video")
    func badgeAndSelection() {
        let grid = loadedState().view()
        let badgeX = grid.line(0).distance(from: grid.line(0).startIndex, to: grid.line(0).firstIndex(of: "⚠")!)
        #expect(grid[badgeX, 0].style.background == .red && grid[badgeX, 0].style.bold)
        #expect(grid[5, 3].style.reverse, "the first inbox row is selected")
        #expect(!grid[5, 4].style.reverse)
    }
}
