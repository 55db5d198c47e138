import DLXHDomain

/// A screen or panel of the interface, in the shape of a Bubble Tea component: it owns its state,
/// has its own message type (its key map's actions and the answers to the overlays it opened),
/// changes only itself in `update`, and draws itself in `view`. It never calls or writes another
/// component: going elsewhere is a `Navigation` it puts in the context, which only the app routes.
protocol Component: Sendable, Equatable {
    /// What its keys ask for.
    associatedtype Action: Sendable, Equatable
    /// Why it opened a picker, a prompt or a yes/no question: the answer comes back with it.
    associatedtype Ask: Sendable, Equatable

    static var id: ComponentID { get }
    /// Its state when the program starts.
    init()
    /// Whether it has the keyboard (and the body) with this tab shown, and how strongly.
    func focus(on tab: ScreenID) -> Focus?
    /// The app-level navigation it answers (the app sends it those).
    static func accepts(_ navigation: Navigation) -> Bool
    /// Its sections of Docs/KEYS.md: a title and the keys, for each of its key maps.
    static func keyReference(_ language: Language) -> [(String, [KeyDoc])]
    /// The bindings in force now (they also make its help, hints and Docs/KEYS.md).
    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>]
    /// Keys taken before the key map: a form or a line being typed into. nil: not taken.
    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]?
    /// A burst of text (an input method, a paste) for the focused field. nil: not taken (the app
    /// then sends it as one key per character).
    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]?
    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect]
    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid)

    /// The keys to document now: the key map's, or an open form's.
    func keyDocs(_ context: ScreenContext) -> [KeyDoc]
    /// Typed input that would be lost (the app asks before quitting).
    var hasUnsavedInput: Bool { get }
    /// Whether that input is kept as a draft when the program ends (`finalSaves`): the question
    /// before quitting says so only then.
    var keepsDraftOnQuit: Bool { get }
    /// While true, letters and digits type: only F1 and Ctrl-C stay global.
    func takesTyping(_ context: ScreenContext) -> Bool
    /// Where the selection is in its list, shown at the right of the tab line.
    func position(_ context: ScreenContext) -> (selected: Int, count: Int)?
    /// The position as the tab line writes it: "12/48", the selection in its list; a screen
    /// whose count is of something else says what ("dòng 20/30").
    func positionText(_ context: ScreenContext) -> String?
    /// Draws its own message line (a filter being typed); false: the app draws the toast.
    func drawMessageLine(_ context: ScreenContext, toast: Toast?, y: Int, into grid: inout Grid) -> Bool
    /// Saves due before the program ends (a draft typed since the last tick).
    func finalSaves(_ context: ScreenContext) -> [Effect]
}

extension Component {
    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? { nil }
    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? { nil }
    var hasUnsavedInput: Bool { false }
    var keepsDraftOnQuit: Bool { false }
    func keyDocs(_ context: ScreenContext) -> [KeyDoc] { keyMap(context).docs }
    func takesTyping(_ context: ScreenContext) -> Bool { false }
    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? { nil }
    func positionText(_ context: ScreenContext) -> String? { position(context).map(listPositionText) }
    /// "12/48": a selection's place in its list, as the tab line writes it.
    func listPositionText(_ position: (selected: Int, count: Int)) -> String { "\(position.selected + 1)/\(position.count)" }
    func drawMessageLine(_ context: ScreenContext, toast: Toast?, y: Int, into grid: inout Grid) -> Bool { false }
    func finalSaves(_ context: ScreenContext) -> [Effect] { [] }

    /// A picker, prompt or question this component opens; its answer comes back to it.
    func reply(_ ask: Ask) -> Reply { Reply(Self.id, ask) }
}

/// How a component takes the keyboard: as a tab's own screen, in a tab's place (the guidance
/// panel in the dashboard's), or over any tab (the report preview, the guidance form).
enum Focus: Int, Comparable, Sendable {
    case tab, inPlace, over
    static func < (a: Focus, b: Focus) -> Bool { a.rawValue < b.rawValue }
}

/// What a component receives: its own actions, and the answers to what it asked.
enum ComponentMessage<Action: Sendable & Equatable, Ask: Sendable & Equatable>: Sendable, Equatable {
    case action(Action)
    case picked(Picker.Option, Ask)
    case answered(String, Ask)
    case confirmed(Ask)
    /// The app routes an app-level navigation here.
    case navigate(Navigation)
    /// The clock moved on (once a second).
    case tick
    /// The data changed (loaded, reloaded, or a save taken in).
    case reloaded
}

/// Names a component (the owner of an overlay's answer).
public struct ComponentID: RawRepresentable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The application itself (quit).
    static let app = ComponentID(rawValue: "app")
}

/// Where an overlay's answer goes, and why it was asked (the owner's own `Ask`, boxed).
public struct Reply: Sendable, Equatable {
    public let owner: ComponentID
    let value: any Sendable
    private let equals: @Sendable (any Sendable) -> Bool

    init<V: Sendable & Equatable>(_ owner: ComponentID, _ value: V) {
        self.owner = owner
        self.value = value
        self.equals = { ($0 as? V) == value }
    }

    /// The asker's reason, as its own type.
    public func ask<V>(as type: V.Type = V.self) -> V? { value as? V }

    public static func == (a: Reply, b: Reply) -> Bool { a.owner == b.owner && a.equals(b.value) }
}

/// App-level messages: going to another screen or record. Components put them in the context;
/// only the app routes them (see `AppState.route`).
public enum Navigation: Sendable, Equatable {
    case screen(ScreenID)
    /// Open a report in the inbox to read it (which marks it read).
    case openReport(String)
    /// A report into the entry form for editing.
    case editReport(Report)
    /// A new report in the entry form, for a unit and period; back to `returnTo` once saved.
    case newReport(unitID: String, Period, returnTo: ScreenID)
    /// The inbox, filtered to one unit's reports for one period.
    case unitReports(unitID: String, Period)
    /// The guidance form, for these items (step 4).
    case recordGuidance([ItemReference])
    /// The guidance panel, in the dashboard's place.
    case guidancePanel
    /// The trends panel, in the dashboard's place: the twelve months up to this one.
    case trendsPanel(Period)
    /// The streams panel, in the dashboard's place, on this month.
    case streamsPanel(Period)
    /// The consolidated report's preview for a period.
    case preview(Period)
    /// The hot-spot phone-in form.
    case phoneIn
    /// A refused save goes back into its form (`asNew`: the record was deleted meanwhile).
    case reopen(Save, asNew: Bool)
    /// An unsaved draft of the entry form found at start: offer it back.
    case offerDraft(ReportDraft)
}

/// The message line's text, and whether it warns.
public struct Toast: Sendable, Equatable {
    public enum Severity: Sendable, Equatable { case info, warning }
    public var text: Localized
    public var severity: Severity

    public init(_ text: Localized, _ severity: Severity = .info) {
        self.text = text
        self.severity = severity
    }

    public func callAsFunction(_ language: Language) -> String { text(language) }
    public var vi: String { text.vi }
}

/// What a component may read of the application while it handles a message or draws, and what
/// it may ask of it. The app builds one per message and carries out the requests afterwards.
struct ScreenContext: Sendable {
    let session: Session
    let now: Moment
    let width: Int
    let height: Int
    let dataset: Dataset?
    let derived: Derived
    let alerts: [HotSpotAlert]
    let guidanceAlerts: [GuidanceOverdue]
    /// Shared with every component; owned by the app.
    var readReports: Set<String>
    var savedViews: [SavedView]
    var undoStack: [UndoEntry]
    /// Requests: what to say, which overlay to open, where to go.
    var toast: Toast?
    var overlay: AppState.Overlay?
    var navigation: [Navigation] = []
    /// The tab shown when the message arrived: where a form opened from elsewhere goes back to.
    var tab: ScreenID = .inbox

    var language: Language { session.language }
    /// Rows of the body area: everything but two header lines, the message line and the status line.
    var bodyHeight: Int { max(0, height - 4) }
    var configuration: Configuration { dataset?.configuration ?? Configuration() }
    /// Open hot spots and how many of them have something overdue (the one rule: HotSpotAlerts.tally).
    var hotSpotTally: HotSpotTally { HotSpotAlerts.tally(dataset?.hotSpots ?? [], alerts: alerts, at: now) }

    mutating func say(_ text: Localized, _ severity: Toast.Severity = .info) { toast = Toast(text, severity) }
    mutating func navigate(_ to: Navigation) { navigation.append(to) }

    func item(_ ref: ItemReference) -> OpinionItem? {
        derived.inboxIndex[ref.reportID].flatMap { derived.inbox[$0].item(ref.itemID) }
    }
}
