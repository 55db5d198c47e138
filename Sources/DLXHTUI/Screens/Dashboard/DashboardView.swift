import DLXHDomain
import DLXHReport

extension DashboardScreen {
    // MARK: Drawing

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        guard let dataset = context.dataset else { return }
        let l = context.language
        if let unitForm {
            FormView.draw(unitForm, hint: KeyHints.line(FormKeys.docs, l), language: l, into: &grid, area: area)
            return
        }
        let period = selected(context)
        let rows = dataset.submissionRows(for: period, asOf: context.now.day)
        let due = dataset.rules.deadline(for: period)
        var x = 1
        for shown in View.allCases {
            x = grid.put(" \(shown.title(l)) ", x: x, y: area.y, style: shown == view ? .reverse : .dim) + 1
        }
        let heading = UIText.dueLine(period.label(l), due.displayString)(l) + " · " + SubmissionTotals(rows.map(\.state)).label(l)
        grid.put(heading, x: 1, y: area.y + 1, style: .accent, limit: area.width - 2)
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
        let months = Self.visibleMonths(area.width)
        let last = rightmost(context)
        var shown = dataset
        shown.units = matrixUnits(context)
        let matrix = SubmissionMatrix.build(from: shown, last: last, months: months, today: context.now.day)
        let selectedPeriod = selected(context)
        let incomplete = ReturnMarks.incomplete(dataset)
        let nameW = Self.nameWidth(area.width)
        let cellW = 6
        let top = area.y
        grid.put(DisplayWidth.fit(UIText.colUnit(l), nameW), x: 1, y: top, style: Style(bold: true, underline: true))
        for (c, period) in matrix.periods.enumerated() {
            let style = period == selectedPeriod ? Style(bold: true, reverse: true) : Style(bold: true, underline: true)
            // "11/26": month and year in five columns, in either language.
            let label = period.kind == .month ? Self.pad2(period.index) + "/" + Self.pad2(period.year % 100) : period.shortLabel(l)
            grid.put(DisplayWidth.fitRight(label, cellW - 1), x: 2 + nameW + c * cellW, y: top, style: style)
        }
        let rateX = 2 + nameW + matrix.periods.count * cellW
        grid.put(UIText.rateColumn(l), x: rateX, y: top, style: Style(bold: true, underline: true))
        // Rows: as many as fit above the two totals lines.
        let visible = max(1, area.height - 4)
        let list = unitRow.scrolled(visible: visible, count: matrix.rows.count)
        for (line, index) in (list.offset..<min(matrix.rows.count, list.offset + visible)).enumerated() {
            let row = matrix.rows[index]
            let y = top + 1 + line
            let isSelected = index == list.selected
            let inactive = row.unit.activeTo.map { $0 < context.now.day } ?? false
            let name = ShortName.unit(row.unit.name) + (inactive ? " †" : "")
            grid.put(DisplayWidth.fit(name, nameW), x: 1, y: y, style: isSelected ? .reverse : (inactive ? .dim : .plain))
            for (c, cell) in row.states.enumerated() {
                var style = Self.cellStyle(cell)
                if isSelected && matrix.periods[c] == selectedPeriod { style.reverse = true }
                // A report sent back for more shows as ↩ until its supplement arrives.
                let returned = incomplete.contains(ReturnMarks.key(row.unit.id, matrix.periods[c]))
                if returned { style = .warning.with(reverse: style.reverse) }
                grid.put(DisplayWidth.fitRight(returned ? "↩" : SubmissionMatrix.symbol(cell), cellW - 1), x: 2 + nameW + c * cellW, y: y, style: style)
            }
            let totals = SubmissionTotals(row.states)
            grid.put(DisplayWidth.fitRight(Self.percent(totals.reportingRate), 5), x: rateX, y: y)
        }
        // Column totals, as DHIS2 defines them: submitted ÷ expected, on time ÷ expected.
        let totalsY = top + 1 + min(visible, matrix.rows.count)
        grid.put(DisplayWidth.fit(UIText.reportingRate(l), nameW), x: 1, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fit(UIText.timeliness(l), nameW), x: 1, y: totalsY + 1, style: .bold)
        var all = SubmissionTotals()
        for (c, _) in matrix.periods.enumerated() {
            let column = SubmissionTotals(matrix.rows.map { $0.states[c] })
            for cell in matrix.rows.map({ $0.states[c] }) { all.add(cell) }
            grid.put(DisplayWidth.fitRight(Self.percent(column.reportingRate), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY, style: .bold)
            grid.put(DisplayWidth.fitRight(Self.percent(column.timeliness), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY + 1, style: .bold)
        }
        grid.put(DisplayWidth.fitRight(Self.percent(all.reportingRate), 5), x: rateX, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fitRight(Self.percent(all.timeliness), 5), x: rateX, y: totalsY + 1, style: .bold)
        grid.put((incomplete.isEmpty ? "" : GuidanceUI.legendReturned(l)) + UIText.matrixLegend(l), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    func drawOwing(_ context: ScreenContext, into grid: inout Grid, area: Rect) {
        let l = context.language
        let rows = owingRows(context)
        let waiting = context.dataset.map { ReturnMarks.waiting($0, period: selected(context)) } ?? []
        if rows.isEmpty { grid.put(UIText.allSubmitted(l), x: 2, y: area.y + 1, style: .ok) }
        let columns = [
            TableColumn(UIText.colUnit(l), .flexible(minimum: 14)), TableColumn(UIText.colState(l), .fixed(18)),
            TableColumn(UIText.colContact(l), .flexible(minimum: 12)), TableColumn(UIText.colPhone(l), .fixed(13)),
            TableColumn(UIText.email(l), .flexible(minimum: 10)),
        ]
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
                    [row.unit.name, stateText, row.unit.contactPerson, row.unit.phone, row.unit.email],
                    cellStyles: [1: Self.cellStyle(row.state)])
            }, state: owing)
        // Received, but returned for more and not yet completed: on the last line.
        if !waiting.isEmpty {
            grid.put(GuidanceUI.awaitingSupplement(l) + ": " + waiting.joined(separator: "; "), x: 1, y: area.maxY - 1, style: .warning, limit: area.width - 2)
        }
    }

    func drawRoster(_ context: ScreenContext, dataset: Dataset, into grid: inout Grid, area: Rect) {
        let l = context.language
        let columns = [
            TableColumn(UIText.unitName(l), .flexible(minimum: 16)), TableColumn(UIText.colKindHS(l), .fixed(14)),
            TableColumn(UIText.activeFrom(l), .fixed(10)), TableColumn(UIText.activeTo(l), .fixed(10)),
            TableColumn(UIText.mustReportShort(l), .fixed(4)), TableColumn(UIText.successor(l), .flexible(minimum: 8)),
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
