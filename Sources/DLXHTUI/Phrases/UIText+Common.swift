import DLXHDomain

/// Words more than one screen uses.
extension UIText {
    public static func alertBadge(_ open: Int, _ overdue: Int) -> Localized {
        overdue > 0
            ? Localized(vi: "⚠ Điểm nóng \(open) (\(overdue) quá hạn)", en: "⚠ Hot spots \(open) (\(overdue) overdue)")
            : Localized(vi: "Điểm nóng \(open)", en: "Hot spots \(open)")
    }
    public static let empty = Localized(vi: "(chưa có dữ liệu)", en: "(nothing here yet)")
    public static let colReceived = Localized(vi: "Ngày nhận", en: "Received")
    public static let items = Localized(vi: "Ý kiến", en: "Opinion items")
    public static let colKindHS = Localized(vi: "Loại", en: "Kind")
    public static let discardForm = Localized(vi: "Bỏ những gì đã nhập vào biểu mẫu?", en: "Discard what was typed into the form?")
    public static let timeline = Localized(vi: "Diễn biến", en: "Timeline")
    public static let newReportTitle = Localized(vi: "Nhập báo cáo mới", en: "New report")
    public static func badDateTyped(_ text: String) -> Localized {
        Localized(vi: "ngày \"\(text)\" không có thật, nhập dd/mm/yyyy", en: "\"\(text)\" is not a real date, type dd/mm/yyyy")
    }
    public static let viewMatrix = Localized(vi: "Ma trận 12 tháng", en: "12-month matrix")
    public static let viewOwing = Localized(vi: "Chưa nộp", en: "Owing")
    public static let viewRoster = Localized(vi: "Danh sách đơn vị", en: "Roster")
    public static let reasonRequired = Localized(vi: "Cần ghi lý do miễn nộp.", en: "A reason is required.")
}
