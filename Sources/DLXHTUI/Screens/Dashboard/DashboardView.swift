import DLXHDomain
import DLXHReport
import Synchronization

extension DashboardScreen {
    // MARK: Drawing

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        guard let dataset = context.dataset else { return }
        let l = context.language
        if let unitForm {
            FormView.draw(unitForm, language: l, into: &grid, area: area)
            return
        }
        let period = selected(context)
        let rows = context.derived.dashboard.submissionRows(dataset, period: period, today: context.now.day)
        let due = dataset.rules.deadline(for: period)
        var x = 1
        for shown in View.allCases {
            x = grid.put(" \(shown.title(l)) ", x: x, y: area.y, style: shown == view ? .reverse : .dim) + 1
        }
        let heading = UIText.dueLine(period.label(l), due.displayString)(l) + " · " + SubmissionTotals(rows.map(\.state)).label(l)
        grid.put(WordFit.cut(heading, area.width - 2), x: 1, y: area.y + 1, style: .accent, limit: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        switch view {
        case .matrix: drawMatrix(context, dataset: dataset, into: &grid, area: body)
        case .owing: drawOwing(context, into: &grid, area: body)
        case .roster: drawRoster(context, dataset: dataset, into: &grid, area: body)
        }
    }

    static func cellStyle(_ state: SubmissionState) -> Style {
        switch state {
        case .onTime: .ok
        case .late: .warning
        case .missing: .danger
        case .notYetDue: .plain
        case .notRequired: .dim
        }
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func percent(_ rate: Double?) -> String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }

    func drawMatrix(_ context: ScreenContext, dataset: Dataset, into grid: inout Grid, area: Rect) {
        let l = context.language
        let last = rightmost(context)
        // The rates are over the stated window (twelve periods) whatever number of them fits:
        // the matrix is built for the whole window and only its last columns are drawn.
        let matrix = context.derived.dashboard.matrix(
            dataset, units: matrixUnits(context), last: last, months: SubmissionMatrix.window, today: context.now.day)
        let drawn = min(Self.visibleMonths(area.width), matrix.periods.count)
        let first = matrix.periods.count - drawn
        let selectedPeriod = selected(context)
        let incomplete = context.derived.dashboard.incompleteReports(dataset)
        let nameW = Self.nameWidth(area.width)
        let cellW = 6
        let top = area.y
        // Under the table: the window line, then the legend (wrapped, never cut).
        let window = Self.windowLine(matrix.periods, drawn: drawn, l)
        let legend = WordFit.wrap((incomplete.isEmpty ? "" : GuidanceUI.legendReturned(l)) + UIText.matrixLegend(l), area.width - 2)
        let footer = WordFit.wrap(window, area.width - 2).count + legend.count
        grid.put(DisplayWidth.fit(UIText.colUnit(l), nameW), x: 1, y: top, style: Style(bold: true, underline: true))
        for c in 0..<drawn {
            let period = matrix.periods[first + c]
            let style = period == selectedPeriod ? Style(bold: true, reverse: true) : Style(bold: true, underline: true)
            // "11/26": month and year in five columns, in either language.
            let label = period.kind == .month ? Self.pad2(period.index) + "/" + Self.pad2(period.year % 100) : period.shortLabel(l)
            grid.put(DisplayWidth.fitRight(label, cellW - 1), x: 2 + nameW + c * cellW, y: top, style: style)
        }
        let rateX = 2 + nameW + drawn * cellW
        grid.put(UIText.rateColumn(l), x: rateX, y: top, style: Style(bold: true, underline: true))
        // Rows: as many as fit above the two totals lines and the footer.
        let visible = max(1, area.height - 3 - footer)
        let list = unitRow.scrolled(visible: visible, count: matrix.rows.count)
        for (line, index) in (list.offset..<min(matrix.rows.count, list.offset + visible)).enumerated() {
            let row = matrix.rows[index]
            let y = top + 1 + line
            let isSelected = index == list.selected
            let inactive = row.unit.activeTo.map { $0 < context.now.day } ?? false
            let mark = inactive ? " †" : ""
            let name = ShortName.unit(row.unit.name, fitting: nameW - DisplayWidth.of(mark)) + mark
            grid.put(DisplayWidth.fit(name, nameW), x: 1, y: y, style: isSelected ? .reverse : (inactive ? .dim : .plain))
            for c in 0..<drawn {
                let cell = row.states[first + c]
                var style = Self.cellStyle(cell)
                if isSelected && matrix.periods[first + c] == selectedPeriod { style.reverse = true }
                // A report sent back for more shows as ↩ until its supplement arrives.
                let returned = incomplete.contains(ReturnMarks.key(row.unit.id, matrix.periods[first + c]))
                if returned { style = .warning.with(reverse: style.reverse) }
                grid.put(DisplayWidth.fitRight(returned ? "↩" : SubmissionMatrix.symbol(cell), cellW - 1), x: 2 + nameW + c * cellW, y: y, style: style)
            }
            grid.put(DisplayWidth.fitRight(Self.percent(matrix.totals(of: row).reportingRate), 5), x: rateX, y: y)
        }
        // Column totals, as DHIS2 defines them: submitted ÷ expected, on time ÷ expected.
        let totalsY = top + 1 + min(visible, matrix.rows.count)
        grid.put(DisplayWidth.fit(UIText.reportingRate(l), nameW), x: 1, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fit(UIText.timeliness(l), nameW), x: 1, y: totalsY + 1, style: .bold)
        for c in 0..<drawn {
            let column = matrix.totals(ofPeriod: first + c)
            grid.put(DisplayWidth.fitRight(Self.percent(column.reportingRate), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY, style: .bold)
            grid.put(DisplayWidth.fitRight(Self.percent(column.timeliness), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY + 1, style: .bold)
        }
        grid.put(DisplayWidth.fitRight(Self.percent(matrix.overall.reportingRate), 5), x: rateX, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fitRight(Self.percent(matrix.overall.timeliness), 5), x: rateX, y: totalsY + 1, style: .bold)
        var y = area.maxY - footer
        for line in WordFit.wrap(window, area.width - 2) {
            grid.put(line, x: 1, y: y, style: .accent, limit: area.width - 2)
            y += 1
        }
        for line in legend {
            grid.put(line, x: 1, y: y, style: .dim, limit: area.width - 2)
            y += 1
        }
    }

    /// "Đang hiện tháng 3–11/2026; tỷ lệ tính trên 12 tháng 12/2025–11/2026": which periods are
    /// drawn and which the rates are over.
    static func windowLine(_ periods: [Period], drawn: Int, _ l: Language) -> String {
        guard let last = periods.last, let firstOfWindow = periods.first else { return "" }
        let firstDrawn = periods[periods.count - max(1, drawn)]
        return UIText.matrixWindow(
            shown: Self.range(firstDrawn, last, l), window: Self.range(firstOfWindow, last, l), count: periods.count,
            months: last.kind == .month, all: drawn == periods.count)(l)
    }

    /// "3–11/2026", "12/2025–11/2026", "Q1–Q4/2026", or one period's label.
    static func range(_ from: Period, _ to: Period, _ l: Language) -> String {
        if from == to { return from.kind == .month ? "\(from.index)/\(from.year)" : from.shortLabel(l) }
        switch from.kind {
        case .month:
            return from.year == to.year ? "\(from.index)–\(to.index)/\(to.year)" : "\(from.index)/\(from.year)–\(to.index)/\(to.year)"
        default:
            return "\(from.shortLabel(l))–\(to.shortLabel(l))"
        }
    }

    func drawOwing(_ context: ScreenContext, into grid: inout Grid, area: Rect) {
        let l = context.language
        let rows = owingRows(context)
        let waiting = context.dataset.map { ReturnMarks.waiting($0, period: selected(context)) } ?? []
        if rows.isEmpty { grid.put(UIText.allSubmitted(l), x: 2, y: area.y + 1, style: .ok) }
        // Laid out for the width: below 100 columns the email gives way (it is in the unit's
        // contacts, `i`) and names lose the "Công đoàn" every row repeats, so the unit and the
        // contact person keep their words.
        let wide = area.width >= 100
        var columns = [
            TableColumn(UIText.colUnit(l), wide ? .flexible(minimum: 14) : .fixed(18), forms: ShortName.unitShortForms),
            TableColumn(UIText.colState(l), .fixed(18)),
            TableColumn(UIText.colContact(l), .flexible(minimum: 12), wordCut: true), TableColumn(UIText.colPhone(l), .fixed(13)),
        ]
        if wide { columns.append(TableColumn(UIText.email(l), .flexible(minimum: 10))) }
        let contactWidth = Table.widths(columns, total: area.width - 2)[2]
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height - (waiting.isEmpty ? 0 : 1)), columns: columns,
            count: rows.count,
            row: { i in
                let row = rows[i]
                let stateText: String
                switch row.state {
                case .missing(let days): stateText = "✗ " + UIText.overdueDays(days)(l)
                case .notYetDue(let days): stateText = "· " + UIText.daysLeft(days)(l)
                default: stateText = row.state.label(l)
                }
                return TableRow(
                    [row.unit.name, stateText, Self.contactCell(row.unit.contactPerson, width: contactWidth),
                        row.unit.phone, row.unit.email],
                    cellStyles: [1: Self.cellStyle(row.state)])
            }, state: owing)
        // Received, but returned for more and not yet completed: on the last line.
        if !waiting.isEmpty {
            grid.put(GuidanceUI.awaitingSupplement(l) + ": " + waiting.joined(separator: "; "), x: 1, y: area.maxY - 1, style: .warning, limit: area.width - 2)
        }
    }

    /// "Đ/c Võ Thị Thanh Tâm – Phó Chủ tịch" in the longest form that fits: whole, the person
    /// without the post, the name alone; the whole of it is in the unit's contacts (`i`).
    static func contactCell(_ contact: String, width: Int) -> String {
        let person = contact.components(separatedBy: " – ").first ?? contact
        let name = person.hasPrefix("Đ/c ") ? String(person.dropFirst(4)) : person
        return WordFit.first([contact, person, name], fitting: width)
    }

    func drawRoster(_ context: ScreenContext, dataset: Dataset, into grid: inout Grid, area: Rect) {
        let l = context.language
        let columns = [
            TableColumn(UIText.unitName(l), .flexible(minimum: 16), forms: ShortName.unitShortForms), TableColumn(UIText.colKindHS(l), .fixed(14), forms: ShortName.kindForms),
            TableColumn(UIText.colActiveFrom(l), .fixed(10)), TableColumn(UIText.activeTo(l), .fixed(10)),
            TableColumn(UIText.mustReportShort(l), .fixed(4)), TableColumn(UIText.successor(l), .flexible(minimum: 8), forms: ShortName.unitShortForms),
        ]
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height), columns: columns,
            count: dataset.units.count,
            row: { i in
                let unit = dataset.units[i]
                let ended = unit.activeTo.map { $0 < context.now.day } ?? false
                return TableRow(
                    [
                        unit.name, unit.kind.label(l), unit.activeFrom.displayString, unit.activeTo?.displayString ?? "",
                        unit.mustReport ? "✓" : "–", unit.successorID.map { context.derived.unitName($0) } ?? "",
                    ], style: ended ? .dim : .plain)
            }, state: roster)
    }
}


/// The dashboard's derived data, worked out once per dataset and period rather than on every
/// frame (issue 13: a dashboard keystroke within 16 ms at city scale, where one pass over ten
/// years of reports takes several). `Derived` holds one; a new dataset (`Derived.init`) or a
/// save taken in (`Derived.apply`) starts a fresh one, so nothing here outlives the data it was
/// made from. The key also carries the counts of units and reports, as a guard.
final class DashboardMemo: Sendable {
    private let rows = Mutex<[String: [SubmissionRow]]>([:])
    private let matrices = Mutex<[String: SubmissionMatrix]>([:])
    private let incomplete = Mutex<[String: Set<String>]>([:])
    /// The reports by the period they are for: the submission state of a period reads only the
    /// reports for it, so a month's rows or a window's matrix is made from those alone.
    private let byPeriod = Mutex<[Period: [Report]]?>(nil)
    static let size = 48

    private static func key(_ dataset: Dataset, _ parts: String...) -> String {
        "\(dataset.units.count) \(dataset.reports.count) " + parts.joined(separator: " ")
    }

    private static func remember<V: Sendable>(_ table: borrowing Mutex<[String: V]>, _ key: String, _ make: () -> V) -> V {
        if let known = table.withLock({ $0[key] }) { return known }
        let value = make()
        table.withLock { table in
            if table.count >= size { table.removeAll() }
            table[key] = value
        }
        return value
    }

    /// The dataset with only the reports for `periods`: what the submission states of those
    /// periods read (`SubmissionIndex` keys them by unit and period).
    private func only(_ periods: [Period], of dataset: Dataset) -> Dataset {
        let table = byPeriod.withLock { $0 } ?? {
            let table = Dictionary(grouping: dataset.reports, by: \.period)
            byPeriod.withLock { $0 = table }
            return table
        }()
        var shown = dataset
        shown.reports = periods.flatMap { table[$0] ?? [] }
        return shown
    }

    /// `dataset.submissionRows(for:asOf:)`.
    func submissionRows(_ dataset: Dataset, period: Period, today: Day) -> [SubmissionRow] {
        Self.remember(rows, Self.key(dataset, "\(period.kind)", period.id, today.isoString)) {
            only([period], of: dataset).submissionRows(for: period, asOf: today)
        }
    }

    /// `SubmissionMatrix.build` over the units listed for the window ending at `last`.
    func matrix(_ dataset: Dataset, units: [ReportingUnit], last: Period, months: Int, today: Day) -> SubmissionMatrix {
        Self.remember(matrices, Self.key(dataset, "\(last.kind)", last.id, "\(months)", today.isoString, "\(units.count)")) {
            var shown = only((0..<max(1, months)).map { last.advanced(by: -$0) }, of: dataset)
            shown.units = units
            return SubmissionMatrix.build(from: shown, last: last, months: months, today: today)
        }
    }

    /// `ReturnMarks.incomplete(dataset)`.
    func incompleteReports(_ dataset: Dataset) -> Set<String> {
        Self.remember(incomplete, Self.key(dataset)) { ReturnMarks.incomplete(dataset) }
    }
}
