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

    func run() throws {
        let context = try common.context()
        let period = try context.period(period)
        // A zip written to a terminal is noise and can upset it; to a pipe or a file it is fine.
        if format == .docx, output == nil, isatty(STDOUT_FILENO) != 0 { throw CLIError(CLIText.docxNeedsOutput) }
        let dataset = try context.loadForReading().dataset
        let data: Data
        do {
            data = try ReportOutput.data(format, dataset: dataset, period: period, today: context.today, language: context.language)
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
