import DLXHDomain

/// Key labels shared by several screens (the help overlay, the status line and KEYS.md show them).
extension UIText {
    public static let keyMove = Localized(vi: "Chọn", en: "Move")
    public static let keyPage = Localized(vi: "Trang trước/sau", en: "Page up/down")
    public static let keyFirstLast = Localized(vi: "Đầu/cuối danh sách", en: "First/last")
    public static let keyOpen = Localized(vi: "Mở", en: "Open")
    public static let keyBack = Localized(vi: "Quay lại", en: "Back")
    public static let keyFilter = Localized(vi: "Lọc", en: "Filter")
    public static let keyPhoneIn = Localized(vi: "Ghi nhận nhanh", en: "Phone-in")
    public static let keyScroll = Localized(vi: "Cuộn", en: "Scroll")
    public static let keyEditReport = Localized(vi: "Sửa báo cáo", en: "Edit the report")
    public static let keyPreview = Localized(vi: "Báo cáo tổng hợp", en: "Consolidated report")
}
