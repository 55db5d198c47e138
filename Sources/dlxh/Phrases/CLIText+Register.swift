import DLXHDomain

/// dlxh report --issue / --reissue, dlxh register.
extension CLIText {
    public static let issueHelp = Localized(
        vi: "Ban hành báo cáo: cấp số tiếp theo của năm (không bao giờ dùng lại), ghi vào sổ đăng ký cùng ngày và nơi nhận, rồi xuất bản đã ban hành.",
        en: "Issue the report: give it the year's next number (never reused), record it in the register with the date and recipients, and write the issued report.")
    public static let recipientsHelp = Localized(
        vi: "Nơi nhận khi ban hành (lặp lại hoặc ngăn bằng ;); mặc định là nơi nhận trong cấu hình.",
        en: "Recipients when issuing (repeat, or separate with ;); the configured recipients by default.")
    public static let reissueHelp = Localized(
        vi: "Xuất lại đúng từng byte một báo cáo đã ban hành, theo số trong sổ: SỐ/NĂM, ví dụ 12/2026.",
        en: "Write an issued report again, byte for byte, by its register number: NUMBER/YEAR, e.g. 12/2026.")
    public static let issueWithReissue = Localized(
        vi: "--issue và --reissue không dùng cùng nhau.", en: "--issue and --reissue cannot be used together.")
    public static let againHelp = Localized(
        vi: "Với --issue: cấp thêm một số mới cho kỳ đã ban hành (báo cáo thay thế); không có nó, kỳ đã ban hành bị từ chối.",
        en: "With --issue: give a period already issued a new number (a replacement report); without it, such a period is refused.")
    /// Refusals before a number is given: a number is never given twice, so a mistake would use one up.
    public static func issueNotStarted(_ period: String) -> Localized {
        Localized(
            vi: "Kỳ \(period) chưa bắt đầu: chưa thể ban hành báo cáo của kỳ này (không cấp số).",
            en: "The period \(period) has not begun: its report cannot be issued yet (no number given).")
    }
    public static func issuePartsUnwritten(_ parts: [String]) -> Localized {
        let list = parts.joined(separator: ", ")
        return Localized(
            vi: "Chưa viết: \(list). Viết các phần này trong màn xem trước báo cáo (R, rồi e), hoặc ghi \"Không có\" nếu không có gì; chưa cấp số.",
            en: "Not written yet: \(list). Write these parts in the report preview (R, then e), or write \"None\" if there is nothing; no number given.")
    }
    public static func issueAlready(_ number: String, _ id: String, _ day: String) -> Localized {
        Localized(
            vi: "Kỳ này đã ban hành báo cáo \(number) ngày \(day). Xuất lại đúng bản đó: --reissue \(id); cấp số mới cho bản thay thế: thêm --again.",
            en: "This period's report was issued as \(number) on \(day). To write that one again: --reissue \(id); to give a replacement a new number: add --again.")
    }
    public static func issued(_ number: String, _ id: String) -> Localized {
        Localized(vi: "Đã ban hành báo cáo \(number) (sổ đăng ký: \(id)).", en: "Issued report \(number) (register: \(id)).")
    }
    public static let registerAbstract = Localized(
        vi: "Sổ đăng ký các báo cáo tổng hợp đã ban hành: số, kỳ, ngày, người ban hành, nơi nhận.",
        en: "The register of issued consolidated reports: number, period, date, who issued it, recipients.")
    public static let registerYearHelp = Localized(vi: "Năm ban hành (mặc định: mọi năm).", en: "Year of issue (default: every year).")
    public static let registerHeaders = Localized(
        vi: "Số\tSố văn bản\tKỳ báo cáo\tNgày ban hành\tNgười ban hành\tNơi nhận",
        en: "No.\tDocument number\tPeriod\tIssued on\tIssued by\tRecipients")
    public static let registerEmpty = Localized(vi: "Chưa ban hành báo cáo nào.", en: "No report issued yet.")
}
