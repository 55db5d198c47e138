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

/// Điểm nóng: open hot spots, the most urgent alert first.
enum HotSpotsScreen {
    struct Row {
        var spot: HotSpot
        var alert: HotSpotAlert?
    }

    static func rows(_ state: AppState) -> [Row] {
        guard let dataset = state.dataset else { return [] }
        let firstAlert = Dictionary(state.alerts.map { ($0.hotSpotID, $0) }, uniquingKeysWith: { a, _ in a })
        let rank = Dictionary(state.alerts.enumerated().map { ($1.hotSpotID, $0) }, uniquingKeysWith: { a, _ in a })
        return dataset.hotSpots.filter { $0.status.isOpen }
            .map { Row(spot: $0, alert: firstAlert[$0.id]) }
            .sorted { a, b in
                switch (rank[a.spot.id], rank[b.spot.id]) {
                case (let x?, let y?): return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a.spot.phonedInAt > b.spot.phonedInAt
                }
            }
    }

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        let rows = rows(state)
        let columns = [
            TableColumn(UIText.colKindHS(l), .fixed(14)), TableColumn(UIText.colEnterprise(l), .flexible(minimum: 10)),
            TableColumn(UIText.colUnit(l), .flexible(minimum: 8)), TableColumn(UIText.colWorkers(l), .fixed(6), alignRight: true),
            TableColumn(UIText.colAge(l), .fixed(7)), TableColumn(UIText.colStatus(l), .fixed(13)),
            TableColumn(UIText.colAlert(l), .flexible(minimum: 14)),
        ]
        if rows.isEmpty { grid.put(UIText.empty(l), x: 2, y: area.y + 2, style: .dim) }
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height), columns: columns,
            count: rows.count,
            row: { i in
                let row = rows[i]
                let spot = row.spot
                var alertText = UIText.noAlert(l)
                var alertStyle = Style.plain
                if let alert = row.alert {
                    alertText = "\(alert.kind.label(l)), \(alert.timing(at: state.now)(l))"
                    alertStyle = alert.isOverdue(at: state.now) ? .danger : .warning
                    if alert.isOverdue(at: state.now) { alertText = "✗ " + alertText }
                }
                return TableRow(
                    [
                        spot.kind.label(l), spot.enterprise.name, state.derived.unitName(spot.unitID),
                        spot.workersInvolved.map(String.init) ?? "?", Format.age(from: spot.phonedInAt, to: state.now)(l),
                        spot.status.label(l), alertText,
                    ], cellStyles: [6: alertStyle])
            }, state: state.hotSpots)
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
