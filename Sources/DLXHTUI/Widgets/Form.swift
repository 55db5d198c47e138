import DLXHDomain

/// A form: labelled fields, one focused; Tab/Shift-Tab and ↑/↓ move between them, text fields
/// edit in place, a choice field opens a picker on Enter (or on the first letter typed), Ctrl-S
/// submits and Esc cancels. Errors are shown next to their field. Knows nothing of the domain:
/// its owner validates and maps values.
public struct Form: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(TextField)
        case multiline(TextArea)
        /// Chosen option id and its label; the options are the owner's to offer.
        case choice(id: String?, label: String)
        case flag(Bool)
    }

    public struct Field: Sendable, Equatable {
        public var id: String
        public var label: String
        public var value: Value
        public var required: Bool
        public var error: String?
        /// Lines a multi-line field takes on screen.
        public var height: Int

        public init(id: String, label: String, value: Value, required: Bool = false, height: Int = 1) {
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
        case pick(String, typed: String)
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

    public subscript(id: String) -> Field? {
        get { fields.first { $0.id == id } }
        set {
            guard let newValue, let i = fields.firstIndex(where: { $0.id == id }) else { return }
            fields[i] = newValue
        }
    }

    public mutating func choose(_ fieldID: String, id: String, label: String) {
        guard let i = fields.firstIndex(where: { $0.id == fieldID }) else { return }
        fields[i].value = .choice(id: id, label: label)
        fields[i].error = nil
        isDirty = true
    }

    /// A choice made in a picker: recorded, and the focus moves on to the next field.
    public mutating func pick(_ fieldID: String, id: String, label: String) {
        choose(fieldID, id: id, label: label)
        focus = min(focus + 1, fields.count - 1)
    }

    /// The option id chosen in a choice field (nil: none yet, or not a choice field).
    public func choiceID(_ fieldID: String) -> String? {
        if case .choice(let id, _)? = self[fieldID]?.value { return id }
        return nil
    }

    /// Whether a flag field is ticked.
    public func isOn(_ fieldID: String) -> Bool {
        if case .flag(let on)? = self[fieldID]?.value { return on }
        return false
    }

    /// Shows errors (field id → message) and puts the focus on the first.
    public mutating func show(errors: [String: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].id] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    /// The keys a form leaves to the application even while it has the keyboard: F1 (help) and
    /// Ctrl-C (quit, asking first). Everything else types or moves.
    public static func staysGlobal(_ key: Key) -> Bool { key == .control("c") || key == .function(1) }

    public mutating func handle(_ key: Key) -> Event {
        guard fields.indices.contains(focus) else { return .none }
        switch key {
        case .control("s"): return .submit
        case .escape: return .cancel
        case .tab: focus = (focus + 1) % fields.count
        case .backTab: focus = (focus + fields.count - 1) % fields.count
        case .up where !isMultiline: focus = max(0, focus - 1)
        case .down where !isMultiline: focus = min(fields.count - 1, focus + 1)
        default:
            switch fields[focus].value {
            case .text(var field):
                if key == .enter {
                    focus = min(fields.count - 1, focus + 1)
                    return .none
                }
                guard field.handle(key) else { return .none }
                fields[focus].value = .text(field)
                edited()
            case .multiline(var area):
                guard area.handle(key, width: 60) else { return .none }
                fields[focus].value = .multiline(area)
                edited()
            case .choice:
                switch key {
                case .enter, .character(" "): return .pick(fields[focus].id, typed: "")
                case .character(let c): return .pick(fields[focus].id, typed: String(c))
                default: return .none
                }
            case .flag(let on):
                guard key == .character(" ") || key == .enter || key == .character("x") else { return .none }
                fields[focus].value = .flag(!on)
                edited()
            }
        }
        return .none
    }

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
        case .flag: break
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

    /// Draws the fields in `rect`: label column, value, and the error beside or under it.
    public func render(into grid: inout Grid, rect: Rect, language: Language) {
        let labelWidth = min(24, (fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 3)
        var y = rect.y
        for (i, field) in fields.enumerated() {
            guard y < rect.maxY else { break }
            let focused = i == focus
            let label = field.label + (field.required ? " *" : "")
            grid.put(label, x: rect.x, y: y, style: focused ? .accent : .plain, limit: labelWidth - 1)
            let x = rect.x + labelWidth
            let width = max(8, rect.width - labelWidth)
            switch field.value {
            case .text(let text):
                text.render(into: &grid, x: x, y: y, width: width, focused: focused)
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
            if let error = field.error, y <= rect.maxY {
                grid.put("✗ " + error, x: x, y: y, style: .danger, limit: width)
                y += 1
            }
        }
    }
}

/// The words of forms, from the localisation table.
enum FormText {
    static let choose = UIText.formChoose
}
