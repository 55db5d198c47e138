import DLXHDomain

/// A key press, as the backend decodes it from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("s")` is Ctrl-S.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

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
        }
    }
}

/// One entry of a screen's key table: the keys, what they do, and whether the status line shows
/// them. The help overlay and the status-line hints are generated from these tables, so what
/// the screen says and what it does cannot drift apart.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in hints, e.g. "↑/k".
    public var label: String
    public var help: Localized
    /// How the status line writes it, for the most used ones (nil: only in the help overlay).
    /// A pair such as ↑ and ↓ shows once, as "↑↓".
    public var statusLabel: String?
    public var command: Command

    public init(_ keys: [Key], _ label: String, _ help: Localized, _ command: Command, status: String? = nil) {
        self.keys = keys
        self.label = label
        self.help = help
        self.command = command
        self.statusLabel = status
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }
}

/// What a key asks for, independent of which key it is.
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, filter, nextMatch, previousMatch
    case help, quit, redraw, refresh, suspend
    case nextScreen, previousScreen, screen(ScreenID)
    case newReport, newHotSpot
    // The inbox's
    case sort, tag, tagAll, applyToTagged, archive, delete, undo, views, saveView
    case classify(ClassifyField), editProposal, history, markHotSpot
    case deleteReport(String)
    // The hot-spot panel's
    case acknowledge, addUpdate, writtenReport, escalate, changeStatus
    // The entry form's
    case discardForm, restoreDraft, editReport, deleteItem(Int)
    // The dashboard's and the report preview's
    case preview, switchView, exemptUnit, recordReport, remind, addUnit, editUnit, deactivateUnit, reactivateUnit
    case earlier, later, writeFile
    // Step 4 (GuidanceScreen): guidance, relay, acknowledgement, return for more, owners
    case recordGuidance, returnForMore, openGuidance, relay, writeRelayLetter, acknowledgeUnit, remindOverdue, toggleMine, takeOwnership
}

/// The four screens of the shell.
public enum ScreenID: Int, CaseIterable, Sendable, Hashable {
    case inbox = 1, entry, hotSpots, dashboard
}
