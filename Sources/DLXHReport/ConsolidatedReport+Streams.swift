import DLXHDomain

extension ConsolidatedReport {
    /// A stream of opinion within a topic of section II: the same concern raised by several
    /// units in their own words (`OpinionStreams`), told with how many units raised it and
    /// which, its attitude mix, a quotation or two and the proposals merged.
    public struct StreamEntry: Hashable, Sendable {
        public var title: String
        public var items: [ItemReference]
        public var unitIDs: [String]
        public var unitNames: [String]
        public var attitudes: [Tally]
        /// At most `quotesPerStream`, the most widely held first.
        public var quotes: [Quote]
        /// Each distinct proposal once, with every unit that made it.
        public var proposals: [Quote]
        /// The stream's items in the month before, for a monthly report; nil for a synthesis.
        public var previousMonth: Int?
    }

    /// How many quotations a stream shows: enough to give its flavour, few enough to read.
    public static let quotesPerStream = 2
    /// How many distinct proposals a stream lists before saying how many more there are.
    public static let proposalsPerStream = 3

    /// The streams of each topic's opinion items, the widest first. Streams are grouped over the
    /// twelve months up to the period's end (a concern raised again joins its stream), within
    /// each topic, so a topic's streams hold exactly its items.
    static func streamsByTopic(
        _ opinion: [Cited], dataset: Dataset, period: Period, monthBefore: [ItemReference: String]?, config: Configuration,
        unitName: (String) -> String
    ) -> [String: [StreamEntry]] {
        guard !opinion.isEmpty else { return [:] }
        let end = Period.containing(period.lastDay)
        let start = min(end.advanced(by: -11), Period.containing(period.firstDay))
        var window = dataset
        window.reports = dataset.reports.filter { (start...end).contains(OpinionStreams.month(of: $0)) }
        let streams = OpinionStreams.streams(in: window, through: end)
        let named = dataset.streamDecisions.namedStreams
        var streamOf: [ItemReference: Int] = [:]
        for (s, stream) in streams.enumerated() { for ref in stream.items { streamOf[ref] = s } }
        var out: [String: [StreamEntry]] = [:]
        for (topic, cited) in Dictionary(grouping: opinion, by: \.item.topic) {
            let byStream = Dictionary(grouping: cited) { streamOf[$0.reference] ?? -1 }
            var entries: [StreamEntry] = []
            for (s, members) in byStream {
                var units: [String] = []
                for c in members where !units.contains(c.report.unitID) { units.append(c.report.unitID) }
                let ranked = members.sorted { (rank($0.item.breadth), rank($0.item.scope)) < (rank($1.item.breadth), rank($1.item.scope)) }
                // The stream's opinion items of this topic in the month before.
                let previous = monthBefore.map { before in s < 0 ? 0 : streams[s].items.filter { before[$0] == topic }.count }
                let withProposal = members.filter { !$0.item.proposal.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                entries.append(StreamEntry(
                    // Staff's title, or what the period's own items say (`centralTitle`): the stream's
                    // title over twelve months headed a quarter's items with a concern they did not raise.
                    title: s >= 0 && named.contains(streams[s].id)
                        ? streams[s].title : OpinionStreams.centralTitle(members.map(\.item.content)),
                    items: members.map(\.reference),
                    unitIDs: units, unitNames: units.map(unitName), attitudes: attitudeTally(members, config),
                    quotes: Array(quotations(ranked, text: \.item.content).prefix(quotesPerStream)),
                    proposals: quotations(withProposal, text: \.item.proposal), previousMonth: previous))
            }
            // The widest first: most units, then most items, then the earliest item.
            out[topic] = entries.sorted {
                ($0.unitIDs.count, $0.items.count, $1.items[0].reportID, $1.items[0].itemID)
                    > ($1.unitIDs.count, $1.items.count, $0.items[0].reportID, $0.items[0].itemID)
            }
        }
        return out
    }
}
