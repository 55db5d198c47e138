import DLXHDomain

/// dlxh hotspots.
extension CLIText {
    public static let hotSpotsAbstract = Localized(
        vi: "Các điểm nóng đang mở và cảnh báo của chúng (cho script, lịch chạy tự động).",
        en: "The open hot spots with their alerts (for scripts and scheduled jobs).")
    public static let hotSpotsHeaders = Localized(
        vi: "Mã\tLoại\tDoanh nghiệp\tĐơn vị\tTình trạng\tCảnh báo gấp nhất",
        en: "Id\tKind\tEnterprise\tUnit\tStatus\tMost urgent alert")
}
