import DLXHDomain

/// A small office written for the golden screens, as on 24/11/2026 at 09:00: five units, eight
/// reports over October and November 2026, three hot spots. Unlike the demo generator's seed,
/// it changes only when a test wants it to, so a golden screen changes only when the interface does.
enum GoldenFixture {
    static let staff = "Lê Thị Thu Hà"
    static let colleague = "Trần Văn Bình"

    static func day(_ d: Int, _ m: Int) -> Day { Day(year: 2026, month: m, day: d)! }
    static func at(_ d: Int, _ m: Int, _ hour: Int, _ minute: Int = 0) -> Moment { Moment(day: day(d, m), hour: hour, minute: minute) }

    static let configuration: Configuration = {
        var configuration = Configuration()
        configuration.staffName = staff
        configuration.organisation = Organisation(
            name: "LĐLĐ TỈNH ĐỒNG NAI", department: "Ban Tuyên giáo – Nữ công", place: "Đồng Nai")
        return configuration
    }()

    static let units: [ReportingUnit] = [
        ReportingUnit(
            id: "bien-hoa", name: "Công đoàn phường Biên Hòa", kind: .communeUnion, contactPerson: "Nguyễn Thị Lan",
            phone: "0251 3822 111", activeFrom: day(1, 7)),
        ReportingUnit(
            id: "kcn", name: "Công đoàn các KCN Đồng Nai", kind: .industrialZoneUnion, contactPerson: "Phạm Quốc Huy",
            phone: "0251 3891 222", activeFrom: day(1, 7)),
        ReportingUnit(
            id: "giao-duc", name: "Công đoàn ngành Giáo dục", kind: .sectorUnion, contactPerson: "Võ Thị Mai",
            phone: "0251 3845 333", activeFrom: day(1, 7)),
        ReportingUnit(
            id: "long-khanh", name: "Công đoàn phường Long Khánh", kind: .communeUnion, contactPerson: "Đặng Văn Tú",
            phone: "0251 3877 444", activeFrom: day(1, 7),
            exemptions: [Exemption(period: .month(2026, 10), reason: "Đang sáp nhập", by: staff, at: at(5, 10, 10))]),
        ReportingUnit(
            id: "y-te", name: "Công đoàn ngành Y tế", kind: .sectorUnion, contactPerson: "Lý Minh Châu",
            phone: "0251 3866 555", activeFrom: day(1, 7)),
    ]

    static func item(
        _ n: Int, _ topic: String, _ attitude: String, _ content: String, breadth: Breadth = .some, nature: Nature = .publicOpinion,
        proposal: String = "", step: HandlingStep = .select
    ) -> OpinionItem {
        OpinionItem(
            id: "i\(n)", topic: topic, content: content, breadth: breadth, attitude: attitude, nature: nature, proposal: proposal,
            step: step)
    }

    static let reports: [Report] = [
        Report(
            id: "R-2026-10-0001", unitID: "bien-hoa", period: .month(2026, 10), receivedOn: day(16, 10), documentNumber: "45/BC-CĐP",
            summary: "Tình hình tư tưởng ổn định; quan tâm tiền lương cuối năm.", step: .reportUp,
            items: [
                item(1, "wages", "interested", "Người lao động quan tâm tiền lương, thưởng Tết năm 2027.", breadth: .many),
                item(2, "housing", "worried", "Công nhân thuê trọ lo giá phòng tăng sau sáp nhập phường."),
            ],
            createdAt: at(16, 10, 14), createdBy: staff),
        Report(
            id: "R-2026-10-0002", unitID: "kcn", period: .month(2026, 10), receivedOn: day(24, 10), documentNumber: "112/BC-CĐKCN",
            summary: "Một số doanh nghiệp chậm trả lương; công nhân bức xúc.",
            items: [
                item(1, "wages", "frustrated", "Công ty May Tín Phát chậm trả tiền lương tháng 9 cho 300 công nhân.", breadth: .many,
                     proposal: "Đề nghị thanh tra lao động vào cuộc."),
                item(2, "hours", "worried", "Tăng ca kéo dài đến 22 giờ trong mùa cao điểm đơn hàng."),
                item(3, "safety", "worried", "Nhà xưởng nóng, thiếu quạt thông gió ở khu vực cắt."),
                item(4, "security", "unclear", "Tin nhắn giả mạo công đoàn thu phí hội viên.", nature: .rumour),
            ],
            createdAt: at(24, 10, 9, 30), createdBy: colleague),
        Report(
            id: "R-2026-10-0003", unitID: "giao-duc", period: .month(2026, 10), receivedOn: day(20, 10), documentNumber: "30/BC-CĐN",
            summary: "Giáo viên đồng tình với chính sách tiền lương mới.",
            items: [item(1, "policy", "agree", "Giáo viên đồng tình với bảng lương mới từ tháng 7.")],
            createdAt: at(20, 10, 15), createdBy: staff),
        Report(
            id: "R-2026-10-0004", unitID: "y-te", period: .month(2026, 10), channel: .email, receivedOn: day(22, 10),
            summary: "", nothingToReport: true, createdAt: at(22, 10, 8), createdBy: staff),
        Report(
            id: "R-2026-11-0001", unitID: "kcn", period: .month(2026, 11), kind: .rapid, channel: .phone, receivedOn: day(21, 11),
            summary: "Ngừng việc tập thể tại Công ty Giày Phú Thành.",
            items: [
                item(1, "relations", "frustrated", "450 công nhân ngừng việc vì công ty nợ tiền lương hai tháng.", breadth: .many,
                     proposal: "Đề nghị LĐLĐ tỉnh chủ trì đối thoại.", step: .reportUp),
            ],
            createdAt: at(21, 11, 10, 15), createdBy: colleague),
        Report(
            id: "R-2026-11-0002", unitID: "bien-hoa", period: .month(2026, 11), receivedOn: day(18, 11), documentNumber: "51/BC-CĐP",
            summary: "Đoàn viên phấn khởi với hoạt động chăm lo cuối năm.",
            items: [
                item(1, "unionWork", "pleased", "Đoàn viên phấn khởi với chương trình Tết Sum vầy.", breadth: .many),
                item(2, "prices", "worried", "Giá thực phẩm tăng ảnh hưởng bữa ăn ca."),
                item(3, "insurance", "interested", "Người lao động hỏi về rút BHXH một lần theo luật mới."),
            ],
            createdAt: at(18, 11, 16), createdBy: staff),
        Report(
            id: "R-2026-11-0003", unitID: "giao-duc", period: .month(2026, 11), receivedOn: day(19, 11), documentNumber: "33/BC-CĐN",
            summary: "Giáo viên quan tâm chế độ phụ cấp.",
            items: [
                item(1, "wages", "interested", "Giáo viên mầm non mong được nâng phụ cấp ưu đãi."),
                item(2, "restructuring", "worried", "Lo lắng về sắp xếp trường học sau sáp nhập xã."),
            ],
            createdAt: at(19, 11, 9), createdBy: colleague),
        Report(
            id: "R-2026-11-0004", unitID: "y-te", period: .month(2026, 11), channel: .email, receivedOn: day(23, 11),
            summary: "Nhân viên y tế bức xúc vì chậm chi trả phụ cấp chống dịch.",
            items: [
                item(1, "wages", "frustrated", "Chậm chi trả phụ cấp trực cho nhân viên y tế tuyến xã.", proposal: "Đề nghị Sở Y tế giải quyết."),
                item(2, "hostileInfo", "opposed", "Bài đăng sai sự thật về bệnh viện tỉnh trên mạng xã hội.", nature: .rumour),
            ],
            createdAt: at(23, 11, 11), createdBy: staff),
    ]

    static let hotSpots: [HotSpot] = [
        // Phoned in the day before yesterday and not yet acknowledged: every obligation is overdue.
        HotSpot(
            id: "HS-2026-003", title: "Ngừng việc tập thể tại Công ty Giày Phú Thành", kind: .workStoppage, unitID: "kcn",
            enterprise: Enterprise(name: "Công ty TNHH Giày Phú Thành", ownership: "FDI", industry: "Da giày", workforce: 1_200),
            workersInvolved: 450, startedAt: at(21, 11, 7), causes: "Nợ tiền lương hai tháng", phonedInAt: at(21, 11, 8, 30),
            phonedInBy: colleague, linkedReports: ["R-2026-11-0001"]),
        // Acknowledged, written report in, being handled.
        HotSpot(
            id: "HS-2026-002", title: "Nợ lương tại Công ty May Tín Phát", kind: .wageArrears, unitID: "kcn",
            enterprise: Enterprise(name: "Công ty CP May Tín Phát", industry: "Dệt may", hasGrassrootsUnion: true, workforce: 800),
            workersInvolved: 300, phonedInAt: at(20, 10, 15), phonedInBy: staff,
            acknowledgement: Acknowledgement(by: staff, at: at(20, 10, 16)),
            writtenReport: WrittenReport(receivedAt: at(24, 10, 9, 30), reportID: "R-2026-10-0002"),
            escalations: [Escalation(to: .provincialParty, at: at(21, 10, 10), by: staff, note: "CV 88/LĐLĐ")],
            status: .handling,
            timeline: [
                TimelineEntry(at: at(20, 10, 16), by: staff, text: "Đã tiếp nhận"),
                TimelineEntry(at: at(28, 10, 14), by: staff, text: "Công ty cam kết trả lương trước 30/11"),
            ]),
        // Settled and closed.
        HotSpot(
            id: "HS-2026-001", title: "Tai nạn lao động tại xưởng cơ khí Hòa Bình", kind: .seriousAccident, unitID: "bien-hoa",
            enterprise: Enterprise(name: "Xưởng cơ khí Hòa Bình"), workersInvolved: 2, phonedInAt: at(2, 9, 10), phonedInBy: staff,
            acknowledgement: Acknowledgement(by: staff, at: at(2, 9, 10, 30)),
            writtenReport: WrittenReport(receivedAt: at(4, 9, 9)), status: .closed,
            timeline: [TimelineEntry(at: at(30, 9, 16), by: staff, text: "Đã hỗ trợ gia đình người lao động")]),
    ]

    static let dataset = Dataset(configuration: configuration, units: units, reports: reports, hotSpots: hotSpots)
}
