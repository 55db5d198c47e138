import DLXHDomain

/// Facts about the session that do not change while it runs.
public struct Session: Sendable {
    public var storeName: String
    public var staff: String
    public var language: Language

    public init(storeName: String, staff: String, language: Language) {
        self.storeName = storeName
        self.staff = staff
        self.language = language
    }
}

/// The whole state of the interface. `update` changes it; `view` draws it. Nothing else does either.
public struct AppState: Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var session: Session
    public var now: Moment
    public var width: Int
    public var height: Int
    public var dataset: Dataset?
    /// Presentation data computed once per dataset (sorted rows, search keys, names).
    public var derived = Derived()
    public var alerts: [HotSpotAlert] = []

    public var screen: ScreenID = .inbox
    public var inbox = InboxState()
    public var entry = ListState()
    public var hotSpots = ListState()
    public var dashboard = ListState()

    public var overlay: Overlay?
    public var toast: Localized?
    /// Set once the start-up notices (overdue alerts) have been shown.
    var greeted = false

    public enum Overlay: Sendable, Equatable {
        case help
        case confirm(ConfirmDialog)
    }

    public init(session: Session, now: Moment, width: Int = 80, height: Int = 24) {
        self.session = session
        self.now = now
        self.width = width
        self.height = height
    }

    public var language: Language { session.language }

    /// Whether a form holds unsaved input (the entry form's issue fills this in).
    public var hasUnsavedForm: Bool { false }

    /// Rows of the body area: everything but two header lines, the message line and the status line.
    var bodyHeight: Int { max(0, height - 4) }

    public var overdueAlerts: Int { alerts.filter { $0.isOverdue(at: now) }.count }
}

/// The inbox: a filterable list of reports, and the report open in the pager.
public struct InboxState: Sendable, Equatable {
    public var list = ListState()
    public var filter = TextField()
    /// The filter line has the keyboard.
    public var editingFilter = false
    /// Indices into `Derived.inbox` that pass the filter.
    public var visible: [Int] = []
    /// The report open in the pager, and its first visible line.
    public var openReportID: String?
    public var pagerOffset = 0
}

/// What the screens show, computed from the dataset when it loads, not on every key.
public struct Derived: Sendable {
    /// Reports newest received first (archived ones left out).
    public var inbox: [Report] = []
    /// Folded text of each inbox report, for search.
    public var inboxKeys: [String] = []
    /// Reports newest entered first.
    public var recentlyEntered: [Report] = []
    public var unitNames: [String: String] = [:]
    /// Reports a hot spot links to.
    public var reportsWithHotSpot: Set<String> = []

    public init() {}

    public init(_ dataset: Dataset) {
        for unit in dataset.units { unitNames[unit.id] = unit.name }
        inbox = dataset.reports.filter { !$0.archived }.sorted {
            ($0.receivedOn, $0.createdAt, $0.id) > ($1.receivedOn, $1.createdAt, $1.id)
        }
        let names = unitNames
        inboxKeys = inbox.map { report in
            Text.fold(
                ([names[report.unitID] ?? report.unitID, report.documentNumber, report.summary, report.period.label.vi]
                    + report.items.flatMap { [$0.content, $0.proposal] }).joined(separator: " "))
        }
        recentlyEntered = dataset.reports.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        for spot in dataset.hotSpots {
            reportsWithHotSpot.formUnion(spot.linkedReports)
            reportsWithHotSpot.formUnion(spot.linkedItems.map(\.reportID))
            if let id = spot.writtenReport?.reportID { reportsWithHotSpot.insert(id) }
        }
    }

    public func unitName(_ id: String) -> String { unitNames[id] ?? id }
}
