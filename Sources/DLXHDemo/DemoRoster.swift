import DLXHDomain

// Danh sách đơn vị báo cáo của tỉnh Đồng Nai sau hợp nhất (Đồng Nai và Bình Phước, từ 01/7/2025).
// Tên xã, phường lấy theo địa danh thật; người, số điện thoại, thư điện tử đều là hư cấu.

/// A unit of the demo roster. `areas` are the former districts (keys of `DemoRoster.districts`)
/// whose territory the unit covers: hot spots and opinion items that name a place are drawn only
/// for units of that place.
struct DemoUnitSeed: Sendable {
    let id: String
    let name: String
    let kind: ReportingUnit.Kind
    let cluster: String
    let parentArea: String?
    let areas: [String]
    /// "YYYY-MM-DD"; nil: from the demo's first day (2015-01-01).
    let from: String?
    let to: String?
    let predecessors: [String]
}

/// A former district (huyện, thị xã, thành phố thuộc tỉnh), abolished on 1 July 2025.
struct DemoDistrict: Sendable {
    let key: String
    /// "huyện Nhơn Trạch", "thành phố Biên Hòa".
    let name: String
    let cluster: String
    /// The province before the merger.
    let province: String
}

enum DemoRoster {
    static let reorganisedOn = Day(year: 2025, month: 7, day: 1)!
    static let lastDayBefore = Day(year: 2025, month: 6, day: 30)!

    static let districts: [DemoDistrict] = [
        DemoDistrict(key: "bien-hoa", name: "thành phố Biên Hòa", cluster: "Cụm 1 – Biên Hòa, Vĩnh Cửu", province: "Đồng Nai"),
        DemoDistrict(key: "vinh-cuu", name: "huyện Vĩnh Cửu", cluster: "Cụm 1 – Biên Hòa, Vĩnh Cửu", province: "Đồng Nai"),
        DemoDistrict(key: "long-thanh", name: "huyện Long Thành", cluster: "Cụm 2 – Long Thành, Nhơn Trạch", province: "Đồng Nai"),
        DemoDistrict(key: "nhon-trach", name: "huyện Nhơn Trạch", cluster: "Cụm 2 – Long Thành, Nhơn Trạch", province: "Đồng Nai"),
        DemoDistrict(key: "trang-bom", name: "huyện Trảng Bom", cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán, Tân Phú", province: "Đồng Nai"),
        DemoDistrict(key: "thong-nhat", name: "huyện Thống Nhất", cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán, Tân Phú", province: "Đồng Nai"),
        DemoDistrict(key: "dinh-quan", name: "huyện Định Quán", cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán, Tân Phú", province: "Đồng Nai"),
        DemoDistrict(key: "tan-phu", name: "huyện Tân Phú", cluster: "Cụm 3 – Trảng Bom, Thống Nhất, Định Quán, Tân Phú", province: "Đồng Nai"),
        DemoDistrict(key: "long-khanh", name: "thành phố Long Khánh", cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ", province: "Đồng Nai"),
        DemoDistrict(key: "xuan-loc", name: "huyện Xuân Lộc", cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ", province: "Đồng Nai"),
        DemoDistrict(key: "cam-my", name: "huyện Cẩm Mỹ", cluster: "Cụm 4 – Long Khánh, Xuân Lộc, Cẩm Mỹ", province: "Đồng Nai"),
        DemoDistrict(key: "dong-xoai", name: "thành phố Đồng Xoài", cluster: "Cụm 5 – Đồng Xoài, Đồng Phú, Chơn Thành", province: "Bình Phước"),
        DemoDistrict(key: "dong-phu", name: "huyện Đồng Phú", cluster: "Cụm 5 – Đồng Xoài, Đồng Phú, Chơn Thành", province: "Bình Phước"),
        DemoDistrict(key: "chon-thanh", name: "thị xã Chơn Thành", cluster: "Cụm 5 – Đồng Xoài, Đồng Phú, Chơn Thành", province: "Bình Phước"),
        DemoDistrict(key: "binh-long", name: "thị xã Bình Long", cluster: "Cụm 6 – Bình Long, Hớn Quản, Lộc Ninh, Bù Đốp", province: "Bình Phước"),
        DemoDistrict(key: "hon-quan", name: "huyện Hớn Quản", cluster: "Cụm 6 – Bình Long, Hớn Quản, Lộc Ninh, Bù Đốp", province: "Bình Phước"),
        DemoDistrict(key: "loc-ninh", name: "huyện Lộc Ninh", cluster: "Cụm 6 – Bình Long, Hớn Quản, Lộc Ninh, Bù Đốp", province: "Bình Phước"),
        DemoDistrict(key: "bu-dop", name: "huyện Bù Đốp", cluster: "Cụm 6 – Bình Long, Hớn Quản, Lộc Ninh, Bù Đốp", province: "Bình Phước"),
        DemoDistrict(key: "phuoc-long", name: "thị xã Phước Long", cluster: "Cụm 7 – Phước Long, Bù Gia Mập, Phú Riềng, Bù Đăng", province: "Bình Phước"),
        DemoDistrict(key: "bu-gia-map", name: "huyện Bù Gia Mập", cluster: "Cụm 7 – Phước Long, Bù Gia Mập, Phú Riềng, Bù Đăng", province: "Bình Phước"),
        DemoDistrict(key: "phu-rieng", name: "huyện Phú Riềng", cluster: "Cụm 7 – Phước Long, Bù Gia Mập, Phú Riềng, Bù Đăng", province: "Bình Phước"),
        DemoDistrict(key: "bu-dang", name: "huyện Bù Đăng", cluster: "Cụm 7 – Phước Long, Bù Gia Mập, Phú Riềng, Bù Đăng", province: "Bình Phước"),
    ]

    static func district(_ key: String) -> DemoDistrict? { districts.first { $0.key == key } }

    /// The commune, ward and special-zone unions set up on 1 July 2025: (id, kind word, place,
    /// former districts it took over). The first district is where its office is (its area).
    static let communeUnions: [(id: String, word: String, place: String, from: [String])] = [
        ("bien-hoa", "phường", "Biên Hòa", ["bien-hoa"]),
        ("cd-tran-bien", "phường", "Trấn Biên", ["bien-hoa"]),
        ("cd-long-binh", "phường", "Long Bình", ["bien-hoa"]),
        ("cd-ho-nai", "phường", "Hố Nai", ["bien-hoa", "trang-bom"]),
        ("cd-tam-phuoc", "phường", "Tam Phước", ["bien-hoa", "long-thanh"]),
        ("cd-tan-trieu", "phường", "Tân Triều", ["vinh-cuu", "bien-hoa"]),
        ("cd-tri-an", "xã", "Trị An", ["vinh-cuu"]),
        ("cd-long-thanh", "xã", "Long Thành", ["long-thanh"]),
        ("cd-an-phuoc", "xã", "An Phước", ["long-thanh"]),
        ("nhon-trach", "xã", "Nhơn Trạch", ["nhon-trach"]),
        ("cd-dai-phuoc", "xã", "Đại Phước", ["nhon-trach", "long-thanh"]),
        ("cd-trang-bom", "xã", "Trảng Bom", ["trang-bom"]),
        ("cd-bau-ham", "xã", "Bàu Hàm", ["trang-bom", "thong-nhat"]),
        ("cd-dau-giay", "xã", "Dầu Giây", ["thong-nhat"]),
        ("cd-dinh-quan", "xã", "Định Quán", ["dinh-quan"]),
        ("cd-tan-phu", "xã", "Tân Phú", ["tan-phu", "dinh-quan"]),
        ("long-khanh", "phường", "Long Khánh", ["long-khanh"]),
        ("cd-binh-loc", "phường", "Bình Lộc", ["long-khanh", "xuan-loc"]),
        ("cd-xuan-loc", "xã", "Xuân Lộc", ["xuan-loc"]),
        ("cam-my", "xã", "Cẩm Mỹ", ["cam-my", "xuan-loc"]),
        ("cd-song-ray", "xã", "Sông Ray", ["cam-my"]),
        ("cd-dong-xoai", "phường", "Đồng Xoài", ["dong-xoai"]),
        ("cd-dong-phu", "xã", "Đồng Phú", ["dong-phu", "dong-xoai"]),
        ("cd-chon-thanh", "phường", "Chơn Thành", ["chon-thanh"]),
        ("cd-minh-hung", "phường", "Minh Hưng", ["chon-thanh", "hon-quan"]),
        ("cd-binh-long", "phường", "Bình Long", ["binh-long", "hon-quan"]),
        ("cd-loc-ninh", "xã", "Lộc Ninh", ["loc-ninh"]),
        ("cd-bu-dop", "xã", "Bù Đốp", ["bu-dop", "loc-ninh"]),
        ("cd-phuoc-long", "phường", "Phước Long", ["phuoc-long", "bu-gia-map"]),
        ("cd-phu-rieng", "xã", "Phú Riềng", ["phu-rieng", "bu-gia-map"]),
        ("cd-bu-dang", "xã", "Bù Đăng", ["bu-dang"]),
    ]

    static let units: [DemoUnitSeed] = {
        var units: [DemoUnitSeed] = []
        let before = "2025-06-30"
        let after = "2025-07-01"
        // The commune, ward unions first: the roster as the board reads it today.
        for c in communeUnions {
            let d = district(c.from[0])!
            units.append(DemoUnitSeed(
                id: c.id, name: "Công đoàn \(c.word) \(c.place)", kind: .communeUnion, cluster: d.cluster,
                parentArea: "Khu vực \(d.name.replacingOccurrences(of: "thành phố ", with: "").replacingOccurrences(of: "thị xã ", with: "").replacingOccurrences(of: "huyện ", with: ""))",
                areas: c.from, from: after, to: nil, predecessors: c.from.map { "ldld-" + $0 }))
        }
        // Sector unions: renamed after the departments merged (March 2025), effective with the
        // reorganisation; Bình Phước's merged into Đồng Nai's.
        let sectors: [(String, String, String, String?, String?, [String])] = [
            ("cd-giao-duc", "Công đoàn ngành Giáo dục", "Khối ngành – Hành chính sự nghiệp", nil, nil, ["cd-giao-duc-bp"]),
            ("cd-y-te", "Công đoàn ngành Y tế", "Khối ngành – Hành chính sự nghiệp", nil, nil, ["cd-y-te-bp"]),
            ("cd-vien-chuc", "Công đoàn Viên chức tỉnh", "Khối ngành – Hành chính sự nghiệp", nil, nil, ["cd-vien-chuc-bp"]),
            ("cd-cong-thuong", "Công đoàn ngành Công Thương", "Khối ngành – Sản xuất kinh doanh", nil, nil, []),
            ("cd-xay-dung", "Công đoàn ngành Xây dựng", "Khối ngành – Sản xuất kinh doanh", after, nil, ["cd-gtvt-xd"]),
            ("cd-nn-mt", "Công đoàn ngành Nông nghiệp và Môi trường", "Khối ngành – Sản xuất kinh doanh", after, nil, ["cd-nong-nghiep"]),
            ("cd-cao-su", "Công đoàn Cao su Đồng Nai", "Khối ngành – Sản xuất kinh doanh", nil, nil, []),
            ("cd-thuc-pham", "Công đoàn Tổng Công ty Công nghiệp Thực phẩm Đồng Nai", "Khối ngành – Sản xuất kinh doanh", nil, nil, []),
            ("cd-gtvt-xd", "Công đoàn ngành Giao thông vận tải – Xây dựng", "Khối ngành – Sản xuất kinh doanh", nil, before, []),
            ("cd-nong-nghiep", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn", "Khối ngành – Sản xuất kinh doanh", nil, before, []),
            ("cd-giao-duc-bp", "Công đoàn ngành Giáo dục tỉnh Bình Phước", "Khối ngành – Hành chính sự nghiệp", nil, before, []),
            ("cd-y-te-bp", "Công đoàn ngành Y tế tỉnh Bình Phước", "Khối ngành – Hành chính sự nghiệp", nil, before, []),
            ("cd-vien-chuc-bp", "Công đoàn Viên chức tỉnh Bình Phước", "Khối ngành – Hành chính sự nghiệp", nil, before, []),
        ]
        for s in sectors {
            units.append(DemoUnitSeed(id: s.0, name: s.1, kind: .sectorUnion, cluster: s.2, parentArea: nil, areas: [],
                from: s.3, to: s.4, predecessors: s.5))
        }
        units.append(DemoUnitSeed(id: "cd-kcn", name: "Công đoàn các Khu công nghiệp Đồng Nai", kind: .industrialZoneUnion,
            cluster: "Khối khu công nghiệp", parentArea: nil, areas: districts.filter { $0.province == "Đồng Nai" }.map(\.key),
            from: nil, to: nil, predecessors: ["cd-kcn-bp"]))
        units.append(DemoUnitSeed(id: "cd-kcn-bp", name: "Công đoàn các Khu công nghiệp Bình Phước", kind: .industrialZoneUnion,
            cluster: "Khối khu công nghiệp", parentArea: nil, areas: districts.filter { $0.province == "Bình Phước" }.map(\.key),
            from: nil, to: before, predecessors: []))
        // Founded in the demo's last year (the generator sets its day): it owes reports only from then on.
        units.append(DemoUnitSeed(id: "cd-kcn-nhon-trach", name: "Công đoàn các Khu công nghiệp Nhơn Trạch", kind: .industrialZoneUnion,
            cluster: "Khối khu công nghiệp", parentArea: "Khu vực Nhơn Trạch", areas: ["nhon-trach"], from: nil, to: nil, predecessors: []))
        // The district federations, ended with the district level.
        for d in districts {
            let short = d.name.replacingOccurrences(of: "thành phố ", with: "").replacingOccurrences(of: "thị xã ", with: "")
                .replacingOccurrences(of: "huyện ", with: "")
            units.append(DemoUnitSeed(
                id: "ldld-" + d.key, name: "LĐLĐ " + d.name, kind: .districtFederation, cluster: d.cluster,
                parentArea: "Khu vực \(short)", areas: [d.key], from: nil, to: before, predecessors: []))
        }
        return units
    }()

    private static let people = [
        "Nguyễn Thị Hồng Nhung", "Trần Văn Phúc", "Lê Thị Kim Oanh", "Phạm Minh Tuấn", "Võ Thị Thanh Thủy", "Đặng Văn Hải",
        "Huỳnh Thị Ngọc Hân", "Nguyễn Văn Lộc", "Bùi Thị Mai Phương", "Hoàng Văn Khánh", "Trương Thị Bích Ngọc", "Lâm Văn Đức",
        "Ngô Thị Thu Trang", "Phan Thanh Sơn", "Đỗ Văn Quang", "Lý Thị Hoa", "Nguyễn Hữu Thắng", "Vũ Thị Lan Anh",
        "Trịnh Văn Nghĩa", "Cao Thị Diễm My", "Dương Văn Tài", "Mai Thị Thu Hằng", "Tô Văn Bình", "Điểu Thị Lan",
        "Quách Thị Kim Chi", "La Văn Hùng", "Châu Thị Ngọc Ánh", "Hồ Văn Thành", "Kiều Thị Phương", "Lương Văn Toàn",
    ]
    private static let titles = ["Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Phó Chủ tịch"]

    /// The roster as of the demo's data: contact people, phones and e-mail addresses made up, links
    /// written on both sides (a unit's successors and its successors' predecessors).
    static func makeUnits(firstDay: Day, seeds units: [DemoUnitSeed] = DemoRoster.units) -> [ReportingUnit] {
        var successors: [String: [String]] = [:]
        for seed in units { for p in seed.predecessors { successors[p, default: []].append(seed.id) } }
        return units.enumerated().map { index, seed in
            let person = people[(index * 7) % people.count]
            let bp = seed.areas.first.flatMap { district($0) }?.province == "Bình Phước" || seed.id.hasSuffix("-bp")
            let areaCode = bp && (seed.to != nil) ? "0271" : "0251"
            let phone = "\(areaCode) 3\(800 + (index * 37) % 199) \(String(format: "%03d", (index * 113) % 1000))"
            let mailbox = seed.id.replacingOccurrences(of: "-", with: "")
            let domain = bp && seed.to != nil ? "congdoan-binhphuoc.example.vn" : "congdoan-dongnai.example.vn"
            return ReportingUnit(
                id: seed.id, name: seed.name, kind: seed.kind, cluster: seed.cluster,
                contactPerson: "Đ/c \(person) – \(titles[index % titles.count])", phone: phone,
                email: "\(mailbox)@\(domain)", activeFrom: seed.from.flatMap(Day.init(iso:)) ?? firstDay,
                activeTo: seed.to.flatMap(Day.init(iso:)), successorIDs: successors[seed.id] ?? [],
                predecessorIDs: seed.predecessors, parentArea: seed.parentArea)
        }
    }

    /// The areas (former district keys) a unit covers.
    static func areas(of unitID: String) -> [String] { seedsByID[unitID]?.areas ?? [] }
}
