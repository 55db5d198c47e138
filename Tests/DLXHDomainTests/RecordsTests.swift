import Foundation
import Testing

@testable import DLXHDomain

@Suite("Records: reports, opinion items, units, hot spots")
struct RecordsTests {

    // MARK: Report

    @Test("nextItemID is one more than the highest iN ever used")
    func nextItemID() {
        var r = report("r1", unit: "u", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19))
        #expect(r.nextItemID == "i1")
        r.items = [item("i1"), item("i2")]
        #expect(r.nextItemID == "i3")
        r.items = [item("i1"), item("i10"), item("i3")]  // numeric, not lexical, maximum
        #expect(r.nextItemID == "i11")
        r.items = [item("i1"), item("i4")]  // i10 once existed: not handed out again
        #expect(r.nextItemID == "i11")
    }

    @Test("an item id is not reused after the highest-numbered item is deleted")
    func itemIDNotReusedAfterDeletingTheLast() {
        var r = report(
            "r1", unit: "u", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19),
            items: [item("i1"), item("i2"), item("i3")])
        r.items.removeLast()
        #expect(r.nextItemID != "i3")
    }

    @Test("item(_:) finds by id")
    func itemLookup() {
        let r = report(
            "r1", unit: "u", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19),
            items: [item("i1", topic: "wages"), item("i2", topic: "safety")])
        #expect(r.item("i2")?.topic == "safety")
        #expect(r.item("i3") == nil)
    }

    @Test("a report round-trips through JSON with its items")
    func reportCodable() throws {
        var original = report(
            "2026-10-ldld-bh-1", unit: "ldld-bh", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19),
            summary: "Tình hình tư tưởng CNLĐ ổn định", documentNumber: "25/BC-LĐLĐ",
            items: [item("i1"), item("i2", topic: "insurance", content: "Lo lắng nợ BHXH\nkéo dài", attitude: "worried")])
        original.supplementTo = "2026-10-ldld-bh-0"
        original.items[1].nature = .rumour
        original.items[1].step = .reportUp
        original.items[1].inclusion = .include
        let data = try JSONEncoder().encode(original)
        let back = try JSONDecoder().decode(Report.self, from: data)
        #expect(back == original)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""period":"2026-10""#))
        #expect(json.contains(#""receivedOn":"2026-10-19""#))
        #expect(json.contains(#""step":3"#))
    }

    // MARK: OpinionItem

    @Test("inclusion in the consolidated report")
    func inclusion() {
        func included(_ inclusion: Inclusion, _ step: HandlingStep) -> Bool {
            var i = item("i1")
            i.inclusion = inclusion
            i.step = step
            return i.isIncludedInReport
        }
        #expect(!included(.automatic, .select))
        #expect(included(.automatic, .classify))
        #expect(included(.automatic, .reportUp))
        #expect(included(.automatic, .relayDown))
        #expect(included(.include, .select))
        #expect(!included(.exclude, .relayDown))
        #expect(!included(.exclude, .select))
    }

    @Test("handling steps are ordered 1 to 4")
    func steps() {
        #expect(HandlingStep.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(HandlingStep.select < .classify)
        #expect(HandlingStep.reportUp < .relayDown)
        #expect(!(HandlingStep.relayDown < .select))
        #expect(HandlingStep.allCases.sorted() == [.select, .classify, .reportUp, .relayDown])
    }

    @Test("an opinion item's defaults")
    func itemDefaults() {
        let i = OpinionItem(id: "i1", topic: "wages", content: "x", attitude: "agree")
        #expect(i.source == .direct)
        #expect(i.nature == .publicOpinion)
        #expect(i.verification == .unverified)
        #expect(i.step == .select)
        #expect(i.inclusion == .automatic)
        #expect(!i.isIncludedInReport)
    }

    // MARK: ReportingUnit

    @Test("a unit is active on its first and last day, not outside them")
    func activeOnDay() {
        let u = unit("u", from: d(2025, 7, 1), to: d(2026, 6, 30))
        #expect(!u.isActive(on: d(2025, 6, 30)))
        #expect(u.isActive(on: d(2025, 7, 1)))
        #expect(u.isActive(on: d(2026, 1, 15)))
        #expect(u.isActive(on: d(2026, 6, 30)))
        #expect(!u.isActive(on: d(2026, 7, 1)))
        let open = unit("v", from: d(2025, 7, 1))
        #expect(open.isActive(on: d(2099, 12, 31)))
        #expect(!open.isActive(on: d(2025, 6, 30)))
    }

    @Test("a unit is active during a period when active on any day of it")
    func activeDuringPeriod() {
        let u = unit("u", from: d(2025, 7, 15), to: d(2026, 3, 1))
        #expect(!u.isActive(during: Period.month(2025, 6)))
        #expect(u.isActive(during: Period.month(2025, 7)))  // from the 15th
        #expect(u.isActive(during: Period.month(2026, 3)))  // the 1st only
        #expect(!u.isActive(during: Period.month(2026, 4)))
        #expect(u.isActive(during: Period(kind: .quarter, year: 2025, index: 3)!))
        #expect(u.isActive(during: Period(kind: .year, year: 2026, index: 1)!))
        #expect(!u.isActive(during: Period(kind: .half, year: 2026, index: 2)!))
    }

    @Test("exemption(for:) matches the exact period")
    func exemptionLookup() {
        let e = Exemption(period: Period.month(2026, 10), reason: "Đại hội công đoàn", by: "Lan", at: fixtureMoment)
        let u = unit("u", exemptions: [e])
        #expect(u.exemption(for: Period.month(2026, 10)) == e)
        #expect(u.exemption(for: Period.month(2026, 11)) == nil)
        #expect(u.exemption(for: Period(kind: .quarter, year: 2026, index: 4)!) == nil)
    }

    // MARK: HotSpot

    func hotSpot(status: HotSpot.Status = .new, timeline: [TimelineEntry] = []) -> HotSpot {
        HotSpot(
            id: "hs1", title: "Ngừng việc tập thể", kind: .workStoppage, unitID: "cd-kcn",
            enterprise: Enterprise(name: "Công ty TNHH Giày Đông Phương"), workersInvolved: 1272,
            phonedInAt: Moment(day: d(2025, 9, 19), hour: 10), phonedInBy: "Lan", status: status, timeline: timeline)
    }

    @Test("hot-spot statuses: which are active and which are open")
    func statuses() {
        let active = HotSpot.Status.allCases.filter(\.isActive)
        #expect(active == [.new, .handling, .recurred])
        let open = HotSpot.Status.allCases.filter(\.isOpen)
        #expect(open == [.new, .handling, .stabilised, .resolved, .monitoring, .recurred])
    }

    @Test("last activity is the latest of the phone call and the timeline")
    func lastActivity() {
        let call = Moment(day: d(2025, 9, 19), hour: 10)
        #expect(hotSpot().lastActivity == call)
        let update = Moment(day: d(2025, 9, 23), hour: 8)
        let middle = Moment(day: d(2025, 9, 20), hour: 22)
        let withUpdates = hotSpot(timeline: [
            TimelineEntry(at: update, by: "Lan", text: "Sản xuất vẫn ngừng"),
            TimelineEntry(at: middle, by: "Lan", text: "Đã trả lương"),
        ])
        #expect(withUpdates.lastActivity == update)
        // A back-dated note (before the call) does not make the case look older.
        let backdated = hotSpot(timeline: [TimelineEntry(at: call.adding(hours: -3), by: "Lan", text: "Bắt đầu ngừng việc")])
        #expect(backdated.lastActivity == call)
    }

    @Test("escalation(to:) finds the escalation to that body")
    func escalations() {
        var h = hotSpot()
        #expect(h.escalation(to: .provincialParty) == nil)
        let toParty = Escalation(to: .provincialParty, at: Moment(day: d(2025, 9, 19), hour: 14), by: "Lan")
        h.escalations = [toParty]
        #expect(h.escalation(to: .provincialParty) == toParty)
        #expect(h.escalation(to: .confederation) == nil)
    }

    @Test("a hot spot round-trips through JSON")
    func hotSpotCodable() throws {
        var h = hotSpot(status: .handling, timeline: [TimelineEntry(at: Moment(day: d(2025, 9, 20), hour: 9), by: "Lan", text: "Cập nhật")])
        h.acknowledgement = Acknowledgement(by: "Hùng", at: Moment(day: d(2025, 9, 19), hour: 10, minute: 30))
        h.writtenReport = WrittenReport(receivedAt: Moment(day: d(2025, 9, 20), hour: 8), reportID: "r-hs1")
        h.linkedItems = [ItemReference(reportID: "r1", itemID: "i2")]
        let back = try JSONDecoder().decode(HotSpot.self, from: JSONEncoder().encode(h))
        #expect(back == h)
    }
}
