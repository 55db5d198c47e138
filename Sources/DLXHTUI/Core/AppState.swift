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
    /// Units overdue with their acknowledgement of relayed guidance (step 4).
    public var guidanceAlerts: [GuidanceOverdue] = []

    public var screen: ScreenID = .inbox
    public var inbox = InboxState()
    public var entry = EntryState()
    public var hotSpots = HotSpotsState()
    public var dashboard = DashboardState()
    public var guidance = GuidanceState()
    /// The consolidated report's preview, while it is open (over any screen).
    public var preview: ReportPreview?

    public var overlay: Overlay?
    public var toast: Localized?
    /// The store could not be read again since the data shown was loaded (StaleData.swift).
    public var dataMayBeStale = false
    /// Set once the start-up notices (overdue alerts) have been shown.
    var greeted = false

    /// This staff member's read marks (unread reports are bold) and saved views.
    public var readReports: Set<String> = []
    public var savedViews: [SavedView] = []
    /// Changes made since the program started, newest last: `u` takes back the last.
    public var undoStack: [UndoEntry] = []
    /// What the status line says when the undo being saved lands.
    var undoing: Localized?

    public enum Overlay: Sendable, Equatable {
        case help
        case confirm(ConfirmDialog)
        case picker(Picker, PickerPurpose)
        case prompt(Prompt)
        /// A read-only list, such as an item's history.
        case lines(title: String, [String])
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
    public var hasUnsavedForm: Bool { hotSpots.form?.isDirty == true || entry.isDirty || dashboard.unitForm?.isDirty == true
        || guidance.form?.isDirty == true }

    /// Rows of the body area: everything but two header lines, the message line and the status line.
    var bodyHeight: Int { max(0, height - 4) }

    public var overdueAlerts: Int { alerts.filter { $0.isOverdue(at: now) }.count }
}

/// The inbox: a filterable, sortable list of reports, and the report open with its items.
public struct InboxState: Sendable, Equatable {
    public enum Sort: Int, CaseIterable, Sendable {
        case received, unit, period, step
    }

    public var list = ListState()
    public var filter = TextField()
    /// The filter line has the keyboard.
    public var editingFilter = false
    public var sort = Sort.received
    /// Indices into `Derived.inbox` that pass the filter, in the chosen order.
    public var visible: [Int] = []
    public var taggedReports: Set<String> = []
    /// The report open in the pager, the selected item, and the first visible line.
    public var openReportID: String?
    public var itemCursor = 0
    public var pagerOffset = 0
    public var taggedItems: Set<ItemReference> = []
}

/// What a picker is choosing for.
public enum PickerPurpose: Sendable, Equatable {
    /// A classification value for these items.
    case classify(ClassifyField, [ItemReference])
    /// Which action to apply to the tagged items and reports.
    case bulkAction([ItemReference], reports: [String])
    /// A saved view to apply.
    case view
    /// The kind of the hot spot an item is being marked as.
    case hotSpotKind(ItemReference)
    /// The hot-spot panel's filter, and its unit or kind.
    case hotSpotFilter, hotSpotFilterUnit, hotSpotFilterKind
    case hotSpotStatus(String)
    case hotSpotEscalation(String)
    case hotSpotWrittenReport(String)
    /// A choice field of the open form.
    case formChoice(String)
    /// A choice field of the entry form (`item`: of the item editor).
    case entryChoice(String, item: Bool)
    /// What to do with a second monthly report from the same unit for the same period.
    case duplicateReport(existing: String)
    /// A choice field of the roster's unit form.
    case unitChoice(String)
    /// Step 4: the guidance form's issuer; the unit acknowledging this guidance.
    case guidanceIssuer
    case guidanceAckUnit(String)
}

/// Tình hình nộp: the units × months matrix, this period's owing list, and the roster.
public struct DashboardState: Sendable, Equatable {
    public enum View: Int, CaseIterable, Sendable {
        case matrix, owing, roster
    }

    public var view = View.matrix
    /// Months, or quarters, half-years, years where the store tracks those reports too.
    public var kind = Period.Kind.month
    /// The selected unit row (roster order) and month.
    public var unitRow = ListState()
    public var selectedPeriod: Period?
    /// The month in the rightmost column (nil: the current month).
    public var rightmost: Period?
    public var owing = ListState()
    public var roster = ListState()
    /// The roster's unit form while adding or editing a unit.
    public var unitForm: Form?
    public var editingUnitID: String?
    /// The unit as it was when the form opened it: the base of the merge on save.
    public var openedUnit: ReportingUnit?
}

/// The consolidated report as it will be written, for one period.
public struct ReportPreview: Sendable, Equatable {
    public var period: Period
    public var lines: [String]
    public var offset = 0
}

/// Nhập liệu: the recent entries, or the report form with its items and the item editor.
public struct EntryState: Sendable, Equatable {
    /// The list of recently entered reports shown when no form is open.
    public var recent = ListState()
    /// The report form, while one is open.
    public var form: Form?
    public var items: [OpinionItem] = []
    public var lastItemNumber: Int?
    public var itemList = ListState()
    /// The keyboard is on the items list below the form's fields.
    public var onItems = false
    /// The item editor, and which item it edits (`items.count` for a new one).
    public var itemForm: Form?
    public var editingItemIndex: Int?
    /// The report being edited (nil: a new one).
    public var editingReportID: String?
    /// The report as it was when the form opened it: the base of the merge on save.
    public var opened: Report?
    /// Typed since the draft was last written.
    public var draftPending = false
    /// The draft found at start, until the user answers the offer.
    public var offeredDraft: ReportDraft?
    /// Where to go back to once the report is saved (the dashboard, when it opened the form).
    public var returnTo: ScreenID?

    public init() {}

    public var isOpen: Bool { form != nil }
    public var isDirty: Bool { (form?.isDirty ?? false) || (itemForm?.isDirty ?? false) || editedItems }
    var editedItems = false
}

/// The hot-spot panel: the list, its filter, the record open, and the phone-in form.
public struct HotSpotsState: Sendable, Equatable {
    public enum Filter: Sendable, Equatable {
        case active, open, all
        case unit(String)
        case kind(HotSpot.Kind)
        /// Those this staff member follows (owner).
        case mine
    }

    public var list = ListState()
    public var filter = Filter.open
    public var openID: String?
    public var recordOffset = 0
    /// The quick phone-in form, or the full record's form, while one is open.
    public var form: Form?
    /// The hot spot the full form edits (nil: the form is a new phone-in).
    public var editingID: String?
    /// The hot spot as it was when the full form opened it: the base of the merge on save.
    public var opened: HotSpot?
}

/// The classification fields the inbox sets with quick keys.
public enum ClassifyField: String, Sendable, CaseIterable {
    case topic, attitude, breadth, scope, nature, verification, step
}

/// A one-line question with a text answer.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case proposal([ItemReference])
        case stepNote(HandlingStep, [ItemReference])
        case viewName(query: String)
        case hotSpotUpdate(String)
        case escalationNote(String, Escalation.Target)
        case exemptReason(unitID: String, Period)
        case deactivateOn(unitID: String)
        case reportFile(Period)
        case reminderFile(Period)
        /// Step 4 (GuidanceScreen).
        case returnReason(String)
        case ackNote(String, unitID: String)
        case relayLetterFile(String)
        case guidanceReminderFile
    }

    public var title: String
    public var field: TextField
    public var purpose: Purpose
}

/// One change that `u` can take back: the inverse changes, and what to say.
public struct UndoEntry: Sendable, Equatable {
    public var save: Save
    public var description: Localized
}

/// What the screens show, computed from the dataset when it loads, not on every key.
public struct Derived: Sendable {
    /// Every report, newest received first; archived ones are shown only when asked for.
    public var inbox: [Report] = []
    /// Folded text of each inbox report, as bytes, for search.
    public var inboxKeys: [[UInt8]] = []
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
        inboxKeys = inbox.map { searchKey($0) }
        for (i, report) in inbox.enumerated() { inboxIndex[report.id] = i }
        recentlyEntered = dataset.reports.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        for spot in dataset.hotSpots {
            reportsWithHotSpot.formUnion(spot.linkedReports)
            reportsWithHotSpot.formUnion(spot.linkedItems.map(\.reportID))
            if let id = spot.writtenReport?.reportID { reportsWithHotSpot.insert(id) }
        }
    }

    public func unitName(_ id: String) -> String { unitNames[id] ?? id }

    /// What `/` searches in a report: unit, number, summary, and its items' text, folded.
    func searchKey(_ report: Report) -> [UInt8] {
        let text = ([unitName(report.unitID), report.documentNumber, report.summary]
            + report.items.flatMap { [$0.content, $0.proposal, $0.stepNote] }).joined(separator: " ")
        return Text.foldedBytes(text)
    }

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
        for report in changed {
            let i = inboxIndex[report.id]!
            inbox[i] = report
            inboxKeys[i] = searchKey(report)
        }
        let changedIDs = Dictionary(changed.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        for i in recentlyEntered.indices where changedIDs[recentlyEntered[i].id] != nil {
            recentlyEntered[i] = changedIDs[recentlyEntered[i].id]!
        }
    }
}
