import DLXHDomain

/// A one-line text input. The cursor moves by grapheme (a Vietnamese letter and its marks move
/// together); text stays NFC however the input method sends it; a text wider than the box
/// scrolls sideways by display width, never cutting a character in half.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor, in graphemes from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = Text.nfc(text)
        self.cursor = self.text.count
    }

    /// A field with the cursor at a given grapheme index (the text area's editing core).
    init(text: String, cursor: Int) {
        self.text = Text.nfc(text)
        self.cursor = min(max(0, cursor), self.text.count)
    }

    /// Inserts a line break at the cursor (for the text area; a field never holds one).
    mutating func insertLineBreak() {
        var chars = Array(text)
        chars.insert("\n", at: cursor)
        text = String(chars)
        cursor += 1
    }

    public mutating func set(_ text: String) {
        self.text = Text.nfc(text)
        cursor = self.text.count
    }

    /// Inserts text at the cursor. A combining mark sent after its letter (NFD input) joins the
    /// letter before the cursor; the result is recomposed to NFC.
    public mutating func insert(_ typed: String) {
        let clean = typed.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }
        guard !clean.isEmpty else { return }
        let head = String(text.prefix(cursor)) + String(String.UnicodeScalarView(clean))
        let tail = String(text.dropFirst(cursor))
        let composedHead = Text.nfc(head)
        text = Text.nfc(composedHead + tail)
        cursor = composedHead.count
        // Recomposition across the cursor cannot add graphemes; clamp in case it merged some.
        cursor = min(cursor, text.count)
    }

    /// Handles an editing key; returns false for keys it does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            var chars = Array(text)
            chars.remove(at: cursor - 1)
            text = String(chars)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            var chars = Array(text)
            chars.remove(at: cursor)
            text = String(chars)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .control("k"):
            text = String(text.prefix(cursor))
        case .control("w"):
            var chars = Array(text)
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            text = String(chars)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// The visible part for a box `width` columns wide, and the cursor's column in it. The view
    /// scrolls just enough to keep the cursor inside.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let chars = Array(text)
        let cursorColumn = DisplayWidth.of(String(chars.prefix(cursor)))
        var startIndex = 0
        var startColumn = 0
        // Leave the last column for the cursor itself.
        while cursorColumn - startColumn > width - 1, startIndex < chars.count {
            startColumn += DisplayWidth.of(chars[startIndex])
            startIndex += 1
        }
        let shown = DisplayWidth.prefix(String(chars[startIndex...]), fitting: width)
        return (shown, cursorColumn - startColumn)
    }

    /// Draws the field; when focused, the cursor cell is shown in reverse video.
    public func render(into grid: inout Grid, x: Int, y: Int, width: Int, focused: Bool, style: Style = .plain) {
        let (shown, column) = visible(width: width)
        grid.put(DisplayWidth.fit(shown, width, ellipsis: false), x: x, y: y, style: style.with(underline: true), limit: width)
        if focused, column < width {
            grid.restyle(Rect(x: x + column, y: y, width: 1, height: 1)) { $0.with(reverse: true) }
        }
    }
}
