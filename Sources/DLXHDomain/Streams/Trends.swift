/// How concerns move over the months: for each topic, attitude and stream of opinion, the items
/// of the last months, the change on the month before, and the streams rising fastest. Items are
/// counted as section II of the consolidated report counts them (no rumour, nothing verified
/// untrue, no hot spot's item), except that an item still waiting to be classified counts too
/// (`Dataset.opinionItems(raised:)`): a month being classified must not look like a fall. Once
/// a month is classified, the trends and the report give the same figures.
public struct MonthlySeries: Sendable, Equatable {
    /// The topic or attitude id, or the stream's id.
    public var key: String
    /// The stream's title; empty for a topic or attitude (the vocabulary labels them).
    public var title: String
    /// The months counted, oldest first, and the items of each.
    public var months: [Period]
    public var counts: [Int]

    public var current: Int { counts.last ?? 0 }
    public var previous: Int { counts.count >= 2 ? counts[counts.count - 2] : 0 }
    /// The change on the month before: positive when rising.
    public var change: Int { current - previous }
    public var total: Int { counts.reduce(0, +) }
}

public enum Trends {
    /// The months ending with `end`, oldest first.
    public static func window(through end: Period, months: Int) -> [Period] {
        (0..<max(1, months)).map { end.advanced(by: $0 - max(1, months) + 1) }
    }

    /// Every topic's series, most items in the last month first; topics with no item in the
    /// window are left out.
    public static func topics(_ dataset: Dataset, through end: Period, months: Int = 12) -> [MonthlySeries] {
        series(dataset, through: end, months: months) { $0.topic }
    }

    /// Every attitude's series, in the same order.
    public static func attitudes(_ dataset: Dataset, through end: Period, months: Int = 12) -> [MonthlySeries] {
        series(dataset, through: end, months: months) { $0.attitude }
    }

    /// Every stream with an item in the window (grouped over the window alone: a trend needs
    /// no older history, and ten years would cost seconds).
    public static func streams(_ dataset: Dataset, through end: Period, months: Int = 12) -> [MonthlySeries] {
        let window = window(through: end, months: months)
        var recent = dataset
        recent.reports = dataset.reports.filter { window.contains(OpinionStreams.month(of: $0)) }
        let told = recent.opinionItems(raised: true)
        let monthOf = Dictionary(
            recent.reports.flatMap { r in r.items.map { (ItemReference(reportID: r.id, itemID: $0.id), OpinionStreams.month(of: r)) } },
            uniquingKeysWith: { a, _ in a })
        return OpinionStreams.streams(in: recent, through: end).compactMap { stream in
            var counts = Array(repeating: 0, count: window.count)
            for ref in stream.items where told.contains(ref) {
                if let month = monthOf[ref], let i = window.firstIndex(of: month) { counts[i] += 1 }
            }
            guard counts.contains(where: { $0 > 0 }) else { return nil }
            return MonthlySeries(key: stream.id, title: stream.title, months: window, counts: counts)
        }.sorted { ($0.current, $0.total, $1.key) > ($1.current, $1.total, $0.key) }
    }

    /// The series that rose most on the month before (only those that rose), the larger
    /// first when they rose alike.
    public static func risingFastest(_ series: [MonthlySeries], count: Int = 5) -> [MonthlySeries] {
        Array(series.filter { $0.change > 0 }.sorted { ($0.change, $0.current, $1.key) > ($1.change, $1.current, $0.key) }.prefix(count))
    }

    /// One bar per month, ▁ to █ scaled to the largest month; a month with none is a space, so
    /// "none" and "a few" look different.
    public static func sparkline(_ counts: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let top = counts.max() ?? 0
        return String(counts.map { n -> Character in
            guard n > 0, top > 0 else { return " " }
            return bars[min(bars.count - 1, (n * bars.count - 1) / top)]
        })
    }

    static func series(_ dataset: Dataset, through end: Period, months: Int, key: (OpinionItem) -> String) -> [MonthlySeries] {
        let window = window(through: end, months: months)
        let index = Dictionary(uniqueKeysWithValues: window.enumerated().map { ($1, $0) })
        let reports = dataset.reports.filter { index[OpinionStreams.month(of: $0)] != nil }
        var recent = dataset
        recent.reports = reports
        let told = recent.opinionItems(raised: true)
        var counts: [String: [Int]] = [:]
        for report in reports {
            let i = index[OpinionStreams.month(of: report)]!
            for item in report.items where told.contains(ItemReference(reportID: report.id, itemID: item.id)) {
                counts[key(item), default: Array(repeating: 0, count: window.count)][i] += 1
            }
        }
        return counts.map { MonthlySeries(key: $0.key, title: "", months: window, counts: $0.value) }
            .sorted { ($0.current, $0.total, $1.key) > ($1.current, $1.total, $0.key) }
    }
}
