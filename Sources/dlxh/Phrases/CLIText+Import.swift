import DLXHDomain

/// dlxh import.
extension CLIText {
    public static let importAbstract = Localized(
        vi: "Nhập báo cáo từ tệp trao đổi; mỗi tệp nhận toàn bộ hoặc không nhận gì.",
        en: "Import reports from exchange files; each file is taken whole or not at all.")
    public static let filesHelp = Localized(vi: "Các tệp cần nhập.", en: "Files to import.")
    public static func imported(_ file: String, _ count: Int) -> Localized {
        Localized(vi: "\(file): đã nhập \(count) báo cáo.", en: "\(file): imported \(English.count(count, "report")).")
    }
}
