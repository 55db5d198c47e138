import DLXHDomain

extension TrendsScreen {
    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        let l = context.language
        var x = 1
        for v in View.allCases {
            x = grid.put(" \(Self.viewTitle(v)(l)) ", x: x, y: area.y, style: v == view ? .reverse : .dim) + 1
        }
        guard let month else { return }
        let monthLabel = l == .vi ? month.label(l).prefix(1).lowercased() + month.label(l).dropFirst() : month.label(l)
        grid.put(WordFit.cut(TrendsText.heading(Self.months, monthLabel)(l), area.width - 2), x: 1, y: area.y + 1, style: .accent, limit: area.width - 2)
        var top = area.y + 2
        if view == .streams, !rising.isEmpty {
            let changes = rising.map { "+\($0.change)" }.joined(separator: ", ")
            grid.put(WordFit.cut(TrendsText.risingFastest(rising.count, changes)(l), area.width - 2), x: 1, y: top, style: .warning, limit: area.width - 2)
            top += 1
        }
        let rows = rows()
        guard !rows.isEmpty else {
            grid.put(WordFit.cut(TrendsText.none(l), area.width - 4), x: 2, y: top + 1, style: .dim, limit: area.width - 4)
            return
        }
        let columns = [
            TableColumn(Self.viewTitle(view)(l), .flexible(minimum: 12), wordCut: true),
            TableColumn(TrendsText.colMonths(Self.months)(l), .fixed(Self.months)),
            TableColumn(TrendsText.colMonth(month), .fixed(6), alignRight: true),
            TableColumn(TrendsText.colMonth(month.previous), .fixed(6), alignRight: true),
            TableColumn(TrendsText.colChange(l), .fixed(5), alignRight: true),
        ]
        let configuration = context.configuration
        Table.render(
            into: &grid, rect: Rect(x: 1, y: top, width: area.width - 2, height: area.maxY - top), columns: columns, count: rows.count,
            row: { i in
                let s = rows[i]
                let change = s.change > 0 ? "+\(s.change)" : s.change < 0 ? "−\(-s.change)" : "0"
                let style: Style = s.change > 0 ? .warning : s.change < 0 ? .ok : .plain
                return TableRow(
                    [label(s, configuration, l), Trends.sparkline(s.counts), "\(s.current)", "\(s.previous)", change],
                    cellStyles: [4: style])
            }, state: list)
    }

    func label(_ s: MonthlySeries, _ configuration: Configuration, _ l: Language) -> String {
        switch view {
        case .topics: configuration.topic(s.key)?.label(l) ?? s.key
        case .attitudes: configuration.attitude(s.key)?.label(l) ?? s.key
        case .streams: s.title
        }
    }

    static func viewTitle(_ view: View) -> Localized {
        switch view {
        case .topics: TrendsText.viewTopics
        case .attitudes: TrendsText.viewAttitudes
        case .streams: TrendsText.viewStreams
        }
    }
}
