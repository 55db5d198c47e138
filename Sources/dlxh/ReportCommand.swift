import ArgumentParser
import DLXHDomain
import DLXHReport
import DLXHStore
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `dlxh report`: the consolidated monthly report (báo cáo tổng hợp) for one period, drawn from
/// the store, as Markdown, plain text or DOCX.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: CLIText.reportAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.periodHelp))
    var period: String?

    @Option(name: .long, help: help(CLIText.reportFormatHelp))
    var format: ReportFormat = .md

    @Option(name: [.customShort("o"), .long], help: help(CLIText.outputHelp))
    var output: String?

    @Flag(name: .long, help: help(CLIText.issueHelp))
    var issue = false

    @Option(name: .long, help: help(CLIText.recipientsHelp))
    var recipients: [String] = []

    @Option(name: .long, help: help(CLIText.reissueHelp))
    var reissue: String?
    @Flag(name: .long, help: help(CLIText.againHelp))
    var again = false

    /// What must hold before a number is given, since a number is never given twice: the period
    /// has begun, the staff-written parts are written (an issued report must not carry "Chưa viết"),
    /// and the period was not issued before unless a replacement is meant (`--again`).
    static func checkIssuable(_ period: Period, parts: ReportParts, dataset: Dataset, today: Day, again: Bool, language: Language) throws {
        if period.firstDay > today { throw CLIError(CLIText.issueNotStarted(period.id)) }
        let unwritten = ReportParts.Part.allCases.filter { parts[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if !unwritten.isEmpty {
            throw CLIError(CLIText.issuePartsUnwritten(unwritten.map { ReportText.partTitle($0, period)(language) }))
        }
        if !again, let earlier = dataset.issuedReports.filter({ $0.period == period }).max(by: { ($0.year, $0.number) < ($1.year, $1.number) }) {
            throw CLIError(CLIText.issueAlready(RegisterCommand.documentNumber(earlier), earlier.id, earlier.issuedOn.displayString))
        }
    }

    func run() throws {
        let context = try common.context()
        // A zip written to a terminal is noise and can upset it; to a pipe or a file it is fine.
        if format == .docx, output == nil, isatty(STDOUT_FILENO) != 0 { throw CLIError(CLIText.docxNeedsOutput) }
        if issue, reissue != nil { throw CLIError(CLIText.issueWithReissue) }
        let data: Data
        do {
            if let reissue {
                // As issued: the document kept in the register, rendered as it was.
                let entry = try context.openStore().issuedReport(reissue)
                data = try ReportOutput.data(format, document: entry.document, issuedOn: entry.issuedOn)
            } else if issue {
                let period = try context.period(period)
                let store = try context.openStore()
                let dataset = try store.load().dataset
                let given = recipients.flatMap { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
                let names = given.isEmpty ? dataset.configuration.organisation.recipients : given
                let parts = dataset.parts(for: period)
                try Self.checkIssuable(period, parts: parts, dataset: dataset, today: context.today, again: again, language: context.language)
                // The figures first, without the lock; under it, only the number is given and worded in.
                let figures = ConsolidatedReport.build(from: dataset, period: period, today: context.today)
                let entry = try store.issueReport(
                    period: period, on: context.today, recipients: names, language: context.language, by: context.editor(dataset.configuration),
                    again: again
                ) { number in
                    ReportOutput.document(figures, parts: parts, language: context.language, issued: number, recipients: names)
                }
                data = try ReportOutput.data(format, document: entry.document, issuedOn: entry.issuedOn)
                let message = CLIText.issued(RegisterCommand.documentNumber(entry), entry.id)(context.language)
                FileHandle.standardError.write(Data((Text.printable(message) + "\n").utf8))
            } else {
                let period = try context.period(period)
                let dataset = try context.loadForReading().dataset
                data = try ReportOutput.data(format, dataset: dataset, period: period, today: context.today, language: context.language)
            }
        } catch let failure as DocxWriter.Failure {
            throw StoreError.io(file: output ?? "docx", reason: failure.description)
        }
        // To a terminal or a pipe, text from the store is shown safe (`Text.printable`): a
        // hand-edited store file must not send escape sequences. Files written with -o are the
        // document as it is (their text was checked when it came into the store).
        if output == nil, format != .docx, let text = String(data: data, encoding: .utf8) {
            try emit(Data(Text.printable(text, keepingLineBreaks: true).utf8), to: nil)
        } else {
            try emit(data, to: output)
        }
    }
}
