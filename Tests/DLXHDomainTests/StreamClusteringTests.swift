import DLXHDomain
import Foundation
import Testing

/// Grouping opinion items into streams, measured against truth written by hand.
@Suite("Streams of opinion")
struct StreamClusteringTests {
    struct Fixture: Decodable {
        struct Item: Decodable {
            var id: String
            var unit: String
            var month: String
            var topic: String
            var text: String
            var concern: String
        }
        var items: [Item]
    }

    static func independent() throws -> Fixture { try fixture("streams-independent") }

    static func fixture(_ name: String) throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static func score(_ items: [Fixture.Item], clustering: StreamClustering = StreamClustering()) -> PairwiseScore {
        let inputs = items.map {
            StreamClustering.Input(key: $0.id, month: Period(id: $0.month)!, topic: $0.topic, text: $0.text)
        }
        return PairwiseScore(predicted: clustering.cluster(inputs), truth: items.map(\.concern))
    }

    /// Issue 15 asks for F1 ≥ 0.8 here; the grouping measures 0.74 (precision 0.66, recall 0.84;
    /// 0.72 before the lexicon's kinds and compounds of 2 December 2026, 0.68 before a season's
    /// return became a stream of its own) and this floor keeps it from getting worse while it is
    /// improved.
    @Test("items written by hand, independently of this code and the demo: pairwise F1 no worse than measured")
    func independentSet() throws {
        let fixture = try Self.independent()
        #expect(fixture.items.count > 150)
        let score = Self.score(fixture.items)
        print("independent set: precision \(score.precision), recall \(score.recall), F1 \(score.f1)")
        #expect(score.f1 >= 0.71, "precision \(score.precision), recall \(score.recall)")
        #expect(score.precision >= 0.63 && score.recall >= 0.80)
    }

    /// Two more sets written by hand on 2 December 2026 by writers who saw neither the code nor
    /// the other sets (Fixtures/streams-holdout-1.json, -2.json; how each was used is in its
    /// description). They were used, with the independent set and our development set, to choose
    /// the grouping's settings, so they no longer measure it blind. Measured F1 0.729 and 0.744
    /// (0.682 and 0.651 with the grouping as it was in the morning): floors, as above, not the
    /// target.
    @Test("two hold-out sets written by hand: pairwise F1 no worse than measured", arguments: [("streams-holdout-1", 0.70), ("streams-holdout-2", 0.71)])
    func holdOutSets(name: String, floor: Double) throws {
        let fixture = try Self.fixture(name)
        #expect(fixture.items.count > 150)
        #expect(Set(fixture.items.map(\.concern)).count > 35)
        let score = Self.score(fixture.items)
        print("\(name): precision \(score.precision), recall \(score.recall), F1 \(score.f1)")
        #expect(score.f1 >= floor, "precision \(score.precision), recall \(score.recall)")
    }

    /// A third set, written on 2 December 2026 (session 9) by a writer asked for wordings of one
    /// concern that share few words (Fixtures/streams-holdout-3.json). It was scored once, blind,
    /// and nothing was changed after: F1 0.415 (precision 0.60, recall 0.32). This is the
    /// grouping's honest figure on text it has not seen, far from issue 15's 0.8; the floor only
    /// keeps later changes from making it worse unnoticed.
    @Test("a hold-out set scored blind: pairwise F1 no worse than measured")
    func blindHoldOutSet() throws {
        let fixture = try Self.fixture("streams-holdout-3")
        #expect(fixture.items.count > 150)
        #expect(Set(fixture.items.map(\.concern)).count > 35)
        let score = Self.score(fixture.items)
        print("streams-holdout-3: precision \(score.precision), recall \(score.recall), F1 \(score.f1)")
        #expect(score.f1 >= 0.40, "precision \(score.precision), recall \(score.recall)")
    }

    /// Measured: recall 0.786 → 0.845, precision 0.667 → 0.660, F1 0.722 → 0.737 (2 December
    /// 2026, after the lexicon's kinds: the month-by-month pass finds more by itself, and this
    /// pass has less left to join; before them: recall 0.63 → 0.78, F1 0.67 → 0.72). The precision given
    /// up is checked against the recall gained (at most a third of it), not against a fixed step,
    /// since either side moves with every change to the month-by-month pass.
    @Test("the last pass joins streams of one concern that grew apart: more pairs found for a little precision")
    func lastPass() throws {
        let items = try Self.independent().items
        var monthByMonth = StreamClustering()
        monthByMonth.mergeThreshold = 0
        let without = Self.score(items, clustering: monthByMonth)
        let with = Self.score(items)
        #expect(with.recall > without.recall + 0.04, "recall \(without.recall) → \(with.recall)")
        #expect(
            without.precision - with.precision <= (with.recall - without.recall) / 3,
            "precision \(without.precision) → \(with.precision), recall \(without.recall) → \(with.recall)")
        #expect(with.f1 > without.f1 + 0.01)
    }

    @Test("a syllable of no concern alone is kept inside another word: 'công an' is the police, not 'an'")
    func compoundsOfNoConcern() {
        let police = StreamText.features("Đối tượng giả danh công an gọi điện cho công nhân")
        #expect(police["cong an"] != nil)
        #expect(police["cong nhan"] == nil && police["nhan"] == nil)
        #expect(StreamText.features("người lao động").isEmpty)
        let address = StreamText.features("Công nhân phải đổi địa chỉ trên giấy tờ")
        #expect(address["dia"] != nil && address["#paperwork/address"] != nil)
        // the proposal's usual words say nothing of the concern
        #expect(StreamText.features("đề nghị cơ quan chức năng kiểm tra, xử lý nghiêm").isEmpty)
    }

    @Test("compounds are found whole though a syllable of them is a word of no concern alone; abbreviations of no concern left out")
    func compoundsBeforeWords() {
        #expect(StreamText.features("ý kiến hiện nay").isEmpty)
        #expect(StreamText.features("NLĐ, CNLĐ, CĐCS").isEmpty)
        #expect(StreamText.features("nguoi lao dong de nghi").isEmpty)
        // "tai nạn" alone is not "tai nạn lao động", and "vì vậy" is not a loan
        #expect(StreamText.features("tai nạn giao thông")["tnld"] == nil)
        #expect(StreamText.features("vì vậy công nhân lo lắng")["#loan"] == nil)
        #expect(StreamText.features("phạt nguội")["nguoi"] != nil)
    }

    @Test("kinds of one concern: both count the concern, each only its own kind")
    func conceptKinds() {
        let forced = StreamText.features("Công nhân bị ép tăng ca đến 21 giờ")
        let none = StreamText.features("Doanh nghiệp không có tăng ca, thu nhập giảm")
        #expect(forced["#overtime"] != nil && none["#overtime"] != nil)
        #expect(forced["#overtime/excess"] != nil && forced["#overtime/cut"] == nil)
        #expect(none["#overtime/cut"] != nil && none["#overtime/excess"] == nil)
        let police = StreamText.features("Kẻ gian giả danh công an gọi điện")
        let jobs = StreamText.features("Lừa đảo tuyển dụng việc nhẹ lương cao")
        #expect(police["#scam"] != nil && jobs["#scam"] != nil)
        #expect(police["#scam/impersonation"] != nil && jobs["#scam/recruitment"] != nil)
        #expect(police["#scam/recruitment"] == nil && jobs["#scam/impersonation"] == nil)
    }

    @Test("an abbreviation spelt out is read as it, with marks and without")
    func spelledOutAbbreviation() {
        #expect(StreamText.features("thỏa ước lao động tập thể")["tuldtt"] != nil)
        #expect(StreamText.features("thoa uoc lao dong tap the")["tuldtt"] != nil)
        #expect(StreamText.features("TƯLĐTT")["tuldtt"] != nil)
        #expect(StreamText.features("bảo hiểm xã hội")["bhxh"] != nil)
    }

    @Test("'hỗ trợ' (support) is not read as 'trọ' (rented room) when written with marks")
    func supportIsNotLodging() {
        #expect(StreamText.features("Đề nghị hỗ trợ công nhân khó khăn")["tro"] == nil)
        #expect(StreamText.features("Công nhân ở nhà trọ chật chội")["tro"] != nil)
        #expect(StreamText.features("Công nhân ở nhà trọ chật chội")["#rental"] != nil)
    }

    @Test("the same concern in other words joins; a near miss on the same company does not")
    func nearMiss() {
        let items = [
            ("Công nhân Công ty TNHH Giày da Sao Mai bức xúc vì chưa được trả lương tháng 10", "arrears"),
            ("Cty Sao Mai chậm trả lương tháng 10 cho khoảng 2.000 CNLĐ, NLĐ lo lắng", "arrears"),
            ("Khoảng 70 công nhân Công ty Sao Mai nhập viện nghi ngộ độc thực phẩm sau bữa ăn ca", "food"),
        ]
        let inputs = items.enumerated().map { StreamClustering.Input(key: "\($0.offset)", month: .month(2026, 11), topic: "wages", text: $0.element.0) }
        let groups = StreamClustering().cluster(inputs)
        #expect(groups.contains([0, 1]))
        #expect(groups.contains([2]))
    }

    @Test("abbreviations and their words, with or without diacritics, read alike")
    func abbreviations() {
        let a = StreamText.features("Doanh nghiệp nợ BHXH của NLĐ")
        let b = StreamText.features("doanh nghiep no bao hiem xa hoi cua nguoi lao dong")
        #expect(Set(a.keys) == Set(b.keys))
    }

    @Test("pairwise scores: perfect, all apart, all together")
    func pairwise() {
        let truth = ["a", "a", "b", "c", "c"]
        #expect(PairwiseScore(predicted: [[0, 1], [2], [3, 4]], truth: truth).f1 == 1)
        let apart = PairwiseScore(predicted: [[0], [1], [2], [3], [4]], truth: truth)
        #expect(apart.recall == 0 && apart.f1 == 0)
        let together = PairwiseScore(predicted: [[0, 1, 2, 3, 4]], truth: truth)
        #expect(together.recall == 1 && together.precision == 0.2)
    }
}
