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
        /// With `lineage`: the earlier units whose months this row reads through (the unit's
        /// predecessors, theirs…), nearest first; empty otherwise.
        public var through: [ReportingUnit] = []

        public init(unit: ReportingUnit, states: [SubmissionState], through: [ReportingUnit] = []) {
            self.unit = unit
            self.states = states
            self.through = through
        }
    }

    /// The window the interface states its rates over: twelve periods, whatever number of them
    /// a screen has room to draw.
    public static let window = 12

    /// A unit's rates: over every period of the matrix (its whole window), drawn or not.
    public func totals(of row: Row) -> SubmissionTotals { SubmissionTotals(row.states) }

    /// One period's rates over every unit.
    public func totals(ofPeriod index: Int) -> SubmissionTotals {
        SubmissionTotals(rows.compactMap { $0.states.indices.contains(index) ? $0.states[index] : nil })
    }

    /// Every unit over every period of the window: the overall rates.
    public var overall: SubmissionTotals { SubmissionTotals(rows.flatMap(\.states)) }

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

    /// The same range read as one history per unit still on the roster: a row for every unit
    /// active in `last` (or later), and in a month the unit did not owe (not yet founded), the
    /// state of the units it took over from (its predecessors, theirs…) that owed that month,
    /// combined: missing if any of them was missing, else late by the most days, else not yet
    /// due, else on time. A unit that ended before `last` gets no row of its own: its months
    /// show in its successors' rows (in each of them when its area was shared).
    public static func buildLineage(from dataset: Dataset, last: Period, months: Int, today: Day) -> SubmissionMatrix {
        let full = build(from: dataset, last: last, months: months, today: today)
        let lineage = Lineage(units: dataset.units)
        let byID = Dictionary(full.rows.map { ($0.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = []
        for row in full.rows {
            let unit = row.unit
            let current = unit.activeTo.map { $0 >= last.firstDay } ?? true
            guard current, unit.activeFrom <= last.lastDay else { continue }
            let earlier = lineage.ancestors(of: unit.id).compactMap { byID[$0] }
            var states = row.states
            for i in states.indices {
                guard case .notRequired = states[i] else { continue }
                let owed = earlier.map { $0.states[i] }.filter { if case .notRequired = $0 { false } else { true } }
                if let combined = combine(owed) { states[i] = combined }
            }
            rows.append(Row(unit: unit, states: states, through: earlier.map(\.unit)))
        }
        return SubmissionMatrix(periods: full.periods, rows: rows)
    }

    /// Several units' states for one month as one: the worst of them.
    static func combine(_ states: [SubmissionState]) -> SubmissionState? {
        if let missing = states.first(where: { $0.code == "missing" }) { return missing }
        if let late = states.filter({ $0.code == "late" }).max(by: { ($0.daysLate ?? 0) < ($1.daysLate ?? 0) }) { return late }
        if let notYet = states.first(where: { $0.code == "notYetDue" }) { return notYet }
        return states.first
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
