/// A reporting unit on the roster (đơn vị báo cáo). The roster is data, never hard-coded: units
/// are created, renamed, merged and closed as the union structure changes.
public struct ReportingUnit: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// LĐLĐ huyện, thành phố (abolished with the district level in July 2025).
        case districtFederation
        /// Công đoàn ngành.
        case sectorUnion
        /// Công đoàn các Khu công nghiệp.
        case industrialZoneUnion
        /// Công đoàn xã, phường, đặc khu (from July 2025).
        case communeUnion
        /// Công đoàn cơ sở trực thuộc.
        case directGrassroots
        case other
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var cluster: String
    public var contactPerson: String
    public var phone: String
    public var email: String
    /// First day the unit exists.
    public var activeFrom: Day
    /// Last day the unit exists; nil while it is active.
    public var activeTo: Day?
    /// Whether the unit owes the periodic reports at all.
    public var mustReport: Bool
    /// The unit that took over when this one merged or closed.
    public var successorID: String?
    /// Periods for which the board excused the unit.
    public var exemptions: [Exemption]
    /// Counts the writes that changed this unit (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, name: String, kind: Kind, cluster: String = "", contactPerson: String = "",
        phone: String = "", email: String = "", activeFrom: Day, activeTo: Day? = nil,
        mustReport: Bool = true, successorID: String? = nil, exemptions: [Exemption] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.cluster = cluster
        self.contactPerson = contactPerson
        self.phone = phone
        self.email = email
        self.activeFrom = activeFrom
        self.activeTo = activeTo
        self.mustReport = mustReport
        self.successorID = successorID
        self.exemptions = exemptions
    }

    public func isActive(on day: Day) -> Bool {
        activeFrom <= day && (activeTo.map { day <= $0 } ?? true)
    }

    /// Active on at least one day of the period.
    public func isActive(during period: Period) -> Bool {
        activeFrom <= period.lastDay && (activeTo.map { period.firstDay <= $0 } ?? true)
    }

    public func exemption(for period: Period) -> Exemption? {
        exemptions.first { $0.period == period }
    }
}

/// The board excused a unit from one period's report, with a reason (audited).
public struct Exemption: Codable, Hashable, Sendable {
    public var period: Period
    public var reason: String
    public var by: String
    public var at: Moment

    public init(period: Period, reason: String, by: String, at: Moment) {
        self.period = period
        self.reason = reason
        self.by = by
        self.at = at
    }
}
