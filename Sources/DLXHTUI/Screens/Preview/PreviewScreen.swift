import DLXHDomain
import DLXHReport

/// The consolidated report as it will be written, for one period, over whichever screen opened
/// it: scrolled, moved a period back or on, switched between a month, a quarter, a half-year and
/// a year, written to a file, and its staff-written parts (assessment, causes, forecast, tasks)
/// edited (`PartsEditor`).
struct PreviewScreen: Component {
    static let id = ComponentID(rawValue: "preview")

    var period: Period?
    var lines: [String] = []
    var offset = 0
    /// The day the period kinds are taken around: a quarter, half-year or year is the one
    /// holding it, so month → quarter → … → month comes back to the same month.
    var anchor: Day?
    /// The staff-written parts being edited (nil: the report is shown).
    var editor: PartsEditor?

    var isOpen: Bool { period != nil }

    enum Action: Sendable, Equatable { case scroll(ListState.Action), earlier, later, periodKind, editParts, writeFile, close }
    /// The keys of the parts' editor.
    enum EditAction: Sendable, Equatable { case nextPart, previousPart, save, cancel }
    enum Ask: Sendable, Equatable { case reportFile(Period), discardParts }

    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.scrollUp, .scroll(.up), group: UIText.keyScroll),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.scrollDown, .scroll(.down), group: UIText.keyScroll),
        KeyBinding([.pageUp, .control("b")], "PgUp", KeyText.pageUp, .scroll(.pageUp), group: UIText.keyPage),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", KeyText.pageDown, .scroll(.pageDown), group: UIText.keyPage),
        KeyBinding([.left, .character("[")], "←", PreviewText.keyEarlier, .earlier, group: PreviewText.keyEarlierLater),
        KeyBinding([.right, .character("]")], "→", PreviewText.keyLater, .later, group: PreviewText.keyEarlierLater),
        KeyBinding([.character("p")], "p", PreviewText.keyPeriodKind, .periodKind, status: "p"),
        KeyBinding([.character("e")], "e", PreviewText.keyEditParts, .editParts, status: "e"),
        KeyBinding([.character("w")], "w", UIText.keyWriteReport, .writeFile, status: "w"),
        KeyBinding([.escape, .character("q")], "Esc", UIText.keyClose, .close, status: "Esc"),
    ]

    static let editKeyMap: [KeyBinding<EditAction>] = [
        KeyBinding([.tab], "Tab", PreviewText.keyNextPart, .nextPart, status: "Tab"),
        KeyBinding([.backTab], "Shift-Tab", PreviewText.keyPreviousPart, .previousPart),
        KeyBinding([.control("s")], "Ctrl-S", PreviewText.keySaveParts, .save, status: "Ctrl-S"),
        KeyBinding([.escape], "Esc", PreviewText.keyCancelParts, .cancel, status: "Esc"),
    ]

    func focus(on tab: ScreenID) -> Focus? { isOpen ? .over : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        switch navigation {
        case .preview, .reopen(.reportParts, _): true
        default: false
        }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        [(UIText.keyPreview(l), keyMap.docs), (PreviewText.keyPartsSection(l), editKeyMap.docs + TextArea.keyMap.prefix(1).map(\.doc))]
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { editor == nil ? Self.keyMap : [] }
    func keyDocs(_ context: ScreenContext) -> [KeyDoc] { editor == nil ? Self.keyMap.docs : Self.editKeyMap.docs + TextArea.keyMap.prefix(1).map(\.doc) }
    /// q closes the preview: the global keys give way as they do for a form.
    func takesTyping(_ context: ScreenContext) -> Bool { true }
    var hasUnsavedInput: Bool { editor?.isDirty == true }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        editor != nil || lines.isEmpty ? nil : (min(lines.count, offset + context.bodyHeight) - 1, lines.count)
    }

    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        if editor != nil { return edit(key, &context) }
        // Other keys are not the preview's (only F1 and Ctrl-C stay global while it is open).
        if Self.keyMap.action(for: key) != nil || FormKeys.staysGlobal(key) { return nil }
        if key == .character("?") { context.overlay = .help }
        return []
    }

    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? {
        guard editor != nil else { return nil }
        editor!.area.insert(Text.clean(text))
        return []
    }

    /// A key while the parts are edited: the editor's keys, then the text area's.
    mutating func edit(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard var editor else { return nil }
        if FormKeys.staysGlobal(key) { return nil }
        switch Self.editKeyMap.action(for: key) {
        case .nextPart?: editor.move(by: 1)
        case .previousPart?: editor.move(by: -1)
        case .save?:
            let parts = editor.current
            self.editor = nil
            refresh(context)
            return parts == editor.base ? [] : [.save(.reportParts(parts, base: editor.base))]
        case .cancel?:
            if editor.isDirty {
                context.overlay = .confirm(ConfirmDialog(question: PreviewText.discardParts(context.language), reply: reply(.discardParts)))
                return []
            }
            self.editor = nil
            return []
        case nil:
            _ = editor.area.handle(key, width: PartsEditor.textWidth(context.width))
        }
        self.editor = editor
        return []
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action): perform(action, &context)
        case .answered(let text, .reportFile(let period)):
            let path = text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.save(.reportFile(period, path: path))]
        case .confirmed(.discardParts): editor = nil
        case .navigate(.preview(let period)):
            editor = nil
            open(period, context)
        case .navigate(.reopen(.reportParts(let parts, let base, _), _)):
            // A save refused for a conflict, and the person went back to editing: as typed.
            if period != parts.period { open(parts.period, context) }
            editor = PartsEditor(base: base, draft: parts)
        case .reloaded:
            // The parts saved (ours or someone else's) show in the report at once.
            if isOpen, editor == nil { refresh(context) }
        default: break
        }
        return []
    }

    mutating func open(_ period: Period, _ context: ScreenContext, keepAnchor: Bool = false) {
        guard context.dataset != nil else { return }
        self.period = period
        if !keepAnchor || anchor == nil { anchor = min(context.now.day, period.advanced(by: 1).firstDay.adding(days: -1)) }
        render(context)
        offset = 0
    }

    /// The report's lines again, at the same place (after a save or a reload).
    mutating func refresh(_ context: ScreenContext) {
        render(context)
        offset = min(offset, max(0, lines.count - context.bodyHeight))
    }

    mutating func render(_ context: ScreenContext) {
        guard let dataset = context.dataset, let period else { return }
        lines = ReportOutput.lines(
            dataset: dataset, period: period, today: context.now.day, language: context.language, width: max(40, context.width - 4),
            measure: { DisplayWidth.of($0) })
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
        case .periodKind:
            let kinds = Period.Kind.allCases
            let kind = kinds[(kinds.firstIndex(of: period.kind)! + 1) % kinds.count]
            open(Period.containing(anchor ?? context.now.day, kind: kind), context, keepAnchor: true)
            context.toast = Toast(PreviewText.periodKind(self.period!))
            return
        case .editParts:
            guard let dataset = context.dataset else { return }
            editor = PartsEditor(base: dataset.parts(for: period))
            return
        case .writeFile:
            context.overlay = .prompt(
                Prompt(title: UIText.inFolder(UIText.reportFilePrompt(context.language), context.session.folder, context.language), field: TextField("bao-cao-tong-hop-\(period.id).docx"),
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
        if let editor {
            editor.render(into: &grid, area: area, language: context.language)
            return
        }
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
