import ArgumentParser
import DLXHDomain
import DLXHReport
import DLXHStore
import DLXHTUI
import Foundation

/// `dlxh guidance`: step 4, closing the loop. Guidance from the Tỉnh ủy's board, the
/// confederation or the standing committee is recorded against the items it answers, relayed
/// to the units (with the công văn), and followed until every unit has acknowledged it.
struct GuidanceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "guidance", abstract: GuidanceText.guidanceAbstract(HelpLanguage.current),
            subcommands: [GuidanceAdd.self, GuidanceRelay.self, GuidanceAck.self, GuidanceList.self])
    }
}

/// A date option of a guidance command: a real YYYY-MM-DD in 1900…2200, or one clear line.
func guidanceDay(_ text: String, option: String) throws -> Day {
    guard let day = GuidanceDates.day(text) else { throw CLIError(GuidanceText.badDate(option, text)) }
    return day
}

/// `--today` as the day a relay, an acknowledgement or a return is recorded on: within the
/// years every guidance date must be in.
func recordingDay(_ context: AppContext) throws -> Day {
    guard GuidanceDates.years.contains(context.today.year) else {
        throw CLIError(GuidanceText.badDate("--today", context.today.isoString))
    }
    return context.today
}

/// A comma-separated list, blanks dropped.
func commaList(_ text: String) -> [String] {
    text.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Refuses text with control characters, as the rest of the store's text fields do.
func plainText(_ text: String, option: String, multiline: Bool = false) throws -> String {
    if Text.clean(text, multiline: multiline) != Text.nfc(text) { throw CLIError(GuidanceText.controlCharacters(option)) }
    return text
}

struct GuidanceAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: GuidanceText.addAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: help(GuidanceText.numberHelp)) var number: String
    @Option(name: .long, help: help(GuidanceText.dateHelp)) var date: String
    @Option(name: .long, help: help(GuidanceText.issuerHelp)) var issuer: String
    @Option(name: .long, help: help(GuidanceText.textHelp)) var text: String
    @Option(name: .long, help: help(GuidanceText.itemsHelp)) var items: String
    @Option(name: .long, help: help(GuidanceText.dueHelp)) var due: String?
    @Option(name: .long, help: help(GuidanceText.ownerHelp)) var owner: String?

    func run() throws {
        let context = try common.context()
        let day = try guidanceDay(date, option: "--date")
        let dueDay = try due.map { try guidanceDay($0, option: "--due") }
        if let dueDay, dueDay < day { throw CLIError(GuidanceText.dueBeforeDate(dueDay, day)) }
        var refs: [ItemReference] = []
        for part in commaList(items) {
            guard let ref = ItemReference(text: part) else { throw CLIError(GuidanceText.badReference(part)) }
            refs.append(ref)
        }
        for (value, option) in [(number, "--number"), (issuer, "--issuer"), (text, "--text"), (owner ?? "", "--owner")] {
            _ = try plainText(value, option: option, multiline: option == "--text")
        }
        let store = try context.openStore()
        let configuration = try store.load().config.configuration
        let guidance = Guidance(
            id: "", number: number, date: day, issuer: configuration.guidanceIssuer(issuer), text: text, items: refs,
            due: dueDay, owner: owner, createdAt: context.now, createdBy: context.staff(configuration))
        let stored = try store.addGuidance(guidance, by: context.editor(configuration))
        print(stored.id)
    }
}

struct GuidanceRelay: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "relay", abstract: GuidanceText.relayAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: help(GuidanceText.idHelp)) var id: String
    @Option(name: .long, help: help(GuidanceText.unitsHelp)) var units: String?
    @Option(name: .long, help: help(GuidanceText.letterFormatHelp)) var format: ReportFormat?
    @Option(name: [.customShort("o"), .long], help: help(GuidanceText.letterOutputHelp)) var output: String?

    func run() throws {
        let context = try common.context()
        _ = try recordingDay(context)
        let store = try context.openStore()
        let dataset = try store.load().dataset
        guard let guidance = dataset.guidance.first(where: { $0.id == id }) else { throw CLIError(GuidanceText.unknownGuidance(id)) }
        let targets: [String]
        if let units {
            targets = commaList(units).reduce(into: []) { list, u in if !list.contains(u) { list.append(u) } }
            if targets.isEmpty { throw CLIError(GuidanceText.required("--units")) }
            if let unknown = targets.first(where: { dataset.unit($0) == nil }) { throw CLIError(GuidanceText.unknownUnit(unknown)) }
        } else {
            targets = guidance.raisingUnits(in: dataset.reports)
            if targets.isEmpty { throw CLIError(GuidanceText.noUnits) }
        }
        // The letter is written first: a target that cannot be written changes nothing.
        let letterFormat = format ?? output.flatMap { ReportFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .md
        if format != nil || output != nil {
            if letterFormat == .docx, output == nil, isatty(STDOUT_FILENO) != 0 { throw CLIError(CLIText.docxNeedsOutput) }
            var relayed = guidance
            for unit in targets where relayed.recipient(unit) == nil {
                relayed.recipients.append(GuidanceRecipient(unitID: unit, relayedOn: context.today))
            }
            let data: Data
            do {
                data = try GuidanceRelayLetter.data(
                    letterFormat, guidance: relayed, units: targets, dataset: dataset, issuedOn: context.today, language: context.language)
            } catch let failure as DocxWriter.Failure {
                throw StoreError.io(file: output ?? "docx", reason: failure.description)
            }
            try emit(data, to: output)
        }
        let configuration = dataset.configuration
        let stored = try store.relayGuidance(id: id, to: units == nil ? nil : targets, on: context.today, by: context.editor(configuration))
        if output != nil || format == nil {
            let items = Set(stored.items).count
            print(GuidanceText.relayed(stored.id, targets.count, items)(context.language))
        }
    }
}

struct GuidanceAck: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "ack", abstract: GuidanceText.ackAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: help(GuidanceText.idHelp)) var id: String
    @Option(name: .long, help: help(GuidanceText.unitHelp)) var unit: String
    @Option(name: .long, help: help(GuidanceText.noteHelp)) var note: String = ""

    func run() throws {
        let context = try common.context()
        _ = try recordingDay(context)
        _ = try plainText(note, option: "--note", multiline: true)
        let store = try context.openStore()
        let dataset = try store.load().dataset
        guard let guidance = dataset.guidance.first(where: { $0.id == id }) else { throw CLIError(GuidanceText.unknownGuidance(id)) }
        if dataset.unit(unit) == nil { throw CLIError(GuidanceText.unknownUnit(unit)) }
        if guidance.recipient(unit) == nil { throw CLIError(GuidanceText.notRelayedTo(id, unit)) }
        try store.acknowledgeGuidance(id: id, unitID: unit, on: context.today, note: note, by: context.editor(dataset.configuration))
        print(GuidanceText.acknowledged(id, dataset.unit(unit)?.name ?? unit, context.today)(context.language))
    }
}

struct GuidanceList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: GuidanceText.listAbstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: help(CLIText.formatHelp)) var format: Format = .table
    @Flag(name: .long, help: help(GuidanceText.failIfOverdueHelp)) var failIfOverdue = false

    struct Row: Encodable {
        struct Unit: Encodable {
            var unit: String
            var relayedOn: String
            var acknowledgedOn: String?
            var overdue: Bool

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(unit, forKey: .unit)
                try c.encode(relayedOn, forKey: .relayedOn)
                try c.encode(acknowledgedOn, forKey: .acknowledgedOn)
                try c.encode(overdue, forKey: .overdue)
            }

            enum CodingKeys: String, CodingKey { case unit, relayedOn, acknowledgedOn, overdue }
        }

        var id: String
        var number: String
        var date: String
        var issuer: String
        var text: String
        var owner: String?
        var items: [String]
        var due: String?
        var units: [Unit]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(number, forKey: .number)
            try c.encode(date, forKey: .date)
            try c.encode(issuer, forKey: .issuer)
            try c.encode(text, forKey: .text)
            try c.encode(owner, forKey: .owner)
            try c.encode(items, forKey: .items)
            try c.encode(due, forKey: .due)
            try c.encode(units, forKey: .units)
        }

        enum CodingKeys: String, CodingKey { case id, number, date, issuer, text, owner, items, due, units }
    }

    func run() throws {
        let context = try common.context()
        let dataset = try context.openStore().load().dataset
        let today = context.today
        let all = dataset.guidance.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let overdue = GuidanceAlerts.overdue(in: all, asOf: today)
        let l = context.language
        switch format {
        case .json:
            let rows = all.map { g in
                Row(
                    id: g.id, number: g.number, date: g.date.isoString, issuer: g.issuer, text: g.text, owner: g.owner,
                    items: g.items.map(\.text), due: g.due?.isoString,
                    units: g.recipients.map {
                        Row.Unit(
                            unit: $0.unitID, relayedOn: $0.relayedOn.isoString, acknowledgedOn: $0.acknowledgedOn?.isoString,
                            overdue: GuidanceAlerts.isOverdue($0, due: g.due, asOf: today))
                    })
            }
            let data = try JSONCodec.output(rows)
            FileHandle.standardOutput.write(data)
        case .table:
            if all.isEmpty {
                print(GuidanceText.none(l))
            } else {
                let headers = GuidanceText.listHeaders(l).split(separator: "\t").map(String.init)
                let body = all.map { g -> [String] in
                    let late = overdue.filter { $0.guidanceID == g.id }.count
                    return [
                        g.id, g.number, g.date.displayString, g.issuer, g.due?.displayString ?? "—", String(g.recipients.count),
                        String(g.recipients.filter(\.isAcknowledged).count), late == 0 ? "" : "✗ \(late)",
                    ].map { Text.printable($0) }
                }
                print(TextTable(headers: headers, rows: body, rightAligned: [5, 6]).render(), terminator: "")
            }
            print(GuidanceText.overdueCount(overdue.count)(l))
        }
        if failIfOverdue, !overdue.isEmpty { throw ExitCode(1) }
    }
}

/// `dlxh return`: a received report goes back to its unit for more (yêu cầu bổ sung).
struct ReturnCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "return", abstract: GuidanceText.returnAbstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, txt }

    @OptionGroup var common: CommonOptions
    @Argument(help: help(GuidanceText.reportIDHelp)) var reportID: String
    @Option(name: .long, help: help(GuidanceText.reasonHelp)) var reason: String
    @Option(name: .long, help: help(GuidanceText.letterFormatHelp)) var format: Format?
    @Option(name: [.customShort("o"), .long], help: help(GuidanceText.letterOutputHelp)) var output: String?

    func run() throws {
        let context = try common.context()
        _ = try recordingDay(context)
        _ = try plainText(reason, option: "--reason", multiline: true)
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw CLIError(GuidanceText.required("--reason")) }
        let store = try context.openStore()
        let dataset = try store.load().dataset
        guard var report = dataset.report(reportID) else { throw CLIError(GuidanceText.unknownReport(reportID)) }
        let configuration = dataset.configuration
        if let output {
            report.returnedForMore = ReturnRequest(on: context.today, by: context.staff(configuration), reason: Text.clean(reason))
            let markdown = (format ?? (URL(fileURLWithPath: output).pathExtension.lowercased() == "md" ? .md : .txt)) == .md
            try emit(Data(ReturnLetter.text(report: report, dataset: dataset, today: context.today, markdown: markdown).utf8), to: output)
        }
        try store.returnReport(id: reportID, reason: reason, on: context.today, by: context.editor(configuration))
        print(GuidanceText.returned(reportID, dataset.unit(report.unitID)?.name ?? report.unitID)(context.language))
    }
}
