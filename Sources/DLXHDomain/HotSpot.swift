/// A hot spot (điểm nóng): phoned in first, then owed a written report, escalated upward, and
/// followed through its status until closed. Its obligations drive the alert badge.
public struct HotSpot: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case workStoppage, wageArrears, insuranceArrears, employerAbsconded, massLayoff
        case seriousAccident, massComplaint, falseStrikeStory, other
    }

    /// mới phát sinh → đang xử lý → tạm ổn định → đã giải quyết → theo dõi sau giải quyết → đóng;
    /// `recurred` (tái phát) puts a settled case back among the active ones.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case new, handling, stabilised, resolved, monitoring, closed, recurred

        /// Active cases owe updates and escalations.
        public var isActive: Bool {
            switch self {
            case .new, .handling, .recurred: true
            case .stabilised, .resolved, .monitoring, .closed: false
            }
        }

        public var isOpen: Bool { self != .closed }
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var unitID: String
    public var enterprise: Enterprise
    public var workersInvolved: Int?
    public var startedAt: Moment?
    public var endedAt: Moment?
    public var causes: String
    public var demands: String
    public var arrears: String
    public var coordinatingBodies: String
    public var unionActions: String
    public var result: String
    /// When the unit phoned it in, and who took the call.
    public var phonedInAt: Moment
    public var phonedInBy: String
    public var acknowledgement: Acknowledgement?
    public var writtenReport: WrittenReport?
    public var escalations: [Escalation]
    public var status: Status
    public var timeline: [TimelineEntry]
    public var linkedItems: [ItemReference]
    public var linkedReports: [String]
    /// The staff member who follows the case; absent when none was named.
    public var owner: String?
    /// Counts the writes that changed this hot spot (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, title: String, kind: Kind, unitID: String, enterprise: Enterprise,
        workersInvolved: Int? = nil, startedAt: Moment? = nil, endedAt: Moment? = nil,
        causes: String = "", demands: String = "", arrears: String = "", coordinatingBodies: String = "",
        unionActions: String = "", result: String = "", phonedInAt: Moment, phonedInBy: String,
        acknowledgement: Acknowledgement? = nil, writtenReport: WrittenReport? = nil,
        escalations: [Escalation] = [], status: Status = .new, timeline: [TimelineEntry] = [],
        linkedItems: [ItemReference] = [], linkedReports: [String] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.unitID = unitID
        self.enterprise = enterprise
        self.workersInvolved = workersInvolved
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.causes = causes
        self.demands = demands
        self.arrears = arrears
        self.coordinatingBodies = coordinatingBodies
        self.unionActions = unionActions
        self.result = result
        self.phonedInAt = phonedInAt
        self.phonedInBy = phonedInBy
        self.acknowledgement = acknowledgement
        self.writtenReport = writtenReport
        self.escalations = escalations
        self.status = status
        self.timeline = timeline
        self.linkedItems = linkedItems
        self.linkedReports = linkedReports
    }

    public func escalation(to target: Escalation.Target) -> Escalation? {
        escalations.first { $0.to == target }
    }

    /// The latest moment anything was recorded: the phone call or a timeline update.
    public var lastActivity: Moment {
        timeline.map(\.at).max().map { max($0, phonedInAt) } ?? phonedInAt
    }
}

public struct Enterprise: Codable, Hashable, Sendable {
    public var name: String
    /// FDI, ngoài nhà nước, nhà nước…
    public var ownership: String
    public var industry: String
    public var address: String
    /// nil: nobody has said yet (a phone-in does not ask), not "no".
    public var hasGrassrootsUnion: Bool?
    public var workforce: Int?

    public init(
        name: String, ownership: String = "", industry: String = "", address: String = "",
        hasGrassrootsUnion: Bool? = nil, workforce: Int? = nil
    ) {
        self.name = name
        self.ownership = ownership
        self.industry = industry
        self.address = address
        self.hasGrassrootsUnion = hasGrassrootsUnion
        self.workforce = workforce
    }
}

public struct Acknowledgement: Codable, Hashable, Sendable {
    public var by: String
    public var at: Moment

    public init(by: String, at: Moment) {
        self.by = by
        self.at = at
    }
}

/// The official written report that must follow the phone call.
public struct WrittenReport: Codable, Hashable, Sendable {
    public var receivedAt: Moment
    /// The inbox report it arrived as, when linked.
    public var reportID: String?
    /// Its number and symbol ("12/BC-CĐ"), when the staff recorded it.
    public var documentNumber: String?

    public init(receivedAt: Moment, reportID: String? = nil, documentNumber: String? = nil) {
        self.receivedAt = receivedAt
        self.reportID = reportID
        self.documentNumber = documentNumber
    }
}

public struct Escalation: Codable, Hashable, Sendable {
    public enum Target: String, Codable, Sendable, CaseIterable {
        /// Ban Tuyên giáo (và Dân vận) Tỉnh ủy.
        case provincialParty
        /// Tổng Liên đoàn Lao động Việt Nam.
        case confederation
    }

    public var to: Target
    public var at: Moment
    public var by: String
    public var note: String

    public init(to: Target, at: Moment, by: String, note: String = "") {
        self.to = to
        self.at = at
        self.by = by
        self.note = note
    }
}

public struct TimelineEntry: Codable, Hashable, Sendable {
    public var at: Moment
    public var by: String
    public var text: String

    public init(at: Moment, by: String, text: String) {
        self.at = at
        self.by = by
        self.text = text
    }
}
