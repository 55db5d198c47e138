/// A column of a table: a heading, a width, an alignment.
public struct TableColumn: Sendable {
    public enum Width: Sendable {
        case fixed(Int)
        /// Shares what is left after the fixed columns, never less than `minimum`.
        case flexible(minimum: Int)
    }

    public var title: String
    public var width: Width
    public var alignRight: Bool
    /// Text too long for the column is shortened at a word boundary (WordFit) rather than at
    /// the last column: for words a person reads (an alert, a contact), not for names or codes.
    public var wordCut: Bool
    /// The shorter forms of a cell's text, longest first (a unit's name abbreviated): the
    /// longest that fits is shown, whole words always.
    public var forms: (@Sendable (String) -> [String])?

    public init(_ title: String, _ width: Width, alignRight: Bool = false, wordCut: Bool = false, forms: (@Sendable (String) -> [String])? = nil) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.wordCut = wordCut
        self.forms = forms
    }
}

/// One row of a table: its cells' text and a style for the whole row.
public struct TableRow: Sendable {
    public var cells: [String]
    public var style: Style
    /// Per-cell styles overriding the row's (e.g. a red "✗").
    public var cellStyles: [Int: Style]

    public init(_ cells: [String], style: Style = .plain, cellStyles: [Int: Style] = [:]) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }
}

/// A scrolling table: heading row, then rows, selection in reverse video, cells cut by display
/// width with an ellipsis. Knows nothing of reports or units.
public enum Table {
    /// Column widths for a total width: fixed ones as given, flexible ones sharing the rest;
    /// when even the minimums do not fit, the rightmost columns give way.
    public static func widths(_ columns: [TableColumn], total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var fixed = 0
        var flexibleCount = 0
        for column in columns {
            switch column.width {
            case .fixed(let w): fixed += w
            case .flexible: flexibleCount += 1
            }
        }
        let remaining = max(0, total - fixed - gaps)
        let share = flexibleCount == 0 ? 0 : remaining / flexibleCount
        var extra = flexibleCount == 0 ? 0 : remaining % flexibleCount
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): return w
            case .flexible(let minimum):
                let w = share + (extra > 0 ? 1 : 0)
                if extra > 0 { extra -= 1 }
                return max(minimum, w)
            }
        }
        var overflow = widths.reduce(0, +) + gaps - total
        var i = widths.count - 1
        while overflow > 0, i >= 0 {
            let cut = min(overflow, max(0, widths[i] - 1))
            widths[i] -= cut
            overflow -= cut
            i -= 1
        }
        return widths
    }

    /// Draws the table in `rect`.
    public static func render(
        into grid: inout Grid, rect: Rect, columns: [TableColumn], rows: [TableRow], state: ListState,
        focused: Bool = true, highlight: [String] = []
    ) {
        render(into: &grid, rect: rect, columns: columns, count: rows.count, row: { rows[$0] }, state: state,
            focused: focused, highlight: highlight)
    }

    /// The same, building only the rows that are visible: a ten-year inbox has thousands.
    public static func render(
        into grid: inout Grid, rect: Rect, columns: [TableColumn], count: Int, row rowAt: (Int) -> TableRow,
        state: ListState, focused: Bool = true, highlight: [String] = []
    ) {
        guard rect.height > 0, rect.width > 0 else { return }
        let widths = widths(columns, total: rect.width)
        var x = rect.x
        for (c, column) in columns.enumerated() {
            let title = WordFit.cut(column.title, widths[c])
            let text = column.alignRight ? DisplayWidth.fitRight(title, widths[c]) : DisplayWidth.fit(title, widths[c])
            grid.put(text, x: x, y: rect.y, style: Style(bold: true, underline: true), limit: widths[c])
            x += widths[c] + 1
        }
        let visible = rect.height - 1
        let scrolled = state.scrolled(visible: visible, count: count)
        for line in 0..<visible {
            let index = scrolled.offset + line
            guard index < count else { break }
            let row = rowAt(index)
            let y = rect.y + 1 + line
            let isSelected = index == scrolled.selected && focused
            var x = rect.x
            for (c, width) in widths.enumerated() {
                var text = c < row.cells.count ? row.cells[c] : ""
                if let forms = columns[c].forms {
                    text = WordFit.first(forms(text), fitting: width)
                } else if columns[c].wordCut {
                    text = WordFit.cut(text, width)
                }
                var style = row.cellStyles[c] ?? row.style
                if isSelected { style = style.with(reverse: true) }
                let cell = columns[c].alignRight ? DisplayWidth.fitRight(text, width) : DisplayWidth.fit(text, width)
                grid.put(cell, x: x, y: y, style: style, limit: width)
                for phrase in highlight where !phrase.isEmpty {
                    Highlight.mark(phrase, in: cell, grid: &grid, x: x, y: y, limit: width)
                }
                if isSelected, c < widths.count - 1 { grid.put(" ", x: x + width, y: y, style: style) }
                x += width + 1
            }
        }
    }
}

/// Underlines the parts of drawn text that match a search, ignoring case and diacritics.
public enum Highlight {
    public static func mark(_ query: String, in text: String, grid: inout Grid, x: Int, y: Int, limit: Int) {
        for range in FoldedMatch.ranges(of: query, in: text) {
            let start = x + DisplayWidth.of(String(text[..<range.lowerBound]))
            let width = DisplayWidth.of(String(text[range]))
            guard start < x + limit else { continue }
            grid.restyle(Rect(x: start, y: y, width: min(width, x + limit - start), height: 1)) {
                var s = $0
                s.underline = true
                s.bold = true
                return s
            }
        }
    }
}
