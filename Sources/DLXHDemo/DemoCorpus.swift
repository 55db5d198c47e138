// Dữ liệu văn bản tĩnh (tiếng Việt) cho bộ sinh kho dữ liệu mẫu của dlxh.
// Toàn bộ đơn vị, doanh nghiệp, người, số điện thoại và địa chỉ thư điện tử đều là hư cấu.
// Các trường của điểm nóng không chứa ngày tháng, năm: bộ sinh dữ liệu tự gán thời gian; {donvi}
// là tên đơn vị báo cáo vụ việc, {gio} giờ vụ việc bắt đầu, {so} cơ quan quản lý lao động lúc ấy.

struct DemoHotSpotSeed: Sendable {
    let kind: String
    let title: String
    let enterprise: String
    let ownership: String
    let industry: String
    /// Nơi xảy ra, không kèm xã, huyện: bộ sinh dữ liệu ghép địa danh đúng với thời điểm
    /// (huyện trước 01/7/2025, xã, phường sau đó).
    let site: String
    /// Huyện cũ (khóa của `DemoRoster.districts`) nơi xảy ra: chỉ đơn vị của địa bàn đó báo cáo.
    let area: String
    /// Ai báo cáo: "zone" (công đoàn KCN hoặc đơn vị địa bàn), "local" (đơn vị địa bàn),
    /// "transport" (công đoàn ngành giao thông, xây dựng), "rubber" (Công đoàn Cao su).
    let reporter: String
    /// Ngày sớm nhất vụ việc có thể xảy ra (chi tiết chỉ có từ khi ấy); nil: bất kỳ lúc nào.
    let validFrom: String?
    let hasGrassrootsUnion: Bool
    let workforce: Int
    let workersInvolved: Int
    let causes: String
    let demands: String
    let arrears: String
    let unionActions: String
    /// Kiến nghị của đơn vị trong báo cáo nhanh gửi kèm (mục VI của báo cáo tổng hợp), gửi tới
    /// cơ quan có thẩm quyền; rỗng khi báo cáo nhanh không kiến nghị gì. Khác với `unionActions`
    /// (việc công đoàn đã làm), không phải kiến nghị.
    let proposal: String
    let proposalTo: String
    let updates: [String]
    let result: String
}

enum DemoCorpus {
    static let province: String = "Đồng Nai"

    // MARK: - Tóm tắt báo cáo tháng của đơn vị

    static let reportSummaries: [String] = [
        "Tình hình tư tưởng đoàn viên, CNVCLĐ trong tháng cơ bản ổn định; đa số phấn khởi trước việc tăng lương tối thiểu vùng, một số ý kiến lo lắng về việc làm do doanh nghiệp giảm đơn hàng.",
        "Trong tháng không phát sinh điểm nóng; quan hệ lao động tại các doanh nghiệp cơ bản hài hòa, ổn định. Người lao động quan tâm đến kế hoạch thưởng Tết và lịch nghỉ Tết.",
        "Đoàn viên, CCVC đồng tình với chủ trương sắp xếp tổ chức bộ máy; một bộ phận còn băn khoăn về vị trí việc làm, chế độ chính sách sau sắp xếp.",
        "Nổi lên tình trạng lừa đảo qua mạng nhắm vào công nhân; đơn vị đã phối hợp với công an cấp xã tuyên truyền, cảnh báo tại các khu nhà trọ.",
        "Phát sinh 01 vụ ngừng việc tập thể tại doanh nghiệp FDI, đã được giải quyết ổn định trong ngày. Người lao động tiếp tục kiến nghị về chất lượng bữa ăn ca và giờ tăng ca.",
        "Người lao động bức xúc về tình trạng một số doanh nghiệp chậm đóng, nợ đóng BHXH; đơn vị kiến nghị cơ quan BHXH và các ngành chức năng có biện pháp xử lý dứt điểm.",
        "Thu nhập của người lao động giảm do doanh nghiệp cắt giảm giờ tăng ca; đời sống công nhân thuê trọ còn nhiều khó khăn, nhất là lao động nữ nuôi con nhỏ.",
        "Đoàn viên phấn khởi với các hoạt động chăm lo trong Tháng Công nhân; nhiều ý kiến mong muốn công đoàn duy trì các chương trình phúc lợi cho đoàn viên.",
        "Tình hình dư luận trong đơn vị ổn định; CCVC quan tâm đến chính sách tiền lương mới và lộ trình cải cách tiền lương theo vị trí việc làm.",
        "Xuất hiện thông tin sai sự thật trên mạng xã hội về việc một doanh nghiệp đóng cửa; đơn vị đã xác minh, phối hợp với doanh nghiệp thông tin chính thức để ổn định tư tưởng người lao động.",
        "Đa số CNLĐ quan tâm các quy định mới của Luật BHXH 2024 và Luật Công đoàn 2024; một số ý kiến đề nghị tăng cường tuyên truyền, giải đáp trực tiếp tại doanh nghiệp.",
        "Trong tháng, đơn vị phối hợp tổ chức 12 cuộc đối thoại tại doanh nghiệp; kiến nghị của người lao động chủ yếu về tiền lương, phụ cấp đi lại, nhà trọ và chất lượng bữa ăn ca.",
        "Không phát sinh vụ việc phức tạp; đoàn viên, người lao động tin tưởng vào sự lãnh đạo của cấp ủy, chính quyền trong vận hành chính quyền địa phương hai cấp.",
        "Nắng nóng kéo dài ảnh hưởng đến sức khỏe công nhân làm việc trong nhà xưởng mái tôn; đơn vị đã kiến nghị doanh nghiệp bổ sung thiết bị làm mát, nước uống.",
        "Việc làm tại các doanh nghiệp chế biến gỗ, dệt may chưa phục hồi, một số doanh nghiệp cho công nhân nghỉ luân phiên; người lao động lo lắng về thu nhập những tháng tới.",
        "Dư luận quan tâm vụ tai nạn lao động nghiêm trọng tại một doanh nghiệp thuộc đơn vị quản lý; đơn vị đã thăm hỏi, hỗ trợ gia đình nạn nhân và đề nghị tăng cường kiểm tra an toàn, vệ sinh lao động.",
        "Người lao động phấn khởi vì nhiều doanh nghiệp có đơn hàng ổn định, tuyển dụng thêm lao động; quan hệ lao động hài hoà, không phát sinh tranh chấp.",
        "Giá thuê phòng trọ, giá điện, nước tăng làm chi phí sinh hoạt của công nhân tăng; nhiều ý kiến mong muốn chính quyền vận động chủ nhà trọ giữ ổn định giá.",
        "Đơn vị phát hiện và báo cáo 02 bài viết xuyên tạc về tổ chức Công đoàn trên mạng xã hội; đoàn viên không chia sẻ, bình luận, đồng tình phản bác các quan điểm sai trái.",
        "Tình trạng nợ lương tại một doanh nghiệp kéo dài khiến người lao động tiếp tục bức xúc; đơn vị đã báo cáo nhanh và phối hợp với chính quyền theo dõi, giải quyết.",
        "CCVC và người lao động đồng tình với chủ trương miễn học phí, tăng cường chăm sóc sức khỏe Nhân dân; mong muốn chính sách sớm đi vào cuộc sống.",
        "Đoàn viên quan tâm đến chương trình “Tết Sum vầy”, “Chuyến xe Công đoàn”; đơn vị đã tổng hợp nhu cầu vé xe về quê của công nhân để đề xuất LĐLĐ tỉnh hỗ trợ.",
        "Tư tưởng đoàn viên ổn định; một số ý kiến lo lắng về thời tiết cực đoan, dịch sốt xuất huyết tại các khu dân cư đông công nhân.",
        "Báo cáo nêu tình trạng tín dụng đen, cho vay qua ứng dụng tiếp cận công nhân; đơn vị đề nghị mở rộng nguồn vốn vay ưu đãi từ Quỹ Trợ vốn công nhân lao động nghèo.",
        "Người lao động tại các doanh nghiệp nhà nước có việc làm, thu nhập ổn định; tiền lương, thưởng được chi trả đầy đủ, đúng hạn.",
        "Sau sắp xếp, hoạt động của các công đoàn cơ sở cơ bản duy trì ổn định; đoàn viên mong muốn sớm kiện toàn ban chấp hành để việc chăm lo không bị gián đoạn.",
        "Trong tháng ghi nhận 03 luồng ý kiến chủ yếu: tiền lương và thưởng, việc làm, an toàn giao thông trên đường đi làm; không có tin đồn gây ảnh hưởng lớn.",
        "Đoàn viên lo lắng trước tác động của chính sách thuế đối ứng đến đơn hàng xuất khẩu; đơn vị kiến nghị Tổng LĐLĐ Việt Nam tiếp tục hỗ trợ đoàn viên bị giảm giờ làm.",
        "Các ý kiến tại hội nghị giao ban dư luận xã hội tập trung vào nhà ở xã hội, nhà trẻ cho con công nhân và giảm ùn tắc giao thông giờ tan ca.",
        "Tình hình an ninh trật tự tại các khu nhà trọ cơ bản ổn định, tuy nhiên còn xảy ra trộm cắp tài sản; người lao động đề nghị tăng cường tuần tra vào ban đêm.",
    ]

    // MARK: - Điểm nóng

    static let hotSpots: [DemoHotSpotSeed] = [
        // workStoppage
        DemoHotSpotSeed(
            kind: "workStoppage",
            title: "Ngừng việc tập thể tại Công ty TNHH Giày Hưng Phát",
            enterprise: "Công ty TNHH Giày Hưng Phát",
            ownership: "FDI (Đài Loan)",
            industry: "Da giày",
            site: "KCN Hố Nai",
            area: "trang-bom",
            reporter: "zone",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 4850,
            workersInvolved: 1272,
            causes: "Doanh nghiệp chỉ trả 50% tiền lương tháng trước, thông báo chưa xác định thời điểm trả phần còn lại do khó khăn tài chính; đồng thời nợ đóng BHXH nhiều tháng khiến người lao động không được giải quyết chế độ.",
            demands: "Trả ngay 50% tiền lương còn nợ; cam kết thời hạn trả lương các tháng tiếp theo; đóng đủ BHXH để người lao động được hưởng chế độ ốm đau, thai sản.",
            arrears: "Nợ 50% lương tháng trước khoảng 9 tỷ đồng; nợ BHXH khoảng 13 tỷ đồng",
            unionActions: "Công đoàn cơ sở báo cáo nhanh qua điện thoại; {donvi} phối hợp với chính quyền, công an xã có mặt tại doanh nghiệp, vận động công nhân giữ trật tự, hướng dẫn cử đại diện đối thoại; báo cáo nhanh về LĐLĐ tỉnh.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo {so}, BHXH tỉnh làm việc với Công ty TNHH Giày Hưng Phát, yêu cầu doanh nghiệp trả đủ tiền lương còn nợ, có lộ trình đóng BHXH để người lao động được giải quyết chế độ ốm đau, thai sản.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Khoảng {gio}, 1.272 công nhân các bộ phận may mũ, gò ráp ngừng việc, tập trung tại sân nhà máy đòi trả 50% lương còn nợ; công đoàn cơ sở báo cáo nhanh qua điện thoại.",
                "Đã làm việc với đại diện doanh nghiệp; người đại diện theo pháp luật vắng mặt, chỉ có trưởng phòng nhân sự tiếp đoàn. Đã lập biên bản làm việc, yêu cầu doanh nghiệp báo cáo phương án trả lương.",
                "Tối cùng ngày, doanh nghiệp chuyển khoản trả đủ phần lương còn nợ cho người lao động.",
                "Ngày hôm sau, một bộ phận công nhân chưa trở lại làm việc do lo ngại tiếp tục bị nợ lương; đơn vị tiếp tục theo dõi, vận động.",
                "Sau 4 ngày, sản xuất vẫn ngưng một phần; đã gửi báo cáo bằng văn bản về LĐLĐ tỉnh và đề nghị BHXH tỉnh làm việc với doanh nghiệp về khoản nợ BHXH.",
            ],
            result: "Tiền lương còn nợ đã được trả đủ; doanh nghiệp cam kết lộ trình trả nợ BHXH; sản xuất phục hồi từng phần, tiếp tục theo dõi."
        ),
        DemoHotSpotSeed(
            kind: "workStoppage",
            title: "Ngừng việc tập thể tại Công ty TNHH Điện tử Sunwoo Vina",
            enterprise: "Công ty TNHH Điện tử Sunwoo Vina",
            ownership: "FDI (Hàn Quốc)",
            industry: "Điện tử",
            site: "KCN Amata",
            area: "bien-hoa",
            reporter: "zone",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 2300,
            workersInvolved: 640,
            causes: "Doanh nghiệp thay đổi cách tính phụ cấp chuyên cần và giảm giá trị bữa ăn ca mà không lấy ý kiến công đoàn cơ sở, người lao động; công nhân bất bình với cách ứng xử của một số quản lý người nước ngoài.",
            demands: "Giữ nguyên phụ cấp chuyên cần như trước; nâng chất lượng bữa ăn ca; chấn chỉnh thái độ của cán bộ quản lý đối với công nhân.",
            arrears: "",
            unionActions: "{donvi} phối hợp với Ban Quản lý các KCN, công an phường có mặt tại doanh nghiệp; hướng dẫn người lao động cử đại diện đối thoại; đề nghị doanh nghiệp tạm dừng áp dụng quy chế mới.",
            proposal: "Đề nghị Ban Quản lý các KCN tỉnh nhắc nhở doanh nghiệp lấy ý kiến công đoàn cơ sở, người lao động trước khi thay đổi quy chế tiền lương, phụ cấp; chấn chỉnh thái độ của cán bộ quản lý người nước ngoài đối với công nhân.",
            proposalTo: "Ban Quản lý các KCN tỉnh",
            updates: [
                "Khoảng {gio}, 640 công nhân ca sáng không vào xưởng, tập trung tại nhà xe; công đoàn cơ sở báo cáo nhanh về {donvi}.",
                "Đã làm việc với Tổng Giám đốc và Ban Chấp hành công đoàn cơ sở; doanh nghiệp đồng ý tổ chức đối thoại với 15 đại diện công nhân.",
                "Sau đối thoại, doanh nghiệp rút lại quy chế tính phụ cấp chuyên cần mới, cam kết tăng giá trị bữa ăn ca.",
                "Công nhân trở lại làm việc từ ca chiều; đã gửi báo cáo bằng văn bản về LĐLĐ tỉnh.",
            ],
            result: "Doanh nghiệp giữ nguyên phụ cấp chuyên cần, tăng giá trị bữa ăn ca thêm 3.000 đồng mỗi suất; sản xuất trở lại bình thường, quan hệ lao động ổn định."
        ),
        // wageArrears
        DemoHotSpotSeed(
            kind: "wageArrears",
            title: "Nợ lương kéo dài tại Công ty CP Chế biến gỗ Phước Tài",
            enterprise: "Công ty CP Chế biến gỗ Phước Tài",
            ownership: "Ngoài nhà nước",
            industry: "Chế biến gỗ",
            site: "KCN Định Quán",
            area: "dinh-quan",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 620,
            workersInvolved: 620,
            causes: "Doanh nghiệp mất đơn hàng xuất khẩu, dòng tiền khó khăn, chậm trả lương hai tháng liên tiếp và ngừng đóng BHXH.",
            demands: "Trả đủ tiền lương còn nợ theo lộ trình cụ thể; chốt sổ BHXH cho người lao động đã nghỉ việc để hưởng trợ cấp thất nghiệp.",
            arrears: "Nợ lương 2 tháng khoảng 7,8 tỷ đồng; nợ BHXH 6 tháng khoảng 4,2 tỷ đồng",
            unionActions: "{donvi} làm việc với doanh nghiệp, đề nghị ưu tiên nguồn tiền trả lương; phối hợp với chính quyền xã nắm tình hình, vận động người lao động không tụ tập đông người; báo cáo nhanh về LĐLĐ tỉnh.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo các sở, ngành làm việc với Công ty CP Chế biến gỗ Phước Tài, yêu cầu doanh nghiệp có lộ trình cụ thể trả đủ tiền lương còn nợ và chốt sổ BHXH cho người lao động đã nghỉ việc.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Công đoàn cơ sở báo cáo doanh nghiệp chưa trả lương tháng trước, người lao động bức xúc, có dấu hiệu ngừng việc.",
                "Đã làm việc với Giám đốc doanh nghiệp; doanh nghiệp cam kết trả trước 1 tháng lương sau khi thu được tiền hàng.",
                "Doanh nghiệp đã trả 1 tháng lương cho người lao động; phần còn lại hẹn trả trong tháng tới.",
                "Đã đề nghị BHXH tỉnh làm việc với doanh nghiệp về khoản nợ BHXH; đơn vị tiếp tục theo dõi.",
            ],
            result: "Doanh nghiệp trả được 1 tháng lương, còn nợ 1 tháng lương và toàn bộ khoản nợ BHXH; đang xử lý."
        ),
        DemoHotSpotSeed(
            kind: "wageArrears",
            title: "Chậm trả lương tại Công ty TNHH May mặc Thành Đạt Phú",
            enterprise: "Công ty TNHH May mặc Thành Đạt Phú",
            ownership: "Ngoài nhà nước",
            industry: "May mặc",
            site: "Cụm công nghiệp Phú Thạnh – Vĩnh Thanh",
            area: "nhon-trach",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: false,
            workforce: 380,
            workersInvolved: 210,
            causes: "Doanh nghiệp gia công cho đối tác nước ngoài bị chậm thanh toán, trả lương trễ hơn 20 ngày so với thỏa thuận trong hợp đồng lao động.",
            demands: "Trả đủ lương đúng hạn; công khai thời điểm trả lương các tháng tiếp theo.",
            arrears: "Nợ lương 1 tháng khoảng 2,1 tỷ đồng",
            unionActions: "{donvi} cử cán bộ xuống doanh nghiệp nắm tình hình, làm việc với chủ doanh nghiệp; phối hợp với UBND xã tổ chức đối thoại; vận động thành lập công đoàn cơ sở.",
            proposal: "Đề nghị {so} kiểm tra việc trả lương tại Công ty TNHH May mặc Thành Đạt Phú, yêu cầu doanh nghiệp trả lương đúng hạn theo hợp đồng lao động và công khai thời điểm trả lương các tháng tiếp theo.",
            proposalTo: "{so}",
            updates: [
                "Nhận phản ánh qua điện thoại của người lao động về việc chậm trả lương; khoảng 210 công nhân tập trung trước văn phòng công ty.",
                "Đã làm việc với chủ doanh nghiệp; doanh nghiệp cam kết trả lương trong 5 ngày.",
                "Doanh nghiệp đã trả đủ lương cho người lao động; công nhân làm việc bình thường.",
            ],
            result: "Tiền lương đã được trả đủ; {donvi} tiếp tục vận động người lao động thành lập công đoàn cơ sở."
        ),
        // insuranceArrears
        DemoHotSpotSeed(
            kind: "insuranceArrears",
            title: "Nợ BHXH kéo dài tại Công ty TNHH Dệt kim Hoa Phong Việt Nam",
            enterprise: "Công ty TNHH Dệt kim Hoa Phong Việt Nam",
            ownership: "FDI (Trung Quốc)",
            industry: "Dệt may",
            site: "KCN Nhơn Trạch 3",
            area: "nhon-trach",
            reporter: "zone",
            validFrom: "2021-01-01",
            hasGrassrootsUnion: true,
            workforce: 1650,
            workersInvolved: 1480,
            causes: "Doanh nghiệp trích tiền BHXH của người lao động qua bảng lương nhưng không nộp cho cơ quan BHXH; người lao động nghỉ việc không chốt được sổ, lao động nữ sinh con không được giải quyết chế độ thai sản.",
            demands: "Nộp đủ tiền BHXH, BHYT, BHTN còn nợ; chốt sổ cho người đã nghỉ việc; giải quyết chế độ thai sản, ốm đau cho người lao động.",
            arrears: "Nợ BHXH, BHYT, BHTN 14 tháng khoảng 21 tỷ đồng",
            unionActions: "{donvi} phối hợp với BHXH tỉnh làm việc với doanh nghiệp; hỗ trợ người lao động lập hồ sơ; đề nghị cơ quan chức năng xem xét xử lý hành vi trốn đóng BHXH.",
            proposal: "Đề nghị BHXH tỉnh phối hợp với Công an tỉnh xử lý nghiêm hành vi trốn đóng BHXH tại Công ty TNHH Dệt kim Hoa Phong Việt Nam; có giải pháp giải quyết chế độ thai sản, ốm đau cho người lao động trong thời gian doanh nghiệp chưa nộp đủ.",
            proposalTo: "BHXH tỉnh",
            updates: [
                "Nhận đơn phản ánh của nhiều công nhân về việc không được giải quyết chế độ thai sản; đã kiểm tra thông tin trên ứng dụng VssID.",
                "Đã làm việc cùng BHXH tỉnh với đại diện doanh nghiệp; doanh nghiệp thừa nhận nợ 14 tháng, đề xuất trả dần.",
                "Doanh nghiệp nộp được khoảng 5 tỷ đồng; BHXH tỉnh giải quyết chế độ thai sản cho một số lao động nữ.",
                "BHXH tỉnh chuyển hồ sơ đề nghị cơ quan công an xem xét xử lý theo quy định; đã báo cáo bằng văn bản về LĐLĐ tỉnh.",
            ],
            result: "Doanh nghiệp mới trả một phần nợ; hồ sơ đã chuyển cơ quan công an, tiếp tục theo dõi."
        ),
        DemoHotSpotSeed(
            kind: "insuranceArrears",
            title: "Nợ BHXH tại Công ty CP Vận tải Hành khách Phước Hòa",
            enterprise: "Công ty CP Vận tải Hành khách Phước Hòa",
            ownership: "Ngoài nhà nước",
            industry: "Vận tải",
            site: "Số 15 đường Đồng Khởi",
            area: "bien-hoa",
            reporter: "transport",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 240,
            workersInvolved: 240,
            causes: "Doanh thu vận tải giảm, doanh nghiệp ưu tiên trả lương, chậm đóng BHXH; nhiều lái xe, phụ xe đến tuổi nghỉ hưu chưa được giải quyết chế độ.",
            demands: "Đóng đủ BHXH để người lao động đủ điều kiện nghỉ hưu được giải quyết chế độ kịp thời.",
            arrears: "Nợ BHXH 9 tháng khoảng 3,6 tỷ đồng",
            unionActions: "{donvi} làm việc với Ban Giám đốc, đề nghị cam kết lộ trình trả nợ; phối hợp với BHXH tỉnh ưu tiên giải quyết cho người đến tuổi nghỉ hưu.",
            proposal: "Đề nghị BHXH tỉnh ưu tiên giải quyết chế độ hưu trí cho người lao động đến tuổi nghỉ hưu tại Công ty CP Vận tải Hành khách Phước Hòa, đôn đốc doanh nghiệp trả nợ BHXH theo lộ trình đã cam kết.",
            proposalTo: "BHXH tỉnh",
            updates: [
                "Công đoàn cơ sở báo cáo 6 người lao động đến tuổi nghỉ hưu chưa được chốt sổ do doanh nghiệp nợ BHXH.",
                "Đã làm việc với Ban Giám đốc; doanh nghiệp cam kết nộp trước phần tiền của người đến tuổi nghỉ hưu.",
                "Doanh nghiệp đã nộp đủ phần BHXH của 6 người đến tuổi nghỉ hưu; BHXH tỉnh giải quyết chế độ hưu trí.",
            ],
            result: "Người đến tuổi nghỉ hưu đã được giải quyết chế độ; doanh nghiệp trả nợ BHXH theo lộ trình, đã ổn định."
        ),
        // employerAbsconded
        DemoHotSpotSeed(
            kind: "employerAbsconded",
            title: "Chủ doanh nghiệp bỏ trốn tại Công ty TNHH Nội thất Đông Hưng",
            enterprise: "Công ty TNHH Nội thất Đông Hưng",
            ownership: "FDI (Trung Quốc)",
            industry: "Chế biến gỗ",
            site: "KCN Long Đức",
            area: "long-thanh",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 860,
            workersInvolved: 860,
            causes: "Chủ đầu tư người nước ngoài xuất cảnh, không liên lạc được; nhà máy ngừng hoạt động đột ngột, người lao động không được thông báo trước.",
            demands: "Được thanh toán tiền lương còn nợ, trợ cấp thôi việc; chốt sổ BHXH để hưởng trợ cấp thất nghiệp.",
            arrears: "Nợ lương 1 tháng khoảng 6,5 tỷ đồng; nợ BHXH 9 tháng khoảng 8 tỷ đồng",
            unionActions: "{donvi} báo cáo nhanh; phối hợp với chính quyền, công an bảo vệ tài sản nhà máy; công đoàn cơ sở lập danh sách người lao động và các khoản nợ; LĐLĐ tỉnh trao quà hỗ trợ người lao động khó khăn; hướng dẫn thủ tục khởi kiện.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo các ngành sớm xử lý tài sản của Công ty TNHH Nội thất Đông Hưng để thanh toán tiền lương, trợ cấp thôi việc còn nợ; có cơ chế chốt sổ BHXH cho người lao động khi chủ doanh nghiệp bỏ trốn.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Sáng đầu tuần, công nhân đến làm việc thì cổng nhà máy đóng, không có người quản lý; khoảng 860 người lao động tập trung trước cổng.",
                "Đã phối hợp với UBND xã, công an xã có mặt, vận động người lao động giữ trật tự, không tự ý lấy tài sản của doanh nghiệp.",
                "Đã lập danh sách người lao động, bảng kê tiền lương, BHXH còn nợ; báo cáo bằng văn bản về LĐLĐ tỉnh và UBND tỉnh.",
                "LĐLĐ tỉnh trao 300 suất quà cho người lao động khó khăn; Trung tâm Dịch vụ việc làm tổ chức giới thiệu việc làm tại chỗ.",
            ],
            result: "Tài sản nhà máy được niêm phong chờ xử lý để trả nợ lương; phần lớn người lao động đã tìm được việc làm mới; đang xử lý."
        ),
        DemoHotSpotSeed(
            kind: "employerAbsconded",
            title: "Giám đốc người nước ngoài bỏ trốn tại Công ty TNHH May Sun Kwang Vina",
            enterprise: "Công ty TNHH May Sun Kwang Vina",
            ownership: "FDI (Hàn Quốc)",
            industry: "May mặc",
            site: "KCN Xuân Lộc",
            area: "xuan-loc",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 430,
            workersInvolved: 430,
            causes: "Giám đốc người nước ngoài rời Việt Nam sau khi thanh lý máy móc; doanh nghiệp nợ lương, nợ BHXH, nợ tiền điện và tiền thuê nhà xưởng.",
            demands: "Được trả lương còn nợ, chốt sổ BHXH; đề nghị cơ quan chức năng xử lý tài sản còn lại để trả nợ cho người lao động.",
            arrears: "Nợ lương khoảng 3,4 tỷ đồng; nợ BHXH khoảng 5,1 tỷ đồng",
            unionActions: "{donvi} phối hợp với công an, chính quyền xã kiểm kê tài sản; hướng dẫn người lao động làm hồ sơ hưởng trợ cấp thất nghiệp; đề nghị LĐLĐ tỉnh hỗ trợ khẩn cấp.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh, {so}, BHXH tỉnh phối hợp xử lý tài sản còn lại của Công ty TNHH May Sun Kwang Vina để trả nợ lương, chốt sổ BHXH cho người lao động.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Nhận tin báo qua điện thoại của công đoàn cơ sở: công ty ngừng hoạt động, không liên lạc được với giám đốc.",
                "Đã làm việc với chủ đầu tư hạ tầng KCN, đề nghị tạm giữ tài sản còn lại trong nhà xưởng.",
                "Đã tổ chức đối thoại với người lao động, giải thích các bước bảo vệ quyền lợi, hướng dẫn khởi kiện tại tòa án.",
            ],
            result: "Người lao động được hỗ trợ tiền ăn trước mắt và hướng dẫn hưởng trợ cấp thất nghiệp; việc thu hồi nợ đang chờ cơ quan chức năng xử lý."
        ),
        // massLayoff
        DemoHotSpotSeed(
            kind: "massLayoff",
            title: "Cắt giảm lao động tại Công ty TNHH Giày Hòa Lợi Việt Nam",
            enterprise: "Công ty TNHH Giày Hòa Lợi Việt Nam",
            ownership: "FDI (Đài Loan)",
            industry: "Da giày",
            site: "KCN Bàu Xéo",
            area: "trang-bom",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 9200,
            workersInvolved: 1450,
            causes: "Đơn hàng xuất khẩu sang thị trường Hoa Kỳ giảm mạnh, doanh nghiệp tái cơ cấu, chuyển một phần sản xuất sang nhà máy ở nước khác.",
            demands: "Được thông báo trước theo quy định, chi trả đầy đủ trợ cấp mất việc làm; ưu tiên giữ lại lao động lớn tuổi, lao động nữ nuôi con nhỏ.",
            arrears: "",
            unionActions: "Công đoàn cơ sở tham gia xây dựng phương án sử dụng lao động; {donvi} làm việc với doanh nghiệp yêu cầu thực hiện đúng Điều 42, Điều 44 Bộ luật Lao động; phối hợp với Trung tâm Dịch vụ việc làm tư vấn trợ cấp thất nghiệp, tổ chức sàn giao dịch việc làm tại chỗ.",
            proposal: "Đề nghị {so} giám sát doanh nghiệp thực hiện đúng phương án sử dụng lao động, chi trả đầy đủ trợ cấp mất việc làm; chỉ đạo Trung tâm Dịch vụ việc làm ưu tiên giới thiệu việc làm cho lao động lớn tuổi, lao động nữ nuôi con nhỏ bị cắt giảm.",
            proposalTo: "{so}",
            updates: [
                "Doanh nghiệp thông báo dự kiến cắt giảm khoảng 1.450 lao động; công nhân lo lắng, bàn tán trên các nhóm Zalo.",
                "Đã làm việc với doanh nghiệp và Ban Chấp hành công đoàn cơ sở về phương án sử dụng lao động, tiêu chí lựa chọn người bị cắt giảm.",
                "Đã tổ chức sàn giao dịch việc làm tại doanh nghiệp với 25 doanh nghiệp lân cận tham gia tuyển dụng.",
                "Doanh nghiệp chi trả trợ cấp mất việc làm đầy đủ; đã báo cáo bằng văn bản về LĐLĐ tỉnh.",
            ],
            result: "Người lao động bị cắt giảm được chi trả trợ cấp đầy đủ; khoảng 600 người được giới thiệu việc làm mới; tình hình ổn định."
        ),
        DemoHotSpotSeed(
            kind: "massLayoff",
            title: "Thu hẹp sản xuất, cắt giảm lao động tại Công ty TNHH Linh kiện Tohoku Việt Nam",
            enterprise: "Công ty TNHH Linh kiện Tohoku Việt Nam",
            ownership: "FDI (Nhật Bản)",
            industry: "Linh kiện điện tử",
            site: "KCN Long Thành",
            area: "long-thanh",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 3100,
            workersInvolved: 820,
            causes: "Công ty mẹ thu hẹp dây chuyền sản xuất linh kiện ô tô, chuyển một phần sang nhà máy ở nước khác; doanh nghiệp chấm dứt hợp đồng với lao động ở các chuyền bị đóng.",
            demands: "Chi trả trợ cấp mất việc làm, hỗ trợ thêm ngoài quy định; ưu tiên điều chuyển sang chuyền khác cho người có tay nghề.",
            arrears: "",
            unionActions: "Công đoàn cơ sở thương lượng với doanh nghiệp về mức hỗ trợ thêm; {donvi} giám sát việc thực hiện phương án sử dụng lao động; hướng dẫn người lao động thủ tục hưởng trợ cấp thất nghiệp.",
            proposal: "Đề nghị {so} chỉ đạo Trung tâm Dịch vụ việc làm giải quyết kịp thời trợ cấp thất nghiệp, hỗ trợ học nghề cho người lao động bị chấm dứt hợp đồng tại Công ty TNHH Linh kiện Tohoku Việt Nam.",
            proposalTo: "{so}",
            updates: [
                "Doanh nghiệp thông báo cắt giảm 820 lao động tại 3 chuyền sản xuất; công đoàn cơ sở báo cáo nhanh.",
                "Đã làm việc với doanh nghiệp; doanh nghiệp đồng ý hỗ trợ thêm 2 tháng lương ngoài trợ cấp mất việc làm theo luật.",
                "Khoảng 250 lao động có tay nghề được điều chuyển sang chuyền khác; số còn lại được chi trả đầy đủ chế độ.",
            ],
            result: "Doanh nghiệp thực hiện đầy đủ chế độ, hỗ trợ thêm 2 tháng lương; không phát sinh khiếu nại; kết thúc theo dõi."
        ),
        // seriousAccident
        DemoHotSpotSeed(
            kind: "seriousAccident",
            title: "Tai nạn lao động nghiêm trọng tại công trình nhà xưởng KCN Nhơn Trạch 6",
            enterprise: "Công ty CP Xây dựng Nam Phát Lộc",
            ownership: "Ngoài nhà nước",
            industry: "Xây dựng",
            site: "KCN Nhơn Trạch 6",
            area: "nhon-trach",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: false,
            workforce: 85,
            workersInvolved: 3,
            causes: "Sập giàn giáo khi đổ bê tông sàn mái; công nhân không được trang bị dây an toàn, nhà thầu phụ không tổ chức huấn luyện an toàn, vệ sinh lao động.",
            demands: "Gia đình nạn nhân đề nghị doanh nghiệp bồi thường, hỗ trợ chi phí mai táng, điều trị và làm rõ trách nhiệm.",
            arrears: "",
            unionActions: "{donvi} báo cáo nhanh; phối hợp với đoàn điều tra tai nạn lao động; thăm hỏi, trao tiền hỗ trợ gia đình nạn nhân; đề nghị kiểm tra an toàn lao động tại các công trình trong KCN.",
            proposal: "Đề nghị {so} chủ trì thanh tra, kiểm tra an toàn lao động tại các công trình xây dựng trong KCN Nhơn Trạch 6, nhất là các nhà thầu phụ; xử lý nghiêm trách nhiệm của các đơn vị để xảy ra tai nạn.",
            proposalTo: "{so}",
            updates: [
                "Khoảng {gio}, giàn giáo tại công trình bị sập khiến 1 công nhân tử vong tại chỗ, 2 công nhân bị thương được chuyển đi cấp cứu.",
                "Đã có mặt tại hiện trường cùng công an, chính quyền xã; thăm hỏi công nhân bị thương tại bệnh viện.",
                "Đã làm việc với doanh nghiệp về việc bồi thường, hỗ trợ gia đình nạn nhân; doanh nghiệp cam kết chi trả đầy đủ.",
                "Đã gửi báo cáo bằng văn bản về LĐLĐ tỉnh; đoàn điều tra tai nạn lao động tiếp tục làm rõ nguyên nhân.",
            ],
            result: "Doanh nghiệp đã bồi thường, hỗ trợ gia đình nạn nhân; 2 công nhân bị thương đã ổn định sức khỏe; cơ quan chức năng đang điều tra nguyên nhân."
        ),
        DemoHotSpotSeed(
            kind: "seriousAccident",
            title: "Nổ lò hơi tại Công ty TNHH Thực phẩm Phú Mỹ An",
            enterprise: "Công ty TNHH Thực phẩm Phú Mỹ An",
            ownership: "Ngoài nhà nước",
            industry: "Chế biến thực phẩm",
            site: "KCN Thạnh Phú",
            area: "vinh-cuu",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 350,
            workersInvolved: 5,
            causes: "Lò hơi quá hạn kiểm định vẫn đưa vào vận hành, van an toàn không hoạt động; người vận hành chưa được huấn luyện đầy đủ.",
            demands: "Người lao động đề nghị doanh nghiệp chi trả toàn bộ chi phí điều trị, bảo đảm an toàn trước khi cho sản xuất trở lại.",
            arrears: "",
            unionActions: "Công đoàn cơ sở và {donvi} thăm hỏi người bị nạn; đề nghị doanh nghiệp tạm dừng khu vực lò hơi, kiểm định lại toàn bộ thiết bị có yêu cầu nghiêm ngặt về an toàn lao động.",
            proposal: "Đề nghị {so} kiểm tra việc kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động tại các doanh nghiệp chế biến thực phẩm; yêu cầu Công ty TNHH Thực phẩm Phú Mỹ An chi trả đầy đủ chi phí điều trị cho người bị nạn.",
            proposalTo: "{so}",
            updates: [
                "Khoảng {gio}, lò hơi tại xưởng hấp phát nổ làm 5 công nhân bị bỏng, trong đó 2 người bị nặng; công đoàn cơ sở báo cáo nhanh.",
                "Đã có mặt tại bệnh viện thăm hỏi, trao tiền hỗ trợ ban đầu cho 5 công nhân bị nạn.",
                "Đã làm việc với doanh nghiệp, yêu cầu dừng vận hành khu vực lò hơi, kiểm định lại thiết bị trước khi hoạt động.",
                "Ngày hôm sau, doanh nghiệp bố trí công nhân khu vực lò hơi làm việc ở bộ phận khác, vẫn trả đủ lương.",
            ],
            result: "Các công nhân bị nạn đã qua cơn nguy kịch; doanh nghiệp chi trả chi phí điều trị và thay mới lò hơi; đã ổn định."
        ),
        // massComplaint
        DemoHotSpotSeed(
            kind: "massComplaint",
            title: "Công nhân tập trung đông người tại trụ sở UBND phường đòi quyền lợi",
            enterprise: "Công ty TNHH Bao bì Nhựa Tân Hưng Thịnh",
            ownership: "Ngoài nhà nước",
            industry: "Bao bì nhựa",
            site: "Khu phố 4",
            area: "bien-hoa",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: false,
            workforce: 320,
            workersInvolved: 150,
            causes: "Doanh nghiệp ngừng hoạt động, chưa trả trợ cấp thôi việc, chưa chốt sổ BHXH; người lao động nhiều lần liên hệ nhưng không được giải quyết.",
            demands: "Chi trả trợ cấp thôi việc; chốt sổ BHXH; đề nghị chính quyền can thiệp buộc doanh nghiệp thực hiện nghĩa vụ.",
            arrears: "Nợ trợ cấp thôi việc khoảng 1,2 tỷ đồng; nợ BHXH khoảng 2,3 tỷ đồng",
            unionActions: "{donvi} cử cán bộ có mặt, tiếp nhận đơn của người lao động; phối hợp với UBND phường tổ chức đối thoại; mời chủ doanh nghiệp làm việc.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo UBND phường và các ngành giám sát Công ty TNHH Bao bì Nhựa Tân Hưng Thịnh thực hiện cam kết chi trả trợ cấp thôi việc, nộp BHXH; có biện pháp buộc doanh nghiệp thực hiện nghĩa vụ nếu quá hạn.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Khoảng {gio}, khoảng 150 công nhân mang theo băng rôn tập trung tại trụ sở UBND phường; đã báo cáo nhanh qua điện thoại về LĐLĐ tỉnh.",
                "Đã cùng lãnh đạo UBND phường tiếp người lao động, tiếp nhận đơn tập thể, vận động công nhân giải tán, giữ trật tự.",
                "Chủ doanh nghiệp đến làm việc, cam kết bán tài sản để trả trợ cấp thôi việc và nộp BHXH trong 30 ngày.",
                "Đã gửi báo cáo bằng văn bản; đơn vị tiếp tục giám sát việc thực hiện cam kết.",
            ],
            result: "Người lao động đã giải tán; doanh nghiệp đang thực hiện cam kết trả nợ theo lộ trình; đang xử lý."
        ),
        DemoHotSpotSeed(
            kind: "massComplaint",
            title: "Đơn kiến nghị tập thể về định mức khoán tại Công ty TNHH MTV Cao su Xuân Phú",
            enterprise: "Công ty TNHH MTV Cao su Xuân Phú",
            ownership: "Nhà nước",
            industry: "Cao su",
            site: "Nông trường cao su Xuân Đường",
            area: "cam-my",
            reporter: "rubber",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 1200,
            workersInvolved: 260,
            causes: "Công ty điều chỉnh tăng định mức khai thác mủ, giảm đơn giá tiền lương khoán; công nhân cho rằng không được lấy ý kiến trước khi áp dụng.",
            demands: "Xem xét lại định mức khoán, giữ đơn giá như trước; công khai cách tính đơn giá tiền lương.",
            arrears: "",
            unionActions: "Công đoàn Cao su Đồng Nai chỉ đạo công đoàn cơ sở tổng hợp ý kiến, đề nghị công ty tổ chức hội nghị người lao động bất thường để bàn bạc lại định mức.",
            proposal: "Đề nghị Tập đoàn Công nghiệp Cao su Việt Nam chỉ đạo các công ty thành viên lấy ý kiến người lao động, công đoàn cơ sở trước khi điều chỉnh định mức khoán, đơn giá tiền lương.",
            proposalTo: "Tập đoàn Công nghiệp Cao su Việt Nam",
            updates: [
                "Công đoàn cơ sở nhận đơn kiến nghị có 260 chữ ký của công nhân khai thác tại 2 nông trường.",
                "Đã làm việc với lãnh đạo công ty; công ty đồng ý tạm dừng áp dụng định mức mới.",
                "Công ty tổ chức hội nghị người lao động bất thường, thống nhất điều chỉnh lại định mức và đơn giá.",
            ],
            result: "Công nhân đồng thuận với định mức mới sau điều chỉnh; tình hình ổn định, kết thúc."
        ),
        // falseStrikeStory
        DemoHotSpotSeed(
            kind: "falseStrikeStory",
            title: "Tin giả về đình công tại Công ty TNHH Sản xuất Giày Hòa Thịnh Việt Nam",
            enterprise: "Công ty TNHH Sản xuất Giày Hòa Thịnh Việt Nam",
            ownership: "FDI (Đài Loan)",
            industry: "Da giày",
            site: "KCN Sông Mây",
            area: "trang-bom",
            reporter: "local",
            validFrom: "2019-06-01",
            hasGrassrootsUnion: true,
            workforce: 12500,
            workersInvolved: 45,
            causes: "Một tài khoản TikTok đăng video công nhân đông người trước cổng nhà máy kèm dòng chữ “công nhân đình công vì bị cắt thưởng”; thực chất video quay cảnh công nhân ra về sau giờ tan ca.",
            demands: "Một số công nhân đề nghị doanh nghiệp và công đoàn xác nhận thông tin về chế độ thưởng.",
            arrears: "",
            unionActions: "Công đoàn cơ sở phối hợp với doanh nghiệp thông tin chính thức trên loa nội bộ và nhóm Zalo của công nhân; {donvi} báo cáo nhanh, phối hợp với công an xác minh tài khoản đăng tải.",
            proposal: "Đề nghị Công an tỉnh xác minh, xử lý nghiêm chủ tài khoản đăng tải thông tin sai sự thật về đình công tại Công ty TNHH Sản xuất Giày Hòa Thịnh Việt Nam.",
            proposalTo: "Công an tỉnh",
            updates: [
                "Phát hiện video lan truyền trên mạng xã hội, thu hút nhiều lượt chia sẻ; khoảng 45 công nhân đến văn phòng công đoàn hỏi thông tin.",
                "Đã xác minh tại doanh nghiệp: sản xuất diễn ra bình thường, không có ngừng việc; chế độ thưởng không thay đổi.",
                "Công đoàn cơ sở đăng thông báo đính chính; công an mời chủ tài khoản làm việc, yêu cầu gỡ bỏ video.",
            ],
            result: "Xác định là tin giả; video đã được gỡ bỏ; sản xuất bình thường, tư tưởng công nhân ổn định."
        ),
        DemoHotSpotSeed(
            kind: "falseStrikeStory",
            title: "Tin đồn phá sản, ngừng việc tại Công ty TNHH Điện máy Minh Trí Việt Nam",
            enterprise: "Công ty TNHH Điện máy Minh Trí Việt Nam",
            ownership: "FDI (Singapore)",
            industry: "Điện tử",
            site: "KCN Giang Điền",
            area: "trang-bom",
            reporter: "local",
            validFrom: nil,
            hasGrassrootsUnion: true,
            workforce: 2700,
            workersInvolved: 300,
            causes: "Trên các nhóm Zalo lan truyền tin nhắn thoại cho rằng công ty sắp phá sản, toàn bộ công nhân ngừng việc từ ca sau, kèm hình ảnh nhà xưởng vắng người chụp vào ngày nghỉ.",
            demands: "Người lao động đề nghị doanh nghiệp công khai tình hình sản xuất, cam kết trả lương đúng hạn.",
            arrears: "",
            unionActions: "Công đoàn cơ sở đề nghị Tổng Giám đốc phát biểu trực tiếp với công nhân các ca; {donvi} xác minh nguồn tin, báo cáo nhanh về LĐLĐ tỉnh.",
            proposal: "",
            proposalTo: "",
            updates: [
                "Khoảng 300 công nhân ca đêm không vào làm do lo ngại công ty phá sản; công đoàn cơ sở báo cáo nhanh.",
                "Đã xác minh: công ty có đơn hàng đến cuối năm, không có kế hoạch ngừng sản xuất; hình ảnh nhà xưởng vắng người được chụp vào ngày Chủ nhật.",
                "Tổng Giám đốc gặp gỡ công nhân các ca, cam kết trả lương đúng hạn; ngày hôm sau công nhân đi làm đầy đủ.",
            ],
            result: "Tin đồn được đính chính, công nhân trở lại làm việc bình thường; kết thúc."
        ),
    ]

    // MARK: - Cán bộ Ban Tuyên giáo – Nữ công

    static let staffNames: [String] = [
        "Lê Thị Thu Hà",
        "Nguyễn Hoàng Nam",
        "Trần Thị Mỹ Dung",
        "Phạm Quốc Thắng",
    ]
}
