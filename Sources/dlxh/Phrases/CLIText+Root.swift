import DLXHDomain

/// dlxh itself: the abstract, the discussion, the full-screen interface.
extension CLIText {
    public static let abstract = Localized(
        vi: "dlxh: theo dõi, phân loại báo cáo dư luận xã hội của các đơn vị, điểm nóng và tình hình nộp báo cáo.",
        en: "dlxh: review and classify public-opinion reports from reporting units, track hot spots and submissions.")
    public static let discussion = Localized(
        vi: "Không có lệnh con: mở giao diện toàn màn hình. Kho dữ liệu: --store, hoặc DLXH_STORE, hoặc $XDG_DATA_HOME/dlxh, hoặc ~/.local/share/dlxh.",
        en: "With no subcommand: opens the full-screen interface. Store: --store, else DLXH_STORE, else $XDG_DATA_HOME/dlxh, else ~/.local/share/dlxh.")
    public static let tuiAbstract = Localized(vi: "Mở giao diện toàn màn hình.", en: "Open the full-screen interface.")
    public static let versionText = Localized(vi: "Hiện phiên bản.", en: "Show the version.")
    public static let helpText = Localized(vi: "Hiện trợ giúp.", en: "Show help information.")
}
