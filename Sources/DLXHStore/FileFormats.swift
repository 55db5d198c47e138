import DLXHDomain

// The files of a store. Each starts with the schema it follows and that schema's version, so a
// reader can refuse what it does not understand instead of guessing. Docs/STORE.md and the JSON
// Schemas in Docs/schema/ describe them; change one, change the other.

/// What every store file has in common.
protocol StoreFile: Codable, Sendable {
    /// `dlxh.reports`, `dlxh.roster`…
    static var schemaName: String { get }
    /// The version this build writes and reads.
    static var currentVersion: Int { get }
    var schema: String { get }
    var version: Int { get }
    /// Gives each record that `change` altered its next revision (see `Revised`).
    mutating func stampRevisions(since old: Self)
}

extension StoreFile {
    mutating func stampRevisions(since old: Self) {}
}

/// `store.json`: marks the folder as a dlxh store and names the layout version.
public struct StoreManifest: StoreFile, Hashable {
    static let schemaName = "dlxh.store"
    static let currentVersion = 1
    public var schema = StoreManifest.schemaName
    public var version = StoreManifest.currentVersion
    public var createdAt: Moment
    public var createdBy: String
    public var note: String

    public init(createdAt: Moment, createdBy: String) {
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.note = "dlxh store. Layout: Docs/STORE.md. Edit with dlxh, not by hand."
    }
}

/// `config.json`.
public struct ConfigFile: StoreFile, Hashable {
    static let schemaName = "dlxh.config"
    static let currentVersion = 1
    public var schema = ConfigFile.schemaName
    public var version = ConfigFile.currentVersion
    public var configuration: Configuration
    public var audit: [AuditEntry]
    /// The settings' revision: one more on every change (absent in files that predate it).
    public var revision: Int?

    public init(configuration: Configuration, audit: [AuditEntry] = []) {
        self.configuration = configuration
        self.audit = audit
    }

    mutating func stampRevisions(since old: ConfigFile) {
        if configuration != old.configuration { revision = (old.revision ?? 0) + 1 }
    }
}

/// `roster.json`: the reporting units, with the audit trail of roster changes.
public struct RosterFile: StoreFile, Hashable {
    static let schemaName = "dlxh.roster"
    static let currentVersion = 1
    public var schema = RosterFile.schemaName
    public var version = RosterFile.currentVersion
    public var units: [ReportingUnit]
    public var audit: [AuditEntry]

    public init(units: [ReportingUnit], audit: [AuditEntry] = []) {
        self.units = units
        self.audit = audit
    }

    mutating func stampRevisions(since old: RosterFile) {
        units.stampRevisions(since: old.units)
    }
}

/// `reports/YYYY/YYYY-MM.json`: the reports entered in one calendar month, whatever period they
/// are for, with the audit trail of changes to them. Editing a report never moves it to another file.
public struct ReportsFile: StoreFile, Hashable {
    static let schemaName = "dlxh.reports"
    static let currentVersion = 1
    public var schema = ReportsFile.schemaName
    public var version = ReportsFile.currentVersion
    /// The month of entry this file holds.
    public var month: Period
    public var reports: [Report]
    public var audit: [AuditEntry]
    /// The highest report number ever given in this month, so the id of a deleted report is
    /// never given again: a new report must not inherit an old one's audit trail, read marks or
    /// hot-spot links. Absent in files that predate it.
    public var lastReportNumber: Int?

    public init(month: Period, reports: [Report] = [], audit: [AuditEntry] = []) {
        self.month = month
        self.reports = reports
        self.audit = audit
    }

    /// The id for the next new report of this month, remembered as used.
    mutating func takeNextReportID() -> String {
        let sequence = max(RecordID.next(after: reports.map(\.id)), (lastReportNumber ?? 0) + 1)
        lastReportNumber = sequence
        return RecordID.report(month: month, sequence: sequence)
    }

    mutating func stampRevisions(since old: ReportsFile) {
        reports.stampRevisions(since: old.reports)
    }
}

/// `hotspots/YYYY.json`: the hot spots phoned in during one year, with their audit trail.
public struct HotSpotsFile: StoreFile, Hashable {
    static let schemaName = "dlxh.hotspots"
    static let currentVersion = 1
    public var schema = HotSpotsFile.schemaName
    public var version = HotSpotsFile.currentVersion
    public var year: Int
    public var hotSpots: [HotSpot]
    public var audit: [AuditEntry]
    /// The highest hot-spot number ever given in this year (ids are never reused).
    public var lastHotSpotNumber: Int?

    public init(year: Int, hotSpots: [HotSpot] = [], audit: [AuditEntry] = []) {
        self.year = year
        self.hotSpots = hotSpots
        self.audit = audit
    }

    /// The id for the next new hot spot of this year, remembered as used.
    mutating func takeNextHotSpotID() -> String {
        let sequence = max(RecordID.next(after: hotSpots.map(\.id)), (lastHotSpotNumber ?? 0) + 1)
        lastHotSpotNumber = sequence
        return RecordID.hotSpot(year: year, sequence: sequence)
    }

    mutating func stampRevisions(since old: HotSpotsFile) {
        hotSpots.stampRevisions(since: old.hotSpots)
    }
}

/// Only the envelope, read first so that a file of another version or schema is refused with a
/// clear message before its body is decoded.
struct FileEnvelope: Decodable {
    var schema: String
    var version: Int
}

/// `staff/<name>.json`: one staff member's own state — which reports they have read and the
/// filters they saved as named views. Kept apart from the records so that opening a report never
/// rewrites a month file, and two staff never contend for the same file.
public struct StaffFile: StoreFile, Hashable {
    static let schemaName = "dlxh.staff"
    static let currentVersion = 1
    public var schema = StaffFile.schemaName
    public var version = StaffFile.currentVersion
    public var staff: String
    public var readReports: [String]
    public var savedViews: [SavedView]

    public init(staff: String, readReports: [String] = [], savedViews: [SavedView] = []) {
        self.staff = staff
        self.readReports = readReports
        self.savedViews = savedViews
    }
}

/// `drafts/<name>.json`: the report a staff member is typing, saved as they type.
public struct DraftFile: StoreFile, Hashable {
    static let schemaName = "dlxh.draft"
    static let currentVersion = 1
    public var schema = DraftFile.schemaName
    public var version = DraftFile.currentVersion
    public var staff: String
    public var draft: ReportDraft?

    public init(staff: String, draft: ReportDraft?) {
        self.staff = staff
        self.draft = draft
    }
}
