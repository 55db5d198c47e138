import ArgumentParser
import DLXHDomain
import DLXHReport
import DLXHStore
import DLXHTUI
import Foundation

/// `dlxh register`: the register of issued consolidated reports (sổ đăng ký văn bản đi).
struct RegisterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "register", abstract: CLIText.registerAbstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: help(CLIText.registerYearHelp)) var year: Int?
    @Option(name: .long, help: help(CLIText.formatHelp)) var format: Format = .table

    /// One entry as `--format json` gives it.
    struct Row: Encodable {
        var id: String
        var number: Int
        var year: Int
        var documentNumber: String
        var period: String
        var issuedOn: String
        var issuedBy: String
        var recipients: [String]
        var language: String
    }

    func run() throws {
        let context = try common.context()
        let dataset = try context.loadForReading().dataset
        let entries = dataset.issuedReports.filter { year == nil || $0.year == year }.sorted { ($0.year, $0.number) < ($1.year, $1.number) }
        let l = context.language
        switch format {
        case .json:
            let rows = entries.map {
                Row(
                    id: $0.id, number: $0.number, year: $0.year, documentNumber: RegisterCommand.documentNumber($0), period: $0.period.id,
                    issuedOn: $0.issuedOn.isoString, issuedBy: $0.issuedBy, recipients: $0.recipients, language: $0.language.rawValue)
            }
            FileHandle.standardOutput.write(try JSONCodec.output(rows))
        case .table:
            if entries.isEmpty {
                print(CLIText.registerEmpty(l))
                return
            }
            let headers = CLIText.registerHeaders(l).split(separator: "\t").map(String.init)
            let body = entries.map {
                [
                    $0.id, RegisterCommand.documentNumber($0), $0.period.label(l), $0.issuedOn.displayString, $0.issuedBy,
                    $0.recipients.joined(separator: "; "),
                ].map { Text.printable($0) }
            }
            print(TextTable(headers: headers, rows: body).render(), terminator: "")
        }
    }

    /// "12/BC-LĐLĐ": the number line of the document as issued, without "Số:".
    static func documentNumber(_ entry: IssuedReport) -> String {
        let line = entry.document.number
        guard let colon = line.firstIndex(of: ":") ?? line.firstIndex(of: ".") else { return line }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
