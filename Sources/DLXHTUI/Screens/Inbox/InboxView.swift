import DLXHDomain
import Foundation

extension InboxScreen {
    // MARK: Drawing

    /// From 130 columns the unit's name stops growing and the rest of the width shows what the
    /// report says (its summary, else its items), which is what a wide screen is for.
    static func columns(_ language: Language, width: Int = 80) -> [TableColumn] {
        let wide = width >= 130
        return [
            TableColumn(" ", .fixed(1)),
            TableColumn(UIText.colReceived(language), .fixed(10)),
            TableColumn(UIText.colUnit(language), wide ? .fixed(40) : .flexible(minimum: 12), forms: ShortName.unitShortForms),
            TableColumn(UIText.colPeriod(language), .fixed(7)),
            TableColumn(UIText.colKind(language), .fixed(8)),
            TableColumn(UIText.colChannel(language), .fixed(10)),
            TableColumn(UIText.colItems(language), .fixed(3), alignRight: true),
            TableColumn(UIText.colStep(language), .fixed(4), alignRight: true),
            TableColumn("!", .fixed(1)),
        ] + (wide ? [TableColumn(UIText.summary(language), .flexible(minimum: 20))] : [])
    }

    func row(_ report: Report, _ context: ScreenContext) -> TableRow {
        let language = context.language
        let hot = context.derived.reportsWithHotSpot.contains(report.id)
        let unread = !context.readReports.contains(report.id)
        let mark = taggedReports.contains(report.id) ? "*" : report.archived ? "a" : unread ? "•" : ""
        var style = Style.plain
        if unread { style.bold = true }
        if report.archived { style.dim = true }
        return TableRow(
            [
                mark, report.receivedOn.displayString, context.derived.unitName(report.unitID), report.period.id,
                Format.kind(report.kind)(language), report.channel.label(language),
                report.nothingToReport ? "–" : String(report.items.count), String(report.step.rawValue), hot ? "!" : "",
                Self.rowText(report),
            ],
            style: style, cellStyles: hot ? [8: .danger] : [:])
    }

    /// A report's text for its row: on one line, and no longer than the widest row can show
    /// (a report's items joined can run to pages; each row drawn would copy them all).
    static func rowText(_ report: Report) -> String {
        var text = report.summary
        if text.isEmpty {
            for item in report.items {
                if !text.isEmpty { text += " · " }
                text += item.content
                if text.utf8.count > 4 * rowTextLength { break }
            }
        }
        if text.utf8.count > rowTextLength { text = String(text.prefix(rowTextLength)) }
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }

    /// More characters than the widest summary column shows.
    static let rowTextLength = 320

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        if let report = openReport(context) {
            drawReport(context, report: report, into: &grid, area: area)
            return
        }
        let visible = self.visible
        if visible.isEmpty {
            grid.put(UIText.empty(context.language), x: 2, y: area.y + 2, style: .dim)
        }
        let query = ReportQuery(filter.text).words
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height),
            columns: Self.columns(context.language, width: area.width - 2), count: visible.count, row: { row(context.derived.inbox[visible[$0]], context) },
            state: list, highlight: query)
    }

    func drawFilterLine(_ context: ScreenContext, into grid: inout Grid, y: Int) {
        let language = context.language
        var x = grid.put(UIText.filterPrompt(language) + " ", x: 1, y: y, style: .accent)
        let count = " " + UIText.filterCount(visible.count, context.derived.inbox.count)(language)
        let width = max(8, context.width - x - DisplayWidth.of(count) - 2)
        filter.render(into: &grid, x: x, y: y, width: width, focused: editingFilter)
        if editingFilter && filter.text.isEmpty {
            // Right after `/`: the query language in one line (whole parts only; F1 has it all).
            var parts = UIText.filterHint(language).components(separatedBy: " · ")
            while parts.count > 1, DisplayWidth.of(parts.joined(separator: " · ")) > width - 2 { parts.remove(at: parts.count - 2) }
            grid.put(parts.joined(separator: " · "), x: x + 2, y: y, style: .dim, limit: width - 2)
        }
        x += width
        grid.put(count, x: x + 1, y: y, style: .dim)
    }

    /// One line of the report view: text, style, and which item it belongs to.
    struct PagerLine {
        var text: String
        var style: Style
        var item: Int?
    }

    struct PagerLayout {
        var lines: [PagerLine]
        /// The first line of each item.
        var itemStarts: [Int]
    }

    /// The open report as lines: its header, then each item with its classification.
    static func pagerLines(_ inbox: InboxScreen, _ context: ScreenContext, report: Report, width: Int) -> PagerLayout {
        let l = context.language
        let config = context.configuration
        var lines: [PagerLine] = []
        var starts: [Int] = []
        /// Wrapped lines of `text`; `hanging` marks a leading label ("1. ") under whose end the
        /// continuation lines start.
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: String = "", item: Int? = nil) {
            let pad = String(repeating: " ", count: indent)
            let hang = DisplayWidth.of(hanging)
            for (n, line) in TextArea.wrap(text, width: max(10, width - indent - hang)).enumerated() {
                let lead = n == 0 ? hanging : String(repeating: " ", count: hang)
                lines.append(PagerLine(text: pad + lead + line.text.trimmingTrailingSpaces(), style: style, item: item))
            }
        }
        add("\(context.derived.unitName(report.unitID)) – \(report.period.label(l))\(report.archived ? " · " + UIText.archivedMark(l) : "")", .accent)
        add(
            "\(UIText.colKind(l)): \(report.kind.label(l)) · \(UIText.colChannel(l)): \(report.channel.label(l)) · "
                + "\(UIText.colReceived(l)): \(report.receivedOn.displayString)")
        add(
            "\(UIText.documentNumber(l)): \(report.documentNumber.isEmpty ? "—" : report.documentNumber) · "
                + "\(UIText.step(l)): \(report.step.rawValue) – \(report.step.label(l)) · \(report.id)", .dim)
        if !report.summary.isEmpty { add("\(UIText.summary(l)): \(report.summary)") }
        if report.nothingToReport { add(UIText.nothingToReport(l), .bold) }
        if let note = Self.returnNote(report, context) { add(note, .warning) }
        lines.append(PagerLine(text: "", style: .plain))
        if !report.items.isEmpty { add("\(UIText.items(l)) (\(report.items.count))", .bold) }
        for (n, item) in report.items.enumerated() {
            starts.append(lines.count)
            let tagged = inbox.taggedItems.contains(ItemReference(reportID: report.id, itemID: item.id))
            let topic = config.topic(item.topic)?.label(l) ?? item.topic
            add("[\(topic)] \(item.content)", .plain, hanging: "\(tagged ? "*" : " ")\(n + 1). ", item: n)
            let attitude = config.attitude(item.attitude)?.label(l) ?? item.attitude
            add(
                "\(UIText.attitude(l)): \(attitude) · \(UIText.nature(l)): \(item.nature.label(l)) · "
                    + "\(UIText.verification(l)): \(item.verification.label(l)) · \(UIText.step(l)): \(item.step.rawValue)",
                .dim, indent: 4, item: n)
            add(
                "\(UIText.source(l)): \(item.source.label(l)) · \(UIText.target(l)): \(item.targetGroup.label(l)) · "
                    + "\(UIText.breadth(l)): \(item.breadth.label(l)) · \(UIText.scope(l)): \(item.scope.label(l))",
                .dim, indent: 4, item: n)
            if !item.proposal.isEmpty {
                add("\(UIText.proposal(l)): \(item.proposal)\(item.proposalTo.isEmpty ? "" : " → \(item.proposalTo)")", indent: 4, item: n)
            }
            if !item.stepNote.isEmpty { add("\(UIText.stepNoteLabel(item.step)(l)): \(item.stepNote)", .dim, indent: 4, item: n) }
        }
        return PagerLayout(lines: lines, itemStarts: starts)
    }

    func drawReport(_ context: ScreenContext, report: Report, into grid: inout Grid, area: Rect) {
        let layout = Self.pagerLines(self, context, report: report, width: area.width - 2)
        let phrases = ReportQuery(filter.text).words
        for (i, line) in layout.lines.dropFirst(pagerOffset).prefix(area.height).enumerated() {
            let y = area.y + i
            let selected = line.item == itemCursor
            var style = line.style
            if selected { style.bold = true }
            grid.put(line.text, x: 1, y: y, style: style, limit: area.width - 2)
            if selected { grid.put("▌", x: 0, y: y, style: .accent) }
            for phrase in phrases { Highlight.mark(phrase, in: line.text, grid: &grid, x: 1, y: y, limit: area.width - 2) }
        }
    }

    /// "↩ chờ bổ sung (dd/mm/yyyy, by): reason" while a returned report awaits its supplement.
    static func returnNote(_ report: Report, _ context: ScreenContext) -> String? {
        guard let request = report.returnedForMore, ReturnRules.isIncomplete(report, in: context.dataset?.reports ?? []) else { return nil }
        return "\(GuidanceUI.awaitingSupplement(context.language)) (\(request.on.displayString), \(request.by)): \(request.reason)"
    }

    /// The filter line while typing into it; else the news; else the filter in force.
    func drawMessageLine(_ context: ScreenContext, toast: Toast?, y: Int, into grid: inout Grid) -> Bool {
        guard editingFilter || (toast == nil && !filter.text.isEmpty) else { return false }
        drawFilterLine(context, into: &grid, y: y)
        return true
    }
}

/// The inbox's own phrases.
enum InboxText {
    static func sortedBy(_ sort: InboxScreen.Sort) -> Localized {
        switch sort {
        case .received: Localized(vi: "Sắp xếp theo ngày nhận", en: "Sorted by received date")
        case .unit: Localized(vi: "Sắp xếp theo đơn vị", en: "Sorted by unit")
        case .period: Localized(vi: "Sắp xếp theo kỳ báo cáo", en: "Sorted by period")
        case .step: Localized(vi: "Sắp xếp theo bước xử lý", en: "Sorted by handling step")
        }
    }
}
