import DLXHDomain
import Foundation
import Testing

@Suite("Step 4: guidance acknowledgements and reports returned for more")
struct GuidanceRulesTests {
    static let moment = Moment(day: Day(year: 2026, month: 11, day: 2)!, hour: 9)

    static func guidance(due: Day?, recipients: [GuidanceRecipient], id: String = "G-2026-001") -> Guidance {
        Guidance(
            id: id, number: "45-CV/BTGDV", date: Day(year: 2026, month: 11, day: 2)!, issuer: "Tỉnh ủy", text: "Định hướng",
            items: [ItemReference(reportID: "R-2026-10-0001", itemID: "i1")], due: due, recipients: recipients,
            createdAt: moment, createdBy: "test")
    }

    static let due = Day(year: 2026, month: 11, day: 30)!
    static let relayed = GuidanceRecipient(unitID: "bien-hoa", relayedOn: Day(year: 2026, month: 11, day: 3)!)

    @Test("the due day itself is not overdue; the day after is, by one day")
    func dueDayEdge() {
        let g = Self.guidance(due: Self.due, recipients: [Self.relayed])
        #expect(GuidanceAlerts.overdue(for: g, asOf: Self.due.adding(days: -1)).isEmpty)
        #expect(GuidanceAlerts.overdue(for: g, asOf: Self.due).isEmpty)
        let after = GuidanceAlerts.overdue(for: g, asOf: Self.due.adding(days: 1))
        #expect(after == [GuidanceOverdue(guidanceID: "G-2026-001", unitID: "bien-hoa", due: Self.due)])
        #expect(after.first?.daysOverdue(asOf: Self.due.adding(days: 1)) == 1)
        #expect(GuidanceAlerts.isOverdue(Self.relayed, due: Self.due, asOf: Self.due) == false)
        #expect(GuidanceAlerts.isOverdue(Self.relayed, due: Self.due, asOf: Self.due.adding(days: 1)) == true)
    }

    @Test("an acknowledged unit, guidance without a due date, and a unit never relayed to owe nothing")
    func nothingOwed() {
        var acked = Self.relayed
        acked.acknowledgedOn = Self.due.adding(days: 3)  // late, but acknowledged
        let later = Self.due.adding(days: 10)
        #expect(GuidanceAlerts.overdue(for: Self.guidance(due: Self.due, recipients: [acked]), asOf: later).isEmpty)
        #expect(GuidanceAlerts.overdue(for: Self.guidance(due: nil, recipients: [Self.relayed]), asOf: later).isEmpty)
        #expect(GuidanceAlerts.overdue(for: Self.guidance(due: Self.due, recipients: []), asOf: later).isEmpty)
    }

    @Test("overdue across guidance: the earliest due first, then by id and unit")
    func ordering() {
        let other = GuidanceRecipient(unitID: "an-binh", relayedOn: Self.relayed.relayedOn)
        let a = Self.guidance(due: Self.due, recipients: [Self.relayed, other], id: "G-2026-002")
        let b = Self.guidance(due: Self.due.adding(days: -5), recipients: [Self.relayed], id: "G-2026-003")
        let list = GuidanceAlerts.overdue(in: [a, b], asOf: Self.due.adding(days: 2))
        #expect(list.map { "\($0.guidanceID) \($0.unitID)" } == ["G-2026-003 bien-hoa", "G-2026-002 an-binh", "G-2026-002 bien-hoa"])
    }

    @Test("references read as REPORT-ID/ITEM-ID and nothing else")
    func references() {
        #expect(ItemReference(text: "R-2026-10-0001/i2") == ItemReference(reportID: "R-2026-10-0001", itemID: "i2"))
        #expect(ItemReference(text: "R-2026-10-0001/i2")?.text == "R-2026-10-0001/i2")
        for bad in ["", "R-2026-10-0001", "/i1", "R-2026-10-0001/", "a/b/c"] { #expect(ItemReference(text: bad) == nil, "\(bad)") }
    }

    @Test("dates: real days of 1900 to 2200 only")
    func dates() {
        #expect(GuidanceDates.day("1900-01-01") != nil && GuidanceDates.day("2200-12-31") != nil)
        for bad in ["1899-12-31", "2201-01-01", "2026-02-29", "2026-04-31", "2026-13-01", "26-11-01", "2026/11/01"] {
            #expect(GuidanceDates.day(bad) == nil, "\(bad)")
        }
        #expect(GuidanceDates.day("2028-02-29") != nil)
    }

    @Test("the default units are those that raised the items, once each, in the items' order")
    func raisingUnits() {
        func report(_ id: String, _ unit: String) -> Report {
            Report(id: id, unitID: unit, period: .month(2026, 10), receivedOn: Day(year: 2026, month: 10, day: 20)!, createdAt: Self.moment, createdBy: "t")
        }
        var g = Self.guidance(due: nil, recipients: [])
        g.items = ["R-1/i1", "R-2/i1", "R-1/i2", "R-9/i1"].map { ItemReference(text: $0)! }
        #expect(g.raisingUnits(in: [report("R-1", "cam-my"), report("R-2", "bien-hoa")]) == ["cam-my", "bien-hoa"])
    }

    @Test("the issuer list: a missing key takes the defaults; an id picks the label, a name stays as typed")
    func issuers() throws {
        let decoded = try JSONDecoder().decode(Configuration.self, from: Data("{}".utf8))
        #expect(decoded.guidanceIssuers == Configuration.defaultGuidanceIssuers)
        #expect(decoded.guidanceIssuers.contains { $0.vi == "Tổng Liên đoàn Lao động Việt Nam" })
        let config = Configuration()
        #expect(config.guidanceIssuer("confederation") == "Tổng Liên đoàn Lao động Việt Nam")
        #expect(config.guidanceIssuer("Tỉnh ủy") == "Tỉnh ủy")
        #expect(config.guidanceIssuer("tỉnh ủy") == "tỉnh ủy", "a name is kept as typed")
        #expect(config.guidanceIssuer("  UBND tỉnh ") == "UBND tỉnh")
        #expect(config.guidanceIssuers(matching: "tong lien doan").map(\.id) == ["confederation"])
        #expect(config.guidanceIssuers(matching: "").count == Configuration.defaultGuidanceIssuers.count)
        let custom = try JSONDecoder().decode(
            Configuration.self, from: Data(#"{"guidanceIssuers": [{"id": "x", "vi": "Ban X", "en": "Board X"}]}"#.utf8))
        #expect(custom.guidanceIssuers.map(\.id) == ["x"])
    }

    @Test("returned for more: incomplete until a supplement received on or after the return day arrives")
    func returnedForMore() {
        let day = Day(year: 2026, month: 11, day: 5)!
        var base = Report(id: "R-2026-10-0001", unitID: "cam-my", period: .month(2026, 10), receivedOn: Day(year: 2026, month: 10, day: 20)!, createdAt: Self.moment, createdBy: "t")
        #expect(!ReturnRules.isIncomplete(base, in: [base]))
        base.returnedForMore = ReturnRequest(on: day, by: "Hà", reason: "Thiếu số liệu")
        #expect(ReturnRules.isIncomplete(base, in: [base]))
        var early = Report(id: "R-2026-10-0002", unitID: "cam-my", period: .month(2026, 10), receivedOn: day.adding(days: -1), createdAt: Self.moment, createdBy: "t")
        early.supplementTo = base.id
        #expect(ReturnRules.isIncomplete(base, in: [base, early]), "a supplement from before the request does not answer it")
        var answer = early
        answer.id = "R-2026-11-0003"
        answer.receivedOn = day
        #expect(ReturnRules.answer(to: base, in: [base, early, answer])?.id == answer.id)
        #expect(!ReturnRules.isIncomplete(base, in: [base, early, answer]))
        #expect(ReturnRules.incomplete(in: [base, early]).map(\.id) == [base.id])
        #expect(ReturnRules.incomplete(in: [base, early, answer]).isEmpty)
    }
}
