import Testing

@testable import DLXHDomain

@Suite("Streams: the likeliest first, for merging and moving")
struct StreamLikenessTests {
    @Test("the stream about the same concern comes first; streams sharing no word keep their order")
    func sameConcernFirst() {
        let arrears = ["Công ty May Tín Phát chậm trả lương tháng 10, công nhân bức xúc"]
        let candidates = [
            ["Giá điện tăng, hóa đơn tiền điện phòng trọ cao"],
            ["Thưởng Tết năm nay thấp hơn năm trước"],
            ["NLĐ Công ty Tín Phát phản ánh bị nợ lương hai tháng", "Cong ty Tin Phat hua tra luong cham vao cuoi thang"],
            [],
            ["Đề nghị tăng phụ cấp ưu đãi cho giáo viên mầm non"],
        ]
        let ranked = StreamLikeness.ranked(arrears, candidates: candidates)
        #expect(ranked.first == 2)
        #expect(ranked.sorted() == Array(candidates.indices))
        // The rest share no word of the arrears: their order, the empty one among them, is kept.
        #expect(Array(ranked.dropFirst()) == [0, 1, 3, 4])
    }

    @Test("folded and abbreviated wordings count: 'NLĐ' and 'người lao động', text without diacritics")
    func foldedWordings() {
        let ranked = StreamLikeness.ranked(
            ["nguoi lao dong bi no bao hiem xa hoi"],
            candidates: [["Tai nạn giao thông khi tan ca"], ["Doanh nghiệp nợ BHXH của NLĐ nhiều tháng"]])
        #expect(ranked == [1, 0])
    }

    @Test("nothing to compare: the candidates' order")
    func nothing() {
        #expect(StreamLikeness.ranked([], candidates: [["a"], ["b"]]) == [0, 1])
        #expect(StreamLikeness.ranked(["lương"], candidates: []) == [])
    }
}
