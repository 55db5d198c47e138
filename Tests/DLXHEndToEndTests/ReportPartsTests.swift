import DLXHDomain
import DLXHReport
import Testing

/// The staff-written parts of the consolidated report (assessment, causes, forecast, tasks) in
/// their section, and the appendix that lists the late units and names the report it goes with.
@Suite("The consolidated report's staff-written parts and appendix")
struct ReportPartsTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let october = Period.month(2026, 10)

    static func text(_ blocks: [ReportDocument.Block]) -> [String] {
        blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let t), .bullet(let t), .subheading(let t), .heading(let t): t
            case .table: nil
            }
        }
    }

    static var dataset: Dataset { ReportRulesTests.dataset }

    @Test("Written parts replace the placeholders, a paragraph per line and '- ' lines as bullets; empty parts say where to write them")
    func partsInTheirSection() {
        var data = Self.dataset
        data.reportParts = [
            ReportParts(
                period: Self.october, assessment: "Tư tưởng ổn định.\nMột số nơi bức xúc.", forecast: "",
                tasks: "- Nắm tình hình nợ lương.\n- Đối thoại tại công ty Z."),
            ReportParts(period: .month(2026, 9), assessment: "KHÁC-KỲ"),
        ]
        for (l, heading, notWritten) in [
            (Language.vi, "ĐÁNH GIÁ, NGUYÊN NHÂN, DỰ BÁO VÀ NHIỆM VỤ", "(Chưa viết: cán bộ tổng hợp viết phần này trong màn xem trước báo cáo.)"),
            (.en, "ASSESSMENT, CAUSES, FORECAST AND TASKS", "(Not written yet: staff write this part in the report preview.)"),
        ] {
            let document = ReportOutput.document(dataset: data, period: Self.october, today: Self.today, language: l)
            let body = Self.text(document.body)
            let start = try! #require(body.firstIndex { $0.hasSuffix(heading) })
            let section = Array(body[start...])
            #expect(section.filter { $0.hasPrefix("1. ") || $0.hasPrefix("2. ") || $0.hasPrefix("3. ") || $0.hasPrefix("4. ") }.count == 4)
            #expect(section.contains("Tư tưởng ổn định.") && section.contains("Một số nơi bức xúc."))
            #expect(section.filter { $0 == notWritten }.count == 2, "causes and forecast")
            #expect(document.body.contains(.bullet("Nắm tình hình nợ lương.")) && document.body.contains(.bullet("Đối thoại tại công ty Z.")))
            #expect(!body.contains { $0.contains("KHÁC-KỲ") }, "another period's parts stay out")
        }
        // The section comes before the closing, and its numeral follows the sections before it.
        let vi = Self.text(ReportOutput.document(dataset: data, period: Self.october, today: Self.today, language: .vi).body)
        let headings = vi.filter { $0.range(of: #"^[IVX]+\. "#, options: .regularExpression) != nil }
        #expect(headings.last == "\(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][headings.count - 1]). ĐÁNH GIÁ, NGUYÊN NHÂN, DỰ BÁO VÀ NHIỆM VỤ")
        #expect(vi.last?.hasPrefix("Trên đây là báo cáo") == true)
        // The tasks' title follows the period kind.
        let q4 = Self.text(ReportOutput.document(dataset: data, period: Period(id: "2026-Q4")!, today: Self.today, language: .vi).body)
        #expect(q4.contains("4. Nhiệm vụ trọng tâm quý tới"))
    }

    @Test("The appendix: the report's number once issued, the late and missing units listed, then the reports received")
    func appendix() {
        let report = ConsolidatedReport.build(from: ConsolidatedReportModelTests.dataset, period: Self.october, today: Self.today)
        let draft = ReportWording.document(report, language: .vi)
        let issued = ReportWording.document(report, language: .vi, issued: 12)
        #expect(draft.number == "Số: …/BC-LĐLĐ" && issued.number == "Số: 12/BC-LĐLĐ")
        let appendix = Self.text(issued.appendix)
        #expect(appendix.contains("(Kèm theo Báo cáo số 12/BC-LĐLĐ, ngày 24/11/2026)"))
        #expect(Self.text(draft.appendix).contains("(Kèm theo Báo cáo số …/BC-LĐLĐ, ngày 24/11/2026)"))
        let late = appendix.firstIndex(of: "1. Đơn vị báo cáo muộn, chưa báo cáo")
        let received = appendix.firstIndex(of: "2. Các báo cáo đã nhận")
        #expect(late != nil && received != nil && late! < received!)
        #expect(appendix.contains("Đơn vị báo cáo muộn (1): LĐLĐ huyện B (muộn 5 ngày)."))
        #expect(appendix.contains { $0.hasPrefix("Đơn vị chưa báo cáo (1): ") })
        // Section V counts them and points to the appendix; it no longer names them.
        let body = Self.text(issued.body)
        #expect(body.contains("Đơn vị báo cáo muộn: 1 đơn vị (danh sách tại Phụ lục)."))
        #expect(!body.contains { $0.contains("LĐLĐ huyện B (muộn 5 ngày)") })
        #expect(issued.appendix.contains { if case .table = $0 { true } else { false } })
    }
}
