/// Where a unit stands with one period's report, as of a given day.
public enum SubmissionState: Hashable, Sendable {
    /// Received on or before the deadline.
    case onTime(receivedOn: Day)
    /// Received after the deadline, `daysLate` days after it.
    case late(receivedOn: Day, daysLate: Int)
    /// The deadline has passed and nothing was received; `daysOverdue` days past it.
    case missing(daysOverdue: Int)
    /// Nothing received yet, and `daysLeft` days remain until the deadline (0 on the deadline).
    case notYetDue(daysLeft: Int)
    /// The unit owes nothing for this period.
    case notRequired(NotRequiredReason)

    /// The stable name used in JSON and CSV.
    public var code: String {
        switch self {
        case .onTime: "onTime"
        case .late: "late"
        case .missing: "missing"
        case .notYetDue: "notYetDue"
        case .notRequired: "notRequired"
        }
    }

    public var receivedOn: Day? {
        switch self {
        case .onTime(let day), .late(let day, _): day
        default: nil
        }
    }

    public var daysLate: Int? {
        if case .late(_, let days) = self { return days }
        return nil
    }

    /// Counted in "expected" for DHIS2-style rates: everything but notRequired.
    /// A period whose deadline has not passed is expected too: the rate says how many are in so far.
    public var isExpected: Bool {
        if case .notRequired = self { return false }
        return true
    }

    public var isSubmitted: Bool { receivedOn != nil }

    public var isOnTime: Bool {
        if case .onTime = self { return true }
        return false
    }
}

public enum NotRequiredReason: String, Hashable, Sendable {
    /// The roster says the unit does not report.
    case notReporting
    /// The unit did not exist on the due date.
    case inactive
    /// The board exempted the unit for this period.
    case exempted
}

/// The deadline and submission rules. `dlxh status`, the dashboard and the report all use these.
public struct SubmissionRules: Sendable {
    public let policy: DeadlinePolicy
    private let holidays: Set<Day>

    public init(policy: DeadlinePolicy) {
        self.policy = policy
        self.holidays = Set(policy.holidays)
    }

    /// The nominal due date: the configured day of the period's last month, clamped to its end.
    /// The October report is due 20/10; the fourth-quarter report 20/12.
    public func dueDate(for period: Period) -> Day {
        let month = period.lastMonth
        let day = min(max(policy.dueDay, 1), Day.daysIn(month: month, year: period.year))
        return Day(validYear: period.year, month: month, day: day)
    }

    /// The last day on which a report is on time: the due date itself, or the day before when the
    /// rule is "trước ngày 20"; then moved to the next working day if that is the setting.
    public func deadline(for period: Period) -> Day {
        var last = dueDate(for: period)
        if !policy.dueDayIsOnTime { last = last.adding(days: -1) }
        if policy.shiftToWorkingDay {
            while !isWorkingDay(last) { last = last.adding(days: 1) }
        }
        return last
    }

    public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.contains(day) }

    /// Whether the unit owes a report for the period: it must report, is not exempted, and exists
    /// on the due date (a unit founded after the 20th starts owing from the next month; one closed
    /// before it owes nothing that month).
    public func requirement(of unit: ReportingUnit, for period: Period) -> NotRequiredReason? {
        if !unit.mustReport { return .notReporting }
        if !unit.isActive(on: dueDate(for: period)) { return .inactive }
        if unit.exemption(for: period) != nil { return .exempted }
        return nil
    }

    /// The state of one unit's report for one period, as of `today`.
    /// `receivedOn` is the earliest received date among the unit's periodic reports for the period.
    public func state(of unit: ReportingUnit, for period: Period, receivedOn: Day?, asOf today: Day) -> SubmissionState {
        if let reason = requirement(of: unit, for: period) { return .notRequired(reason) }
        let deadline = deadline(for: period)
        if let received = receivedOn, received <= today {
            return received <= deadline
                ? .onTime(receivedOn: received) : .late(receivedOn: received, daysLate: deadline.days(until: received))
        }
        return today <= deadline ? .notYetDue(daysLeft: today.days(until: deadline)) : .missing(daysOverdue: deadline.days(until: today))
    }
}

/// The first periodic report received per (unit, period): what the submission rules read.
public struct SubmissionIndex: Sendable {
    private var firstReceived: [Key: Day] = [:]

    struct Key: Hashable {
        let unitID: String
        let period: Period
    }

    public init<S: Sequence>(reports: S) where S.Element == Report {
        for report in reports where report.countsAsSubmission {
            add(report)
        }
    }

    public mutating func add(_ report: Report) {
        guard report.countsAsSubmission else { return }
        let key = Key(unitID: report.unitID, period: report.period)
        if let existing = firstReceived[key], existing <= report.receivedOn { return }
        firstReceived[key] = report.receivedOn
    }

    public func receivedOn(unitID: String, period: Period) -> Day? {
        firstReceived[Key(unitID: unitID, period: period)]
    }
}

/// A row of the status table: one unit, one period.
public struct SubmissionRow: Hashable, Sendable {
    public let unit: ReportingUnit
    public let period: Period
    public let state: SubmissionState
}

extension SubmissionRules {
    /// Every unit on the roster for one period, in roster order.
    public func rows(units: [ReportingUnit], period: Period, index: SubmissionIndex, asOf today: Day) -> [SubmissionRow] {
        units.map { unit in
            SubmissionRow(
                unit: unit, period: period,
                state: state(of: unit, for: period, receivedOn: index.receivedOn(unitID: unit.id, period: period), asOf: today))
        }
    }
}

/// DHIS2's reporting rate (submitted ÷ expected) and timeliness (on time ÷ expected).
public struct SubmissionTotals: Hashable, Sendable {
    public var expected = 0
    public var submitted = 0
    public var onTime = 0

    public init() {}

    public init<S: Sequence>(_ states: S) where S.Element == SubmissionState {
        for state in states { add(state) }
    }

    public mutating func add(_ state: SubmissionState) {
        guard state.isExpected else { return }
        expected += 1
        if state.isSubmitted { submitted += 1 }
        if state.isOnTime { onTime += 1 }
    }

    /// nil when nothing was expected (a rate of 0/0 is not 0%).
    public var reportingRate: Double? { expected == 0 ? nil : Double(submitted) / Double(expected) }
    public var timeliness: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }
}
