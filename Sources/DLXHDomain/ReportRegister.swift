/// The parts of the federation's consolidated report that staff write themselves, kept with
/// that period's report in the store (`register/YYYY.json`, the period's first year): the
/// assessment (đánh giá), the causes (nguyên nhân), the forecast (dự báo) and the tasks for
/// the next period (nhiệm vụ). Empty text: not written yet (the report says so).
public struct ReportParts: Codable, Hashable, Sendable {
    public var period: Period
    public var assessment: String
    public var causes: String
    public var forecast: String
    public var tasks: String
    /// Who wrote last, and when (set by the store).
    public var updatedBy: String?
    public var updatedAt: Moment?

    public init(period: Period, assessment: String = "", causes: String = "", forecast: String = "", tasks: String = "") {
        self.period = period
        self.assessment = assessment
        self.causes = causes
        self.forecast = forecast
        self.tasks = tasks
    }

    /// The four parts in the order the report gives them.
    public enum Part: String, CaseIterable, Sendable, Codable {
        case assessment, causes, forecast, tasks
    }

    public subscript(part: Part) -> String {
        get {
            switch part {
            case .assessment: assessment
            case .causes: causes
            case .forecast: forecast
            case .tasks: tasks
            }
        }
        set {
            switch part {
            case .assessment: assessment = newValue
            case .causes: causes = newValue
            case .forecast: forecast = newValue
            case .tasks: tasks = newValue
            }
        }
    }

    /// The record id the audit trail and a conflict name: "parts/2026-Q3".
    public var id: String { "parts/\(period.id)" }

    public var isEmpty: Bool { Part.allCases.allSatisfy { self[$0].isEmpty } }
}

/// One entry of the register of issued reports (sổ đăng ký văn bản đi): the number given when
/// the consolidated report was issued (numbers run per year of issue and are never reused),
/// the date, the recipients, and the document exactly as issued, so that it can be issued again
/// byte for byte.
public struct IssuedReport: Codable, Hashable, Sendable {
    /// 12 in "Số: 12/BC-LĐLĐ".
    public var number: Int
    /// The year of issue, whose numbers it takes.
    public var year: Int
    public var period: Period
    public var issuedOn: Day
    public var issuedBy: String
    public var recipients: [String]
    public var language: Language
    /// The document as issued, number and recipients in it.
    public var document: ReportDocument

    public init(
        number: Int, year: Int, period: Period, issuedOn: Day, issuedBy: String, recipients: [String], language: Language,
        document: ReportDocument
    ) {
        self.number = number
        self.year = year
        self.period = period
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.recipients = recipients
        self.language = language
        self.document = document
    }

    /// "12/2026": how the command line names it (`dlxh report --reissue 12/2026`).
    public var id: String { "\(number)/\(year)" }

    /// Parses "12/2026" into (12, 2026).
    public static func parseID(_ text: String) -> (number: Int, year: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let n = Int(parts[0]), let y = Int(parts[1]), n > 0, (1900...9999).contains(y) else { return nil }
        return (n, y)
    }
}
