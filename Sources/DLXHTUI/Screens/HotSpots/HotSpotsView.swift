import DLXHDomain

extension HotSpotsScreen {
    // MARK: Drawing

    /// The list laid out for the width. Below 100 columns the unit and the age give way (the
    /// selected spot's enterprise and unit are written out in full under the list, and both are in
    /// the record) so the enterprise keeps whole words and the alert says what is owed. From 160
    /// columns the kind, the names and the status are written in full.
    struct Layout {
        var columns: [TableColumn]
        var showsUnit: Bool
        var showsAge: Bool
        /// Below 76 columns the workers and the status give way too (the summary under the
        /// list gives the status).
        var showsStatus: Bool
        /// Full labels and names rather than short ones.
        var wide: Bool

        /// The widths the table draws its columns at.
        func widths(_ total: Int) -> [Int] { Table.widths(columns, total: total) }
    }

    static func layout(_ l: Language, width: Int, rows: [Row], at now: Moment, unitNames: [String] = []) -> Layout {
        let narrow = width < 100
        let wide = width >= 160
        let tiny = width < 76
        // The alert column holds at least the shortest wording of every shown alert (timing and
        // what is owed), so no alert is left without its reason.
        let needed = rows.compactMap(\.alert).map { alert in
            DisplayWidth.of(Self.alertCandidates(alert, at: now, l).last ?? "")
        }.max() ?? 0
        // Wide: no wider than the longest full wording, the rest goes to the names.
        let longest = rows.compactMap(\.alert).map { DisplayWidth.of(Self.alertCandidates($0, at: now, l).first ?? "") }.max() ?? 0
        var alertWidth = max(needed, narrow ? 30 : max(30, wide ? min(longest, width * 2 / 7) : width * 2 / 7))
        // The kind and status columns as wide as their widest shown label (short ones below 160).
        func widest(_ labels: [String], header: Localized) -> Int { (labels.map(DisplayWidth.of) + [DisplayWidth.of(header(l))]).max()! }
        let kindWidth = widest(rows.map { wide ? $0.spot.kind.label(l) : $0.spot.kind.shortLabel(l) }, header: UIText.colKindHS)
        let statusWidth = widest(rows.map { wide ? $0.spot.status.label(l) : $0.spot.status.shortLabel(l) }, header: UIText.colStatus)
        let workersWidth = max(narrow ? 5 : 6, DisplayWidth.of(UIText.colWorkers(l)))
        if narrow {
            // What the enterprise column does not need (short names up to 16 columns) goes to
            // the alert, so a short list says "Chưa tiếp nhận" rather than "tiếp nhận".
            let names = rows.map { DisplayWidth.of(ShortName.enterprise(Self.enterpriseName($0.spot))) }
            let enterprise = max(DisplayWidth.of(UIText.colEnterprise(l)), min(16, names.max() ?? 0))
            let room = width - kindWidth - (tiny ? 0 : workersWidth + statusWidth + 2) - 2 - enterprise
            alertWidth = max(alertWidth, min(longest, room))
        }
        var columns = [
            TableColumn(UIText.colKindHS(l), .fixed(kindWidth)),
            TableColumn(UIText.colEnterprise(l), .flexible(minimum: DisplayWidth.of(UIText.colEnterprise(l)))),
        ]
        if wide {
            // As wide as the longest unit name shown: the enterprise takes the rest.
            columns.append(TableColumn(UIText.colUnit(l), .fixed(max(8, (unitNames.map(DisplayWidth.of) + [DisplayWidth.of(UIText.colUnit(l))]).max()!))))
        } else if !narrow {
            columns.append(TableColumn(UIText.colUnit(l), .flexible(minimum: max(8, DisplayWidth.of(UIText.colUnit(l))))))
        }
        if !tiny { columns.append(TableColumn(UIText.colWorkers(l), .fixed(workersWidth), alignRight: true)) }
        if !narrow { columns.append(TableColumn(UIText.colAge(l), .fixed(7))) }
        if !tiny { columns.append(TableColumn(UIText.colStatus(l), .fixed(statusWidth))) }
        columns.append(TableColumn(UIText.colAlert(l), .fixed(alertWidth)))
        return Layout(columns: columns, showsUnit: !narrow, showsAge: !narrow, showsStatus: !tiny, wide: wide)
    }

    /// The alert cell's wordings, longest first: how late first (it decides which call to make
    /// now), then what is owed: "✗ quá hạn 8 ngày · Chưa báo cáo Tổng LĐLĐ", then shorter names
    /// of the obligation. Every wording says what is owed.
    static func alertCandidates(_ alert: HotSpotAlert, at now: Moment, _ l: Language) -> [String] {
        let timing = (alert.isOverdue(at: now) ? "✗ " : "") + alert.timing(at: now)(l)
        return [alert.kind.label(l), alert.kind.shortLabel(l), alert.kind.tinyLabel(l)].map { "\(timing) · \($0)" }
    }

    /// The longest wording of the alert that fits `width` (the column is made wide enough for
    /// the shortest).
    static func alertCell(_ alert: HotSpotAlert, at now: Moment, width: Int, _ l: Language) -> String {
        WordFit.first(alertCandidates(alert, at: now, l), fitting: width)
    }

    /// A hot spot's enterprise (its title when no enterprise was given).
    static func enterpriseName(_ spot: HotSpot) -> String { spot.enterprise.name.isEmpty ? spot.title : spot.enterprise.name }

    /// One column's names, alike down the column: all in full when all fit, else all short
    /// ("Thực phẩm Phú Mỹ An", "xã Trị An"), a short one that still does not fit shortened to
    /// its first whole words.
    static func nameColumn(_ names: [String], short: (String) -> String, width: Int) -> [String] {
        if names.allSatisfy({ DisplayWidth.of($0) <= width }) { return names }
        return names.map { WordFit.cut(short($0), width) }
    }

    /// How many lines the selected spot's summary under the list takes (a rule, then up to three).
    static let summaryHeight = 4

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        if let phoneIn {
            FormView.draw(phoneIn, language: context.language, into: &grid, area: area)
            return
        }
        if let record {
            FormView.draw(record, language: context.language, into: &grid, area: area)
            return
        }
        if let id = openID {
            let lines = Self.recordLines(context, id: id, width: area.width - 2)
            for (i, line) in lines.dropFirst(recordOffset).prefix(area.height).enumerated() {
                grid.put(line.text, x: 1, y: area.y + i, style: line.style, limit: area.width - 2)
            }
            return
        }
        let l = context.language
        let rows = rows(context)
        grid.put(filterLabel(context), x: 1, y: area.y, style: .accent, limit: area.width - 2)
        if rows.isEmpty { grid.put(UIText.empty(l), x: 2, y: area.y + 3, style: .dim) }
        let unitNames = rows.map { context.derived.unitName($0.spot.unitID) }
        let layout = Self.layout(l, width: area.width - 2, rows: rows, at: context.now, unitNames: unitNames)
        let columns = layout.columns
        let widths = layout.widths(area.width - 2)
        let summary = Self.summaryShown(rows: rows.count, height: area.height) ? Self.summaryHeight : 0
        let enterpriseColumn = 1
        let enterprises = Self.nameColumn(rows.map { Self.enterpriseName($0.spot) }, short: ShortName.enterprise, width: widths[enterpriseColumn])
        let units = layout.showsUnit
            ? Self.nameColumn(unitNames, short: ShortName.unit, width: widths[enterpriseColumn + 1]) : []
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: area.height - 1 - summary),
            columns: columns, count: rows.count,
            row: { i in
                let row = rows[i]
                let spot = row.spot
                var column = 0
                var cells: [String] = []
                func add(_ text: String) {
                    cells.append(text)
                    column += 1
                }
                add(WordFit.first(layout.wide ? [spot.kind.label(l), spot.kind.shortLabel(l)] : [spot.kind.shortLabel(l)], fitting: widths[column]))
                add(enterprises[i])
                if layout.showsUnit { add(units[i]) }
                if layout.showsStatus { add(spot.workersInvolved.map(String.init) ?? "?") }
                if layout.showsAge { add(Format.age(from: spot.phonedInAt, to: context.now)(l)) }
                if layout.showsStatus { add(WordFit.first([spot.status.label(l), spot.status.shortLabel(l)], fitting: widths[column])) }
                var alertStyle = Style.plain
                if let alert = row.alert {
                    alertStyle = alert.isOverdue(at: context.now) ? .danger : .warning
                    add(Self.alertCell(alert, at: context.now, width: widths[column], l))
                } else {
                    add(UIText.noAlert(l))
                }
                return TableRow(cells, cellStyles: [columns.count - 1: alertStyle])
            }, state: list)
        if summary > 0, rows.indices.contains(min(list.selected, rows.count - 1)) {
            let row = rows[min(list.selected, rows.count - 1)]
            // Drawn at the bottom of the area, its rule just above its lines.
            let lines = Self.summaryLines(row, context, width: area.width - 2, withStatus: !layout.showsStatus, room: summary - 1).prefix(summary - 1)
            let top = area.y + area.height - 1 - lines.count
            grid.put(String(repeating: "─", count: area.width - 2), x: 1, y: top, style: .dim, limit: area.width - 2)
            for (i, line) in lines.enumerated() {
                grid.put(line.text, x: 1, y: top + 1 + i, style: line.style, limit: area.width - 2)
            }
        }
    }

    /// Whether the list has room for the selected spot's summary under it: it needs the rows
    /// and a few lines to spare (on a short screen the rows come first).
    static func summaryShown(rows: Int, height: Int) -> Bool {
        rows > 0 && height - 2 - summaryHeight >= min(rows, 6)
    }

    /// The selected spot written out under the list: its id, enterprise and unit in full (and
    /// its status and workers when the list has no room for them), then its most urgent alert in
    /// full, wrapped at spaces; the alert's due time gives way when the lines exceed `room`.
    static func summaryLines(_ row: Row, _ context: ScreenContext, width: Int, withStatus: Bool = false, room: Int = 3) -> [Line] {
        let l = context.language
        let spot = row.spot
        let name = spot.enterprise.name.isEmpty ? spot.title : spot.enterprise.name
        var head = "\(spot.id) · \(name) · \(context.derived.unitName(spot.unitID))"
        if withStatus {
            head += " · \(spot.status.label(l))" + (spot.workersInvolved.map { " · \(UIText.involved($0)(l))" } ?? "")
        }
        var lines = WordFit.wrap(head, width).map { Line(text: $0, style: .bold) }
        if let alert = row.alert {
            let overdue = alert.isOverdue(at: context.now)
            let mark = overdue ? "✗" : "·"
            let timing = alert.timing(at: context.now)(l)
            let full = WordFit.wrap("\(mark) \(alert.kind.label(l)) – \(UIText.dueAt(alert.due.displayString)(l)), \(timing)", width)
            let short = WordFit.wrap("\(mark) \(alert.kind.label(l)), \(timing)", width)
            lines += (lines.count + full.count <= room ? full : short).map { Line(text: $0, style: overdue ? .danger : .warning) }
        } else {
            lines += WordFit.wrap(spot.title, width).map { Line(text: $0, style: .plain) }
        }
        return lines
    }

    func filterLabel(_ context: ScreenContext) -> String {
        let l = context.language
        let filter: String
        switch self.filter {
        case .open: filter = UIText.filterOpen(l)
        case .active: filter = UIText.filterActive(l)
        case .all: filter = UIText.filterAll(l)
        case .unit(let id): filter = context.derived.unitName(id)
        case .kind(let kind): filter = kind.label(l)
        case .mine: filter = GuidanceUI.filterMine(l)
        }
        let tally = context.hotSpotTally
        return "\(UIText.keyFilter(l)): \(filter) · " + UIText.alertBadge(tally.open, tally.overdue)(l)
    }

    /// "có", "không", or "chưa rõ" until someone says.
    static func unionAnswer(_ answer: Bool?) -> Localized {
        answer.map { $0 ? UIText.yes : UIText.no } ?? UIText.notKnownYet
    }

    struct Line {
        var text: String
        var style: Style
    }

    /// The whole record: facts, obligations with their alerts, escalations, timeline.
    static func recordLines(_ context: ScreenContext, id: String, width: Int) -> [Line] {
        guard let spot = context.dataset?.hotSpots.first(where: { $0.id == id }) else { return [] }
        let l = context.language
        let now = context.now
        var lines: [Line] = []
        /// Wrapped lines; continuation lines start `hanging` columns in (under a short label's
        /// end; a long label gets a plain indent so the value keeps its width).
        func add(_ text: String, _ style: Style = .plain, hanging: Int = 0) {
            let indent = hanging > 20 ? 4 : hanging
            for (n, line) in TextArea.wrap(text, width: max(10, width - indent)).enumerated() {
                lines.append(Line(text: (n == 0 ? "" : String(repeating: " ", count: indent)) + line.text.trimmingTrailingSpaces(), style: style))
            }
        }
        func field(_ label: Localized, _ value: String) {
            guard !value.isEmpty else { return }
            let head = "\(label(l)): "
            add(head + value, .plain, hanging: DisplayWidth.of(head))
        }
        add("\(spot.id) · \(spot.title)", .accent)
        add("\(spot.kind.label(l)) · \(spot.status.label(l)) · \(context.derived.unitName(spot.unitID))", .bold)
        field(UIText.colEnterprise, [spot.enterprise.name, spot.enterprise.ownership, spot.enterprise.industry].filter { !$0.isEmpty }.joined(separator: " · "))
        field(UIText.address, spot.enterprise.address)
        field(UIText.grassrootsUnion, Self.unionAnswer(spot.enterprise.hasGrassrootsUnion)(l))
        field(UIText.colWorkers, [spot.workersInvolved.map { UIText.involved($0)(l) }, spot.enterprise.workforce.map { UIText.workforce($0)(l) }].compactMap { $0 }.joined(separator: " / "))
        field(UIText.phonedIn, "\(spot.phonedInAt.displayString) – \(spot.phonedInBy)")
        field(GuidanceUI.hotSpotOwner, spot.owner ?? "")  // shown once someone takes it on
        field(UIText.acknowledgedBy, spot.acknowledgement.map { "\($0.at.displayString) – \($0.by)" } ?? "—")
        field(UIText.writtenReport, spot.writtenReport.map { written in
            written.receivedAt.displayString + (written.documentNumber.map { " – \(UIText.numberShort(l)) \($0)" } ?? "")
                + (written.reportID.map { " (\($0))" } ?? "")
        } ?? "—")
        for target in Escalation.Target.allCases {
            field(UIText.reportedTo(target.label(l)), spot.escalation(to: target).map { "\($0.at.displayString) – \($0.by)" + ($0.note.isEmpty ? "" : ": \($0.note)") } ?? "—")
        }
        field(UIText.causes, spot.causes)
        field(UIText.demands, spot.demands)
        field(UIText.arrears, spot.arrears)
        field(UIText.coordinating, spot.coordinatingBodies)
        field(UIText.unionActions, spot.unionActions)
        field(UIText.result, spot.result)
        let alerts = HotSpotAlerts.alerts(for: spot, rules: context.dataset?.configuration.hotSpotRules ?? HotSpotRules(), at: now)
        lines.append(Line(text: "", style: .plain))
        add(UIText.obligations(l), .bold)
        if alerts.isEmpty { add("  " + UIText.noAlerts(l), .ok) }
        for alert in alerts {
            let overdue = alert.isOverdue(at: now)
            add("  \(overdue ? "✗" : "·") \(alert.kind.label(l)) – \(UIText.dueAt(alert.due.displayString)(l)), \(alert.timing(at: now)(l))", overdue ? .danger : .warning)
        }
        lines.append(Line(text: "", style: .plain))
        add(UIText.timeline(l), .bold)
        for entry in spot.timeline.sorted(by: { $0.at < $1.at }) {
            let head = "  \(entry.at.displayString) \(entry.by): "
            add(head + entry.text, .plain, hanging: DisplayWidth.of(head))
        }
        return lines
    }
}

extension HotSpot.Kind {
    /// Short enough for the panel's kind column.
    public func shortLabel(_ l: Language) -> String {
        switch self {
        case .workStoppage: UIText.kindShortStoppage(l)
        case .wageArrears: HotSpot.Kind.wageArrears.label(l)
        case .insuranceArrears: HotSpot.Kind.insuranceArrears.label(l)
        case .employerAbsconded: UIText.kindShortAbsconded(l)
        case .massLayoff: UIText.kindShortLayoff(l)
        case .seriousAccident: UIText.kindShortAccident(l)
        case .massComplaint: UIText.kindShortComplaint(l)
        case .falseStrikeStory: UIText.kindShortFalseStory(l)
        case .other: HotSpot.Kind.other.label(l)
        }
    }
}

extension HotSpot.Status {
    /// Short enough for an 80-column status column.
    public func shortLabel(_ l: Language) -> String {
        self == .monitoring ? UIText.statusShortMonitoring(l) : label(l)
    }
}

extension HotSpotAlert.Kind {
    /// Short enough for the panel's alert column.
    public func shortLabel(_ l: Language) -> String {
        switch self {
        case .acknowledge: UIText.alertShortAck(l)
        case .writtenReport: UIText.alertShortWritten(l)
        case .escalateProvincialParty: UIText.alertShortParty(l)
        case .escalateConfederation: UIText.alertShortConfederation(l)
        case .staleUpdate: UIText.alertShortStale(l)
        }
    }

    /// The shortest name of what is owed, for an 80-column alert column.
    public func tinyLabel(_ l: Language) -> String {
        switch self {
        case .acknowledge: UIText.alertTinyAck(l)
        case .writtenReport: UIText.alertTinyWritten(l)
        case .escalateProvincialParty: UIText.alertTinyParty(l)
        case .escalateConfederation: UIText.alertTinyConfederation(l)
        case .staleUpdate: UIText.alertTinyStale(l)
        }
    }

}
