import DLXHDomain
import DLXHReport
import Testing

/// A stream's title, wherever a period shows it (the streams command, the panel, the report's
/// section II), is said by one of its own items of that period, unless staff named it: over a
/// stream's whole history, the quarter's items of a stream were headed by a concern they never
/// raised (walkthrough, 2 December 2026).
@Suite("Stream titles come from the period's own items")
struct StreamTitleTests {
    static let contents: [ItemReference: String] = Dictionary(
        uniqueKeysWithValues: goldenDataset.reports.flatMap { r in r.items.map { (ItemReference(reportID: r.id, itemID: $0.id), $0.content) } })

    static func titles(of refs: [ItemReference]) -> Set<String> {
        Set(refs.compactMap { contents[$0] }.map { OpinionStreams.centralTitle([$0]) })
    }

    @Test("streams of a quarter and of a month: each suggested title is one of its period items'", arguments: ["2026-Q3", "2026-10", "2026"])
    func periodStreams(period: String) throws {
        let streams = OpinionStreams.streams(in: goldenDataset, period: try #require(Period(id: period)))
        #expect(!streams.isEmpty)
        for stream in streams {
            #expect(Self.titles(of: stream.items).contains(stream.title), "\(stream.id): \(stream.title)")
        }
    }

    @Test("the report's section II: each stream's title is one of the items it counts")
    func reportStreams() throws {
        for period in ["2026-Q3", "2026-10"] {
            let report = ConsolidatedReport.build(from: goldenDataset, period: try #require(Period(id: period)), today: goldenToday)
            let entries = report.streams.flatMap(\.streams)
            #expect(!entries.isEmpty)
            for entry in entries {
                #expect(Self.titles(of: entry.items).contains(entry.title), "\(period): \(entry.title)")
            }
        }
    }

    @Test("the title of a stream's texts: the one nearest their centre; one text is its own title")
    func central() {
        #expect(OpinionStreams.centralTitle(["Công nhân lo chậm lương. Đề nghị kiểm tra."]) == "Công nhân lo chậm lương")
        let texts = ["Công ty A chậm trả lương tháng 10", "Công nhân công ty A bị chậm trả lương hai tháng", "Giá điện tăng"]
        #expect(OpinionStreams.centralTitle(texts) != "Giá điện tăng")
        #expect(OpinionStreams.centralTitle([]) == "")
    }
}
