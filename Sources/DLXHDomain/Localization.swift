// The domain's words: the two languages, the labels of its vocabularies (kinds, steps, states…)
// and the phrases of its rules. The interface, the command line, the report and the store keep
// their own phrases in their own modules (UIText, CLIText, ReportText, Messages).

public enum Language: String, Sendable, CaseIterable, Codable {
    case vi, en
}

/// One phrase in both languages.
public struct Localized: Sendable, Hashable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String { language == .vi ? vi : en }
}

// MARK: - Vocabulary labels

extension ReportKind {
    public var label: Localized {
        switch self {
        case .periodic: Localized(vi: "Định kỳ", en: "Periodic")
        case .adHoc: Localized(vi: "Đột xuất", en: "Ad hoc")
        case .rapid: Localized(vi: "Báo cáo nhanh", en: "Rapid")
        }
    }
}

extension Channel {
    public var label: Localized {
        switch self {
        case .document: Localized(vi: "Văn bản", en: "Document")
        case .email: Localized(vi: "Email", en: "Email")
        case .fax: Localized(vi: "Fax", en: "Fax")
        case .phone: Localized(vi: "Điện thoại", en: "Telephone")
        case .meeting: Localized(vi: "Giao ban", en: "Meeting")
        case .direct: Localized(vi: "Trực tiếp", en: "In person")
        case .socialMedia: Localized(vi: "Mạng xã hội", en: "Social media")
        }
    }
}

extension Source {
    public var label: Localized {
        switch self {
        case .direct: Localized(vi: "Ý kiến trực tiếp", en: "Direct opinion")
        case .collaborator: Localized(vi: "Cộng tác viên", en: "Collaborator")
        case .reporter: Localized(vi: "Báo cáo viên", en: "Reporter")
        case .meeting: Localized(vi: "Giao ban", en: "Meeting")
        case .press: Localized(vi: "Báo chí", en: "Press")
        case .socialMedia: Localized(vi: "Mạng xã hội", en: "Social media")
        case .survey: Localized(vi: "Khảo sát", en: "Survey")
        case .inspection: Localized(vi: "Kiểm tra", en: "Inspection")
        }
    }
}

extension TargetGroup {
    public var label: Localized {
        switch self {
        case .fdi: Localized(vi: "CNLĐ doanh nghiệp FDI", en: "Workers, FDI enterprises")
        case .private: Localized(vi: "CNLĐ doanh nghiệp ngoài nhà nước", en: "Workers, private enterprises")
        case .state: Localized(vi: "CNLĐ doanh nghiệp nhà nước", en: "Workers, state enterprises")
        case .civilServants: Localized(vi: "Cán bộ, công chức, viên chức", en: "Civil servants")
        case .informal: Localized(vi: "Lao động phi chính thức", en: "Informal workers")
        case .general: Localized(vi: "Đoàn viên, CNVCLĐ nói chung", en: "Members and workers in general")
        }
    }
}

extension Breadth {
    public var label: Localized {
        switch self {
        case .overwhelming: Localized(vi: "Tuyệt đại đa số", en: "Overwhelming majority")
        case .majority: Localized(vi: "Đa số", en: "Majority")
        case .many: Localized(vi: "Nhiều ý kiến", en: "Many")
        case .some: Localized(vi: "Một số ý kiến", en: "Some")
        }
    }
}

extension Scope {
    public var label: Localized {
        switch self {
        case .unit: Localized(vi: "Đơn vị, doanh nghiệp", en: "Unit, enterprise")
        case .local: Localized(vi: "Xã, phường, KCN", en: "Commune, ward, industrial zone")
        case .province: Localized(vi: "Toàn tỉnh", en: "Province")
        case .nation: Localized(vi: "Cả nước", en: "Nation")
        }
    }
}

extension Nature {
    public var label: Localized {
        switch self {
        case .publicOpinion: Localized(vi: "Dư luận xã hội", en: "Public opinion")
        case .rumour: Localized(vi: "Tin đồn", en: "Rumour")
        }
    }
}

extension Verification {
    public var label: Localized {
        switch self {
        case .unverified: Localized(vi: "Chưa xác minh", en: "Unverified")
        case .verified: Localized(vi: "Đã xác minh", en: "Verified")
        case .untrue: Localized(vi: "Không đúng sự thật", en: "Untrue")
        }
    }
}

extension HandlingStep {
    public var label: Localized {
        switch self {
        case .select: Localized(vi: "Chọn lọc, phân tích", en: "Select, analyse")
        case .classify: Localized(vi: "Phân loại, đối chiếu", en: "Classify, cross-check")
        case .reportUp: Localized(vi: "Phản ánh, tham mưu", en: "Report upward")
        case .relayDown: Localized(vi: "Phản hồi", en: "Relay guidance")
        }
    }
}

extension ReportingUnit.Kind {
    public var label: Localized {
        switch self {
        case .districtFederation: Localized(vi: "LĐLĐ huyện, thành phố", en: "District/city federation")
        case .sectorUnion: Localized(vi: "Công đoàn ngành", en: "Sector union")
        case .industrialZoneUnion: Localized(vi: "Công đoàn KCN", en: "Industrial-zone union")
        case .communeUnion: Localized(vi: "Công đoàn xã, phường", en: "Commune/ward union")
        case .directGrassroots: Localized(vi: "CĐCS trực thuộc", en: "Directly attached grassroots union")
        case .other: Localized(vi: "Khác", en: "Other")
        }
    }
}

extension HotSpot.Kind {
    public var label: Localized {
        switch self {
        case .workStoppage: Localized(vi: "Ngừng việc tập thể", en: "Collective work stoppage")
        case .wageArrears: Localized(vi: "Nợ lương", en: "Wage arrears")
        case .insuranceArrears: Localized(vi: "Nợ BHXH", en: "Social-insurance arrears")
        case .employerAbsconded: Localized(vi: "Chủ DN bỏ trốn", en: "Employer absconded")
        case .massLayoff: Localized(vi: "Cắt giảm lao động hàng loạt", en: "Mass layoff")
        case .seriousAccident: Localized(vi: "Tai nạn lao động nghiêm trọng", en: "Serious accident")
        case .massComplaint: Localized(vi: "Tập trung đông người, khiếu kiện", en: "Mass complaint")
        case .falseStrikeStory: Localized(vi: "Tin giả về đình công", en: "False strike story")
        case .other: Localized(vi: "Khác", en: "Other")
        }
    }
}

extension HotSpot.Status {
    public var label: Localized {
        switch self {
        case .new: Localized(vi: "Mới phát sinh", en: "New")
        case .handling: Localized(vi: "Đang xử lý", en: "Handling")
        case .stabilised: Localized(vi: "Tạm ổn định", en: "Stabilised")
        case .resolved: Localized(vi: "Đã giải quyết", en: "Resolved")
        case .monitoring: Localized(vi: "Theo dõi sau giải quyết", en: "Monitoring")
        case .closed: Localized(vi: "Đóng", en: "Closed")
        case .recurred: Localized(vi: "Tái phát", en: "Recurred")
        }
    }
}

extension SubmissionState {
    public var label: Localized {
        switch self {
        case .onTime: Localized(vi: "Đúng hạn", en: "On time")
        case .late(_, let days): Localized(vi: "Nộp muộn \(days) ngày", en: "Late by \(days) d")
        case .missing(let days): Localized(vi: "Chưa nộp, quá hạn \(days) ngày", en: "Not submitted, \(days) d overdue")
        case .notYetDue(let days): Localized(vi: "Chưa đến hạn, còn \(days) ngày", en: "Not yet due, \(days) d left")
        case .notRequired(let reason):
            switch reason {
            case .notReporting: Localized(vi: "Không phải nộp", en: "Not required")
            case .inactive: Localized(vi: "Không phải nộp (không hoạt động)", en: "Not required (inactive)")
            case .exempted: Localized(vi: "Không phải nộp (miễn)", en: "Not required (exempted)")
            }
        }
    }
}

extension SubmissionTotals {
    /// "Đã nộp 15/18 (83%), đúng hạn 12/18 (67%)": the totals line of the matrix and of `dlxh status`.
    public var label: Localized {
        func percent(_ rate: Double?) -> String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        return Localized(
            vi: "Đã nộp \(submitted)/\(expected) (\(percent(reportingRate))), đúng hạn \(onTime)/\(expected) (\(percent(timeliness)))",
            en: "Submitted \(submitted)/\(expected) (\(percent(reportingRate))), on time \(onTime)/\(expected) (\(percent(timeliness)))")
    }
}

extension Period {
    /// "Tháng 11/2026", "Quý IV/2026", "6 tháng cuối năm 2026", "Năm 2026".
    public var label: Localized {
        let roman = ["I", "II", "III", "IV"]
        switch kind {
        case .month: return Localized(vi: "Tháng \(index)/\(year)", en: "\(Period.englishMonths[index - 1]) \(year)")
        case .quarter: return Localized(vi: "Quý \(roman[index - 1])/\(year)", en: "Q\(index) \(year)")
        case .half:
            return Localized(
                vi: index == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)",
                en: index == 1 ? "First half \(year)" : "Second half \(year)")
        case .year: return Localized(vi: "Năm \(year)", en: "Year \(year)")
        }
    }

    /// "T11/26" and "Nov 26" for months, "Q4/26", "H2/26", "2026" otherwise: column headings.
    public var shortLabel: Localized {
        let yy = pad(year % 100, 2)
        switch kind {
        case .month: return Localized(vi: "T\(index)/\(yy)", en: "\(Period.englishMonths[index - 1].prefix(3)) \(yy)")
        case .quarter: return Localized(vi: "Q\(index)/\(yy)", en: "Q\(index)/\(yy)")
        case .half: return Localized(vi: "H\(index)/\(yy)", en: "H\(index)/\(yy)")
        case .year: return Localized(vi: String(year), en: String(year))
        }
    }

    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

// MARK: - Phrases of the rules

public enum Phrases {
    public static func unknownUnit(_ id: String) -> Localized {
        Localized(vi: "không có đơn vị \"\(id)\" trong danh sách", en: "no unit \"\(id)\" on the roster")
    }
    public static func unitInactive(_ name: String, _ period: Period) -> Localized {
        Localized(
            vi: "\(name) không hoạt động trong \(period.label.vi.prefix(1).lowercased() + period.label.vi.dropFirst())",
            en: "\(name) is not active in \(period.label.en)")
    }
    public static func unknownTopic(_ id: String) -> Localized {
        Localized(vi: "chủ đề \"\(id)\" không có trong danh mục", en: "topic \"\(id)\" is not in the topic list")
    }
    public static func unknownAttitude(_ id: String) -> Localized {
        Localized(vi: "thái độ \"\(id)\" không có trong thang", en: "attitude \"\(id)\" is not on the scale")
    }
    public static func duplicateID(_ id: String) -> Localized {
        Localized(vi: "mã \"\(id)\" bị trùng", en: "id \"\(id)\" appears twice")
    }
    public static let required = Localized(vi: "bắt buộc nhập", en: "required")
    public static let controlCharacters = Localized(
        vi: "có ký tự điều khiển không được phép", en: "contains control characters")
    public static let emptyReport = Localized(
        vi: "báo cáo không có luồng ý kiến, tóm tắt hay đánh dấu “không phát sinh”",
        en: "the report has no items, no summary and is not marked “nothing to report”")
}

extension Phrases {
    public static func alreadyImported(_ id: String) -> Localized {
        Localized(vi: "báo cáo \(id) đã có trong kho (nhập trùng)", en: "report \(id) is already in the store (duplicate)")
    }
    public static let noReports = Localized(vi: "tệp không có báo cáo nào", en: "the file holds no report")
}
