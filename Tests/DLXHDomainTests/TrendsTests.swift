import DLXHDomain
import Testing

/// Trends: counted as the report's section II counts, month by month, with the change on the
/// month before and the streams rising fastest.
@Suite("Trends over the months")
struct TrendsTests {
    static let at = Moment(day: Day(year: 2026, month: 10, day: 15)!, hour: 9)

    static func item(_ id: String, _ topic: String, _ text: String, attitude: String = "worried", nature: Nature = .publicOpinion,
        inclusion: Inclusion = .include) -> OpinionItem {
        OpinionItem(id: id, topic: topic, content: text, attitude: attitude, nature: nature, step: .classify, inclusion: inclusion)
    }

    static func report(_ id: String, _ unit: String, _ month: Int, kind: ReportKind = .periodic, _ items: [OpinionItem]) -> Report {
        Report(id: id, unitID: unit, period: .month(2026, month), kind: kind, receivedOn: Day(year: 2026, month: month, day: 10)!,
            items: items, createdAt: at, createdBy: "t")
    }

    static let dataset: Dataset = {
        let arrears = "Công ty Giày Sao Mai chậm trả lương cho công nhân"
        let reports = [
            report("R-2026-08-0001", "a", 8, [item("i1", "wages", arrears), item("i2", "housing", "Giá phòng trọ tăng")]),
            report("R-2026-09-0001", "a", 9, [item("i1", "wages", arrears)]),
            report("R-2026-10-0001", "a", 10, [
                item("i1", "wages", arrears), item("i2", "wages", "Công ty Sao Mai nợ lương công nhân tháng 9"),
                item("i3", "wages", "Công nhân Công ty Giày Sao Mai chưa được trả lương tháng 9", attitude: "frustrated"),
                // Not opinion: a rumour, an item set aside, a hot spot's rapid report.
                item("i4", "wages", "Tin đồn Sao Mai bỏ trốn", nature: .rumour),
                item("i5", "wages", "Đã loại", inclusion: .exclude),
            ]),
            report("R-2026-10-0002", "b", 10, kind: .rapid, [item("i1", "wages", "Ngừng việc tại Sao Mai")]),
        ]
        var spot = HotSpot(id: "HS-2026-001", title: "Ngừng việc", kind: .workStoppage, unitID: "b", enterprise: Enterprise(name: "Sao Mai"),
            phonedInAt: at, phonedInBy: "x")
        spot.linkedReports = ["R-2026-10-0002"]
        return Dataset(configuration: Configuration(), units: [], reports: reports, hotSpots: [spot])
    }()

    @Test("a topic's series counts what section II would tell, month by month")
    func topics() throws {
        let series = Trends.topics(Self.dataset, through: .month(2026, 10), months: 3)
        let wages = try #require(series.first { $0.key == "wages" })
        #expect(wages.months == [.month(2026, 8), .month(2026, 9), .month(2026, 10)])
        #expect(wages.counts == [1, 1, 3])
        #expect(wages.change == 2 && wages.previous == 1 && wages.current == 3)
        #expect(series.first?.key == "wages", "the largest this month first")
        #expect(series.first { $0.key == "housing" }?.counts == [1, 0, 0])
        let attitudes = Trends.attitudes(Self.dataset, through: .month(2026, 10), months: 3)
        #expect(attitudes.first { $0.key == "frustrated" }?.counts == [0, 0, 1])
    }

    @Test("a stream's series, and the streams rising fastest")
    func streams() throws {
        let series = Trends.streams(Self.dataset, through: .month(2026, 10), months: 3)
        let arrears = try #require(series.first)
        #expect(arrears.counts == [1, 1, 3], "\(series.map { ($0.title, $0.counts) })")
        #expect(arrears.title.contains("Sao Mai"))
        let rising = Trends.risingFastest(series)
        #expect(rising.first?.key == arrears.key)
        #expect(rising.allSatisfy { $0.change > 0 })
    }

    @Test("sparklines scale to the largest month; a month with none is blank")
    func sparkline() {
        #expect(Trends.sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█")
        #expect(Trends.sparkline([3, 3]) == "██")
        #expect(Trends.sparkline([0, 0]) == "  ")
        #expect(Trends.sparkline([]) == "")
    }
}
