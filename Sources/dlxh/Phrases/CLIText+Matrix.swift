import DLXHDomain

/// dlxh matrix.
extension CLIText {
    public static let matrixAbstract = Localized(
        vi: "Bảng tình hình nộp báo cáo: đơn vị × tháng (mặc định 12 tháng gần nhất).",
        en: "Submission matrix: units × months (the last 12 months by default).")
    public static let matrixLineageHelp = Localized(
        vi: "Một dòng cho mỗi đơn vị còn hoạt động; tháng đơn vị chưa thành lập lấy tình hình của các đơn vị tiền thân (LĐLĐ huyện trước 01/07/2025…).",
        en: "One row per unit still active; months before a unit existed show its predecessors' state (the district federations before 1 July 2025…).")
    public static let matrixMonthsHelp = Localized(vi: "Số tháng, tính lùi từ --to (1–120).", en: "How many months, back from --to (1–120).")
    public static let matrixToHelp = Localized(
        vi: "Tháng cuối cùng của bảng, YYYY-MM (mặc định: tháng hiện tại).", en: "The last month of the matrix, YYYY-MM (default: the current month).")
    public static let badMonths = Localized(vi: "--months phải từ 1 đến 120", en: "--months must be from 1 to 120")
    public static let matrixUnitHeaders = Localized(vi: "Mã\tĐơn vị", en: "Id\tUnit")
    public static let matrixLegend = Localized(
        vi: "✓ đúng hạn, +N: muộn N ngày, ✗ chưa nộp, · chưa đến hạn, trống: không phải nộp",
        en: "✓ on time, +N: N days late, ✗ not submitted, · not yet due, blank: not required")
}
