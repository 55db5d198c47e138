/// The settings of one store: deadlines, vocabularies, the organisation's names, alert durations.
///
/// Every field has a default, and a missing key in `config.json` takes it: adding a setting never
/// needs a schema migration.
public struct Configuration: Codable, Hashable, Sendable {
    public var deadlines: DeadlinePolicy
    /// Which period kinds units must report for. Monthly by default; quarterly, six-monthly and
    /// yearly summaries are tracked when listed.
    public var trackedPeriodKinds: [Period.Kind]
    public var topics: [Category]
    public var attitudes: [Category]
    /// The default name for the audit trail when neither --staff nor DLXH_STAFF is given.
    public var staffName: String?
    /// Local offset of every time recorded; +07:00 for Vietnam.
    public var utcOffsetMinutes: Int
    public var organisation: Organisation
    public var hotSpotRules: HotSpotRules
    /// Who issues the guidance relayed at step 4 (the Tỉnh ủy's board, the confederation, the
    /// federation's standing committee…): what `dlxh guidance add --issuer` offers.
    public var guidanceIssuers: [Category]

    public init(
        deadlines: DeadlinePolicy = DeadlinePolicy(), trackedPeriodKinds: [Period.Kind] = [.month],
        topics: [Category] = Configuration.defaultTopics, attitudes: [Category] = Configuration.defaultAttitudes,
        staffName: String? = nil, utcOffsetMinutes: Int = 420, organisation: Organisation = Organisation(),
        hotSpotRules: HotSpotRules = HotSpotRules(), guidanceIssuers: [Category] = Configuration.defaultGuidanceIssuers
    ) {
        self.deadlines = deadlines
        self.trackedPeriodKinds = trackedPeriodKinds
        self.topics = topics
        self.attitudes = attitudes
        self.staffName = staffName
        self.utcOffsetMinutes = utcOffsetMinutes
        self.organisation = organisation
        self.hotSpotRules = hotSpotRules
        self.guidanceIssuers = guidanceIssuers
    }

    private enum CodingKeys: String, CodingKey {
        case deadlines, trackedPeriodKinds, topics, attitudes, staffName, utcOffsetMinutes
        case organisation, hotSpotRules, guidanceIssuers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Configuration()
        deadlines = try c.decodeIfPresent(DeadlinePolicy.self, forKey: .deadlines) ?? d.deadlines
        trackedPeriodKinds = try c.decodeIfPresent([Period.Kind].self, forKey: .trackedPeriodKinds) ?? d.trackedPeriodKinds
        topics = try c.decodeIfPresent([Category].self, forKey: .topics) ?? d.topics
        attitudes = try c.decodeIfPresent([Category].self, forKey: .attitudes) ?? d.attitudes
        staffName = try c.decodeIfPresent(String.self, forKey: .staffName)
        utcOffsetMinutes = try c.decodeIfPresent(Int.self, forKey: .utcOffsetMinutes) ?? d.utcOffsetMinutes
        try Limits.require(utcOffsetMinutes, in: Limits.utcOffsetMinutes, .utcOffsetMinutes, c, unit: "minutes")
        organisation = try c.decodeIfPresent(Organisation.self, forKey: .organisation) ?? d.organisation
        hotSpotRules = try c.decodeIfPresent(HotSpotRules.self, forKey: .hotSpotRules) ?? d.hotSpotRules
        guidanceIssuers = try c.decodeIfPresent([Category].self, forKey: .guidanceIssuers) ?? d.guidanceIssuers
    }

    /// The issuer as stored: the Vietnamese label of the configured issuer whose id `text` is;
    /// otherwise `text` itself, cleaned (a name typed in full is kept as typed).
    public func guidanceIssuer(_ text: String) -> String {
        let cleaned = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
        return guidanceIssuers.first { $0.id == cleaned }?.vi ?? cleaned
    }

    /// The configured issuers whose id or name contains `text`, diacritics and case aside: what
    /// an issuer picker offers as the user types.
    public func guidanceIssuers(matching text: String) -> [Category] {
        let folded = Text.fold(text)
        guard !folded.isEmpty else { return guidanceIssuers }
        return guidanceIssuers.filter { Text.fold($0.id).contains(folded) || Text.fold($0.vi).contains(folded) || Text.fold($0.en).contains(folded) }
    }

    public static let defaultGuidanceIssuers: [Category] = [
        Category(
            id: "provincialParty", vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            en: "Propaganda and Mass Mobilisation Board of the Provincial Party Committee"),
        Category(id: "provincialPartyCommittee", vi: "Tỉnh ủy", en: "Provincial Party Committee"),
        Category(id: "confederation", vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Vietnam General Confederation of Labour"),
        Category(id: "standingCommittee", vi: "Ban Thường vụ LĐLĐ tỉnh", en: "Standing Committee of the provincial federation"),
    ]

    public func topic(_ id: String) -> Category? { topics.first { $0.id == id } }
    public func attitude(_ id: String) -> Category? { attitudes.first { $0.id == id } }

    public static let defaultTopics: [Category] = [
        Category(id: "wages", vi: "Tiền lương, thu nhập, thưởng", en: "Wages, income, bonuses"),
        Category(id: "jobs", vi: "Việc làm, cắt giảm lao động", en: "Jobs, lay-offs"),
        Category(id: "insurance", vi: "BHXH – BHYT – BHTN", en: "Social, health, unemployment insurance"),
        Category(id: "safety", vi: "An toàn, vệ sinh lao động", en: "Occupational safety and health"),
        Category(id: "hours", vi: "Giờ làm, tăng ca, bữa ăn ca", en: "Working hours, overtime, shift meals"),
        Category(id: "housing", vi: "Nhà ở, nhà trẻ, đời sống", en: "Housing, childcare, living conditions"),
        Category(id: "prices", vi: "Giá cả, chi phí sinh hoạt", en: "Prices, cost of living"),
        Category(id: "relations", vi: "Quan hệ lao động, ngừng việc tập thể", en: "Labour relations, work stoppages"),
        Category(id: "policy", vi: "Chính sách, pháp luật mới", en: "New policies and laws"),
        Category(id: "restructuring", vi: "Sắp xếp bộ máy", en: "Reorganisation of the apparatus"),
        Category(id: "unionWork", vi: "Hoạt động công đoàn", en: "Union activities"),
        Category(id: "domesticNews", vi: "Thời sự trong nước, địa phương", en: "Domestic and local affairs"),
        Category(id: "internationalNews", vi: "Thời sự quốc tế", en: "International affairs"),
        Category(id: "security", vi: "An ninh trật tự, lừa đảo qua mạng", en: "Public order, online fraud"),
        Category(id: "hostileInfo", vi: "Thông tin xấu độc, quan điểm sai trái", en: "Harmful information, wrong views"),
        Category(id: "other", vi: "Khác", en: "Other"),
    ]

    /// The scale real monthly reports speak in, from most positive to most negative.
    public static let defaultAttitudes: [Category] = [
        Category(id: "pleased", vi: "Phấn khởi, tin tưởng", en: "Pleased, confident"),
        Category(id: "agree", vi: "Đồng tình", en: "Agree"),
        Category(id: "interested", vi: "Quan tâm, mong muốn", en: "Interested, hopeful"),
        Category(id: "worried", vi: "Băn khoăn, lo lắng", en: "Worried"),
        Category(id: "frustrated", vi: "Bức xúc", en: "Frustrated"),
        Category(id: "opposed", vi: "Phản đối", en: "Opposed"),
        Category(id: "unclear", vi: "Chưa rõ", en: "Unclear"),
    ]
}

/// When a periodic report is due and when it counts as late.
public struct DeadlinePolicy: Codable, Hashable, Sendable {
    /// Day of the month the report is due (in the period's last month); clamped to month end.
    public var dueDay: Int
    /// "chậm nhất là ngày 20" (true: the due day itself is on time) vs "trước ngày 20" (false).
    public var dueDayIsOnTime: Bool
    /// Move a deadline that falls on a Saturday, Sunday or listed holiday to the next working day.
    public var shiftToWorkingDay: Bool
    public var holidays: [Day]

    public init(dueDay: Int = 20, dueDayIsOnTime: Bool = true, shiftToWorkingDay: Bool = false, holidays: [Day] = []) {
        self.dueDay = dueDay
        self.dueDayIsOnTime = dueDayIsOnTime
        self.shiftToWorkingDay = shiftToWorkingDay
        self.holidays = holidays
    }

    private enum CodingKeys: String, CodingKey { case dueDay, dueDayIsOnTime, shiftToWorkingDay, holidays }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dueDay = try c.decodeIfPresent(Int.self, forKey: .dueDay) ?? 20
        try Limits.require(dueDay, in: Limits.dueDay, .dueDay, c, unit: "day of the month")
        dueDayIsOnTime = try c.decodeIfPresent(Bool.self, forKey: .dueDayIsOnTime) ?? true
        shiftToWorkingDay = try c.decodeIfPresent(Bool.self, forKey: .shiftToWorkingDay) ?? false
        holidays = try c.decodeIfPresent([Day].self, forKey: .holidays) ?? []
    }
}

/// Names printed on the consolidated report and the reminder letters.
public struct Organisation: Codable, Hashable, Sendable {
    /// The body above the issuer, first header line: "TỔNG LĐLĐ VIỆT NAM".
    public var parentBody: String
    /// The issuer: "LĐLĐ TỈNH ĐỒNG NAI".
    public var name: String
    /// The receiving department: "Ban Tuyên giáo – Nữ công".
    public var department: String
    /// The short code in document numbers: "BC-LĐLĐ".
    public var documentCode: String
    /// Place name in the dateline: "Đồng Nai".
    public var place: String
    /// Recipients (Nơi nhận).
    public var recipients: [String]
    /// The signature block: capacity and name.
    public var signatoryTitle: String
    public var signatoryName: String

    public init(
        parentBody: String = "TỔNG LĐLĐ VIỆT NAM", name: String = "LIÊN ĐOÀN LAO ĐỘNG TỈNH",
        department: String = "Ban Tuyên giáo – Nữ công", documentCode: String = "BC-LĐLĐ", place: String = "",
        recipients: [String] = [
            "Ban Tuyên giáo Tổng LĐLĐ Việt Nam", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Thường trực LĐLĐ tỉnh",
            "Lưu: VT, TG-NC",
        ],
        signatoryTitle: String = "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", signatoryName: String = ""
    ) {
        self.parentBody = parentBody
        self.name = name
        self.department = department
        self.documentCode = documentCode
        self.place = place
        self.recipients = recipients
        self.signatoryTitle = signatoryTitle
        self.signatoryName = signatoryName
    }
}

/// How long each hot-spot obligation may stay open before it is overdue, in hours.
public struct HotSpotRules: Codable, Hashable, Sendable {
    /// A staff member acknowledges a phoned-in hot spot.
    public var acknowledgeWithinHours: Int
    /// The unit sends the written report after phoning in.
    public var writtenReportWithinHours: Int
    /// The board reports to the provincial Party committee's board.
    public var escalateToProvincialPartyWithinHours: Int
    /// The board reports to the national confederation.
    public var escalateToConfederationWithinHours: Int
    /// An active case with no timeline update for this long is flagged.
    public var updateEveryHours: Int

    public init(
        acknowledgeWithinHours: Int = 2, writtenReportWithinHours: Int = 24,
        escalateToProvincialPartyWithinHours: Int = 24, escalateToConfederationWithinHours: Int = 48,
        updateEveryHours: Int = 72
    ) {
        self.acknowledgeWithinHours = acknowledgeWithinHours
        self.writtenReportWithinHours = writtenReportWithinHours
        self.escalateToProvincialPartyWithinHours = escalateToProvincialPartyWithinHours
        self.escalateToConfederationWithinHours = escalateToConfederationWithinHours
        self.updateEveryHours = updateEveryHours
    }

    private enum CodingKeys: String, CodingKey {
        case acknowledgeWithinHours, writtenReportWithinHours, escalateToProvincialPartyWithinHours
        case escalateToConfederationWithinHours, updateEveryHours
    }

    /// A missing duration takes its default; one outside `Limits.hours` (0 … one year) is refused,
    /// so no deadline computed from it can overflow.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = HotSpotRules()
        func hours(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            let value = try c.decodeIfPresent(Int.self, forKey: key) ?? fallback
            try Limits.require(value, in: Limits.hours, key, c, unit: "hours")
            return value
        }
        acknowledgeWithinHours = try hours(.acknowledgeWithinHours, d.acknowledgeWithinHours)
        writtenReportWithinHours = try hours(.writtenReportWithinHours, d.writtenReportWithinHours)
        escalateToProvincialPartyWithinHours = try hours(.escalateToProvincialPartyWithinHours, d.escalateToProvincialPartyWithinHours)
        escalateToConfederationWithinHours = try hours(.escalateToConfederationWithinHours, d.escalateToConfederationWithinHours)
        updateEveryHours = try hours(.updateEveryHours, d.updateEveryHours)
    }
}
