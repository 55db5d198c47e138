import DLXHDomain

/// The words of step 4 in the interface (guidance, relay, acknowledgement, return for more,
/// owners), in both languages.
public enum GuidanceUI {
    // Keys
    public static let keyRecordGuidance = Localized(vi: "Ghi văn bản chỉ đạo", en: "Record guidance")
    public static let keyReturnForMore = Localized(vi: "Yêu cầu bổ sung", en: "Return for more")
    public static let keyOpenGuidance = Localized(vi: "Chỉ đạo (bước 4)", en: "Guidance (step 4)")
    public static let keyRelay = Localized(vi: "Chuyển cho đơn vị", en: "Relay to the units")
    public static let keyRelayLetter = Localized(vi: "Chuyển + công văn", en: "Relay + letter")
    public static let keyAcknowledge = Localized(vi: "Ghi đơn vị phản hồi", en: "Record an ack")
    public static let keyRemindOverdue = Localized(vi: "Nhắc đơn vị quá hạn", en: "Remind late units")
    public static let keyMine = Localized(vi: "Lọc: của tôi/tất cả", en: "Filter: mine/all")
    public static let keyTakeOwnership = Localized(vi: "Nhận theo dõi", en: "Take it on (me)")
    public static let keyClose = Localized(vi: "Đóng", en: "Close")

    // The form
    public static func formTitle(_ items: Int) -> Localized {
        Localized(vi: "Văn bản chỉ đạo trả lời \(items) ý kiến", en: "Guidance answering \(English.count(items, "opinion item"))")
    }
    public static let number = Localized(vi: "Số, ký hiệu", en: "Number")
    public static let date = Localized(vi: "Ngày văn bản", en: "Date")
    public static let issuer = Localized(vi: "Cơ quan ban hành", en: "Issued by")
    public static let text = Localized(vi: "Nội dung", en: "Text")
    public static let due = Localized(vi: "Hạn phản hồi", en: "Acknowledge by")
    public static let owner = Localized(vi: "Người theo dõi", en: "Followed by")
    public static let dueBeforeDate = Localized(vi: "hạn trước ngày văn bản", en: "due before the date")

    // The panel
    public static let title = Localized(vi: "Chỉ đạo và phản hồi (bước 4)", en: "Guidance and acknowledgements (step 4)")
    public static let filterMine = Localized(vi: "của tôi", en: "mine")
    public static let filterAll = Localized(vi: "tất cả", en: "all")
    public static let none = Localized(vi: "Chưa có văn bản chỉ đạo nào.", en: "No guidance recorded yet.")
    public static let colNumber = Localized(vi: "Số", en: "Number")
    public static let colIssuer = Localized(vi: "Cơ quan", en: "Issuer")
    public static let colDate = Localized(vi: "Ngày", en: "Date")
    public static let colDue = Localized(vi: "Hạn", en: "Due")
    public static let colOwner = Localized(vi: "Theo dõi", en: "Owner")
    public static let colAcks = Localized(vi: "Phản hồi", en: "Acks")
    public static let notRelayed = Localized(vi: "chưa chuyển", en: "not relayed")
    public static func relayedOn(_ day: Day) -> Localized { Localized(vi: "chuyển \(day.displayString)", en: "relayed \(day.displayString)") }
    public static func acknowledgedOn(_ day: Day) -> Localized {
        Localized(vi: "✓ phản hồi \(day.displayString)", en: "✓ acknowledged \(day.displayString)")
    }
    public static func overdueDays(_ days: Int) -> Localized { Localized(vi: "✗ quá hạn \(days) ngày", en: "✗ \(English.count(days, "day")) overdue") }
    public static let waiting = Localized(vi: "· chờ phản hồi", en: "· awaiting")
    public static let unitsHeading = Localized(vi: "Đơn vị:", en: "Units:")

    // Alerts
    public static func badge(_ overdue: Int) -> Localized {
        Localized(vi: "· Phản hồi quá hạn \(overdue)", en: "· Acks overdue \(overdue)")
    }
    /// The same, for a narrow header, and a narrower one.
    public static func shortBadge(_ overdue: Int) -> Localized {
        Localized(vi: "· PH quá hạn \(overdue)", en: "· Acks late \(overdue)")
    }
    public static func tinyBadge(_ overdue: Int) -> Localized { Localized(vi: "· PH \(overdue)", en: "· Ack \(overdue)") }
    public static func overdueOnStart(_ count: Int) -> Localized {
        Localized(
            vi: "⚠ \(count) đơn vị quá hạn phản hồi chỉ đạo – nhấn \(KeyNames.dashboardTab) rồi \(KeyNames.guidancePanel) để xem.",
            en: "⚠ \(English.count(count, "unit")) overdue acknowledging guidance – press \(KeyNames.dashboardTab), then \(KeyNames.guidancePanel).")
    }
    public static func bothOnStart(_ spots: Int, _ guidance: Int) -> Localized {
        let panel = "\(KeyNames.dashboardTab), \(KeyNames.guidancePanel)"
        return Localized(
            vi: "⚠ Quá hạn: \(spots) điểm nóng (phím \(KeyNames.hotSpotsTab)) · \(guidance) phản hồi chỉ đạo (\(panel))",
            en: "⚠ Overdue: \(English.count(spots, "hot spot")) (key \(KeyNames.hotSpotsTab)) · \(English.count(guidance, "acknowledgement")) of guidance (\(panel))")
    }

    // Results
    public static func recorded(_ id: String) -> Localized {
        Localized(
            vi: "Đã ghi chỉ đạo \(id); nhấn \(KeyNames.dashboardTab) rồi \(KeyNames.guidancePanel) để chuyển cho đơn vị.",
            en: "Guidance \(id) recorded; press \(KeyNames.dashboardTab), then \(KeyNames.guidancePanel) to relay it.")
    }
    public static func relayed(_ id: String, _ units: Int) -> Localized {
        Localized(vi: "Đã chuyển \(id) cho \(units) đơn vị; các ý kiến sang bước 4.", en: "\(id) relayed to \(English.count(units, "unit")); its items are at step 4.")
    }
    public static func acknowledged(_ unit: String) -> Localized { Localized(vi: "Đã ghi phản hồi của \(unit).", en: "Acknowledgement from \(unit) recorded.") }
    public static func ownerSet(_ who: String) -> Localized { Localized(vi: "Người theo dõi: \(who).", en: "Followed by \(who).") }
    public static let ownerCleared = Localized(vi: "Đã bỏ người theo dõi.", en: "Owner cleared.")
    public static func returned(_ id: String) -> Localized {
        Localized(vi: "Đã yêu cầu bổ sung \(id): chờ báo cáo bổ sung.", en: "\(id) returned for more: awaiting a supplement.")
    }
    public static let nothingToAck = Localized(vi: "Không còn đơn vị nào chờ phản hồi.", en: "No unit is awaiting acknowledgement.")
    public static let noneOverdue = Localized(vi: "Không có đơn vị nào quá hạn phản hồi.", en: "No unit is overdue.")
    public static let allRelayed = Localized(vi: "Đã chuyển cho mọi đơn vị nêu ý kiến.", en: "Already relayed to every unit that raised it.")

    // Prompts
    public static let returnReason = Localized(vi: "Lý do yêu cầu bổ sung", en: "Why more is needed")
    public static func ackNote(_ unit: String) -> Localized { Localized(vi: "\(unit) đã làm gì (ghi chú)", en: "What \(unit) did (note)") }
    public static let ackUnit = Localized(vi: "Đơn vị phản hồi", en: "Acknowledging unit")
    public static let letterFile = Localized(vi: "Ghi công văn chuyển vào tệp (.docx, .md, .txt)", en: "Write the relay letter to (.docx, .md, .txt)")
    public static let reminderFile = Localized(vi: "Ghi công văn nhắc phản hồi vào tệp", en: "Write the reminder to")
    public static func reminderPreviewTitle(_ overdue: Int) -> Localized {
        Localized(
            vi: "Công văn nhắc phản hồi – \(overdue) phản hồi quá hạn",
            en: "Reminder – \(overdue) overdue \(overdue == 1 ? "acknowledgement" : "acknowledgements")")
    }

    // Return for more and owners elsewhere
    public static let awaitingSupplement = Localized(vi: "↩ chờ bổ sung", en: "↩ awaiting more")
    public static let legendReturned = Localized(vi: "↩ chờ bổ sung, ", en: "↩ returned for more, ")
    public static let hotSpotOwner = Localized(vi: "Người theo dõi", en: "Followed by")
}
