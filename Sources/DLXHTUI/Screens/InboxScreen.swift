import DLXHDomain

/// Hộp thư đến: reports newest received first, a live filter, and a pager for one report.
enum InboxScreen {
    static let listBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.enter, .character("l"), .right], "Enter", UIText.keyOpen, .open, status: "Enter"),
        KeyBinding([.character("/")], "/", UIText.keyFilter, .filter, status: "/"),
        KeyBinding([.character("n")], "n", UIText.keyNextMatch, .nextMatch),
        KeyBinding([.character("N")], "N", UIText.keyNextMatch, .previousMatch),
        KeyBinding([.escape], "Esc", UIText.keyBack, .back),
    ]

    static let pagerBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyMove, .moveUp, status: "↑↓"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyMove, .moveDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", UIText.keyPage, .pageUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", UIText.keyPage, .pageDown),
        KeyBinding([.character("g"), .home], "g", UIText.keyFirstLast, .first),
        KeyBinding([.character("G"), .end], "G", UIText.keyFirstLast, .last),
        KeyBinding([.character("n")], "n", UIText.keyNextMatch, .nextMatch, status: "n/N"),
        KeyBinding([.character("N")], "N", UIText.keyNextMatch, .previousMatch),
        KeyBinding([.escape, .character("h"), .left], "Esc", UIText.keyBack, .back, status: "Esc"),
    ]

    /// Indices of the reports whose folded text contains every word of the query.
    static func filtered(_ derived: Derived, query: String) -> [Int] {
        let words = Text.fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return Array(derived.inbox.indices) }
        return derived.inbox.indices.filter { i in words.allSatisfy { derived.inboxKeys[i].contains($0) } }
    }

    /// Typing into the filter line; nil when the key is not for it.
    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard state.inbox.editingFilter else { return nil }
        switch key {
        case .enter:
            state.inbox.editingFilter = false
        case .escape:
            state.inbox.editingFilter = false
            state.inbox.filter.set("")
            refilter(&state)
        case .up, .down, .pageUp, .pageDown:
            state.inbox.editingFilter = false
            return nil
        default:
            if state.inbox.filter.handle(key) { refilter(&state) }
        }
        return []
    }

    static func refilter(_ state: inout AppState) {
        state.inbox.visible = filtered(state.derived, query: state.inbox.filter.text)
        state.inbox.list.select(0, count: state.inbox.visible.count)
    }

    static func perform(_ command: Command, state: inout AppState) {
        let page = max(1, state.bodyHeight - 2)
        if let id = state.inbox.openReportID {
            let lines = pagerLines(state, reportID: id, width: state.width - 2)
            let visible = max(1, state.bodyHeight)
            let maxOffset = max(0, lines.count - visible)
            switch command {
            case .moveUp: state.inbox.pagerOffset -= 1
            case .moveDown: state.inbox.pagerOffset += 1
            case .pageUp: state.inbox.pagerOffset -= visible - 1
            case .pageDown: state.inbox.pagerOffset += visible - 1
            case .first: state.inbox.pagerOffset = 0
            case .last: state.inbox.pagerOffset = maxOffset
            case .nextMatch, .previousMatch:
                let query = state.inbox.filter.text
                let matches = lines.indices.filter { !FoldedMatch.ranges(of: query, in: lines[$0].text).isEmpty }
                let current = state.inbox.pagerOffset
                let target =
                    command == .nextMatch
                    ? matches.first { $0 > current } ?? matches.first
                    : matches.last { $0 < current } ?? matches.last
                if let target { state.inbox.pagerOffset = target }
            case .back:
                state.inbox.openReportID = nil
            default: break
            }
            state.inbox.pagerOffset = min(max(0, state.inbox.pagerOffset), maxOffset)
            return
        }
        let count = state.inbox.visible.count
        if state.inbox.list.handle(command, count: count, page: page) { return }
        switch command {
        case .open:
            guard state.inbox.visible.indices.contains(state.inbox.list.selected) else { return }
            state.inbox.openReportID = state.derived.inbox[state.inbox.visible[state.inbox.list.selected]].id
            state.inbox.pagerOffset = 0
        case .filter:
            state.inbox.editingFilter = true
        case .nextMatch: state.inbox.list.move(by: 1, count: count)
        case .previousMatch: state.inbox.list.move(by: -1, count: count)
        case .back:
            if !state.inbox.filter.text.isEmpty {
                state.inbox.filter.set("")
                refilter(&state)
            }
        default: break
        }
    }

    static func columns(_ language: Language) -> [TableColumn] {
        [
            TableColumn(UIText.colReceived(language), .fixed(10)),
            TableColumn(UIText.colUnit(language), .flexible(minimum: 12)),
            TableColumn(UIText.colPeriod(language), .fixed(7)),
            TableColumn(UIText.colKind(language), .fixed(8)),
            TableColumn(UIText.colChannel(language), .fixed(10)),
            TableColumn(UIText.colItems(language), .fixed(3), alignRight: true),
            TableColumn(UIText.colStep(language), .fixed(4), alignRight: true),
            TableColumn("!", .fixed(1)),
        ]
    }

    static func row(_ report: Report, _ state: AppState) -> TableRow {
        let language = state.language
        let hot = state.derived.reportsWithHotSpot.contains(report.id)
        return TableRow(
            [
                report.receivedOn.displayString, state.derived.unitName(report.unitID), report.period.id,
                Format.kind(report.kind)(language), report.channel.label(language),
                report.nothingToReport ? "–" : String(report.items.count), String(report.step.rawValue), hot ? "!" : "",
            ],
            style: .plain, cellStyles: hot ? [7: .danger] : [:])
    }

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        if let id = state.inbox.openReportID {
            drawPager(state, reportID: id, into: &grid, area: area)
            return
        }
        let visible = state.inbox.visible
        if visible.isEmpty {
            grid.put(UIText.empty(state.language), x: 2, y: area.y + 2, style: .dim)
        }
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height),
            columns: columns(state.language), count: visible.count, row: { row(state.derived.inbox[visible[$0]], state) },
            state: state.inbox.list, highlight: state.inbox.filter.text)
    }

    static func drawFilterLine(_ state: AppState, into grid: inout Grid, y: Int) {
        let language = state.language
        var x = grid.put(UIText.filterPrompt(language) + " ", x: 1, y: y, style: .accent)
        let count = " " + UIText.filterCount(state.inbox.visible.count, state.derived.inbox.count)(language)
        let width = max(8, state.width - x - DisplayWidth.of(count) - 2)
        state.inbox.filter.render(into: &grid, x: x, y: y, width: width, focused: state.inbox.editingFilter)
        x += width
        grid.put(count, x: x + 1, y: y, style: .dim)
    }

    /// One line of the pager: text and style.
    struct PagerLine {
        var text: String
        var style: Style
    }

    /// The open report as lines: its header, then each item with its classification.
    static func pagerLines(_ state: AppState, reportID: String, width: Int) -> [PagerLine] {
        guard let dataset = state.dataset, let report = dataset.report(reportID) else { return [] }
        let l = state.language
        let config = dataset.configuration
        var lines: [PagerLine] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in TextArea.wrap(text, width: max(10, width - indent)) {
                lines.append(PagerLine(text: pad + line.text.trimmingTrailingSpaces(), style: style))
            }
        }
        add("\(state.derived.unitName(report.unitID)) – \(report.period.label(l))", .accent)
        add(
            "\(UIText.colKind(l)): \(report.kind.label(l)) · \(UIText.colChannel(l)): \(report.channel.label(l)) · "
                + "\(UIText.colReceived(l)): \(report.receivedOn.displayString)")
        add("\(UIText.documentNumber(l)): \(report.documentNumber.isEmpty ? "—" : report.documentNumber) · \(UIText.step(l)): \(report.step.rawValue) – \(report.step.label(l)) · \(report.id)", .dim)
        if !report.summary.isEmpty { add("\(UIText.summary(l)): \(report.summary)") }
        if report.nothingToReport { add(UIText.nothingToReport(l), .bold) }
        lines.append(PagerLine(text: "", style: .plain))
        if !report.items.isEmpty { add("\(UIText.items(l)) (\(report.items.count))", .bold) }
        for (n, item) in report.items.enumerated() {
            let topic = config.topic(item.topic)?.label(l) ?? item.topic
            add("\(n + 1). [\(topic)] \(item.content)", .plain)
            let attitude = config.attitude(item.attitude)?.label(l) ?? item.attitude
            add(
                "\(UIText.attitude(l)): \(attitude) · \(UIText.nature(l)): \(item.nature.label(l)) · "
                    + "\(UIText.verification(l)): \(item.verification.label(l)) · \(UIText.step(l)): \(item.step.rawValue)",
                .dim, indent: 3)
            add(
                "\(UIText.source(l)): \(item.source.label(l)) · \(UIText.target(l)): \(item.targetGroup.label(l)) · "
                    + "\(UIText.breadth(l)): \(item.breadth.label(l)) · \(UIText.scope(l)): \(item.scope.label(l))",
                .dim, indent: 3)
            if !item.proposal.isEmpty {
                add("\(UIText.proposal(l)): \(item.proposal)\(item.proposalTo.isEmpty ? "" : " → \(item.proposalTo)")", indent: 3)
            }
            if !item.stepNote.isEmpty { add(item.stepNote, .dim, indent: 3) }
        }
        return lines
    }

    static func drawPager(_ state: AppState, reportID: String, into grid: inout Grid, area: Rect) {
        let lines = pagerLines(state, reportID: reportID, width: area.width - 2)
        let query = state.inbox.filter.text
        for (i, line) in lines.dropFirst(state.inbox.pagerOffset).prefix(area.height).enumerated() {
            grid.put(line.text, x: 1, y: area.y + i, style: line.style, limit: area.width - 2)
            if !query.isEmpty { Highlight.mark(query, in: line.text, grid: &grid, x: 1, y: area.y + i, limit: area.width - 2) }
        }

    }
}
