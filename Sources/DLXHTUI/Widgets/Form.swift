import DLXHDomain

/// A form: labelled fields, one focused; Tab/Shift-Tab and ↑/↓ move between them, text fields
/// edit in place, a choice field opens a picker on Enter (or on the first letter typed), Ctrl-S
/// submits and Esc cancels. Errors are shown next to their field. Knows nothing of the domain:
/// its owner validates and maps values.
/// `ID` names the fields: an enum per form, so a misspelt field does not compile.
public struct Form<ID: Hashable & Sendable>: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(TextField)
        case multiline(TextArea)
        /// Chosen option id and its label; the options are the owner's to offer.
        case choice(id: String?, label: String)
        case flag(Bool)

        public var kind: FormKeys.FieldKind {
            switch self {
            case .text: .text
            case .multiline: .multiline
            case .choice: .choice
            case .flag: .flag
            }
        }
    }

    public struct Field: Sendable, Equatable {
        public var id: ID
        public var label: String
        public var value: Value
        public var required: Bool
        public var error: String?
        /// Lines a multi-line field takes on screen.
        public var height: Int

        public init(id: ID, label: String, value: Value, required: Bool = false, height: Int = 1) {
            self.id = id
            self.label = label
            self.value = value
            self.required = required
            self.height = height
        }

        public var text: String {
            switch value {
            case .text(let field): field.text
            case .multiline(let area): area.text
            case .choice(_, let label): label
            case .flag(let on): on ? "x" : ""
            }
        }
    }

    /// What a key did, for the owner to act on.
    public enum Event: Sendable, Equatable {
        case none
        /// The field with this id wants its picker, with what was typed so far.
        case pick(ID, typed: String)
        case submit
        case cancel
    }

    public var title: String
    public var fields: [Field]
    public var focus = 0
    /// Whether anything was typed or chosen since the form opened.
    public var isDirty = false

    public init(title: String, fields: [Field]) {
        self.title = title
        self.fields = fields
    }

    public subscript(id: ID) -> Field? {
        get { fields.first { $0.id == id } }
        set {
            guard let newValue, let i = fields.firstIndex(where: { $0.id == id }) else { return }
            fields[i] = newValue
        }
    }

    public mutating func choose(_ fieldID: ID, id: String, label: String) {
        guard let i = fields.firstIndex(where: { $0.id == fieldID }) else { return }
        fields[i].value = .choice(id: id, label: label)
        fields[i].error = nil
        isDirty = true
    }

    /// A choice made in a picker: recorded; the focus stays where the person put it (moving it
    /// on its own sent the next words typed into the wrong field).
    public mutating func pick(_ fieldID: ID, id: String, label: String) {
        choose(fieldID, id: id, label: label)
    }

    /// The option id chosen in a choice field (nil: none yet, or not a choice field).
    public func choiceID(_ fieldID: ID) -> String? {
        if case .choice(let id, _)? = self[fieldID]?.value { return id }
        return nil
    }

    /// Whether a flag field is ticked.
    public func isOn(_ fieldID: ID) -> Bool {
        if case .flag(let on)? = self[fieldID]?.value { return on }
        return false
    }

    /// The text of a field (empty: no such field).
    public func text(_ fieldID: ID) -> String { self[fieldID]?.text ?? "" }

    /// "bắt buộc nhập" for every required field left blank: the one required-field rule.
    public func missingRequired(_ language: Language) -> [ID: String] {
        var errors: [ID: String] = [:]
        for field in fields where field.required && field.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[field.id] = Phrases.required(language)
        }
        return errors
    }

    /// Shows errors (field id → message) under their fields. The focus stays where it was, so
    /// what is typed next lands where the person expects; Ctrl-G goes to the next field in error.
    public mutating func show(errors: [ID: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].id] }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// The form's keys and its fields' keys as hints and help show them: the key to the next
    /// error only while there is one, Enter named by what it does in the focused field.
    public var docs: [KeyDoc] { FormKeys.docs(errors: hasErrors, focused: focusedKind) }

    /// The kind of the focused field (nil: no field).
    public var focusedKind: FormKeys.FieldKind? { fields.indices.contains(focus) ? fields[focus].value.kind : nil }

    /// Moves the focus to the next field with an error after the focused one (round to the first).
    public mutating func focusNextError() {
        guard hasErrors else { return }
        for step in 1...fields.count {
            let i = (focus + step) % fields.count
            if fields[i].error != nil {
                focus = i
                return
            }
        }
    }

    /// `width`: the width the form is drawn at (a multi-line field moves by its drawn lines).
    public mutating func handle(_ key: Key, width: Int = 76) -> Event {
        guard fields.indices.contains(focus) else { return .none }
        let action: FormKeys.Action? = FormKeys.keyMap.action(for: key)
        switch action {
        case .submit?: return .submit
        case .cancel?: return .cancel
        case .nextError?: focusNextError()
        case .nextField?: focus = (focus + 1) % fields.count
        case .previousField?: focus = (focus + fields.count - 1) % fields.count
        case .fieldUp? where !isMultiline: focus = max(0, focus - 1)
        case .fieldDown? where !isMultiline: focus = min(fields.count - 1, focus + 1)
        default:
            let fieldAction: FormKeys.FieldAction? = FormKeys.fieldKeyMap.action(for: key)
            switch fields[focus].value {
            case .text(var field):
                if fieldAction == .activate {
                    focus = min(fields.count - 1, focus + 1)
                    return .none
                }
                guard field.handle(key) else { return .none }
                fields[focus].value = .text(field)
                edited()
            case .multiline(var area):
                guard area.handle(key, width: valueWidth(width)) else { return .none }
                fields[focus].value = .multiline(area)
                edited()
            case .choice:
                switch (fieldAction, key) {
                case (.activate?, _), (.toggleOrChoose?, _): return .pick(fields[focus].id, typed: "")
                case (_, .character(let c)): return .pick(fields[focus].id, typed: String(c))
                default: return .none
                }
            case .flag(let on):
                guard fieldAction != nil else { return .none }
                fields[focus].value = .flag(!on)
                edited()
            }
        }
        return .none
    }

    /// The label column's width, and the values' width, for a form drawn `width` columns wide.
    var labelWidth: Int { min(24, (fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 3) }
    func valueWidth(_ width: Int) -> Int { max(8, width - labelWidth) }

    /// Text typed in one burst (an input method, a paste) goes into the focused text field.
    public mutating func insert(_ text: String) -> Event {
        guard fields.indices.contains(focus) else { return .none }
        switch fields[focus].value {
        case .text(var field):
            field.insert(text)
            fields[focus].value = .text(field)
            edited()
        case .multiline(var area):
            area.insert(text)
            fields[focus].value = .multiline(area)
            edited()
        case .choice: return .pick(fields[focus].id, typed: text)
        case .flag(let on):
            // A lone Space or x typed (the backend may deliver it as text) ticks, as the keys do.
            if text.count == 1, let c = text.first, FormKeys.fieldKeyMap.action(for: .character(c)) != nil {
                fields[focus].value = .flag(!on)
                edited()
            }
        }
        return .none
    }

    private var isMultiline: Bool {
        if case .multiline = fields[focus].value { return true }
        return false
    }

    private mutating func edited() {
        isDirty = true
        fields[focus].error = nil
    }

    /// A field's error as drawn under it in a form `width` columns wide: "✗ …", wrapped.
    func errorLines(_ field: Field, width: Int) -> [String] {
        guard let error = field.error else { return [] }
        return WordFit.wrap("✗ " + error, max(8, width - 2)).enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
    }

    /// The rows the fields take when drawn `width` columns wide, errors included.
    public func height(width: Int) -> Int {
        fields.reduce(0) { $0 + max(1, $1.height) + errorLines($1, width: valueWidth(width)).count }
    }

    /// Draws the fields in `rect`: label column, value, and the error beside or under it.
    public func render(into grid: inout Grid, rect: Rect, language: Language) {
        var y = rect.y
        for (i, field) in fields.enumerated() {
            guard y < rect.maxY else { break }
            let focused = i == focus
            let label = field.label + (field.required ? " *" : "")
            grid.put(label, x: rect.x, y: y, style: focused ? .accent : .plain, limit: labelWidth - 1)
            let x = rect.x + labelWidth
            let width = valueWidth(rect.width)
            switch field.value {
            case .text(let text) where !focused && DisplayWidth.of(text.text) > width - 1:
                // Not being typed in: the start of the text, shortened at a word with "…".
                grid.put(DisplayWidth.fit(WordFit.cut(text.text, width - 1), width - 1), x: x, y: y, style: Style(underline: true), limit: width)
            case .text(let text):
                text.render(into: &grid, x: x, y: y, width: width, focused: focused)
            case .multiline(let area) where !focused && TextArea.wrap(area.text, width: width).count > field.height:
                // Not being typed in and longer than its lines: from its start, as a one-line
                // field is, the last line ending "…" after a whole word.
                let lines = TextArea.wrap(area.text, width: width).prefix(field.height).map {
                    $0.text.replacingOccurrences(of: "\n", with: "").trimmingTrailingSpaces()
                }
                for (n, line) in lines.enumerated() {
                    let last = n == lines.count - 1
                    let shown = !last ? line : DisplayWidth.of(line) < width ? line + "…" : WordFit.cut(line, width - 1)
                    grid.put(shown, x: x, y: y + n, style: Style(underline: true), limit: width)
                }
            case .multiline(let area):
                area.render(into: &grid, rect: Rect(x: x, y: y, width: width, height: field.height), focused: focused,
                    style: Style(underline: true))
            case .choice(_, let chosen):
                let shown = chosen.isEmpty ? FormText.choose(language) : chosen
                let style = focused ? Style(reverse: true) : Style(underline: true)
                grid.put(DisplayWidth.fit(shown + " ▾", min(width, DisplayWidth.of(shown) + 2)), x: x, y: y, style: style, limit: width)
            case .flag(let on):
                grid.put(on ? "[x]" : "[ ]", x: x, y: y, style: focused ? .reverse : .plain)
            }
            y += max(1, field.height)
            // The error under its field, wrapped: never cut mid-word.
            for line in errorLines(field, width: width) where y < rect.maxY {
                grid.put(line, x: x, y: y, style: .danger, limit: width)
                y += 1
            }
        }
    }
}

/// The words of forms, from the localisation table.
enum FormText {
    static let choose = UIText.formChoose
    static let nextError = UIText.formNextError
    static let hintNextError = UIText.formHintNextError
}


/// The keys of every form: the form's own (fields, save, cancel) and those of the focused field.
public enum FormKeys {
    /// The keys a form leaves to the application even while it has the keyboard: F1 (help) and
    /// Ctrl-C (quit, asking first). Everything else types or moves.
    /// Ctrl-N (phone in a hot spot) too: a call does not wait for a form to be finished, and
    /// the form keeps what was typed.
    public static func staysGlobal(_ key: Key) -> Bool {
        key == .control("c") || key == .function(1) || key == .control("n") || key == .function(2)
    }

    /// What a form's own keys ask for.
    public enum Action: Sendable, Equatable { case nextField, previousField, fieldUp, fieldDown, nextError, submit, cancel }

    /// The form's keys, whatever field has the focus (↑/↓ move the text in a multi-line field).
    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.tab], "Tab", KeyText.nextField, .nextField, status: "Tab/↑↓", group: KeyText.hintFields),
        KeyBinding([.backTab], "Shift-Tab", KeyText.previousField, .previousField),
        KeyBinding([.up], "↑", KeyText.fieldUp, .fieldUp),
        KeyBinding([.down], "↓", KeyText.fieldDown, .fieldDown),
        KeyBinding([.control("g")], "Ctrl-G", FormText.nextError, .nextError, status: "Ctrl-G", group: FormText.hintNextError),
        KeyBinding([.control("s")], "Ctrl-S", KeyText.submit, .submit, status: "Ctrl-S", group: KeyText.hintSave),
        KeyBinding([.escape], "Esc", KeyText.cancelForm, .cancel, status: "Esc", group: KeyText.hintCancel),
    ]

    /// The form's keys and its fields' keys, in the order hints and the help list them.
    static var docs: [KeyDoc] { docs(errors: true) }

    /// The same, with the key to the next error only when the form shows errors.
    static func docs(errors: Bool) -> [KeyDoc] {
        let own = keyMap.docs
        // The key to the error last: when the line is short it gives way first (the message
        // line names it too), never Ctrl-S or Esc.
        return Array(own[0..<4]) + fieldKeyMap.docs + Array(own[5...]) + (errors ? [own[4]] : [])
    }

    /// The kinds of field, by what Enter does in them.
    public enum FieldKind: Sendable, Equatable, CaseIterable { case text, multiline, choice, flag }

    /// What the hint line calls Enter in each kind of field (the help and Docs/KEYS.md give its
    /// whole meaning at once, `KeyText.chooseOrNext`): it chooses only in a choice field.
    static let enterHints: [FieldKind: Localized] = [
        .text: KeyText.hintNextField, .multiline: KeyText.hintNewLine, .choice: KeyText.hintChoose, .flag: KeyText.hintToggle,
    ]

    /// The same docs while a field of `kind` has the focus, as the hint line and the help show
    /// them: Enter named by what it does there, and in a multi-line field, where ↑/↓ move between
    /// its lines, the key to the next field is Tab alone.
    static func docs(errors: Bool, focused kind: FieldKind?) -> [KeyDoc] {
        guard let kind else { return docs(errors: errors) }
        let enter = fieldKeyMap.first { $0.action == .activate }!.keys
        let next = keyMap.first { $0.action == .nextField }!.keys
        return docs(errors: errors).map { doc in
            var doc = doc
            if doc.keys == enter { doc.group = enterHints[kind] }
            if doc.keys == next, kind == .multiline { doc.statusLabel = doc.label }
            return doc
        }
    }

    /// How the key to the next error is written, for messages that name it.
    static var nextErrorKey: String { keyMap.first { $0.action == .nextError }!.label }

    /// What keys do in the focused field, by its kind.
    public enum FieldAction: Sendable, Equatable { case activate, toggleOrChoose, tick }

    static let fieldKeyMap: [KeyBinding<FieldAction>] = [
        KeyBinding([.enter], "Enter", KeyText.chooseOrNext, .activate, status: "Enter", group: KeyText.hintChoose),
        KeyBinding([.character(" ")], "Space", KeyText.toggleOrChoose, .toggleOrChoose),
        KeyBinding([.character("x")], "x", KeyText.tick, .tick),
    ]
}
