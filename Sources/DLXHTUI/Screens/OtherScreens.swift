import DLXHDomain

/// Tình hình nộp: until the matrix lands, this month's state of every unit, with contacts.
enum DashboardScreen {
    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let dataset = state.dataset else { return }
        let l = state.language
        let period = Period.containing(state.now.day)
        let rows = dataset.submissionRows(for: period, asOf: state.now.day)
        let due = dataset.rules.deadline(for: period)
        let heading = UIText.dueLine(period.label(l), due.displayString)(l) + " · "
            + CLIText.totals(SubmissionTotals(rows.map(\.state)))(l)
        grid.put(heading, x: 1, y: area.y, style: .accent, limit: area.width - 2)
        let columns = [
            TableColumn(UIText.colUnit(l), .flexible(minimum: 14)), TableColumn(UIText.colState(l), .fixed(26)),
            TableColumn(UIText.colReceived(l), .fixed(10)), TableColumn(UIText.colPhone(l), .fixed(13)),
        ]
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: area.height - 1), columns: columns,
            count: rows.count,
            row: { i in
                let row = rows[i]
                let style: Style
                let symbol: String
                switch row.state {
                case .onTime: (style, symbol) = (.ok, "✓")
                case .late: (style, symbol) = (.warning, "!")
                case .missing: (style, symbol) = (.danger, "✗")
                case .notYetDue: (style, symbol) = (.plain, "·")
                case .notRequired: (style, symbol) = (.dim, " ")
                }
                return TableRow(
                    [row.unit.name, "\(symbol) \(row.state.label(l))", row.state.receivedOn?.displayString ?? "", row.unit.phone],
                    cellStyles: [1: style])
            }, state: state.dashboard)
    }
}
