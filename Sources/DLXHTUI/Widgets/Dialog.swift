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
        grid.put(KeyHints.line(Self.keyMap.docs, language, width: box.width - 6, separator: "    "), x: box.x + 3, y: box.maxY - 2, style: .bold, limit: box.width - 6)
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
        let width = min(area.width - 2, max(70, DisplayWidth.of(title) + 8))
        // A title too long for the frame (a unit's long name) is written whole inside the box,
        // wrapped at words, rather than cut on the frame.
        let lines = DisplayWidth.of(title) + 8 > width ? WordFit.wrap(title, width - 4) : []
        let box = area.centred(width: width, height: 4 + lines.count)
        grid.fill(box)
        grid.frame(box, title: lines.isEmpty ? title : "", style: .accent)
        for (i, line) in lines.enumerated() { grid.put(line, x: box.x + 2, y: box.y + 1 + i, style: .accent.with(bold: true), limit: box.width - 4) }
        let y = box.y + 1 + lines.count
        field.render(into: &grid, x: box.x + 2, y: y, width: box.width - 4, focused: true)
        grid.put(KeyHints.line(Self.keyMap.docs, language, width: box.width - 4), x: box.x + 2, y: y + 1, style: .dim, limit: box.width - 4)
    }
}

/// The keys of a read-only overlay (the help, an item's history): they scroll it and close it.
enum ReadOnlyOverlay {
    enum Action: Sendable, Equatable { case close, up, down, pageUp, pageDown }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.scrollUp, .up, status: "↑↓", group: Localized(vi: "cuộn", en: "scroll")),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.scrollDown, .down),
        KeyBinding([.pageUp], "PgUp", KeyText.pageUp, .pageUp),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", KeyText.pageDown, .pageDown),
        KeyBinding(
            [.escape, .character("?"), .character("q"), .enter], "Esc/?/q/Enter", KeyText.close, .close, status: "Esc",
            group: Localized(vi: "để đóng", en: "to close"), localLabel: Localized(vi: "Esc hoặc ?", en: "Esc or ?")),
    ]

    /// The hint line: the scroll keys only when there is something to scroll.
    static func hint(_ l: Language, scrolls: Bool = false, width: Int = 200) -> String {
        KeyHints.line(keyMap.docs.filter { scrolls || $0.statusLabel == "Esc" }, l, width: width)
    }

    /// The new offset after `action` over `rows` rows with `page` of them shown; nil: close.
    static func scroll(_ action: Action, offset: Int, maxOffset: Int, page: Int) -> Int? {
        let step: Int
        switch action {
        case .close: return nil
        case .up: step = -1
        case .down: step = 1
        case .pageUp: step = -max(1, page - 1)
        case .pageDown: step = max(1, page - 1)
        }
        return min(max(0, offset + step), max(0, maxOffset))
    }
}

/// The `?` overlay: every binding of the current screen and the global ones, generated from the
/// same key tables that drive the screen. A key's help wraps in its column, never cut; when it
/// does not all fit, it scrolls (↑/↓, PgUp/PgDn) and says where it is.
public enum HelpOverlay {
    /// One drawn row: a key (or nothing, on a wrapped line), its help or part of it, or a heading.
    struct Row: Equatable {
        var key: String
        var text: String
        var heading: Bool
    }

    /// How the help is laid out in an area: the box, the rows per column and how many show.
    struct Layout {
        var box: Rect
        var columns: [[Row]]
        var keyWidth: Int
        var columnWidth: Int
        /// Rows that show at once (the box's height less its frame, the blank and the hint).
        var visible: Int
        var maxOffset: Int { max(0, (columns.map(\.count).max() ?? 0) - visible) }
    }

    /// Each binding once, bindings that say the same thing on one line ("↑/k ↓/j  Chọn").
    static func entries(_ sections: [(String, [KeyDoc])], language: Language) -> [(String, String, Bool)] {
        var lines: [(String, String, Bool)] = []
        for (heading, bindings) in sections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((heading, "", true))
            for binding in bindings {
                let help = binding.shown(language)
                if let last = lines.last, !last.2, last.1 == help {
                    lines[lines.count - 1].0 += " " + binding.label
                } else {
                    lines.append((binding.label, help, false))
                }
            }
        }
        return lines
    }

    /// The entries as rows of a column `width` wide: help wrapped after a key column.
    static func rows(_ entries: [(String, String, Bool)], width: Int, keyWidth: Int) -> [Row] {
        entries.flatMap { key, text, heading -> [Row] in
            if heading { return [Row(key: key, text: "", heading: true)] }
            if key.isEmpty && text.isEmpty { return [Row(key: "", text: "", heading: false)] }
            // A key too long for its column gets a line of its own.
            let keyAlone = DisplayWidth.of(key) > keyWidth - 1
            let lines = WordFit.wrap(text, max(8, width - keyWidth))
            let first = keyAlone ? [Row(key: key, text: "", heading: false)] : []
            return first + lines.enumerated().map { Row(key: $0.offset == 0 && !keyAlone ? key : "", text: $0.element, heading: false) }
        }
    }

    /// One column when it fits; two side by side when each keeps room for its text; else one
    /// column that scrolls.
    static func layout(area: Rect, sections: [(String, [KeyDoc])], language: Language) -> Layout {
        let entries = entries(sections, language: language)
        let keyWidth = min(16, (entries.filter { !$0.2 }.map { DisplayWidth.of($0.0) }.max() ?? 4) + 2)
        let oneWidth = min(area.width - 2, 76)
        let one = rows(entries, width: oneWidth - 4, keyWidth: keyWidth)
        if one.count + 4 <= area.height {
            let box = area.centred(width: oneWidth, height: one.count + 4)
            return Layout(box: box, columns: [one], keyWidth: keyWidth, columnWidth: oneWidth - 4, visible: one.count)
        }
        let twoWidth = (area.width - 2 - 4 - 2) / 2
        if twoWidth - keyWidth >= 26 {
            let two = rows(entries, width: twoWidth, keyWidth: keyWidth)
            // Split after the row that ends the first half's entry, so no entry is split.
            var split = (two.count + 1) / 2
            while split < two.count, two[split].key.isEmpty, !two[split].text.isEmpty { split += 1 }
            let columns = [Array(two[..<split]), Array(two[split...])]
            let tallest = columns.map(\.count).max() ?? 0
            if tallest + 4 <= area.height {
                let box = area.centred(width: area.width - 2, height: tallest + 4)
                return Layout(box: box, columns: columns, keyWidth: keyWidth, columnWidth: twoWidth, visible: tallest)
            }
        }
        // Scrolling: the whole area, so the screen underneath does not show at the sides.
        let fullWidth = area.width
        let box = area.centred(width: fullWidth, height: area.height)
        let scrolled = rows(entries, width: fullWidth - 4, keyWidth: keyWidth)
        return Layout(box: box, columns: [scrolled], keyWidth: keyWidth, columnWidth: fullWidth - 4, visible: max(1, box.height - 4))
    }

    public static func render(
        into grid: inout Grid, area: Rect, title: String, sections: [(String, [KeyDoc])], language: Language, offset: Int = 0
    ) {
        let layout = layout(area: area, sections: sections, language: language)
        let box = layout.box
        let offset = min(max(0, offset), layout.maxOffset)
        grid.fill(box)
        grid.frame(box, title: title, style: .accent)
        for (c, column) in layout.columns.enumerated() {
            let x = box.x + 2 + c * (layout.columnWidth + 2)
            for (i, row) in column.dropFirst(offset).prefix(layout.visible).enumerated() {
                let y = box.y + 1 + i
                if row.heading {
                    grid.put(row.key, x: x, y: y, style: .accent, limit: layout.columnWidth)
                } else {
                    grid.put(row.key, x: x + 1, y: y, style: .bold, limit: row.text.isEmpty ? layout.columnWidth - 1 : layout.keyWidth - 1)
                    grid.put(row.text, x: x + layout.keyWidth, y: y, limit: layout.columnWidth - layout.keyWidth)
                }
            }
        }
        let scrolls = layout.maxOffset > 0
        var hintWidth = box.width - 4
        if scrolls {
            // Where the view is: "12–29/41".
            let total = layout.columns.map(\.count).max() ?? 0
            let position = "\(offset + 1)–\(min(total, offset + layout.visible))/\(total)"
            hintWidth -= DisplayWidth.of(position) + 2
            grid.put(position, x: box.maxX - 2 - DisplayWidth.of(position), y: box.maxY - 2, style: .dim)
        }
        grid.put(ReadOnlyOverlay.hint(language, scrolls: scrolls, width: hintWidth), x: box.x + 2, y: box.maxY - 2, style: .dim, limit: hintWidth)
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
        (chosen(screen: screen, global: global, width: width, language: language) + [hints(global, language: language)]).joined(separator: "  ")
    }

    /// The screen's hints that fit beside the global ones in `width` columns (the rest give way
    /// whole, in order); a form's hint line shows the same ones.
    public static func chosen(screen: [KeyDoc], global: [KeyDoc], width: Int, language: Language) -> [String] {
        let always = hints(global, language: language)
        let hints = screen.map { $0.hint(language) }
        // Saving and leaving are never the ones to give way: they are chosen first, then the
        // others in order; the line keeps the key map's order.
        let essential = screen.indices.filter { screen[$0].keys.contains(.escape) || screen[$0].keys.contains(.control("s")) }
        var taken = Set<Int>()
        for i in essential + screen.indices.filter({ !essential.contains($0) }) {
            guard let hint = hints[i] else { continue }
            let candidate = (taken.sorted().compactMap { hints[$0] } + [hint, always]).joined(separator: "  ")
            // A hint that does not fit gives way; a shorter one after it may still fit.
            if DisplayWidth.of(candidate) > width { continue }
            taken.insert(i)
        }
        return taken.sorted().compactMap { hints[$0] }
    }
}
