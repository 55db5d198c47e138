import DLXHDomain

/// Choosing one of a list of options, with type-ahead that ignores case and diacritics
/// ("dong nai" finds "Đồng Nai"). Knows nothing of what the options mean.
public struct Picker: Hashable, Sendable {
    public struct Option: Hashable, Sendable {
        public var id: String
        public var label: String
        let folded: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
            self.folded = Text.fold(label + " " + id)
        }
    }

    public var title: String
    public private(set) var options: [Option]
    public private(set) var query = TextField()
    public var list = ListState()

    public init(title: String, options: [Option], selectedID: String? = nil) {
        self.title = title
        self.options = options
        if let selectedID, let index = options.firstIndex(where: { $0.id == selectedID }) {
            list.selected = index
        }
    }

    /// The options matching what was typed, best first: labels that start with it, then labels
    /// in which every typed word starts a word, then labels that merely contain every word.
    public var matches: [Option] {
        let typed = Text.fold(query.text)
        let words = typed.split(separator: " ")
        guard !words.isEmpty else { return options }
        var ranked: [(rank: Int, index: Int)] = []
        for (index, option) in options.enumerated() {
            let labelWords = option.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let rank: Int
            if option.folded.hasPrefix(typed) {
                rank = 0
            } else if words.allSatisfy({ w in labelWords.contains { $0.hasPrefix(w) } }) {
                rank = 1
            } else if words.allSatisfy({ option.folded.contains($0) }) {
                rank = 2
            } else {
                continue
            }
            ranked.append((rank, index))
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { options[$0.index] }
    }

    public var selected: Option? {
        let m = matches
        return m.indices.contains(list.selected) ? m[list.selected] : nil
    }

    /// What a picker's keys ask for; other keys type into its query.
    public enum Action: Sendable, Equatable { case up, down, pageUp, pageDown, choose, close }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .control("p")], "↑/Ctrl-P", KeyText.pickerUp, .up),
        KeyBinding([.down, .control("n")], "↓/Ctrl-N", KeyText.pickerDown, .down),
        KeyBinding([.pageUp], "PgUp", KeyText.pageUp, .pageUp),
        KeyBinding([.pageDown], "PgDn", KeyText.pageDown, .pageDown),
        KeyBinding([.enter], "Enter", KeyText.pick, .choose),
        KeyBinding([.escape], "Esc", KeyText.close, .close),
    ]

    /// What a key did, for the owner to act on.
    public enum Event: Sendable, Equatable {
        case none
        case chosen(Option)
        /// Closed without a choice (Esc, or Enter on no match).
        case closed
    }

    /// Typing filters; arrows move; Enter chooses; Esc closes.
    public mutating func handle(_ key: Key) -> Event {
        let action: Action? = Self.keyMap.action(for: key)
        switch action {
        case .up?: list.move(by: -1, count: matches.count)
        case .down?: list.move(by: 1, count: matches.count)
        case .pageUp?: list.move(by: -8, count: matches.count)
        case .pageDown?: list.move(by: 8, count: matches.count)
        case .choose?: return selected.map { .chosen($0) } ?? .closed
        case .close?: return .closed
        case nil:
            guard query.handle(key) else { return .none }
            list.select(0, count: matches.count)
        }
        return .none
    }

    public mutating func type(_ text: String) {
        query.insert(text)
        list.select(0, count: matches.count)
    }

    /// A framed pop-up list centred in `area`.
    public func render(into grid: inout Grid, area: Rect, language: Language) {
        let items = matches
        let width = min(area.width - 4, max(30, (options.map { DisplayWidth.of($0.label) }.max() ?? 20) + 4, DisplayWidth.of(title) + 8))
        let height = min(area.height - 2, items.count + 4)
        let box = area.centred(width: width, height: max(5, height))
        grid.fill(box)
        grid.frame(box, title: title, style: .accent)
        let prompt = UIText.typeToFilter(language) + " "
        let x = grid.put(prompt, x: box.x + 2, y: box.y + 1, style: .dim, limit: box.width - 4)
        query.render(into: &grid, x: x, y: box.y + 1, width: box.maxX - 2 - x, focused: true)
        let rows = items.map { TableRow([$0.label]) }
        let listRect = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        if items.isEmpty {
            grid.put(UIText.noMatches(language), x: listRect.x, y: listRect.y + 1, style: .dim, limit: listRect.width)
        } else {
            let scrolled = list.scrolled(visible: listRect.height, count: items.count)
            for (line, index) in (scrolled.offset..<min(items.count, scrolled.offset + listRect.height)).enumerated() {
                let style: Style = index == scrolled.selected ? .selected : .plain
                grid.put(DisplayWidth.fit(rows[index].cells[0], listRect.width), x: listRect.x, y: listRect.y + line, style: style)
                Highlight.mark(query.text, in: rows[index].cells[0], grid: &grid, x: listRect.x, y: listRect.y + line, limit: listRect.width)
            }
        }
    }
}
