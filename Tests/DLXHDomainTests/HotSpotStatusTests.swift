import Testing

@testable import DLXHDomain

/// Issue 14, item 9: a hot spot's status follows what was done to it.
@Suite("Hot-spot status after acknowledging and escalating")
struct HotSpotStatusTests {
    let now = Moment(day: Day(year: 2026, month: 11, day: 24)!, hour: 9)

    func spot(_ status: HotSpot.Status) -> HotSpot {
        HotSpot(
            id: "HS-2026-001", title: "Ngừng việc", kind: .workStoppage, unitID: "kcn", enterprise: Enterprise(name: "Giày"),
            workersInvolved: 10, phonedInAt: now, phonedInBy: "Lan", status: status)
    }

    @Test("acknowledging or escalating a new case puts it in hand, said in the timeline")
    func newToHandling() {
        for change in [HotSpotChange.acknowledge, .escalate(.provincialParty, note: "CV 12")] {
            var s = spot(.new)
            change.apply(to: &s, by: "Hà", at: now)
            #expect(s.status == .handling, "\(change)")
            #expect(s.timeline.contains { $0.text == HotSpotText.statusChanged(.new, .handling).vi })
        }
    }

    @Test("any other status is the staff's own call and stays")
    func otherStatusesStay() {
        for status in [HotSpot.Status.stabilised, .recurred, .monitoring] {
            var s = spot(status)
            HotSpotChange.acknowledge.apply(to: &s, by: "Hà", at: now)
            #expect(s.status == status)
        }
    }
}
