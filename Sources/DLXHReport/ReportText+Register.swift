import DLXHDomain

/// The words of the register and of the staff-written parts (localisation table).
extension ReportText {
    /// "Số: 12/BC-LĐLĐ" once issued; "Số: …/BC-LĐLĐ" until then.
    public static func number(_ code: String, issued: Int?) -> Localized {
        guard let issued else { return number(code) }
        return Localized(vi: "Số: \(issued)/\(code)", en: "No. \(issued)/\(code)")
    }

    /// Under the appendix's title: the report it goes with, numbered once issued.
    public static func appendixAttached(_ documentCode: String, _ issuedOn: Day, issued: Int?) -> Localized {
        let number = issued.map(String.init) ?? "…"
        return Localized(
            vi: "(Kèm theo Báo cáo số \(number)/\(documentCode), ngày \(issuedOn.displayString))",
            en: "(Attached to Report No. \(number)/\(documentCode) of \(issuedOn.displayString))")
    }

    /// The staff-written section's heading, and each part's title.
    public static let headingStaffParts = Localized(
        vi: "ĐÁNH GIÁ, NGUYÊN NHÂN, DỰ BÁO VÀ NHIỆM VỤ", en: "ASSESSMENT, CAUSES, FORECAST AND TASKS")
    public static func partTitle(_ part: ReportParts.Part, _ period: Period) -> Localized {
        switch part {
        case .assessment: Localized(vi: "Đánh giá chung", en: "Assessment")
        case .causes: Localized(vi: "Nguyên nhân", en: "Causes")
        case .forecast: Localized(vi: "Dự báo tình hình", en: "Forecast")
        case .tasks:
            switch period.kind {
            case .month: Localized(vi: "Nhiệm vụ trọng tâm tháng tới", en: "Tasks for next month")
            case .quarter: Localized(vi: "Nhiệm vụ trọng tâm quý tới", en: "Tasks for next quarter")
            case .half: Localized(vi: "Nhiệm vụ trọng tâm 6 tháng tới", en: "Tasks for the next six months")
            case .year: Localized(vi: "Nhiệm vụ trọng tâm năm tới", en: "Tasks for next year")
            }
        }
    }
    /// In place of a part not written yet: where it is written.
    public static let partNotWritten = Localized(
        vi: "(Chưa viết: cán bộ tổng hợp viết phần này trong màn xem trước báo cáo.)",
        en: "(Not written yet: staff write this part in the report preview.)")

    /// Section V: the late and missing units are listed in the appendix.
    public static func stateCount(_ code: String, _ n: Int) -> Localized {
        let label = stateGroup(code, n, "")
        let vi = label.vi.components(separatedBy: " (").first ?? label.vi
        let en = label.en.components(separatedBy: " (").first ?? label.en
        return Localized(vi: "\(vi): \(n) đơn vị (danh sách tại Phụ lục).", en: "\(en): \(n) \(n == 1 ? "unit" : "units") (listed in the appendix).")
    }
    /// The appendix's two parts.
    public static let appendixLateUnits = Localized(
        vi: "1. Đơn vị báo cáo muộn, chưa báo cáo", en: "1. Units late or not submitted")
    public static let appendixReceived = Localized(vi: "2. Các báo cáo đã nhận", en: "2. Reports received")
}
