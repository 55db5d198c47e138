import DLXHDomain

// The roster at another size than the demo's 69 units, for benchmarks (`dlxh-bench`) and tests
// that need a city federation's scale. The demo itself (`dlxh demo`) keeps `DemoRoster.units`.
//
// Fewer units: whole places are kept (a district federation with the commune and ward unions
// that have their office in its area), interleaved with sector and industrial-zone unions, and a
// link to a unit left out is dropped. More units: further commune and ward unions from 1 July
// 2025 (named after real communes and wards of the merged province, each succeeding the district
// federation of its area) and unions of single industrial zones (the whole decade, in the
// district the zone lies in), alternately — the same rules of time and place as the demo's own.

extension DemoRoster {
    /// The demo roster trimmed or extended to `count` units (at least 1).
    static func seeds(count: Int) -> [DemoUnitSeed] {
        let count = max(1, count)
        if count == units.count { return units }
        if count < units.count {
            let kept = Array(trimOrder.prefix(count))
            let ids = Set(kept.map(\.id))
            return kept.map { seed in
                DemoUnitSeed(
                    id: seed.id, name: seed.name, kind: seed.kind, cluster: seed.cluster, parentArea: seed.parentArea,
                    areas: seed.areas, from: seed.from, to: seed.to, predecessors: seed.predecessors.filter(ids.contains))
            }
        }
        return units + extraUnits.prefix(count - units.count)
    }

    /// The demo's units in the order a smaller roster keeps them: places whole, one sector or
    /// zone union after every three territorial units.
    static let trimOrder: [DemoUnitSeed] = {
        var territorial: [DemoUnitSeed] = []
        for d in districts {
            territorial += units.filter { $0.id == "ldld-" + d.key }
            territorial += units.filter { $0.kind == .communeUnion && $0.areas.first == d.key }
        }
        let others = units.filter { $0.kind != .communeUnion && $0.kind != .districtFederation }
        var order: [DemoUnitSeed] = []
        var t = 0
        var o = 0
        while t < territorial.count || o < others.count {
            for _ in 0..<3 where t < territorial.count {
                order.append(territorial[t])
                t += 1
            }
            if o < others.count {
                order.append(others[o])
                o += 1
            }
        }
        return order
    }()

    /// Commune and ward unions beyond the demo's: (id, kind word, place, former district).
    static let extraCommunes: [(id: String, word: String, place: String, district: String)] = [
        ("cd-phuoc-tan", "phường", "Phước Tân", "bien-hoa"), ("cd-tam-hiep", "phường", "Tam Hiệp", "bien-hoa"),
        ("cd-long-hung", "phường", "Long Hưng", "bien-hoa"), ("cd-phu-ly", "xã", "Phú Lý", "vinh-cuu"),
        ("cd-tan-an", "xã", "Tân An", "vinh-cuu"), ("cd-binh-an", "xã", "Bình An", "long-thanh"),
        ("cd-long-phuoc", "xã", "Long Phước", "long-thanh"), ("cd-phuoc-thai", "xã", "Phước Thái", "long-thanh"),
        ("cd-phuoc-an", "xã", "Phước An", "nhon-trach"), ("cd-hung-thinh", "xã", "Hưng Thịnh", "trang-bom"),
        ("cd-an-vien", "xã", "An Viễn", "trang-bom"), ("cd-gia-kiem", "xã", "Gia Kiệm", "thong-nhat"),
        ("cd-thong-nhat", "xã", "Thống Nhất", "thong-nhat"), ("cd-phu-vinh", "xã", "Phú Vinh", "dinh-quan"),
        ("cd-la-nga", "xã", "La Ngà", "dinh-quan"), ("cd-thanh-son", "xã", "Thanh Sơn", "dinh-quan"),
        ("cd-ta-lai", "xã", "Tà Lài", "tan-phu"), ("cd-nam-cat-tien", "xã", "Nam Cát Tiên", "tan-phu"),
        ("cd-dak-lua", "xã", "Đắk Lua", "tan-phu"), ("cd-phu-lam", "xã", "Phú Lâm", "tan-phu"),
        ("cd-bao-vinh", "phường", "Bảo Vinh", "long-khanh"), ("cd-xuan-lap", "phường", "Xuân Lập", "long-khanh"),
        ("cd-xuan-hoa", "xã", "Xuân Hòa", "xuan-loc"), ("cd-xuan-thanh", "xã", "Xuân Thành", "xuan-loc"),
        ("cd-xuan-bac", "xã", "Xuân Bắc", "xuan-loc"), ("cd-xuan-dinh", "xã", "Xuân Định", "xuan-loc"),
        ("cd-xuan-phu", "xã", "Xuân Phú", "xuan-loc"), ("cd-xuan-dong", "xã", "Xuân Đông", "cam-my"),
        ("cd-xuan-duong", "xã", "Xuân Đường", "cam-my"), ("cd-xuan-que", "xã", "Xuân Quế", "cam-my"),
        ("cd-binh-phuoc", "phường", "Bình Phước", "dong-xoai"), ("cd-tan-loi", "xã", "Tân Lợi", "dong-phu"),
        ("cd-dong-tam", "xã", "Đồng Tâm", "dong-phu"), ("cd-thuan-loi", "xã", "Thuận Lợi", "dong-phu"),
        ("cd-nha-bich", "xã", "Nha Bích", "chon-thanh"), ("cd-tan-khai", "xã", "Tân Khai", "hon-quan"),
        ("cd-tan-quan", "xã", "Tân Quan", "hon-quan"), ("cd-minh-duc", "xã", "Minh Đức", "hon-quan"),
        ("cd-an-loc", "phường", "An Lộc", "binh-long"), ("cd-loc-thanh", "xã", "Lộc Thạnh", "loc-ninh"),
        ("cd-loc-quang", "xã", "Lộc Quang", "loc-ninh"), ("cd-loc-tan", "xã", "Lộc Tấn", "loc-ninh"),
        ("cd-loc-hung", "xã", "Lộc Hưng", "loc-ninh"), ("cd-thien-hung", "xã", "Thiện Hưng", "bu-dop"),
        ("cd-hung-phuoc", "xã", "Hưng Phước", "bu-dop"), ("cd-phuoc-binh", "phường", "Phước Bình", "phuoc-long"),
        ("cd-bu-gia-map", "xã", "Bù Gia Mập", "bu-gia-map"), ("cd-da-kia", "xã", "Đa Kia", "bu-gia-map"),
        ("cd-dak-o", "xã", "Đắk Ơ", "bu-gia-map"), ("cd-phu-nghia", "xã", "Phú Nghĩa", "bu-gia-map"),
        ("cd-long-ha", "xã", "Long Hà", "phu-rieng"), ("cd-phu-trung", "xã", "Phú Trung", "phu-rieng"),
        ("cd-nghia-trung", "xã", "Nghĩa Trung", "bu-dang"), ("cd-tho-son", "xã", "Thọ Sơn", "bu-dang"),
        ("cd-dak-nhau", "xã", "Đắk Nhau", "bu-dang"), ("cd-bom-bo", "xã", "Bom Bo", "bu-dang"),
        ("cd-phuoc-son", "xã", "Phước Sơn", "bu-dang"), ("cd-tan-tien", "xã", "Tân Tiến", "dong-phu"),
    ]

    /// Industrial zones of the two provinces: (id, name, former district).
    static let extraZones: [(id: String, name: String, district: String)] = [
        ("cd-kcn-bien-hoa-2", "Biên Hòa 2", "bien-hoa"), ("cd-kcn-amata", "Amata", "bien-hoa"),
        ("cd-kcn-loteco", "Loteco", "bien-hoa"), ("cd-kcn-tam-phuoc", "Tam Phước", "bien-hoa"),
        ("cd-kcn-ho-nai", "Hố Nai", "trang-bom"), ("cd-kcn-song-may", "Sông Mây", "trang-bom"),
        ("cd-kcn-bau-xeo", "Bàu Xéo", "trang-bom"), ("cd-kcn-thanh-phu", "Thạnh Phú", "vinh-cuu"),
        ("cd-kcn-long-thanh", "Long Thành", "long-thanh"), ("cd-kcn-go-dau", "Gò Dầu", "long-thanh"),
        ("cd-kcn-an-phuoc", "An Phước", "long-thanh"), ("cd-kcn-long-duc", "Long Đức", "long-thanh"),
        ("cd-kcn-loc-an", "Lộc An – Bình Sơn", "long-thanh"), ("cd-kcn-nhon-trach-1", "Nhơn Trạch 1", "nhon-trach"),
        ("cd-kcn-nhon-trach-2", "Nhơn Trạch 2", "nhon-trach"), ("cd-kcn-nhon-trach-3", "Nhơn Trạch 3", "nhon-trach"),
        ("cd-kcn-nhon-trach-5", "Nhơn Trạch 5", "nhon-trach"), ("cd-kcn-nhon-trach-6", "Nhơn Trạch 6", "nhon-trach"),
        ("cd-kcn-ong-keo", "Ông Kèo", "nhon-trach"), ("cd-kcn-dau-giay", "Dầu Giây", "thong-nhat"),
        ("cd-kcn-dinh-quan", "Định Quán", "dinh-quan"), ("cd-kcn-tan-phu", "Tân Phú", "tan-phu"),
        ("cd-kcn-long-khanh", "Long Khánh", "long-khanh"), ("cd-kcn-suoi-tre", "Suối Tre", "long-khanh"),
        ("cd-kcn-xuan-loc", "Xuân Lộc", "xuan-loc"), ("cd-kcn-dong-xoai-1", "Đồng Xoài I", "dong-xoai"),
        ("cd-kcn-dong-xoai-2", "Đồng Xoài II", "dong-xoai"), ("cd-kcn-minh-hung", "Minh Hưng – Hàn Quốc", "chon-thanh"),
        ("cd-kcn-minh-hung-3", "Minh Hưng III", "hon-quan"), ("cd-kcn-chon-thanh", "Chơn Thành", "chon-thanh"),
        ("cd-kcn-becamex", "Becamex – Bình Phước", "chon-thanh"), ("cd-kcn-bac-dong-phu", "Bắc Đồng Phú", "dong-phu"),
        ("cd-kcn-nam-dong-phu", "Nam Đồng Phú", "dong-phu"), ("cd-kcn-tan-khai", "Tân Khai", "hon-quan"),
        ("cd-kcn-hoa-lu", "Hoa Lư", "loc-ninh"), ("cd-kcn-sai-gon-binh-phuoc", "Sài Gòn – Bình Phước", "hon-quan"),
    ]

    /// The units a roster larger than the demo's adds, in order: a commune or ward union, then
    /// an industrial-zone union, and so on; numbered further zones once the named ones run out
    /// (a benchmark of several hundred units).
    static let extraUnits: [DemoUnitSeed] = {
        func short(_ d: DemoDistrict) -> String {
            d.name.replacingOccurrences(of: "thành phố ", with: "").replacingOccurrences(of: "thị xã ", with: "")
                .replacingOccurrences(of: "huyện ", with: "")
        }
        let communes = extraCommunes.map { c -> DemoUnitSeed in
            let d = district(c.district)!
            return DemoUnitSeed(
                id: c.id, name: "Công đoàn \(c.word) \(c.place)", kind: .communeUnion, cluster: d.cluster,
                parentArea: "Khu vực \(short(d))", areas: [c.district], from: "2025-07-01", to: nil,
                predecessors: ["ldld-" + c.district])
        }
        var zones = extraZones.map { z -> DemoUnitSeed in
            let d = district(z.district)!
            return DemoUnitSeed(
                id: z.id, name: "Công đoàn Khu công nghiệp \(z.name)", kind: .industrialZoneUnion, cluster: "Khối khu công nghiệp",
                parentArea: "Khu vực \(short(d))", areas: [z.district], from: nil, to: nil, predecessors: [])
        }
        for n in 1...400 {
            let d = districts[n % districts.count]
            zones.append(DemoUnitSeed(
                id: "cd-cum-cn-\(d.key)-\(n)", name: "Công đoàn Cụm công nghiệp \(short(d)) \(n / districts.count + 1)",
                kind: .industrialZoneUnion, cluster: "Khối khu công nghiệp", parentArea: "Khu vực \(short(d))",
                areas: [d.key], from: nil, to: nil, predecessors: []))
        }
        var out: [DemoUnitSeed] = []
        var c = 0
        var z = 0
        while c < communes.count || z < zones.count {
            if c < communes.count {
                out.append(communes[c])
                c += 1
            }
            if z < zones.count {
                out.append(zones[z])
                z += 1
            }
        }
        return out
    }()

    /// The seed of any unit, the demo's or an extra one, by id.
    static let seedsByID: [String: DemoUnitSeed] = {
        var map: [String: DemoUnitSeed] = [:]
        for seed in units + extraUnits { map[seed.id] = seed }
        return map
    }()
}
