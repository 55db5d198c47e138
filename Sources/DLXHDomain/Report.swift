/// A report received from a unit: the periodic monthly report, an ad-hoc report, or the written
/// rapid report on a hot spot. It carries the unit's opinion items.
public struct Report: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var unitID: String
    public var period: Period
    public var kind: ReportKind
    public var channel: Channel
    public var receivedOn: Day
    public var documentNumber: String
    public var summary: String
    /// "Không phát sinh": the unit reports that nothing arose. Counts as submitted.
    public var nothingToReport: Bool
    public var step: HandlingStep
    /// Hidden from the default inbox view; never deleted by archiving.
    public var archived: Bool
    /// Set when this report supplements an earlier one of the same unit and period.
    public var supplementTo: String?
    /// Set when the board sent this report back to its unit for more (yêu cầu bổ sung); it is
    /// answered by a supplement report (see `ReturnRules`). Absent in files that predate it.
    public var returnedForMore: ReturnRequest?
    public var items: [OpinionItem] {
        // However items go (a delete, a reorder), the highest number once used is remembered.
        didSet {
            let highest = oldValue.compactMap { Int($0.id.dropFirst()) }.max() ?? 0
            if highest > (lastItemNumber ?? 0) { lastItemNumber = highest }
        }
    }
    public var createdAt: Moment
    public var createdBy: String
    /// The highest item number ever given in this report, so a deleted item's id is never
    /// handed out again (audit entries name items by id). Absent in files that predate it.
    public var lastItemNumber: Int?
    /// Counts the writes that changed this report (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, unitID: String, period: Period, kind: ReportKind = .periodic,
        channel: Channel = .document, receivedOn: Day, documentNumber: String = "",
        summary: String = "", nothingToReport: Bool = false, step: HandlingStep = .select,
        archived: Bool = false, supplementTo: String? = nil, items: [OpinionItem] = [],
        createdAt: Moment, createdBy: String
    ) {
        self.id = id
        self.unitID = unitID
        self.period = period
        self.kind = kind
        self.channel = channel
        self.receivedOn = receivedOn
        self.documentNumber = documentNumber
        self.summary = summary
        self.nothingToReport = nothingToReport
        self.step = step
        self.archived = archived
        self.supplementTo = supplementTo
        self.items = items
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// Whether this report settles the unit's obligation for its period.
    public var countsAsSubmission: Bool { kind == .periodic }

    /// The id for the next item added: one more than the highest `iN` ever given, so ids are
    /// never reused after a delete.
    public var nextItemID: String {
        // Numbers beyond `Limits.sequence` (refused by import and `dlxh check`) are ignored, so
        // the sum below cannot overflow; the id is still new, being shorter than theirs.
        let highest = items.compactMap { OpinionItem.number(of: $0.id) }.max() ?? 0
        let last = lastItemNumber.map { min(max($0, 0), Limits.sequence) } ?? 0
        return "i\(max(highest, last) + 1)"
    }

    /// Appends an item under the next free id and remembers that number.
    @discardableResult
    public mutating func addItem(_ item: OpinionItem) -> OpinionItem {
        var new = item
        new.id = nextItemID
        lastItemNumber = Int(new.id.dropFirst())
        items.append(new)
        return new
    }

    public func item(_ id: String) -> OpinionItem? { items.first { $0.id == id } }
}

/// One opinion item (luồng ý kiến) of a report, with its classification.
public struct OpinionItem: Codable, Hashable, Sendable, Identifiable {
    /// `i1`, `i2`… unique within its report.
    public var id: String
    /// A topic id from the configured topic list.
    public var topic: String
    public var content: String
    public var source: Source
    public var targetGroup: TargetGroup
    public var breadth: Breadth
    public var scope: Scope
    /// An attitude id from the configured attitude scale.
    public var attitude: String
    public var nature: Nature
    public var verification: Verification
    public var proposal: String
    /// To whom the proposal is addressed (Tỉnh ủy, UBND tỉnh, Tổng LĐLĐ…).
    public var proposalTo: String
    public var step: HandlingStep
    /// Step 3: to whom it was reported; step 4: what guidance was relayed.
    public var stepNote: String
    public var inclusion: Inclusion
    /// Counts the writes that changed this item (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, topic: String, content: String, source: Source = .direct,
        targetGroup: TargetGroup = .general, breadth: Breadth = .some, scope: Scope = .unit,
        attitude: String, nature: Nature = .publicOpinion, verification: Verification = .unverified,
        proposal: String = "", proposalTo: String = "", step: HandlingStep = .select,
        stepNote: String = "", inclusion: Inclusion = .automatic
    ) {
        self.id = id
        self.topic = topic
        self.content = content
        self.source = source
        self.targetGroup = targetGroup
        self.breadth = breadth
        self.scope = scope
        self.attitude = attitude
        self.nature = nature
        self.verification = verification
        self.proposal = proposal
        self.proposalTo = proposalTo
        self.step = step
        self.stepNote = stepNote
        self.inclusion = inclusion
    }

    /// The number of an item id `iN`, or nil when it is not one or is beyond `Limits.sequence`.
    public static func number(of id: String) -> Int? {
        let digits = id.dropFirst()
        guard id.first == "i", !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit),
            let n = Int(digits), n <= Limits.sequence
        else { return nil }
        return n
    }

    /// Whether the consolidated report uses this item: classified items past step 1 by default.
    public var isIncludedInReport: Bool {
        switch inclusion {
        case .automatic: step > .select
        case .include: true
        case .exclude: false
        }
    }
}

/// Names one item anywhere in the store.
public struct ItemReference: Codable, Hashable, Sendable {
    public var reportID: String
    public var itemID: String

    public init(reportID: String, itemID: String) {
        self.reportID = reportID
        self.itemID = itemID
    }
}
