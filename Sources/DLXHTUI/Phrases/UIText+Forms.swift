import DLXHDomain

/// Words every form uses (the fields' own are with their screens).
extension UIText {
    public static let formNextError = Localized(vi: "Đến ô có lỗi tiếp theo", en: "Go to the next field in error")
    public static let formHintNextError = Localized(vi: "đến ô lỗi", en: "to the error")
    public static func formErrors(_ n: Int, key: String) -> Localized {
        Localized(
            vi: "✗ Chưa lưu: \(n) ô chưa đúng (ghi dưới từng ô) – \(key) để đến ô lỗi.",
            en: "✗ Not saved: \(English.count(n, "field")) to correct (see under each) – \(key) to go there.")
    }
}
