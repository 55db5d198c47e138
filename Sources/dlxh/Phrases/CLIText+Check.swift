import DLXHDomain

/// dlxh check.
extension CLIText {
    public static let checkAbstract = Localized(
        vi: "Kiểm tra toàn bộ kho dữ liệu (định dạng, tham chiếu, trùng lặp).",
        en: "Verify the whole store (schema, references, duplicates).")
    public static let noteWord = Localized(vi: "lưu ý", en: "note")
    public static func checkSound(_ files: Int, _ units: Int, _ reports: Int, _ items: Int, _ hotSpots: Int) -> Localized {
        Localized(
            vi: "Kho dữ liệu tốt: \(files) tệp, \(units) đơn vị, \(reports) báo cáo, \(items) ý kiến, \(hotSpots) điểm nóng.",
            en: "Store is sound: \(English.count(files, "file")), \(English.count(units, "unit")), \(English.count(reports, "report")), \(English.count(items, "opinion item")), \(English.count(hotSpots, "hot spot")).")
    }
    public static func checkFailed(_ count: Int) -> Localized {
        Localized(vi: "Kho dữ liệu có \(count) vấn đề.", en: "The store has \(English.count(count, "problem")).")
    }
}
