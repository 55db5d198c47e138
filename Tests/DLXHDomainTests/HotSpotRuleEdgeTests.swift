import Testing

@testable import DLXHDomain

/// Every alert rule at its edges: one second before the deadline, at it, and one second after.
@Suite("Hot-spot alert rules at their deadlines")
struct HotSpotRuleEdgeTests {
    static let phoned = Moment(day: Day(year: 2026, month: 11, day: 24)!, hour: 8, minute: 15)
    static let rules = HotSpotRules()

    static func spot(_ change: (inout HotSpot) -> Void = { _ in }) -> HotSpot {
        var spot = HotSpot(
            id: "HS-2026-001", title: "Ngừng việc", kind: .workStoppage, unitID: "bien-hoa",
            enterprise: Enterprise(name: "Công ty TNHH Giày Hưng Phát"), phonedInAt: phoned, phonedInBy: "Hà", status: .handling)
        change(&spot)
        return spot
    }

    /// (kind, hours after the phone call, what meets it)
    static let cases: [(HotSpotAlert.Kind, Int)] = [
        (.acknowledge, 2), (.writtenReport, 24), (.escalateProvincialParty, 24), (.escalateConfederation, 48),
    ]

    @Test("each obligation: pending just before and at its deadline, overdue just after", arguments: 0..<4)
    func edges(index: Int) {
        let (kind, hours) = Self.cases[index]
        let due = Self.phoned.adding(hours: hours)
        for (offset, overdue) in [(-1, false), (0, false), (1, true)] {
            let now = due.adding(seconds: Int64(offset))
            let alert = HotSpotAlerts.alerts(for: Self.spot(), rules: Self.rules, at: now).first { $0.kind == kind }
            #expect(alert?.due == due, "\(kind)")
            #expect(alert?.isOverdue(at: now) == overdue, "\(kind) at \(offset) s")
        }
    }

    @Test("no update for 72 h while active: absent just before and at the deadline, overdue just after")
    func staleUpdate() {
        let last = Self.phoned.adding(hours: 5)
        let spot = Self.spot { $0.timeline = [TimelineEntry(at: last, by: "Hà", text: "Đã làm việc với doanh nghiệp")] }
        let due = last.adding(hours: 72)
        for (offset, present) in [(-1, false), (0, false), (1, true)] {
            let alerts = HotSpotAlerts.alerts(for: spot, rules: Self.rules, at: due.adding(seconds: Int64(offset)))
            #expect(alerts.contains { $0.kind == .staleUpdate } == present, "at \(offset) s")
        }
    }

    @Test("meeting an obligation through the panel's actions removes exactly its alert")
    func actionsMeetObligations() {
        let now = Self.phoned.adding(hours: 50)
        var spot = Self.spot()
        #expect(Set(HotSpotAlerts.alerts(for: spot, rules: Self.rules, at: now).map(\.kind)) == [
            .acknowledge, .writtenReport, .escalateProvincialParty, .escalateConfederation,
        ])
        HotSpotChange.acknowledge.apply(to: &spot, by: "Hà", at: now)
        HotSpotChange.writtenReport(reportID: nil).apply(to: &spot, by: "Hà", at: now)
        HotSpotChange.escalate(.provincialParty, note: "BC số 12").apply(to: &spot, by: "Hà", at: now)
        #expect(HotSpotAlerts.alerts(for: spot, rules: Self.rules, at: now).map(\.kind) == [.escalateConfederation])
        HotSpotChange.escalate(.confederation, note: "").apply(to: &spot, by: "Hà", at: now)
        #expect(HotSpotAlerts.alerts(for: spot, rules: Self.rules, at: now).isEmpty)
        // Every action is in the timeline, with who and when.
        #expect(spot.timeline.count == 4)
        #expect(spot.timeline.allSatisfy { $0.by == "Hà" && $0.at == now })
        #expect(spot.acknowledgement == Acknowledgement(by: "Hà", at: now))
    }

    @Test("status: closing ends the case; tái phát makes it active again")
    func status() {
        let now = Self.phoned.adding(hours: 3)
        var spot = Self.spot()
        HotSpotChange.status(.closed).apply(to: &spot, by: "Hà", at: now)
        #expect(spot.endedAt == now && !spot.status.isOpen)
        #expect(HotSpotAlerts.alerts(for: spot, rules: Self.rules, at: now).isEmpty)
        HotSpotChange.status(.recurred).apply(to: &spot, by: "Hà", at: now.adding(hours: 1))
        #expect(spot.status.isActive && spot.endedAt == nil)
        #expect(spot.timeline.last?.text == "Tình trạng: Đóng → Tái phát.")
    }
}
