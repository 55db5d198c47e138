import DLXHDomain

/// A key press, as the backend decodes it from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("s")` is Ctrl-S.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Text pasted: everything between the terminal's bracketed-paste markers (`ESC[200~` …
    /// `ESC[201~`), or a burst that can only be a paste (see `InputDecoder`), already cleaned
    /// (`Text.clean`: NFC, escape sequences and control characters dropped, line breaks as "\n").
    /// It is never a command: a text field takes it as text (a one-line field makes its line
    /// breaks spaces), and where nothing is being typed it does nothing but say so.
    case paste(String)
    /// A burst read at once, holding a line break between printable text, from a terminal that
    /// did not mark it as a paste (see `InputDecoder`), cleaned like a paste. While a line is
    /// being typed it is a paste (text, line breaks and all); otherwise it is the keys it holds,
    /// one by one, until one of them opens something to type into, which takes the rest as text.
    case burst(String)

    /// Readable name, for help texts and tests: "↑", "Ctrl-S", "q".
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .paste: "Paste"
        case .burst: "Burst"
        }
    }
}

/// One entry of a key map: the keys, the action they ask for, and how it is documented. The help
/// overlay, the hint lines and Docs/KEYS.md are generated from key maps, so what the screen says
/// and what it does cannot drift apart.
public struct KeyBinding<Action: Sendable & Equatable>: Sendable {
    public var keys: [Key]
    /// How the keys are written, e.g. "↑/k".
    public var label: String
    /// This key's own action ("Xuống"), as Docs/KEYS.md names it.
    public var help: Localized
    /// How the hint line writes it, for the most used ones (nil: only in the help and KEYS.md).
    public var statusLabel: String?
    /// What the hint line and the help overlay say when a pair shares a line ("↑↓ Chọn"); nil: `help`.
    public var group: Localized?
    /// A hint label that differs by language ("[c]" / "[y]").
    public var localLabel: Localized?
    public var action: Action

    public init(
        _ keys: [Key], _ label: String, _ help: Localized, _ action: Action, status: String? = nil, group: Localized? = nil,
        localLabel: Localized? = nil
    ) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.statusLabel = status
        self.group = group
        self.localLabel = localLabel
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }

    public var doc: KeyDoc { KeyDoc(keys: keys, label: label, help: help, statusLabel: statusLabel, group: group, localLabel: localLabel) }
}

extension Array {
    /// The action bound to `key` in a key map.
    func action<A>(for key: Key) -> A? where Element == KeyBinding<A> { first { $0.matches(key) }?.action }
}

extension Array where Element: KeyDocumented {
    var docs: [KeyDoc] { map(\.doc) }
}

protocol KeyDocumented { var doc: KeyDoc { get } }
extension KeyBinding: KeyDocumented {}

/// A binding as documentation, whatever its action type.
public struct KeyDoc: Sendable {
    public var keys: [Key]
    public var label: String
    public var help: Localized
    public var statusLabel: String?
    public var group: Localized?
    public var localLabel: Localized?

    /// What the hint line and the help overlay say.
    public var shown: Localized { group ?? help }
    /// "Tab/↑↓ chuyển ô", as hint lines write it.
    func hint(_ l: Language) -> String? {
        guard let statusLabel else { return nil }
        let label = localLabel?(l) ?? statusLabel
        let text = shown(l)
        return text.isEmpty ? label : "\(label) \(text)"
    }
}

/// A hint line under a form or in a dialog, from a key map: "Tab/↑↓ chuyển ô · Enter chọn".
enum KeyHints {
    static func line(_ docs: [KeyDoc], _ l: Language, separator: String = " · ") -> String {
        docs.compactMap { $0.hint(l) }.joined(separator: separator)
    }
}

/// The four screens of the shell (their tabs).
public enum ScreenID: Int, CaseIterable, Sendable, Hashable {
    case inbox = 1, entry, hotSpots, dashboard

    public var title: Localized {
        switch self {
        case .inbox: KeyText.inboxTitle
        case .entry: KeyText.entryTitle
        case .hotSpots: KeyText.hotSpotsTitle
        case .dashboard: KeyText.dashboardTitle
        }
    }

    /// Its name on a narrow tab line.
    public var shortTitle: Localized {
        switch self {
        case .inbox: KeyText.inboxShort
        case .entry: KeyText.entryShort
        case .hotSpots: KeyText.hotSpotsShort
        case .dashboard: KeyText.dashboardShort
        }
    }
}
