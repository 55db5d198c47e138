import DLXHDomain

extension StreamsScreen {
    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        let l = context.language
        guard let month else { return }
        let width = area.width - 2
        if let stream = openedStream {
            streamView(stream, context, area: area, into: &grid)
            return
        }
        let itemCount = streams.reduce(0) { $0 + $1.items.count }
        grid.put(WordFit.cut(StreamsUI.heading(month.label(l), streams.count, itemCount)(l), width), x: 1, y: area.y, style: .accent)
        guard !streams.isEmpty else {
            grid.put(StreamsUI.none(l), x: 2, y: area.y + 2, style: .dim, limit: area.width - 4)
            return
        }
        let columns = [
            TableColumn("", .fixed(1)),
            TableColumn(StreamsUI.colStream(l), .flexible(minimum: 20), wordCut: true),
            TableColumn(StreamsUI.colUnits(l), .fixed(12), alignRight: true),
            TableColumn(StreamsUI.colItems(l), .fixed(6), alignRight: true),
            TableColumn(StreamsUI.colAttitude(l), .fixed(16), wordCut: true),
        ]
        let configuration = context.configuration
        let footer = 1
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: width, height: area.maxY - area.y - 1 - footer), columns: columns,
            count: streams.count,
            row: { i in
                let s = streams[i]
                let main = attitudeMix(s, configuration, l).first.map { "\(Self.short($0.label)) \($0.count)" } ?? ""
                return TableRow(
                    [s.confirmed ? "✓" : "", s.title, StreamsUI.units(s.units.count, owing)(l), "\(s.items.count)", main],
                    cellStyles: s.confirmed ? [0: .ok] : [:])
            }, state: list)
        if let s = selectedStream {
            let mix = attitudeMix(s, configuration, l).map { "\($0.label) \($0.count)" }.joined(separator: " · ")
            grid.put(WordFit.cut(StreamsUI.attitudes(mix)(l), width), x: 1, y: area.maxY - 1, style: .dim)
        }
    }

    func streamView(_ stream: OpinionStream, _ context: ScreenContext, area: Rect, into grid: inout Grid) {
        let l = context.language
        let width = area.width - 2
        let mark = stream.confirmed ? StreamsUI.confirmedMark(l) : StreamsUI.suggestedMark(l)
        let markWidth = DisplayWidth.of(mark)
        grid.put(WordFit.cut(stream.title, width - markWidth - 2), x: 1, y: area.y, style: Style(bold: true))
        grid.put(mark, x: area.x + area.width - 1 - markWidth, y: area.y, style: stream.confirmed ? .ok : .dim)
        let topic = context.configuration.topic(stream.topic)?.label(l) ?? stream.topic
        let facts = StreamsUI.units(stream.units.count, owing)(l) + " · "
            + StreamsUI.seen(stream.items.count, Self.monthYear(stream.firstSeen), Self.monthYear(stream.lastSeen))(l)
        grid.put(WordFit.cut(facts, width), x: 1, y: area.y + 1, style: .dim)
        let mix = attitudeMix(stream, context.configuration, l).map { "\($0.label) \($0.count)" }.joined(separator: " · ")
        grid.put(WordFit.cut(StreamsUI.topic(topic)(l) + " · " + StreamsUI.attitudes(mix)(l), width), x: 1, y: area.y + 2, style: .dim)
        let columns = [
            TableColumn(StreamsUI.colUnit(l), .fixed(20), wordCut: true),
            TableColumn(StreamsUI.colText(l), .flexible(minimum: 20), wordCut: true),
        ]
        let top = area.y + 3
        let footer = 2
        Table.render(
            into: &grid, rect: Rect(x: 1, y: top, width: width, height: area.maxY - top - footer), columns: columns,
            count: stream.items.count,
            row: { i in
                let line = items[stream.items[i]]
                return TableRow([line.map { ShortName.unit($0.unitName) } ?? "", line?.text ?? stream.items[i].text])
            }, state: itemList)
        // The selected item's text in full, over the last lines, as far as it goes.
        if let ref = selectedItem, let line = items[ref] {
            let lines = WordFit.wrap(line.text, width)
            for (k, text) in lines.prefix(footer).enumerated() {
                let shown = k == footer - 1 && lines.count > footer ? WordFit.cut(text + " " + lines[footer...].joined(separator: " "), width) : text
                grid.put(shown, x: 1, y: area.maxY - footer + k, style: .plain)
            }
        }
    }

    /// "11/2026".
    static func monthYear(_ period: Period) -> String {
        let first = period.firstDay
        return (first.month < 10 ? "0" : "") + "\(first.month)/\(first.year)"
    }
}
