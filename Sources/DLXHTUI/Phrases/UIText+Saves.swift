import DLXHDomain

/// What the message line says once a change is saved (DLXHEffects performs the saves).
extension UIText {
    public static func savedItems(_ n: Int) -> Localized {
        Localized(vi: "Đã lưu thay đổi \(n) ý kiến.", en: "Saved changes to \(English.count(n, "item")).")
    }
    public static func savedReports(_ n: Int) -> Localized {
        Localized(vi: "Đã lưu thay đổi \(n) báo cáo.", en: "Saved changes to \(English.count(n, "report")).")
    }
    public static func deleted(_ id: String) -> Localized { Localized(vi: "Đã xóa báo cáo \(id).", en: "Deleted report \(id).") }
    public static func hotSpotCreated(_ id: String) -> Localized {
        Localized(vi: "Đã tạo điểm nóng \(id) (màn hình 3).", en: "Hot spot \(id) created (screen 3).")
    }
    public static func hotSpotSaved(_ id: String) -> Localized { Localized(vi: "Đã lưu điểm nóng \(id).", en: "Hot spot \(id) saved.") }
    public static func reportSaved(_ id: String) -> Localized { Localized(vi: "Đã lưu báo cáo \(id).", en: "Report \(id) saved.") }
    public static func exempted(_ unit: String) -> Localized { Localized(vi: "Đã miễn nộp cho \(unit).", en: "\(unit) exempted.") }
    public static func unitSaved(_ unit: String) -> Localized { Localized(vi: "Đã lưu đơn vị \(unit).", en: "\(unit) saved.") }
    public static func fileWritten(_ path: String) -> Localized { Localized(vi: "Đã ghi tệp \(path).", en: "Wrote \(path).") }
    public static func overwriteFile(_ path: String) -> Localized {
        Localized(vi: "Tệp \(path) đã có. Ghi đè lên tệp đó?", en: "The file \(path) exists already. Write over it?")
    }
}
