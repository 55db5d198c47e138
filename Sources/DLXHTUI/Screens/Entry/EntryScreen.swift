import DLXHDomain
import Foundation

/// Nhập liệu: a received report typed in — the report's fields, then its opinion items, each in
/// the item editor. Ctrl-S saves from anywhere; Esc asks before throwing typed text away; the
/// whole form is kept as a draft in the store as it is typed.
struct EntryScreen: Component {
    static let id = ComponentID(rawValue: "entry")

    /// The list of recently entered reports shown when no form is open.
    var recent = ListState()
    /// The report form, while one is open.
    var form: Form<EntryField>?
    var items: [OpinionItem] = []
    var lastItemNumber: Int?
    var itemList = ListState()
    /// The keyboard is on the items list below the form's fields.
    var onItems = false
    /// The item editor, and which item it edits (`items.count` for a new one).
    var itemForm: Form<ItemField>?
    var editingItemIndex: Int?
    /// The report being edited (nil: a new one).
    var editingReportID: String?
    /// The report as it was when the form opened it: the base of the merge on save.
    var opened: Report?
    /// Typed since the draft was last written.
    var draftPending = false
    /// The draft found at start, until the user answers the offer.
    var offeredDraft: ReportDraft?
    /// Where to go back to once the report is saved (the dashboard, when it opened the form).
    var returnTo: ScreenID?
    var editedItems = false

    var isOpen: Bool { form != nil }
    var isDirty: Bool { (form?.isDirty ?? false) || (itemForm?.isDirty ?? false) || editedItems }

    enum Action: Sendable, Equatable { case list(ListState.Action), newReport, editReport, restoreDraft }

    /// What the keys of the item list (below the report's fields) ask for.
    enum ItemListAction: Sendable, Equatable { case up, down, toFields, toError, edit, add, moveUp, moveDown, delete, save, cancel }

    enum Ask: Sendable, Equatable {
        case choice(EntryField), itemChoice(ItemField)
        case duplicate(existing: String)
        case restoreDraft, discard, deleteItem(Int)
    }

    /// What to do with a second monthly report from the same unit for the same period.
    enum DuplicateChoice: String, CaseIterable, Sendable { case open, supplement, cancel }

    static let listKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("n"), .enter], "n", UIText.keyNewReport, .newReport, status: "n"),
        KeyBinding([.character("e")], "e", UIText.keyEditReport, .editReport, status: "e"),
    ]

    /// While a draft declined at start is still in the store: the key that brings it back.
    static let draftKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.character("r")], "r", UIText.keyRestoreDraft, .restoreDraft, status: "r"),
    ]

    static let itemListKeyMap: [KeyBinding<ItemListAction>] = [
        KeyBinding([.character("a"), .character("+"), .function(3)], "a/+/F3", KeyText.addItem, .add, status: "a", group: KeyText.hintAdd),
        KeyBinding([.enter], "Enter", KeyText.editItem, .edit, status: "Enter", group: KeyText.hintEdit),
        KeyBinding([.up, .character("k")], "↑/k", KeyText.previousItem, .up),
        KeyBinding([.down, .character("j"), .tab], "↓/j/Tab", KeyText.nextItem, .down),
        KeyBinding([.character("K")], "K", KeyText.moveItemUp, .moveUp, status: "K/J", group: KeyText.hintReorder),
        KeyBinding([.character("J")], "J", KeyText.moveItemDown, .moveDown, group: KeyText.hintReorder),
        KeyBinding([.character("D"), .delete], "D", KeyText.deleteItem, .delete, status: "D", group: KeyText.hintDelete),
        KeyBinding([.backTab], "Shift-Tab", KeyText.toFields, .toFields, status: "Shift-Tab", group: KeyText.hintToFields),
        KeyBinding([.control("g")], "Ctrl-G", UIText.formNextError, .toError),
        KeyBinding([.control("s")], "Ctrl-S", KeyText.submit, .save, status: "Ctrl-S", group: KeyText.hintSave),
        KeyBinding([.escape], "Esc", KeyText.cancelForm, .cancel, status: "Esc", group: KeyText.hintCancel),
    ]

    /// The item editor is a form whose Esc and Ctrl-S mean "back to the report" and "save it all".
    static var itemEditorDocs: [KeyDoc] { itemEditorDocs(errors: true) }

    static func itemEditorDocs(errors: Bool, focused kind: FormKeys.FieldKind? = nil) -> [KeyDoc] {
        FormKeys.docs(errors: errors, focused: kind).map { doc in
            var doc = doc
            if doc.keys == [.escape] {
                doc.help = KeyText.backToReport
                doc.group = KeyText.hintBackToReport
            } else if doc.keys == [.control("s")] {
                doc.help = KeyText.saveReport
                doc.group = KeyText.hintSaveReport
            }
            return doc
        }
    }

    func focus(on tab: ScreenID) -> Focus? { tab == .entry ? .tab : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        switch navigation {
        case .editReport, .newReport, .offerDraft, .reopen(.report, _): true
        default: false
        }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        [
            (ScreenID.entry.title(l), listKeyMap.docs + draftKeyMap.docs), (KeyText.itemListSection(l), itemListKeyMap.docs),
            (KeyText.itemEditorSection(l), itemEditorDocs),
        ]
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] {
        guard form == nil else { return [] }
        return Self.listKeyMap + (offeredDraft == nil ? [] : Self.draftKeyMap)
    }

    func keyDocs(_ context: ScreenContext) -> [KeyDoc] {
        if form == nil { return keyMap(context).docs }
        if let itemForm { return Self.itemEditorDocs(errors: itemForm.hasErrors || form?.hasErrors == true, focused: itemForm.focusedKind) }
        return onItems ? Self.itemListKeyMap.docs : form!.docs
    }

    var hasUnsavedInput: Bool { isDirty }
    /// The entry form's text goes into its draft when the program ends (`finalSaves`).
    var keepsDraftOnQuit: Bool { true }
    func takesTyping(_ context: ScreenContext) -> Bool { form != nil }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        let count = context.derived.recentlyEntered.count
        guard form == nil, count > 0 else { return nil }
        return (min(recent.selected, count - 1), count)
    }

    func finalSaves(_ context: ScreenContext) -> [Effect] {
        guard draftPending, let draft = draft(context) else { return [] }
        return [.save(.draft(draft))]
    }

    // MARK: Keys

    /// The open form has the keyboard (but for F1 and Ctrl-C).
    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard form != nil, !FormKeys.staysGlobal(key) else { return nil }
        defer {
            if isDirty { draftPending = true }
        }
        if var editor = itemForm {
            // Ctrl-G with nothing wrong in the item but something in the report: to the report's field.
            if FormKeys.keyMap.action(for: key) == .nextError, !editor.hasErrors, form?.hasErrors == true {
                _ = acceptItem(&context, thenSave: false)
                onItems = false
                form?.focusNextError()
                return []
            }
            let event = editor.handle(key, width: context.width - 4)
            itemForm = editor
            switch event {
            case .none: return []
            case .pick(let field, let typed):
                offerChoice(.item(field), typed: typed, &context)
                return []
            // Back to the report; the item's text is kept (nothing typed is ever dropped silently).
            case .cancel: return acceptItem(&context, thenSave: false)
            case .submit: return save(&context)
            }
        }
        if onItems { return itemListKey(key, &context) }
        guard var form else { return [] }
        if (key == .tab || key == .down) && form.focus == form.fields.count - 1 {
            onItems = true
            return []
        }
        let event = form.handle(key, width: context.width - 4)
        self.form = form
        switch event {
        case .none: return []
        case .pick(let field, let typed): offerChoice(.report(field), typed: typed, &context)
        case .cancel: askToDiscard(&context)
        case .submit: return save(&context)
        }
        return []
    }

    /// A burst of text goes into the focused field whole; on the item list, key by key.
    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? {
        guard form != nil, !onItems || itemForm != nil else { return nil }
        if var editor = itemForm {
            let event = editor.insert(text)
            itemForm = editor
            if case .pick(let field, let typed) = event { offerChoice(.item(field), typed: typed, &context) }
        } else if var form {
            let event = form.insert(text)
            self.form = form
            if case .pick(let field, let typed) = event { offerChoice(.report(field), typed: typed, &context) }
        }
        if isDirty { draftPending = true }
        return []
    }

    mutating func itemListKey(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        let count = items.count
        guard var action: ItemListAction = Self.itemListKeyMap.action(for: key) else { return [] }
        if key == .up && itemList.selected == 0 { action = .toFields }
        switch action {
        case .toFields: onItems = false
        case .toError:
            // To the report's field in error; with none, to the fields.
            onItems = false
            form?.focusNextError()
        case .up: itemList.move(by: -1, count: count)
        case .down: itemList.move(by: 1, count: count)
        case .edit: return openItem(items.indices.contains(itemList.selected) ? itemList.selected : nil, context)
        case .add: return openItem(nil, context)
        case .moveUp, .moveDown:
            let i = itemList.selected
            let j = action == .moveUp ? i - 1 : i + 1
            guard items.indices.contains(i), items.indices.contains(j) else { return [] }
            items.swapAt(i, j)
            itemList.select(j, count: count)
            editedItems = true
        case .delete:
            guard items.indices.contains(itemList.selected) else { return [] }
            let n = itemList.selected
            context.overlay = .confirm(ConfirmDialog(question: UIText.confirmDeleteItem(n + 1)(context.language), reply: reply(.deleteItem(n))))
        case .save: return save(&context)
        case .cancel: askToDiscard(&context)
        }
        return []
    }

    mutating func openItem(_ index: Int?, _ context: ScreenContext) -> [Effect] {
        itemForm = Self.itemForm(context, item: index.map { items[$0] })
        editingItemIndex = index ?? items.count
        return []
    }

    mutating func askToDiscard(_ context: inout ScreenContext) {
        if isDirty {
            context.overlay = .confirm(ConfirmDialog(question: UIText.discardReport(context.language), reply: reply(.discard)))
        } else {
            close(&context)
        }
    }

    /// Closes the form without saving and goes back to where it was opened from.
    mutating func close(_ context: inout ScreenContext) {
        let back = returnTo
        self = EntryScreen()
        if let back { context.navigate(.screen(back)) }
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(.list(let move)):
            recent.handle(move, count: context.derived.recentlyEntered.count, page: context.bodyHeight - 4)
        case .action(.newReport): openNew(&context)
        case .action(.editReport):
            guard let report = context.derived.recentlyEntered.dropFirst(recent.selected).first else { return [] }
            openEdit(report, &context)
        case .picked(let option, let ask): return picked(option, ask, &context)
        case .confirmed(.discard):
            close(&context)
            return [.save(.draft(nil))]
        case .action(.restoreDraft):
            if let offeredDraft { restore(offeredDraft, &context) }
        case .confirmed(.restoreDraft):
            if let offeredDraft { restore(offeredDraft, &context) }
        case .confirmed(.deleteItem(let n)):
            guard items.indices.contains(n) else { return [] }
            items.remove(at: n)
            itemList.select(n, count: items.count)
            editedItems = true
            draftPending = true
        case .navigate(let navigation): navigate(navigation, &context)
        case .tick:
            // The form is written to the store as a draft at most a tick behind the typing.
            guard draftPending, let draft = draft(context) else { return [] }
            draftPending = false
            return [.save(.draft(draft))]
        default: break
        }
        return []
    }

    mutating func navigate(_ navigation: Navigation, _ context: inout ScreenContext) {
        switch navigation {
        case .editReport(let report):
            let from = context.tab
            openEdit(report, &context)
            if from != .entry { returnTo = from }
        case .newReport(let unitID, let period, let returnTo): openNew(&context, unitID: unitID, period: period, returnTo: returnTo)
        case .offerDraft(let draft):
            offeredDraft = draft
            context.overlay = .confirm(
                ConfirmDialog(question: UIText.draftOffer(draft.savedAt.displayString)(context.language), reply: reply(.restoreDraft)))
        case .reopen(.report(var report, let base, _), let asNew):
            // A refused save: the form opens again with what was typed, still based on the
            // version first opened (so saving again merges the same way).
            if asNew {
                report.id = ""
                report.items = report.items.map { item in
                    var copy = item
                    copy.revision = nil
                    return copy
                }
            }
            openEdit(report, &context)
            if asNew {
                editingReportID = nil
                opened = nil
            } else {
                opened = base
            }
            form?.isDirty = true
            editedItems = true
            draftPending = true
        default: break
        }
    }
}

extension AppState {
    var entry: EntryScreen {
        get { self[EntryScreen.self] }
        set { self[EntryScreen.self] = newValue }
    }
}
