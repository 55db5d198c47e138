import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLIText.exportAbstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.exportPeriodHelp))
    var period: String?

    @Option(name: .long, help: help(CLIText.unitHelp))
    var unit: String?

    @Option(name: .long, help: help(CLIText.formatHelp))
    var format: Format = .json

    @Option(name: [.customShort("o"), .long], help: help(CLIText.outputHelp))
    var output: String?

    func run() throws {
        let context = try common.context()
        let contents = try context.loadForReading()
        let dataset = contents.dataset
        let period = try period.map { try context.period($0) }
        if let unit, dataset.unit(unit) == nil { throw CLIError(CLIText.unknownUnit(unit)) }
        let reports = dataset.reports
            .filter { r in (period.map { r.period == $0 } ?? true) && (unit.map { r.unitID == $0 } ?? true) }
            .sorted { ($0.period, $0.unitID, $0.receivedOn, $0.id) < ($1.period, $1.unitID, $1.receivedOn, $1.id) }
        switch format {
        case .json:
            let ids = Set(reports.map(\.id))
            let audit = contents.audit.filter { ids.contains(String($0.target.split(separator: "/").first ?? "")) }
            let file = ExchangeFile(
                exportedAt: context.now, exportedBy: context.staff(dataset.configuration), reports: reports, audit: audit)
            try emit(try file.encoded(), to: output)
        case .csv:
            try emit(CSV.data(ItemsCSV.rows(reports, dataset: dataset, language: context.language)), to: output)
        }
    }
}

/// One row per opinion item, with its report's columns: what a spreadsheet user filters.
enum ItemsCSV {
    static func rows(_ reports: [Report], dataset: Dataset, language: Language) -> [[String]] {
        let config = dataset.configuration
        let header = [
            "report", "unit", "unitName", "period", "kind", "receivedOn", "documentNumber", "item", "topic", "content",
            "source", "targetGroup", "breadth", "scope", "attitude", "nature", "verification", "proposal", "proposalTo",
            "step",
        ]
        var rows = [header]
        for report in reports {
            let unitName = dataset.unit(report.unitID)?.name ?? report.unitID
            for item in report.items {
                rows.append([
                    report.id, report.unitID, unitName, report.period.id, report.kind.label(language),
                    report.receivedOn.isoString, report.documentNumber, item.id,
                    config.topic(item.topic)?.label(language) ?? item.topic, item.content, item.source.label(language),
                    item.targetGroup.label(language), item.breadth.label(language), item.scope.label(language),
                    config.attitude(item.attitude)?.label(language) ?? item.attitude, item.nature.label(language),
                    item.verification.label(language), item.proposal, item.proposalTo, String(item.step.rawValue),
                ])
            }
        }
        return rows
    }
}
