import DLXHDomain

/// The trends panel's words.
public enum TrendsText {
    public static let title = Localized(vi: "Xu hướng", en: "Trends")
    public static let keyOpen = Localized(vi: "Xu hướng 12 tháng", en: "Twelve-month trends")
    public static let keySwitchView = Localized(vi: "Chủ đề / thái độ / luồng ý kiến", en: "Topics / attitudes / streams")
    public static let keyClose = Localized(vi: "Đóng xu hướng", en: "Close the trends")
    public static let viewTopics = Localized(vi: "Chủ đề", en: "Topics")
    public static let viewAttitudes = Localized(vi: "Thái độ", en: "Attitudes")
    public static let viewStreams = Localized(vi: "Luồng ý kiến", en: "Streams")
    /// The columns of the month and the month before, named by their month ("11/26"), as the
    /// matrix names them: an abbreviation of "tháng trước" read as nothing to the tester.
    public static func colMonth(_ month: Period) -> String { String(format: "%02d/%02d", month.index, month.year % 100) }
    public static let colChange = Localized(vi: "±", en: "±")
    public static let none = Localized(vi: "Chưa có ý kiến nào được tổng hợp trong 12 tháng qua.", en: "No opinion item in the last twelve months.")

    public static func colMonths(_ n: Int) -> Localized { Localized(vi: "\(n) tháng", en: English.count(n, "month")) }

    /// Trends count the items still waiting at step 1, so a month being classified does not look
    /// like a fall (`MonthlySeries`); section II counts them only once selected. The heading says
    /// so: it said "đếm như mục II", and a walkthrough found October's 36 against the report's 26.
    public static func heading(_ months: Int, _ month: String) -> Localized {
        Localized(
            vi: "Số ý kiến \(months) tháng đến \(month), như mục II, kể cả ý kiến chưa chọn lọc",
            en: "Items, \(months) months to \(month), as section II, incl. not yet selected")
    }

    /// Over the streams' table, whose first rows they are. The changes come last, so that a
    /// line too long for the screen gives up figures, never the words that explain them.
    public static func risingFastest(_ count: Int, _ changes: String) -> Localized {
        Localized(
            vi: "Tăng nhanh nhất: \(count) luồng đầu bảng, so với tháng trước \(changes)",
            en: "Rising fastest: \(count == 1 ? "the top stream" : "the top \(count) streams"), against last month \(changes)")
    }
}
