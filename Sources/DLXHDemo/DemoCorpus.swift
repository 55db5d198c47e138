// Dữ liệu văn bản tĩnh (tiếng Việt) cho bộ sinh kho dữ liệu mẫu của dlxh.
// Toàn bộ đơn vị, doanh nghiệp, người, số điện thoại và địa chỉ thư điện tử đều là hư cấu.
// Các trường của điểm nóng không chứa ngày tháng, năm: bộ sinh dữ liệu tự gán thời gian.

struct DemoUnitSeed: Sendable {
    let id: String
    let name: String
    let kind: String
    let cluster: String
    let contactPerson: String
    let phone: String
    let email: String
}

struct DemoItemSeed: Sendable {
    let topic: String
    let content: String
    let attitude: String
    let targetGroup: String
    let isRumour: Bool
    let proposal: String
    let proposalTo: String
}

struct DemoHotSpotSeed: Sendable {
    let kind: String
    let title: String
    let enterprise: String
    let ownership: String
    let industry: String
    let address: String
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

    // MARK: - Đơn vị báo cáo

    static let units: [DemoUnitSeed] = [
        // LĐLĐ các huyện, thành phố
        DemoUnitSeed(
            id: "bien-hoa",
            name: "LĐLĐ thành phố Biên Hòa",
            kind: "districtFederation",
            cluster: "Cụm 1 – Biên Hòa, Vĩnh Cửu",
            contactPerson: "Đ/c Nguyễn Thị Hồng Nhung – Phó Chủ tịch",
            phone: "0251 3822 145",
            email: "ldldbienhoa@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "long-khanh",
            name: "LĐLĐ thành phố Long Khánh",
            kind: "districtFederation",
            cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ",
            contactPerson: "Đ/c Trần Văn Phúc – Chủ tịch",
            phone: "0251 3877 214",
            email: "ldldlongkhanh@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "long-thanh",
            name: "LĐLĐ huyện Long Thành",
            kind: "districtFederation",
            cluster: "Cụm 2 – Long Thành, Nhơn Trạch",
            contactPerson: "Đ/c Lê Thị Kim Oanh – Phó Chủ tịch",
            phone: "0251 3844 326",
            email: "ldldlongthanh@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "nhon-trach",
            name: "LĐLĐ huyện Nhơn Trạch",
            kind: "districtFederation",
            cluster: "Cụm 2 – Long Thành, Nhơn Trạch",
            contactPerson: "Đ/c Phạm Minh Tuấn – Phó Chủ tịch Thường trực",
            phone: "0251 3521 087",
            email: "ldldnhontrach@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "trang-bom",
            name: "LĐLĐ huyện Trảng Bom",
            kind: "districtFederation",
            cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán",
            contactPerson: "Đ/c Võ Thị Thanh Thủy – Chủ tịch",
            phone: "0251 3866 530",
            email: "ldldtrangbom@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "thong-nhat",
            name: "LĐLĐ huyện Thống Nhất",
            kind: "districtFederation",
            cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán",
            contactPerson: "Đ/c Đặng Văn Hải – Phó Chủ tịch",
            phone: "0251 3770 412",
            email: "ldldthongnhat@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "vinh-cuu",
            name: "LĐLĐ huyện Vĩnh Cửu",
            kind: "districtFederation",
            cluster: "Cụm 1 – Biên Hòa, Vĩnh Cửu",
            contactPerson: "Đ/c Huỳnh Thị Ngọc Hân – Phó Chủ tịch",
            phone: "0251 3865 218",
            email: "ldldvinhcuu@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "dinh-quan",
            name: "LĐLĐ huyện Định Quán",
            kind: "districtFederation",
            cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán",
            contactPerson: "Đ/c Nguyễn Văn Lộc – Chủ tịch",
            phone: "0251 3853 176",
            email: "ldlddinhquan@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "xuan-loc",
            name: "LĐLĐ huyện Xuân Lộc",
            kind: "districtFederation",
            cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ",
            contactPerson: "Đ/c Bùi Thị Mai Phương – Phó Chủ tịch",
            phone: "0251 3871 063",
            email: "ldldxuanloc@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cam-my",
            name: "LĐLĐ huyện Cẩm Mỹ",
            kind: "districtFederation",
            cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ",
            contactPerson: "Đ/c Hoàng Văn Khánh – Phó Chủ tịch",
            phone: "0251 3879 240",
            email: "ldldcammy@congdoan-dongnai.example.vn"
        ),
        // Công đoàn ngành
        DemoUnitSeed(
            id: "cd-giao-duc",
            name: "Công đoàn ngành Giáo dục",
            kind: "sectorUnion",
            cluster: "Khối ngành – Hành chính sự nghiệp",
            contactPerson: "Đ/c Trương Thị Bích Ngọc – Phó Chủ tịch",
            phone: "0251 3847 392",
            email: "cdgiaoduc@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-y-te",
            name: "Công đoàn ngành Y tế",
            kind: "sectorUnion",
            cluster: "Khối ngành – Hành chính sự nghiệp",
            contactPerson: "Đ/c Lâm Văn Đức – Chủ tịch",
            phone: "0251 3842 518",
            email: "cdyte@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-vien-chuc",
            name: "Công đoàn Viên chức tỉnh",
            kind: "sectorUnion",
            cluster: "Khối ngành – Hành chính sự nghiệp",
            contactPerson: "Đ/c Ngô Thị Thu Trang – Phó Chủ tịch",
            phone: "0251 3818 634",
            email: "cdvienchuc@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-cong-thuong",
            name: "Công đoàn ngành Công Thương",
            kind: "sectorUnion",
            cluster: "Khối ngành – Sản xuất kinh doanh",
            contactPerson: "Đ/c Phan Thanh Sơn – Phó Chủ tịch",
            phone: "0251 3823 907",
            email: "cdcongthuong@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-gtvt-xd",
            name: "Công đoàn ngành Giao thông vận tải – Xây dựng",
            kind: "sectorUnion",
            cluster: "Khối ngành – Sản xuất kinh doanh",
            contactPerson: "Đ/c Đỗ Văn Quang – Chủ tịch",
            phone: "0251 3946 125",
            email: "cdgtvtxd@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-nong-nghiep",
            name: "Công đoàn ngành Nông nghiệp và Phát triển nông thôn",
            kind: "sectorUnion",
            cluster: "Khối ngành – Sản xuất kinh doanh",
            contactPerson: "Đ/c Lý Thị Hoa – Phó Chủ tịch",
            phone: "0251 3822 716",
            email: "cdnongnghiep@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-cao-su",
            name: "Công đoàn Cao su Đồng Nai",
            kind: "sectorUnion",
            cluster: "Khối ngành – Sản xuất kinh doanh",
            contactPerson: "Đ/c Nguyễn Hữu Thắng – Phó Chủ tịch",
            phone: "0913 456 789",
            email: "cdcaosu@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-thuc-pham",
            name: "Công đoàn Tổng Công ty Công nghiệp Thực phẩm Đồng Nai",
            kind: "sectorUnion",
            cluster: "Khối ngành – Sản xuất kinh doanh",
            contactPerson: "Đ/c Vũ Thị Lan Anh – Phó Chủ tịch",
            phone: "0251 3836 452",
            email: "cdthucpham@congdoan-dongnai.example.vn"
        ),
        // Công đoàn các khu công nghiệp
        DemoUnitSeed(
            id: "cd-kcn",
            name: "Công đoàn các Khu công nghiệp Đồng Nai",
            kind: "industrialZoneUnion",
            cluster: "Khối khu công nghiệp",
            contactPerson: "Đ/c Trịnh Văn Nghĩa – Phó Chủ tịch Thường trực",
            phone: "0251 3892 307",
            email: "cdkcn@congdoan-dongnai.example.vn"
        ),
        DemoUnitSeed(
            id: "cd-kcn-nhon-trach",
            name: "Công đoàn các Khu công nghiệp Nhơn Trạch",
            kind: "industrialZoneUnion",
            cluster: "Khối khu công nghiệp",
            contactPerson: "Đ/c Cao Thị Diễm My – Phó Chủ tịch",
            phone: "0918 274 635",
            email: "cdkcnnhontrach@congdoan-dongnai.example.vn"
        ),
    ]

    // MARK: - Luồng ý kiến

    static let items: [DemoItemSeed] = [
        // wages – Tiền lương, thu nhập, thưởng
        DemoItemSeed(
            topic: "wages",
            content: "Đa số CNLĐ phấn khởi trước việc Chính phủ điều chỉnh tăng lương tối thiểu vùng bình quân 7,2%. Người lao động mong muốn doanh nghiệp sớm điều chỉnh thang lương, bảng lương, không cắt giảm các khoản phụ cấp để bù vào phần tiền lương tăng thêm.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ tăng cường kiểm tra việc doanh nghiệp điều chỉnh tiền lương theo mức lương tối thiểu vùng mới, xử lý nghiêm các trường hợp cắt phụ cấp để bù lương.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Tiền lương của công nhân ngành may mặc, da giày hiện chỉ cao hơn mức lương tối thiểu vùng không nhiều; nếu không tăng ca thì thu nhập không đủ trang trải cuộc sống, nhất là lao động nữ nuôi con nhỏ.",
            attitude: "worried",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục kiến nghị điều chỉnh lương tối thiểu vùng bảo đảm mức sống tối thiểu của người lao động và gia đình họ.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Người lao động tại một số doanh nghiệp chế biến gỗ ở Trảng Bom bức xúc vì tiền lương tháng bị trả chậm từ 10 đến 15 ngày, chia làm nhiều đợt, ảnh hưởng đến việc trả tiền thuê trọ và gửi tiền về quê.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị cơ quan quản lý nhà nước về lao động kiểm tra, yêu cầu doanh nghiệp trả lương đúng hạn theo quy định của Bộ luật Lao động.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "wages",
            content: "CNLĐ quan tâm đến kế hoạch thưởng Tết của doanh nghiệp; nhiều ý kiến mong muốn doanh nghiệp công bố sớm mức thưởng để người lao động chủ động sắp xếp việc về quê đón Tết.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Cán bộ, công chức, viên chức đồng tình với chủ trương cải cách tiền lương theo vị trí việc làm, mong muốn lộ trình sớm được triển khai và có phụ cấp phù hợp cho người công tác tại các xã vùng sâu, vùng xa của tỉnh.",
            attitude: "agree",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam kiến nghị Chính phủ sớm ban hành hệ thống bảng lương mới theo vị trí việc làm.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Tiền lương, thưởng của người lao động tại các công ty cao su nhà nước ổn định, được chi trả đầy đủ, đúng hạn; thu nhập bình quân tăng so với cùng kỳ nhờ giá mủ cao su khả quan, công nhân phấn khởi, yên tâm gắn bó với vườn cây.",
            attitude: "pleased",
            targetGroup: "state",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Trên một số nhóm Zalo của công nhân lan truyền thông tin doanh nghiệp sẽ không thưởng Tết và cắt tháng lương thứ 13; qua xác minh, công đoàn cơ sở khẳng định doanh nghiệp vẫn giữ chế độ thưởng như năm trước.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị LĐLĐ tỉnh chỉ đạo công đoàn cơ sở phối hợp với doanh nghiệp sớm thông tin công khai kế hoạch thưởng Tết để ổn định tư tưởng người lao động.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "wages",
            content: "Lao động làm thuê theo ngày tại các vườn cây ăn trái ở Long Khánh, Xuân Lộc cho biết tiền công thời vụ không tăng trong khi giá cả sinh hoạt tăng, thu nhập bấp bênh, không có bảo hiểm.",
            attitude: "worried",
            targetGroup: "informal",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),

        // jobs – Việc làm, cắt giảm lao động
        DemoItemSeed(
            topic: "jobs",
            content: "Một số doanh nghiệp FDI ngành dệt may, da giày, chế biến gỗ tại Đồng Nai bị cắt giảm đơn hàng do tác động của chính sách thuế đối ứng, phải giảm giờ làm, cho công nhân nghỉ luân phiên. Người lao động băn khoăn, lo lắng về việc làm và thu nhập trong những tháng tới.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục có chính sách hỗ trợ đoàn viên, người lao động bị giảm giờ làm, chấm dứt hợp đồng lao động do doanh nghiệp bị cắt giảm đơn hàng.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Công nhân trên 35 tuổi lo lắng khi doanh nghiệp tái cơ cấu sản xuất, ưu tiên giữ lại lao động trẻ; nhiều người cho rằng nếu bị cho thôi việc sẽ rất khó tìm được việc làm mới.",
            attitude: "worried",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ mở các lớp đào tạo, chuyển đổi nghề miễn phí cho lao động trên 35 tuổi bị mất việc làm.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Trên mạng xã hội xuất hiện thông tin một doanh nghiệp giày da lớn tại KCN Hố Nai sắp đóng cửa, chuyển toàn bộ sản xuất ra nước ngoài, khiến nhiều công nhân hoang mang, xin nghỉ việc để rút BHXH. Qua làm việc, doanh nghiệp khẳng định chỉ sắp xếp lại một bộ phận, không đóng cửa nhà máy.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị cơ quan chức năng xử lý nghiêm các tài khoản đăng tải thông tin sai sự thật gây hoang mang trong công nhân.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Đa số người lao động phấn khởi vì nhiều doanh nghiệp điện tử, linh kiện tại KCN Amata, KCN Long Đức có đơn hàng ổn định, tuyển thêm lao động và tổ chức làm thêm giờ.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Người lao động đánh giá cao các phiên giao dịch việc làm do Trung tâm Dịch vụ việc làm phối hợp với công đoàn tổ chức; mong muốn các phiên giao dịch được tổ chức thường xuyên hơn, gần các khu nhà trọ công nhân.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị duy trì tổ chức phiên giao dịch việc làm lưu động tại các xã, phường có đông công nhân lao động.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Nhân viên hợp đồng tại các trường học, trạm y tế lo lắng bị cắt giảm khi sắp xếp lại các đơn vị sự nghiệp công lập, chưa rõ chế độ hỗ trợ khi thôi việc.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ sớm hướng dẫn chế độ, chính sách đối với người lao động hợp đồng khi sắp xếp đơn vị sự nghiệp công lập.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Công nhân cao su tại các nông trường ở Cẩm Mỹ, Xuân Lộc băn khoăn khi diện tích vườn cây bị thu hồi để phục vụ các dự án khu công nghiệp, lo không còn việc làm gần nhà.",
            attitude: "worried",
            targetGroup: "state",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh chỉ đạo doanh nghiệp và chính quyền địa phương có phương án bố trí việc làm, đào tạo nghề cho công nhân khi thu hồi đất vườn cây.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "jobs",
            content: "Lao động phi chính thức như xe ôm công nghệ, bán hàng rong tại Biên Hòa cho biết thu nhập giảm do sức mua yếu; mong muốn được vay vốn ưu đãi để chuyển đổi nghề.",
            attitude: "interested",
            targetGroup: "informal",
            isRumour: false,
            proposal: "Đề nghị mở rộng cho vay vốn giải quyết việc làm từ nguồn Ngân hàng Chính sách xã hội đối với lao động phi chính thức.",
            proposalTo: "UBND tỉnh"
        ),

        // insurance – BHXH – BHYT – BHTN
        DemoItemSeed(
            topic: "insurance",
            content: "Người lao động bức xúc vì doanh nghiệp trích tiền BHXH hằng tháng qua bảng lương nhưng không nộp cho cơ quan BHXH, đến khi nghỉ việc mới biết không được chốt sổ, không hưởng được trợ cấp thất nghiệp.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị BHXH tỉnh phối hợp với các ngành chức năng thanh tra, chuyển hồ sơ xử lý hình sự đối với doanh nghiệp cố tình trốn đóng BHXH.",
            proposalTo: "BHXH tỉnh"
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Nhiều ý kiến phấn khởi trước quy định của Luật BHXH 2024 giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm, tạo điều kiện cho lao động lớn tuổi có lương hưu.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Một số công nhân vẫn có ý định nghỉ việc để rút BHXH một lần nhằm trả nợ, sửa nhà; công đoàn cơ sở đã tuyên truyền về thiệt thòi khi rút BHXH một lần và lợi ích của việc bảo lưu thời gian đóng.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị BHXH tỉnh tăng cường đối thoại, tư vấn trực tiếp tại các khu nhà trọ công nhân về quyền lợi khi bảo lưu thời gian đóng BHXH.",
            proposalTo: "BHXH tỉnh"
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Người lao động phản ánh thủ tục khám, chữa bệnh BHYT tại một số bệnh viện tuyến tỉnh còn phải chờ lâu, có lúc thiếu thuốc trong danh mục BHYT, phải tự mua ngoài.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Sở Y tế chỉ đạo các bệnh viện cải tiến thủ tục, bảo đảm đủ thuốc cho người bệnh có thẻ BHYT.",
            proposalTo: "Sở Y tế"
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Lan truyền trên mạng xã hội thông tin sắp tới người lao động sẽ không được rút BHXH một lần nữa, kể cả người đã tham gia từ trước, khiến nhiều công nhân kéo đến cơ quan BHXH làm thủ tục. Thực tế, hạn chế hưởng BHXH một lần chỉ áp dụng với người bắt đầu tham gia sau khi Luật BHXH 2024 có hiệu lực.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị BHXH tỉnh phối hợp với các cơ quan báo chí kịp thời đính chính, giải thích rõ quy định về hưởng BHXH một lần.",
            proposalTo: "BHXH tỉnh"
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Người lao động mất việc mong muốn thủ tục hưởng trợ cấp thất nghiệp được đơn giản hóa, thực hiện trực tuyến qua ứng dụng VNeID để giảm thời gian đi lại, chờ đợi.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ chỉ đạo Trung tâm Dịch vụ việc làm đẩy mạnh tiếp nhận hồ sơ trợ cấp thất nghiệp trực tuyến.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Cán bộ, viên chức đồng tình với việc đẩy mạnh chi trả lương hưu, trợ cấp BHXH qua tài khoản ngân hàng; tuy nhiên một số người cao tuổi ở vùng nông thôn còn lúng túng khi sử dụng.",
            attitude: "agree",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "insurance",
            content: "Công nhân tại doanh nghiệp nợ BHXH kéo dài ở KCN Nhơn Trạch lo lắng vì lao động nữ sinh con không được giải quyết chế độ thai sản, người ốm đau không được thanh toán chế độ.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh chỉ đạo các ngành có giải pháp bảo đảm quyền lợi BHXH cho người lao động tại doanh nghiệp nợ đóng kéo dài.",
            proposalTo: "UBND tỉnh"
        ),

        // safety – An toàn, vệ sinh lao động
        DemoItemSeed(
            topic: "safety",
            content: "Trong đợt nắng nóng kéo dài, CNLĐ tại một số nhà xưởng mái tôn ở KCN Sông Mây, KCN Bàu Xéo phản ánh nhiệt độ trong xưởng cao, thiếu hệ thống làm mát, nhiều người bị mệt, choáng.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị doanh nghiệp lắp đặt hệ thống làm mát, bố trí đủ nước uống, điều chỉnh thời gian nghỉ giữa ca trong những ngày nắng nóng; cơ quan chức năng tăng cường kiểm tra.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Dư luận quan tâm vụ tai nạn lao động khi thi công nhà xưởng ở Long Thành làm 1 công nhân tử vong do rơi từ trên cao; người lao động ngành xây dựng lo lắng vì nhiều công trình chưa trang bị đầy đủ dây an toàn, lưới bảo vệ.",
            attitude: "worried",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị tăng cường thanh tra, kiểm tra công tác an toàn lao động tại các công trình xây dựng, nhất là các nhà thầu phụ quy mô nhỏ.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Vụ ngộ độc thực phẩm sau bữa ăn ca tại một doanh nghiệp ở KCN Biên Hòa 2 khiến gần 60 công nhân phải nhập viện gây lo lắng trong CNLĐ về chất lượng suất ăn do đơn vị bên ngoài cung cấp.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị Sở Y tế tăng cường kiểm tra an toàn thực phẩm đối với bếp ăn tập thể và các đơn vị cung cấp suất ăn công nghiệp.",
            proposalTo: "Sở Y tế"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Người lao động đồng tình với việc công đoàn phối hợp tổ chức Tháng hành động về an toàn, vệ sinh lao động, huấn luyện phòng cháy chữa cháy và thoát nạn ngay tại các khu nhà trọ công nhân.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Nhiều ý kiến lo lắng về nguy cơ cháy nổ tại các khu nhà trọ công nhân chật hẹp, chỉ có một lối thoát, dây điện câu mắc tạm bợ.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị chính quyền cấp xã tăng cường kiểm tra an toàn phòng cháy tại các khu nhà trọ, yêu cầu chủ nhà trọ bố trí lối thoát nạn thứ hai.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Nhân viên y tế bức xúc trước tình trạng người nhà bệnh nhân hành hung, xúc phạm bác sĩ, điều dưỡng tại khoa cấp cứu; mong muốn có biện pháp bảo vệ an toàn cho người hành nghề.",
            attitude: "frustrated",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Sở Y tế phối hợp với Công an tỉnh bảo đảm an ninh, trật tự tại các cơ sở khám, chữa bệnh, xử lý nghiêm hành vi hành hung nhân viên y tế.",
            proposalTo: "Sở Y tế"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Công nhân một số doanh nghiệp sơn, xi mạ ở KCN Tam Phước phản ánh chưa được khám phát hiện bệnh nghề nghiệp định kỳ, lo ngại ảnh hưởng sức khỏe lâu dài do tiếp xúc hóa chất.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị cơ quan chức năng kiểm tra việc quan trắc môi trường lao động và khám bệnh nghề nghiệp tại các doanh nghiệp có yếu tố độc hại.",
            proposalTo: "Sở Y tế"
        ),
        DemoItemSeed(
            topic: "safety",
            content: "Đa số đoàn viên phấn khởi khi doanh nghiệp đầu tư cải thiện điều kiện làm việc, lắp quạt hơi nước, hệ thống hút bụi theo kiến nghị của công đoàn cơ sở sau đợt kiểm tra an toàn, vệ sinh lao động.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),

        // hours – Giờ làm, tăng ca, bữa ăn ca
        DemoItemSeed(
            topic: "hours",
            content: "Công nhân tại một số doanh nghiệp có đơn hàng gấp phản ánh phải tăng ca liên tục đến 20 giờ, làm cả ngày Chủ nhật, vượt số giờ làm thêm theo quy định; nhiều người mệt mỏi nhưng không dám từ chối vì sợ ảnh hưởng xếp loại thi đua.",
            attitude: "frustrated",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị cơ quan chức năng kiểm tra việc tổ chức làm thêm giờ vượt quy định tại các doanh nghiệp.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Người lao động phản ánh chất lượng bữa ăn ca chưa tương xứng với mức tiền ăn doanh nghiệp công bố, thức ăn ít thịt cá, lặp lại nhiều ngày; đề nghị công đoàn cơ sở tăng cường giám sát bếp ăn.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh chỉ đạo công đoàn cơ sở thương lượng nâng giá trị bữa ăn ca và công khai thực đơn hằng tuần.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Đa số CNLĐ phấn khởi vì doanh nghiệp tăng giá trị bữa ăn ca và bổ sung bữa ăn phụ cho lao động làm ca đêm sau khi công đoàn cơ sở thương lượng thành công.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Tiền lương cơ bản chỉ đủ chi tiêu tối thiểu nên nhiều công nhân băn khoăn khi doanh nghiệp cắt giảm hoàn toàn giờ tăng ca, chỉ làm 8 tiếng một ngày, thu nhập giảm từ 1,5 đến 2 triệu đồng mỗi tháng.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Người lao động quan tâm đến đề xuất giảm giờ làm việc tiêu chuẩn trong khu vực doanh nghiệp xuống 44 giờ mỗi tuần; nhiều ý kiến mong muốn được nghỉ ngày thứ Bảy như khu vực hành chính.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục kiến nghị lộ trình giảm giờ làm việc bình thường đối với người lao động trong doanh nghiệp.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Giáo viên phản ánh ngoài giờ dạy còn phải tham gia nhiều hoạt động phong trào, hồ sơ sổ sách; thời gian làm việc thực tế vượt định mức nhưng không được tính làm thêm giờ.",
            attitude: "frustrated",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị ngành Giáo dục tiếp tục cắt giảm hồ sơ, sổ sách và các hoạt động không cần thiết đối với giáo viên.",
            proposalTo: "Sở Giáo dục và Đào tạo"
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Lao động nữ có con nhỏ mong muốn doanh nghiệp bố trí ca làm việc linh hoạt, hạn chế ca đêm để thuận tiện đưa đón con đi học.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh hướng dẫn công đoàn cơ sở đưa nội dung bố trí ca làm việc phù hợp cho lao động nữ nuôi con nhỏ vào thỏa ước lao động tập thể.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "hours",
            content: "Công chức cấp xã sau sắp xếp thường xuyên phải làm việc cả thứ Bảy, Chủ nhật do khối lượng công việc tăng, nhất là lĩnh vực đất đai, hộ tịch; mong muốn sớm được bổ sung biên chế.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ rà soát, bổ sung biên chế phù hợp cho các xã, phường có khối lượng công việc lớn.",
            proposalTo: "Sở Nội vụ"
        ),

        // housing – Nhà ở, nhà trẻ, đời sống
        DemoItemSeed(
            topic: "housing",
            content: "CNLĐ quan tâm, mong muốn được mua, thuê nhà ở xã hội tại các dự án ở Biên Hòa, Nhơn Trạch; nhiều ý kiến băn khoăn vì thủ tục xác nhận thu nhập còn phức tạp, giá bán vẫn cao so với thu nhập.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh đẩy nhanh tiến độ các dự án nhà ở xã hội, đơn giản hóa thủ tục xác nhận đối tượng cho công nhân.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Lao động nữ tại các KCN gặp khó khăn khi gửi con vì trường mầm non công lập gần khu công nghiệp quá tải, nhóm trẻ tư thục chi phí cao, chưa bảo đảm an toàn.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh quy hoạch, đầu tư thêm trường mầm non gần các khu công nghiệp, có chính sách hỗ trợ doanh nghiệp xây dựng nhà trẻ.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Đoàn viên phấn khởi khi được hỗ trợ xây dựng, sửa chữa nhà “Mái ấm Công đoàn”; nhiều gia đình công nhân có hoàn cảnh khó khăn đã có nơi ở ổn định.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "housing",
            content: "CNLĐ quan tâm dự án thiết chế công đoàn tại Đồng Nai, mong muốn sớm được đưa vào sử dụng với giá thuê phù hợp, có nhà trẻ, khu vui chơi cho con công nhân.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam sớm triển khai xây dựng thiết chế công đoàn tại các khu công nghiệp của tỉnh Đồng Nai.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Trong thời gian nghỉ hè, công nhân có con nhỏ lo lắng vì không có nơi gửi con, phải để con ở phòng trọ một mình hoặc gửi về quê.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh phối hợp tổ chức các điểm sinh hoạt hè, trông giữ trẻ cho con công nhân tại các khu nhà trọ.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Đời sống của phần lớn công nhân thuê trọ còn nhiều khó khăn; nhiều gia đình phải ở trong phòng từ 10 đến 12 mét vuông, thiếu không gian sinh hoạt, vui chơi cho trẻ.",
            attitude: "worried",
            targetGroup: "private",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Giáo viên công tác tại các xã vùng xa của Định Quán mong muốn được bố trí nhà công vụ để yên tâm công tác, giảm chi phí đi lại hằng ngày.",
            attitude: "interested",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh bố trí kinh phí xây dựng, sửa chữa nhà công vụ cho giáo viên vùng xa.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "housing",
            content: "Đa số đoàn viên đồng tình, đánh giá cao việc công đoàn vận động chủ nhà trọ giảm giá thuê phòng cho công nhân bị giảm giờ làm, mất việc làm.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),

        // prices – Giá cả, chi phí sinh hoạt
        DemoItemSeed(
            topic: "prices",
            content: "Công nhân thuê trọ tại các phường Long Bình, Tam Phước bức xúc vì chủ nhà trọ thu tiền điện, nước cao hơn giá quy định, có nơi thu tiền điện đến 4.000 đồng/kWh.",
            attitude: "frustrated",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị chính quyền cấp xã kiểm tra, xử lý việc thu tiền điện, nước tại nhà trọ cao hơn giá quy định.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Người lao động quan tâm đến diễn biến giá xăng dầu; mỗi lần giá xăng tăng, chi phí đi lại của công nhân ở xa nhà máy tăng theo trong khi thu nhập không đổi.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Giá thịt heo, rau xanh và một số mặt hàng thiết yếu tăng khiến chi tiêu hằng ngày của gia đình công nhân thêm khó khăn; nhiều người phải cắt giảm chi tiêu, hạn chế gửi tiền về quê.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Nhiều ý kiến băn khoăn khi giá bán lẻ điện bình quân được điều chỉnh tăng, lo ngại kéo theo giá hàng hóa, dịch vụ và giá thuê nhà trọ tăng.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam kiến nghị các cơ quan có thẩm quyền cân nhắc thời điểm, mức điều chỉnh giá điện phù hợp với thu nhập của người lao động.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Chủ nhà trọ gần các KCN Nhơn Trạch tăng giá thuê phòng từ 200.000 đến 300.000 đồng mỗi tháng ngay sau khi lương tối thiểu vùng tăng, khiến phần tăng lương của công nhân gần như không còn.",
            attitude: "frustrated",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị chính quyền địa phương vận động chủ nhà trọ giữ ổn định giá thuê phòng cho công nhân.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Lan truyền thông tin giá gạo sắp tăng mạnh do thiếu nguồn cung, một số người đổ xô mua tích trữ; qua kiểm tra, thị trường gạo vẫn ổn định, nguồn cung dồi dào.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: true,
            proposal: "Đề nghị Sở Công Thương tăng cường thông tin về cung cầu, giá cả hàng hóa thiết yếu để người dân yên tâm.",
            proposalTo: "Sở Công Thương"
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Đoàn viên đồng tình với các điểm bán hàng bình ổn giá, ưu đãi cho đoàn viên tại các siêu thị liên kết theo Chương trình “Vì lợi ích đoàn viên”.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh mở rộng liên kết với nhiều siêu thị, cửa hàng gần các khu nhà trọ công nhân.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "prices",
            content: "Phụ huynh là công nhân lo lắng về các khoản thu đầu năm học ngoài học phí như đồng phục, bán trú, học thêm; chi phí cho con đi học vẫn là gánh nặng với gia đình thu nhập thấp.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Sở Giáo dục và Đào tạo chấn chỉnh việc thu các khoản ngoài quy định đầu năm học.",
            proposalTo: "Sở Giáo dục và Đào tạo"
        ),

        // relations – Quan hệ lao động, ngừng việc tập thể
        DemoItemSeed(
            topic: "relations",
            content: "Một số doanh nghiệp chậm điều chỉnh tiền lương theo mức lương tối thiểu vùng mới, gây bức xúc trong công nhân, tiềm ẩn nguy cơ ngừng việc tập thể; công đoàn cấp trên đã làm việc, đề nghị doanh nghiệp đối thoại với người lao động.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ phối hợp với công đoàn kiểm tra, hướng dẫn doanh nghiệp thực hiện đúng quy định về lương tối thiểu vùng.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Nhiều ý kiến đồng tình với việc tổ chức đối thoại định kỳ tại nơi làm việc; các kiến nghị của người lao động về xe đưa rước, phụ cấp chuyên cần được doanh nghiệp tiếp thu, góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ.",
            attitude: "agree",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Công nhân bức xúc vì cách quản lý hà khắc của một số tổ trưởng, chuyền trưởng người nước ngoài như la mắng, hạn chế thời gian đi vệ sinh; đây là nguyên nhân tiềm ẩn dẫn đến ngừng việc tập thể.",
            attitude: "frustrated",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh chỉ đạo công đoàn cơ sở kiến nghị doanh nghiệp chấn chỉnh cách ứng xử của cán bộ quản lý đối với người lao động.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Đoạn video quay cảnh hàng trăm công nhân tụ tập trước cổng nhà máy được chia sẻ trên Facebook kèm dòng chữ “công nhân Đồng Nai đình công vì bị nợ lương”. Qua xác minh, đây là video cũ quay tại tỉnh khác, không phải tại doanh nghiệp trên địa bàn.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị các cơ quan chức năng xử lý các tài khoản cố tình đăng tải video cũ, thông tin sai sự thật về tình hình quan hệ lao động tại tỉnh.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Người lao động phấn khởi vì thỏa ước lao động tập thể mới ký kết có nhiều điều khoản có lợi hơn quy định của pháp luật như tăng phụ cấp nhà trọ, đi lại, thưởng thâm niên.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Công nhân một doanh nghiệp giày da ở Trảng Bom ngừng việc tập thể khoảng nửa ngày do doanh nghiệp thay đổi cách tính tiền chuyên cần; sau khi công đoàn cùng chính quyền tổ chức đối thoại, doanh nghiệp giữ nguyên chế độ cũ, công nhân trở lại làm việc.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Một số ý kiến cho rằng cần nâng cao vai trò của công đoàn cơ sở trong đối thoại, thương lượng để giải quyết mâu thuẫn ngay từ đầu; quan hệ lao động hài hoà là điều kiện để doanh nghiệp giữ chân người lao động.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục có cơ chế bảo vệ cán bộ công đoàn cơ sở không chuyên trách khi tham gia thương lượng, đối thoại.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "relations",
            content: "Người lao động phản đối việc doanh nghiệp đơn phương điều chuyển hàng trăm công nhân sang làm việc tại chi nhánh cách xa hơn 30 km mà không bố trí xe đưa rước, phụ cấp đi lại.",
            attitude: "opposed",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị cơ quan quản lý nhà nước về lao động hướng dẫn doanh nghiệp thực hiện đúng quy định khi chuyển người lao động làm việc tại địa điểm khác.",
            proposalTo: "Sở Nội vụ"
        ),

        // policy – Chính sách, pháp luật mới
        DemoItemSeed(
            topic: "policy",
            content: "Đoàn viên, CNLĐ đồng tình với các quy định mới của Luật Công đoàn 2024, trong đó người lao động nước ngoài làm việc tại Việt Nam được gia nhập và hoạt động công đoàn, góp phần tăng cường đối thoại trong doanh nghiệp FDI.",
            attitude: "agree",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Nhiều ý kiến quan tâm đến quy định của Luật BHXH 2024 về trợ cấp hằng tháng cho người chưa đủ điều kiện hưởng lương hưu và chưa đủ tuổi hưởng trợ cấp hưu trí xã hội; mong muốn được tuyên truyền cụ thể hơn.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị BHXH tỉnh phối hợp với công đoàn tổ chức hội nghị tuyên truyền Luật BHXH 2024 tại các khu công nghiệp.",
            proposalTo: "BHXH tỉnh"
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Người lao động quan tâm đến Luật Việc làm (sửa đổi), trong đó mở rộng đối tượng tham gia bảo hiểm thất nghiệp đến người làm việc theo hợp đồng từ đủ 1 tháng trở lên; nhiều ý kiến mong muốn sớm có hướng dẫn để doanh nghiệp thực hiện.",
            attitude: "interested",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ sớm tổ chức tập huấn, hướng dẫn doanh nghiệp thực hiện các quy định mới của Luật Việc làm.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Đa số CCVC và người lao động phấn khởi trước chủ trương miễn học phí cho học sinh từ mầm non đến hết trung học phổ thông công lập, giảm gánh nặng chi phí cho gia đình công nhân.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Nhiều ý kiến đồng tình với việc điều chỉnh tăng mức giảm trừ gia cảnh khi tính thuế thu nhập cá nhân, đồng thời mong muốn mức giảm trừ được xem xét định kỳ theo biến động giá cả.",
            attitude: "agree",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam tiếp tục kiến nghị cơ chế điều chỉnh mức giảm trừ gia cảnh định kỳ theo chỉ số giá tiêu dùng.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Người lao động trong doanh nghiệp ngoài nhà nước tin tưởng Nghị quyết của Bộ Chính trị về phát triển kinh tế tư nhân sẽ giúp doanh nghiệp phục hồi sản xuất, ổn định việc làm.",
            attitude: "pleased",
            targetGroup: "private",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Người lao động phấn khởi trước chủ trương từng bước miễn viện phí, nâng mức hưởng BHYT cho một số nhóm đối tượng; mong muốn sớm có lộ trình cụ thể.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "policy",
            content: "Một số ý kiến băn khoăn về mức xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ tăng cao, cho rằng cần tăng cường tuyên truyền để công nhân đi xe máy nắm rõ quy định.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh phối hợp với lực lượng cảnh sát giao thông tuyên truyền pháp luật giao thông tại doanh nghiệp.",
            proposalTo: "LĐLĐ tỉnh"
        ),

        // restructuring – Sắp xếp bộ máy
        DemoItemSeed(
            topic: "restructuring",
            content: "Đa số cán bộ, đảng viên, CCVC đồng tình, ủng hộ chủ trương sắp xếp tổ chức bộ máy tinh gọn, vận hành chính quyền địa phương hai cấp; tin tưởng bộ máy mới sẽ phục vụ người dân, doanh nghiệp tốt hơn.",
            attitude: "agree",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Một số CCVC băn khoăn, lo lắng về vị trí việc làm sau sắp xếp, nhất là những người đang giữ chức vụ lãnh đạo cấp phòng, người gần đến tuổi nghỉ hưu; mong muốn việc bố trí cán bộ được công khai, minh bạch.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Tỉnh ủy quan tâm công tác tư tưởng, chỉ đạo bố trí cán bộ công khai, khách quan sau sắp xếp.",
            proposalTo: "Tỉnh ủy"
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Công chức ở các xã sau sáp nhập phản ánh khoảng cách từ nhà đến trụ sở mới xa hơn, chi phí đi lại tăng; mong muốn được hỗ trợ phương tiện hoặc phụ cấp đi lại.",
            attitude: "interested",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh xem xét hỗ trợ chi phí đi lại, nhà ở công vụ cho công chức phải thay đổi nơi làm việc sau sắp xếp.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "CCVC quan tâm đến chính sách nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định 178/2024/NĐ-CP; nhiều ý kiến đánh giá mức hỗ trợ thỏa đáng nhưng đề nghị chi trả kịp thời.",
            attitude: "agree",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ phối hợp với Sở Tài chính bảo đảm kinh phí chi trả chế độ kịp thời cho người nghỉ theo Nghị định 178/2024/NĐ-CP.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Cán bộ công đoàn chuyên trách cấp huyện băn khoăn về vị trí công tác khi kết thúc hoạt động LĐLĐ cấp huyện, thành lập công đoàn xã, phường; đoàn viên lo ngại việc chăm lo tại cơ sở bị gián đoạn.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam sớm hướng dẫn cụ thể chức năng, nhiệm vụ, biên chế của công đoàn cấp xã và công đoàn các khu công nghiệp sau sắp xếp.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Người lao động quan tâm việc hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, trung tâm hành chính đặt tại Biên Hòa; nhiều ý kiến kỳ vọng tỉnh mới phát huy lợi thế sân bay Long Thành, kết nối giao thông vùng.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Một số ý kiến phản ánh thời gian đầu vận hành chính quyền địa phương hai cấp, việc giải quyết thủ tục hành chính về đất đai, hộ tịch tại một số xã còn chậm do phần mềm chưa đồng bộ, cán bộ chưa quen việc.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh chỉ đạo khắc phục tình trạng chậm giải quyết thủ tục hành chính, tăng cường tập huấn cho công chức cấp xã.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "restructuring",
            content: "Lan truyền trên mạng xã hội thông tin sau sắp xếp sẽ cắt giảm 30% giáo viên, nhân viên y tế; qua xác minh, đây là thông tin không có cơ sở, ngành chưa có chủ trương này.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: true,
            proposal: "Đề nghị Sở Nội vụ kịp thời cung cấp thông tin chính thống về lộ trình tinh giản biên chế để ổn định tư tưởng CCVC.",
            proposalTo: "Sở Nội vụ"
        ),

        // unionWork – Hoạt động công đoàn
        DemoItemSeed(
            topic: "unionWork",
            content: "Đoàn viên, CNLĐ phấn khởi với các hoạt động trong Tháng Công nhân, đặc biệt là chương trình “Bữa cơm Công đoàn”, khám sức khỏe miễn phí, trao quà cho công nhân khó khăn được tổ chức ngay tại khu nhà trọ.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Người lao động đánh giá cao chương trình “Tết Sum vầy”, “Chuyến xe Công đoàn” đưa công nhân về quê đón Tết; nhiều ý kiến mong muốn tăng số lượng vé xe và mở thêm tuyến ra các tỉnh miền Trung, miền Bắc.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh tiếp tục vận động doanh nghiệp phối hợp tăng số chuyến xe đưa công nhân về quê đón Tết.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Một số đoàn viên cho rằng hoạt động của công đoàn cơ sở tại doanh nghiệp còn hình thức; chủ tịch công đoàn kiêm nhiệm là cán bộ quản lý nên chưa mạnh dạn bảo vệ quyền lợi người lao động.",
            attitude: "frustrated",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị công đoàn cấp trên tăng cường hỗ trợ, tập huấn kỹ năng đối thoại, thương lượng cho cán bộ công đoàn cơ sở.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Đoàn viên phấn khởi khi được hưởng các ưu đãi của Chương trình “Vì lợi ích đoàn viên” khi mua sắm, khám chữa bệnh tại các đơn vị liên kết.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Đoàn viên bị giảm giờ làm, chấm dứt hợp đồng lao động quan tâm chính sách hỗ trợ của Tổng LĐLĐ Việt Nam, tuy nhiên phản ánh thủ tục xét duyệt còn chậm, mong được nhận hỗ trợ sớm.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh đẩy nhanh tiến độ thẩm định hồ sơ, chi hỗ trợ kịp thời cho đoàn viên.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Đoàn viên nữ phấn khởi khi được biểu dương, khen thưởng trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” và hội thi giáo viên dạy giỏi do công đoàn phối hợp tổ chức.",
            attitude: "pleased",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Công nhân mong muốn công đoàn tổ chức thêm các hoạt động văn hóa, thể thao như giải bóng đá mini, hội thi văn nghệ vào cuối tuần tại khu nhà trọ, thiết chế công đoàn.",
            attitude: "interested",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "unionWork",
            content: "Lao động tự do, tài xế công nghệ quan tâm đến việc gia nhập nghiệp đoàn, công đoàn để được hỗ trợ khi gặp rủi ro, tai nạn.",
            attitude: "interested",
            targetGroup: "informal",
            isRumour: false,
            proposal: "Đề nghị Tổng LĐLĐ Việt Nam có hướng dẫn phát triển đoàn viên đối với người lao động làm việc qua nền tảng số.",
            proposalTo: "Tổng LĐLĐ Việt Nam"
        ),

        // domesticNews – Thời sự trong nước, địa phương
        DemoItemSeed(
            topic: "domesticNews",
            content: "Người lao động Đồng Nai phấn khởi trước tiến độ Cảng hàng không quốc tế Long Thành, các tuyến cao tốc Biên Hòa – Vũng Tàu và vành đai 3; tin tưởng các công trình sẽ tạo thêm nhiều việc làm cho địa phương.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Đa số CNVCLĐ phấn khởi, tự hào khi theo dõi lễ diễu binh, diễu hành kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh; nhiều đoàn viên treo cờ Tổ quốc tại phòng trọ, chia sẻ hình ảnh trên mạng xã hội.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Đoàn viên, CNLĐ quan tâm, chia sẻ với đồng bào các tỉnh miền Bắc, miền Trung bị thiệt hại do bão lũ; nhiều công đoàn cơ sở phát động ủng hộ một ngày lương.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Dư luận bức xúc trước các vụ án sản xuất, buôn bán sữa giả, thực phẩm chức năng giả, thuốc giả bị cơ quan chức năng phát hiện; đề nghị xử lý thật nghiêm các đối tượng vi phạm.",
            attitude: "frustrated",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị các cơ quan chức năng tăng cường kiểm tra, xử lý nghiêm hành vi sản xuất, kinh doanh hàng giả, nhất là thực phẩm và thuốc chữa bệnh.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Cán bộ, đảng viên, CCVC quan tâm, tin tưởng vào thành công của Đại hội Đảng bộ tỉnh và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; mong muốn lựa chọn được đội ngũ cán bộ lãnh đạo có đức, có tài.",
            attitude: "pleased",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Nhiều ý kiến đồng tình với việc xét xử nghiêm minh các vụ án tham nhũng, tiêu cực; tin tưởng vào quyết tâm phòng, chống tham nhũng của Đảng và Nhà nước.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "Người lao động đi làm qua quốc lộ 51, quốc lộ 1 đoạn qua Biên Hòa, Trảng Bom phản ánh tình trạng ùn tắc giờ cao điểm và ngập nước sau mưa lớn, ảnh hưởng đến thời gian đi làm.",
            attitude: "frustrated",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh sớm có giải pháp chống ngập, giảm ùn tắc trên các tuyến đường dẫn vào khu công nghiệp.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "domesticNews",
            content: "CCVC quan tâm chủ trương đẩy mạnh phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; nhiều ý kiến mong muốn được bồi dưỡng kỹ năng số, sử dụng thành thạo các nền tảng dịch vụ công trực tuyến.",
            attitude: "interested",
            targetGroup: "civilServants",
            isRumour: false,
            proposal: "Đề nghị tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.",
            proposalTo: "Sở Nội vụ"
        ),

        // internationalNews – Thời sự quốc tế
        DemoItemSeed(
            topic: "internationalNews",
            content: "Người lao động tại các doanh nghiệp xuất khẩu gỗ, dệt may, giày da quan tâm, lo lắng trước chính sách thuế đối ứng của Hoa Kỳ, lo ngại đơn hàng sụt giảm ảnh hưởng đến việc làm.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "Một số ý kiến quan tâm đến diễn biến xung đột Nga – Ukraina và tình hình Trung Đông, lo ngại ảnh hưởng đến giá xăng dầu, giá vàng trong nước.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "CNVCLĐ quan tâm tình hình Biển Đông, đồng tình với lập trường kiên quyết, kiên trì bảo vệ chủ quyền biển, đảo của Đảng và Nhà nước ta.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "Một số lao động trẻ quan tâm đến chương trình đi làm việc có thời hạn tại Hàn Quốc, Nhật Bản; mong muốn được cung cấp thông tin từ các kênh chính thống để tránh bị lừa đảo.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Sở Nội vụ tăng cường thông tin về các chương trình đưa người lao động đi làm việc ở nước ngoài hợp pháp.",
            proposalTo: "Sở Nội vụ"
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "Dư luận lo lắng trước thông tin nhiều lao động Việt Nam bị lừa sang Campuchia, Myanmar làm việc tại các cơ sở lừa đảo trực tuyến, bị giam giữ, đòi tiền chuộc.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Công an tỉnh tăng cường cảnh báo thủ đoạn tuyển lao động “việc nhẹ lương cao” ra nước ngoài.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "CNLĐ phấn khởi trước thông tin Việt Nam tiếp tục thu hút các dự án FDI lớn trong lĩnh vực điện tử, bán dẫn; kỳ vọng có thêm việc làm chất lượng cao tại các KCN của tỉnh.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "Một số ý kiến quan tâm đến xung đột biên giới Thái Lan – Campuchia, mong muốn các bên giải quyết bằng biện pháp hòa bình, bảo đảm an toàn cho người Việt Nam đang sinh sống, làm việc tại khu vực.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "internationalNews",
            content: "Dư luận quan tâm đến biến động giá vàng thế giới; một số công nhân có ý định mua vàng tích trữ, số khác lo ngại rủi ro khi giá vàng lên xuống mạnh, chưa có ý kiến thống nhất.",
            attitude: "unclear",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),

        // security – An ninh trật tự, lừa đảo qua mạng
        DemoItemSeed(
            topic: "security",
            content: "Nhiều công nhân bị lừa đảo qua mạng với thủ đoạn mạo danh công an, cán bộ BHXH gọi điện yêu cầu cài đặt ứng dụng giả để “cập nhật thông tin”, sau đó chiếm đoạt tiền trong tài khoản.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Công an tỉnh phối hợp với công đoàn tăng cường tuyên truyền các thủ đoạn lừa đảo qua mạng tại các khu nhà trọ, doanh nghiệp.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "security",
            content: "Tình trạng “việc nhẹ lương cao”, làm nhiệm vụ trực tuyến hưởng hoa hồng tiếp tục xuất hiện trên các nhóm Zalo công nhân; một số lao động nữ đã bị chiếm đoạt từ vài triệu đến hàng chục triệu đồng.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "security",
            content: "Tín dụng đen, cho vay qua ứng dụng với lãi suất cắt cổ vẫn tiếp cận công nhân tại các khu nhà trọ; nhiều người bị đòi nợ kiểu khủng bố, bêu riếu trên mạng xã hội.",
            attitude: "frustrated",
            targetGroup: "private",
            isRumour: false,
            proposal: "Đề nghị Công an tỉnh tăng cường đấu tranh, xử lý hoạt động tín dụng đen; LĐLĐ tỉnh mở rộng nguồn vốn vay ưu đãi từ Quỹ Trợ vốn công nhân lao động nghèo.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "security",
            content: "Tình trạng trộm cắp xe máy, điện thoại tại các khu nhà trọ, bãi giữ xe gần KCN Hố Nai, KCN Sông Mây có chiều hướng gia tăng, gây lo lắng cho công nhân làm ca đêm.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị công an cấp xã tăng cường tuần tra, kiểm soát vào khung giờ tan ca đêm.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "security",
            content: "Trên mạng xã hội lan truyền thông tin có đối tượng bắt cóc trẻ em tại các khu nhà trọ công nhân ở Trảng Bom; công an đã xác minh, khẳng định đây là thông tin sai sự thật.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: true,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "security",
            content: "Xuất hiện tình trạng mạo danh cán bộ công đoàn gọi điện, nhắn tin thông báo đoàn viên được nhận quà, hỗ trợ rồi yêu cầu chuyển phí làm hồ sơ; đoàn viên đồng tình với việc công đoàn kịp thời cảnh báo trên các nhóm Zalo.",
            attitude: "agree",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "security",
            content: "Người lao động đánh giá cao việc công an cấp xã hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử VNeID ngay tại doanh nghiệp, giúp thuận tiện khi giải quyết thủ tục.",
            attitude: "pleased",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "security",
            content: "Người lao động bức xúc trước tình trạng thanh thiếu niên tụ tập đua xe, gây rối trật tự vào ban đêm trên các tuyến đường gần khu dân cư, khu công nghiệp.",
            attitude: "frustrated",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị lực lượng công an tăng cường tuần tra, xử lý nghiêm tình trạng đua xe trái phép.",
            proposalTo: "Công an tỉnh"
        ),

        // hostileInfo – Thông tin xấu độc, quan điểm sai trái
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Một số trang mạng của các tổ chức phản động đăng tải bài viết xuyên tạc vai trò của tổ chức Công đoàn Việt Nam, kích động thành lập “công đoàn độc lập”; đa số đoàn viên không đồng tình, phản bác các luận điệu sai trái.",
            attitude: "opposed",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị các cơ quan chức năng kịp thời ngăn chặn, gỡ bỏ các thông tin xấu độc xuyên tạc về tổ chức Công đoàn.",
            proposalTo: "Tỉnh ủy"
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Các đối tượng lợi dụng việc sắp xếp bộ máy, hợp nhất tỉnh để tung tin xuyên tạc, cho rằng đây là “cuộc thanh lọc nội bộ”, gây hoang mang trong một bộ phận CCVC.",
            attitude: "worried",
            targetGroup: "civilServants",
            isRumour: true,
            proposal: "Đề nghị Tỉnh ủy chỉ đạo tăng cường cung cấp thông tin chính thống, kịp thời đấu tranh phản bác các luận điệu xuyên tạc.",
            proposalTo: "Tỉnh ủy"
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Xuất hiện một số tài khoản Facebook ẩn danh đăng bài kêu gọi công nhân các KCN Biên Hòa, Amata đồng loạt ngừng việc để đòi tăng lương; công đoàn đã phối hợp với công an nắm tình hình, CNLĐ không hưởng ứng.",
            attitude: "opposed",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị Công an tỉnh truy tìm, xử lý các tài khoản kích động công nhân ngừng việc.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Trên mạng xã hội xuất hiện các bài viết cho rằng tiền lương tăng “không đủ mua một bát phở”, xuyên tạc chính sách tiền lương của Nhà nước; một số công nhân chia sẻ lại mà chưa hiểu rõ bản chất.",
            attitude: "unclear",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh biên soạn tài liệu hỏi – đáp ngắn gọn về chính sách tiền lương để tuyên truyền trên các nhóm Zalo công nhân.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Các đối tượng thù địch lợi dụng việc chuẩn bị nhân sự Đại hội Đảng để tung tin thất thiệt, bịa đặt về cán bộ lãnh đạo; cán bộ, đảng viên trong đơn vị không tin, không chia sẻ các thông tin này.",
            attitude: "opposed",
            targetGroup: "civilServants",
            isRumour: true,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Một số kênh YouTube ở nước ngoài xuyên tạc tình hình nhân quyền, quyền của người lao động tại Việt Nam; đa số CNVCLĐ phản đối, cho rằng đây là các luận điệu sai sự thật.",
            attitude: "opposed",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Lan truyền video cắt ghép với nội dung “quản lý người nước ngoài đánh công nhân” tại một doanh nghiệp ở Nhơn Trạch, kèm lời kêu gọi tẩy chay; qua xác minh, sự việc xảy ra ở nước ngoài, bị gán cho doanh nghiệp trong tỉnh.",
            attitude: "frustrated",
            targetGroup: "fdi",
            isRumour: true,
            proposal: "Đề nghị các cơ quan chức năng xử lý nghiêm người đăng tải, lan truyền video cắt ghép sai sự thật.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "hostileInfo",
            content: "Một số đối tượng lợi dụng việc thu hồi đất phục vụ dự án sân bay Long Thành để xuyên tạc, kích động người dân khiếu kiện; người lao động có người thân trong vùng dự án còn băn khoăn, chưa bày tỏ quan điểm rõ ràng.",
            attitude: "unclear",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị chính quyền địa phương tăng cường đối thoại, công khai chính sách bồi thường, tái định cư để người dân yên tâm.",
            proposalTo: "UBND tỉnh"
        ),

        // other – Khác
        DemoItemSeed(
            topic: "other",
            content: "Đoàn viên, CNLĐ quan tâm đến việc đổi giấy phép lái xe, cấp căn cước, tích hợp giấy tờ trên VNeID; mong muốn có thêm các điểm hỗ trợ vào ngày nghỉ cuối tuần cho công nhân.",
            attitude: "interested",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Công an tỉnh bố trí các điểm cấp căn cước lưu động vào ngày Chủ nhật tại các khu công nghiệp.",
            proposalTo: "Công an tỉnh"
        ),
        DemoItemSeed(
            topic: "other",
            content: "Người lao động sống gần khu xử lý chất thải phản ánh tình trạng mùi hôi kéo dài, nhất là vào ban đêm, ảnh hưởng đến sinh hoạt và sức khỏe.",
            attitude: "frustrated",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị UBND tỉnh chỉ đạo kiểm tra, xử lý dứt điểm tình trạng ô nhiễm mùi tại các khu xử lý chất thải.",
            proposalTo: "UBND tỉnh"
        ),
        DemoItemSeed(
            topic: "other",
            content: "Người lao động lo lắng trước tình hình sốt xuất huyết, tay chân miệng gia tăng tại các khu nhà trọ đông công nhân, nhất là nơi có trẻ nhỏ.",
            attitude: "worried",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị ngành Y tế tăng cường phun thuốc diệt muỗi, tuyên truyền phòng bệnh tại các khu nhà trọ.",
            proposalTo: "Sở Y tế"
        ),
        DemoItemSeed(
            topic: "other",
            content: "Công nhân nhập cư gặp khó khăn khi đăng ký cho con vào lớp 1 tại trường công lập do chỉ đăng ký tạm trú; mong muốn con em công nhân được tuyển sinh bình đẳng như học sinh địa phương.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị Sở Giáo dục và Đào tạo có hướng dẫn tuyển sinh bảo đảm quyền học tập của con công nhân nhập cư.",
            proposalTo: "Sở Giáo dục và Đào tạo"
        ),
        DemoItemSeed(
            topic: "other",
            content: "CNLĐ phấn khởi khi đội tuyển bóng đá Việt Nam giành chức vô địch khu vực; nhiều khu nhà trọ tổ chức xem chung, cổ vũ sôi nổi, an toàn.",
            attitude: "pleased",
            targetGroup: "general",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "other",
            content: "Một bộ phận công nhân trẻ có thói quen sử dụng rượu bia sau giờ tan ca rồi điều khiển xe máy, tiềm ẩn nguy cơ tai nạn giao thông.",
            attitude: "worried",
            targetGroup: "private",
            isRumour: false,
            proposal: "",
            proposalTo: ""
        ),
        DemoItemSeed(
            topic: "other",
            content: "Nhiều công nhân lớn tuổi gặp khó khăn khi sử dụng điện thoại thông minh để thanh toán không dùng tiền mặt, nhận lương qua tài khoản, xác thực sinh trắc học ngân hàng.",
            attitude: "worried",
            targetGroup: "fdi",
            isRumour: false,
            proposal: "Đề nghị LĐLĐ tỉnh phối hợp với các ngân hàng tổ chức hướng dẫn kỹ năng số cho công nhân.",
            proposalTo: "LĐLĐ tỉnh"
        ),
        DemoItemSeed(
            topic: "other",
            content: "Người lao động thuê trọ chưa rõ sau khi sắp xếp đơn vị hành chính có phải điều chỉnh địa chỉ trên căn cước, giấy tờ cá nhân và đăng ký tạm trú lại hay không.",
            attitude: "unclear",
            targetGroup: "general",
            isRumour: false,
            proposal: "Đề nghị Công an tỉnh hướng dẫn cụ thể việc cập nhật thông tin cư trú sau sắp xếp đơn vị hành chính.",
            proposalTo: "Công an tỉnh"
        ),
    ]

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
            address: "KCN Hố Nai, xã Hố Nai, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 4850,
            workersInvolved: 1272,
            causes: "Doanh nghiệp chỉ trả 50% tiền lương tháng trước, thông báo chưa xác định thời điểm trả phần còn lại do khó khăn tài chính; đồng thời nợ đóng BHXH nhiều tháng khiến người lao động không được giải quyết chế độ.",
            demands: "Trả ngay 50% tiền lương còn nợ; cam kết thời hạn trả lương các tháng tiếp theo; đóng đủ BHXH để người lao động được hưởng chế độ ốm đau, thai sản.",
            arrears: "Nợ 50% lương tháng trước khoảng 9 tỷ đồng; nợ BHXH khoảng 13 tỷ đồng",
            unionActions: "Công đoàn cơ sở báo cáo nhanh qua điện thoại; LĐLĐ huyện phối hợp với chính quyền, công an xã có mặt tại doanh nghiệp, vận động công nhân giữ trật tự, hướng dẫn cử đại diện đối thoại; báo cáo nhanh về LĐLĐ tỉnh.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo Sở Nội vụ, BHXH tỉnh làm việc với Công ty TNHH Giày Hưng Phát, yêu cầu doanh nghiệp trả đủ tiền lương còn nợ, có lộ trình đóng BHXH để người lao động được giải quyết chế độ ốm đau, thai sản.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Khoảng 10 giờ, 1.272 công nhân các bộ phận may mũ, gò ráp ngừng việc, tập trung tại sân nhà máy đòi trả 50% lương còn nợ; công đoàn cơ sở báo cáo nhanh qua điện thoại.",
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
            address: "KCN Amata, phường Long Bình, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 2300,
            workersInvolved: 640,
            causes: "Doanh nghiệp thay đổi cách tính phụ cấp chuyên cần và giảm giá trị bữa ăn ca mà không lấy ý kiến công đoàn cơ sở, người lao động; công nhân bất bình với cách ứng xử của một số quản lý người nước ngoài.",
            demands: "Giữ nguyên phụ cấp chuyên cần như trước; nâng chất lượng bữa ăn ca; chấn chỉnh thái độ của cán bộ quản lý đối với công nhân.",
            arrears: "",
            unionActions: "Công đoàn các KCN phối hợp với Ban Quản lý các KCN, công an phường có mặt tại doanh nghiệp; hướng dẫn người lao động cử đại diện đối thoại; đề nghị doanh nghiệp tạm dừng áp dụng quy chế mới.",
            proposal: "Đề nghị Ban Quản lý các KCN tỉnh nhắc nhở doanh nghiệp lấy ý kiến công đoàn cơ sở, người lao động trước khi thay đổi quy chế tiền lương, phụ cấp; chấn chỉnh thái độ của cán bộ quản lý người nước ngoài đối với công nhân.",
            proposalTo: "Ban Quản lý các KCN tỉnh",
            updates: [
                "Khoảng 7 giờ 30, 640 công nhân ca sáng không vào xưởng, tập trung tại nhà xe; công đoàn cơ sở báo cáo nhanh về Công đoàn các KCN.",
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
            address: "KCN Định Quán, xã Định Quán, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 620,
            workersInvolved: 620,
            causes: "Doanh nghiệp mất đơn hàng xuất khẩu, dòng tiền khó khăn, chậm trả lương hai tháng liên tiếp và ngừng đóng BHXH.",
            demands: "Trả đủ tiền lương còn nợ theo lộ trình cụ thể; chốt sổ BHXH cho người lao động đã nghỉ việc để hưởng trợ cấp thất nghiệp.",
            arrears: "Nợ lương 2 tháng khoảng 7,8 tỷ đồng; nợ BHXH 6 tháng khoảng 4,2 tỷ đồng",
            unionActions: "LĐLĐ huyện làm việc với doanh nghiệp, đề nghị ưu tiên nguồn tiền trả lương; phối hợp với chính quyền xã nắm tình hình, vận động người lao động không tụ tập đông người; báo cáo nhanh về LĐLĐ tỉnh.",
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
            address: "Cụm công nghiệp Phú Thạnh – Vĩnh Thanh, xã Nhơn Trạch, tỉnh Đồng Nai",
            hasGrassrootsUnion: false,
            workforce: 380,
            workersInvolved: 210,
            causes: "Doanh nghiệp gia công cho đối tác nước ngoài bị chậm thanh toán, trả lương trễ hơn 20 ngày so với thỏa thuận trong hợp đồng lao động.",
            demands: "Trả đủ lương đúng hạn; công khai thời điểm trả lương các tháng tiếp theo.",
            arrears: "Nợ lương 1 tháng khoảng 2,1 tỷ đồng",
            unionActions: "LĐLĐ huyện cử cán bộ xuống doanh nghiệp nắm tình hình, làm việc với chủ doanh nghiệp; phối hợp với UBND xã tổ chức đối thoại; vận động thành lập công đoàn cơ sở.",
            proposal: "Đề nghị Sở Nội vụ kiểm tra việc trả lương tại Công ty TNHH May mặc Thành Đạt Phú, yêu cầu doanh nghiệp trả lương đúng hạn theo hợp đồng lao động và công khai thời điểm trả lương các tháng tiếp theo.",
            proposalTo: "Sở Nội vụ",
            updates: [
                "Nhận phản ánh qua điện thoại của người lao động về việc chậm trả lương; khoảng 210 công nhân tập trung trước văn phòng công ty.",
                "Đã làm việc với chủ doanh nghiệp; doanh nghiệp cam kết trả lương trong 5 ngày.",
                "Doanh nghiệp đã trả đủ lương cho người lao động; công nhân làm việc bình thường.",
            ],
            result: "Tiền lương đã được trả đủ; LĐLĐ huyện tiếp tục vận động người lao động thành lập công đoàn cơ sở."
        ),
        // insuranceArrears
        DemoHotSpotSeed(
            kind: "insuranceArrears",
            title: "Nợ BHXH kéo dài tại Công ty TNHH Dệt kim Hoa Phong Việt Nam",
            enterprise: "Công ty TNHH Dệt kim Hoa Phong Việt Nam",
            ownership: "FDI (Trung Quốc)",
            industry: "Dệt may",
            address: "KCN Nhơn Trạch 3, xã Nhơn Trạch, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 1650,
            workersInvolved: 1480,
            causes: "Doanh nghiệp trích tiền BHXH của người lao động qua bảng lương nhưng không nộp cho cơ quan BHXH; người lao động nghỉ việc không chốt được sổ, lao động nữ sinh con không được giải quyết chế độ thai sản.",
            demands: "Nộp đủ tiền BHXH, BHYT, BHTN còn nợ; chốt sổ cho người đã nghỉ việc; giải quyết chế độ thai sản, ốm đau cho người lao động.",
            arrears: "Nợ BHXH, BHYT, BHTN 14 tháng khoảng 21 tỷ đồng",
            unionActions: "Công đoàn các KCN Nhơn Trạch phối hợp với BHXH tỉnh làm việc với doanh nghiệp; hỗ trợ người lao động lập hồ sơ; đề nghị cơ quan chức năng xem xét xử lý hành vi trốn đóng BHXH.",
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
            address: "Phường Tam Hiệp, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 240,
            workersInvolved: 240,
            causes: "Doanh thu vận tải giảm, doanh nghiệp ưu tiên trả lương, chậm đóng BHXH; nhiều lái xe, phụ xe đến tuổi nghỉ hưu chưa được giải quyết chế độ.",
            demands: "Đóng đủ BHXH để người lao động đủ điều kiện nghỉ hưu được giải quyết chế độ kịp thời.",
            arrears: "Nợ BHXH 9 tháng khoảng 3,6 tỷ đồng",
            unionActions: "Công đoàn ngành Giao thông vận tải – Xây dựng làm việc với Ban Giám đốc, đề nghị cam kết lộ trình trả nợ; phối hợp với BHXH tỉnh ưu tiên giải quyết cho người đến tuổi nghỉ hưu.",
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
            address: "KCN Long Đức, xã Long Thành, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 860,
            workersInvolved: 860,
            causes: "Chủ đầu tư người nước ngoài xuất cảnh, không liên lạc được; nhà máy ngừng hoạt động đột ngột, người lao động không được thông báo trước.",
            demands: "Được thanh toán tiền lương còn nợ, trợ cấp thôi việc; chốt sổ BHXH để hưởng trợ cấp thất nghiệp.",
            arrears: "Nợ lương 1 tháng khoảng 6,5 tỷ đồng; nợ BHXH 9 tháng khoảng 8 tỷ đồng",
            unionActions: "LĐLĐ huyện báo cáo nhanh; phối hợp với chính quyền, công an bảo vệ tài sản nhà máy; công đoàn cơ sở lập danh sách người lao động và các khoản nợ; LĐLĐ tỉnh trao quà hỗ trợ người lao động khó khăn; hướng dẫn thủ tục khởi kiện.",
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
            address: "KCN Xuân Lộc, xã Xuân Lộc, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 430,
            workersInvolved: 430,
            causes: "Giám đốc người nước ngoài rời Việt Nam sau khi thanh lý máy móc; doanh nghiệp nợ lương, nợ BHXH, nợ tiền điện và tiền thuê nhà xưởng.",
            demands: "Được trả lương còn nợ, chốt sổ BHXH; đề nghị cơ quan chức năng xử lý tài sản còn lại để trả nợ cho người lao động.",
            arrears: "Nợ lương khoảng 3,4 tỷ đồng; nợ BHXH khoảng 5,1 tỷ đồng",
            unionActions: "LĐLĐ huyện phối hợp với công an, chính quyền xã kiểm kê tài sản; hướng dẫn người lao động làm hồ sơ hưởng trợ cấp thất nghiệp; đề nghị LĐLĐ tỉnh hỗ trợ khẩn cấp.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh, Sở Nội vụ, BHXH tỉnh phối hợp xử lý tài sản còn lại của Công ty TNHH May Sun Kwang Vina để trả nợ lương, chốt sổ BHXH cho người lao động.",
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
            address: "KCN Bàu Xéo, xã Trảng Bom, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 9200,
            workersInvolved: 1450,
            causes: "Đơn hàng xuất khẩu sang thị trường Hoa Kỳ giảm mạnh, doanh nghiệp tái cơ cấu, chuyển một phần sản xuất sang nhà máy ở nước khác.",
            demands: "Được thông báo trước theo quy định, chi trả đầy đủ trợ cấp mất việc làm; ưu tiên giữ lại lao động lớn tuổi, lao động nữ nuôi con nhỏ.",
            arrears: "",
            unionActions: "Công đoàn cơ sở tham gia xây dựng phương án sử dụng lao động; LĐLĐ huyện làm việc với doanh nghiệp yêu cầu thực hiện đúng Điều 42, Điều 44 Bộ luật Lao động; phối hợp với Trung tâm Dịch vụ việc làm tư vấn trợ cấp thất nghiệp, tổ chức sàn giao dịch việc làm tại chỗ.",
            proposal: "Đề nghị Sở Nội vụ giám sát doanh nghiệp thực hiện đúng phương án sử dụng lao động, chi trả đầy đủ trợ cấp mất việc làm; chỉ đạo Trung tâm Dịch vụ việc làm ưu tiên giới thiệu việc làm cho lao động lớn tuổi, lao động nữ nuôi con nhỏ bị cắt giảm.",
            proposalTo: "Sở Nội vụ",
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
            address: "KCN Long Thành, xã Long Thành, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 3100,
            workersInvolved: 820,
            causes: "Công ty mẹ thu hẹp dây chuyền sản xuất linh kiện ô tô, chuyển một phần sang nhà máy ở nước khác; doanh nghiệp chấm dứt hợp đồng với lao động ở các chuyền bị đóng.",
            demands: "Chi trả trợ cấp mất việc làm, hỗ trợ thêm ngoài quy định; ưu tiên điều chuyển sang chuyền khác cho người có tay nghề.",
            arrears: "",
            unionActions: "Công đoàn cơ sở thương lượng với doanh nghiệp về mức hỗ trợ thêm; LĐLĐ huyện giám sát việc thực hiện phương án sử dụng lao động; hướng dẫn người lao động thủ tục hưởng trợ cấp thất nghiệp.",
            proposal: "Đề nghị Sở Nội vụ chỉ đạo Trung tâm Dịch vụ việc làm giải quyết kịp thời trợ cấp thất nghiệp, hỗ trợ học nghề cho người lao động bị chấm dứt hợp đồng tại Công ty TNHH Linh kiện Tohoku Việt Nam.",
            proposalTo: "Sở Nội vụ",
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
            address: "KCN Nhơn Trạch 6, xã Đại Phước, tỉnh Đồng Nai",
            hasGrassrootsUnion: false,
            workforce: 85,
            workersInvolved: 3,
            causes: "Sập giàn giáo khi đổ bê tông sàn mái; công nhân không được trang bị dây an toàn, nhà thầu phụ không tổ chức huấn luyện an toàn, vệ sinh lao động.",
            demands: "Gia đình nạn nhân đề nghị doanh nghiệp bồi thường, hỗ trợ chi phí mai táng, điều trị và làm rõ trách nhiệm.",
            arrears: "",
            unionActions: "LĐLĐ huyện báo cáo nhanh; phối hợp với đoàn điều tra tai nạn lao động; thăm hỏi, trao tiền hỗ trợ gia đình nạn nhân; đề nghị kiểm tra an toàn lao động tại các công trình trong KCN.",
            proposal: "Đề nghị Sở Nội vụ chủ trì thanh tra, kiểm tra an toàn lao động tại các công trình xây dựng trong KCN Nhơn Trạch 6, nhất là các nhà thầu phụ; xử lý nghiêm trách nhiệm của các đơn vị để xảy ra tai nạn.",
            proposalTo: "Sở Nội vụ",
            updates: [
                "Khoảng 15 giờ, giàn giáo tại công trình bị sập khiến 1 công nhân tử vong tại chỗ, 2 công nhân bị thương được chuyển đi cấp cứu.",
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
            address: "KCN Thạnh Phú, xã Trị An, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 350,
            workersInvolved: 5,
            causes: "Lò hơi quá hạn kiểm định vẫn đưa vào vận hành, van an toàn không hoạt động; người vận hành chưa được huấn luyện đầy đủ.",
            demands: "Người lao động đề nghị doanh nghiệp chi trả toàn bộ chi phí điều trị, bảo đảm an toàn trước khi cho sản xuất trở lại.",
            arrears: "",
            unionActions: "Công đoàn cơ sở và LĐLĐ huyện thăm hỏi người bị nạn; đề nghị doanh nghiệp tạm dừng khu vực lò hơi, kiểm định lại toàn bộ thiết bị có yêu cầu nghiêm ngặt về an toàn lao động.",
            proposal: "Đề nghị Sở Nội vụ kiểm tra việc kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động tại các doanh nghiệp chế biến thực phẩm; yêu cầu Công ty TNHH Thực phẩm Phú Mỹ An chi trả đầy đủ chi phí điều trị cho người bị nạn.",
            proposalTo: "Sở Nội vụ",
            updates: [
                "Khoảng 6 giờ sáng, lò hơi tại xưởng hấp phát nổ làm 5 công nhân bị bỏng, trong đó 2 người bị nặng; công đoàn cơ sở báo cáo nhanh.",
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
            address: "Phường Trảng Dài, tỉnh Đồng Nai",
            hasGrassrootsUnion: false,
            workforce: 320,
            workersInvolved: 150,
            causes: "Doanh nghiệp ngừng hoạt động, chưa trả trợ cấp thôi việc, chưa chốt sổ BHXH; người lao động nhiều lần liên hệ nhưng không được giải quyết.",
            demands: "Chi trả trợ cấp thôi việc; chốt sổ BHXH; đề nghị chính quyền can thiệp buộc doanh nghiệp thực hiện nghĩa vụ.",
            arrears: "Nợ trợ cấp thôi việc khoảng 1,2 tỷ đồng; nợ BHXH khoảng 2,3 tỷ đồng",
            unionActions: "LĐLĐ thành phố cử cán bộ có mặt, tiếp nhận đơn của người lao động; phối hợp với UBND phường tổ chức đối thoại; mời chủ doanh nghiệp làm việc.",
            proposal: "Đề nghị UBND tỉnh chỉ đạo UBND phường và các ngành giám sát Công ty TNHH Bao bì Nhựa Tân Hưng Thịnh thực hiện cam kết chi trả trợ cấp thôi việc, nộp BHXH; có biện pháp buộc doanh nghiệp thực hiện nghĩa vụ nếu quá hạn.",
            proposalTo: "UBND tỉnh",
            updates: [
                "Khoảng 8 giờ, khoảng 150 công nhân mang theo băng rôn tập trung tại trụ sở UBND phường; đã báo cáo nhanh qua điện thoại về LĐLĐ tỉnh.",
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
            address: "Xã Xuân Đường, tỉnh Đồng Nai",
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
            address: "KCN Sông Mây, xã Bàu Hàm, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 12500,
            workersInvolved: 45,
            causes: "Một tài khoản TikTok đăng video công nhân đông người trước cổng nhà máy kèm dòng chữ “công nhân đình công vì bị cắt thưởng”; thực chất video quay cảnh công nhân ra về sau giờ tan ca.",
            demands: "Một số công nhân đề nghị doanh nghiệp và công đoàn xác nhận thông tin về chế độ thưởng.",
            arrears: "",
            unionActions: "Công đoàn cơ sở phối hợp với doanh nghiệp thông tin chính thức trên loa nội bộ và nhóm Zalo của công nhân; LĐLĐ huyện báo cáo nhanh, phối hợp với công an xác minh tài khoản đăng tải.",
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
            address: "KCN Giang Điền, xã An Viễn, tỉnh Đồng Nai",
            hasGrassrootsUnion: true,
            workforce: 2700,
            workersInvolved: 300,
            causes: "Trên các nhóm Zalo lan truyền tin nhắn thoại cho rằng công ty sắp phá sản, toàn bộ công nhân ngừng việc từ ca sau, kèm hình ảnh nhà xưởng vắng người chụp vào ngày nghỉ.",
            demands: "Người lao động đề nghị doanh nghiệp công khai tình hình sản xuất, cam kết trả lương đúng hạn.",
            arrears: "",
            unionActions: "Công đoàn cơ sở đề nghị Tổng Giám đốc phát biểu trực tiếp với công nhân các ca; LĐLĐ huyện xác minh nguồn tin, báo cáo nhanh về LĐLĐ tỉnh.",
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
