import DLXHDomain

/// The phrases of the full-screen interface, grouped by screen in the files beside this one
/// (`UIText+Inbox.swift`…). The domain keeps only the vocabulary labels.
public enum UIText {}

/// The frame around every screen: header, tabs, message line, help overlay, start-up notices.
extension UIText {
    public static let store = Localized(vi: "Kho", en: "Store")
    public static func overdueOnStart(_ count: Int, key: String) -> Localized {
        Localized(
            vi: "⚠ \(count) cảnh báo điểm nóng đã quá hạn – nhấn \(key) để xem.",
            en: count == 1 ? "⚠ 1 hot-spot alert is overdue – press \(key) to see it." : "⚠ \(count) hot-spot alerts are overdue – press \(key) to see them.")
    }
    public static func days(_ n: Int) -> Localized { Localized(vi: "\(n) ngày", en: "\(n) d") }
    public static func hours(_ n: Int) -> Localized { Localized(vi: "\(n) giờ", en: "\(n) h") }
    public static func minutes(_ n: Int) -> Localized { Localized(vi: "\(n) phút", en: "\(n) min") }
    /// The short kind label of a rapid report in narrow columns.
    public static let rapidShort = Localized(vi: "Nhanh", en: "Rapid")
    public static let loading = Localized(vi: "Đang mở kho dữ liệu…", en: "Opening the store…")
    public static func tooSmall(_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> Localized {
        Localized(
            vi: "Cửa sổ quá nhỏ (\(width)×\(height)). Hãy phóng to ít nhất \(minWidth)×\(minHeight).",
            en: "Window too small (\(width)×\(height)). Enlarge it to at least \(minWidth)×\(minHeight).")
    }
    public static func helpTitle(_ screen: String) -> Localized {
        Localized(vi: "Trợ giúp – \(screen)", en: "Help – \(screen)")
    }
    public static let globalKeys = Localized(vi: "Mọi màn hình", en: "Every screen")
    public static let thisScreen = Localized(vi: "Màn hình này", en: "This screen")
    public static let quitDirty = Localized(
        vi: "Biểu mẫu đang nhập chưa lưu. Vẫn thoát? (bản nháp được giữ lại)",
        en: "The form has unsaved changes. Quit anyway? (the draft is kept)")
    public static let storeReloaded = Localized(
        vi: "Kho dữ liệu vừa được cập nhật từ nơi khác; đã tải lại.", en: "The store was changed elsewhere; reloaded.")
    public static let dataMayBeStale = Localized(vi: "⚠ Dữ liệu có thể đã cũ", en: "⚠ Data may be stale")
    public static let dataMayBeStaleShort = Localized(vi: "⚠ Dữ liệu cũ?", en: "⚠ Stale?")
    public static let keyHelp = Localized(vi: "Trợ giúp", en: "Help")
    public static let keyQuit = Localized(vi: "Thoát", en: "Quit")
    public static let keyScreens = Localized(vi: "Màn hình", en: "Screens")
    public static let keyNextScreen = Localized(vi: "Màn hình sau/trước", en: "Next/previous screen")
    public static let keyRedraw = Localized(vi: "Vẽ lại màn hình", en: "Redraw the screen")
    public static let keySuspend = Localized(vi: "Tạm dừng (fg để tiếp tục)", en: "Suspend (fg to resume)")
    public static let keyRefresh = Localized(vi: "Tải lại, nhận tệp trong incoming/", en: "Reload, pick up incoming/ files")
    public static let keyUndo = Localized(vi: "Hoàn tác thay đổi cuối", en: "Undo the last change")
    public static let nothingToUndo = Localized(vi: "Không có thay đổi nào để hoàn tác.", en: "Nothing to undo.")
    public static func undone(_ what: String) -> Localized {
        Localized(vi: "Hoàn tác: \(what)", en: "Undone: \(what)")
    }
    public static func draftOffer(_ when: String) -> Localized {
        Localized(
            vi: "Có một báo cáo đang nhập dở chưa lưu (lúc \(when)). Mở lại để nhập tiếp?",
            en: "There is an unsaved report in progress (from \(when)). Open it to go on?")
    }
    public static let formKeysHeading = Localized(
        vi: "Khi đang nhập biểu mẫu (chữ và số đi vào ô)", en: "While a form is open (letters and digits go into the field)")
}
