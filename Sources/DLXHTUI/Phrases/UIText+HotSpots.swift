import DLXHDomain

/// Screen 3, hot spots: the list, the record, the phone-in form, the obligations.
extension UIText {
    public static let colAge = Localized(vi: "Đã qua", en: "Age")
    public static let colStatus = Localized(vi: "Tình trạng", en: "Status")
    public static let colAlert = Localized(vi: "Cảnh báo", en: "Alert")
    public static let noAlert = Localized(vi: "—", en: "—")
    public static let keyAcknowledge = Localized(vi: "Tiếp nhận", en: "Acknowledge")
    public static let keyAddUpdate = Localized(vi: "Thêm diễn biến", en: "Add an update")
    public static let keyWrittenReport = Localized(vi: "Đã có báo cáo văn bản", en: "Written report received")
    public static let keyEscalate = Localized(vi: "Báo cáo lên", en: "Escalate")
    public static let keyStatus = Localized(vi: "Đổi tình trạng", en: "Change status")
    public static let filterOpen = Localized(vi: "Chưa đóng", en: "Not closed")
    public static let filterActive = Localized(vi: "Đang diễn biến", en: "Active")
    public static let filterAll = Localized(vi: "Tất cả", en: "All")
    public static let filterByUnit = Localized(vi: "Theo đơn vị…", en: "By unit…")
    public static let filterByKind = Localized(vi: "Theo loại…", en: "By kind…")
    public static func alreadyAcknowledged(_ by: String) -> Localized {
        Localized(vi: "Đã được \(by) tiếp nhận.", en: "Already acknowledged by \(by).")
    }
    public static let alreadyEscalated = Localized(
        vi: "Đã báo cáo cả Tỉnh ủy và Tổng LĐLĐ.", en: "Already reported to both the Party committee and the confederation.")
    public static let writtenNotInInbox = Localized(
        vi: "Đã nhận, chưa có trong hộp thư (ghi thời điểm, số văn bản)", en: "Received, not in the inbox (record the time and number)")
    public static let escalationNote = Localized(vi: "Ghi chú (số văn bản, người nhận)", en: "Note (document number, recipient)")
    public static let phoneInTitle = Localized(
        vi: "Ghi nhận nhanh điểm nóng qua điện thoại – phần còn lại bổ sung sau", en: "Quick phone-in of a hot spot – the rest later")
    public static let phoneInWhen = Localized(vi: "Gọi lúc (giờ:phút ngày)", en: "Phoned at (hh:mm date)")
    public static let notANumber = Localized(vi: "cần một số", en: "must be a number")
    public static let badTime = Localized(vi: "giờ không hợp lệ, ví dụ 14:30 24/11/2026", en: "invalid time, e.g. 14:30 24/11/2026")
    public static let timeInFuture = Localized(vi: "thời điểm ở tương lai", en: "that time is in the future")
    public static let yes = Localized(vi: "có", en: "yes")
    public static let no = Localized(vi: "không", en: "no")
    public static func involved(_ n: Int) -> Localized { Localized(vi: "\(n) người liên quan", en: "\(n) involved") }
    public static func workforce(_ n: Int) -> Localized { Localized(vi: "\(n) lao động", en: "\(n) workforce") }
    public static let phonedIn = Localized(vi: "Báo qua điện thoại", en: "Phoned in")
    public static let acknowledgedBy = Localized(vi: "Tiếp nhận", en: "Acknowledged")
    public static let writtenReport = Localized(vi: "Báo cáo văn bản", en: "Written report")
    public static func reportedTo(_ whom: String) -> Localized { Localized(vi: "Đã báo cáo \(whom)", en: "Reported to \(whom)") }
    public static let obligations = Localized(vi: "Việc phải làm và hạn", en: "Obligations and deadlines")
    public static let noAlerts = Localized(vi: "Không còn việc quá hạn hay đang chờ.", en: "Nothing pending or overdue.")
    public static func dueAt(_ when: String) -> Localized { Localized(vi: "hạn \(when)", en: "due \(when)") }
    public static let kindShortStoppage = Localized(vi: "Ngừng việc", en: "Stoppage")
    public static let kindShortAbsconded = Localized(vi: "Chủ bỏ trốn", en: "Absconded")
    public static let kindShortLayoff = Localized(vi: "Cắt giảm LĐ", en: "Layoff")
    public static let kindShortAccident = Localized(vi: "Tai nạn LĐ", en: "Accident")
    public static let kindShortComplaint = Localized(vi: "Khiếu kiện", en: "Complaint")
    public static let kindShortFalseStory = Localized(vi: "Tin giả", en: "False story")
    public static let writtenNumberPrompt = Localized(
        vi: "Số, ký hiệu của báo cáo văn bản (Enter để trống nếu chưa rõ)", en: "The written report's number (Enter with none if not known)")
    public static let notKnownYet = Localized(vi: "chưa rõ", en: "not known yet")
    public static let numberShort = Localized(vi: "số", en: "no.")
    public static let alertShortAck = Localized(vi: "Chưa tiếp nhận", en: "Not acknowledged")
    public static let alertShortWritten = Localized(vi: "Chưa có BC văn bản", en: "No written report")
    public static let alertShortParty = Localized(vi: "Chưa BC Tỉnh ủy", en: "Party not yet told")
    public static let alertShortConfederation = Localized(vi: "Chưa BC Tổng LĐ", en: "Confederation not yet told")
    public static let alertTinyAck = Localized(vi: "tiếp nhận", en: "acknowledge")
    public static let alertTinyWritten = Localized(vi: "BC văn bản", en: "written report")
    public static let alertTinyParty = Localized(vi: "BC Tỉnh ủy", en: "to the Party")
    public static let alertTinyConfederation = Localized(vi: "BC Tổng LĐ", en: "to Confederation")
    public static let statusShortMonitoring = Localized(vi: "Theo dõi", en: "Monitoring")
    public static let alertTinyStale = Localized(vi: "cập nhật", en: "update")
    public static let alertShortStale = Localized(vi: "Lâu chưa cập nhật", en: "No recent update")
    public static let keyEditRecord = Localized(vi: "Bổ sung, sửa hồ sơ", en: "Complete or edit the record")
    public static func editRecordTitle(_ id: String) -> Localized {
        Localized(vi: "Hồ sơ điểm nóng \(id)", en: "Hot-spot record \(id)")
    }
}
