import DLXHDomain

/// dlxh export.
extension CLIText {
    public static let exportAbstract = Localized(vi: "Xuất báo cáo ra tệp trao đổi (JSON) hoặc CSV.", en: "Export reports as an exchange file (JSON) or CSV.")
    public static let exportPeriodHelp = Localized(vi: "Chỉ các báo cáo của kỳ này (YYYY-MM).", en: "Only reports for this period (YYYY-MM).")
    public static let unitHelp = Localized(vi: "Chỉ các báo cáo của đơn vị này (mã đơn vị).", en: "Only reports of this unit (unit id).")
}
