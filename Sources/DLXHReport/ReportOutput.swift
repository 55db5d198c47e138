import DLXHDomain
import Foundation

/// The file formats of `dlxh report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, txt, docx
}

/// One call from a dataset to the finished report, for the command line and the interface.
public enum ReportOutput {
    /// The worded report for a period as of `today`.
    /// The staff-written parts are the period's own (`dataset.parts(for:)`); `issued` is the
    /// register number given when it is issued (nil: "Số: …").
    /// `recipients`: the "Nơi nhận" list when issuing to others than the configured ones.
    public static func document(
        dataset: Dataset, period: Period, today: Day, language: Language, issued: Int? = nil, recipients: [String]? = nil
    ) -> ReportDocument {
        document(
            ConsolidatedReport.build(from: dataset, period: period, today: today), parts: dataset.parts(for: period), language: language,
            issued: issued, recipients: recipients)
    }

    /// The worded report from figures already built (issuing words it under the store lock,
    /// where only the number is new: the figures are built before).
    public static func document(
        _ report: ConsolidatedReport, parts: ReportParts, language: Language, issued: Int? = nil, recipients: [String]? = nil
    ) -> ReportDocument {
        var document = ReportWording.document(report, language: language, parts: parts, issued: issued)
        if let recipients { document.recipients = ReportWording.recipientLines(recipients) }
        return document
    }

    /// The bytes of a document in `format` (a report as built, or as issued from the register).
    public static func data(_ format: ReportFormat, document doc: ReportDocument, issuedOn: Day) throws -> Data {
        switch format {
        case .md: return Data((MarkdownRenderer.render(doc) + "\n").utf8)
        case .txt: return Data(PlainTextRenderer().text(doc).utf8)
        case .docx: return try DocxWriter.data(doc, issuedOn: issuedOn)
        }
    }

    /// The report as the interface's preview shows it: plain text lines wrapped to `width`,
    /// measured with the interface's own display-width function. The same words as the files.
    public static func lines(
        dataset: Dataset, period: Period, today: Day, language: Language, width: Int,
        measure: @escaping (String) -> Int = { $0.count }
    ) -> [String] {
        PlainTextRenderer(width: width, measure: measure).lines(document(dataset: dataset, period: period, today: today, language: language))
    }

    /// The report as Markdown.
    public static func markdown(dataset: Dataset, period: Period, today: Day, language: Language) -> String {
        MarkdownRenderer.render(document(dataset: dataset, period: period, today: today, language: language))
    }

    /// The bytes of the report file in `format`: UTF-8 text for md and txt, a zip for docx.
    public static func data(_ format: ReportFormat, dataset: Dataset, period: Period, today: Day, language: Language) throws -> Data {
        try data(format, document: document(dataset: dataset, period: period, today: today, language: language), issuedOn: today)
    }
}
