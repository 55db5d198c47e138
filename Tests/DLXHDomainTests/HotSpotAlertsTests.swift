import Testing

@testable import DLXHDomain

/// A hot spot phoned in at 10:00 on 19/9/2025 (the domain's work-stoppage example). With the
/// default rules it owes: acknowledgement by 12:00 on 19/9, the written report and the report to
/// the Tỉnh ủy by 10:00 on 20/9, the report to Tổng LĐLĐ by 10:00 on 21/9, and an update every 72 h.
@Suite("Hot-spot alerts: what is owed, by when, most urgent first")
struct HotSpotAlertsTests {
    let rules = HotSpotRules()
    let call = Moment(day: d(2025, 9, 19), hour: 10)

    func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Moment { Moment(day: d(2025, 9, day), hour: hour, minute: minute) }

    func spot(
        _ id: String = "HS-2025-001", phoned: Moment? = nil, status: HotSpot.Status = .new, acknowledged: Bool = false,
        written: Bool = false, escalated: [Escalation.Target] = [], timeline: [TimelineEntry] = []
    ) -> HotSpot {
        let phonedInAt = phoned ?? call
        return HotSpot(
            id: id, title: "Ngừng việc tập thể", kind: .workStoppage, unitID: "cd-kcn",
            enterprise: Enterprise(name: "Công ty TNHH Giày Đông Phương"), workersInvolved: 1272, phonedInAt: phonedInAt,
            phonedInBy: "Lan",
            acknowledgement: acknowledged ? Acknowledgement(by: "Hùng", at: phonedInAt.adding(seconds: 600)) : nil,
            writtenReport: written ? WrittenReport(receivedAt: phonedInAt.adding(hours: 5)) : nil,
            escalations: escalated.map { Escalation(to: $0, at: phonedInAt.adding(hours: 6), by: "Lan") },
            status: status, timeline: timeline)
    }

    @Test("default rules: 2 h, 24 h, 24 h, 48 h, 72 h")
    func defaultRules() {
        #expect(rules.acknowledgeWithinHours == 2)
        #expect(rules.writtenReportWithinHours == 24)
        #expect(rules.escalateToProvincialPartyWithinHours == 24)
        #expect(rules.escalateToConfederationWithinHours == 48)
        #expect(rules.updateEveryHours == 72)
    }

    @Test("a fresh case owes four things, none overdue, ordered by severity")
    func freshCase() {
        let alerts = HotSpotAlerts.alerts(for: spot(), rules: rules, at: at(19, 10, 30))
        #expect(alerts.map(\.kind) == [.acknowledge, .escalateProvincialParty, .writtenReport, .escalateConfederation])
        #expect(alerts.map(\.due) == [at(19, 12), at(20, 10), at(20, 10), at(21, 10)])
        #expect(alerts.allSatisfy { $0.hotSpotID == "HS-2025-001" })
        #expect(alerts.allSatisfy { !$0.isOverdue(at: at(19, 10, 30)) })
    }

    @Test("overdue alerts come before pending ones")
    func overdueFirst() {
        // 11:00 on 20/9: acknowledgement, Tỉnh ủy and written report overdue; Tổng LĐLĐ still pending.
        let now = at(20, 11)
        let alerts = HotSpotAlerts.alerts(for: spot(), rules: rules, at: now)
        #expect(alerts.map(\.kind) == [.acknowledge, .escalateProvincialParty, .writtenReport, .escalateConfederation])
        #expect(alerts.map { $0.isOverdue(at: now) } == [true, true, true, false])
        // 13:00 on 19/9: only the acknowledgement is overdue and it leads.
        let early = HotSpotAlerts.alerts(for: spot(), rules: rules, at: at(19, 13))
        #expect(early.map { $0.isOverdue(at: at(19, 13)) } == [true, false, false, false])
    }

    @Test("met obligations stop alerting")
    func metObligations() {
        let now = at(20, 11)
        #expect(
            HotSpotAlerts.alerts(for: spot(acknowledged: true), rules: rules, at: now).map(\.kind)
                == [.escalateProvincialParty, .writtenReport, .escalateConfederation])
        #expect(
            HotSpotAlerts.alerts(for: spot(acknowledged: true, written: true, escalated: [.provincialParty]), rules: rules, at: now)
                .map(\.kind) == [.escalateConfederation])
        #expect(
            HotSpotAlerts.alerts(
                for: spot(acknowledged: true, written: true, escalated: [.provincialParty, .confederation]), rules: rules, at: now
            ).isEmpty)
    }

    @Test("an active case with no update for 72 h is flagged, only once it is due")
    func staleUpdate() {
        let done = spot(acknowledged: true, written: true, escalated: [.provincialParty, .confederation])
        // Due at 10:00 on 22/9, exactly 72 h after the call.
        #expect(HotSpotAlerts.alerts(for: done, rules: rules, at: at(22, 10)).isEmpty)
        let justAfter = at(22, 10).adding(seconds: 1)
        let alerts = HotSpotAlerts.alerts(for: done, rules: rules, at: justAfter)
        #expect(alerts.map(\.kind) == [.staleUpdate])
        #expect(alerts.first?.due == at(22, 10))
        #expect(alerts.first?.isOverdue(at: justAfter) == true)

        // An update at 08:00 on 21/9 restarts the clock: next due 08:00 on 24/9.
        let updated = spot(
            acknowledged: true, written: true, escalated: [.provincialParty, .confederation],
            timeline: [TimelineEntry(at: at(21, 8), by: "Lan", text: "Đã trả lương tháng 8")])
        #expect(HotSpotAlerts.alerts(for: updated, rules: rules, at: at(22, 11)).isEmpty)
        #expect(HotSpotAlerts.alerts(for: updated, rules: rules, at: at(24, 9)).map(\.due) == [at(24, 8)])
    }

    @Test("everything owed, everything overdue: severity order")
    func allOverdue() {
        let now = at(23, 9)
        let alerts = HotSpotAlerts.alerts(for: spot(), rules: rules, at: now)
        #expect(alerts.map(\.kind) == [.acknowledge, .escalateProvincialParty, .writtenReport, .escalateConfederation, .staleUpdate])
        #expect(alerts.allSatisfy { $0.isOverdue(at: now) })
    }

    @Test("status: closed owes nothing; settled cases owe only the paperwork; recurred is active again")
    func statuses() {
        let now = at(23, 9)
        #expect(HotSpotAlerts.alerts(for: spot(status: .closed), rules: rules, at: now).isEmpty)
        for settled in [HotSpot.Status.stabilised, .resolved, .monitoring] {
            #expect(
                HotSpotAlerts.alerts(for: spot(status: settled), rules: rules, at: now).map(\.kind) == [.acknowledge, .writtenReport],
                "\(settled)")
        }
        for active in [HotSpot.Status.new, .handling, .recurred] {
            #expect(HotSpotAlerts.alerts(for: spot(status: active), rules: rules, at: now).count == 5, "\(active)")
        }
    }

    @Test("the configured hours are used")
    func customRules() {
        let strict = HotSpotRules(
            acknowledgeWithinHours: 1, writtenReportWithinHours: 12, escalateToProvincialPartyWithinHours: 4,
            escalateToConfederationWithinHours: 8, updateEveryHours: 24)
        let alerts = HotSpotAlerts.alerts(for: spot(), rules: strict, at: at(20, 10, 30))
        #expect(alerts.map(\.kind) == [.acknowledge, .escalateProvincialParty, .writtenReport, .escalateConfederation, .staleUpdate])
        #expect(alerts.map(\.due) == [at(19, 11), at(19, 14), at(19, 22), at(19, 18), at(20, 10)])
    }

    @Test("across hot spots: overdue first, then severity, then earliest due, then id")
    func acrossHotSpots() {
        let now = at(19, 11)
        // An older case, all paperwork done, with no update since 08:00 on 15/9: stale since 18/9.
        let old = spot(
            "HS-2025-000", phoned: at(15, 8), status: .handling, acknowledged: true, written: true,
            escalated: [.provincialParty, .confederation])
        let fresh = spot("HS-2025-001")
        let alerts = HotSpotAlerts.alerts(in: [fresh, old], rules: rules, at: now)
        #expect(alerts.map(\.kind) == [.staleUpdate, .acknowledge, .escalateProvincialParty, .writtenReport, .escalateConfederation])
        #expect(alerts.map(\.hotSpotID) == ["HS-2025-000"] + Array(repeating: "HS-2025-001", count: 4))

        // Same kind: the earlier deadline first; same deadline: by id.
        let later = spot("HS-2025-003", phoned: at(19, 10, 45), acknowledged: false, written: true, escalated: [.provincialParty, .confederation])
        let earlier = spot("HS-2025-004", phoned: at(19, 10, 15), acknowledged: false, written: true, escalated: [.provincialParty, .confederation])
        let twinB = spot("HS-2025-006", phoned: at(19, 10, 30), acknowledged: false, written: true, escalated: [.provincialParty, .confederation])
        let twinA = spot("HS-2025-005", phoned: at(19, 10, 30), acknowledged: false, written: true, escalated: [.provincialParty, .confederation])
        let acks = HotSpotAlerts.alerts(in: [later, twinB, earlier, twinA], rules: rules, at: at(19, 11))
        #expect(acks.map(\.hotSpotID) == ["HS-2025-004", "HS-2025-005", "HS-2025-006", "HS-2025-003"])
        #expect(HotSpotAlerts.alerts(in: [], rules: rules, at: now).isEmpty)
    }

    @Test("overdue means strictly after the deadline")
    func overdueBoundary() {
        let alert = HotSpotAlert(hotSpotID: "x", kind: .acknowledge, due: at(19, 12))
        #expect(!alert.isOverdue(at: at(19, 12)))
        #expect(alert.isOverdue(at: at(19, 12).adding(seconds: 1)))
        #expect(alert.secondsOverdue(at: at(19, 17)) == 5 * 3600)
        #expect(alert.secondsOverdue(at: at(19, 11, 30)) == -1800)
    }

    @Test("timing text: minutes, hours, then days past 48 hours")
    func timing() {
        let due = at(19, 12)
        let alert = HotSpotAlert(hotSpotID: "x", kind: .writtenReport, due: due)
        #expect(alert.timing(at: at(19, 11, 30)) == Localized(vi: "còn 30 phút", en: "30 min left"))
        #expect(alert.timing(at: due.adding(seconds: 90)) == Localized(vi: "quá hạn 2 phút", en: "overdue 2 min"))
        #expect(alert.timing(at: due.adding(seconds: 1)) == Localized(vi: "quá hạn 1 phút", en: "overdue 1 min"))
        #expect(alert.timing(at: at(19, 17)) == Localized(vi: "quá hạn 5 giờ", en: "overdue 5 h"))
        #expect(alert.timing(at: at(19, 17, 30)) == Localized(vi: "quá hạn 6 giờ", en: "overdue 6 h"))
        #expect(alert.timing(at: due.adding(hours: 47)) == Localized(vi: "quá hạn 47 giờ", en: "overdue 47 h"))
        #expect(alert.timing(at: due.adding(hours: 48)) == Localized(vi: "quá hạn 2 ngày", en: "overdue 2 d"))
        #expect(alert.timing(at: due.adding(hours: 72)) == Localized(vi: "quá hạn 3 ngày", en: "overdue 3 d"))
        #expect(alert.timing(at: due.adding(hours: -72)) == Localized(vi: "còn 3 ngày", en: "3 d left"))
        #expect(alert.timing(at: due.adding(hours: -3)) == Localized(vi: "còn 3 giờ", en: "3 h left"))
    }

    @Test("alert kinds: distinct severities, acknowledgement the most severe, labels in both languages")
    func kinds() {
        let kinds = HotSpotAlert.Kind.allCases
        #expect(Set(kinds.map(\.severity)).count == kinds.count)
        #expect(kinds.min { $0.severity < $1.severity } == .acknowledge)
        #expect(kinds.max { $0.severity < $1.severity } == .staleUpdate)
        #expect(HotSpotAlert.Kind.escalateProvincialParty.severity < HotSpotAlert.Kind.writtenReport.severity)
        for kind in kinds {
            #expect(!kind.label.vi.isEmpty && !kind.label.en.isEmpty && kind.label.vi != kind.label.en)
        }
        #expect(Set(kinds.map(\.label.vi)).count == kinds.count)
    }
}
