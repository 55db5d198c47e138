import DLXHDomain

/// dlxh demo.
extension CLIText {
    public static let demoAbstract = Localized(vi: "Tạo kho dữ liệu mẫu.", en: "Write a demo store.")
    public static let demoYearsHelp = Localized(vi: "Số năm dữ liệu.", en: "Years of data.")
    public static let demoSeedHelp = Localized(vi: "Hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu.", en: "Random seed: the same seed gives the same store.")
    public static let demoForceHelp = Localized(vi: "Ghi đè kho dữ liệu đã có.", en: "Overwrite an existing store.")
    public static func oldStoreKept(_ path: String) -> Localized {
        Localized(vi: "Kho dữ liệu cũ được giữ lại tại \(path).", en: "The old store was kept at \(path).")
    }
    public static let badYears = Localized(vi: "--years phải từ 1 đến 30", en: "--years must be from 1 to 30")
    public static func demoWritten(_ path: String, _ units: Int, _ reports: Int, _ items: Int, _ hotSpots: Int) -> Localized {
        Localized(
            vi: "Đã tạo kho dữ liệu mẫu tại \(path): \(units) đơn vị, \(reports) báo cáo, \(items) ý kiến, \(hotSpots) điểm nóng.",
            en: "Demo store written to \(path): \(English.count(units, "unit")), \(English.count(reports, "report")), \(English.count(items, "opinion item")), \(English.count(hotSpots, "hot spot")).")
    }
}
