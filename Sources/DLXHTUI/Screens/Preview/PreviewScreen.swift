import DLXHDomain
import DLXHReport

/// The consolidated report as it will be written, for one period, over whichever screen opened
/// it: scrolled, moved a month back or on, and written to a file.
struct PreviewScreen: Component {
    static let id = ComponentID(rawValue: "preview")

    var period: Period?
    var lines: [String] = []
    var offset = 0

    var isOpen: Bool { period != nil }

    enum Action: Sendable, Equatable { case scroll(ListState.Action), earlier, later, writeFile, close }
    enum Ask: Sendable, Equatable { case reportFile(Period) }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.scrollUp, .scroll(.up), status: "↑↓", group: UIText.keyScroll),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.scrollDown, .scroll(.down), group: UIText.keyScroll),
        KeyBinding([.pageUp, .control("b")], "PgUp", KeyText.pageUp, .scroll(.pageUp), group: UIText.keyPage),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", KeyText.pageDown, .scroll(.pageDown), group: UIText.keyPage),
        KeyBinding([.left, .character("[")], "←", UIText.keyEarlierMonth, .earlier, status: "←→"),
        KeyBinding([.right, .character("]")], "→", UIText.keyLaterMonth, .later),
        KeyBinding([.character("w")], "w", UIText.keyWriteReport, .writeFile, status: "w"),
        KeyBinding([.escape, .character("q")], "Esc", UIText.keyClose, .close, status: "Esc"),
    ]

    func focus(on tab: ScreenID) -> Focus? { isOpen ? .over : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        if case .preview = navigation { return true }
        return false
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] { [(UIText.keyPreview(l), keyMap.docs)] }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { Self.keyMap }
    /// q closes the preview: the global keys give way as they do for a form.
    func takesTyping(_ context: ScreenContext) -> Bool { true }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        lines.isEmpty ? nil : (min(lines.count, offset + context.bodyHeight) - 1, lines.count)
    }

    /// Other keys are not the preview's (only F1 and Ctrl-C stay global while it is open).
    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        if Self.keyMap.action(for: key) != nil || FormKeys.staysGlobal(key) { return nil }
        if key == .character("?") { context.overlay = .help }
        return []
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action): perform(action, &context)
        case .answered(let text, .reportFile(let period)):
            let path = text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.save(.reportFile(period, path: path))]
        case .navigate(.preview(let period)): open(period, context)
        default: break
        }
        return []
    }

    mutating func open(_ period: Period, _ context: ScreenContext) {
        guard let dataset = context.dataset else { return }
        self.period = period
        lines = ReportOutput.lines(
            dataset: dataset, period: period, today: context.now.day, language: context.language, width: max(40, context.width - 4),
            measure: { DisplayWidth.of($0) })
        offset = 0
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) {
        guard let period else { return }
        let page = max(1, context.bodyHeight - 1)
        switch action {
        case .scroll(.up): offset -= 1
        case .scroll(.down): offset += 1
        case .scroll(.pageUp): offset -= page
        case .scroll(.pageDown): offset += page
        case .scroll: break
        case .earlier, .later:
            let next = period.advanced(by: action == .earlier ? -1 : 1)
            guard next <= Period.containing(context.now.day, kind: period.kind) else { return }
            open(next, context)
            return
        case .writeFile:
            context.overlay = .prompt(
                Prompt(title: UIText.reportFilePrompt(context.language), field: TextField("bao-cao-tong-hop-\(period.id).docx"),
                    reply: reply(.reportFile(period))))
            return
        case .close:
            self = PreviewScreen()
            return
        }
        offset = min(max(0, offset), max(0, lines.count - context.bodyHeight))
    }

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        grid.fill(area)
        for (i, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            grid.put(line, x: 2, y: area.y + i, limit: area.width - 3)
        }
    }
}

extension AppState {
    var preview: PreviewScreen {
        get { self[PreviewScreen.self] }
        set { self[PreviewScreen.self] = newValue }
    }
}
