import DLXHDomain
import DLXHReport
import Testing

/// The consolidated report read section by section, as its reader at the Tỉnh ủy would: each
/// item told once, rumours only in IV, nothing found untrue quoted or proposed, workers and
/// victims apart, the federation's own tasks not sent upward, and counts that agree.
@Suite("The consolidated report's rules, section by section")
struct ReportRulesTests {
    static let october = Period.month(2026, 10)
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let at = Moment(day: Day(year: 2026, month: 10, day: 15)!, hour: 9)

    static func item(_ id: String, _ content: String, topic: String = "wages", nature: Nature = .publicOpinion,
        verification: Verification = .unverified, proposal: String = "", to: String = "") -> OpinionItem {
        OpinionItem(id: id, topic: topic, content: content, attitude: "worried", nature: nature, verification: verification,
            proposal: proposal, proposalTo: to, step: .classify, inclusion: .include)
    }

    static let dataset: Dataset = {
        let founded = Day(year: 2020, month: 1, day: 1)!
        let units = ["a", "b", "c", "d"].map {
            ReportingUnit(id: $0, name: "Công đoàn phường \($0.uppercased())", kind: .districtFederation, activeFrom: founded)
        }
        func report(_ id: String, _ unit: String, kind: ReportKind = .periodic, _ items: [OpinionItem]) -> Report {
            Report(id: id, unitID: unit, period: october, kind: kind, receivedOn: Day(year: 2026, month: 10, day: 12)!,
                items: items, createdAt: at, createdBy: "test")
        }
        let reports = [
            report("R-2026-10-0001", "a", [
                item("i1", "Công nhân lo lắng lương tháng 10 bị chậm trả", proposal: "Đề nghị thanh tra việc trả lương", to: "Sở Nội vụ"),
                item("i2", "TIN-ĐỒN: doanh nghiệp X sắp đóng cửa", topic: "hostileInfo", nature: .rumour,
                    proposal: "Đề nghị cơ quan chức năng xử lý người tung tin", to: "Công an tỉnh"),
                item("i3", "SAI-SỰ-THẬT: công ty Y cắt toàn bộ thưởng Tết", verification: .untrue,
                    proposal: "ĐỀ-XUẤT-SAI: yêu cầu công ty Y trả thưởng", to: "UBND tỉnh"),
                item("i4", "ĐIỂM-NÓNG: công nhân công ty Z ngừng việc đòi lương", proposal: "Đề nghị hỗ trợ pháp lý", to: "LĐLĐ tỉnh"),
            ]),
            // A rapid report that is the written report of a hot spot: its items are the case.
            report("R-2026-10-0002", "b", kind: .rapid, [item("i1", "ĐIỂM-NÓNG-2: tai nạn lao động tại công ty W")]),
            report("R-2026-10-0003", "c", [
                item("i1", "Người lao động mong được tăng lương tối thiểu",
                    proposal: "Tổ chức đối thoại về tiền lương", to: "Ban Thường vụ LĐLĐ tỉnh Đồng Nai"),
            ]),
        ]
        var stoppage = HotSpot(id: "HS-2026-001", title: "Ngừng việc tại công ty Z", kind: .workStoppage, unitID: "a",
            enterprise: Enterprise(name: "Công ty Z"), workersInvolved: 820,
            phonedInAt: Moment(day: Day(year: 2026, month: 10, day: 3)!, hour: 8), phonedInBy: "x")
        stoppage.linkedItems = [ItemReference(reportID: "R-2026-10-0001", itemID: "i4")]
        var accident = HotSpot(id: "HS-2026-002", title: "Tai nạn lao động tại công ty W", kind: .seriousAccident, unitID: "b",
            enterprise: Enterprise(name: "Công ty W"), workersInvolved: 3,
            phonedInAt: Moment(day: Day(year: 2026, month: 10, day: 9)!, hour: 10), phonedInBy: "x")
        accident.writtenReport = WrittenReport(receivedAt: at, reportID: "R-2026-10-0002")
        var configuration = Configuration()
        configuration.organisation.name = "LĐLĐ TỈNH ĐỒNG NAI"
        configuration.organisation.place = "Đồng Nai"
        return Dataset(configuration: configuration, units: units, reports: reports, hotSpots: [stoppage, accident])
    }()

    static let report = ConsolidatedReport.build(from: dataset, period: october, today: today)

    /// The text of section `numeral` ("II"), its headings, paragraphs and bullets joined.
    static func section(_ numeral: String, _ l: Language = .vi) -> String {
        var inside = false
        var lines: [String] = []
        for block in ReportWording.document(report, language: l).body {
            switch block {
            case .heading(let text):
                inside = text.hasPrefix(numeral + ". ")
            case .subheading(let text), .paragraph(let text), .bullet(let text):
                if inside { lines.append(text) }
            case .table:
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("II holds opinion only: no rumour, nothing found untrue, no hot spot's item")
    func opinionOnly() {
        let two = Self.section("II")
        #expect(two.contains("lương tháng 10 bị chậm trả") && two.contains("tăng lương tối thiểu"))
        for marker in ["TIN-ĐỒN", "SAI-SỰ-THẬT", "ĐIỂM-NÓNG"] { #expect(!two.contains(marker), "\(marker) in II:\n\(two)") }
        #expect(Self.report.streams.flatMap(\.items).count == 2)
        #expect(Self.report.attitudes.map(\.count).reduce(0, +) == 2)
    }

    @Test("IV tells the rumour and the untrue item, with how they were handled")
    func rumoursInFour() {
        let four = Self.section("IV")
        #expect(four.contains("TIN-ĐỒN") && four.contains("SAI-SỰ-THẬT"))
        #expect(!Self.section("III").contains("TIN-ĐỒN"))
    }

    @Test("each included item is counted once, and I says where")
    func countedOnce() {
        let items = Self.report.items
        #expect(items.included == 6)
        #expect(items.opinion == 2 && items.rumours == 2 && items.hotSpot == 2)
        #expect(items.opinion + items.rumours + items.hotSpot == items.included)
        let one = Self.section("I")
        #expect(one.contains("2 ý kiến được tổng hợp là dư luận tại mục II"))
        #expect(one.contains("2 ý kiến gắn với vụ việc điểm nóng, nêu tại mục III"))
        #expect(one.contains("2 tin đồn, thông tin sai sự thật, nêu tại mục IV"))
    }

    @Test("III keeps the workers taking part apart from the people hurt in an accident")
    func workersAndVictims() {
        let three = Self.section("III")
        #expect(three.contains("khoảng 820 người lao động tham gia; 3 người bị nạn"), "\(three)")
        #expect(!three.contains("823"))
        #expect(three.contains("Số người bị nạn: 3 người."))
        #expect(three.contains("Số người lao động tham gia: 820 người."))
        #expect(Self.section("III", .en).contains("about 820 workers; 3 people hurt in accidents"))
    }

    @Test("VI: nothing found untrue is proposed, and what units ask of the federation itself is its own task")
    func proposals() {
        let six = Self.section("VI")
        #expect(!six.contains("ĐỀ-XUẤT-SAI"))
        #expect(!six.contains("Đối với LĐLĐ tỉnh") && !six.contains("Đối với Ban Thường vụ"))
        #expect(Self.report.proposals.map(\.addressee) == ["Sở Nội vụ", "Công an tỉnh"])
        #expect(Self.report.ownTasks.map(\.text) == ["Đề nghị hỗ trợ pháp lý", "Tổ chức đối thoại về tiền lương"])
        #expect(six.contains("Các đề xuất gửi LĐLĐ tỉnh Đồng Nai được tiếp thu, triển khai như nhiệm vụ của LĐLĐ tỉnh Đồng Nai:"))
    }

    @Test("I and V agree on how many units owing the report sent it, and say what they count")
    func unitsAgree() {
        let totals = Self.report.submissionTotals
        let one = Self.section("I")
        let five = Self.section("V")
        #expect(one.contains("Trong số \(totals.expected) đơn vị phải báo cáo, \(totals.submitted) đơn vị đã gửi báo cáo định kỳ"))
        #expect(five.contains("Số đơn vị phải báo cáo: \(totals.expected); đã nộp \(totals.submitted) đơn vị"))
        // Three units sent something; only the periodic senders count as submitted.
        #expect(Self.report.reportingUnitIDs.count == 3 && totals.submitted == 2)
    }

    @Test("an addressee is the issuer only when it names the federation or one of its organs")
    func issuerNames() {
        var org = Organisation()
        org.name = "LĐLĐ TỈNH ĐỒNG NAI"
        org.place = "Đồng Nai"
        for own in ["LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh Đồng Nai", "BTV LĐLĐ tỉnh", "ldld tinh dong nai", "Thường trực LĐLĐ tỉnh."] {
            #expect(ConsolidatedReport.addressesIssuer(own, org), "\(own)")
        }
        for other in ["UBND tỉnh", "Tổng LĐLĐ Việt Nam", "LĐLĐ tỉnh và UBND tỉnh", "", "Sở Nội vụ"] {
            #expect(!ConsolidatedReport.addressesIssuer(other, org), "\(other)")
        }
    }

    @Test("a quarter is a synthesis of its months: their reports and items, the months compared, the months' submissions")
    func quarterSynthesis() {
        let founded = Day(year: 2020, month: 1, day: 1)!
        let units = ["a", "b"].map { ReportingUnit(id: $0, name: "Công đoàn xã \($0.uppercased())", kind: .districtFederation, activeFrom: founded) }
        func report(_ id: String, _ unit: String, _ period: Period, day: Int, _ items: [OpinionItem]) -> Report {
            Report(id: id, unitID: unit, period: period, kind: .periodic,
                receivedOn: Day(year: 2026, month: period.kind == .month ? period.index : 10, day: day)!,
                items: items, createdAt: Self.at, createdBy: "test")
        }
        let reports = [
            report("R-2026-07-0001", "a", .month(2026, 7), day: 10, [Self.item("i1", "Tháng bảy: lo chậm lương")]),
            report("R-2026-08-0001", "a", .month(2026, 8), day: 25, [Self.item("i1", "Tháng tám: lo nhà trọ"), Self.item("i2", "Tháng tám: giá điện")]),
            report("R-2026-09-0001", "b", .month(2026, 9), day: 12, [
                Self.item("i1", "Tháng chín: tin đồn đóng cửa", nature: .rumour), Self.item("i2", "Tháng chín: việc làm"),
            ]),
            // B's own summary of the quarter repeats its September items: not counted again.
            report("R-2026-10-0001", "b", Period(id: "2026-Q3")!, day: 5, [Self.item("i1", "Tháng chín: việc làm")]),
            // Outside the quarter.
            report("R-2026-10-0002", "a", .month(2026, 10), day: 10, [Self.item("i1", "Tháng mười")]),
        ]
        let dataset = Dataset(configuration: Configuration(), units: units, reports: reports, hotSpots: [])
        let q3 = ConsolidatedReport.build(from: dataset, period: Period(id: "2026-Q3")!, today: Self.today)
        #expect(q3.reports.map(\.id).sorted() == ["R-2026-07-0001", "R-2026-08-0001", "R-2026-09-0001"])
        #expect(q3.items.total == 5 && q3.items.opinion == 4 && q3.items.rumours == 1)
        #expect(q3.months.map(\.month.id) == ["2026-07", "2026-08", "2026-09"])
        #expect(q3.months.map(\.opinion) == [1, 2, 1] && q3.months.map(\.reports) == [1, 1, 1])
        // Two units × three months owed; A sent July (on time) and August (late), B September.
        #expect(q3.submissionTotals.expected == 6 && q3.submissionTotals.submitted == 3)
        let document = ReportWording.document(q3, language: .vi)
        func text(_ blocks: [ReportDocument.Block]) -> String {
            blocks.compactMap { block -> String? in
                switch block {
                case .paragraph(let t), .bullet(let t), .subheading(let t), .heading(let t): t
                case .table: nil
                }
            }.joined(separator: "\n")
        }
        let body = text(document.body)
        // The late and missing units are counted in V and listed in the appendix.
        let appendix = text(document.appendix)
        #expect(body.contains("Đơn vị báo cáo muộn: 1 đơn vị (danh sách tại Phụ lục)."), "\(body)")
        #expect(body.contains("Đơn vị chưa báo cáo: 2 đơn vị (danh sách tại Phụ lục)."), "\(body)")
        #expect(!body.contains("Đơn vị báo cáo muộn (1)"))
        #expect(!body.contains("Chưa nhận được báo cáo"))
        #expect(body.contains("So sánh giữa các tháng: tháng 7/2026: 1 báo cáo, 1 ý kiến, 0 tin đồn, 0 điểm nóng; tháng 8/2026: 1 báo cáo, 2 ý kiến"))
        #expect(body.contains("các đơn vị phải gửi 6 báo cáo tháng; đã gửi 3 báo cáo"))
        #expect(appendix.contains("Đơn vị có báo cáo muộn (1): Công đoàn xã A (tháng 8/2026: muộn 5 ngày)"), "\(appendix)")
        #expect(body.contains("đã nhận 3 báo cáo của 2 đơn vị cho các tháng trong quý III/2026"))
        #expect(appendix.contains("Đơn vị có tháng chưa báo cáo (2): Công đoàn xã A (tháng 9/2026: quá hạn"))
        #expect(appendix.contains("Công đoàn xã B (tháng 7/2026: quá hạn") && appendix.contains("; tháng 8/2026: quá hạn"))
    }

    @Test("V counts, without naming them, the units that did not exist in the period; a unit gone part of it stays listed")
    func absentUnitsCounted() {
        var dataset = Self.dataset
        let founded = Day(year: 2020, month: 1, day: 1)!
        dataset.units.append(ReportingUnit(id: "old", name: "LĐLĐ huyện Cũ", kind: .districtFederation, activeFrom: founded,
            activeTo: Day(year: 2025, month: 6, day: 30)!))
        let report = ConsolidatedReport.build(from: dataset, period: Self.october, today: Self.today)
        #expect(report.submissions("notRequired").contains { $0.unit.id == "old" })
        let section = ReportWording.document(report, language: .vi).body.compactMap { block -> String? in
            if case .bullet(let t) = block { t } else { nil }
        }
        #expect(section.contains("Đơn vị không còn hoặc chưa thành lập trong kỳ (không phải báo cáo): 1."), "\(section)")
        #expect(!section.contains { $0.contains("LĐLĐ huyện Cũ") })
    }

    @Test("II warns when items still wait to be selected: its figures and its comparisons do not count them yet")
    func pendingItemsWarned() {
        #expect(!Self.section("II").contains("Lưu ý"))
        var dataset = Self.dataset
        var waiting = Self.item("i9", "Công nhân hỏi về nhà ở xã hội", topic: "housing")
        waiting.step = .select
        waiting.inclusion = .automatic
        dataset.reports[2].items.append(waiting)
        let report = ConsolidatedReport.build(from: dataset, period: Self.october, today: Self.today)
        #expect(report.items.pending == 1)
        let section = ReportWording.document(report, language: .vi).body.compactMap { block -> String? in
            if case .paragraph(let t) = block { t } else { nil }
        }
        #expect(section.contains("Lưu ý: còn 1 ý kiến đang chờ chọn lọc, chưa tính vào các số liệu dưới đây; các so sánh với tháng trước vì thế chưa đầy đủ."))
        // An item set aside is no longer waiting.
        dataset.reports[2].items[dataset.reports[2].items.count - 1].inclusion = .exclude
        #expect(ConsolidatedReport.build(from: dataset, period: Self.october, today: Self.today).items.pending == 0)
    }

    @Test("a quarter still running counts as owed only the months whose deadline has come: the rest are 'chưa đến hạn', in I and V alike")
    func runningQuarterOwesOnlyDueMonths() {
        let founded = Day(year: 2020, month: 1, day: 1)!
        let units = ["a", "b"].map { ReportingUnit(id: $0, name: "Công đoàn xã \($0.uppercased())", kind: .districtFederation, activeFrom: founded) }
        func report(_ id: String, _ unit: String, _ month: Int, day: Int) -> Report {
            Report(id: id, unitID: unit, period: .month(2026, month), kind: .periodic, receivedOn: Day(year: 2026, month: month, day: day)!,
                items: [Self.item("i1", "Tháng \(month): ý kiến")], createdAt: Self.at, createdBy: "test")
        }
        // October: both sent; November (due the 20th, today the 24th): A sent; December not yet due.
        let reports = [report("R-2026-10-0001", "a", 10, day: 10), report("R-2026-10-0002", "b", 10, day: 25), report("R-2026-11-0001", "a", 11, day: 12)]
        let dataset = Dataset(configuration: Configuration(), units: units, reports: reports, hotSpots: [])
        let q4 = ConsolidatedReport.build(from: dataset, period: Period(id: "2026-Q4")!, today: Self.today)
        #expect(q4.submissions("notYetDue").count == 2)
        #expect(q4.owedTotals.expected == 4 && q4.owedTotals.submitted == 3 && q4.owedTotals.onTime == 2)
        let body = ReportWording.document(q4, language: .vi).body.compactMap { block -> String? in
            switch block {
            case .paragraph(let t), .bullet(let t): t
            default: nil
            }
        }.joined(separator: "\n")
        #expect(body.contains("các đơn vị phải gửi 4 báo cáo tháng; đã gửi 3 báo cáo (75%), trong đó đúng hạn 2 báo cáo (50%)"), "\(body)")
        #expect(body.contains("Các đơn vị đã gửi 3/4 báo cáo tháng phải nộp trong kỳ"), "\(body)")
        #expect(!body.contains("phải gửi 6"))
        let english = ReportWording.document(q4, language: .en).body.compactMap { block -> String? in
            if case .paragraph(let t) = block { t } else { nil }
        }.joined(separator: "\n")
        #expect(english.contains("units owed 4 monthly reports; 3 were sent (75%)"), "\(english)")
    }

    @Test("II by topic, then by stream: how many units raised it and which, against the month before, two quotes at most, proposals merged")
    func sectionTwoInStreams() throws {
        let founded = Day(year: 2020, month: 1, day: 1)!
        let units = ["a", "b", "c", "d"].map {
            ReportingUnit(id: $0, name: "Công đoàn xã \($0.uppercased())", kind: .districtFederation, activeFrom: founded)
        }
        func report(_ id: String, _ unit: String, _ month: Int, _ items: [OpinionItem]) -> Report {
            Report(id: id, unitID: unit, period: .month(2026, month), kind: .periodic,
                receivedOn: Day(year: 2026, month: month, day: 12)!, items: items, createdAt: Self.at, createdBy: "test")
        }
        let reports = [
            report("R-2026-09-0001", "a", 9, [Self.item("i1", "Công ty Giày Sao Mai chậm trả lương tháng 8 cho công nhân")]),
            report("R-2026-10-0001", "a", 10, [
                Self.item("i1", "Công nhân Công ty Giày Sao Mai bức xúc vì chưa được trả lương tháng 9",
                    proposal: "Đề nghị thanh tra lao động kiểm tra Công ty Sao Mai", to: "Sở Nội vụ"),
            ]),
            report("R-2026-10-0002", "b", 10, [
                Self.item("i1", "Công ty Sao Mai nợ lương tháng 9 của khoảng 2.000 CNLĐ, người lao động lo lắng",
                    proposal: "Đề nghị thanh tra lao động kiểm tra Công ty Sao Mai", to: "Sở Nội vụ"),
            ]),
            report("R-2026-10-0003", "c", 10, [
                Self.item("i1", "Lương tháng 9 tại Công ty Giày Sao Mai vẫn chưa được chi trả, CNLĐ mong công đoàn can thiệp"),
                Self.item("i2", "Đoàn viên đề nghị tăng mức hỗ trợ khi sinh con thứ hai"),
            ]),
        ]
        let dataset = Dataset(configuration: Configuration(), units: units, reports: reports, hotSpots: [])
        let october = ConsolidatedReport.build(from: dataset, period: Self.october, today: Self.today)
        let wages = try #require(october.streams.first { $0.topic.id == "wages" })
        // The topic's streams hold exactly its items.
        #expect(Set(wages.streams.flatMap(\.items)) == Set(wages.items))
        let arrears = try #require(wages.streams.first)
        #expect(arrears.unitIDs == ["a", "b", "c"] && arrears.items.count == 3)
        #expect(arrears.previousMonth == 1)
        #expect(wages.previousMonth == 1)
        #expect(arrears.quotes.count <= ConsolidatedReport.quotesPerStream)
        #expect(arrears.proposals.count == 1 && arrears.proposals[0].unitNames == ["Công đoàn xã A", "Công đoàn xã B"])
        let body = ReportWording.document(october, language: .vi).body.compactMap { block -> String? in
            switch block {
            case .paragraph(let t), .bullet(let t), .subheading(let t), .heading(let t): t
            case .table: nil
            }
        }.joined(separator: "\n")
        #expect(body.contains(": 3 ý kiến của 3 đơn vị (Công đoàn xã A, Công đoàn xã B, Công đoàn xã C); so với tháng trước: tăng 2 (1 → 3)."), "\(body)")
        #expect(body.contains("Đề xuất: Đề nghị thanh tra lao động kiểm tra Công ty Sao Mai."))
        #expect(body.contains("Có 4 ý kiến của 3 đơn vị phản ánh về vấn đề này. So với tháng trước: tăng 3 (1 → 4)."))
        #expect(body.contains("Ý kiến khác (1 ý kiến của 1 đơn vị, mỗi ý kiến do một đơn vị nêu), tiêu biểu:"))
        #expect(body.contains("“Đoàn viên đề nghị tăng mức hỗ trợ khi sinh con thứ hai” (Công đoàn xã C)."))
    }
}
