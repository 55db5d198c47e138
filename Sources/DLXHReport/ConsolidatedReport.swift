import DLXHDomain

/// The figures of the consolidated monthly report (báo cáo tổng hợp) for one period, drawn from
/// the store and nothing else. Every count keeps the ids it was counted from, so each figure in
/// the document can be traced back to the reports and items behind it.
///
/// Built by `ConsolidatedReport.build(from:period:today:)`, a pure function; worded by
/// `ReportWording`, then rendered as Markdown, plain text or DOCX.
public struct ConsolidatedReport: Hashable, Sendable {
    public var period: Period
    /// The day the report is drawn up: the date line, and "as of" for submission states and
    /// hot-spot statuses.
    public var issuedOn: Day
    public var organisation: Organisation
    /// Every report counted: those whose period is this month, of any kind, archived or not.
    public var reports: [ReportEntry]
    public var items: ItemCounts
    /// Overall attitude mix of the included items, in the order of the configured scale.
    public var attitudes: [Tally]
    /// Section II: one stream per topic with included items, the largest first.
    public var streams: [TopicStream]
    /// Section III.
    public var hotSpots: HotSpotSection
    /// Section IV: included items that are rumours or were found untrue.
    public var rumours: [Rumour]
    /// Section V: the same rows `dlxh status` prints for the period.
    public var submissions: [SubmissionRow]
    public var submissionTotals: SubmissionTotals
    /// The deadline the submission states were judged against.
    public var deadline: Day
    /// Section VI: proposals of included items, grouped by addressee.
    public var proposals: [ProposalGroup]
    /// Section VII, only when guidance was relayed during the period (step 4).
    public var guidance: [GuidanceEntry] = []
    /// For a quarter, half or year: each month's figures, to compare them (empty for a month).
    public var months: [MonthFigures] = []
    /// Proposals the units addressed to the issuing federation itself: not something it asks of
    /// others, but work it takes on (its own tasks).
    public var ownTasks: [Quote] = []
}

extension ConsolidatedReport {
    /// One report counted, as listed in the appendix that makes the figures traceable.
    public struct ReportEntry: Hashable, Sendable {
        public var id: String
        public var unitID: String
        public var unitName: String
        public var kind: ReportKind
        public var documentNumber: String
        public var receivedOn: Day
        public var nothingToReport: Bool
        public var archived: Bool
        public var itemCount: Int
        public var includedItemCount: Int
    }

    public struct ItemCounts: Hashable, Sendable {
        /// Every item of the counted reports.
        public var total: Int
        /// Those marked for the report (`OpinionItem.isIncludedInReport`).
        public var included: Int
        public var excluded: Int { total - included }
        /// Of the included: those read as opinion in section II (not a rumour, not found untrue,
        /// not the item of a hot spot, which section III tells once).
        public var opinion: Int = 0
        /// Of the included: rumours and items found untrue (section IV only).
        public var rumours: Int = 0
        /// Of the included: items of a hot spot (section III only).
        public var hotSpot: Int = 0
        /// Of the rest: items still waiting at step 1 to be selected (neither marked for the report
        /// nor set aside). Section II warns that its figures, and its comparisons with the month
        /// before, do not count them yet.
        public var pending: Int = 0
    }

    /// A label and how many items carry it.
    public struct Tally: Hashable, Sendable {
        public var label: Localized
        public var count: Int
    }

    /// Words reported by one or more units, quoted once: the same content arriving from several
    /// units (or twice from one) is one quotation naming them all.
    public struct Quote: Hashable, Sendable {
        public var text: String
        public var unitNames: [String]
        public var items: [ItemReference]
    }

    /// The opinion stream on one topic: how many items and units, how widely held, in what mood.
    public struct TopicStream: Hashable, Sendable {
        public var topic: Category
        public var items: [ItemReference]
        public var unitIDs: [String]
        public var breadth: [Tally]
        public var attitudes: [Tally]
        /// A few items quoted as they were reported: the most widely held first.
        public var representative: [Quote]
        /// Its streams of opinion, the widest first; together they hold exactly `items`.
        public var streams: [StreamEntry] = []
        /// The topic's opinion items in the month before, for a monthly report; nil for a synthesis.
        public var previousMonth: Int?
    }

    public struct HotSpotSection: Hashable, Sendable {
        /// Phoned in during the period.
        public var arising: [HotSpotEntry]
        /// Phoned in earlier and not yet over when the period began.
        public var carriedOver: [HotSpotEntry]
        /// Workers involved in the collective cases arising in the period, where the number is
        /// known. The people hurt in an accident are not workers taking part in something: they
        /// are counted apart (`victims`).
        public var workersInvolved: Int {
            arising.filter { $0.hotSpot.kind != .seriousAccident }.compactMap(\.hotSpot.workersInvolved).map(Limits.counted(people:)).reduce(0, +)
        }
        /// The people hurt or killed in the accidents arising in the period, where known.
        public var victims: Int {
            arising.filter { $0.hotSpot.kind == .seriousAccident }.compactMap(\.hotSpot.workersInvolved).map(Limits.counted(people:)).reduce(0, +)
        }
    }

    public struct HotSpotEntry: Hashable, Sendable {
        public var hotSpot: HotSpot
        public var unitName: String
    }

    /// A rumour or untrue story, with how far it was checked and how it was answered.
    public struct Rumour: Hashable, Sendable {
        public var quote: Quote
        /// The furthest any report got: untrue beats verified beats unverified.
        public var verification: Verification
        /// The furthest handling step reached, and what was noted at it.
        public var step: HandlingStep
        public var stepNote: String
    }

    /// The proposals addressed to one body (Tỉnh ủy, UBND tỉnh, Tổng LĐLĐ…).
    public struct ProposalGroup: Hashable, Sendable {
        /// Empty when the units named no addressee.
        public var addressee: String
        /// Each distinct proposal once, with every unit that made it.
        public var proposals: [Quote]
    }


    public struct MonthFigures: Hashable, Sendable {
        public var month: Period
        public var reports: Int
        /// Items told as opinion (section II's count).
        public var opinion: Int
        public var rumours: Int
        /// Hot spots phoned in during the month.
        public var hotSpots: Int
    }


}

extension ConsolidatedReport {
    /// Units that sent at least one report for the period.
    public var reportingUnitIDs: [String] {
        var seen = Set<String>()
        return reports.map(\.unitID).filter { seen.insert($0).inserted }
    }

    public func reportCount(_ kind: ReportKind) -> Int { reports.filter { $0.kind == kind }.count }

    /// The monthly reports a synthesis says were owed: those whose deadline has come, received or
    /// not. A month not yet due is listed apart ("chưa đến hạn") and owed nothing yet: counting it
    /// made a quarter read "66/123 (54%)" in November, when 66 of the 82 owed were in (80%).
    public var owedTotals: SubmissionTotals {
        SubmissionTotals(submissions.map(\.state).filter { if case .notYetDue = $0 { false } else { true } })
    }

    /// The totals sections I and V state: a month's report counts so far against its deadline, a
    /// synthesis what was owed (`owedTotals`).
    public var statedTotals: SubmissionTotals { months.isEmpty ? submissionTotals : owedTotals }

    /// Submission rows in one state, by state code (`onTime`, `late`, `missing`, `notYetDue`, `notRequired`).
    public func submissions(_ code: String) -> [SubmissionRow] { submissions.filter { $0.state.code == code } }
}
