/// A stream of opinion (luồng ý kiến): the same concern raised by several units in their own
/// words, over some months. dlxh suggests streams from the items' text; staff confirm them.
public struct OpinionStream: Sendable, Equatable {
    /// `S-…` for a stream staff confirmed, `s-REPORT-ITEM` (its first item) for a suggestion.
    public var id: String
    public var title: String
    /// The topic most of its items carry.
    public var topic: String
    public var confirmed: Bool
    /// Its items, oldest first.
    public var items: [ItemReference]
    /// The units that raised it, in the order they first did.
    public var units: [String]
    public var firstSeen: Period
    public var lastSeen: Period

    public init(
        id: String, title: String, topic: String, confirmed: Bool, items: [ItemReference], units: [String],
        firstSeen: Period, lastSeen: Period
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.confirmed = confirmed
        self.items = items
        self.units = units
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// The streams of a dataset: every item in exactly one stream (an item alone is a stream of one).
public enum OpinionStreams {
    /// One item as the grouping reads it.
    struct Entry {
        var ref: ItemReference
        var unitID: String
        var month: Period
        var item: OpinionItem
    }

    /// The month an item speaks of: its report's month, or the month it was received for a
    /// quarterly or longer report.
    public static func month(of report: Report) -> Period {
        report.period.kind == .month ? report.period : Period.containing(report.receivedOn)
    }

    static func entries(_ dataset: Dataset, through end: Period?) -> [Entry] {
        // Ordered by month, report and item number: the reports sorted first, then each one's
        // items (a report's id compared once per report, not once per item).
        var reports: [(month: Period, report: Report)] = []
        for report in dataset.reports {
            let month = month(of: report)
            if let end, month > end { continue }
            reports.append((month, report))
        }
        reports.sort { ($0.month, $0.report.id) < ($1.month, $1.report.id) }
        var out: [Entry] = []
        for (month, report) in reports {
            let items = report.items.map { (number: itemNumber($0.id), item: $0) }.sorted { $0.number < $1.number }
            for (_, item) in items {
                out.append(Entry(ref: ItemReference(reportID: report.id, itemID: item.id), unitID: report.unitID, month: month, item: item))
            }
        }
        return out
    }

    static func itemNumber(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }

    /// Every stream raised up to the end of `period` that has an item in it, with only the
    /// period's items listed; `firstSeen` and `lastSeen` span the stream's whole history.
    public static func streams(in dataset: Dataset, period: Period, clustering: StreamClustering = StreamClustering())
        -> [OpinionStream]
    {
        let end = Period.containing(period.lastDay)
        return restricted(streams(in: dataset, through: end, clustering: clustering), to: period, in: dataset)
    }

    /// `all`, the streams up to the end of `period` (`streams(in:through:)`), as the period shows
    /// them: those with an item in it, with only its items and units, titled by them unless staff
    /// named the stream. (The streams panel keeps `all` too: a decision is about a whole stream.)
    public static func restricted(_ all: [OpinionStream], to period: Period, in dataset: Dataset) -> [OpinionStream] {
        let end = Period.containing(period.lastDay)
        let named = dataset.streamDecisions.namedStreams
        let entries = Dictionary(self.entries(dataset, through: end).map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        return all.compactMap { stream in
            var inPeriod = stream
            inPeriod.items = stream.items.filter { ref in entries[ref].map { period.contains($0.month.firstDay) } ?? false }
            guard !inPeriod.items.isEmpty else { return nil }
            var units: [String] = []
            for ref in inPeriod.items { if let unit = entries[ref]?.unitID, !units.contains(unit) { units.append(unit) } }
            inPeriod.units = units
            // A suggested title is said by the stream's own items of the period: the item nearest
            // their centre. Taken over the stream's whole history, a quarter's stream was headed by
            // a concern none of its quarter's items raised (walkthrough, 2 December 2026). A staff
            // title stays; a stream wholly in the period keeps the title its items already gave it.
            if !named.contains(stream.id), inPeriod.items.count < stream.items.count {
                let own = inPeriod.items.compactMap { entries[$0]?.item.content }
                if !own.isEmpty { inPeriod.title = centralTitle(own) }
            }
            return inPeriod
        }
    }

    /// Every stream of the dataset's items up to `end` (all of them when nil).
    public static func streams(in dataset: Dataset, through end: Period? = nil, clustering: StreamClustering = StreamClustering())
        -> [OpinionStream]
    {
        let entries = entries(dataset, through: end)
        let inputs = entries.map {
            StreamClustering.Input(key: "\($0.ref.reportID)/\($0.ref.itemID)", month: $0.month, topic: $0.item.topic, text: $0.item.content)
        }
        // One set of vectors serves the grouping and the titles: reading the text is most of the cost.
        let vectors = Vectors(texts: inputs.map(\.text))
        let suggested = clustering.cluster(inputs, vectors: vectors)
        // Staff decisions win over the suggestions (`StreamDecisions`).
        let decisions = dataset.streamDecisions
        var centroids: [Int: SparseVector] = [:]  // a staff stream's centre, by its first member
        let groups: [(decision: StreamDecision?, members: [Int])] =
            decisions.streams.isEmpty
            ? suggested.map { (nil, $0) }
            : decisions.assign(suggested: suggested, refs: entries.map(\.ref)) { item, members in
                let centre = centroids[members[0]] ?? Vectors.sum(members.map { vectors.items[$0] })
                centroids[members[0]] = centre
                return Vectors.cosine(vectors.items[item], centre)
            }
        return groups.map { decision, group in
            let members = group.map { entries[$0] }
            var units: [String] = []
            for m in members where !units.contains(m.unitID) { units.append(m.unitID) }
            let topic = clustering.majorityTopic(group, inputs)
            let first = members[0].ref
            // The title: the item nearest the stream's centre says it best.
            let suggestedTitle = { title(entries[group[Vectors.nearestCentre(group.map { vectors.items[$0] })]].item.content) }
            return OpinionStream(
                id: decision?.id ?? "s-\(first.reportID)-\(first.itemID)", title: decision?.title ?? suggestedTitle(), topic: topic,
                confirmed: decision?.confirmed ?? false, items: members.map(\.ref), units: units, firstSeen: members.map(\.month).min()!,
                lastSeen: members.map(\.month).max()!)
        }
    }

    /// A stream's title from the texts of its items in a period: the first sentence of the item
    /// nearest their centre, so the title says what an item of that period said.
    public static func centralTitle(_ texts: [String]) -> String {
        guard texts.count > 1 else { return texts.first.map(title) ?? "" }
        return title(texts[Vectors.nearestCentre(Vectors(texts: texts).items)])
    }

    /// A title from an item's text: its first sentence, cut at a word before 90 characters.
    static func title(_ text: String) -> String {
        // A sentence ends at ". ", "; " or a line break, not inside "200.000" or "1/1/2026".
        var firstSentence = text
        for mark in [". ", "; ", "\n"] {
            if let range = firstSentence.range(of: mark) { firstSentence = String(firstSentence[..<range.lowerBound]) }
        }
        let trimmed = firstSentence.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 90 else { return trimmed }
        let cut = trimmed.prefix(90)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }
}
