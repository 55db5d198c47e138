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
    /// The units that took over when this one merged, split or closed (a district federation's
    /// area went to several commune unions; several units merged into one). Many-to-many.
    public var successorIDs: [String]
    /// The units this one took over from (the other side of `successorIDs`; a unit may list its
    /// predecessors, its predecessors may list it, or both: `Lineage` reads either).
    public var predecessorIDs: [String]
    /// The area the unit belongs to after the July 2025 reorganisation (the former district, the
    /// merged province's region…), used to group units; nil when not set.
    public var parentArea: String?
    /// Periods for which the board excused the unit.
    public var exemptions: [Exemption]
    /// Counts the writes that changed this unit (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, name: String, kind: Kind, cluster: String = "", contactPerson: String = "",
        phone: String = "", email: String = "", activeFrom: Day, activeTo: Day? = nil,
        mustReport: Bool = true, successorID: String? = nil, exemptions: [Exemption] = [],
        successorIDs: [String] = [], predecessorIDs: [String] = [], parentArea: String? = nil
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
        self.successorIDs = successorIDs.isEmpty ? (successorID.map { [$0] } ?? []) : successorIDs
        self.predecessorIDs = predecessorIDs
        self.parentArea = parentArea
        self.exemptions = exemptions
    }

    /// The first successor: what older dlxh versions stored as the only one. Setting it replaces
    /// the first successor (nil removes it) and keeps the others.
    public var successorID: String? {
        get { successorIDs.first }
        set {
            if let newValue {
                if successorIDs.isEmpty { successorIDs = [newValue] } else { successorIDs[0] = newValue }
                var seen = Set<String>()
                successorIDs = successorIDs.filter { seen.insert($0).inserted }
            } else if !successorIDs.isEmpty {
                successorIDs.removeFirst()
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, cluster, contactPerson, phone, email, activeFrom, activeTo, mustReport
        case successorID, successorIDs, predecessorIDs, parentArea, exemptions, revision
    }

    /// Reads files written before successors were a list: a lone `successorID` becomes the list.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind)
        cluster = try c.decode(String.self, forKey: .cluster)
        contactPerson = try c.decode(String.self, forKey: .contactPerson)
        phone = try c.decode(String.self, forKey: .phone)
        email = try c.decode(String.self, forKey: .email)
        activeFrom = try c.decode(Day.self, forKey: .activeFrom)
        activeTo = try c.decodeIfPresent(Day.self, forKey: .activeTo)
        mustReport = try c.decode(Bool.self, forKey: .mustReport)
        if let list = try c.decodeIfPresent([String].self, forKey: .successorIDs) {
            successorIDs = list
        } else {
            successorIDs = try c.decodeIfPresent(String.self, forKey: .successorID).map { [$0] } ?? []
        }
        predecessorIDs = try c.decodeIfPresent([String].self, forKey: .predecessorIDs) ?? []
        parentArea = try c.decodeIfPresent(String.self, forKey: .parentArea)
        exemptions = try c.decode([Exemption].self, forKey: .exemptions)
        revision = try c.decodeIfPresent(Int.self, forKey: .revision)
    }

    /// Writes the list (when not empty) and, for older dlxh versions that know one successor
    /// only, `successorID` as its first element.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(cluster, forKey: .cluster)
        try c.encode(contactPerson, forKey: .contactPerson)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(activeFrom, forKey: .activeFrom)
        try c.encodeIfPresent(activeTo, forKey: .activeTo)
        try c.encode(mustReport, forKey: .mustReport)
        try c.encodeIfPresent(successorIDs.first, forKey: .successorID)
        if !successorIDs.isEmpty { try c.encode(successorIDs, forKey: .successorIDs) }
        if !predecessorIDs.isEmpty { try c.encode(predecessorIDs, forKey: .predecessorIDs) }
        try c.encodeIfPresent(parentArea, forKey: .parentArea)
        try c.encode(exemptions, forKey: .exemptions)
        try c.encodeIfPresent(revision, forKey: .revision)
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
