import Foundation
import DLXHDomain

/// A multi-line text input that wraps by display width. Enter makes a new line; ↑/↓ move by
/// wrapped line; the cursor is a grapheme index into the whole text.
public struct TextArea: Hashable, Sendable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = Text.nfc(text)
        cursor = self.text.count
    }

    public mutating func insert(_ typed: String) {
        var field = TextField(text: text, cursor: cursor)
        field.insertKeepingLines(typed)
        text = field.text
        cursor = field.cursor
    }

    /// Its own keys, beside a text field's editing keys.
    public enum Action: Sendable, Equatable { case newLine, lineUp, lineDown }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.enter], "Enter", KeyText.newLine, .newLine),
        KeyBinding([.up], "↑", KeyText.fieldUp, .lineUp),
        KeyBinding([.down], "↓", KeyText.fieldDown, .lineDown),
    ]

    /// `width`: the width it is drawn at, so ↑ and ↓ move by the lines the person sees.
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        // A paste keeps its lines (cleaned of control characters and escape sequences).
        if case .paste(let pasted) = key {
            insert(Text.clean(pasted))
            return true
        }
        let action: Action? = Self.keyMap.action(for: key)
        switch action {
        case .newLine?:
            insert("\n")
            return true
        case .lineUp?, .lineDown?:
            let lines = TextArea.wrap(text, width: width)
            guard let (row, column) = TextArea.position(of: cursor, in: lines) else { return true }
            let target = action == .lineUp ? row - 1 : row + 1
            guard target >= 0, target < lines.count else { return true }
            let line = lines[target]
            var index = line.start
            var used = 0
            for c in line.text {
                let w = DisplayWidth.of(c)
                if used + w > column { break }
                used += w
                index += 1
            }
            cursor = index
            return true
        case nil:
            var field = TextField(text: text, cursor: cursor)
            guard field.handle(key) else { return false }
            text = field.text
            cursor = field.cursor
            return true
        }
    }

    /// A wrapped line: its text and the grapheme index where it starts.
    public struct Line: Hashable, Sendable {
        public var text: String
        public var start: Int
    }

    /// Wraps at spaces where it can, else anywhere between graphemes; never splits one.
    public static func wrap(_ text: String, width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var index = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var chars = Array(paragraph)
            var start = index
            if chars.isEmpty { lines.append(Line(text: "", start: start)) }
            while !chars.isEmpty {
                var used = 0
                var cut = 0
                var lastSpace: Int?
                while cut < chars.count {
                    let w = DisplayWidth.of(chars[cut])
                    if used + w > width { break }
                    used += w
                    if chars[cut] == " " { lastSpace = cut }
                    cut += 1
                }
                if cut < chars.count, let space = lastSpace, space > 0 { cut = space + 1 }
                cut = max(cut, 1)
                lines.append(Line(text: String(chars[..<cut]), start: start))
                start += cut
                chars.removeFirst(cut)
            }
            index += paragraph.count + 1
        }
        return lines
    }

    static func position(of cursor: Int, in lines: [Line]) -> (row: Int, column: Int)? {
        for (row, line) in lines.enumerated().reversed() where cursor >= line.start {
            let offset = min(cursor - line.start, line.text.count)
            return (row, DisplayWidth.of(String(line.text.prefix(offset))))
        }
        return nil
    }

    /// Draws the wrapped text in `rect`, scrolled to keep the cursor visible.
    public func render(into grid: inout Grid, rect: Rect, focused: Bool, style: Style = .plain) {
        let lines = TextArea.wrap(text, width: rect.width)
        let (row, column) = TextArea.position(of: cursor, in: lines) ?? (0, 0)
        let first = max(0, row - rect.height + 1)
        for (i, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            grid.put(line.text.replacingOccurrences(of: "\n", with: ""), x: rect.x, y: rect.y + i, style: style, limit: rect.width)
        }
        if focused, row - first < rect.height {
            grid.restyle(Rect(x: rect.x + min(column, rect.width - 1), y: rect.y + row - first, width: 1, height: 1)) {
                $0.with(reverse: true)
            }
        }
    }
}

extension TextField {
    /// Like `insert`, but keeps line breaks (for the text area).
    mutating func insertKeepingLines(_ typed: String) {
        let normalised = typed.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (i, part) in normalised.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { insertLineBreak() }
            insert(String(part))
        }
    }
}
