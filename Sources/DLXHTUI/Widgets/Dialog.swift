import DLXHDomain

/// A yes/no question in a framed box: y/c/Enter confirms, n/k/Esc declines.
public struct ConfirmDialog: Sendable, Equatable {
    public var question: String
    /// Who asked, and why: the answer goes back to them.
    public var reply: Reply

    init(question: String, reply: Reply) {
        self.question = question
        self.reply = reply
    }

    public enum Answer: Sendable, Equatable { case yes, no }

    static let keyMap: [KeyBinding<Answer>] = [
        KeyBinding(
            [.character("y"), .character("Y"), .character("c"), .character("C"), .enter], "c/y/Enter", KeyText.yes, .yes, status: "[c]",
            localLabel: Localized(vi: "[c]", en: "[y]")),
        KeyBinding(
            [.character("n"), .character("N"), .character("k"), .character("K"), .escape], "k/n/Esc", KeyText.no, .no, status: "[k]",
            localLabel: Localized(vi: "[k]", en: "[n]")),
    ]

    /// nil: a key the question does not take (it stays open).
    public func answer(_ key: Key) -> Answer? { Self.keyMap.action(for: key) }

    public func render(into grid: inout Grid, area: Rect, language: Language) {
        let lines = TextArea.wrap(question, width: min(56, area.width - 6)).map(\.text)
        let width = min(area.width - 2, max(30, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 6))
        let box = area.centred(width: width, height: lines.count + 4)
        grid.fill(box)
        grid.frame(box, title: UIText.confirmTitle(language), style: .warning)
        for (i, line) in lines.enumerated() { grid.put(line, x: box.x + 3, y: box.y + 1 + i, limit: box.width - 6) }
        grid.put(KeyHints.line(Self.keyMap.docs, language, separator: "    "), x: box.x + 3, y: box.maxY - 2, style: .bold, limit: box.width - 6)
    }
}

/// A one-line question with a text answer.
public struct Prompt: Sendable, Equatable {
    public var title: String
    public var field: TextField
    /// Who asked, and why: the answer goes back to them.
    public var reply: Reply

    init(title: String, field: TextField = TextField(), reply: Reply) {
        self.title = title
        self.field = field
        self.reply = reply
    }

    public enum Action: Sendable, Equatable { case save, cancel }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.enter], "Enter", KeyText.promptSave, .save, status: "Enter", group: KeyText.hintSave),
        KeyBinding([.escape], "Esc", KeyText.promptCancel, .cancel, status: "Esc", group: KeyText.hintCancel),
    ]

    func render(into grid: inout Grid, area: Rect, language: Language) {
        let box = area.centred(width: min(area.width - 2, 70), height: 4)
        grid.fill(box)
        grid.frame(box, title: title, style: .accent)
        field.render(into: &grid, x: box.x + 2, y: box.y + 1, width: box.width - 4, focused: true)
        grid.put(KeyHints.line(Self.keyMap.docs, language), x: box.x + 2, y: box.y + 2, style: .dim, limit: box.width - 4)
    }
}

/// The keys that close a read-only overlay (the help, an item's history).
enum ReadOnlyOverlay {
    static let keyMap: [KeyBinding<Bool>] = [
        KeyBinding(
            [.escape, .character("?"), .character("q"), .enter], "Esc/?/q/Enter", KeyText.close, true, status: "Esc",
            group: Localized(vi: "để đóng", en: "to close"), localLabel: Localized(vi: "Esc hoặc ?", en: "Esc or ?")),
    ]

    static func hint(_ l: Language) -> String { KeyHints.line(keyMap.docs, l) }
}

/// The `?` overlay: every binding of the current screen and the global ones, generated from the
/// same key tables that drive the screen.
public enum HelpOverlay {
    public static func render(into grid: inout Grid, area: Rect, title: String, sections: [(String, [KeyDoc])], language: Language) {
        var lines: [(String, String, Bool)] = []
        for (heading, bindings) in sections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((heading, "", true))
            // Bindings that say the same thing share a line: "↑/k ↓/j  Chọn".
            for binding in bindings {
                let help = binding.shown(language)
                if let last = lines.last, !last.2, last.1 == help {
                    lines[lines.count - 1].0 += " " + binding.label
                } else {
                    lines.append((binding.label, help, false))
                }
            }
        }
        let keyWidth = min(16, (lines.map { DisplayWidth.of($0.0) }.max() ?? 4) + 2)
        // One column when it fits; else two, side by side, using the whole width.
        let oneColumnHeight = lines.count + 4
        let columns = oneColumnHeight <= area.height ? 1 : 2
        let perColumn = columns == 1 ? lines.count : (lines.count + 1) / 2
        let width = columns == 1 ? min(area.width - 2, 72) : area.width - 2
        let box = area.centred(width: width, height: min(area.height, perColumn + 4))
        grid.fill(box)
        grid.frame(box, title: title, style: .accent)
        let columnWidth = (box.width - 4 - (columns - 1) * 2) / columns
        let rows = box.height - 4
        for (n, line) in lines.enumerated() {
            let column = n / max(1, perColumn)
            let row = n % max(1, perColumn)
            guard column < columns, row < rows + 1 else { continue }
            let x = box.x + 2 + column * (columnWidth + 2)
            let y = box.y + 1 + row
            if line.2 {
                grid.put(line.0, x: x, y: y, style: .accent, limit: columnWidth)
            } else {
                grid.put(line.0, x: x + 1, y: y, style: .bold, limit: keyWidth - 1)
                grid.put(DisplayWidth.fit(line.1, columnWidth - keyWidth - 1), x: x + keyWidth, y: y, limit: columnWidth - keyWidth)
            }
        }
        grid.put(ReadOnlyOverlay.hint(language), x: box.x + 2, y: box.maxY - 2, style: .dim, limit: box.width - 4)
    }
}

/// The bottom line: hints generated from the key table, e.g. "↑↓ Chọn  Enter Mở  / Lọc  ? Trợ giúp".
public enum StatusLine {
    public static func hints(_ bindings: [KeyDoc], language: Language) -> String {
        bindings.compactMap { $0.hint(language) }.joined(separator: "  ")
    }

    /// The screen's hints then the global ones, in `width` columns: when they do not all fit, the
    /// screen's hints that do not fit give way whole (never cut mid-word), in order, and the global
    /// ones always show.
    public static func hints(screen: [KeyDoc], global: [KeyDoc], width: Int, language: Language) -> String {
        let always = hints(global, language: language)
        var chosen: [String] = []
        for binding in screen {
            guard let hint = binding.hint(language) else { continue }
            let candidate = (chosen + [hint, always]).joined(separator: "  ")
            // A hint that does not fit gives way; a shorter one after it may still fit.
            if DisplayWidth.of(candidate) > width { continue }
            chosen.append(hint)
        }
        return (chosen + [always]).joined(separator: "  ")
    }
}
