import ArgumentParser
import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: CLIText.statusAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.periodHelp))
    var period: String?

    @Option(name: .long, help: help(CLIText.formatHelp))
    var format: OutputFormat = .table

    /// One row of `dlxh status --format json`: exactly these keys, nulls written out.
    struct Row: Encodable {
        var unit: String
        var name: String
        var state: String
        var receivedOn: String?
        var daysLate: Int?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit, forKey: .unit)
            try c.encode(name, forKey: .name)
            try c.encode(state, forKey: .state)
            try c.encode(receivedOn, forKey: .receivedOn)
            try c.encode(daysLate, forKey: .daysLate)
        }

        enum CodingKeys: String, CodingKey { case unit, name, state, receivedOn, daysLate }
    }

    func run() throws {
        let context = try common.context()
        let period = try context.period(period)
        let dataset = try context.loadHeadersForReading(periods: [period]).dataset
        let rows = dataset.submissionRows(for: period, asOf: context.today)
        switch format {
        case .json:
            let out = rows.map {
                Row(unit: $0.unit.id, name: $0.unit.name, state: $0.state.code, receivedOn: $0.state.receivedOn?.isoString,
                    daysLate: $0.state.daysLate)
            }
            FileHandle.standardOutput.write(try JSONCodec.output(out))
        case .csv:
            let header = ["unit", "name", "state", "receivedOn", "daysLate"]
            let body = rows.map {
                [$0.unit.id, $0.unit.name, $0.state.code, $0.state.receivedOn?.isoString ?? "", $0.state.daysLate.map(String.init) ?? ""]
            }
            FileHandle.standardOutput.write(CSV.data([header] + body))
        case .table:
            let lang = context.language
            let headers = CLIText.statusHeaders(lang).split(separator: "\t").map(String.init)
            // Ids and names come from the store's files: shown escaped (`Text.printable`).
            let body = rows.map {
                [Text.printable($0.unit.id), Text.printable($0.unit.name), $0.state.label(lang), $0.state.receivedOn?.displayString ?? "",
                 $0.state.daysLate.map(String.init) ?? ""]
            }
            print(period.label(lang))
            print(TextTable(headers: headers, rows: body, rightAligned: [4]).render(), terminator: "")
            print(SubmissionTotals(rows.map(\.state)).label(lang))
        }
    }
}

extension AppContext {
    /// `loadForReading` for the commands that need only the submission facts (status, matrix)
    /// or those and the hot spots (hotspots): read through the store's index, so a record file
    /// is opened only when its index entry is missing or out of date. Damaged and missing files
    /// are said on standard error exactly as `loadForReading` says them.
    func loadHeadersForReading(hotSpots: Bool = false, periods: Set<Period>? = nil) throws -> StoreHeaders {
        let headers = try openStore().loadHeaders(hotSpots: hotSpots, periods: periods)
        for error in headers.damaged {
            let line = Messages.leftOut(error.message(language))(language)
            FileHandle.standardError.write(Data("dlxh: \(line)\n".utf8))
        }
        return headers
    }
}
