/// A guidance document (kết luận, định hướng thông tin) that answers items the federation
/// reported upward at step 3: from the provincial Party committee's board, the national
/// confederation, or the federation's own standing committee. At step 4 the board relays it
/// down to the units concerned, who acknowledge it and say what they did (tuyên truyền, đối
/// thoại, giải đáp…). Closing that loop is what this record tracks.
public struct Guidance: Codable, Hashable, Sendable, Identifiable {
    /// `G-2026-001`: given by the store, numbered within the year of `date`, never reused.
    public var id: String
    /// The issuer's own number and code: "45-CV/BTGDV".
    public var number: String
    /// The date on the guidance document.
    public var date: Day
    /// Who issued it: a label from `Configuration.guidanceIssuers`, or free text.
    public var issuer: String
    /// What it says (or its gist), quoted in the relay letter.
    public var text: String
    /// The opinion items it answers.
    public var items: [ItemReference]
    /// The day by which units must acknowledge it; none when no deadline was set.
    public var due: Day?
    /// The staff member who follows it up.
    public var owner: String?
    /// The units it was relayed to, each with its relay date and acknowledgement.
    public var recipients: [GuidanceRecipient]
    public var createdAt: Moment
    public var createdBy: String
    /// Counts the writes that changed this record (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, number: String, date: Day, issuer: String, text: String, items: [ItemReference],
        due: Day? = nil, owner: String? = nil, recipients: [GuidanceRecipient] = [], createdAt: Moment, createdBy: String
    ) {
        self.id = id
        self.number = number
        self.date = date
        self.issuer = issuer
        self.text = text
        self.items = items
        self.due = due
        self.owner = owner
        self.recipients = recipients
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    public func recipient(_ unitID: String) -> GuidanceRecipient? { recipients.first { $0.unitID == unitID } }

    /// "G-2026-001 → 2026", the year whose file holds it.
    public static func year(ofID id: String) -> Int? {
        guard id.hasPrefix("G-"), id.count >= 6 else { return nil }
        return Int(id.dropFirst(2).prefix(4))
    }
}

/// One unit the guidance was relayed to: when, and when and how it acknowledged.
public struct GuidanceRecipient: Codable, Hashable, Sendable {
    public var unitID: String
    public var relayedOn: Day
    public var acknowledgedOn: Day?
    /// What the unit did with it: tuyên truyền, đối thoại, giải đáp… (free text).
    public var note: String

    public init(unitID: String, relayedOn: Day, acknowledgedOn: Day? = nil, note: String = "") {
        self.unitID = unitID
        self.relayedOn = relayedOn
        self.acknowledgedOn = acknowledgedOn
        self.note = note
    }

    public var isAcknowledged: Bool { acknowledgedOn != nil }
}

extension Guidance: Revised {}

/// A unit that was relayed a guidance and has not acknowledged it past its due date: the
/// alert the interface counts in its header and `dlxh guidance list --fail-if-overdue` exits on.
public struct GuidanceOverdue: Hashable, Sendable {
    public var guidanceID: String
    public var unitID: String
    public var due: Day

    public init(guidanceID: String, unitID: String, due: Day) {
        self.guidanceID = guidanceID
        self.unitID = unitID
        self.due = due
    }

    /// Whole days past the due date as of `today` (1 on the day after it).
    public func daysOverdue(asOf today: Day) -> Int { today.dayNumber - due.dayNumber }
}

/// The acknowledgement rule. The due day itself is still in time; from the day after, a unit
/// that has not acknowledged is overdue. Guidance without a due date is never overdue, and a
/// unit it was not relayed to owes nothing. As for hot spots, an acknowledgement counts once it
/// is recorded, whatever day it carries.
public enum GuidanceAlerts {
    public static func isOverdue(_ recipient: GuidanceRecipient, due: Day?, asOf today: Day) -> Bool {
        guard let due, !recipient.isAcknowledged else { return false }
        return today > due
    }

    /// The overdue acknowledgements of one guidance as of `today`, in its recipients' order.
    public static func overdue(for guidance: Guidance, asOf today: Day) -> [GuidanceOverdue] {
        guard let due = guidance.due else { return [] }
        return guidance.recipients.filter { isOverdue($0, due: due, asOf: today) }.map {
            GuidanceOverdue(guidanceID: guidance.id, unitID: $0.unitID, due: due)
        }
    }

    /// Every overdue acknowledgement as of `today`, longest overdue first, then by guidance id
    /// and unit id.
    public static func overdue(in guidance: [Guidance], asOf today: Day) -> [GuidanceOverdue] {
        guidance.flatMap { overdue(for: $0, asOf: today) }.sorted {
            ($0.due, $0.guidanceID, $0.unitID) < ($1.due, $1.guidanceID, $1.unitID)
        }
    }

    /// Acknowledgements still owed (relayed, not acknowledged), overdue or not.
    public static func awaiting(in guidance: [Guidance]) -> [(guidance: Guidance, recipient: GuidanceRecipient)] {
        guidance.flatMap { g in g.recipients.filter { !$0.isAcknowledged }.map { (g, $0) } }
    }
}

extension Guidance {
    /// The units that raised the items it answers, in the order the items name them: whom it is
    /// relayed to by default.
    public func raisingUnits(in reports: [Report]) -> [String] {
        let unitOf = Dictionary(reports.map { ($0.id, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        return items.compactMap { unitOf[$0.reportID] }.filter { seen.insert($0).inserted }
    }
}

extension ItemReference {
    /// `R-2026-11-0042/i3`, as the command line and audit entries write it.
    public var text: String { "\(reportID)/\(itemID)" }

    /// Reads `REPORT-ID/ITEM-ID`; nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(reportID: String(parts[0]), itemID: String(parts[1]))
    }
}

/// The dates guidance records accept: real calendar days of the years 1900 to 2200.
public enum GuidanceDates {
    public static let years = 1900...2200

    public static func day(_ text: String) -> Day? {
        guard let day = Day(iso: text), years.contains(day.year) else { return nil }
        return day
    }
}
