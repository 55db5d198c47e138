import Foundation
import DLXHDomain

/// Choosing one of a list of options, with type-ahead. Knows nothing of what the options mean.
///
/// Keys: ↑/↓ (and Ctrl-P/Ctrl-N, PgUp/PgDn) always move; every other character is typed into
/// the "Gõ để lọc" box — `j` and `k` too, since they are letters of the options' names. Enter
/// chooses the highlighted option; Enter when nothing matches says so and stays open; Esc closes.
///
/// Which options show: those holding every typed word, case, diacritics and đ/d ignored
/// ("dong nai" finds "Đồng Nai"). In what order, best first:
/// 1. How it matches: the label starts with the typed text, then every typed word starts a word
///    of the label, then the label merely contains every word.
/// 2. How close the diacritics are: typed exactly as written (case aside), then the same letters
///    with other tone marks (ă â ê ô ơ ư đ are letters of their own; the five tone marks are
///    not), then only alike when everything is folded. So "phan" puts "Phản đối" (the letters
///    p-h-a-n) before "Phấn khởi" (p-h-â-n), and typing "phấn" picks "Phấn khởi".
///    When the typed text has diacritics of its own, this closeness comes first of all: what was
///    typed with its marks is what was meant.
/// 3. Among equals, the list's own order.
///
/// The highlight: an option the person put the highlight on — the current value the picker
/// opened with, or one moved to with the arrows — stays highlighted while editing the filter as
/// long as it still matches (so Backspace never moves it; with diacritics typed, as long as it
/// matches them as closely as the best does); otherwise the best match is highlighted, and
/// stays the best as the filter changes.
public struct Picker: Hashable, Sendable {
    public struct Option: Hashable, Sendable {
        public var id: String
        public var label: String
        let folded: String
        /// The label lower-cased, as written; and without its tone marks.
        let exact: String
        let toneless: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
            self.folded = Text.fold(label + " " + id)
            self.exact = Text.nfc(label).lowercased()
            self.toneless = Picker.withoutTones(label)
        }
    }

    public var title: String
    public private(set) var options: [Option]
    public private(set) var query = TextField()
    public var list = ListState()
    /// Said in the box after Enter found nothing to choose; cleared by the next key.
    public private(set) var notice: Localized?
    /// Whether the highlight is where the person put it (the current value, or moved to with the
    /// arrows) rather than simply the best match.
    private var highlightChosen = false

    public init(title: String, options: [Option], selectedID: String? = nil) {
        self.title = title
        self.options = options
        if let selectedID, let index = options.firstIndex(where: { $0.id == selectedID }) {
            list.selected = index
            highlightChosen = true
        }
    }

    /// The options matching what was typed, best first (the order in the type's comment).
    public var matches: [Option] { ranked.map(\.option) }

    /// The matches with how close their diacritics are to what was typed (0 exact, 1 other tone
    /// marks, 2 only alike folded), best first.
    var ranked: [(option: Option, closeness: Int)] {
        let typed = Text.fold(query.text)
        let words = typed.split(separator: " ")
        guard !words.isEmpty else { return options.map { ($0, 0) } }
        let typedExact = Text.nfc(query.text).lowercased().split(separator: " ").map(String.init)
        let typedToneless = Picker.withoutTones(query.text).split(separator: " ").map(String.init)
        var ranked: [(how: Int, closeness: Int, index: Int)] = []
        for (index, option) in options.enumerated() {
            let labelWords = option.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let how: Int
            if option.folded.hasPrefix(typed) {
                how = 0
            } else if words.allSatisfy({ w in labelWords.contains { $0.hasPrefix(w) } }) {
                how = 1
            } else if words.allSatisfy({ option.folded.contains($0) }) {
                how = 2
            } else {
                continue
            }
            let closeness: Int
            if typedExact.allSatisfy({ option.exact.contains($0) }) {
                closeness = 0
            } else if typedToneless.allSatisfy({ option.toneless.contains($0) }) {
                closeness = 1
            } else {
                closeness = 2
            }
            ranked.append((how, closeness, index))
        }
        if typedHasDiacritics {
            ranked.sort { ($0.closeness, $0.how, $0.index) < ($1.closeness, $1.how, $1.index) }
        } else {
            ranked.sort { ($0.how, $0.closeness, $0.index) < ($1.how, $1.closeness, $1.index) }
        }
        return ranked.map { (options[$0.index], $0.closeness) }
    }

    /// Whether the typed text carries marks of its own (then they are meant).
    var typedHasDiacritics: Bool { Text.nfc(query.text).lowercased() != Text.fold(query.text) }

    /// Lower case, NFC, with the five Vietnamese tone marks taken off (the letters' own marks —
    /// breve, circumflex, horn, đ — stay).
    static func withoutTones(_ text: String) -> String {
        let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter { !tones.contains($0.value) }
        return Text.nfc(String(String.UnicodeScalarView(decomposed)))
    }

    public var selected: Option? {
        let m = matches
        return m.indices.contains(list.selected) ? m[list.selected] : nil
    }

    /// What a picker's keys ask for; other keys type into its query.
    public enum Action: Sendable, Equatable { case up, down, pageUp, pageDown, choose, close }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .control("p")], "↑/Ctrl-P", KeyText.pickerUp, .up, status: "↑↓", group: KeyText.pickerMove),
        KeyBinding([.down, .control("n")], "↓/Ctrl-N", KeyText.pickerDown, .down),
        KeyBinding([.pageUp], "PgUp", KeyText.pageUp, .pageUp),
        KeyBinding([.pageDown], "PgDn", KeyText.pageDown, .pageDown),
        KeyBinding([.enter], "Enter", KeyText.pick, .choose, status: "Enter"),
        KeyBinding([.escape], "Esc", KeyText.close, .close, status: "Esc"),
    ]

    /// What a key did, for the owner to act on.
    public enum Event: Sendable, Equatable {
        case none
        case chosen(Option)
        /// Closed without a choice (Esc).
        case closed
    }

    /// Typing filters; arrows move; Enter chooses (or, on no match, says so); Esc closes.
    public mutating func handle(_ key: Key) -> Event {
        notice = nil
        let action: Action? = Self.keyMap.action(for: key)
        switch action {
        case .up?, .down?, .pageUp?, .pageDown?:
            let step = action == .up ? -1 : action == .down ? 1 : action == .pageUp ? -8 : 8
            list.move(by: step, count: matches.count)
            highlightChosen = true
        case .choose?:
            if let selected { return .chosen(selected) }
            notice = UIText.noMatchToChoose
        case .close?: return .closed
        case nil:
            let highlighted = selected
            guard query.handle(key) else { return .none }
            keepHighlight(highlighted)
        }
        return .none
    }

    public mutating func type(_ text: String) {
        let highlighted = selected
        query.insert(text)
        keepHighlight(highlighted)
    }

    /// After the filter changed: the option the person highlighted, if it still matches (and,
    /// when diacritics were typed, matches them as closely as the best does); else the best.
    private mutating func keepHighlight(_ previous: Option?) {
        let now = ranked
        var index = 0
        if highlightChosen, let previous, let kept = now.firstIndex(where: { $0.option.id == previous.id }),
            !typedHasDiacritics || now[kept].closeness == now[0].closeness
        {
            index = kept
        } else {
            highlightChosen = false
        }
        list.select(index, count: now.count)
    }

    /// A framed pop-up list centred in `area`.
    public func render(into grid: inout Grid, area: Rect, language: Language) {
        let items = matches
        let width = min(area.width - 4, max(30, (options.map { DisplayWidth.of($0.label) }.max() ?? 20) + 4, DisplayWidth.of(title) + 8))
        // Enter on no match: the notice gets lines of its own.
        let noticeLines = items.isEmpty ? notice.map { TextArea.wrap($0(language), width: width - 4).count } ?? 0 : 0
        let height = min(area.height - 2, noticeLines > 0 ? 5 + noticeLines : items.count + 4)
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
            if let notice {
                for (i, line) in TextArea.wrap(notice(language), width: listRect.width).prefix(max(0, listRect.height - 2)).enumerated() {
                    grid.put(line.text, x: listRect.x, y: listRect.y + 2 + i, style: .warning, limit: listRect.width)
                }
            }
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
