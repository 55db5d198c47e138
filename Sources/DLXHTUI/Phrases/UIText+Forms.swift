import DLXHDomain

/// Words every form uses (the fields' own are with their screens).
extension UIText {
    public static let formNextError = Localized(vi: "Đến ô có lỗi tiếp theo", en: "Go to the next field in error")
    public static let formHintNextError = Localized(vi: "đến ô lỗi", en: "to the error")
    /// Ctrl-S in the item editor when the report itself cannot be saved: the editor stays open.
    public static func reportErrorsFromItem(_ fields: [String], key: String) -> Localized {
        let names = fields.joined(separator: ", ")
        return Localized(
            vi: "✗ Chưa lưu: báo cáo còn ô chưa đúng (\(names)) – \(key) để đến đó.",
            en: "✗ Not saved: the report has \(English.count(fields.count, "field")) to correct (\(names)) – \(key) to go there.")
    }

    public static func formErrors(_ n: Int, key: String) -> Localized {
        Localized(
            vi: "✗ Chưa lưu: \(n) ô chưa đúng (ghi dưới từng ô) – \(key) để đến ô lỗi.",
            en: "✗ Not saved: \(English.count(n, "field")) to correct (see under each) – \(key) to go there.")
    }
}
