/// Everything in a store, as plain values: what screens, reports and rules read.
public struct Dataset: Sendable {
    public var configuration: Configuration
    public var units: [ReportingUnit]
    /// Every report, in no particular order.
    public var reports: [Report]
    public var hotSpots: [HotSpot]
    /// Guidance relayed down at step 4 (see `Guidance`).
    public var guidance: [Guidance]
    /// The audit trail of the whole store, oldest first.
    public var audit: [AuditEntry]
    /// What staff decided about streams of opinion (`OpinionStreams` applies them).
    public var streamDecisions = StreamDecisions()
    /// The federation's own reports: the register of those issued (see `IssuedReport`) and the
    /// staff-written parts of each period's report (see `ReportParts`).
    public var issuedReports: [IssuedReport] = []
    public var reportParts: [ReportParts] = []

    public init(
        configuration: Configuration, units: [ReportingUnit], reports: [Report], hotSpots: [HotSpot], audit: [AuditEntry] = [],
        guidance: [Guidance] = []
    ) {
        self.configuration = configuration
        self.units = units
        self.reports = reports
        self.hotSpots = hotSpots
        self.audit = audit
        self.guidance = guidance
    }

    public func unit(_ id: String) -> ReportingUnit? { units.first { $0.id == id } }

    public func report(_ id: String) -> Report? { reports.first { $0.id == id } }

    /// The staff-written parts of one period's report (empty when none was written).
    public func parts(for period: Period) -> ReportParts {
        reportParts.first { $0.period == period } ?? ReportParts(period: period)
    }

    public var rules: SubmissionRules { SubmissionRules(policy: configuration.deadlines) }

    public var submissionIndex: SubmissionIndex { SubmissionIndex(reports: reports) }

    /// The submission state of every unit on the roster for one period.
    public func submissionRows(for period: Period, asOf today: Day) -> [SubmissionRow] {
        rules.rows(units: units, period: period, index: submissionIndex, asOf: today)
    }
}
