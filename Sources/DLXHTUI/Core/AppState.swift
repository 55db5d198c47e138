import DLXHDomain

/// Facts about the session that do not change while it runs.
public struct Session: Sendable {
    public var storeName: String
    public var staff: String
    public var language: Language
    /// The folder a file name typed without one is written to (the program's current folder):
    /// the prompts for a file name say it. Empty: not said.
    public var folder: String

    public init(storeName: String, staff: String, language: Language, folder: String = "") {
        self.storeName = storeName
        self.staff = staff
        self.language = language
        self.folder = folder
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
    /// Units overdue with their acknowledgement of relayed guidance (step 4).
    public var guidanceAlerts: [GuidanceOverdue] = []

    /// The tab shown, and each component's own state (each folder under Screens/ adds its
    /// accessor, e.g. `inbox`; the registry in Registry.swift lists them).
    public var screen: ScreenID = .inbox
    var components: [ComponentID: any Component] = AppState.initialComponents

    public var overlay: Overlay?
    /// How far a read-only overlay (help, history) is scrolled; back to 0 when it closes.
    public var overlayScroll = 0
    public var toast: Toast?
    /// The store could not be read again since the data shown was loaded (StaleData.swift).
    public var dataMayBeStale = false
    /// Set once the start-up notices (overdue alerts) have been shown.
    var greeted = false

    /// This staff member's read marks (unread reports are bold) and saved views.
    public var readReports: Set<String> = []
    public var savedViews: [SavedView] = []
    /// Changes made since the program started, newest last: `u` takes back the last.
    public var undoStack: [UndoEntry] = []
    /// Changes taken back with `u`, newest last: `U` makes the last again. A new change empties it.
    public var redoStack: [UndoEntry] = []

    public enum Overlay: Sendable, Equatable {
        case help
        case confirm(ConfirmDialog)
        /// A picker; its choice goes back to whoever opened it.
        case picker(Picker, Reply)
        case prompt(Prompt)
        /// A read-only list, such as an item's history.
        case lines(title: String, [String])
        /// A document read before it is written (a reminder letter); `w` goes back to the asker.
        case document(DocumentPreview)
        /// Someone else changed the same fields: choose, field by field.
        case conflict(ConflictDialog)
    }

    public init(session: Session, now: Moment, width: Int = 80, height: Int = 24) {
        self.session = session
        self.now = now
        self.width = width
        self.height = height
    }

    public var language: Language { session.language }

    /// Whether a form holds unsaved input.
    public var hasUnsavedForm: Bool { Self.slots.contains { $0.hasUnsavedInput(self) } }
    /// Unsaved input that no draft keeps (a report part being written, a hot spot's form).
    public var unsavedInputLostOnQuit: Bool { Self.slots.contains { $0.losesInputOnQuit(self) } }

    /// Rows of the body area: everything but two header lines, the message line and the status line.
    var bodyHeight: Int { max(0, height - 4) }

    /// Open hot spots and how many of them have something overdue (the badge, the start-up notice).
    public var hotSpotTally: HotSpotTally { HotSpotAlerts.tally(dataset?.hotSpots ?? [], alerts: alerts, at: now) }
}

/// One change of this session that `u` can take back (and `U` make again): every record the one
/// action changed, as it was just before and just after, and what to say ("chủ đề của 16 ý kiến").
/// The effects make it from the records on disk under the store lock, around the write itself.
public struct UndoEntry: Sendable, Equatable {
    public var records: [RecordVersions]
    public var description: Localized

    public init(records: [RecordVersions], description: Localized) {
        self.records = records
        self.description = description
    }

    /// Whether it changed this record (a report, a hot spot or a unit, by id).
    public func touches(_ id: String) -> Bool { records.contains { $0.id == id } }
}

/// A record as it was before and after one change.
public enum RecordVersions: Sendable, Equatable {
    case report(before: Report, after: Report)
    case hotSpot(before: HotSpot, after: HotSpot)
    case unit(before: ReportingUnit, after: ReportingUnit)
    case guidance(before: Guidance, after: Guidance)
    /// A record this change made: taking it back removes it (if nobody changed it since).
    case made(StoredRecord)
    /// A record this change removed: taking it back puts it back, under its own id.
    case removed(StoredRecord)
    /// The staff decisions on streams, all of them (one file, `streams/decisions.json`).
    case streams(before: StreamDecisions, after: StreamDecisions)

    public var id: String {
        switch self {
        case .streams: "streams"
        case .report(let before, _): before.id
        case .hotSpot(let before, _): before.id
        case .unit(let before, _): before.id
        case .guidance(let before, _): before.id
        case .made(let record), .removed(let record): record.id
        }
    }
}

/// One record as stored, of any kind undo can make or remove.
public enum StoredRecord: Sendable, Equatable {
    case report(Report), hotSpot(HotSpot), unit(ReportingUnit)

    public var id: String {
        switch self {
        case .report(let r): r.id
        case .hotSpot(let s): s.id
        case .unit(let u): u.id
        }
    }
}

/// What the screens show, computed from the dataset when it loads, not on every key.
public struct Derived: Sendable {
    /// Every report, newest received first; archived ones are shown only when asked for.
    public var inbox: [Report] = []
    /// Folded text of each inbox report, as bytes, for search.
    public var inboxKeys: [[UInt8]] = []
    /// The same keys indexed for search (`SearchCorpus`).
    public var corpus = SearchCorpus()
    /// Whether each inbox report is archived (read per keystroke without touching the report).
    public var inboxArchived: [Bool] = []
    /// The dashboard's submission rows and matrices, worked out once per dataset and period.
    var dashboard = DashboardMemo()
    /// Where each report is in `inbox`.
    public var inboxIndex: [String: Int] = [:]
    /// Reports newest entered first.
    public var recentlyEntered: [Report] = []
    public var unitNames: [String: String] = [:]
    /// Reports a hot spot links to.
    public var reportsWithHotSpot: Set<String> = []

    public init() {}

    public init(_ dataset: Dataset) {
        for unit in dataset.units { unitNames[unit.id] = unit.name }
        inbox = dataset.reports.sorted {
            ($0.receivedOn, $0.createdAt, $0.id) > ($1.receivedOn, $1.createdAt, $1.id)
        }
        inboxKeys = inbox.map { SearchText.foldedKey($0, unitName: unitName($0.unitID)) }
        corpus = SearchCorpus(inboxKeys)
        inboxArchived = inbox.map(\.archived)
        for (i, report) in inbox.enumerated() { inboxIndex[report.id] = i }
        recentlyEntered = dataset.reports.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        for spot in dataset.hotSpots {
            reportsWithHotSpot.formUnion(spot.linkedReports)
            reportsWithHotSpot.formUnion(spot.linkedItems.map(\.reportID))
            if let id = spot.writtenReport?.reportID { reportsWithHotSpot.insert(id) }
        }
    }

    public func unitName(_ id: String) -> String { unitNames[id] ?? id }

    /// Takes in reports as a save wrote them. Classification changes keep each report's place;
    /// a new, moved or removed report rebuilds the order.
    mutating func apply(_ changed: [Report], removed: [String], dataset: Dataset) {
        var inPlace = removed.isEmpty
        for report in changed {
            guard let i = inboxIndex[report.id], inbox[i].receivedOn == report.receivedOn else {
                inPlace = false
                break
            }
        }
        guard inPlace else {
            self = Derived(dataset)
            return
        }
        dashboard = DashboardMemo()
        for report in changed {
            let i = inboxIndex[report.id]!
            inbox[i] = report
            inboxKeys[i] = SearchText.foldedKey(report, unitName: unitName(report.unitID))
            corpus.replace(i, with: inboxKeys[i])
            inboxArchived[i] = report.archived
        }
        let changedIDs = Dictionary(changed.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        for i in recentlyEntered.indices where changedIDs[recentlyEntered[i].id] != nil {
            recentlyEntered[i] = changedIDs[recentlyEntered[i].id]!
        }
    }
}
