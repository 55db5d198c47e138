import DLXHDomain

/// A colour of the eight every colour terminal has; `.default` is the terminal's own.
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Meaning never rests on colour alone: whatever a colour marks is also
/// written as a symbol or word, and the attributes carry it on a monochrome terminal.
public struct Style: Hashable, Sendable {
    public var foreground: Color = .default
    public var background: Color = .default
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(
        foreground: Color = .default, background: Color = .default, bold: Bool = false, reverse: Bool = false,
        underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    /// The selected row of a list.
    public static let selected = Style(reverse: true)
    /// The header and status bars.
    public static let bar = Style(foreground: .white, background: .blue)
    public static let accent = Style(foreground: .cyan, bold: true)
    /// Something overdue or missing: red and bold (bold alone without colour).
    public static let danger = Style(foreground: .red, bold: true)
    public static let warning = Style(foreground: .yellow, bold: true)
    public static let ok = Style(foreground: .green)

    public func with(bold: Bool? = nil, reverse: Bool? = nil, underline: Bool? = nil) -> Style {
        var s = self
        if let bold { s.bold = bold }
        if let reverse { s.reverse = reverse }
        if let underline { s.underline = underline }
        return s
    }
}

/// One screen cell: a whole grapheme cluster (a Vietnamese letter with its marks is one), its
/// width in columns, and its style. A wide character's second column is a `continuation` cell.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    /// 1, or 2 for a wide character; 0 marks the continuation of the wide character to the left.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxY: Int { y + height }
    public var maxX: Int { x + width }

    /// The rectangle shrunk by `n` on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }

    /// A box of the given size centred in this one.
    public func centred(width w: Int, height h: Int) -> Rect {
        let w = min(w, width)
        let h = min(h, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}

/// What `view` draws into: a grid of cells the size of the terminal. The backend copies it to
/// the screen; tests read it as text.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at (x, y), clipped to `limit` columns (default: the line's end) and never
    /// splitting a grapheme. Control characters are dropped: text from the store can never move
    /// the cursor or send an escape sequence. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = x
        for original in text {
            // Bidi overrides and zero-width characters (from an old or hand-edited store file)
            // would reorder or hide what the terminal shows: they never reach it.
            var character = original
            if original.unicodeScalars.contains(where: { Text.isInvisibleFormatting($0) }) {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: original.unicodeScalars.filter { !Text.isInvisibleFormatting($0) })
                guard let kept = String(scalars).first else { continue }
                character = kept
            }
            let w = DisplayWidth.of(character)
            if w == 0 {
                if character.unicodeScalars.first.map({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) ?? true {
                    continue  // control characters never reach the terminal
                }
                continue  // a lone combining mark: nothing to attach it to
            }
            if column + w > end { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(character, width: UInt8(w), style: style)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = .continuation(style)
                }
            }
            column += w
        }
        return column
    }

    /// Before overwriting a cell, blank the other half of any wide character it belongs to.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(" ", style: cell.style)
        }
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Applies a style to every cell of a rectangle, keeping its text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].style = transform(self[x, y].style) }
        }
    }

    /// A box-drawing frame around `rect`, with an optional title in its top edge.
    public mutating func frame(_ rect: Rect, title: String = "", style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        for x in rect.x...right {
            put(x == rect.x ? "┌" : x == right ? "┐" : "─", x: x, y: rect.y, style: style)
            put(x == rect.x ? "└" : x == right ? "┘" : "─", x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: right, y: y, style: style)
        }
        // A title too long for the box is shortened at a word boundary, never cut mid-word.
        if !title.isEmpty { put(" \(WordFit.cut(title, rect.width - 6)) ", x: rect.x + 2, y: rect.y, style: style.with(bold: true), limit: rect.width - 4) }
    }

    /// The text of one row, wide characters once, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].grapheme) }
        return s
    }

    /// The whole screen as text, one line per row with trailing spaces trimmed: what golden
    /// tests compare and a person reads in a diff.
    public var text: String {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }
}
