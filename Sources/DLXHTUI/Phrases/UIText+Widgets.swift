import DLXHDomain

/// The widgets: lists, pickers, prompts, forms.
extension UIText {
    public static let typeToFilter = Localized(vi: "Gõ để lọc:", en: "Type to filter:")
    public static let noMatches = Localized(vi: "(không có mục nào khớp)", en: "(nothing matches)")
    public static let confirmTitle = Localized(vi: "Xác nhận", en: "Confirm")
    public static let pasteNowhere = Localized(
        vi: "Đã bỏ qua nội dung dán: không có ô nhập nào đang chọn.", en: "Paste ignored: no text box is selected.")
    public static let noMatchToChoose = Localized(
        vi: "Không có mục nào khớp: sửa chữ đã gõ, hoặc Esc để đóng.", en: "Nothing matches: change what you typed, or Esc to close.")
    public static let formChoose = Localized(vi: "(Enter để chọn)", en: "(Enter to choose)")
}
