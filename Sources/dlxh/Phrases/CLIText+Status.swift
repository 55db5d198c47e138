import DLXHDomain

/// dlxh status.
extension CLIText {
    public static let statusAbstract = Localized(
        vi: "Tình hình nộp báo cáo của mọi đơn vị trong một kỳ.", en: "Submission status of every unit for a period.")
    public static let statusHeaders = Localized(vi: "Mã\tĐơn vị\tTình trạng\tNgày nhận\tSố ngày muộn", en: "Id\tUnit\tState\tReceived\tDays late")
}
