import ArgumentParser
import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

/// `dlxh hotspots`: the open hot spots with their alerts, for scripts and scheduled jobs.
struct HotSpotsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "hotspots", abstract: CLIText.hotSpotsAbstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.formatHelp))
    var format: Format = .table

    @Flag(name: .long, help: help(GuidanceText.failIfOverdueHelp))
    var failIfOverdue = false

    struct Row: Encodable {
        struct Alert: Encodable {
            var kind: String
            var due: String
            var overdue: Bool
        }

        var id: String
        var title: String
        var kind: String
        var unit: String
        var unitName: String
        var enterprise: String
        var workersInvolved: Int?
        var status: String
        var phonedInAt: String
        var alerts: [Alert]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(kind, forKey: .kind)
            try c.encode(unit, forKey: .unit)
            try c.encode(unitName, forKey: .unitName)
            try c.encode(enterprise, forKey: .enterprise)
            try c.encode(workersInvolved, forKey: .workersInvolved)
            try c.encode(status, forKey: .status)
            try c.encode(phonedInAt, forKey: .phonedInAt)
            try c.encode(alerts, forKey: .alerts)
        }

        enum CodingKeys: String, CodingKey {
            case id, title, kind, unit, unitName, enterprise, workersInvolved, status, phonedInAt, alerts
        }
    }

    func run() throws {
        let context = try common.context()
        let dataset = try context.loadHeadersForReading(hotSpots: true).dataset
        let now = context.now
        let rules = dataset.configuration.hotSpotRules
        let open = dataset.hotSpots.filter(\.status.isOpen)
        let alerts = HotSpotAlerts.alerts(in: open, rules: rules, at: now)
        let alertsBySpot = Dictionary(grouping: alerts, by: \.hotSpotID)
        let spots = HotSpotAlerts.mostUrgentFirst(open, alerts: alerts)
        let l = context.language
        switch format {
        case .json:
            let rows = spots.map { spot in
                Row(
                    id: spot.id, title: spot.title, kind: spot.kind.rawValue, unit: spot.unitID,
                    unitName: dataset.unit(spot.unitID)?.name ?? spot.unitID, enterprise: spot.enterprise.name,
                    workersInvolved: spot.workersInvolved, status: spot.status.rawValue, phonedInAt: spot.phonedInAt.isoString,
                    alerts: (alertsBySpot[spot.id] ?? []).map {
                        Row.Alert(kind: $0.kind.rawValue, due: $0.due.isoString, overdue: $0.isOverdue(at: now))
                    })
            }
            let data = try JSONCodec.output(rows)
            FileHandle.standardOutput.write(data)
        case .table:
            let headers = CLIText.hotSpotsHeaders(l).split(separator: "\t").map(String.init)
            let body = spots.map { spot -> [String] in
                let first = alertsBySpot[spot.id]?.first
                let alert = first.map { "\($0.isOverdue(at: now) ? "✗ " : "")\($0.kind.label(l)), \($0.timing(at: now)(l))" } ?? "—"
                // Ids and names come from the store's files: shown escaped (`Text.printable`).
                return [
                    spot.id, spot.kind.label(l), spot.enterprise.name, dataset.unit(spot.unitID)?.name ?? spot.unitID,
                    spot.status.label(l), alert,
                ].map { Text.printable($0) }
            }
            print(TextTable(headers: headers, rows: body).render(), terminator: "")
            // The same count as the interface's badge: open hot spots, and those with anything overdue.
            let tally = HotSpotAlerts.tally(open, alerts: alerts, at: now)
            print(UIText.alertBadge(tally.open, tally.overdue)(l))
        }
        if failIfOverdue, alerts.contains(where: { $0.isOverdue(at: now) }) { throw ExitCode(1) }
    }
}
