import ArgumentParser
import DLXHDomain
import DLXHReport
import DLXHStore
import DLXHTUI
import Foundation

/// `dlxh matrix`: every unit's submission state for each of the last N months, for spotting a
/// unit that is late month after month. CSV is UTF-8 with a byte-order mark, as `status` writes.
struct MatrixCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "matrix", abstract: CLIText.matrixAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.matrixMonthsHelp))
    var months: Int = 12

    @Option(name: .long, help: help(CLIText.matrixToHelp))
    var to: String?

    @Option(name: .long, help: help(CLIText.formatHelp))
    var format: OutputFormat = .table

    @Option(name: [.customShort("o"), .long], help: help(CLIText.outputHelp))
    var output: String?

    @Flag(name: .long, help: help(CLIText.matrixLineageHelp))
    var lineage: Bool = false

    /// One row of `--format json`: the unit and its state code for each month.
    struct Row: Encodable {
        var unit: String
        var name: String
        var states: [String: String]
        /// With `--lineage`: the earlier units the row reads through.
        var through: [String]?
    }

    func run() throws {
        let context = try common.context()
        guard (1...120).contains(months) else { throw CLIError(CLIText.badMonths) }
        let last = try context.period(to)
        let dataset = try context.loadHeadersForReading().dataset
        let matrix = lineage
            ? SubmissionMatrix.buildLineage(from: dataset, last: last, months: months, today: context.today)
            : SubmissionMatrix.build(from: dataset, last: last, months: months, today: context.today)
        let l = context.language
        switch format {
        case .csv:
            let header = ["unit", "name"] + (lineage ? ["through"] : []) + matrix.periods.map(\.id)
            let body = matrix.rows.map {
                [$0.unit.id, $0.unit.name] + (lineage ? [$0.through.map(\.id).joined(separator: ";")] : []) + $0.states.map(\.code)
            }
            try emit(CSV.data([header] + body), to: output)
        case .json:
            let rows = matrix.rows.map { row in
                Row(unit: row.unit.id, name: row.unit.name,
                    states: Dictionary(uniqueKeysWithValues: zip(matrix.periods.map(\.id), row.states.map(\.code))),
                    through: lineage ? row.through.map(\.id) : nil)
            }
            let data = try JSONCodec.output(rows)
            try emit(data, to: output)
        case .table:
            let headers = CLIText.matrixUnitHeaders(l).split(separator: "\t").map(String.init) + matrix.periods.map { $0.shortLabel(l) }
            // Ids and names come from the store's files: shown escaped (`Text.printable`).
            let body = matrix.rows.map { row in
                let name = row.through.isEmpty ? row.unit.name : row.unit.name + " ← " + row.through.map(\.name).joined(separator: ", ")
                return [Text.printable(row.unit.id), Text.printable(name)] + row.states.map(SubmissionMatrix.symbol)
            }
            let table = TextTable(headers: headers, rows: body, rightAligned: Set(2..<headers.count)).render()
            try emit(Data((table + CLIText.matrixLegend(l) + "\n").utf8), to: output)
        }
    }
}
