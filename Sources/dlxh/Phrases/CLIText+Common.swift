import DLXHDomain

/// The phrases of the command line, grouped by command in the files beside this one
/// (`CLIText+Check.swift`…).
enum CLIText {}

/// Options every command takes, and words more than one command uses.
extension CLIText {
    public static let storeHelp = Localized(vi: "Thư mục kho dữ liệu (biến môi trường DLXH_STORE).", en: "The store folder (env DLXH_STORE).")
    public static let todayHelp = Localized(
        vi: "Coi ngày này là hôm nay, YYYY-MM-DD, giờ cố định 09:00 (DLXH_TODAY).",
        en: "Take this day as today, YYYY-MM-DD, at a fixed 09:00 (env DLXH_TODAY).")
    public static let timeHelp = Localized(vi: "Giờ của --today, HH:MM (DLXH_TIME).", en: "Time of day for --today, HH:MM (env DLXH_TIME).")
    public static let langHelp = Localized(vi: "Ngôn ngữ: vi hoặc en (DLXH_LANG).", en: "Language: vi or en (env DLXH_LANG).")
    public static let staffHelp = Localized(
        vi: "Tên cán bộ ghi vào nhật ký thay đổi (DLXH_STAFF; mặc định theo cấu hình, rồi $USER).",
        en: "Staff name for the audit trail (env DLXH_STAFF; default: the store's setting, then $USER).")
    public static let periodHelp = Localized(
        vi: "Kỳ: YYYY-MM (tháng), YYYY-Qn (quý), YYYY-Hn (6 tháng) hoặc YYYY (năm); mặc định: tháng hiện tại.",
        en: "Period: YYYY-MM (month), YYYY-Qn (quarter), YYYY-Hn (half-year) or YYYY (year); default: the current month.")
    public static let formatHelp = Localized(vi: "Định dạng đầu ra.", en: "Output format.")
    public static let outputHelp = Localized(vi: "Ghi ra tệp này thay vì màn hình.", en: "Write to this file instead of standard output.")
    public static let errorPrefix = Localized(vi: "lỗi", en: "error")
    public static func badTime(_ text: String) -> Localized {
        Localized(vi: "giờ không hợp lệ \"\(text)\", cần HH:MM", en: "invalid time \"\(text)\", expected HH:MM")
    }
    public static func badPeriod(_ text: String) -> Localized {
        Localized(
            vi: "kỳ không hợp lệ \"\(text)\", cần YYYY-MM (tháng), YYYY-Qn (quý), YYYY-Hn (6 tháng) hoặc YYYY (năm)",
            en: "invalid period \"\(text)\", expected YYYY-MM (month), YYYY-Qn (quarter), YYYY-Hn (half-year) or YYYY (year)")
    }
    public static func badLanguage(_ text: String) -> Localized {
        Localized(vi: "ngôn ngữ không hỗ trợ \"\(text)\", dùng vi hoặc en", en: "unsupported language \"\(text)\", use vi or en")
    }
    public static func unknownUnit(_ id: String) -> Localized {
        Localized(vi: "không có đơn vị \"\(id)\"", en: "no unit \"\(id)\"")
    }
    public static let docxNeedsOutput = Localized(
        vi: "DOCX là tệp nhị phân, không in ra màn hình: hãy chỉ định tệp bằng -o TỆP.docx",
        en: "DOCX is a binary file and is not printed to a terminal: name the file with -o FILE.docx")
}
