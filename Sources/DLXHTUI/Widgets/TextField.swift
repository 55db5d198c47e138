import Foundation
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

    /// Pasted text for a one-line field: cleaned, each line break (and the blanks around it) one
    /// space, none at either end (a copied line often ends with one).
    static func oneLine(_ pasted: String) -> String {
        Text.clean(pasted).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// What its editing keys ask for; any other character is typed.
    public enum Action: Sendable, Equatable {
        case left, right, home, end, deleteBack, deleteForward, deleteToStart, deleteToEnd, deleteWord
    }

    /// The editing keys of every text field (and the text area, the filter line, a picker's query).
    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.left], "←", KeyText.cursorLeft, .left),
        KeyBinding([.right], "→", KeyText.cursorRight, .right),
        KeyBinding([.home, .control("a")], "Home/Ctrl-A", KeyText.lineStart, .home),
        KeyBinding([.end, .control("e")], "End/Ctrl-E", KeyText.lineEnd, .end),
        KeyBinding([.backspace, .control("h")], "Backspace", KeyText.deleteBack, .deleteBack),
        KeyBinding([.delete, .control("d")], "Delete/Ctrl-D", KeyText.deleteForward, .deleteForward),
        KeyBinding([.control("u")], "Ctrl-U", KeyText.deleteToStart, .deleteToStart),
        KeyBinding([.control("k")], "Ctrl-K", KeyText.deleteToEnd, .deleteToEnd),
        KeyBinding([.control("w")], "Ctrl-W", KeyText.deleteWord, .deleteWord),
    ]

    /// Handles an editing key; returns false for keys it does not use.
    public mutating func handle(_ key: Key) -> Bool {
        // A paste is text, never keys: one line, its line breaks made spaces.
        if case .paste(let pasted) = key {
            insert(Self.oneLine(pasted))
            return true
        }
        guard let action = Self.keyMap.action(for: key) else {
            guard case .character(let c) = key else { return false }
            insert(String(c))
            return true
        }
        perform(action)
        return true
    }

    public mutating func perform(_ action: Action) {
        switch action {
        case .deleteBack:
            guard cursor > 0 else { return }
            var chars = Array(text)
            chars.remove(at: cursor - 1)
            text = String(chars)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return }
            var chars = Array(text)
            chars.remove(at: cursor)
            text = String(chars)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .deleteToStart:
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .deleteToEnd:
            text = String(text.prefix(cursor))
        case .deleteWord:
            var chars = Array(text)
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            text = String(chars)
            cursor = start
        }
    }

    /// The visible part for a box `width` columns wide, and the cursor's column in it. A text
    /// wider than the box shows the part around the cursor: what fits before it and, when the
    /// text goes on, up to a quarter of the box (at most 10 columns) after it; "…" at an edge
    /// says the text goes on beyond it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let chars = Array(text)
        let cursorColumn = DisplayWidth.of(String(chars.prefix(cursor)))
        let total = DisplayWidth.of(text) + 1  // the cursor's cell after the last letter
        guard total > width else { return (text, cursorColumn) }
        let margin = min(10, width / 4)
        let right = min(total, cursorColumn + 1 + margin)
        let wantedStart = max(0, right - width)
        var startIndex = 0
        var startColumn = 0
        while startColumn < wantedStart, startIndex < chars.count {
            startColumn += DisplayWidth.of(chars[startIndex])
            startIndex += 1
        }
        var shown = DisplayWidth.prefix(String(chars[startIndex...]), fitting: width)
        let cutAtRight = startIndex + shown.count < chars.count
        if startIndex > 0, cursorColumn - startColumn > 0, let first = shown.first {
            // The first cell becomes "…" (a wide letter's two cells: "…" and a space).
            shown = (DisplayWidth.of(first) == 2 ? "… " : "…") + shown.dropFirst()
        }
        if cutAtRight, cursor - startIndex < shown.count - 1, let last = shown.last {
            shown = shown.dropLast() + (DisplayWidth.of(last) == 2 ? " …" : "…")
        }
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
