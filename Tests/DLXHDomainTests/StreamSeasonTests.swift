@testable import DLXHDomain
import Foundation
import Testing

/// A concern that falls silent for more than `activeMonths` and is raised again is a new stream
/// (the season's return), in the month-by-month pass and in the last joining pass alike; the
/// features read by number are those read by name; the pairwise score counts every pair.
@Suite("Streams: seasons, reading by number, pairwise counts")
struct StreamSeasonTests {
    /// One wording: alike as texts can be, so only the months keep the seasons apart.
    static let dengue = "Số ca sốt xuất huyết tăng ở các khu nhà trọ công nhân, nhiều CN phải nghỉ việc điều trị"

    static func inputs(_ months: [Period]) -> [StreamClustering.Input] {
        months.enumerated().map { i, month in
            StreamClustering.Input(key: "\(i)", month: month, topic: "housing", text: dengue)
        }
    }

    @Test("dengue each rainy season: two seasons a dry season apart are two streams")
    func seasonsApart() {
        let months: [Period] = [.month(2025, 7), .month(2025, 8), .month(2025, 10), .month(2026, 7), .month(2026, 8), .month(2026, 9)]
        let groups = StreamClustering().cluster(Self.inputs(months))
        #expect(groups == [[0, 1, 2], [3, 4, 5]])
    }

    @Test("a silence of five months or less keeps the stream; one month more starts a new one")
    func silenceLength() {
        // Silent from February to June (five months), raised again in July: one stream.
        #expect(StreamClustering().cluster(Self.inputs([.month(2026, 1), .month(2026, 7)])) == [[0, 1]])
        // Silent from February to July (six months): two. (Tết talked of until March and again
        // from October is two seasons.)
        #expect(StreamClustering().cluster(Self.inputs([.month(2026, 1), .month(2026, 8)])) == [[0], [1]])
        #expect(StreamClustering().cluster(Self.inputs([.month(2026, 3), .month(2026, 10)])) == [[0], [1]])
        var longer = StreamClustering()
        longer.activeMonths = 12
        #expect(longer.cluster(Self.inputs([.month(2026, 1), .month(2026, 9)])) == [[0, 1]])
    }

    @Test("the last joining pass never joins streams a long silence apart, however alike")
    func lastPassKeepsSeasons() {
        let a = StreamClustering.Stream(
            members: [0], centroid: SparseVector(), total: SparseVector(ids: [0], values: [1]), topics: ["housing": 1],
            topic: "housing", lastMonth: .month(2025, 10), months: [.month(2025, 8), .month(2025, 10)])
        var b = a
        b.members = [1]
        b.months = [.month(2026, 7)]
        b.lastMonth = .month(2026, 7)
        var c = a
        c.members = [2]
        c.months = [.month(2026, 2)]
        c.lastMonth = .month(2026, 2)
        let clustering = StreamClustering()
        // Identical texts: alike enough to join but for the silence.
        #expect(clustering.averageLink(a, b) >= clustering.mergeThreshold)
        #expect(clustering.merged([a, b]).count == 2)
        // A stream in between closes the silence: all three are one.
        #expect(clustering.merged([a, b, c]).map { $0.members.sorted() } == [[0, 1, 2]])
        // Silent from November to March (five months): may join; to April (six): never.
        #expect(clustering.spans([.month(2025, 8), .month(2025, 10)], [.month(2026, 4)]))
        #expect(!clustering.spans([.month(2025, 8), .month(2025, 10)], [.month(2026, 5)]))
        #expect(clustering.spans([.month(2026, 6)], [.month(2025, 8), .month(2025, 10), .month(2026, 1)]))
    }

    @Test("the features read by number are the features read by name, text by text")
    func readerMatchesNames() throws {
        let texts = try ["streams-independent", "streams-holdout-1", "streams-holdout-2", "streams-holdout-3"].flatMap {
            try StreamClusteringTests.fixture($0).items.map(\.text)
        } + [
            "thỏa ước lao động tập thể", "thoa uoc lao dong tap the", "giả danh công an", "ép tăng ca, không có tăng ca",
            "người lao động", "nguoi", "Lao động tại địa bàn", "Đề nghị cơ quan chức năng kiểm tra", "ý kiến hiện nay",
            "NLĐ CNLĐ nld", "nguoi lao dong de nghi", "tai nạn giao thông", "vì vậy", "phạt nguội",
            "Doanh nghiệp nợ BHXH của NLĐ", "doanh nghiep no bao hiem xa hoi cua nguoi lao dong", "Đề nghị hỗ trợ công nhân khó khăn",
            "CN KCN Amata phản ánh chậm trả lương tháng 10/2026; SXH, TĐC, CCCD, app vay", "", "!!! 2024 … x y z",
        ]
        let reader = StreamReader()
        for text in texts {
            let byNumber = Dictionary(uniqueKeysWithValues: reader.features(text).map { (reader.name($0.key), $0.weight) })
            #expect(byNumber == StreamText.features(text), "\(text)")
        }
    }

    @Test("pairwise precision and recall count every pair, as one counts them one by one")
    func pairwiseCounts() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let n = Int.random(in: 1...40, using: &random)
            let truth = (0..<n).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let label = (0..<n).map { _ in Int.random(in: 0..<5, using: &random) }
            // Some items left out of every group: alone, they pair with nothing.
            let predicted = (0..<5).map { g in (0..<n).filter { label[$0] == g && $0 % 7 != 3 } }.filter { !$0.isEmpty }
            var together = 0.0
            var belong = 0.0
            var both = 0.0
            for i in 0..<n {
                for j in (i + 1)..<n where j < n {
                    let t = i % 7 != 3 && j % 7 != 3 && label[i] == label[j]
                    let b = truth[i] == truth[j]
                    together += t ? 1 : 0
                    belong += b ? 1 : 0
                    both += t && b ? 1 : 0
                }
            }
            let score = PairwiseScore(predicted: predicted, truth: truth)
            #expect(score.precision == (together == 0 ? 1 : both / together))
            #expect(score.recall == (belong == 0 ? 1 : both / belong))
        }
    }
}
