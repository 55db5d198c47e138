import DLXHDomain

/// dlxh report.
extension CLIText {
    public static let reportAbstract = Localized(
        vi: "Lập báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội của một tháng (Markdown, văn bản thuần hoặc DOCX).",
        en: "Write the consolidated monthly report on public opinion (Markdown, plain text or DOCX).")
    public static let reportFormatHelp = Localized(vi: "Định dạng: md, txt hoặc docx.", en: "Format: md, txt or docx.")
}
