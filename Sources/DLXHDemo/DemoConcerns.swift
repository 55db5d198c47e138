import DLXHDomain

// Các mối quan tâm (luồng ý kiến) của dữ liệu mẫu, mỗi mối quan tâm có nhãn riêng và nhiều cách
// diễn đạt khác nhau, như các đơn vị khác nhau viết bằng lời của mình. Có những mối quan tâm "gần
// giống" (cùng chủ đề, cùng chính sách, cùng doanh nghiệp) nhưng là luồng ý kiến khác, nhãn khác:
// đó là chỗ một thuật toán gom luồng dễ nhầm. Tên doanh nghiệp đều là hư cấu.

/// The kind of unit that speaks of a concern.
enum DemoPlace: Sendable {
    /// Any unit on the roster.
    case anyUnit
    /// Territorial units: district federations (before July 2025), commune and ward unions (after).
    case territorial
    case districtFederation
    case communeUnion
    case sectorUnion
    /// Sector unions of education, health and the civil service, and territorial units.
    case publicService
    /// Territorial units and industrial-zone unions.
    case industrialZone
    /// Where workers of enterprises are: territorial, industrial-zone and production-sector units.
    case workplaces
    /// The rubber union and territorial units of the rubber areas.
    case rubber
    /// Only the units with these ids (sector unions of one field).
    case units([String])

    func fits(_ unit: ReportingUnit) -> Bool {
        let territorial = unit.kind == .districtFederation || unit.kind == .communeUnion
        switch self {
        case .anyUnit: return true
        case .territorial: return territorial
        case .districtFederation: return unit.kind == .districtFederation
        case .communeUnion: return unit.kind == .communeUnion
        case .sectorUnion: return unit.kind == .sectorUnion
        case .publicService: return territorial || DemoPlace.publicServiceIDs.contains(unit.id)
        case .industrialZone: return territorial || unit.kind == .industrialZoneUnion
        case .workplaces:
            return territorial || unit.kind == .industrialZoneUnion
                || (unit.kind == .sectorUnion && !DemoPlace.publicServiceIDs.contains(unit.id))
        case .rubber:
            return unit.id == "cd-cao-su"
                || (territorial && !Set(DemoRoster.areas(of: unit.id)).isDisjoint(with: DemoPlace.rubberAreas))
        case .units(let ids): return ids.contains(unit.id)
        }
    }

    static let publicServiceIDs: Set<String> = [
        "cd-giao-duc", "cd-y-te", "cd-vien-chuc", "cd-giao-duc-bp", "cd-y-te-bp", "cd-vien-chuc-bp",
    ]
    static let rubberAreas: Set<String> = [
        "cam-my", "xuan-loc", "long-khanh", "dong-phu", "phu-rieng", "loc-ninh", "hon-quan", "binh-long", "bu-gia-map", "chon-thanh",
    ]
}

/// A span of days a concern is spoken of, both ends included.
struct DemoSpan: Sendable {
    let from: Day
    let to: Day

    init(_ from: String, _ to: String) {
        self.from = Day(iso: from)!
        self.to = Day(iso: to)!
    }

    func overlaps(_ period: Period) -> Bool { from <= period.lastDay && period.firstDay <= to }
}

/// A concern (one stream of opinion): what it is about, who speaks of it and when, and the
/// different ways units word it.
struct DemoConcern: Sendable {
    /// The label; a concern that recurs every year is labelled `id/YEAR` per occurrence.
    let id: String
    let topic: String
    let attitude: String
    let targetGroup: String
    let isRumour: Bool
    let place: DemoPlace
    /// Former districts (`DemoRoster.districts` keys) whose units alone speak of it; empty: anywhere.
    let areas: [String]
    let spans: [DemoSpan]
    /// `{so}` stands for the department in charge of labour at the time (Sở LĐ-TB&XH, Sở Nội vụ from 1 March 2025).
    let proposal: String
    let proposalTo: String
    let wordings: [String]
    /// The concern this one is easily mistaken for (same topic, policy, enterprise or place).
    let nearMissOf: String?

    /// The label of an occurrence.
    func label(_ span: DemoSpan) -> String { spans.count == 1 ? id : "\(id)/\(span.from.year)" }
}

private let always = [DemoSpan("2015-01-01", "2099-12-31")]

private func from(_ day: String, to: String = "2099-12-31") -> [DemoSpan] { [DemoSpan(day, to)] }

/// The same months every year, e.g. `yearly("11-01", "02-10")` from 1 November to 10 February.
private func yearly(_ start: String, _ end: String) -> [DemoSpan] {
    let crosses = end < start
    return (2014...2027).map { year in
        DemoSpan("\(year)-\(start)", "\(crosses ? year + 1 : year)-\(end)")
    }
}

private func concern(
    _ id: String, _ topic: String, _ attitude: String, _ group: String, _ place: DemoPlace, _ spans: [DemoSpan],
    areas: [String] = [], rumour: Bool = false, proposal: String = "", to proposalTo: String = "", nearMissOf: String? = nil,
    _ wordings: [String]
) -> DemoConcern {
    DemoConcern(
        id: id, topic: topic, attitude: attitude, targetGroup: group, isRumour: rumour, place: place, areas: areas,
        spans: spans, proposal: proposal, proposalTo: proposalTo, wordings: wordings, nearMissOf: nearMissOf)
}

extension DemoCorpus {
    static let minimumWageRises = [
        DemoSpan("2016-11-15", "2017-02-28"), DemoSpan("2017-11-15", "2018-02-28"), DemoSpan("2018-11-15", "2019-02-28"),
        DemoSpan("2019-11-15", "2020-02-29"), DemoSpan("2022-06-10", "2022-09-30"), DemoSpan("2024-06-10", "2024-09-30"),
        DemoSpan("2025-11-15", "2026-03-31"),
    ]

    static let concerns: [DemoConcern] = [
        // MARK: Tiền lương, thu nhập, thưởng
        concern("luong-toi-thieu-vung-tang", "wages", "pleased", "fdi", .workplaces, minimumWageRises,
            proposal: "Đề nghị {so} tăng cường kiểm tra việc doanh nghiệp điều chỉnh tiền lương theo mức lương tối thiểu vùng mới.", to: "{so}", [
                "Đa số CNLĐ phấn khởi khi mức lương tối thiểu vùng mới được áp dụng; người lao động mong DN sớm điều chỉnh thang lương, bảng lương cho phù hợp.",
                "NLĐ tại các doanh nghiệp trên địa bàn vui mừng trước việc tăng lương tối thiểu vùng, cho rằng tuy mức tăng chưa nhiều nhưng phần nào bù đắp được giá cả sinh hoạt.",
                "Người lao động phấn khởi với quyết định điều chỉnh lương tối thiểu vùng của Chính phủ.",
                "Qua nắm bắt tại các CĐCS, công nhân đồng tình, phấn khởi vì lương tối thiểu vùng tăng; nhiều ý kiến mong doanh nghiệp áp dụng đúng thời điểm và công khai bảng lương mới.",
            ]),
        concern("luong-toi-thieu-cat-phu-cap", "wages", "worried", "private", .workplaces, minimumWageRises,
            proposal: "Đề nghị {so} kiểm tra, xử lý các doanh nghiệp cắt giảm phụ cấp để bù vào phần lương tối thiểu vùng tăng thêm.", to: "{so}",
            nearMissOf: "luong-toi-thieu-vung-tang", [
                "Một số công nhân lo ngại DN điều chỉnh lương tối thiểu vùng nhưng lại cắt giảm phụ cấp chuyên cần, tiền xăng xe để bù vào, thu nhập thực tế không tăng.",
                "NLĐ phản ánh sau khi tăng lương tối thiểu, một số doanh nghiệp gộp các khoản phụ cấp vào lương cơ bản nên tổng thu nhập gần như không thay đổi.",
                "Nhiều ý kiến băn khoăn việc doanh nghiệp lấy phụ cấp bù vào mức lương tối thiểu vùng mới; người lao động mong công đoàn giám sát.",
                "CNLĐ ở một số DN nhỏ lo chủ doanh nghiệp sẽ cắt bớt tiền hỗ trợ nhà trọ, đi lại khi lương tối thiểu vùng tăng.",
            ]),
        concern("thuong-tet", "wages", "interested", "fdi", .workplaces, yearly("11-01", "02-10"), [
            "CNLĐ quan tâm đến kế hoạch thưởng Tết của doanh nghiệp; nhiều ý kiến mong DN công bố sớm mức thưởng để người lao động chủ động sắp xếp việc về quê.",
            "Người lao động mong muốn doanh nghiệp sớm thông báo mức thưởng Tết và lịch nghỉ Tết.",
            "Gần cuối năm, công nhân bàn tán nhiều về tiền thưởng Tết; đa số mong mức thưởng ít nhất bằng năm trước và được trả trước kỳ nghỉ.",
            "NLĐ tại các DN FDI quan tâm chuyện thưởng tháng lương thứ 13, thưởng Tết Nguyên đán; lo DN ít đơn hàng sẽ giảm thưởng.",
        ]),
        concern("tin-don-khong-thuong-tet", "wages", "worried", "fdi", .workplaces, yearly("12-01", "02-05"), rumour: true,
            proposal: "Đề nghị công đoàn cơ sở phối hợp với doanh nghiệp sớm thông tin công khai kế hoạch thưởng Tết để ổn định tư tưởng người lao động.",
            to: "LĐLĐ tỉnh", nearMissOf: "thuong-tet", [
                "Trên một số nhóm Zalo của công nhân lan truyền thông tin doanh nghiệp sẽ không thưởng Tết, cắt tháng lương thứ 13; qua xác minh, CĐCS khẳng định DN vẫn giữ chế độ thưởng như năm trước.",
                "Xuất hiện tin đồn trên mạng xã hội về việc nhiều DN trong KCN không thưởng Tết năm nay, gây hoang mang cho công nhân; thông tin chưa được kiểm chứng.",
                "Công nhân chia sẻ tin nhắn cho rằng công ty cắt thưởng Tết; công đoàn đã làm việc với doanh nghiệp, thông tin này không đúng sự thật.",
            ]),
        concern("hung-phat-cham-luong", "wages", "frustrated", "fdi", .industrialZone, from("2023-03-01"), areas: ["bien-hoa", "trang-bom"],
            proposal: "Đề nghị {so} kiểm tra, yêu cầu Công ty TNHH Giày Hưng Phát trả lương đúng hạn theo quy định của Bộ luật Lao động.", to: "{so}", [
                "Công nhân Công ty TNHH Giày Hưng Phát (KCN Hố Nai) bức xúc vì tiền lương tháng bị trả chậm từ 10 đến 15 ngày, chia làm nhiều đợt.",
                "NLĐ Cty Giày Hưng Phát phản ánh DN chậm trả lương, ảnh hưởng đến việc trả tiền trọ, gửi tiền về quê.",
                "Tại Hưng Phát, lương tháng trước đến nay mới trả một nửa; công nhân lo lắng, có ý kiến muốn ngừng việc.",
                "CĐCS Công ty Giày Hưng Phát báo cáo người lao động không hài lòng vì lương trả trễ nhiều tháng liền.",
            ]),
        concern("cao-su-thu-nhap", "wages", "pleased", "state", .rubber, always, [
            "Tiền lương, thưởng của công nhân các công ty cao su ổn định, thu nhập bình quân tăng nhờ giá mủ khả quan; công nhân yên tâm gắn bó với vườn cây.",
            "Giá mủ cao su tăng, công nhân khai thác phấn khởi vì tiền lương khoán cao hơn năm trước.",
            "Người lao động ngành cao su hài lòng vì thu nhập ổn định, lương được trả đầy đủ, đúng hạn.",
        ]),
        concern("cai-cach-tien-luong", "wages", "agree", "civilServants", .publicService, from("2023-06-01"),
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam kiến nghị Chính phủ sớm ban hành hệ thống bảng lương mới theo vị trí việc làm.", to: "Tổng LĐLĐ Việt Nam", [
                "CCVC đồng tình với chủ trương cải cách tiền lương theo vị trí việc làm, mong lộ trình sớm được triển khai.",
                "Cán bộ, công chức, viên chức mong Chính phủ sớm ban hành bảng lương mới theo Nghị quyết 27-NQ/TW.",
                "Viên chức quan tâm việc xây dựng đề án vị trí việc làm, lo bảng lương mới không tăng nhiều so với hiện nay.",
            ]),
        concern("luong-co-so-2024", "wages", "pleased", "civilServants", .publicService, [DemoSpan("2024-06-10", "2024-09-30")],
            nearMissOf: "cai-cach-tien-luong", [
                "CCVC phấn khởi vì từ 1/7/2024 lương cơ sở tăng lên 2,34 triệu đồng/tháng, mức tăng 30%.",
                "Viên chức, người lao động khu vực công vui mừng khi lương cơ sở tăng, lương hưu cũng được điều chỉnh.",
                "Đa số công chức, viên chức đồng tình với việc tăng lương cơ sở, cho rằng phần nào giảm bớt khó khăn trong đời sống.",
            ]),

        // MARK: Việc làm
        concern("thue-doi-ung-don-hang", "jobs", "worried", "fdi", .workplaces, [DemoSpan("2025-04-05", "2026-06-30")],
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam có chính sách hỗ trợ đoàn viên, người lao động bị giảm giờ làm, chấm dứt HĐLĐ do doanh nghiệp bị cắt giảm đơn hàng.",
            to: "Tổng LĐLĐ Việt Nam", [
                "Một số DN FDI ngành dệt may, da giày, chế biến gỗ tại Đồng Nai bị cắt giảm đơn hàng do chính sách thuế đối ứng của Hoa Kỳ, phải giảm giờ làm, cho công nhân nghỉ luân phiên; NLĐ lo lắng về việc làm, thu nhập.",
                "CNLĐ băn khoăn trước việc Hoa Kỳ áp thuế đối ứng với hàng xuất khẩu của Việt Nam, lo doanh nghiệp mất đơn hàng, cắt giảm lao động.",
                "NLĐ ở các DN xuất khẩu sang Mỹ lo ngại thuế đối ứng làm giảm đơn hàng; một số nơi đã cắt tăng ca.",
                "Nhiều ý kiến lo lắng về việc làm những tháng tới vì đơn hàng xuất khẩu giảm sau khi Mỹ tăng thuế nhập khẩu.",
            ]),
        concern("thieu-don-hang-2023", "jobs", "worried", "private", .workplaces, [DemoSpan("2022-10-01", "2023-12-31")],
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục hỗ trợ đoàn viên, người lao động bị giảm giờ làm, mất việc làm.", to: "Tổng LĐLĐ Việt Nam",
            nearMissOf: "thue-doi-ung-don-hang", [
                "Nhiều DN dệt may, da giày, chế biến gỗ thiếu đơn hàng, cắt giảm giờ làm, cho công nhân nghỉ luân phiên hưởng 70% lương; thu nhập của NLĐ giảm mạnh.",
                "Công nhân lo lắng vì doanh nghiệp giảm ca, không còn tăng ca, thu nhập chỉ đủ trả tiền trọ và ăn uống.",
                "NLĐ phản ánh tình trạng DN ít việc, cho nghỉ chờ việc kéo dài; nhiều người đã nghỉ việc về quê.",
            ]),
        concern("lao-dong-tren-35-tuoi", "jobs", "worried", "private", .workplaces, from("2022-10-01"),
            proposal: "Đề nghị {so} mở các lớp đào tạo, chuyển đổi nghề miễn phí cho lao động trên 35 tuổi bị mất việc làm.", to: "{so}", [
                "Công nhân trên 35 tuổi lo lắng khi DN tái cơ cấu sản xuất, ưu tiên giữ lại lao động trẻ; nhiều người cho rằng nếu mất việc sẽ rất khó tìm việc mới.",
                "Lao động lớn tuổi, nhất là lao động nữ trên 35 tuổi, băn khoăn bị doanh nghiệp chấm dứt HĐLĐ hoặc không ký tiếp hợp đồng.",
                "NLĐ ngoài 35 tuổi đi xin việc thường bị từ chối; mong được đào tạo nghề mới, chuyển đổi việc làm.",
                "Nhiều CNLĐ trung niên lo sợ bị cắt giảm đầu tiên khi doanh nghiệp giảm đơn hàng.",
            ]),
        concern("hung-phat-tin-don-dong-cua", "jobs", "worried", "fdi", .industrialZone, from("2023-03-01"), areas: ["bien-hoa", "trang-bom"],
            rumour: true, proposal: "Đề nghị cơ quan chức năng xử lý nghiêm các tài khoản đăng tải thông tin sai sự thật gây hoang mang trong công nhân.",
            to: "Công an tỉnh", nearMissOf: "hung-phat-cham-luong", [
                "Trên mạng xã hội xuất hiện thông tin Công ty TNHH Giày Hưng Phát sắp đóng cửa, chuyển sản xuất ra nước ngoài, khiến công nhân hoang mang; DN khẳng định chỉ sắp xếp lại một bộ phận.",
                "Công nhân Hưng Phát chia sẻ tin nhắn nói công ty sắp giải thể; qua xác minh, thông tin không có cơ sở.",
                "Tin đồn Giày Hưng Phát phá sản lan truyền trong các nhóm Zalo, nhiều NLĐ xin nghỉ việc để rút BHXH.",
            ]),
        concern("dien-tu-don-hang-on-dinh", "jobs", "pleased", "fdi", .industrialZone, always, areas: ["bien-hoa", "long-thanh", "nhon-trach"], [
            "Đa số NLĐ phấn khởi vì nhiều DN điện tử, linh kiện tại KCN Amata, KCN Long Đức có đơn hàng ổn định, tuyển thêm lao động và tổ chức tăng ca.",
            "Công nhân các doanh nghiệp điện tử yên tâm vì có đơn hàng đến hết năm, thu nhập ổn định.",
            "NLĐ phấn khởi khi DN linh kiện điện tử tăng ca, thu nhập tháng tăng so với cùng kỳ.",
        ]),
        concern("phien-giao-dich-viec-lam", "jobs", "agree", "general", .anyUnit, always,
            proposal: "Đề nghị duy trì tổ chức phiên giao dịch việc làm lưu động tại các địa bàn có đông công nhân lao động.", to: "{so}", [
                "NLĐ đánh giá cao các phiên giao dịch việc làm do Trung tâm Dịch vụ việc làm Đồng Nai phối hợp với công đoàn tổ chức; mong được tổ chức thường xuyên hơn.",
                "Công nhân mất việc mong có thêm các phiên giao dịch việc làm lưu động gần khu nhà trọ.",
                "Nhiều lao động tìm được việc mới qua sàn giao dịch việc làm, đồng tình với cách làm của công đoàn và ngành lao động.",
            ]),
        concern("cao-su-thu-hoi-dat", "jobs", "worried", "state", .rubber, from("2018-01-01"),
            proposal: "Đề nghị UBND tỉnh chỉ đạo doanh nghiệp và chính quyền địa phương có phương án bố trí việc làm, đào tạo nghề cho công nhân khi thu hồi đất vườn cây.",
            to: "UBND tỉnh", nearMissOf: "cao-su-thu-nhap", [
                "Công nhân cao su tại các nông trường băn khoăn khi diện tích vườn cây bị thu hồi để làm KCN, lo không còn việc làm gần nhà.",
                "NLĐ ngành cao su mong có phương án bố trí việc làm, đào tạo nghề khi công ty bàn giao đất cho dự án.",
                "Nhiều công nhân khai thác mủ lo lắng khi vườn cây bị thanh lý sớm để chuyển đổi mục đích sử dụng đất.",
            ]),
        concern("san-bay-long-thanh", "jobs", "interested", "general", .territorial, from("2021-01-05"), areas: ["long-thanh", "nhon-trach"], [
            "Người dân và NLĐ quan tâm tiến độ dự án Cảng hàng không quốc tế Long Thành, mong có cơ hội việc làm khi sân bay đi vào hoạt động.",
            "Lao động địa phương mong được đào tạo nghề để làm việc tại sân bay Long Thành và các dịch vụ đi kèm.",
            "NLĐ phấn khởi vì dự án sân bay Long Thành tạo thêm việc làm cho lao động phổ thông trên địa bàn.",
        ]),

        // MARK: BHXH – BHYT – BHTN
        concern("no-dong-bhxh", "insurance", "frustrated", "private", .workplaces, always,
            proposal: "Đề nghị BHXH tỉnh phối hợp với các ngành chức năng thanh tra, chuyển hồ sơ xử lý hình sự đối với doanh nghiệp cố tình trốn đóng BHXH.",
            to: "BHXH tỉnh", [
                "Người lao động bức xúc vì DN trích tiền BHXH hằng tháng qua bảng lương nhưng không nộp cho cơ quan BHXH, đến khi nghỉ việc mới biết không được chốt sổ.",
                "CNLĐ phản ánh một số doanh nghiệp nợ đóng BHXH kéo dài, lao động nữ sinh con không được hưởng chế độ thai sản.",
                "Tình trạng chậm đóng, nợ bảo hiểm xã hội tại một số DN nhỏ vẫn xảy ra, ảnh hưởng quyền lợi của người lao động.",
                "NLĐ tra cứu quá trình đóng mới phát hiện công ty chưa đóng BHXH nhiều tháng dù vẫn trừ lương.",
            ]),
        concern("rut-bhxh-mot-lan", "insurance", "interested", "fdi", .workplaces, [DemoSpan("2015-01-01", "2024-06-30")],
            proposal: "Đề nghị BHXH tỉnh tăng cường đối thoại, tư vấn trực tiếp tại các khu nhà trọ công nhân về quyền lợi khi bảo lưu thời gian đóng BHXH.",
            to: "BHXH tỉnh", [
                "Một số công nhân vẫn có ý định nghỉ việc để rút BHXH một lần nhằm trả nợ, sửa nhà; CĐCS đã tuyên truyền về thiệt thòi khi rút một lần.",
                "NLĐ nghỉ việc có xu hướng làm hồ sơ hưởng BHXH một lần thay vì bảo lưu thời gian đóng.",
                "Nhiều công nhân trẻ muốn rút bảo hiểm xã hội một lần để có khoản tiền trước mắt, chưa quan tâm đến lương hưu sau này.",
            ]),
        concern("luat-bhxh-han-che-rut", "insurance", "worried", "fdi", .workplaces, [DemoSpan("2024-07-01", "2026-06-30")],
            proposal: "Đề nghị BHXH tỉnh tăng cường đối thoại, giải đáp quy định mới về hưởng BHXH một lần.", to: "BHXH tỉnh",
            nearMissOf: "rut-bhxh-mot-lan", [
                "Một số công nhân băn khoăn về quy định hạn chế rút BHXH một lần của Luật BHXH 2024, lo sau này mất việc không có tiền trang trải.",
                "NLĐ chưa hiểu rõ điều kiện rút BHXH một lần theo luật mới, có người định nghỉ việc ngay để rút trước khi luật có hiệu lực.",
                "Xuất hiện tâm lý lo lắng, rủ nhau nghỉ việc rút bảo hiểm xã hội một lần vì sợ luật mới không cho rút.",
                "CNLĐ quan tâm việc người tham gia BHXH từ 1/7/2025 không được rút một lần; đề nghị giải thích rõ quyền lợi khi bảo lưu.",
            ]),
        concern("luat-bhxh-15-nam", "insurance", "pleased", "general", .anyUnit, [DemoSpan("2025-03-01", "2026-06-30")],
            nearMissOf: "luat-bhxh-han-che-rut", [
                "Nhiều ý kiến phấn khởi trước quy định của Luật BHXH 2024 giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm.",
                "NLĐ lớn tuổi vui mừng vì từ 1/7/2025 chỉ cần đóng đủ 15 năm BHXH là được hưởng lương hưu.",
                "CNLĐ đồng tình với Luật Bảo hiểm xã hội mới, nhất là quy định đóng 15 năm được nhận lương hưu, giúp lao động vào nghề muộn có cơ hội hưởng hưu.",
            ]),
        concern("bhyt-cho-lau-thieu-thuoc", "insurance", "worried", "general", .anyUnit, always,
            proposal: "Đề nghị Sở Y tế chỉ đạo các cơ sở khám, chữa bệnh cải tiến thủ tục, bảo đảm đủ thuốc trong danh mục BHYT.", to: "Sở Y tế", [
                "NLĐ phản ánh thủ tục khám, chữa bệnh BHYT tại một số bệnh viện còn phải chờ lâu, có lúc thiếu thuốc trong danh mục BHYT, phải tự mua ngoài.",
                "Công nhân than phiền đi khám bằng thẻ BHYT phải xếp hàng chờ đợi lâu, mất nguyên ngày công.",
                "Người bệnh có thẻ bảo hiểm y tế than phiền tình trạng thiếu thuốc, vật tư y tế, phải mua thêm bên ngoài.",
                "Nhiều ý kiến không hài lòng vì khám BHYT mất cả buổi sáng mà thuốc cấp không đủ.",
            ]),

        // MARK: An toàn, giờ làm, bữa ăn
        concern("nang-nong-nha-xuong", "safety", "worried", "private", .workplaces, yearly("03-15", "05-31"),
            proposal: "Đề nghị các doanh nghiệp bổ sung thiết bị làm mát, nước uống giải nhiệt và bố trí thời gian nghỉ hợp lý trong những ngày nắng nóng.",
            to: "Ban Quản lý các KCN", [
                "Nắng nóng kéo dài, nhiệt độ trong các nhà xưởng mái tôn lên cao, công nhân mệt mỏi; NLĐ mong DN lắp thêm quạt hơi nước, bổ sung nước uống giải nhiệt.",
                "CNLĐ phản ánh nhiều xưởng may, xưởng gỗ rất nóng vào buổi trưa, một số người bị choáng, ngất khi đang làm việc.",
                "Người lao động lo lắng về sức khỏe khi làm việc trong điều kiện nắng nóng gay gắt; đề nghị DN điều chỉnh giờ làm, tăng thời gian nghỉ giữa ca.",
                "Một số ý kiến cho rằng DN chưa quan tâm chống nóng cho nhà xưởng; công đoàn cần giám sát việc thực hiện các biện pháp ATVSLĐ mùa nắng nóng.",
            ]),
        concern("bua-an-ca", "hours", "frustrated", "fdi", .workplaces, always, [
            "CNLĐ phản ánh chất lượng bữa ăn ca tại một số DN chưa tương xứng với giá trị suất ăn, thức ăn ít thịt, rau không tươi.",
            "Người lao động không hài lòng về bữa ăn giữa ca, đề nghị doanh nghiệp nâng giá trị suất ăn và công khai thực đơn.",
            "Nhiều ý kiến cho rằng suất ăn ca còn đơn điệu, nhà ăn nóng, chưa bảo đảm vệ sinh.",
            "Công nhân mong CĐCS giám sát chặt chẽ bếp ăn tập thể, nâng chất lượng bữa ăn ca.",
        ]),
        concern("hung-phat-bua-an", "hours", "frustrated", "fdi", .industrialZone, from("2023-03-01"), areas: ["bien-hoa", "trang-bom"],
            nearMissOf: "hung-phat-cham-luong", [
                "Công nhân Công ty TNHH Giày Hưng Phát phản ánh bữa ăn ca kém chất lượng, từ đầu năm suất ăn bị cắt bớt món mặn.",
                "NLĐ tại Giày Hưng Phát không hài lòng về nhà ăn chật, nóng và suất ăn ít.",
                "Bếp ăn Công ty Hưng Phát đổi nhà cung cấp, công nhân cho rằng chất lượng bữa ăn giảm rõ rệt.",
            ]),
        concern("tang-ca-qua-gio", "hours", "frustrated", "fdi", .workplaces, always,
            proposal: "Đề nghị {so} kiểm tra việc tổ chức làm thêm giờ tại các doanh nghiệp may mặc, da giày.", to: "{so}", [
                "NLĐ phản ánh một số DN yêu cầu làm thêm giờ quá quy định, làm cả Chủ nhật; công nhân mệt mỏi nhưng không dám từ chối.",
                "Công nhân ngành may cho biết vào mùa cao điểm phải tăng ca đến 21 giờ, tiền làm thêm giờ chưa được tính đúng.",
                "Nhiều CNLĐ lo ngại việc tăng ca liên tục ảnh hưởng sức khỏe, không có thời gian chăm sóc con cái.",
            ]),

        // MARK: Nhà ở, đời sống, giá cả
        concern("nha-tro-gia-dien-nuoc", "housing", "worried", "general", .industrialZone, always,
            proposal: "Đề nghị chính quyền địa phương kiểm tra việc thu tiền điện, nước tại các khu nhà trọ công nhân.", to: "UBND tỉnh", [
                "Chủ nhà trọ thu tiền điện, nước cao hơn giá quy định; công nhân thuê trọ bức xúc nhưng không biết phản ánh ở đâu.",
                "Giá thuê phòng trọ tăng làm chi phí sinh hoạt của công nhân tăng; NLĐ mong chính quyền vận động chủ nhà trọ giữ ổn định giá.",
                "CNLĐ ở trọ phản ánh phòng chật, xuống cấp, tiền điện bị tính 3.500–4.000 đồng/kWh.",
            ]),
        concern("nha-o-xa-hoi", "housing", "interested", "general", .workplaces, from("2023-04-01"),
            proposal: "Đề nghị UBND tỉnh đẩy nhanh tiến độ các dự án nhà ở xã hội gần các khu công nghiệp.", to: "UBND tỉnh", [
                "Công nhân quan tâm chương trình đầu tư xây dựng ít nhất 1 triệu căn nhà ở xã hội, mong thủ tục mua, thuê mua đơn giản và được vay vốn lãi suất thấp.",
                "NLĐ có thu nhập thấp mong sớm có nhà ở xã hội gần các KCN của Đồng Nai với giá phù hợp.",
                "Nhiều ý kiến cho rằng điều kiện vay gói tín dụng nhà ở xã hội còn khó tiếp cận với công nhân.",
                "Đoàn viên mong công đoàn giới thiệu các dự án nhà ở xã hội, thiết chế công đoàn cho công nhân thuê giá rẻ.",
            ]),
        concern("nha-tre-con-cong-nhan", "housing", "worried", "private", .workplaces, always, [
            "Lao động nữ có con nhỏ gặp khó khăn khi gửi trẻ vì các nhóm trẻ tư thục gần khu trọ thu phí cao, không bảo đảm an toàn.",
            "Công nhân mong địa phương và doanh nghiệp xây dựng nhà trẻ, trường mầm non nhận trẻ ngoài giờ cho con công nhân.",
            "NLĐ làm ca đêm không có nơi gửi con; đề nghị có chính sách hỗ trợ tiền gửi trẻ.",
        ]),
        concern("chi-phi-dau-nam-hoc", "prices", "worried", "general", .anyUnit, yearly("08-01", "09-30"), [
            "Đầu năm học mới, công nhân có con nhỏ lo lắng các khoản đóng góp, tiền sách vở, đồng phục tăng.",
            "NLĐ mong công đoàn tiếp tục trao học bổng, hỗ trợ sách vở cho con đoàn viên khó khăn dịp khai giảng.",
            "Nhiều ý kiến băn khoăn về chi phí đầu năm học và việc con công nhân nhập cư khó vào trường công lập gần nơi ở.",
        ]),
        concern("gia-xang-2022", "prices", "worried", "general", .anyUnit, [DemoSpan("2022-02-25", "2022-08-31")], [
            "Giá xăng dầu tăng liên tục do ảnh hưởng của xung đột Nga – Ukraine, chi phí đi lại của công nhân tăng.",
            "NLĐ lo giá xăng tăng kéo theo giá thực phẩm, tiền trọ tăng trong khi thu nhập không đổi.",
            "Công nhân mong doanh nghiệp hỗ trợ tiền xăng xe khi giá nhiên liệu tăng cao.",
        ]),
        concern("sot-xuat-huyet-khu-tro", "housing", "worried", "general", .industrialZone, yearly("06-15", "10-31"),
            proposal: "Đề nghị ngành y tế tổ chức phun hóa chất diệt muỗi, tuyên truyền phòng chống sốt xuất huyết tại các khu nhà trọ.", to: "Sở Y tế", [
                "Mùa mưa, dịch sốt xuất huyết gia tăng tại các khu nhà trọ đông công nhân; NLĐ mong ngành y tế tổ chức phun thuốc diệt muỗi.",
                "Công nhân lo lắng khi trong khu trọ có nhiều ca mắc sốt xuất huyết, nhất là trẻ nhỏ.",
                "NLĐ phản ánh vệ sinh môi trường quanh các dãy trọ kém, nước đọng nhiều, lo dịch sốt xuất huyết bùng phát.",
            ]),

        // MARK: Chính sách, pháp luật mới
        concern("nha-o-tien-thue-2022", "policy", "interested", "fdi", .workplaces, [DemoSpan("2022-04-01", "2022-09-30")],
            nearMissOf: "nha-tro-gia-dien-nuoc", [
                "Công nhân quan tâm chính sách hỗ trợ tiền thuê nhà theo Quyết định 08/2022/QĐ-TTg, mong thủ tục nhanh gọn.",
                "NLĐ phản ánh đến nay chưa nhận được tiền hỗ trợ thuê nhà do DN chậm lập danh sách.",
                "Người lao động phấn khởi khi nhận được hỗ trợ tiền thuê nhà 500.000 đồng/tháng.",
            ]),
        concern("mien-hoc-phi", "policy", "pleased", "general", .anyUnit, [DemoSpan("2025-03-01", "2025-10-31")],
            nearMissOf: "chi-phi-dau-nam-hoc", [
                "CNLĐ phấn khởi trước chủ trương miễn học phí cho học sinh từ mầm non đến hết THPT công lập từ năm học 2025–2026.",
                "Công nhân có con đi học vui mừng vì được miễn học phí, giảm bớt gánh nặng chi phí.",
                "Nhiều ý kiến đánh giá cao chính sách miễn học phí, mong mở rộng hỗ trợ cho học sinh trường tư thục.",
            ]),
        concern("luat-cong-doan-2024", "policy", "interested", "general", .anyUnit, [DemoSpan("2024-12-01", "2025-12-31")], [
            "Đoàn viên quan tâm các điểm mới của Luật Công đoàn 2024 có hiệu lực từ 1/7/2025, trong đó NLĐ nước ngoài được gia nhập công đoàn.",
            "CĐCS đề nghị tăng cường tập huấn Luật Công đoàn 2024 cho cán bộ công đoàn không chuyên trách.",
            "NLĐ mong luật mới bảo vệ tốt hơn cán bộ công đoàn cơ sở khi đại diện thương lượng với doanh nghiệp.",
        ]),
        concern("covid-vac-xin", "policy", "interested", "general", .anyUnit, [DemoSpan("2021-05-15", "2021-12-31")], [
            "NLĐ mong được tiêm vắc-xin phòng COVID-19 sớm để yên tâm đi làm.",
            "Công nhân tại các doanh nghiệp đồng tình với việc ưu tiên tiêm vắc-xin cho lao động trong KCN.",
            "Một số NLĐ băn khoăn về tác dụng phụ của vắc-xin vì đọc thông tin trên mạng.",
        ]),

        // MARK: Quan hệ lao động
        concern("covid-ba-tai-cho", "relations", "worried", "fdi", .workplaces, [DemoSpan("2021-07-05", "2021-10-15")],
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam hỗ trợ đoàn viên, người lao động bị tạm hoãn HĐLĐ, ngừng việc do dịch COVID-19.",
            to: "Tổng LĐLĐ Việt Nam", nearMissOf: "covid-vac-xin", [
                "Công nhân thực hiện “3 tại chỗ” thời gian dài mệt mỏi, lo lắng cho gia đình; điều kiện ăn ở tại nhà xưởng còn thiếu thốn.",
                "NLĐ bị tạm hoãn HĐLĐ do DN dừng sản xuất vì dịch COVID-19, không có thu nhập, mong sớm nhận hỗ trợ.",
                "Nhiều CNLĐ ở trọ trong khu vực phong tỏa thiếu lương thực, mong công đoàn hỗ trợ túi an sinh.",
            ]),
        concern("thoa-uoc-tap-the", "relations", "interested", "fdi", .workplaces, always, [
            "NLĐ mong CĐCS thương lượng để đưa thêm các điều khoản có lợi vào thỏa ước lao động tập thể như hỗ trợ nhà trọ, gửi trẻ.",
            "Đoàn viên đề nghị công đoàn công khai nội dung TƯLĐTT đã ký để người lao động biết và giám sát.",
            "Nhiều ý kiến cho rằng TƯLĐTT ở một số DN còn hình thức, chủ yếu chép lại quy định của pháp luật.",
        ]),

        // MARK: Sắp xếp bộ máy
        concern("tinh-gon-bo-may", "restructuring", "agree", "civilServants", .anyUnit, [DemoSpan("2024-12-01", "2025-12-31")], [
            "Đoàn viên, CCVC đồng tình với chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị, tin tưởng bộ máy sẽ hoạt động hiệu lực, hiệu quả hơn.",
            "Đa số ý kiến ủng hộ việc tinh gọn bộ máy, giảm đầu mối, coi đây là cuộc cách mạng về tổ chức bộ máy.",
            "CNVCLĐ tin tưởng chủ trương sắp xếp bộ máy của Trung ương, mong quá trình thực hiện bảo đảm quyền lợi của người chịu tác động.",
            "NLĐ quan tâm theo dõi việc sắp xếp tổ chức bộ máy, đồng tình với mục tiêu tinh gọn, giảm chi thường xuyên.",
        ]),
        concern("tinh-gian-ccvc-lo-viec", "restructuring", "worried", "civilServants", .publicService, [DemoSpan("2025-01-15", "2025-12-31")],
            proposal: "Đề nghị Sở Nội vụ sớm hướng dẫn chế độ, chính sách đối với cán bộ, công chức, viên chức và người lao động chịu tác động của việc sắp xếp.",
            to: "Sở Nội vụ", nearMissOf: "tinh-gon-bo-may", [
                "CCVC, người lao động hợp đồng tại các cơ quan, đơn vị sự nghiệp lo lắng về vị trí việc làm sau sắp xếp, chưa rõ chế độ khi nghỉ việc theo Nghị định 178/2024/NĐ-CP.",
                "Một bộ phận cán bộ, công chức băn khoăn chuyện ai ở, ai đi khi hợp nhất cơ quan; mong việc lựa chọn công khai, minh bạch.",
                "Nhân viên hợp đồng tại các trường học, trạm y tế lo bị cắt giảm khi sắp xếp đơn vị sự nghiệp công lập.",
                "Viên chức lớn tuổi băn khoăn có nên đăng ký nghỉ hưu trước tuổi theo chính sách mới hay không.",
            ]),
        concern("hop-nhat-tinh", "restructuring", "agree", "general", .anyUnit, [DemoSpan("2025-03-15", "2025-09-30")], [
            "Đoàn viên quan tâm đến việc hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, đồng tình với việc lấy tên tỉnh Đồng Nai và đặt trung tâm hành chính tại Biên Hòa.",
            "Người lao động đồng tình với chủ trương hợp nhất tỉnh, tin tưởng tỉnh mới có thêm dư địa phát triển công nghiệp, tạo nhiều việc làm.",
            "NLĐ mong việc hợp nhất tỉnh không làm gián đoạn việc giải quyết chế độ BHXH và các hồ sơ tranh chấp lao động đang thụ lý.",
        ]),
        concern("hop-nhat-tinh-di-lai", "restructuring", "worried", "civilServants", .units(["cd-vien-chuc-bp", "cd-vien-chuc", "cd-giao-duc-bp", "cd-y-te-bp"]),
            [DemoSpan("2025-04-15", "2025-12-31")],
            proposal: "Đề nghị UBND tỉnh có chính sách hỗ trợ nhà ở công vụ, phương tiện đi lại cho cán bộ, công chức chuyển nơi làm việc sau hợp nhất tỉnh.",
            to: "UBND tỉnh", nearMissOf: "hop-nhat-tinh", [
                "CCVC đang công tác ở Đồng Xoài lo lắng khi về làm việc tại trung tâm hành chính tỉnh mới ở Biên Hòa, quãng đường đi lại xa, chưa có chỗ ở.",
                "Một bộ phận viên chức tỉnh Bình Phước cũ băn khoăn về nhà công vụ, xe đưa đón khi chuyển về Biên Hòa làm việc.",
                "Cán bộ, công chức phải chuyển nơi làm việc sau hợp nhất tỉnh mong được hỗ trợ chi phí đi lại, thuê nhà ở.",
            ]),
        concern("hai-cap-thu-tuc-hanh-chinh", "restructuring", "interested", "general", .anyUnit, [DemoSpan("2025-07-01", "2026-03-31")],
            nearMissOf: "tinh-gon-bo-may", [
                "Sau khi vận hành chính quyền địa phương hai cấp, NLĐ phản ánh phải đi xa hơn để làm thủ tục tại Trung tâm phục vụ hành chính công của xã, phường mới.",
                "Người lao động băn khoăn có phải đổi địa chỉ trên căn cước, giấy chứng nhận quyền sử dụng đất, giấy khai sinh theo tên xã, phường mới hay không.",
                "Nhiều ý kiến cho rằng thủ tục hành chính ở cấp xã sau sắp xếp cơ bản thông suốt, nhưng còn lúng túng khi giải quyết hồ sơ chuyển tiếp.",
                "CNLĐ mong chính quyền xã, phường mới hướng dẫn rõ thủ tục đăng ký tạm trú cho công nhân ở trọ.",
            ]),
        concern("hai-cap-cong-chuc-xa", "restructuring", "worried", "civilServants", .communeUnion, [DemoSpan("2025-07-01", "2026-06-30")],
            proposal: "Đề nghị Sở Nội vụ rà soát, bố trí đủ biên chế và có chế độ hỗ trợ đi lại cho công chức cấp xã.", to: "Sở Nội vụ",
            nearMissOf: "hai-cap-thu-tuc-hanh-chinh", [
                "Cán bộ, công chức cấp xã sau sắp xếp khối lượng công việc tăng nhiều, phải làm thêm ngoài giờ, đi lại xa do trụ sở mới cách nhà hàng chục cây số.",
                "CCVC tại các xã mới thành lập phản ánh áp lực công việc lớn, chưa quen phần mềm, quy trình mới.",
                "Nhiều công chức xã băn khoăn chế độ phụ cấp, hỗ trợ đi lại khi trụ sở làm việc chuyển về trung tâm xã mới.",
            ]),

        // MARK: Hoạt động công đoàn
        concern("chuyen-xe-cong-doan", "unionWork", "interested", "general", .anyUnit, yearly("11-15", "01-31"),
            proposal: "Đề nghị LĐLĐ tỉnh tăng số vé xe hỗ trợ công nhân về quê đón Tết.", to: "LĐLĐ tỉnh", [
                "Công nhân xa quê quan tâm đến chương trình “Chuyến xe Công đoàn”, mong được hỗ trợ vé xe về quê đón Tết vì giá vé dịp cao điểm tăng cao.",
                "Nhiều NLĐ đăng ký tham gia chương trình đưa công nhân về quê ăn Tết; mong số lượng vé hỗ trợ nhiều hơn năm trước.",
                "Đoàn viên quê ở các tỉnh miền Bắc, miền Trung lo giá vé xe, vé tàu dịp Tết tăng, đề nghị công đoàn tổ chức xe đưa đón.",
                "Người lao động phấn khởi khi được đăng ký “Chuyến xe Công đoàn” về quê đón Tết miễn phí.",
            ]),
        concern("tet-sum-vay", "unionWork", "pleased", "general", .anyUnit, yearly("12-15", "02-20"), nearMissOf: "chuyen-xe-cong-doan", [
            "Đoàn viên phấn khởi với các hoạt động “Tết Sum vầy”, chợ Tết Công đoàn, trao quà cho công nhân khó khăn không có điều kiện về quê.",
            "CNLĐ đánh giá cao việc công đoàn các cấp thăm hỏi, tặng quà Tết cho đoàn viên có hoàn cảnh khó khăn.",
            "Nhiều ý kiến mong chương trình chăm lo Tết mở rộng đến cả lao động ở DN chưa có tổ chức công đoàn.",
        ]),
        concern("thang-cong-nhan", "unionWork", "pleased", "general", .anyUnit, yearly("04-20", "05-31"), [
            "Đoàn viên phấn khởi với các hoạt động trong Tháng Công nhân do LĐLĐ tỉnh Đồng Nai tổ chức như khám sức khỏe miễn phí, Phiên chợ Công nhân, các giải thể thao.",
            "Người lao động đánh giá cao các chương trình Tháng Công nhân; mong công đoàn duy trì các phiên chợ bán hàng giảm giá cho công nhân.",
            "CNLĐ đồng tình với chủ đề Tháng Công nhân năm nay, mong các hoạt động được tổ chức ngoài giờ làm để nhiều người tham gia.",
        ]),
        concern("cdcs-sau-sap-xep", "unionWork", "interested", "general", .communeUnion, [DemoSpan("2025-07-01", "2026-03-31")],
            proposal: "Đề nghị LĐLĐ tỉnh sớm tập huấn nghiệp vụ cho cán bộ công đoàn xã, phường và công đoàn cơ sở sau sắp xếp.", to: "LĐLĐ tỉnh", [
                "Sau sắp xếp, hoạt động của các CĐCS cơ bản ổn định; đoàn viên mong sớm kiện toàn ban chấp hành để việc chăm lo không bị gián đoạn.",
                "CĐCS trên địa bàn mới băn khoăn về đầu mối hướng dẫn nghiệp vụ, thu nộp kinh phí công đoàn sau khi LĐLĐ huyện kết thúc hoạt động.",
                "Cán bộ công đoàn cơ sở mong công đoàn xã, phường sớm tổ chức tập huấn, bàn giao hồ sơ đoàn viên đầy đủ.",
            ]),

        // MARK: Ngành giáo dục, y tế
        concern("giao-vien-ho-so-so-sach", "other", "worried", "civilServants", .units(["cd-giao-duc", "cd-giao-duc-bp"]), always, [
            "Giáo viên phản ánh áp lực hồ sơ, sổ sách, các cuộc thi, phong trào; mong giảm thủ tục giấy tờ để tập trung chuyên môn.",
            "Nhà giáo cho rằng khối lượng sổ sách, báo cáo, hồ sơ minh chứng quá nhiều, ảnh hưởng thời gian soạn giảng.",
            "Đoàn viên ngành giáo dục mong cắt giảm các loại hồ sơ, báo cáo không cần thiết.",
        ]),
        concern("giao-vien-bi-xuc-pham", "other", "frustrated", "civilServants", .units(["cd-giao-duc", "cd-giao-duc-bp"]), from("2019-01-01"),
            nearMissOf: "giao-vien-ho-so-so-sach", [
                "Giáo viên bức xúc khi bị phụ huynh xúc phạm, quay clip đăng lên mạng xã hội; mong có quy định bảo vệ danh dự nhà giáo.",
                "Đoàn viên ngành giáo dục lo ngại tình trạng phụ huynh vào trường hành hung giáo viên.",
                "CĐCS trường học phản ánh giáo viên e ngại khi xử lý vi phạm của học sinh vì sợ bị đưa lên mạng.",
            ]),
        concern("y-te-thu-nhap-thap", "wages", "worried", "civilServants", .units(["cd-y-te", "cd-y-te-bp"]), from("2022-01-01"), [
            "Viên chức y tế tuyến cơ sở thu nhập thấp, áp lực công việc cao; một số bác sĩ, điều dưỡng xin nghỉ chuyển sang khu vực tư nhân.",
            "NLĐ ngành y tế mong sớm được điều chỉnh phụ cấp ưu đãi nghề, chế độ trực.",
            "Đoàn viên ngành y băn khoăn vì tiền trực, phụ cấp chậm chi trả trong khi khối lượng công việc tăng.",
        ]),

        // MARK: Thời sự
        concern("a80-dieu-binh", "domesticNews", "pleased", "general", .anyUnit, [DemoSpan("2025-08-15", "2025-09-30")], [
            "Đoàn viên, NLĐ phấn khởi, tự hào theo dõi Lễ diễu binh, diễu hành kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
            "Công nhân xúc động khi xem truyền hình trực tiếp lễ kỷ niệm 80 năm Quốc khánh, tin tưởng vào sự phát triển của đất nước.",
            "CNVCLĐ tự hào trước hình ảnh các khối diễu binh dịp 2/9, lan tỏa tinh thần yêu nước trong công nhân.",
        ]),
        concern("qua-quoc-khanh-100k", "domesticNews", "pleased", "general", .anyUnit, [DemoSpan("2025-08-25", "2025-09-30")],
            nearMissOf: "a80-dieu-binh", [
                "Người lao động phấn khởi khi được nhận quà 100.000 đồng của Nhà nước nhân dịp kỷ niệm 80 năm Quốc khánh.",
                "Công nhân ở trọ băn khoăn việc nhận quà Quốc khánh ở nơi tạm trú hay phải về quê nhận.",
                "Nhiều ý kiến đồng tình với chủ trương tặng quà toàn dân dịp 2/9, nhận qua VNeID thuận tiện.",
            ]),
        concern("dai-hoi-dang-xiv", "domesticNews", "pleased", "general", .anyUnit, [DemoSpan("2025-12-15", "2026-03-31")], [
            "Đoàn viên, NLĐ quan tâm theo dõi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, tin tưởng vào đường lối phát triển đất nước trong giai đoạn mới.",
            "CNVCLĐ phấn khởi trước thành công của Đại hội XIV, mong các chủ trương lớn về phát triển kinh tế, nâng cao đời sống NLĐ sớm đi vào cuộc sống.",
            "Cán bộ, đoàn viên tin tưởng Ban Chấp hành Trung ương khóa XIV tiếp tục đẩy mạnh phòng, chống tham nhũng, lãng phí.",
        ]),
        concern("bau-cu-2026", "domesticNews", "interested", "general", .anyUnit, [DemoSpan("2026-01-15", "2026-04-15")], [
            "NLĐ quan tâm cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; công nhân ở trọ băn khoăn thủ tục bỏ phiếu tại nơi tạm trú.",
            "Đoàn viên phấn khởi tham gia ngày bầu cử 15/3/2026, mong đại biểu được bầu quan tâm chính sách cho công nhân.",
            "Nhiều công nhân chưa rõ được bầu cử ở nơi đăng ký tạm trú hay phải về quê; đề nghị hướng dẫn cụ thể.",
        ]),
        concern("bao-yagi", "domesticNews", "agree", "general", .anyUnit, [DemoSpan("2024-09-08", "2024-11-15")], [
            "CNVCLĐ đồng lòng quyên góp ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 (Yagi).",
            "Đoàn viên xúc động trước thiệt hại do bão Yagi, tích cực ủng hộ ít nhất một ngày lương.",
            "Công nhân quê ở các tỉnh phía Bắc lo lắng cho gia đình sau bão lũ, mong được nghỉ phép về quê.",
        ]),

        // MARK: An ninh trật tự, thông tin xấu độc
        concern("lua-dao-qua-mang", "security", "worried", "general", .anyUnit, from("2019-01-01"),
            proposal: "Đề nghị Công an tỉnh phối hợp tuyên truyền nhận diện các thủ đoạn lừa đảo trên không gian mạng tại các khu nhà trọ.",
            to: "Công an tỉnh", [
                "Nổi lên tình trạng lừa đảo qua mạng nhắm vào công nhân trên địa bàn tỉnh Đồng Nai như giả danh công an gọi điện, tuyển cộng tác viên làm việc online; một số NLĐ đã bị mất tiền.",
                "Công nhân phản ánh nhận được cuộc gọi giả danh cơ quan BHXH yêu cầu cài ứng dụng lạ để nhận trợ cấp.",
                "Nhiều đoàn viên bị mời chào “việc nhẹ lương cao” trên Facebook, Zalo; CĐCS đã cảnh báo nhưng vẫn có người sập bẫy.",
                "NLĐ mong công an và công đoàn tăng cường tuyên truyền các thủ đoạn lừa đảo trên không gian mạng.",
            ]),
        concern("tin-dung-den", "security", "worried", "private", .workplaces, always,
            proposal: "Đề nghị mở rộng nguồn vốn vay ưu đãi từ Quỹ Trợ vốn công nhân lao động nghèo.", to: "LĐLĐ tỉnh",
            nearMissOf: "lua-dao-qua-mang", [
                "Tình trạng tín dụng đen, cho vay qua ứng dụng tiếp cận công nhân; nhiều người vay với lãi suất cao, bị đòi nợ, khủng bố qua điện thoại.",
                "CNLĐ khó khăn tài chính tìm đến các app vay tiền nhanh, bị tính phí, lãi cắt cổ.",
                "Một số công nhân bị đối tượng cho vay nặng lãi dán tờ rơi, đến tận khu trọ đòi nợ.",
            ]),
        concern("an-toan-giao-thong-tan-ca", "security", "worried", "general", .industrialZone, always,
            proposal: "Đề nghị bố trí lực lượng điều tiết giao thông tại cổng các khu công nghiệp giờ tan ca.", to: "Công an tỉnh", [
                "Giờ tan ca, các tuyến đường quanh các KCN ở Đồng Nai thường xuyên ùn tắc, nhiều vụ va quẹt; NLĐ đề nghị bố trí lực lượng điều tiết giao thông.",
                "Công nhân lo ngại tai nạn giao thông trên đường đi làm về, nhất là ca đêm, đường thiếu đèn chiếu sáng.",
                "NLĐ kiến nghị DN bố trí giờ tan ca lệch nhau để giảm ùn tắc tại cổng KCN.",
            ]),
        concern("xuyen-tac-cong-doan", "hostileInfo", "opposed", "general", .anyUnit, always, [
            "Trên mạng xã hội xuất hiện bài viết xuyên tạc vai trò của tổ chức Công đoàn, kích động thành lập “công đoàn độc lập”; đoàn viên không chia sẻ, bình luận.",
            "Một số trang Facebook đăng tải thông tin sai lệch, cho rằng công đoàn chỉ thu đoàn phí mà không bảo vệ NLĐ; CĐCS đã kịp thời thông tin phản bác.",
            "Phát hiện tài khoản mạng xã hội lợi dụng vụ tranh chấp lao động để xuyên tạc, kích động công nhân ngừng việc; đoàn viên đồng tình phản bác.",
        ]),
    ]
}

extension DemoCorpus {
    /// When a unit's monthly summary (`reportSummaries`, by index) can be written: those that speak
    /// of a dated event or season; the rest are timeless.
    static let summarySpans: [Int: [DemoSpan]] = [
        0: minimumWageRises, 1: yearly("11-01", "02-10"), 2: [DemoSpan("2024-12-01", "2025-12-31")], 3: from("2019-01-01"),
        7: yearly("04-20", "05-31"), 8: from("2023-06-01"), 10: [DemoSpan("2024-12-01", "2025-12-31")],
        12: [DemoSpan("2025-07-01", "2026-06-30")], 13: yearly("03-15", "05-31"), 14: [DemoSpan("2022-10-01", "2023-12-31")],
        20: [DemoSpan("2025-03-01", "2025-10-31")], 21: yearly("11-15", "01-31"), 22: yearly("06-15", "10-31"),
        25: [DemoSpan("2025-07-01", "2026-03-31")], 27: [DemoSpan("2025-04-05", "2026-06-30")], 28: from("2023-04-01"),
    ]

    /// The department in charge of labour on a day: the Sở Lao động – Thương binh và Xã hội merged
    /// into the Sở Nội vụ on 1 March 2025.
    static func labourDepartment(on day: Day) -> String {
        day < Day(year: 2025, month: 3, day: 1)! ? "Sở Lao động – Thương binh và Xã hội" : "Sở Nội vụ"
    }

    /// The provincial Party committee's board the federation reports to: the propaganda and the
    /// mass-mobilisation boards merged in February 2025.
    static func partyBoard(on day: Day) -> String {
        day < Day(year: 2025, month: 2, day: 15)! ? "Ban Tuyên giáo Tỉnh ủy" : "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    }
}
