/// One change to an opinion item's classification: what the inbox's quick keys and pickers set.
/// A change is data, so it can be saved, described, applied to many tagged items, and undone.
public enum ItemChange: Hashable, Sendable {
    case topic(String)
    case attitude(String)
    case breadth(Breadth)
    case scope(Scope)
    case nature(Nature)
    case verification(Verification)
    case proposal(String)
    /// The handling step, with its note (to whom reported at step 3, what guidance at step 4).
    case step(HandlingStep, note: String)
    case inclusion(Inclusion)

    public func apply(to item: inout OpinionItem) {
        switch self {
        case .topic(let v): item.topic = v
        case .attitude(let v): item.attitude = v
        case .breadth(let v): item.breadth = v
        case .scope(let v): item.scope = v
        case .nature(let v): item.nature = v
        case .verification(let v): item.verification = v
        case .proposal(let v): item.proposal = Text.clean(v)
        case .step(let step, let note):
            item.step = step
            item.stepNote = Text.clean(note)
        case .inclusion(let v): item.inclusion = v
        }
    }

    /// The change that puts back what `item` has now: applied after `self`, it undoes it.
    public func inverse(for item: OpinionItem) -> ItemChange {
        switch self {
        case .topic: .topic(item.topic)
        case .attitude: .attitude(item.attitude)
        case .breadth: .breadth(item.breadth)
        case .scope: .scope(item.scope)
        case .nature: .nature(item.nature)
        case .verification: .verification(item.verification)
        case .proposal: .proposal(item.proposal)
        case .step: .step(item.step, note: item.stepNote)
        case .inclusion: .inclusion(item.inclusion)
        }
    }
}

/// One change to a report as a whole.
public enum ReportChange: Hashable, Sendable {
    case archived(Bool)
    case step(HandlingStep)

    public func apply(to report: inout Report) {
        switch self {
        case .archived(let v): report.archived = v
        case .step(let v): report.step = v
        }
    }

    public func inverse(for report: Report) -> ReportChange {
        switch self {
        case .archived: .archived(report.archived)
        case .step: .step(report.step)
        }
    }
}

extension Report {
    /// A report's step follows its items: the lowest step any item is at (a report is handled
    /// when all its items are). Reports without items keep the step they were given.
    public mutating func settleStep() {
        if let lowest = items.map(\.step).min() { step = lowest }
    }
}
