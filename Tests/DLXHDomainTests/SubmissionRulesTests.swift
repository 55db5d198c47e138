import Foundation
import Testing

@testable import DLXHDomain

/// The deadline and submission rules at their edges. Every weekday used below is stated in a
/// comment and checked in `calendarFactsUsedBelow`, so a wrong assumption fails there first.
@Suite("Submission rules: deadlines and states")
struct SubmissionRulesTests {
    let october = Period.month(2026, 10)
    let inclusive = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, dueDayIsOnTime: true))
    let exclusive = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, dueDayIsOnTime: false))
    let shifting = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, shiftToWorkingDay: true))
    let federation = unit("ldld-bh", name: "LĐLĐ thành phố Biên Hòa")

    func state(
        _ rules: SubmissionRules, _ period: Period, received: Day?, today: Day, unit u: ReportingUnit? = nil
    ) -> SubmissionState {
        rules.state(of: u ?? federation, for: period, receivedOn: received, asOf: today)
    }

    @Test("the weekdays these tests rely on")
    func calendarFactsUsedBelow() {
        #expect(d(2026, 10, 20).isoWeekday == 2)  // Tuesday
        #expect(d(2026, 11, 20).isoWeekday == 5)  // Friday
        #expect(d(2026, 6, 20).isoWeekday == 6)  // Saturday
        #expect(d(2026, 6, 22).isoWeekday == 1)  // Monday
        #expect(d(2026, 9, 20).isoWeekday == 7)  // Sunday
        #expect(d(2026, 12, 20).isoWeekday == 7)  // Sunday
        #expect(d(2026, 4, 19).isoWeekday == 7)  // Sunday
        #expect(d(2026, 2, 20).isoWeekday == 5)  // Friday, inside the Tết 2026 holiday
        #expect(d(2026, 2, 23).isoWeekday == 1)  // Monday
    }

    // MARK: The due date and the deadline

    @Test("the report for month M is due on the 20th of month M")
    func dueDateOfAMonth() {
        #expect(inclusive.dueDate(for: october) == d(2026, 10, 20))
        #expect(inclusive.deadline(for: october) == d(2026, 10, 20))
        #expect(inclusive.dueDate(for: Period.month(2027, 1)) == d(2027, 1, 20))
    }

    @Test("\"chậm nhất là ngày 20\": received on the 20th is on time, the 21st is late by 1")
    func inclusiveRule() {
        let today = d(2026, 10, 24)
        #expect(state(inclusive, october, received: d(2026, 10, 20), today: today) == .onTime(receivedOn: d(2026, 10, 20)))
        #expect(state(inclusive, october, received: d(2026, 10, 21), today: today) == .late(receivedOn: d(2026, 10, 21), daysLate: 1))
        #expect(state(inclusive, october, received: d(2026, 10, 2), today: today) == .onTime(receivedOn: d(2026, 10, 2)))
        #expect(
            state(inclusive, october, received: d(2026, 11, 5), today: d(2026, 11, 10))
                == .late(receivedOn: d(2026, 11, 5), daysLate: 16))
    }

    @Test("a report received before its month begins is on time")
    func receivedEarly() {
        #expect(state(inclusive, october, received: d(2026, 9, 28), today: d(2026, 10, 1)) == .onTime(receivedOn: d(2026, 9, 28)))
    }

    @Test("\"trước ngày 20\": the 20th is late by 1, the 19th is on time")
    func exclusiveRule() {
        #expect(exclusive.dueDate(for: october) == d(2026, 10, 20))
        #expect(exclusive.deadline(for: october) == d(2026, 10, 19))
        let today = d(2026, 10, 24)
        #expect(state(exclusive, october, received: d(2026, 10, 19), today: today) == .onTime(receivedOn: d(2026, 10, 19)))
        #expect(state(exclusive, october, received: d(2026, 10, 20), today: today) == .late(receivedOn: d(2026, 10, 20), daysLate: 1))
        #expect(state(exclusive, october, received: d(2026, 10, 21), today: today) == .late(receivedOn: d(2026, 10, 21), daysLate: 2))
        // With nothing received: the 19th is the last day, the 20th is already overdue.
        #expect(state(exclusive, october, received: nil, today: d(2026, 10, 19)) == .notYetDue(daysLeft: 0))
        #expect(state(exclusive, october, received: nil, today: d(2026, 10, 20)) == .missing(daysOverdue: 1))
    }

    @Test("the due day is clamped to the end of a short month, leap years included")
    func dueDayClamped() {
        let day31 = SubmissionRules(policy: DeadlinePolicy(dueDay: 31))
        #expect(day31.dueDate(for: Period.month(2026, 2)) == d(2026, 2, 28))
        #expect(day31.dueDate(for: Period.month(2024, 2)) == d(2024, 2, 29))
        #expect(day31.dueDate(for: Period.month(2026, 4)) == d(2026, 4, 30))
        #expect(day31.dueDate(for: Period.month(2026, 3)) == d(2026, 3, 31))
        #expect(SubmissionRules(policy: DeadlinePolicy(dueDay: 30)).dueDate(for: Period.month(2024, 2)) == d(2024, 2, 29))

        // The clamped day is on time under "chậm nhất", and the next day (1 March) is late by 1.
        let feb = Period.month(2026, 2)
        #expect(day31.state(of: federation, for: feb, receivedOn: d(2026, 2, 28), asOf: d(2026, 3, 5)) == .onTime(receivedOn: d(2026, 2, 28)))
        #expect(
            day31.state(of: federation, for: feb, receivedOn: d(2026, 3, 1), asOf: d(2026, 3, 5))
                == .late(receivedOn: d(2026, 3, 1), daysLate: 1))
        #expect(
            day31.state(of: federation, for: Period.month(2024, 2), receivedOn: d(2024, 2, 29), asOf: d(2024, 3, 5))
                == .onTime(receivedOn: d(2024, 2, 29)))

        // "trước ngày 31" in February: the clamped 28th is the due day, so the 27th is the last on-time day.
        let day31Exclusive = SubmissionRules(policy: DeadlinePolicy(dueDay: 31, dueDayIsOnTime: false))
        #expect(day31Exclusive.deadline(for: feb) == d(2026, 2, 27))
    }

    @Test("a due day below 1 is clamped to the 1st")
    func dueDayClampedLow() {
        #expect(SubmissionRules(policy: DeadlinePolicy(dueDay: 0)).dueDate(for: october) == d(2026, 10, 1))
        #expect(SubmissionRules(policy: DeadlinePolicy(dueDay: -3)).dueDate(for: october) == d(2026, 10, 1))
    }

    @Test("a 20th on a Saturday or Sunday moves to the Monday when shifting is on")
    func weekendShift() {
        // 20/6/2026 is a Saturday.
        let june = Period.month(2026, 6)
        #expect(shifting.dueDate(for: june) == d(2026, 6, 20))
        #expect(shifting.deadline(for: june) == d(2026, 6, 22))
        #expect(state(shifting, june, received: d(2026, 6, 22), today: d(2026, 6, 30)) == .onTime(receivedOn: d(2026, 6, 22)))
        #expect(state(shifting, june, received: d(2026, 6, 23), today: d(2026, 6, 30)) == .late(receivedOn: d(2026, 6, 23), daysLate: 1))
        // Without shifting the same Monday is 2 days late.
        #expect(state(inclusive, june, received: d(2026, 6, 22), today: d(2026, 6, 30)) == .late(receivedOn: d(2026, 6, 22), daysLate: 2))
        #expect(inclusive.deadline(for: june) == d(2026, 6, 20))

        // 20/9/2026 and 20/12/2026 are Sundays.
        #expect(shifting.deadline(for: Period.month(2026, 9)) == d(2026, 9, 21))
        #expect(shifting.deadline(for: Period.month(2026, 12)) == d(2026, 12, 21))
        // A weekday 20th does not move: 20/11/2026 is a Friday, 20/10/2026 a Tuesday.
        #expect(shifting.deadline(for: Period.month(2026, 11)) == d(2026, 11, 20))
        #expect(shifting.deadline(for: october) == d(2026, 10, 20))
    }

    @Test("listed holidays shift the deadline, chained with the weekend after them (Tết 2026)")
    func holidayShift() {
        // Tết Bính Ngọ: Monday 16/2 to Friday 20/2/2026 are listed; 21–22/2 is a weekend.
        let tet = (16...20).map { d(2026, 2, $0) }
        let rules = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, shiftToWorkingDay: true, holidays: tet))
        let feb = Period.month(2026, 2)
        #expect(rules.deadline(for: feb) == d(2026, 2, 23))
        #expect(rules.state(of: federation, for: feb, receivedOn: d(2026, 2, 23), asOf: d(2026, 2, 27)) == .onTime(receivedOn: d(2026, 2, 23)))
        #expect(
            rules.state(of: federation, for: feb, receivedOn: d(2026, 2, 24), asOf: d(2026, 2, 27))
                == .late(receivedOn: d(2026, 2, 24), daysLate: 1))
        #expect(rules.state(of: federation, for: feb, receivedOn: nil, asOf: d(2026, 2, 21)) == .notYetDue(daysLeft: 2))

        // Weekend first, then a holiday on the Monday: 20/9/2026 (Sunday) → 21/9 listed → Tuesday 22/9.
        let mondayOff = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, shiftToWorkingDay: true, holidays: [d(2026, 9, 21)]))
        #expect(mondayOff.deadline(for: Period.month(2026, 9)) == d(2026, 9, 22))

        // Holidays are ignored when shifting is off.
        let noShift = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, shiftToWorkingDay: false, holidays: tet))
        #expect(noShift.deadline(for: feb) == d(2026, 2, 20))

        // A holiday elsewhere in the month does not move the deadline.
        let unrelated = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, shiftToWorkingDay: true, holidays: [d(2026, 10, 19)]))
        #expect(unrelated.deadline(for: october) == d(2026, 10, 20))
    }

    @Test("isWorkingDay: weekdays not listed as holidays")
    func workingDays() {
        let rules = SubmissionRules(policy: DeadlinePolicy(holidays: [d(2026, 9, 2)]))
        #expect(rules.isWorkingDay(d(2026, 11, 24)))  // Tuesday
        #expect(!rules.isWorkingDay(d(2026, 6, 20)))  // Saturday
        #expect(!rules.isWorkingDay(d(2026, 9, 20)))  // Sunday
        #expect(!rules.isWorkingDay(d(2026, 9, 2)))  // National Day, a Wednesday
        #expect(d(2026, 9, 2).isoWeekday == 3)
        #expect(rules.isWorkingDay(d(2026, 9, 3)))
    }

    /// "trước ngày 20" when the 19th is a Sunday: the last day (19th) moves to Monday the 20th,
    /// as the civil code moves a time limit ending on a day off. Documented, not necessarily wanted.
    @Test("exclusive rule with shifting: a Sunday 19th moves to Monday the 20th")
    func exclusiveWithShift() {
        let rules = SubmissionRules(policy: DeadlinePolicy(dueDay: 20, dueDayIsOnTime: false, shiftToWorkingDay: true))
        #expect(rules.deadline(for: Period.month(2026, 4)) == d(2026, 4, 20))
        // A weekday 19th stays: 19/11/2026 is a Thursday.
        #expect(rules.deadline(for: Period.month(2026, 11)) == d(2026, 11, 19))
    }

    // MARK: Nothing received

    @Test("nothing received: not yet due up to the deadline, missing from the day after")
    func nothingReceived() {
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 1)) == .notYetDue(daysLeft: 19))
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 15)) == .notYetDue(daysLeft: 5))
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 20)) == .notYetDue(daysLeft: 0))
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 21)) == .missing(daysOverdue: 1))
        // The domain's own example: on 24/10 a unit with no October report is overdue.
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 24)) == .missing(daysOverdue: 4))
        #expect(state(inclusive, october, received: nil, today: d(2027, 1, 1)) == .missing(daysOverdue: 73))
        // Looking at a future period.
        #expect(state(inclusive, october, received: nil, today: d(2026, 9, 30)) == .notYetDue(daysLeft: 20))
        // On a Saturday due date with shifting, two days remain.
        #expect(state(shifting, Period.month(2026, 6), received: nil, today: d(2026, 6, 20)) == .notYetDue(daysLeft: 2))
        #expect(state(shifting, Period.month(2026, 6), received: nil, today: d(2026, 6, 23)) == .missing(daysOverdue: 1))
    }

    @Test("a report received after today does not count yet")
    func receivedInTheFuture() {
        #expect(state(inclusive, october, received: d(2026, 10, 18), today: d(2026, 10, 17)) == .notYetDue(daysLeft: 3))
        #expect(state(inclusive, october, received: d(2026, 10, 25), today: d(2026, 10, 24)) == .missing(daysOverdue: 4))
        // Received today counts today.
        #expect(state(inclusive, october, received: d(2026, 10, 17), today: d(2026, 10, 17)) == .onTime(receivedOn: d(2026, 10, 17)))
        #expect(state(inclusive, october, received: d(2026, 10, 24), today: d(2026, 10, 24)) == .late(receivedOn: d(2026, 10, 24), daysLate: 4))
    }

    // MARK: Who owes a report

    @Test("a unit founded mid-month owes that month only if it exists on the due date")
    func activeFromMidMonth() {
        let before = unit("cd-phuong-1", from: d(2026, 10, 10))
        let onDueDate = unit("cd-phuong-2", from: d(2026, 10, 20))
        let after = unit("cd-phuong-3", from: d(2026, 10, 21))
        let today = d(2026, 10, 24)
        #expect(state(inclusive, october, received: nil, today: today, unit: before) == .missing(daysOverdue: 4))
        #expect(state(inclusive, october, received: nil, today: today, unit: onDueDate) == .missing(daysOverdue: 4))
        #expect(state(inclusive, october, received: nil, today: today, unit: after) == .notRequired(.inactive))
        #expect(inclusive.requirement(of: after, for: october) == .inactive)
        #expect(inclusive.requirement(of: after, for: october.next) == nil)
        #expect(state(inclusive, october.next, received: nil, today: d(2026, 11, 21), unit: after) == .missing(daysOverdue: 1))
        // Not founded yet at all.
        let future = unit("cd-moi", from: d(2027, 1, 1))
        #expect(inclusive.requirement(of: future, for: october) == .inactive)
    }

    @Test("a unit closed before the due date owes nothing that month; closed on or after it, it does")
    func activeToAroundDueDate() {
        let closedBefore = unit("a", from: d(2020, 1, 1), to: d(2026, 10, 19))
        let closedOnDueDate = unit("b", from: d(2020, 1, 1), to: d(2026, 10, 20))
        let closedAfter = unit("c", from: d(2020, 1, 1), to: d(2026, 10, 25))
        #expect(inclusive.requirement(of: closedBefore, for: october) == .inactive)
        #expect(inclusive.requirement(of: closedOnDueDate, for: october) == nil)
        #expect(inclusive.requirement(of: closedAfter, for: october) == nil)
        #expect(inclusive.requirement(of: closedAfter, for: october.next) == .inactive)
        #expect(inclusive.requirement(of: closedBefore, for: october.previous) == nil)
        // Even a report already received does not turn an inactive unit's month into "on time".
        #expect(state(inclusive, october, received: d(2026, 10, 5), today: d(2026, 10, 24), unit: closedBefore) == .notRequired(.inactive))
    }

    @Test("a district federation merged into a commune union on 1/7/2025: the successor owes from July")
    func mergedUnit() {
        let old = unit("ldld-huyen", name: "LĐLĐ huyện Trảng Bom", from: d(2015, 1, 1), to: d(2025, 6, 30), successorID: "cd-xa")
        let successor = unit("cd-xa", name: "Công đoàn xã Trảng Bom", from: d(2025, 7, 1))
        let index = SubmissionIndex(reports: [
            report("r-june", unit: "ldld-huyen", period: Period.month(2025, 6), receivedOn: d(2025, 6, 18)),
            report("r-july", unit: "cd-xa", period: Period.month(2025, 7), receivedOn: d(2025, 7, 22)),
        ])
        let june = inclusive.rows(units: [old, successor], period: Period.month(2025, 6), index: index, asOf: d(2025, 8, 1))
        #expect(june.map(\.state) == [.onTime(receivedOn: d(2025, 6, 18)), .notRequired(.inactive)])
        let july = inclusive.rows(units: [old, successor], period: Period.month(2025, 7), index: index, asOf: d(2025, 8, 1))
        #expect(july.map(\.state) == [.notRequired(.inactive), .late(receivedOn: d(2025, 7, 22), daysLate: 2)])
        #expect(july.map(\.unit.id) == ["ldld-huyen", "cd-xa"])
        #expect(july.allSatisfy { $0.period == Period.month(2025, 7) })
        let august = inclusive.rows(units: [old, successor], period: Period.month(2025, 8), index: index, asOf: d(2025, 8, 21))
        #expect(august.map(\.state) == [.notRequired(.inactive), .missing(daysOverdue: 1)])
    }

    @Test("an exemption excuses exactly its period")
    func exemptions() {
        let exempt = unit(
            "cd-nganh-gd",
            exemptions: [Exemption(period: october, reason: "Sáp nhập, chưa ổn định nhân sự", by: "Lan", at: fixtureMoment)])
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 24), unit: exempt) == .notRequired(.exempted))
        #expect(state(inclusive, october, received: d(2026, 10, 5), today: d(2026, 10, 24), unit: exempt) == .notRequired(.exempted))
        #expect(state(inclusive, october.next, received: nil, today: d(2026, 11, 24), unit: exempt) == .missing(daysOverdue: 4))
        #expect(state(inclusive, october.previous, received: nil, today: d(2026, 10, 24), unit: exempt) == .missing(daysOverdue: 34))
        // The exemption is for the month, not the quarter that contains it.
        let quarter = Period(kind: .quarter, year: 2026, index: 4)!
        #expect(inclusive.requirement(of: exempt, for: quarter) == nil)
    }

    @Test("a unit that need not report is never expected")
    func mustReportFalse() {
        let collaborator = unit("ctv", mustReport: false)
        #expect(state(inclusive, october, received: nil, today: d(2026, 10, 24), unit: collaborator) == .notRequired(.notReporting))
        #expect(state(inclusive, october, received: d(2026, 10, 3), today: d(2026, 10, 24), unit: collaborator) == .notRequired(.notReporting))
        // notReporting takes precedence over inactive and exempted.
        let all = unit(
            "x", from: d(2027, 1, 1), mustReport: false,
            exemptions: [Exemption(period: october, reason: "", by: "", at: fixtureMoment)])
        #expect(inclusive.requirement(of: all, for: october) == .notReporting)
        let inactiveAndExempt = unit(
            "y", from: d(2027, 1, 1), exemptions: [Exemption(period: october, reason: "", by: "", at: fixtureMoment)])
        #expect(inclusive.requirement(of: inactiveAndExempt, for: october) == .inactive)
    }

    // MARK: Which reports count

    @Test("\"không phát sinh\" reports count; ad-hoc and rapid reports do not")
    func whichReportsCount() {
        let nothing = report("r1", unit: "ldld-bh", period: october, receivedOn: d(2026, 10, 19), nothingToReport: true)
        #expect(nothing.countsAsSubmission)
        #expect(report("r2", unit: "u", period: october, kind: .adHoc, receivedOn: d(2026, 10, 1)).countsAsSubmission == false)
        #expect(report("r3", unit: "u", period: october, kind: .rapid, receivedOn: d(2026, 10, 1)).countsAsSubmission == false)

        let today = d(2026, 10, 24)
        let withNothing = SubmissionIndex(reports: [nothing])
        #expect(
            inclusive.rows(units: [federation], period: october, index: withNothing, asOf: today).map(\.state)
                == [.onTime(receivedOn: d(2026, 10, 19))])

        let onlyUrgent = SubmissionIndex(reports: [
            report("r2", unit: "ldld-bh", period: october, kind: .adHoc, receivedOn: d(2026, 10, 3)),
            report("r3", unit: "ldld-bh", period: october, kind: .rapid, receivedOn: d(2026, 10, 9)),
        ])
        #expect(onlyUrgent.receivedOn(unitID: "ldld-bh", period: october) == nil)
        #expect(
            inclusive.rows(units: [federation], period: october, index: onlyUrgent, asOf: today).map(\.state)
                == [.missing(daysOverdue: 4)])

        var added = SubmissionIndex(reports: [Report]())
        added.add(report("r4", unit: "ldld-bh", period: october, kind: .adHoc, receivedOn: d(2026, 10, 3)))
        #expect(added.receivedOn(unitID: "ldld-bh", period: october) == nil)
    }

    @Test("the index keeps the earliest periodic report per unit and period, in any order")
    func indexPicksEarliest() {
        let late = report("r-late", unit: "u1", period: october, receivedOn: d(2026, 10, 25))
        let early = report("r-early", unit: "u1", period: october, receivedOn: d(2026, 10, 18))
        let adHocEarlier = report("r-adhoc", unit: "u1", period: october, kind: .adHoc, receivedOn: d(2026, 10, 2))
        #expect(SubmissionIndex(reports: [late, early, adHocEarlier]).receivedOn(unitID: "u1", period: october) == d(2026, 10, 18))
        #expect(SubmissionIndex(reports: [early, late]).receivedOn(unitID: "u1", period: october) == d(2026, 10, 18))

        var index = SubmissionIndex(reports: [late])
        #expect(index.receivedOn(unitID: "u1", period: october) == d(2026, 10, 25))
        index.add(early)
        #expect(index.receivedOn(unitID: "u1", period: october) == d(2026, 10, 18))
        index.add(late)
        #expect(index.receivedOn(unitID: "u1", period: october) == d(2026, 10, 18))

        // Keys are per unit and per period.
        #expect(index.receivedOn(unitID: "u2", period: october) == nil)
        #expect(index.receivedOn(unitID: "u1", period: october.next) == nil)
        let quarterly = report("r-q4", unit: "u1", period: Period(kind: .quarter, year: 2026, index: 4)!, receivedOn: d(2026, 10, 1))
        index.add(quarterly)
        #expect(index.receivedOn(unitID: "u1", period: october) == d(2026, 10, 18))
        #expect(index.receivedOn(unitID: "u1", period: Period(kind: .quarter, year: 2026, index: 4)!) == d(2026, 10, 1))
    }

    // MARK: Longer periods

    @Test("quarterly, six-monthly and yearly reports are due in their last month")
    func longerPeriods() {
        let q1 = Period(kind: .quarter, year: 2026, index: 1)!
        let q4 = Period(kind: .quarter, year: 2026, index: 4)!
        let h1 = Period(kind: .half, year: 2026, index: 1)!
        let year = Period(kind: .year, year: 2026, index: 1)!
        #expect(inclusive.dueDate(for: q1) == d(2026, 3, 20))
        #expect(inclusive.dueDate(for: q4) == d(2026, 12, 20))
        #expect(inclusive.dueDate(for: h1) == d(2026, 6, 20))
        #expect(inclusive.dueDate(for: year) == d(2026, 12, 20))
        #expect(shifting.deadline(for: h1) == d(2026, 6, 22))  // 20/6/2026 is a Saturday
        #expect(state(inclusive, q4, received: nil, today: d(2026, 11, 30)) == .notYetDue(daysLeft: 20))
        #expect(state(inclusive, q4, received: nil, today: d(2026, 12, 21)) == .missing(daysOverdue: 1))
        #expect(state(inclusive, q4, received: d(2026, 11, 30), today: d(2026, 12, 1)) == .onTime(receivedOn: d(2026, 11, 30)))
        // A unit founded in November owes the fourth-quarter report (it exists on 20/12).
        let newUnit = unit("cd-kcn", from: d(2026, 11, 15))
        #expect(inclusive.requirement(of: newUnit, for: q4) == nil)
        #expect(inclusive.requirement(of: newUnit, for: october) == .inactive)
    }

    // MARK: States and totals

    @Test("state accessors: code, receivedOn, daysLate, expected, submitted, on time")
    func stateAccessors() {
        let r = d(2026, 10, 19)
        let states: [SubmissionState] = [
            .onTime(receivedOn: r), .late(receivedOn: r, daysLate: 3), .missing(daysOverdue: 2), .notYetDue(daysLeft: 5),
            .notRequired(.exempted),
        ]
        #expect(states.map(\.code) == ["onTime", "late", "missing", "notYetDue", "notRequired"])
        #expect(states.map(\.receivedOn) == [r, r, nil, nil, nil])
        #expect(states.map(\.daysLate) == [nil, 3, nil, nil, nil])
        #expect(states.map(\.isExpected) == [true, true, true, true, false])
        #expect(states.map(\.isSubmitted) == [true, true, false, false, false])
        #expect(states.map(\.isOnTime) == [true, false, false, false, false])
    }

    @Test("totals: reporting rate = submitted ÷ expected, timeliness = on time ÷ expected")
    func totals() throws {
        let r = d(2026, 10, 19)
        let totals = SubmissionTotals([
            .onTime(receivedOn: r), .onTime(receivedOn: r), .onTime(receivedOn: r),
            .late(receivedOn: r, daysLate: 1),
            .missing(daysOverdue: 4), .missing(daysOverdue: 4),
            .notYetDue(daysLeft: 0),
            .notRequired(.inactive), .notRequired(.notReporting), .notRequired(.exempted),
        ])
        #expect(totals.expected == 7)
        #expect(totals.submitted == 4)
        #expect(totals.onTime == 3)
        let rate = try #require(totals.reportingRate)
        let timeliness = try #require(totals.timeliness)
        #expect(abs(rate - 4.0 / 7.0) < 1e-12)
        #expect(abs(timeliness - 3.0 / 7.0) < 1e-12)

        var incremental = SubmissionTotals()
        incremental.add(.late(receivedOn: r, daysLate: 2))
        incremental.add(.missing(daysOverdue: 1))
        #expect(incremental.reportingRate == 0.5)
        #expect(incremental.timeliness == 0.0)
        incremental.add(.notRequired(.exempted))
        #expect(incremental.expected == 2)
    }

    @Test("totals: no rate at all when nothing is expected (0/0 is not 0%)")
    func totalsWithNothingExpected() {
        #expect(SubmissionTotals().reportingRate == nil)
        #expect(SubmissionTotals().timeliness == nil)
        let none = SubmissionTotals([.notRequired(.inactive), .notRequired(.exempted)])
        #expect(none.expected == 0)
        #expect(none.reportingRate == nil)
        #expect(none.timeliness == nil)
        let allMissing = SubmissionTotals([.missing(daysOverdue: 1)])
        #expect(allMissing.reportingRate == 0.0)
        #expect(allMissing.timeliness == 0.0)
    }

    // MARK: Dataset and settings

    @Test("Dataset.submissionRows reads the configured policy and every report")
    func datasetRows() {
        let units = [
            unit("a"), unit("b"), unit("c"), unit("d", mustReport: false), unit("e", from: d(2026, 10, 21)),
        ]
        let reports = [
            report("r1", unit: "a", period: october, receivedOn: d(2026, 10, 20)),
            report("r2", unit: "b", period: october, receivedOn: d(2026, 10, 20)),
            report("r3", unit: "c", period: october, kind: .rapid, receivedOn: d(2026, 10, 10)),
        ]
        let exclusiveConfig = Configuration(deadlines: DeadlinePolicy(dueDay: 20, dueDayIsOnTime: false))
        let dataset = Dataset(configuration: exclusiveConfig, units: units, reports: reports, hotSpots: [])
        let rows = dataset.submissionRows(for: october, asOf: d(2026, 10, 24))
        #expect(
            rows.map(\.state) == [
                .late(receivedOn: d(2026, 10, 20), daysLate: 1), .late(receivedOn: d(2026, 10, 20), daysLate: 1),
                .missing(daysOverdue: 5), .notRequired(.notReporting), .notRequired(.inactive),
            ])
        let totals = SubmissionTotals(rows.map(\.state))
        #expect((totals.expected, totals.submitted, totals.onTime) == (3, 2, 0))
        #expect(dataset.unit("c")?.id == "c")
        #expect(dataset.unit("zz") == nil)
        #expect(dataset.report("r3")?.kind == .rapid)
    }

    @Test("deadline settings: defaults are the 20th, inclusive, no shift; missing keys take them")
    func policyDefaults() throws {
        let policy = DeadlinePolicy()
        #expect(policy.dueDay == 20)
        #expect(policy.dueDayIsOnTime)
        #expect(!policy.shiftToWorkingDay)
        #expect(policy.holidays.isEmpty)

        let empty = try JSONDecoder().decode(DeadlinePolicy.self, from: Data("{}".utf8))
        #expect(empty == policy)
        let partial = try JSONDecoder().decode(
            DeadlinePolicy.self, from: Data(#"{"dueDayIsOnTime": false, "holidays": ["2026-09-02"]}"#.utf8))
        #expect(partial.dueDay == 20)
        #expect(!partial.dueDayIsOnTime)
        #expect(partial.holidays == [d(2026, 9, 2)])

        let config = try JSONDecoder().decode(Configuration.self, from: Data(#"{"deadlines": {"dueDay": 15}}"#.utf8))
        #expect(config.deadlines.dueDay == 15)
        #expect(config.deadlines.dueDayIsOnTime)
        #expect(config.trackedPeriodKinds == [.month])
        #expect(config.utcOffsetMinutes == 420)
        #expect(config.topics == Configuration.defaultTopics)
        #expect(try JSONDecoder().decode(Configuration.self, from: Data("{}".utf8)) == Configuration())

        let roundTrip = Configuration(
            deadlines: DeadlinePolicy(dueDay: 19, dueDayIsOnTime: false, shiftToWorkingDay: true, holidays: [d(2026, 4, 30)]),
            trackedPeriodKinds: [.month, .quarter], staffName: "Nguyễn Thị Lan")
        #expect(try JSONDecoder().decode(Configuration.self, from: JSONEncoder().encode(roundTrip)) == roundTrip)
    }
}
