import DLXHDomain

/// A document shown in full before it is written (a reminder letter): read from the top, scrolled
/// like the help, and written with one key. Writing is the asker's business: `w` sends its reply
/// back as confirmed (the asker then asks for the file's path); Esc closes with nothing written.
public struct DocumentPreview: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    /// How far it is scrolled from the top, in wrapped lines.
    public var offset = 0
    /// Who asked, and why: `w` sends it back.
    public var reply: Reply

    init(title: String, text: String, reply: Reply) {
        self.title = title
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        self.reply = reply
    }

    public enum Action: Sendable, Equatable { case write, close, up, down, pageUp, pageDown }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.character("w"), .enter], "w/Enter", KeyText.writeDocument, .write, status: "w",
            group: Localized(vi: "ghi ra tệp", en: "write to a file")),
        KeyBinding([.up, .character("k")], "↑/k", KeyText.scrollUp, .up, status: "↑↓", group: Localized(vi: "cuộn", en: "scroll")),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.scrollDown, .down),
        KeyBinding([.pageUp], "PgUp", KeyText.pageUp, .pageUp),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", KeyText.pageDown, .pageDown),
        KeyBinding([.escape, .character("q")], "Esc/q", KeyText.closeUnwritten, .close, status: "Esc",
            group: Localized(vi: "đóng, không ghi", en: "close unwritten")),
    ]

    /// What a key did: the document is to be written, it was closed, or it stays (scrolled).
    public enum Outcome: Sendable, Equatable { case write, closed, stays }

    mutating func handle(_ key: Key, area: Rect) -> Outcome {
        guard let action = Self.keyMap.action(for: key) else { return .stays }
        // Scrolling is the help's and the history's (`ReadOnlyOverlay.scroll`).
        let scroll: ReadOnlyOverlay.Action
        switch action {
        case .write: return .write
        case .close: return .closed
        case .up: scroll = .up
        case .down: scroll = .down
        case .pageUp: scroll = .pageUp
        case .pageDown: scroll = .pageDown
        }
        let layout = layout(area)
        let maxOffset = max(0, layout.wrapped.count - layout.visible)
        offset = ReadOnlyOverlay.scroll(scroll, offset: offset, maxOffset: maxOffset, page: layout.visible) ?? offset
        return .stays
    }

    /// The box, the lines wrapped to it (never cut mid-word) and how many show at once.
    func layout(_ area: Rect) -> (box: Rect, wrapped: [String], visible: Int) {
        let textWidth = max(10, min(area.width - 6, 90))
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : WordFit.wrap($0, textWidth) }
        let box = area.centred(width: min(area.width - 2, textWidth + 4), height: min(area.height, wrapped.count + 4))
        return (box, wrapped, max(1, box.height - 4))
    }

    func render(into grid: inout Grid, area: Rect, language: Language) {
        let (box, wrapped, visible) = layout(area)
        grid.fill(box)
        grid.frame(box, title: title, style: .accent)
        let top = min(offset, max(0, wrapped.count - visible))
        for (i, line) in wrapped.dropFirst(top).prefix(visible).enumerated() {
            grid.put(line, x: box.x + 2, y: box.y + 1 + i, limit: box.width - 4)
        }
        // Where the view is, when it does not all show: "1–16/40", as the help says it.
        let scrolls = wrapped.count > visible
        var hintWidth = box.width - 4
        if scrolls {
            let position = "\(top + 1)–\(min(wrapped.count, top + visible))/\(wrapped.count)"
            hintWidth -= DisplayWidth.of(position) + 2
            grid.put(position, x: box.maxX - 2 - DisplayWidth.of(position), y: box.maxY - 2, style: .dim)
        }
        let docs = Self.keyMap.docs.filter { scrolls || $0.statusLabel == "w" || $0.statusLabel == "Esc" }
        grid.put(KeyHints.line(docs, language, width: hintWidth), x: box.x + 2, y: box.maxY - 2, style: .dim, limit: hintWidth)
    }
}
