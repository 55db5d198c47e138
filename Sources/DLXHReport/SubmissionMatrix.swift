import DLXHDomain

/// Units × months: each unit's submission state for each month of a range, as of one day.
/// The cells are exactly what `dlxh status` says for that unit and month.
public struct SubmissionMatrix: Hashable, Sendable {
    /// Oldest first.
    public var periods: [Period]
    public var rows: [Row]

    public struct Row: Hashable, Sendable {
        public var unit: ReportingUnit
        /// One state per period, in the order of `periods`.
        public var states: [SubmissionState]
    }

    /// The `months` months ending with `last`, for every unit on the roster in roster order.
    public static func build(from dataset: Dataset, last: Period, months: Int, today: Day) -> SubmissionMatrix {
        let periods = (0..<max(1, months)).reversed().map { last.advanced(by: -$0) }
        let rules = dataset.rules
        let index = dataset.submissionIndex
        let rows = dataset.units.map { unit in
            Row(unit: unit, states: periods.map {
                rules.state(of: unit, for: $0, receivedOn: index.receivedOn(unitID: unit.id, period: $0), asOf: today)
            })
        }
        return SubmissionMatrix(periods: periods, rows: rows)
    }

    /// A cell as a narrow table shows it: ✓ on time, +days late, ✗ missing, · not yet due,
    /// blank when nothing is owed. Symbols, so it reads without colour.
    public static func symbol(_ state: SubmissionState) -> String {
        switch state {
        case .onTime: "✓"
        case .late(_, let days): "+\(days)"
        case .missing: "✗"
        case .notYetDue: "·"
        case .notRequired: ""
        }
    }
}
