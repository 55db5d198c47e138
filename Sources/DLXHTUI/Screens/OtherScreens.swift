import DLXHDomain

/// Nhập liệu: until the entry form lands, the reports entered most recently.
enum EntryScreen {
    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        grid.put(UIText.entryComing(l), x: 1, y: area.y, style: .dim, limit: area.width - 2)
        let reports = state.derived.recentlyEntered
        let columns = [
            TableColumn(UIText.colEntered(l), .fixed(16)), TableColumn(UIText.colUnit(l), .flexible(minimum: 12)),
            TableColumn(UIText.colPeriod(l), .fixed(7)), TableColumn(UIText.colKind(l), .fixed(8)),
            TableColumn(UIText.colBy(l), .flexible(minimum: 8)),
        ]
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 2, width: area.width - 2, height: area.height - 2), columns: columns,
            count: reports.count,
            row: { i in
                let r = reports[i]
                return TableRow([
                    r.createdAt.displayString, state.derived.unitName(r.unitID), r.period.id, Format.kind(r.kind)(l), r.createdBy,
                ])
            }, state: state.entry)
    }
}

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
