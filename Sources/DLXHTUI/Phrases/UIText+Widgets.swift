import DLXHDomain

/// The widgets: lists, pickers, prompts, forms.
extension UIText {
    public static let typeToFilter = Localized(vi: "Gõ để lọc:", en: "Type to filter:")
    public static let noMatches = Localized(vi: "(không có mục nào khớp)", en: "(nothing matches)")
    public static let confirmTitle = Localized(vi: "Xác nhận", en: "Confirm")
    public static let formChoose = Localized(vi: "(Enter để chọn)", en: "(Enter to choose)")
}
