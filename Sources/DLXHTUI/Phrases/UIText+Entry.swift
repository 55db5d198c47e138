import DLXHDomain

/// Screen 2, entry: the report form and its item list.
extension UIText {
    public static let colEntered = Localized(vi: "Nhập lúc", en: "Entered")
    public static let colBy = Localized(vi: "Người nhập", en: "By")
    public static let keyRestoreDraft = Localized(vi: "Mở lại bản nháp chưa lưu", en: "Reopen the unsaved draft")
    public static func draftWaiting(_ when: String, _ key: String) -> Localized {
        Localized(vi: "Còn bản nháp chưa lưu (\(when)) – nhấn \(key) để mở lại.", en: "An unsaved draft (\(when)) is waiting – press \(key) to reopen it.")
    }
    public static let keyNewReport = Localized(vi: "Nhập báo cáo mới", en: "New report")
    public static let keyCancel = Localized(vi: "Hủy", en: "Cancel")
    public static func editReportTitle(_ id: String) -> Localized { Localized(vi: "Sửa báo cáo \(id)", en: "Edit report \(id)") }
    public static let newItemTitle = Localized(vi: "Ý kiến mới", en: "New opinion item")
    public static func editItemTitle(_ id: String) -> Localized { Localized(vi: "Sửa ý kiến \(id)", en: "Edit item \(id)") }
    public static let proposalTo = Localized(vi: "Kiến nghị tới", en: "Proposal to")
    public static func itemsHeading(_ n: Int) -> Localized {
        Localized(vi: "Ý kiến (\(n)) – Tab để đến danh sách", en: "Opinion items (\(n)) – Tab to reach the list")
    }
    public static func noItemsYet(_ add: String) -> Localized {
        Localized(vi: "(chưa có – Tab rồi \(add) để thêm)", en: "(none yet – Tab, then \(add) to add)")
    }
    public static let recentlyEntered = Localized(vi: "Báo cáo nhập gần đây", en: "Recently entered")
    public static func confirmDeleteItem(_ n: Int) -> Localized {
        Localized(vi: "Xóa ý kiến số \(n)?", en: "Delete item \(n)?")
    }
    public static let discardReport = Localized(
        vi: "Hủy báo cáo đang nhập? Những gì đã gõ sẽ mất.", en: "Discard this report? What was typed will be lost.")
    public static let badPeriodTyped = Localized(vi: "kỳ không hợp lệ, ví dụ 11/2026", en: "invalid period, e.g. 11/2026")
    public static let dateInFuture = Localized(vi: "ngày nhận ở tương lai", en: "received date in the future")
    public static let emptyReportHint = Localized(
        vi: "chưa có ý kiến nào: thêm ý kiến, ghi tóm tắt, hoặc đánh dấu không phát sinh",
        en: "no items yet: add one, write a summary, or mark nothing to report")
    public static let duplicateTitle = Localized(
        vi: "Đơn vị đã có báo cáo định kỳ của kỳ này", en: "The unit already has a periodic report for this period")
    public static func duplicateOpen(_ date: String) -> Localized {
        Localized(vi: "Mở báo cáo đã có (nhận \(date))", en: "Open the existing report (received \(date))")
    }
    public static let duplicateSupplement = Localized(vi: "Lưu thành báo cáo bổ sung", en: "Save as a supplement")
}
