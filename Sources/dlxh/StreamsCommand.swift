import ArgumentParser
import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

/// `dlxh streams`: the streams of opinion of a period (a month, quarter, half-year or year): the
/// same concern raised by several units in their own words. Every item of the period's reports
/// is in exactly one stream; an item alone is a stream of one.
struct StreamsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "streams", abstract: StreamsText.abstract(HelpLanguage.current))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(StreamsText.periodHelp))
    var period: String?

    @Option(name: .long, help: help(CLIText.formatHelp))
    var format: Format = .table

    /// The JSON contract: exactly these keys.
    struct Row: Encodable {
        var id: String
        var title: String
        var topic: String
        var confirmed: Bool
        var units: [String]
        var items: [String]
        var firstSeen: String
        var lastSeen: String
    }

    func run() throws {
        let context = try common.context()
        let period = try context.period(period)
        let dataset = try context.openStore().load().dataset
        let streams = OpinionStreams.streams(in: dataset, period: period)
            .sorted { ($1.units.count, $1.items.count, $0.id) < ($0.units.count, $0.items.count, $1.id) }
        switch format {
        case .json:
            let rows = streams.map {
                Row(
                    id: $0.id, title: $0.title, topic: $0.topic, confirmed: $0.confirmed, units: $0.units,
                    items: $0.items.map { "\($0.reportID)/\($0.itemID)" }, firstSeen: $0.firstSeen.id, lastSeen: $0.lastSeen.id)
            }
            let data = try JSONCodec.output(rows)
            FileHandle.standardOutput.write(data)
        case .table:
            let l = context.language
            let units = dataset.units.filter { $0.isActive(during: period) && $0.mustReport }.count
            let headers = StreamsText.headers(l)
            let body = streams.map { stream -> [String] in
                [
                    String(stream.units.count) + "/" + String(units), String(stream.items.count),
                    dataset.configuration.topic(stream.topic)?.label(l) ?? stream.topic,
                    "\(stream.firstSeen.id)…\(stream.lastSeen.id)", (stream.confirmed ? "✓ " : "") + stream.title,
                ].map { Text.printable($0) }
            }
            print(TextTable(headers: headers, rows: body).render(), terminator: "")
            print(StreamsText.total(streams.count, streams.reduce(0) { $0 + $1.items.count }, period.id)(l))
        }
    }
}

/// The command's own words.
enum StreamsText {
    static let abstract = Localized(
        vi: "Các luồng ý kiến của một kỳ: cùng một mối quan tâm do nhiều đơn vị phản ánh.",
        en: "The streams of opinion of a period: one concern raised by several units.")
    static let periodHelp = Localized(
        vi: "Kỳ: YYYY-MM, YYYY-Qn, YYYY-Hn hoặc YYYY (mặc định: tháng hiện tại).",
        en: "Period: YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY (default: the current month).")
    static func headers(_ l: Language) -> [String] {
        l == .vi ? ["Đơn vị", "Ý kiến", "Chủ đề", "Từ…đến", "Luồng ý kiến"] : ["Units", "Items", "Topic", "Seen", "Stream"]
    }
    static func total(_ streams: Int, _ items: Int, _ period: String) -> Localized {
        Localized(vi: "\(streams) luồng ý kiến, \(items) ý kiến, kỳ \(period)", en: "\(English.count(streams, "stream")), \(English.count(items, "item")), period \(period)")
    }
}
