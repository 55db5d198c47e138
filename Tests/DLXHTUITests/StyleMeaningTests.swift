import DLXHDomain
import Testing

@testable import DLXHTUI

/// What the colours say, checked by meaning rather than by position: on the golden fixture,
/// the selected row is reversed, overdue and missing things are in the alert colour, and what
/// is in order is not.
@Suite("Golden screens: colour that carries meaning")
struct StyleMeaningTests {
    /// The rows whose text contains `text`.
    func rows(_ grid: Grid, containing text: String) -> [Int] {
        (0..<grid.height).filter { grid.line($0).contains(text) }
    }

    /// The style codes (`styleCode`) of the cells of `text` on row `y`.
    func codes(_ grid: Grid, row y: Int, of text: String) -> Set<Character> {
        let line = grid.line(y)
        guard let range = line.range(of: text) else { return [] }
        let start = DisplayWidth.of(String(line[..<range.lowerBound]))
        let width = DisplayWidth.of(text)
        return Set((start..<start + width).map { styleCode(grid[$0, y].style) })
    }

    @Test("the inbox's selected row is reversed from edge to edge, and no other report row is")
    func selectedRowReversed() throws {
        var state = fixtureState()
        state.press(.down, .down)
        let grid = state.view()
        let selected = state.derived.inbox[state.inbox.visible[state.inbox.list.selected]]
        let y = try #require(rows(grid, containing: selected.receivedOn.displayString).first)
        #expect((1..<grid.width - 1).allSatisfy { grid[$0, y].style.reverse }, "row \(y): \(grid.line(y))")
        let others = state.inbox.visible.map { state.derived.inbox[$0] }.filter { $0.id != selected.id }
        for report in others {
            for row in rows(grid, containing: report.receivedOn.displayString) where row != y {
                #expect(!grid[5, row].style.reverse, "\(report.id) on row \(row) is reversed too")
            }
        }
    }

    @Test("an overdue hot spot's alert is in the alert colour; the header badge is too")
    func overdueInAlertColour() throws {
        var state = fixtureState(width: 100, height: 30)
        state.press(.character("3"), .down)  // the selection off the first row, so its colours show
        let grid = state.view()
        let y = try #require(rows(grid, containing: "Giày Phú Thành").first)
        #expect(codes(grid, row: y, of: "✗ quá hạn") == ["A"], "\(grid.line(y))")
        #expect(codes(grid, row: 0, of: "⚠ Điểm nóng") == ["A"])
    }

    @Test("in the matrix a missing report is in the alert colour and a report on time in the ok colour")
    func matrixColours() throws {
        var state = fixtureState(width: 120, height: 40)
        state.press(.character("4"), .down)  // the selection off Biên Hòa's row
        let grid = state.view()
        let y = try #require(rows(grid, containing: "phường Biên Hòa").first)
        #expect(codes(grid, row: y, of: "✗") == ["A"], "\(grid.line(y))")
        #expect(codes(grid, row: y, of: "✓") == ["G"], "\(grid.line(y))")
    }

    @Test("a warning on the message line is in the alert colour, a confirmation is not")
    func messageLine() {
        var state = fixtureState()
        _ = state.update(.failed(Localized(vi: "⚠ Không lưu được", en: "⚠ Not saved")))
        #expect(codes(state.view(), row: state.height - 2, of: "⚠ Không lưu được") == ["A"])
        _ = state.update(.notice(Localized(vi: "Đã ghi tệp a.md.", en: "Wrote a.md.")))
        #expect(!codes(state.view(), row: state.height - 2, of: "Đã ghi tệp a.md.").contains("A"))
    }
}
