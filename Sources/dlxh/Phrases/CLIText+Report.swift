import DLXHDomain

/// dlxh report.
extension CLIText {
    public static let reportAbstract = Localized(
        vi: "Lập báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội của một tháng, quý, 6 tháng hoặc năm (Markdown, văn bản thuần hoặc DOCX).",
        en: "Write the consolidated report on public opinion for a month, quarter, half-year or year (Markdown, plain text or DOCX).")
    public static let reportFormatHelp = Localized(vi: "Định dạng: md, txt hoặc docx.", en: "Format: md, txt or docx.")
}
