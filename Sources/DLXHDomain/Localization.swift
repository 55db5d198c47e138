// The localisation table: every user-facing string of dlxh, Vietnamese first, English second.
// Screens, the command line and documents take their words from here and nowhere else.

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

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

// MARK: - Messages of the store and the command line

public enum Messages {
    public static func atLineColumn(_ line: Int, _ column: Int) -> Localized {
        Localized(vi: "ở dòng \(line), cột \(column)", en: "at line \(line), column \(column)")
    }
    public static let fileEmpty = Localized(vi: "tệp rỗng", en: "the file is empty")
    public static func notValidJSON(_ reason: String) -> Localized {
        Localized(vi: "không phải JSON hợp lệ (\(reason))", en: "not valid JSON (\(reason))")
    }
    public static func wrongType(_ expected: String) -> Localized {
        Localized(vi: "sai kiểu dữ liệu, cần \(expected)", en: "wrong type, expected \(expected)")
    }
    public static func missingField(_ key: String) -> Localized {
        Localized(vi: "thiếu trường \"\(key)\"", en: "missing field \"\(key)\"")
    }
    public static func invalidValue(_ reason: String) -> Localized {
        Localized(vi: "giá trị không hợp lệ: \(reason)", en: "invalid value: \(reason)")
    }
    public static func damagedFile(_ file: String, _ place: String, _ detail: String) -> Localized {
        let at = place.isEmpty ? "" : " " + place
        return Localized(
            vi: "tệp \(file) bị hỏng\(at): \(detail); không ghi gì vào kho dữ liệu",
            en: "file \(file) is damaged\(at): \(detail); nothing was written to the store")
    }
    public static func unsupportedVersion(_ file: String, _ schema: String, _ version: Int, _ supported: Int) -> Localized {
        Localized(
            vi: "tệp \(file) có định dạng \(schema) phiên bản \(version), phiên bản dlxh này chỉ đọc được đến \(supported); hãy cập nhật dlxh",
            en: "file \(file) is \(schema) version \(version); this dlxh reads up to version \(supported): update dlxh")
    }
    public static func wrongSchema(_ file: String, _ found: String, _ expected: String) -> Localized {
        Localized(
            vi: "tệp \(file) là \"\(found)\", không phải \"\(expected)\" như mong đợi",
            en: "file \(file) is \"\(found)\", not the expected \"\(expected)\"")
    }
    public static func noStore(_ path: String) -> Localized {
        Localized(
            vi: "không có kho dữ liệu dlxh tại \(path) (tạo kho mẫu: dlxh demo --store \(path))",
            en: "no dlxh store at \(path) (create a demo one: dlxh demo --store \(path))")
    }
    public static func noStoreFolder(_ path: String) -> Localized {
        Localized(
            vi: "không có thư mục \(path), nên không có kho dữ liệu dlxh ở đó (tạo kho mẫu: dlxh demo --store \(path))",
            en: "no folder \(path), so no dlxh store there (create a demo one: dlxh demo --store \(path))")
    }
    public static func storeNotAFolder(_ path: String) -> Localized {
        Localized(vi: "\(path) không phải là thư mục, không thể là kho dữ liệu dlxh", en: "\(path) is not a folder, so it cannot be a dlxh store")
    }
    public static func storePermissionDenied(_ path: String, _ what: String) -> Localized {
        Localized(
            vi: "không có quyền mở \(what) (permission denied): kho dữ liệu \(path) thuộc người dùng khác hoặc quyền truy cập không cho bạn vào",
            en: "permission denied opening \(what): the store \(path) belongs to another user or its permissions keep you out")
    }
    public static func storeExists(_ path: String) -> Localized {
        Localized(
            vi: "đã có kho dữ liệu tại \(path); dùng --force để ghi đè",
            en: "a store already exists at \(path); use --force to overwrite it")
    }
    public static func ioFailure(_ file: String, _ reason: String) -> Localized {
        Localized(vi: "không đọc/ghi được \(file): \(reason)", en: "cannot read/write \(file): \(reason)")
    }
    public static func missingFile(_ file: String, _ records: Int) -> Localized {
        Localized(
            vi: "mất tệp \(file) (theo manifest.json, tệp này có \(records) bản ghi); không ghi gì vào kho dữ liệu",
            en: "file \(file) is missing (manifest.json says it holds \(records) records); nothing was written to the store")
    }
    /// A damaged or missing record file a read-only command or the interface reads around.
    public static func leftOut(_ problem: String) -> Localized {
        Localized(
            vi: "cảnh báo: \(problem); các bản ghi trong tệp này bị bỏ qua, chỉ đọc được phần còn lại (chạy dlxh check)",
            en: "warning: \(problem); its records are left out, the rest is read-only (run dlxh check)")
    }
    /// Another writer holds the store lock; `holder` is (staff, command, pid, since) when known.
    public static func storeLocked(_ holder: (String, String, Int, String)?) -> Localized {
        guard let (staff, command, pid, since) = holder else {
            return Localized(
                vi: "kho dữ liệu đang bị một tiến trình khác khóa (không rõ là ai); chưa ghi gì, hãy thử lại sau",
                en: "the store is locked by another process (not saying who); nothing was written, try again later")
        }
        return Localized(
            vi: "kho dữ liệu đang bị khóa bởi \(staff) (\(command), pid \(pid), từ \(since)); chưa ghi gì, hãy thử lại sau",
            en: "the store is locked by \(staff) (\(command), pid \(pid), since \(since)); nothing was written, try again later")
    }
    public static func notFound(_ kind: String, _ id: String) -> Localized {
        Localized(vi: "không tìm thấy \(kind) \(id)", en: "no \(kind) \(id)")
    }
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

extension Messages {
    public static func importRejected(_ file: String, _ field: String, _ reason: String) -> Localized {
        Localized(vi: "\(file): từ chối, \(field): \(reason)", en: "\(file): rejected, \(field): \(reason)")
    }
}

extension Phrases {
    public static func alreadyImported(_ id: String) -> Localized {
        Localized(vi: "báo cáo \(id) đã có trong kho (nhập trùng)", en: "report \(id) is already in the store (duplicate)")
    }
    public static let noReports = Localized(vi: "tệp không có báo cáo nào", en: "the file holds no report")
}

// MARK: - Command line

public enum CLIText {
    public static let abstract = Localized(
        vi: "dlxh: theo dõi, phân loại báo cáo dư luận xã hội của các đơn vị, điểm nóng và tình hình nộp báo cáo.",
        en: "dlxh: review and classify public-opinion reports from reporting units, track hot spots and submissions.")
    public static let discussion = Localized(
        vi: "Không có lệnh con: mở giao diện toàn màn hình. Kho dữ liệu: --store, hoặc DLXH_STORE, hoặc $XDG_DATA_HOME/dlxh, hoặc ~/.local/share/dlxh.",
        en: "With no subcommand: opens the full-screen interface. Store: --store, else DLXH_STORE, else $XDG_DATA_HOME/dlxh, else ~/.local/share/dlxh.")
    public static let storeHelp = Localized(vi: "Thư mục kho dữ liệu (biến môi trường DLXH_STORE).", en: "The store folder (env DLXH_STORE).")
    public static let todayHelp = Localized(
        vi: "Coi ngày này là hôm nay, YYYY-MM-DD, giờ cố định 09:00 (DLXH_TODAY).",
        en: "Take this day as today, YYYY-MM-DD, at a fixed 09:00 (env DLXH_TODAY).")
    public static let timeHelp = Localized(vi: "Giờ của --today, HH:MM (DLXH_TIME).", en: "Time of day for --today, HH:MM (env DLXH_TIME).")
    public static let langHelp = Localized(vi: "Ngôn ngữ: vi hoặc en (DLXH_LANG).", en: "Language: vi or en (env DLXH_LANG).")
    public static let staffHelp = Localized(
        vi: "Tên cán bộ ghi vào nhật ký thay đổi (DLXH_STAFF; mặc định theo cấu hình, rồi $USER).",
        en: "Staff name for the audit trail (env DLXH_STAFF; default: the store's setting, then $USER).")
    public static let tuiAbstract = Localized(vi: "Mở giao diện toàn màn hình.", en: "Open the full-screen interface.")
    public static let demoAbstract = Localized(vi: "Tạo kho dữ liệu mẫu.", en: "Write a demo store.")
    public static let demoYearsHelp = Localized(vi: "Số năm dữ liệu.", en: "Years of data.")
    public static let demoSeedHelp = Localized(vi: "Hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu.", en: "Random seed: the same seed gives the same store.")
    public static let demoForceHelp = Localized(vi: "Ghi đè kho dữ liệu đã có.", en: "Overwrite an existing store.")
    public static let statusAbstract = Localized(
        vi: "Tình hình nộp báo cáo của mọi đơn vị trong một kỳ.", en: "Submission status of every unit for a period.")
    public static let periodHelp = Localized(vi: "Kỳ báo cáo YYYY-MM (mặc định: tháng hiện tại).", en: "Period YYYY-MM (default: the current month).")
    public static let formatHelp = Localized(vi: "Định dạng đầu ra.", en: "Output format.")
    public static let exportAbstract = Localized(vi: "Xuất báo cáo ra tệp trao đổi (JSON) hoặc CSV.", en: "Export reports as an exchange file (JSON) or CSV.")
    public static let exportPeriodHelp = Localized(vi: "Chỉ các báo cáo của kỳ này (YYYY-MM).", en: "Only reports for this period (YYYY-MM).")
    public static let unitHelp = Localized(vi: "Chỉ các báo cáo của đơn vị này (mã đơn vị).", en: "Only reports of this unit (unit id).")
    public static let outputHelp = Localized(vi: "Ghi ra tệp này thay vì màn hình.", en: "Write to this file instead of standard output.")
    public static let importAbstract = Localized(
        vi: "Nhập báo cáo từ tệp trao đổi; mỗi tệp nhận toàn bộ hoặc không nhận gì.",
        en: "Import reports from exchange files; each file is taken whole or not at all.")
    public static let filesHelp = Localized(vi: "Các tệp cần nhập.", en: "Files to import.")
    public static let checkAbstract = Localized(
        vi: "Kiểm tra toàn bộ kho dữ liệu (định dạng, tham chiếu, trùng lặp).",
        en: "Verify the whole store (schema, references, duplicates).")
    public static let hotSpotsAbstract = Localized(
        vi: "Các điểm nóng đang mở và cảnh báo của chúng (cho script, lịch chạy tự động).",
        en: "The open hot spots with their alerts (for scripts and scheduled jobs).")
    public static let hotSpotsHeaders = Localized(
        vi: "Mã\tLoại\tDoanh nghiệp\tĐơn vị\tTình trạng\tCảnh báo gấp nhất",
        en: "Id\tKind\tEnterprise\tUnit\tStatus\tMost urgent alert")
    public static let versionText = Localized(vi: "Hiện phiên bản.", en: "Show the version.")
    public static let helpText = Localized(vi: "Hiện trợ giúp.", en: "Show help information.")

    public static let errorPrefix = Localized(vi: "lỗi", en: "error")
    public static let noteWord = Localized(vi: "lưu ý", en: "note")
    public static func oldStoreKept(_ path: String) -> Localized {
        Localized(vi: "Kho dữ liệu cũ được giữ lại tại \(path).", en: "The old store was kept at \(path).")
    }
    public static let badYears = Localized(vi: "--years phải từ 1 đến 30", en: "--years must be from 1 to 30")
    public static func demoWritten(_ path: String, _ units: Int, _ reports: Int, _ items: Int, _ hotSpots: Int) -> Localized {
        Localized(
            vi: "Đã tạo kho dữ liệu mẫu tại \(path): \(units) đơn vị, \(reports) báo cáo, \(items) luồng ý kiến, \(hotSpots) điểm nóng.",
            en: "Demo store written to \(path): \(units) units, \(reports) reports, \(items) opinion items, \(hotSpots) hot spots.")
    }
    public static func imported(_ file: String, _ count: Int) -> Localized {
        Localized(vi: "\(file): đã nhập \(count) báo cáo.", en: "\(file): imported \(count) reports.")
    }
    public static func checkSound(_ files: Int, _ units: Int, _ reports: Int, _ items: Int, _ hotSpots: Int) -> Localized {
        Localized(
            vi: "Kho dữ liệu tốt: \(files) tệp, \(units) đơn vị, \(reports) báo cáo, \(items) luồng ý kiến, \(hotSpots) điểm nóng.",
            en: "Store is sound: \(files) files, \(units) units, \(reports) reports, \(items) opinion items, \(hotSpots) hot spots.")
    }
    public static func checkFailed(_ count: Int) -> Localized {
        Localized(vi: "Kho dữ liệu có \(count) vấn đề.", en: "The store has \(count) problems.")
    }
    public static func badDate(_ text: String) -> Localized {
        Localized(vi: "ngày không hợp lệ \"\(text)\", cần YYYY-MM-DD", en: "invalid date \"\(text)\", expected YYYY-MM-DD")
    }
    public static func badTime(_ text: String) -> Localized {
        Localized(vi: "giờ không hợp lệ \"\(text)\", cần HH:MM", en: "invalid time \"\(text)\", expected HH:MM")
    }
    public static func badPeriod(_ text: String) -> Localized {
        Localized(vi: "kỳ không hợp lệ \"\(text)\", cần YYYY-MM", en: "invalid period \"\(text)\", expected YYYY-MM")
    }
    public static func badLanguage(_ text: String) -> Localized {
        Localized(vi: "ngôn ngữ không hỗ trợ \"\(text)\", dùng vi hoặc en", en: "unsupported language \"\(text)\", use vi or en")
    }
    public static func unknownUnit(_ id: String) -> Localized {
        Localized(vi: "không có đơn vị \"\(id)\"", en: "no unit \"\(id)\"")
    }
    public static let statusHeaders = Localized(vi: "Mã\tĐơn vị\tTình trạng\tNgày nhận\tSố ngày muộn", en: "Id\tUnit\tState\tReceived\tDays late")
    public static let tuiPending = Localized(
        vi: "Giao diện toàn màn hình đang được xây dựng; dùng các lệnh con (dlxh --help).",
        en: "The full-screen interface is being built; use the subcommands (dlxh --help).")
}

extension CLIText {
    /// "Đã nộp 15/18 (83%), đúng hạn 12/18 (67%)".
    public static func totals(_ totals: SubmissionTotals) -> Localized {
        func percent(_ rate: Double?) -> String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        let e = totals.expected
        return Localized(
            vi: "Đã nộp \(totals.submitted)/\(e) (\(percent(totals.reportingRate))), đúng hạn \(totals.onTime)/\(e) (\(percent(totals.timeliness)))",
            en: "Submitted \(totals.submitted)/\(e) (\(percent(totals.reportingRate))), on time \(totals.onTime)/\(e) (\(percent(totals.timeliness)))")
    }
}

// MARK: - The full-screen interface

public enum UIText {
    public static func screenTitle(_ index: Int) -> Localized {
        switch index {
        case 1: Localized(vi: "Hộp thư đến", en: "Inbox")
        case 2: Localized(vi: "Nhập liệu", en: "Entry")
        case 3: Localized(vi: "Điểm nóng", en: "Hot spots")
        default: Localized(vi: "Tình hình nộp", en: "Submissions")
        }
    }
    public static let store = Localized(vi: "Kho", en: "Store")
    public static func alertBadge(_ open: Int, _ overdue: Int) -> Localized {
        overdue > 0
            ? Localized(vi: "⚠ Điểm nóng \(open) (\(overdue) quá hạn)", en: "⚠ Hot spots \(open) (\(overdue) overdue)")
            : Localized(vi: "Điểm nóng \(open)", en: "Hot spots \(open)")
    }
    public static func overdueOnStart(_ count: Int) -> Localized {
        Localized(
            vi: "⚠ \(count) cảnh báo điểm nóng đã quá hạn – nhấn 3 để xem.",
            en: "⚠ \(count) hot-spot alerts are overdue – press 3 to see them.")
    }
    public static func days(_ n: Int) -> Localized { Localized(vi: "\(n) ngày", en: "\(n) d") }
    public static func hours(_ n: Int) -> Localized { Localized(vi: "\(n) giờ", en: "\(n) h") }
    public static func minutes(_ n: Int) -> Localized { Localized(vi: "\(n) phút", en: "\(n) min") }
    /// The short kind label of a rapid report in narrow columns.
    public static let rapidShort = Localized(vi: "Nhanh", en: "Rapid")
    public static let loading = Localized(vi: "Đang mở kho dữ liệu…", en: "Opening the store…")
    public static func tooSmall(_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> Localized {
        Localized(
            vi: "Cửa sổ quá nhỏ (\(width)×\(height)). Hãy phóng to ít nhất \(minWidth)×\(minHeight).",
            en: "Window too small (\(width)×\(height)). Enlarge it to at least \(minWidth)×\(minHeight).")
    }
    public static let typeToFilter = Localized(vi: "Gõ để lọc:", en: "Type to filter:")
    public static let noMatches = Localized(vi: "(không có mục nào khớp)", en: "(nothing matches)")
    public static let confirmTitle = Localized(vi: "Xác nhận", en: "Confirm")
    public static let yesNo = Localized(vi: "[c] Có    [k] Không", en: "[y] Yes    [n] No")
    public static let closeHelp = Localized(vi: "Esc hoặc ? để đóng", en: "Esc or ? to close")
    public static func helpTitle(_ screen: String) -> Localized {
        Localized(vi: "Trợ giúp – \(screen)", en: "Help – \(screen)")
    }
    public static let globalKeys = Localized(vi: "Mọi màn hình", en: "Every screen")
    public static let thisScreen = Localized(vi: "Màn hình này", en: "This screen")
    public static let filterPrompt = Localized(vi: "Lọc:", en: "Filter:")
    public static func filterCount(_ shown: Int, _ total: Int) -> Localized {
        Localized(vi: "\(shown)/\(total) mục", en: "\(shown)/\(total) shown")
    }
    public static let quitDirty = Localized(
        vi: "Biểu mẫu đang nhập chưa lưu. Vẫn thoát? (bản nháp được giữ lại)",
        en: "The form has unsaved changes. Quit anyway? (the draft is kept)")
    public static let empty = Localized(vi: "(chưa có dữ liệu)", en: "(nothing here yet)")
    public static let storeReloaded = Localized(
        vi: "Kho dữ liệu vừa được cập nhật từ nơi khác; đã tải lại.", en: "The store was changed elsewhere; reloaded.")
    public static let dataMayBeStale = Localized(vi: "⚠ Dữ liệu có thể đã cũ", en: "⚠ Data may be stale")

    // Keys
    public static let keyMove = Localized(vi: "Chọn", en: "Move")
    public static let keyPage = Localized(vi: "Trang trước/sau", en: "Page up/down")
    public static let keyFirstLast = Localized(vi: "Đầu/cuối danh sách", en: "First/last")
    public static let keyOpen = Localized(vi: "Mở", en: "Open")
    public static let keyBack = Localized(vi: "Quay lại", en: "Back")
    public static let keyFilter = Localized(vi: "Lọc", en: "Filter")
    public static let keyNextMatch = Localized(vi: "Kết quả sau/trước", en: "Next/previous match")
    public static let keyHelp = Localized(vi: "Trợ giúp", en: "Help")
    public static let keyQuit = Localized(vi: "Thoát", en: "Quit")
    public static let keyScreens = Localized(vi: "Màn hình", en: "Screens")
    public static let keyNextScreen = Localized(vi: "Màn hình sau/trước", en: "Next/previous screen")
    public static let keyRedraw = Localized(vi: "Vẽ lại màn hình", en: "Redraw the screen")
    public static let keySuspend = Localized(vi: "Tạm dừng (fg để tiếp tục)", en: "Suspend (fg to resume)")
    public static let keyRefresh = Localized(vi: "Tải lại, nhận tệp trong incoming/", en: "Reload, pick up incoming/ files")

    // Inbox
    public static let colReceived = Localized(vi: "Ngày nhận", en: "Received")
    public static let colUnit = Localized(vi: "Đơn vị", en: "Unit")
    public static let colPeriod = Localized(vi: "Kỳ", en: "Period")
    public static let colKind = Localized(vi: "Loại", en: "Kind")
    public static let colChannel = Localized(vi: "Kênh", en: "Channel")
    public static let colItems = Localized(vi: "Ý.k", en: "Itm")
    public static let colStep = Localized(vi: "Bước", en: "Step")
    public static let colEntered = Localized(vi: "Nhập lúc", en: "Entered")
    public static let colBy = Localized(vi: "Người nhập", en: "By")
    public static let documentNumber = Localized(vi: "Số văn bản", en: "Document no.")
    public static let summary = Localized(vi: "Tóm tắt", en: "Summary")
    public static let items = Localized(vi: "Luồng ý kiến", en: "Opinion items")
    public static let nothingToReport = Localized(vi: "Không phát sinh", en: "Nothing to report")
    public static let topic = Localized(vi: "Chủ đề", en: "Topic")
    public static let attitude = Localized(vi: "Thái độ", en: "Attitude")
    public static let source = Localized(vi: "Nguồn", en: "Source")
    public static let target = Localized(vi: "Đối tượng", en: "Target group")
    public static let breadth = Localized(vi: "Mức độ", en: "Breadth")
    public static let scope = Localized(vi: "Phạm vi", en: "Scope")
    public static let nature = Localized(vi: "Tính chất", en: "Nature")
    public static let verification = Localized(vi: "Xác minh", en: "Verification")
    public static let proposal = Localized(vi: "Kiến nghị", en: "Proposal")
    public static let step = Localized(vi: "Bước xử lý", en: "Handling step")
    public static let hotSpotMark = Localized(vi: "có điểm nóng", en: "has a hot spot")
    public static let entryComing = Localized(
        vi: "Biểu mẫu nhập báo cáo sẽ có ở đây. Dưới đây: các báo cáo nhập gần nhất.",
        en: "The report entry form will be here. Below: the reports entered most recently.")

    // Hot spots
    public static let colKindHS = Localized(vi: "Loại", en: "Kind")
    public static let colEnterprise = Localized(vi: "Doanh nghiệp", en: "Enterprise")
    public static let colWorkers = Localized(vi: "Số CN", en: "Workers")
    public static let colAge = Localized(vi: "Đã qua", en: "Age")
    public static let colStatus = Localized(vi: "Tình trạng", en: "Status")
    public static let colAlert = Localized(vi: "Cảnh báo", en: "Alert")
    public static let noAlert = Localized(vi: "—", en: "—")

    // Dashboard
    public static let colState = Localized(vi: "Tình trạng", en: "State")
    public static let colContact = Localized(vi: "Liên hệ", en: "Contact")
    public static let colPhone = Localized(vi: "Điện thoại", en: "Phone")
    public static func dueLine(_ period: String, _ due: String) -> Localized {
        Localized(vi: "\(period) – hạn nộp \(due)", en: "\(period) – due \(due)")
    }
}

public enum TUIText {
    public static let noUTF8Locale = Localized(
        vi: "không tìm thấy locale UTF-8 nào (đã thử C.UTF-8); hãy đặt LANG=C.UTF-8",
        en: "no UTF-8 locale available (tried C.UTF-8); set LANG=C.UTF-8")
    public static let notATerminal = Localized(
        vi: "giao diện toàn màn hình cần một terminal; dùng các lệnh con khi chạy trong script (dlxh --help)",
        en: "the full-screen interface needs a terminal; use the subcommands in scripts (dlxh --help)")
    public static func unknownTerminal(_ name: String) -> Localized {
        Localized(
            vi: "không mở được terminal loại \"\(name)\"; thử TERM=xterm-256color",
            en: "cannot open a terminal of type \"\(name)\"; try TERM=xterm-256color")
    }
}

extension UIText {
    public static let keyUndo = Localized(vi: "Hoàn tác thay đổi cuối", en: "Undo the last change")
    public static let keySort = Localized(vi: "Sắp xếp: ngày nhận, đơn vị, kỳ, bước", en: "Sort: received, unit, period, step")
    public static let keyTag = Localized(vi: "Đánh dấu", en: "Tag")
    public static let keyTagAll = Localized(vi: "Đánh dấu tất cả mục đang lọc", en: "Tag all matching")
    public static let keyApply = Localized(vi: "Áp dụng cho mục đã đánh dấu", en: "Apply to tagged")
    public static let keyArchive = Localized(vi: "Lưu trữ / bỏ lưu trữ", en: "Archive / unarchive")
    public static let keyDelete = Localized(vi: "Xóa báo cáo", en: "Delete the report")
    public static let keyViews = Localized(vi: "Bộ lọc đã lưu", en: "Saved views")
    public static let keySaveView = Localized(vi: "Lưu bộ lọc hiện tại", en: "Save the current filter")
    public static let keyClearFilter = Localized(vi: "Bỏ lọc", en: "Clear the filter")
    public static let keyItem = Localized(vi: "Chọn ý kiến", en: "Select item")
    public static let keyHistory = Localized(vi: "Lịch sử thay đổi", en: "History")
    public static let keyMarkHotSpot = Localized(vi: "Đánh dấu là điểm nóng", en: "Mark as hot spot")
    public static let nothingToUndo = Localized(vi: "Không có thay đổi nào để hoàn tác.", en: "Nothing to undo.")
    public static func undone(_ what: String) -> Localized {
        Localized(vi: "Hoàn tác: \(what)", en: "Undone: \(what)")
    }
    public static func sortedBy(_ sort: Int) -> Localized {
        let vi = ["ngày nhận", "đơn vị", "kỳ báo cáo", "bước xử lý"]
        let en = ["received date", "unit", "period", "handling step"]
        return Localized(vi: "Sắp xếp theo \(vi[sort])", en: "Sorted by \(en[sort])")
    }
    public static func taggedCount(_ n: Int) -> Localized { Localized(vi: "Đã đánh dấu \(n) mục", en: "\(n) tagged") }
    public static let nothingTagged = Localized(
        vi: "Chưa đánh dấu mục nào (t để đánh dấu, T để đánh dấu tất cả).", en: "Nothing is tagged (t tags, T tags all).")
    public static let nothingToSave = Localized(vi: "Chưa có bộ lọc để lưu (gõ / trước).", en: "No filter to save (type / first).")
    public static let viewNamePrompt = Localized(vi: "Tên bộ lọc", en: "Name of the view")
    public static let noHistory = Localized(vi: "(chưa có thay đổi nào)", en: "(no changes yet)")
    public static func historyTitle(_ target: String) -> Localized {
        Localized(vi: "Lịch sử \(target)", en: "History of \(target)")
    }
    public static let stepNoteReported = Localized(vi: "Đã phản ánh tới (ai, văn bản nào)", en: "Reported to (whom, which document)")
    public static let stepNoteRelayed = Localized(vi: "Ý kiến chỉ đạo đã truyền đạt", en: "Guidance relayed")
    public static func changedItems(_ n: Int) -> Localized {
        Localized(vi: "thay đổi \(n) luồng ý kiến", en: "change to \(n) items")
    }
    public static func changedReports(_ n: Int) -> Localized {
        Localized(vi: "thay đổi \(n) báo cáo", en: "change to \(n) reports")
    }
    public static func confirmDelete(_ unit: String, _ period: String, _ id: String) -> Localized {
        Localized(
            vi: "Xóa hẳn báo cáo \(id) của \(unit), \(period)? Việc xóa được ghi vào nhật ký và không hoàn tác được.",
            en: "Delete report \(id) of \(unit), \(period) for good? The deletion is audited and cannot be undone.")
    }
    public static func applyTitle(_ items: Int, _ reports: Int) -> Localized {
        Localized(vi: "Áp dụng cho \(items) ý kiến, \(reports) báo cáo", en: "Apply to \(items) items, \(reports) reports")
    }
    public static let archivedMark = Localized(vi: "ĐÃ LƯU TRỮ", en: "ARCHIVED")
    public static func savedItems(_ n: Int) -> Localized {
        Localized(vi: "Đã lưu thay đổi \(n) luồng ý kiến.", en: "Saved changes to \(n) items.")
    }
    public static func savedReports(_ n: Int) -> Localized {
        Localized(vi: "Đã lưu thay đổi \(n) báo cáo.", en: "Saved changes to \(n) reports.")
    }
    public static func deleted(_ id: String) -> Localized { Localized(vi: "Đã xóa báo cáo \(id).", en: "Deleted report \(id).") }
    public static func hotSpotCreated(_ id: String) -> Localized {
        Localized(vi: "Đã tạo điểm nóng \(id) (màn hình 3).", en: "Hot spot \(id) created (screen 3).")
    }
    public static let viewsSaved = Localized(vi: "Đã lưu bộ lọc.", en: "View saved.")
}

extension UIText {
    public static let promptKeys = Localized(vi: "Enter lưu · Esc hủy", en: "Enter saves · Esc cancels")
}

extension UIText {
    public static let formChoose = Localized(vi: "(Enter để chọn)", en: "(Enter to choose)")
    public static let formKeys = Localized(
        vi: "Tab/↑↓ chuyển ô · Enter chọn · Ctrl-S lưu · Esc hủy", en: "Tab/↑↓ next field · Enter choose · Ctrl-S save · Esc cancel")
}

extension UIText {
    public static let keyPhoneIn = Localized(vi: "Ghi nhận nhanh", en: "Phone-in")
    public static let keyAcknowledge = Localized(vi: "Tiếp nhận", en: "Acknowledge")
    public static let keyAddUpdate = Localized(vi: "Thêm diễn biến", en: "Add an update")
    public static let keyWrittenReport = Localized(vi: "Đã có báo cáo văn bản", en: "Written report received")
    public static let keyEscalate = Localized(vi: "Báo cáo lên", en: "Escalate")
    public static let keyStatus = Localized(vi: "Đổi tình trạng", en: "Change status")
    public static let keyScroll = Localized(vi: "Cuộn", en: "Scroll")
    public static let filterOpen = Localized(vi: "Chưa đóng", en: "Not closed")
    public static let filterActive = Localized(vi: "Đang diễn biến", en: "Active")
    public static let filterAll = Localized(vi: "Tất cả", en: "All")
    public static let filterByUnit = Localized(vi: "Theo đơn vị…", en: "By unit…")
    public static let filterByKind = Localized(vi: "Theo loại…", en: "By kind…")
    public static func alreadyAcknowledged(_ by: String) -> Localized {
        Localized(vi: "Đã được \(by) tiếp nhận.", en: "Already acknowledged by \(by).")
    }
    public static let alreadyEscalated = Localized(
        vi: "Đã báo cáo cả Tỉnh ủy và Tổng LĐLĐ.", en: "Already reported to both the Party committee and the confederation.")
    public static let writtenNotInInbox = Localized(
        vi: "Đã nhận, chưa có trong hộp thư (chỉ ghi thời điểm)", en: "Received, not in the inbox (record the time only)")
    public static let escalationNote = Localized(vi: "Ghi chú (số văn bản, người nhận)", en: "Note (document number, recipient)")
    public static let phoneInTitle = Localized(
        vi: "Ghi nhận nhanh điểm nóng qua điện thoại – phần còn lại bổ sung sau", en: "Quick phone-in of a hot spot – the rest later")
    public static let phoneInWhat = Localized(vi: "Sự việc", en: "What happened")
    public static let phoneInWhen = Localized(vi: "Gọi lúc (giờ:phút ngày)", en: "Phoned at (hh:mm date)")
    public static let notANumber = Localized(vi: "cần một số", en: "must be a number")
    public static let badTime = Localized(vi: "giờ không hợp lệ, ví dụ 14:30 24/11/2026", en: "invalid time, e.g. 14:30 24/11/2026")
    public static let timeInFuture = Localized(vi: "thời điểm ở tương lai", en: "that time is in the future")
    public static let discardForm = Localized(vi: "Bỏ những gì đã nhập vào biểu mẫu?", en: "Discard what was typed into the form?")
    public static let address = Localized(vi: "Địa chỉ", en: "Address")
    public static let grassrootsUnion = Localized(vi: "Có CĐCS", en: "Grassroots union")
    public static let yes = Localized(vi: "có", en: "yes")
    public static let no = Localized(vi: "không", en: "no")
    public static func involved(_ n: Int) -> Localized { Localized(vi: "\(n) người liên quan", en: "\(n) involved") }
    public static func workforce(_ n: Int) -> Localized { Localized(vi: "\(n) lao động", en: "\(n) workforce") }
    public static let phonedIn = Localized(vi: "Báo qua điện thoại", en: "Phoned in")
    public static let acknowledgedBy = Localized(vi: "Tiếp nhận", en: "Acknowledged")
    public static let writtenReport = Localized(vi: "Báo cáo văn bản", en: "Written report")
    public static func reportedTo(_ whom: String) -> Localized { Localized(vi: "Đã báo cáo \(whom)", en: "Reported to \(whom)") }
    public static let causes = Localized(vi: "Nguyên nhân", en: "Causes")
    public static let demands = Localized(vi: "Yêu cầu", en: "Demands")
    public static let arrears = Localized(vi: "Nợ đọng", en: "Arrears")
    public static let coordinating = Localized(vi: "Cơ quan phối hợp", en: "Coordinating bodies")
    public static let unionActions = Localized(vi: "Công đoàn đã làm", en: "Union actions")
    public static let result = Localized(vi: "Kết quả", en: "Result")
    public static let obligations = Localized(vi: "Việc phải làm và hạn", en: "Obligations and deadlines")
    public static let noAlerts = Localized(vi: "Không còn việc quá hạn hay đang chờ.", en: "Nothing pending or overdue.")
    public static func dueAt(_ when: String) -> Localized { Localized(vi: "hạn \(when)", en: "due \(when)") }
    public static let timeline = Localized(vi: "Diễn biến", en: "Timeline")
    public static let kindShortStoppage = Localized(vi: "Ngừng việc", en: "Stoppage")
    public static let kindShortAbsconded = Localized(vi: "Chủ bỏ trốn", en: "Absconded")
    public static let kindShortLayoff = Localized(vi: "Cắt giảm LĐ", en: "Layoff")
    public static let kindShortAccident = Localized(vi: "Tai nạn LĐ", en: "Accident")
    public static let kindShortComplaint = Localized(vi: "Khiếu kiện", en: "Complaint")
    public static let kindShortFalseStory = Localized(vi: "Tin giả", en: "False story")
    public static let alertShortAck = Localized(vi: "Chưa tiếp nhận", en: "Not acknowledged")
    public static let alertShortWritten = Localized(vi: "Chưa có BC văn bản", en: "No written report")
    public static let alertShortParty = Localized(vi: "Chưa BC Tỉnh ủy", en: "Party not told")
    public static let alertShortConfederation = Localized(vi: "Chưa BC Tổng LĐ", en: "Confed. not told")
    public static let alertShortStale = Localized(vi: "Lâu chưa cập nhật", en: "No recent update")
    public static func hotSpotSaved(_ id: String) -> Localized { Localized(vi: "Đã lưu điểm nóng \(id).", en: "Hot spot \(id) saved.") }
}

// MARK: - The consolidated report, the status matrix and the incoming folder (issue 7)

/// The words of the consolidated monthly report (báo cáo tổng hợp). The Vietnamese is the
/// register of a provincial federation's report to the Party committee; the English is a
/// faithful rendering for staff who read it.
public enum ReportText {
    public static let country = Localized(vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM")
    public static let motto = Localized(vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness")
    public static let kind = Localized(vi: "BÁO CÁO", en: "REPORT")
    public static let recipientsHeading = Localized(vi: "Nơi nhận:", en: "Recipients:")
    public static func number(_ code: String) -> Localized { Localized(vi: "Số: …/\(code)", en: "No. …/\(code)") }

    /// "Đồng Nai, ngày 24 tháng 11 năm 2026"; days below 10 and months 1 and 2 take a leading
    /// zero (Nghị định 30/2020/NĐ-CP), so no one can add a digit by hand.
    public static func dateLine(_ place: String, _ day: Day) -> Localized {
        let d = day.day < 10 ? pad(day.day, 2) : String(day.day)
        let m = day.month < 3 ? pad(day.month, 2) : String(day.month)
        let placeName = place.isEmpty ? "……" : place
        return Localized(
            vi: "\(placeName), ngày \(d) tháng \(m) năm \(day.year)",
            en: "\(placeName), \(day.day) \(Period.englishMonths[day.month - 1]) \(day.year)")
    }
    public static func subject(_ period: String) -> Localized {
        Localized(
            vi: "Tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ \(period)",
            en: "Thinking and public opinion among union members and workers, \(period)")
    }
    public static func opening(_ department: String, _ period: String) -> Localized {
        Localized(
            vi: "Thực hiện chế độ báo cáo định kỳ về tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ; căn cứ báo cáo của các đơn vị, \(department) tổng hợp, báo cáo tình hình \(period) như sau:",
            en: "Under the periodic reporting on the thinking and public opinion of union members and workers, and on the basis of the units' reports, the \(department) sums up \(period) as follows:")
    }
    public static func closing(_ period: String) -> Localized {
        Localized(
            vi: "Trên đây là báo cáo tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ \(period)./.",
            en: "This is the report on the thinking and public opinion of union members and workers for \(period).")
    }

    // Section headings; the Roman numeral is added where they are used.
    public static let headingOverview = Localized(vi: "TÌNH HÌNH CHUNG", en: "THE OVERALL SITUATION")
    public static let headingStreams = Localized(vi: "CÁC LUỒNG Ý KIẾN, DƯ LUẬN XÃ HỘI THEO CHỦ ĐỀ", en: "OPINION STREAMS BY TOPIC")
    public static let headingHotSpots = Localized(vi: "TÌNH HÌNH QUAN HỆ LAO ĐỘNG, ĐIỂM NÓNG", en: "LABOUR RELATIONS AND HOT SPOTS")
    public static let headingRumours = Localized(
        vi: "TIN ĐỒN, THÔNG TIN SAI SỰ THẬT VÀ VIỆC XỬ LÝ", en: "RUMOURS AND FALSE INFORMATION, AND HOW THEY WERE ANSWERED")
    public static let headingSubmissions = Localized(vi: "TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO", en: "SUBMISSION OF THE UNITS' REPORTS")
    public static let headingProposals = Localized(vi: "KIẾN NGHỊ, ĐỀ XUẤT", en: "PROPOSALS")

    // I. The overall situation
    public static func noReports(_ period: String) -> Localized {
        Localized(vi: "Chưa nhận được báo cáo \(period) của đơn vị nào.", en: "No unit's report for \(period) has been received.")
    }
    public static func kindCount(_ kind: ReportKind, _ n: Int) -> Localized {
        switch kind {
        case .periodic: Localized(vi: "\(n) báo cáo định kỳ", en: "\(n) periodic")
        case .adHoc: Localized(vi: "\(n) báo cáo đột xuất", en: "\(n) ad hoc")
        case .rapid: Localized(vi: "\(n) báo cáo nhanh về điểm nóng", en: "\(n) rapid reports on hot spots")
        }
    }
    public static func reportsReceived(_ asOf: Day, _ period: String, _ reports: Int, _ units: Int, _ kinds: String) -> Localized {
        Localized(
            vi: "Tính đến ngày \(asOf.displayString), đã nhận \(reports) báo cáo \(period) của \(units) đơn vị (\(kinds)).",
            en: "By \(asOf.displayString), \(reports) reports for \(period) had been received from \(units) units (\(kinds)).")
    }
    public static func nothingToReport(_ n: Int) -> Localized {
        Localized(vi: "\(n) đơn vị báo cáo không phát sinh vấn đề mới.", en: "\(n) units reported nothing new.")
    }
    public static func itemsCounted(_ total: Int, _ included: Int, _ excluded: Int) -> Localized {
        Localized(
            vi: "Các báo cáo phản ánh \(total) luồng ý kiến; trong đó \(included) luồng ý kiến đã được chọn lọc, phân loại và đưa vào tổng hợp, \(excluded) luồng ý kiến không đưa vào báo cáo này (đang chọn lọc, xác minh hoặc không sử dụng).",
            en: "The reports carry \(total) opinion items: \(included) have been selected and classified for this report; \(excluded) are not included (still being selected or verified, or set aside).")
    }
    public static func attitudeShare(_ label: String, _ n: Int, _ percent: String) -> Localized {
        Localized(vi: "\(label) \(n) ý kiến (\(percent))", en: "\(label) \(n) (\(percent))")
    }
    public static func topicShare(_ label: String, _ n: Int) -> Localized {
        Localized(vi: "\(label) (\(n) ý kiến)", en: "\(label) (\(n) items)")
    }
    public static func attitudeMix(_ list: String) -> Localized {
        Localized(vi: "Về thái độ, trong các luồng ý kiến được tổng hợp có: \(list).", en: "By attitude, the items included are: \(list).")
    }
    public static func mostConcerned(_ list: String) -> Localized {
        Localized(
            vi: "Các vấn đề được đoàn viên, người lao động quan tâm nhiều nhất: \(list).", en: "The matters raised most: \(list).")
    }
    public static func overviewEvents(_ hotSpots: Int, _ rumours: Int) -> Localized {
        let hotVi = hotSpots == 0
            ? "không phát sinh điểm nóng về quan hệ lao động" : "phát sinh \(hotSpots) vụ việc điểm nóng về quan hệ lao động (mục III)"
        let rumourVi = rumours == 0
            ? "các đơn vị không ghi nhận tin đồn, thông tin sai sự thật" : "các đơn vị ghi nhận \(rumours) tin đồn, thông tin sai sự thật (mục IV)"
        let hotEn = hotSpots == 0 ? "no labour-relations hot spot arose" : "\(hotSpots) labour-relations hot spots arose (section III)"
        let rumourEn = rumours == 0
            ? "the units noted no rumour or false information" : "the units noted \(rumours) rumours or false stories (section IV)"
        return Localized(vi: "Trong kỳ \(hotVi); \(rumourVi).", en: "In the period \(hotEn); \(rumourEn).")
    }

    // II. Opinion streams
    public static let noIncludedItems = Localized(
        vi: "Chưa có luồng ý kiến nào của kỳ này được chọn lọc, phân loại để đưa vào tổng hợp.",
        en: "No opinion item of this period has yet been selected and classified for the report.")
    public static func streamSummary(_ items: Int, _ units: Int) -> Localized {
        Localized(vi: "Có \(items) luồng ý kiến của \(units) đơn vị phản ánh về vấn đề này.", en: "\(items) items from \(units) units.")
    }
    public static func breadthLine(_ list: String) -> Localized { Localized(vi: "Mức độ: \(list).", en: "Breadth: \(list).") }
    public static func attitudeLine(_ list: String) -> Localized { Localized(vi: "Thái độ: \(list).", en: "Attitude: \(list).") }
    public static let representative = Localized(vi: "Một số ý kiến tiêu biểu:", en: "Representative items:")
    public static func quote(_ text: String, _ units: String) -> Localized {
        Localized(vi: "“\(text)” (\(units)).", en: "“\(text)” (\(units)).")
    }

    // III. Hot spots
    public static func hotSpotsNone(_ period: String) -> Localized {
        Localized(vi: "Trong \(period), không phát sinh điểm nóng về quan hệ lao động.", en: "No labour-relations hot spot arose in \(period).")
    }
    public static func hotSpotsArising(_ period: String, _ n: Int, _ workers: Int, _ kinds: String) -> Localized {
        Localized(
            vi: "Trong \(period), phát sinh \(n) vụ việc điểm nóng về quan hệ lao động với khoảng \(grouped(workers, ".")) người lao động tham gia (theo số liệu các đơn vị báo cáo), gồm: \(kinds).",
            en: "In \(period), \(n) labour-relations hot spots arose, involving about \(grouped(workers, ",")) workers (as the units reported): \(kinds).")
    }
    public static func hotSpotPlace(_ enterprise: String, _ address: String, _ unit: String) -> Localized {
        let at = address.isEmpty ? "" : ", \(address)"
        return Localized(vi: "Doanh nghiệp: \(enterprise)\(at); đơn vị báo cáo: \(unit).", en: "Enterprise: \(enterprise)\(at); reported by \(unit).")
    }
    public static func hotSpotPhonedIn(_ startedAt: Moment?, _ phonedInAt: Moment) -> Localized {
        guard let startedAt else {
            return Localized(
                vi: "Đơn vị báo cáo nhanh qua điện thoại lúc \(phonedInAt.displayString).",
                en: "Phoned in at \(phonedInAt.displayString).")
        }
        return Localized(
            vi: "Bắt đầu lúc \(startedAt.displayString); đơn vị báo cáo nhanh qua điện thoại lúc \(phonedInAt.displayString).",
            en: "Began at \(startedAt.displayString); phoned in at \(phonedInAt.displayString).")
    }
    public static func writtenReceived(_ at: Moment) -> Localized {
        Localized(vi: "Báo cáo bằng văn bản nhận lúc \(at.displayString).", en: "Written report received at \(at.displayString).")
    }
    public static let writtenMissing = Localized(vi: "Chưa nhận được báo cáo bằng văn bản.", en: "No written report received yet.")
    public static func workersInvolved(_ n: Int) -> Localized {
        Localized(vi: "Số người lao động tham gia: \(grouped(n, ".")) người.", en: "Workers involved: \(grouped(n, ",")).")
    }
    public static func causes(_ text: String) -> Localized { Localized(vi: "Nguyên nhân: \(text)", en: "Causes: \(text)") }
    public static func demands(_ text: String) -> Localized {
        Localized(vi: "Yêu cầu của người lao động: \(text)", en: "Workers' demands: \(text)")
    }
    public static func arrears(_ text: String) -> Localized { Localized(vi: "Nợ lương, nợ BHXH: \(text)", en: "Arrears: \(text)") }
    public static func unionActions(_ text: String) -> Localized {
        Localized(vi: "Công đoàn đã tham gia giải quyết: \(text)", en: "What the union did: \(text)")
    }
    public static func coordinatingBodies(_ text: String) -> Localized {
        Localized(vi: "Cơ quan phối hợp: \(text)", en: "Working with: \(text)")
    }
    public static func result(_ text: String) -> Localized { Localized(vi: "Kết quả: \(text)", en: "Outcome: \(text)") }
    public static func escalatedTo(_ target: Escalation.Target, _ at: Moment) -> Localized {
        switch target {
        case .provincialParty:
            Localized(vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy (\(at.displayString))", en: "the provincial Party committee's board (\(at.displayString))")
        case .confederation:
            Localized(vi: "Tổng LĐLĐ Việt Nam (\(at.displayString))", en: "the national confederation (\(at.displayString))")
        }
    }
    public static func escalated(_ list: String) -> Localized { Localized(vi: "Đã báo cáo: \(list).", en: "Reported to \(list).") }
    public static let notEscalated = Localized(
        vi: "Chưa báo cáo Tỉnh ủy, Tổng LĐLĐ Việt Nam.", en: "Not yet reported to the Party committee or the confederation.")
    public static func statusAsOf(_ day: Day, _ status: String) -> Localized {
        Localized(vi: "Tình trạng đến ngày \(day.displayString): \(status).", en: "Status on \(day.displayString): \(status).")
    }
    public static func latestUpdate(_ day: Day, _ text: String) -> Localized {
        Localized(vi: "Diễn biến mới nhất (\(day.displayString)): \(text)", en: "Latest update (\(day.displayString)): \(text)")
    }
    public static func carriedOver(_ n: Int) -> Localized {
        Localized(
            vi: "Các vụ việc phát sinh từ trước tiếp tục được theo dõi, xử lý trong kỳ (\(n) vụ):",
            en: "Earlier cases still followed in the period (\(n)):")
    }
    public static func carriedOverEntry(_ what: String, _ unit: String, _ day: Day, _ status: String) -> Localized {
        Localized(
            vi: "\(what) (\(unit)), phát sinh ngày \(day.displayString); tình trạng: \(status).",
            en: "\(what) (\(unit)), arose on \(day.displayString); status: \(status).")
    }

    // IV. Rumours
    public static let rumoursNone = Localized(
        vi: "Trong kỳ, các đơn vị không ghi nhận tin đồn, thông tin sai sự thật trong đoàn viên, người lao động.",
        en: "The units noted no rumour or false information among members and workers in the period.")
    public static func rumoursSummary(_ n: Int, _ untrue: Int, _ unverified: Int) -> Localized {
        Localized(
            vi: "Các đơn vị ghi nhận \(n) tin đồn, thông tin sai sự thật; trong đó \(untrue) tin đã được xác minh là không đúng sự thật, \(unverified) tin chưa xác minh.",
            en: "The units noted \(n) rumours or false stories: \(untrue) found untrue, \(unverified) not yet verified.")
    }
    public static func rumourHandling(_ verification: String, _ handling: String) -> Localized {
        Localized(vi: "Xác minh: \(verification). Xử lý: \(handling)", en: "Verification: \(verification). Handling: \(handling)")
    }

    // V. Submissions
    public static func deadlineLine(_ period: String, _ deadline: Day) -> Localized {
        Localized(vi: "Hạn nộp báo cáo \(period): ngày \(deadline.displayString).", en: "Deadline for \(period): \(deadline.displayString).")
    }
    public static func submissionTotals(_ expected: Int, _ submitted: Int, _ rate: String, _ onTime: Int, _ timeliness: String) -> Localized {
        Localized(
            vi: "Số đơn vị phải báo cáo: \(expected); đã nộp \(submitted) đơn vị (\(rate)), trong đó đúng hạn \(onTime) đơn vị (\(timeliness)).",
            en: "Units that owe the report: \(expected); submitted: \(submitted) (\(rate)), of which on time: \(onTime) (\(timeliness)).")
    }
    /// One line of section V: the units in one submission state (by its code), or "none".
    public static func stateGroup(_ code: String, _ n: Int, _ names: String) -> Localized {
        let (vi, en): (String, String) =
            switch code {
            case "onTime": ("Đơn vị báo cáo đúng hạn", "On time")
            case "late": ("Đơn vị báo cáo muộn", "Late")
            case "missing": ("Đơn vị chưa báo cáo", "Not submitted")
            case "notYetDue": ("Đơn vị chưa đến hạn báo cáo", "Not yet due")
            default: ("Đơn vị không phải báo cáo kỳ này", "Not required this period")
            }
        return Localized(vi: "\(vi) (\(n)): \(names.isEmpty ? "không có" : names).", en: "\(en) (\(n)): \(names.isEmpty ? "none" : names).")
    }
    public static func nameDaysLate(_ name: String, _ days: Int) -> Localized {
        Localized(vi: "\(name) (muộn \(days) ngày)", en: "\(name) (\(days) d late)")
    }
    public static func nameDaysOverdue(_ name: String, _ days: Int) -> Localized {
        Localized(vi: "\(name) (quá hạn \(days) ngày)", en: "\(name) (\(days) d overdue)")
    }
    public static func notRequiredReason(_ reason: NotRequiredReason) -> Localized {
        switch reason {
        case .notReporting: Localized(vi: "không thuộc diện báo cáo", en: "does not report")
        case .inactive: Localized(vi: "không hoạt động", en: "inactive")
        case .exempted: Localized(vi: "được miễn", en: "exempted")
        }
    }

    // VI. Proposals
    public static let proposalsNone = Localized(
        vi: "Trong kỳ, các đơn vị không có kiến nghị, đề xuất.", en: "The units made no proposals in the period.")
    public static func proposalsTo(_ addressee: String) -> Localized { Localized(vi: "Đối với \(addressee):", en: "To \(addressee):") }
    public static let proposalsNoAddressee = Localized(vi: "Kiến nghị chưa xác định nơi nhận:", en: "Proposals naming no addressee:")

    // Appendix
    public static let appendixTitle = Localized(vi: "PHỤ LỤC", en: "APPENDIX")
    public static func appendixSubject(_ period: String) -> Localized {
        Localized(
            vi: "Danh sách báo cáo của các đơn vị được tổng hợp trong báo cáo \(period) (cột Ý kiến: số đưa vào tổng hợp/tổng số)",
            en: "The units' reports counted in the report for \(period) (Items: included/total)")
    }
    public static let appendixHeaders = Localized(
        vi: "STT\tĐơn vị\tLoại báo cáo\tSố văn bản\tNgày nhận\tMã báo cáo\tÝ kiến",
        en: "No.\tUnit\tKind\tDocument no.\tReceived\tReport id\tItems")
    public static let nothingToReportMark = Localized(vi: "không phát sinh", en: "nothing to report")
    public static let archivedMark = Localized(vi: "đã lưu trữ", en: "archived")

    /// 2732 → "2.732" in Vietnamese, "2,732" in English.
    static func grouped(_ n: Int, _ separator: String) -> String {
        let digits = String(abs(n))
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
            String(digits[digits.index(digits.startIndex, offsetBy: max(0, end - 3))..<digits.index(digits.startIndex, offsetBy: end)])
        }
        return (n < 0 ? "-" : "") + groups.joined(separator: separator)
    }
}

extension CLIText {
    public static let reportAbstract = Localized(
        vi: "Lập báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội của một tháng (Markdown, văn bản thuần hoặc DOCX).",
        en: "Write the consolidated monthly report on public opinion (Markdown, plain text or DOCX).")
    public static let reportFormatHelp = Localized(vi: "Định dạng: md, txt hoặc docx.", en: "Format: md, txt or docx.")
    public static let docxNeedsOutput = Localized(
        vi: "DOCX là tệp nhị phân, không in ra màn hình: hãy chỉ định tệp bằng -o TỆP.docx",
        en: "DOCX is a binary file and is not printed to a terminal: name the file with -o FILE.docx")
    public static let matrixAbstract = Localized(
        vi: "Bảng tình hình nộp báo cáo: đơn vị × tháng (mặc định 12 tháng gần nhất).",
        en: "Submission matrix: units × months (the last 12 months by default).")
    public static let rosterAbstract = Localized(
        vi: "Danh sách đơn vị dạng CSV: xuất ra, nhập vào (xem Docs/ROSTER-CSV.md).",
        en: "The roster as CSV: export and import (see Docs/ROSTER-CSV.md).")
    public static let rosterExportAbstract = Localized(
        vi: "Xuất danh sách đơn vị ra CSV (UTF-8, dấu phẩy, có dòng tiêu đề).",
        en: "Write the roster as CSV (UTF-8, comma, header row).")
    public static let rosterImportAbstract = Localized(
        vi: "Nhập danh sách đơn vị từ CSV: thêm đơn vị mới, sửa đơn vị đã có; có lỗi thì không ghi gì.",
        en: "Read units from a CSV: adds new units, changes existing ones; on any problem nothing is written.")
    public static let rosterFileHelp = Localized(vi: "Tệp CSV danh sách đơn vị.", en: "The roster CSV file.")
    public static func rosterImported(_ file: String, _ added: Int, _ changed: Int) -> Localized {
        Localized(
            vi: "\(file): đã thêm \(added) đơn vị, sửa \(changed) đơn vị.",
            en: "\(file): \(added) units added, \(changed) changed.")
    }
    public static let matrixLineageHelp = Localized(
        vi: "Một dòng cho mỗi đơn vị còn hoạt động; tháng đơn vị chưa thành lập lấy tình hình của các đơn vị tiền thân (LĐLĐ huyện trước 01/07/2025…).",
        en: "One row per unit still active; months before a unit existed show its predecessors' state (the district federations before 1 July 2025…).")
    public static let matrixMonthsHelp = Localized(vi: "Số tháng, tính lùi từ --to (1–120).", en: "How many months, back from --to (1–120).")
    public static let matrixToHelp = Localized(
        vi: "Tháng cuối cùng của bảng, YYYY-MM (mặc định: tháng hiện tại).", en: "The last month of the matrix, YYYY-MM (default: the current month).")
    public static let badMonths = Localized(vi: "--months phải từ 1 đến 120", en: "--months must be from 1 to 120")
    public static let matrixUnitHeaders = Localized(vi: "Mã\tĐơn vị", en: "Id\tUnit")
    public static let matrixLegend = Localized(
        vi: "✓ đúng hạn, +N: muộn N ngày, ✗ chưa nộp, · chưa đến hạn, trống: không phải nộp",
        en: "✓ on time, +N: N days late, ✗ not submitted, · not yet due, blank: not required")
    public static let incomingAbstract = Localized(
        vi: "Nhận các tệp trao đổi đặt vào thư mục incoming/ của kho: nhập tệp hợp lệ (chuyển vào incoming/accepted/), chuyển tệp lỗi vào incoming/rejected/ kèm lý do.",
        en: "Take in the exchange files dropped in the store's incoming/ folder: import the valid ones (moved to incoming/accepted/), move the others to incoming/rejected/ with the reasons.")
}

extension Messages {
    public static func incomingAccepted(_ name: String, _ reports: Int, _ movedTo: String) -> Localized {
        Localized(vi: "\(name): đã nhập \(reports) báo cáo, chuyển vào \(movedTo).", en: "\(name): imported \(reports) reports, moved to \(movedTo).")
    }
    public static func incomingRejected(_ name: String, _ movedTo: String, _ reasons: String) -> Localized {
        Localized(
            vi: "\(name): từ chối, chuyển vào \(movedTo); lý do ghi trong \(reasons).",
            en: "\(name): rejected, moved to \(movedTo); the reasons are in \(reasons).")
    }
    public static func incomingWaiting(_ name: String) -> Localized {
        Localized(vi: "\(name): tệp đang được ghi, để lại lần sau.", en: "\(name): still being written, left for next time.")
    }
    public static func incomingTotals(_ accepted: Int, _ rejected: Int, _ waiting: Int) -> Localized {
        Localized(
            vi: "Thư mục incoming: nhận \(accepted) tệp, từ chối \(rejected) tệp, để lại \(waiting) tệp.",
            en: "Incoming folder: \(accepted) files accepted, \(rejected) rejected, \(waiting) left for later.")
    }
    public static let incomingNothing = Localized(vi: "Thư mục incoming không có tệp mới.", en: "Nothing new in the incoming folder.")
}

extension UIText {
    public static let keyNewReport = Localized(vi: "Nhập báo cáo mới", en: "New report")
    public static let keyEditReport = Localized(vi: "Sửa báo cáo", en: "Edit the report")
    public static let keyNextField = Localized(vi: "Ô sau", en: "Next field")
    public static let keyChoose = Localized(vi: "Chọn", en: "Choose")
    public static let keySave = Localized(vi: "Lưu", en: "Save")
    public static let keyCancel = Localized(vi: "Hủy", en: "Cancel")
    public static let keyAddItem = Localized(vi: "Thêm ý kiến", en: "Add an item")
    public static let keyReorder = Localized(vi: "Đưa lên/xuống", en: "Move up/down")
    public static let keyDeleteItem = Localized(vi: "Xóa ý kiến", en: "Delete the item")
    public static let newReportTitle = Localized(vi: "Nhập báo cáo mới", en: "New report")
    public static func editReportTitle(_ id: String) -> Localized { Localized(vi: "Sửa báo cáo \(id)", en: "Edit report \(id)") }
    public static let newItemTitle = Localized(vi: "Luồng ý kiến mới", en: "New opinion item")
    public static func editItemTitle(_ id: String) -> Localized { Localized(vi: "Sửa ý kiến \(id)", en: "Edit item \(id)") }
    public static let content = Localized(vi: "Nội dung", en: "Content")
    public static let proposalTo = Localized(vi: "Kiến nghị tới", en: "Proposal to")
    public static func itemsHeading(_ n: Int) -> Localized {
        Localized(vi: "Luồng ý kiến (\(n)) – Tab để đến danh sách", en: "Opinion items (\(n)) – Tab to reach the list")
    }
    public static let noItemsYet = Localized(vi: "(chưa có – Tab rồi a để thêm)", en: "(none yet – Tab, then a to add)")
    public static let itemListKeys = Localized(
        vi: "a thêm · Enter sửa · K/J đưa lên/xuống · D xóa · Shift-Tab về các ô · Ctrl-S lưu · Esc hủy",
        en: "a add · Enter edit · K/J move · D delete · Shift-Tab to fields · Ctrl-S save · Esc cancel")
    public static let itemFormKeys = Localized(
        vi: "Tab/↑↓ chuyển ô · Enter chọn · Esc về báo cáo (giữ nội dung) · Ctrl-S lưu báo cáo",
        en: "Tab/↑↓ next field · Enter choose · Esc back to the report (kept) · Ctrl-S save the report")
    public static let entryStart = Localized(
        vi: "n hoặc Enter: nhập báo cáo mới · e: sửa báo cáo đang chọn", en: "n or Enter: new report · e: edit the selected report")
    public static let recentlyEntered = Localized(vi: "Báo cáo nhập gần đây", en: "Recently entered")
    public static func confirmDeleteItem(_ n: Int) -> Localized {
        Localized(vi: "Xóa luồng ý kiến số \(n)?", en: "Delete item \(n)?")
    }
    public static let discardReport = Localized(
        vi: "Hủy báo cáo đang nhập? Những gì đã gõ sẽ mất.", en: "Discard this report? What was typed will be lost.")
    public static let badPeriodTyped = Localized(vi: "kỳ không hợp lệ, ví dụ 11/2026", en: "invalid period, e.g. 11/2026")
    public static func badDateTyped(_ text: String) -> Localized {
        Localized(vi: "ngày \"\(text)\" không có thật, nhập dd/mm/yyyy", en: "\"\(text)\" is not a real date, type dd/mm/yyyy")
    }
    public static let dateInFuture = Localized(vi: "ngày nhận ở tương lai", en: "received date in the future")
    public static let emptyReportHint = Localized(
        vi: "chưa có ý kiến nào: thêm ý kiến, ghi tóm tắt, hoặc đánh dấu không phát sinh",
        en: "no items yet: add one, write a summary, or mark nothing to report")
    public static let duplicateTitle = Localized(
        vi: "Đơn vị đã có báo cáo định kỳ của kỳ này", en: "The unit already has a periodic report for this period")
    public static func duplicateOpen(_ date: String) -> Localized {
        Localized(vi: "Mở báo cáo đã có (nhận \(date))", en: "Open the existing report (received \(date))")
    }
    public static let duplicateSupplement = Localized(vi: "Lưu thành báo cáo bổ sung", en: "Save as a supplement")
    public static func reportSaved(_ id: String) -> Localized { Localized(vi: "Đã lưu báo cáo \(id).", en: "Report \(id) saved.") }
    public static func draftOffer(_ when: String) -> Localized {
        Localized(
            vi: "Có một báo cáo đang nhập dở chưa lưu (lúc \(when)). Mở lại để nhập tiếp?",
            en: "There is an unsaved report in progress (from \(when)). Open it to go on?")
    }
}

extension UIText {
    public static let keyEarlierMonth = Localized(vi: "Tháng trước", en: "Earlier month")
    public static let keyLaterMonth = Localized(vi: "Tháng sau", en: "Later month")
    public static let keyYearBack = Localized(vi: "Lùi 12 tháng", en: "12 months back")
    public static let keyYearForward = Localized(vi: "Tiến 12 tháng", en: "12 months on")
    public static let keyDashboardView = Localized(vi: "Đổi bảng", en: "Switch table")
    public static let keyUnitReports = Localized(vi: "Báo cáo của đơn vị", en: "The unit's reports")
    public static let keyRecordReport = Localized(vi: "Nhập báo cáo vừa nhận", en: "Record a report just received")
    public static let keyExempt = Localized(vi: "Miễn nộp kỳ này", en: "Exempt for this period")
    public static let keyReminder = Localized(vi: "Soạn văn bản nhắc nộp", en: "Draft a reminder")
    public static let keyPreview = Localized(vi: "Báo cáo tổng hợp", en: "Consolidated report")
    public static let keyAddUnit = Localized(vi: "Thêm đơn vị", en: "Add a unit")
    public static let keyEditUnit = Localized(vi: "Sửa đơn vị", en: "Edit the unit")
    public static let keyDeactivate = Localized(vi: "Ngừng hoạt động", en: "Deactivate")
    public static let keyReactivate = Localized(vi: "Hoạt động lại", en: "Reactivate")
    public static let keyWriteReport = Localized(vi: "Ghi ra tệp", en: "Write to a file")
    public static let keyClose = Localized(vi: "Đóng", en: "Close")
    public static let viewMatrix = Localized(vi: "Ma trận 12 tháng", en: "12-month matrix")
    public static let viewOwing = Localized(vi: "Chưa nộp", en: "Owing")
    public static let viewRoster = Localized(vi: "Danh sách đơn vị", en: "Roster")
    public static let rateColumn = Localized(vi: "Tỷ lệ", en: "Rate")
    public static let reportingRate = Localized(vi: "Tỷ lệ đã nộp", en: "Reporting rate")
    public static let timeliness = Localized(vi: "Tỷ lệ đúng hạn", en: "On-time rate")
    public static let matrixLegend = Localized(
        vi: "✓ đúng hạn, +N muộn N ngày, ✗ chưa nộp, · chưa đến hạn, trống: không phải nộp, † đã ngừng",
        en: "✓ on time, +N late N days, ✗ missing, · not yet due, blank: not required, † closed")
    public static let allSubmitted = Localized(vi: "Tất cả đơn vị đã nộp báo cáo kỳ này.", en: "Every unit has reported for this period.")
    public static func overdueDays(_ n: Int) -> Localized { Localized(vi: "quá hạn \(n) ngày", en: "\(n) d overdue") }
    public static func daysLeft(_ n: Int) -> Localized { Localized(vi: "còn \(n) ngày", en: "\(n) d left") }
    public static let email = Localized(vi: "Email", en: "Email")
    public static func exemptPrompt(_ unit: String, _ period: String) -> Localized {
        Localized(vi: "Lý do miễn nộp cho \(unit), \(period)", en: "Reason to exempt \(unit), \(period)")
    }
    public static let reasonRequired = Localized(vi: "Cần ghi lý do miễn nộp.", en: "A reason is required.")
    public static let reminderFilePrompt = Localized(vi: "Ghi văn bản nhắc nộp ra tệp", en: "Write the reminder to the file")
    public static let reportFilePrompt = Localized(
        vi: "Ghi báo cáo ra tệp (.docx, .md hoặc .txt)", en: "Write the report to the file (.docx, .md or .txt)")
    public static func deactivatePrompt(_ unit: String) -> Localized {
        Localized(vi: "\(unit) ngừng hoạt động từ sau ngày (dd/mm/yyyy)", en: "\(unit) is active until (dd/mm/yyyy)")
    }
    public static let addUnitTitle = Localized(vi: "Thêm đơn vị báo cáo", en: "Add a reporting unit")
    public static func editUnitTitle(_ name: String) -> Localized { Localized(vi: "Sửa đơn vị \(name)", en: "Edit \(name)") }
    public static let unitID = Localized(vi: "Mã đơn vị", en: "Unit id")
    public static let unitName = Localized(vi: "Tên đơn vị", en: "Unit name")
    public static let cluster = Localized(vi: "Cụm, khối", en: "Cluster")
    public static let mustReport = Localized(vi: "Phải báo cáo", en: "Must report")
    public static let mustReportShort = Localized(vi: "BC", en: "Rep")
    public static let activeFrom = Localized(vi: "Hoạt động từ", en: "Active from")
    public static let activeTo = Localized(vi: "Đến", en: "Until")
    public static let successor = Localized(vi: "Đơn vị kế thừa", en: "Successor")
    public static let predecessors = Localized(vi: "Đơn vị tiền thân", en: "Predecessors")
    public static let parentArea = Localized(vi: "Địa bàn", en: "Area")
    public static let unitIDTaken = Localized(vi: "mã này đã có", en: "this id is taken")
    public static let unitIDFixed = Localized(vi: "không đổi được mã của đơn vị đã có", en: "an existing unit's id cannot change")
    public static let endBeforeStart = Localized(vi: "ngày kết thúc trước ngày bắt đầu", en: "ends before it starts")
    public static func exempted(_ unit: String) -> Localized { Localized(vi: "Đã miễn nộp cho \(unit).", en: "\(unit) exempted.") }
    public static func unitSaved(_ unit: String) -> Localized { Localized(vi: "Đã lưu đơn vị \(unit).", en: "\(unit) saved.") }
    public static func fileWritten(_ path: String) -> Localized { Localized(vi: "Đã ghi tệp \(path).", en: "Wrote \(path).") }
}

extension UIText {
    public static let keyEditRecord = Localized(vi: "Bổ sung, sửa hồ sơ", en: "Complete or edit the record")
    public static func editRecordTitle(_ id: String) -> Localized {
        Localized(vi: "Hồ sơ điểm nóng \(id)", en: "Hot-spot record \(id)")
    }
    public static let ownership = Localized(vi: "Loại hình DN", en: "Ownership")
    public static let industry = Localized(vi: "Ngành nghề", en: "Industry")
    public static let workforceLabel = Localized(vi: "Tổng số lao động", en: "Workforce")
    public static let startedAt = Localized(vi: "Bắt đầu lúc", en: "Started at")
}

extension UIText {
    public static let keyPeriodKind = Localized(vi: "Tháng / quý / 6 tháng / năm", en: "Month / quarter / half / year")
    public static let onlyMonthly = Localized(
        vi: "Kho dữ liệu chỉ theo dõi báo cáo tháng (trackedPeriodKinds trong config.json).",
        en: "The store tracks monthly reports only (trackedPeriodKinds in config.json).")
}

extension UIText {
    public static let formKeysHeading = Localized(
        vi: "Khi đang nhập biểu mẫu (chữ và số đi vào ô)", en: "While a form is open (letters and digits go into the field)")
}
