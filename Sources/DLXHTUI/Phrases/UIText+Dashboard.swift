import DLXHDomain

/// Screen 4, submissions: the matrix, who owes, the roster, the report preview.
extension UIText {
    public static let colState = Localized(vi: "Tình trạng", en: "State")
    public static func dueLine(_ period: String, _ due: String) -> Localized {
        Localized(vi: "\(period) – hạn nộp \(due)", en: "\(period) – due \(due)")
    }
    public static let keyEarlierMonth = Localized(vi: "Tháng trước", en: "Earlier month")
    public static let keyLaterMonth = Localized(vi: "Tháng sau", en: "Later month")
    public static let keyYearBack = Localized(vi: "Lùi 12 tháng", en: "12 months back")
    public static let keyYearForward = Localized(vi: "Tiến 12 tháng", en: "12 months on")
    public static let keyDashboardView = Localized(vi: "Đổi bảng", en: "Switch table")
    public static let keyUnitReports = Localized(vi: "Báo cáo của đơn vị", en: "The unit's reports")
    public static let keyRecordReport = Localized(vi: "Nhập báo cáo vừa nhận", en: "Record a report just received")
    public static let keyExempt = Localized(vi: "Miễn nộp kỳ này", en: "Exempt for this period")
    public static let keyReminder = Localized(vi: "Soạn văn bản nhắc nộp", en: "Draft a reminder")
    public static let keyContacts = Localized(vi: "Liên hệ của đơn vị (đầy đủ)", en: "The unit's contacts in full")
    public static func contactsTitle(_ unit: String) -> Localized { Localized(vi: "Liên hệ – \(unit)", en: "Contacts – \(unit)") }
    public static let keyAddUnit = Localized(vi: "Thêm đơn vị", en: "Add a unit")
    public static let keyEditUnit = Localized(vi: "Sửa đơn vị", en: "Edit the unit")
    public static let keyDeactivate = Localized(vi: "Ngừng hoạt động", en: "Deactivate")
    public static let keyReactivate = Localized(vi: "Hoạt động lại", en: "Reactivate")
    public static let keyWriteReport = Localized(vi: "Ghi ra tệp", en: "Write to a file")
    public static let keyClose = Localized(vi: "Đóng", en: "Close")
    /// Under the matrix: the periods drawn and the window the rates are over.
    public static func matrixWindow(shown: String, window: String, count: Int, months: Bool, all: Bool) -> Localized {
        switch (months, all) {
        case (true, true):
            Localized(vi: "Tỷ lệ tính trên \(count) tháng đang hiện (\(window))", en: "Rates over the \(count) months shown (\(window))")
        case (true, false):
            Localized(
                vi: "Đang hiện tháng \(shown); tỷ lệ tính trên \(count) tháng (\(window))",
                en: "Showing months \(shown); rates over \(count) months (\(window))")
        case (false, true):
            Localized(vi: "Tỷ lệ tính trên \(count) kỳ đang hiện (\(window))", en: "Rates over the \(count) periods shown (\(window))")
        case (false, false):
            Localized(
                vi: "Đang hiện \(shown); tỷ lệ tính trên \(count) kỳ (\(window))",
                en: "Showing \(shown); rates over \(count) periods (\(window))")
        }
    }
    public static let rateColumn = Localized(vi: "Tỷ lệ", en: "Rate")
    public static let reportingRate = Localized(vi: "Tỷ lệ đã nộp", en: "Reporting rate")
    public static let timeliness = Localized(vi: "Tỷ lệ đúng hạn", en: "On-time rate")
    public static let matrixLegend = Localized(
        vi: "✓ đúng hạn, +N muộn N ngày, ✗ chưa nộp, · chưa đến hạn, trống: không phải nộp, † đã ngừng",
        en: "✓ on time, +N late N days, ✗ missing, · not yet due, blank: not required, † closed")
    public static let allSubmitted = Localized(vi: "Tất cả đơn vị đã nộp báo cáo kỳ này.", en: "Every unit has reported for this period.")
    public static func overdueDays(_ n: Int) -> Localized { Localized(vi: "quá hạn \(n) ngày", en: "\(n) d overdue") }
    public static func daysLeft(_ n: Int) -> Localized { Localized(vi: "còn \(n) ngày", en: "\(n) d left") }
    public static func alreadyReported(_ unit: String, _ period: String, _ on: String) -> Localized {
        Localized(
            vi: "\(unit) đã nộp \(period) ngày \(on): không cần miễn.", en: "\(unit) reported for \(period) on \(on): nothing to exempt.")
    }
    public static func exemptPrompt(_ unit: String, _ period: String) -> Localized {
        Localized(vi: "Lý do miễn nộp cho \(unit), \(period)", en: "Reason to exempt \(unit), \(period)")
    }
    public static func reminderPreviewTitle(_ period: String, _ owing: Int) -> Localized {
        Localized(
            vi: "Văn bản nhắc nộp – \(period), \(owing) đơn vị chưa nộp",
            en: "Reminder – \(period), \(owing) \(owing == 1 ? "unit has" : "units have") not reported")
    }
    public static func nobodyToRemind(_ period: String) -> Localized {
        Localized(vi: "Không có đơn vị nào phải nhắc: mọi đơn vị đã nộp báo cáo \(period).",
            en: "Nobody to remind: every unit has reported for \(period).")
    }
    /// A file prompt's title with the folder a bare name goes to: "… – thư mục /home/ha".
    public static func inFolder(_ title: String, _ folder: String, _ l: Language) -> String {
        folder.isEmpty ? title : title + (l == .vi ? " – thư mục " : " – folder ") + folder
    }
    public static let reminderFilePrompt = Localized(vi: "Ghi văn bản nhắc nộp ra tệp", en: "Write the reminder to the file")
    public static let reportFilePrompt = Localized(
        vi: "Ghi báo cáo ra tệp (.docx, .md hoặc .txt)", en: "Write the report to the file (.docx, .md or .txt)")
    public static func deactivatePrompt(_ unit: String) -> Localized {
        Localized(vi: "\(unit) ngừng hoạt động từ sau ngày (dd/mm/yyyy)", en: "\(unit) is active until (dd/mm/yyyy)")
    }
    public static let addUnitTitle = Localized(vi: "Thêm đơn vị báo cáo", en: "Add a reporting unit")
    public static func editUnitTitle(_ name: String) -> Localized { Localized(vi: "Sửa đơn vị \(name)", en: "Edit \(name)") }
    public static let unitID = Localized(vi: "Mã đơn vị", en: "Unit id")
    public static let mustReportShort = Localized(vi: "BC", en: "Rep")
    public static let unitIDTaken = Localized(vi: "mã này đã có", en: "this id is taken")
    public static let unitIDFixed = Localized(vi: "không đổi được mã của đơn vị đã có", en: "an existing unit's id cannot change")
    public static let endBeforeStart = Localized(vi: "ngày kết thúc trước ngày bắt đầu", en: "ends before it starts")
    public static let onlyMonthly = Localized(
        vi: "Kho chỉ theo dõi báo cáo tháng. Báo cáo quý, 6 tháng, năm: R rồi p.",
        en: "Only months are tracked. Quarter, half-year and year reports: R, then p.")
}
