import DLXHDomain

extension HotSpotsScreen {
    // MARK: Drawing

    /// Laid out for the width: below 100 columns the age gives way (it is in the record) so the
    /// alert, what decides the next call, keeps its words.
    static func columns(_ l: Language, width: Int) -> [TableColumn] {
        let narrow = width < 100
        let alertWidth = narrow ? 30 : max(30, width * 2 / 7)
        return [
            TableColumn(UIText.colKindHS(l), .fixed(11)), TableColumn(UIText.colEnterprise(l), .flexible(minimum: narrow ? 7 : 10)),
            TableColumn(UIText.colUnit(l), .flexible(minimum: narrow ? 6 : 8)), TableColumn(UIText.colWorkers(l), .fixed(max(narrow ? 5 : 6, DisplayWidth.of(UIText.colWorkers(l)))), alignRight: true),
        ] + (narrow ? [] : [TableColumn(UIText.colAge(l), .fixed(7))]) + [
            TableColumn(UIText.colStatus(l), .fixed(13), wordCut: true), TableColumn(UIText.colAlert(l), .fixed(alertWidth)),
        ]
    }

    /// The alert cell: how late first (it decides which call to make now), then what is owed,
    /// in the longest wording that fits: "✗ quá hạn 8 ngày · Chưa báo cáo Tổng LĐLĐ", else a
    /// shorter name of the obligation, else the timing alone.
    static func alertCell(_ alert: HotSpotAlert, at now: Moment, width: Int, _ l: Language) -> String {
        let timing = (alert.isOverdue(at: now) ? "✗ " : "") + alert.timing(at: now)(l)
        return WordFit.first(
            [alert.kind.label(l), alert.kind.shortLabel(l), alert.kind.tinyLabel(l)].map { "\(timing) · \($0)" } + [timing], fitting: width)
    }

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
        let columns = Self.columns(l, width: area.width - 2)
        let alertWidth = Table.widths(columns, total: area.width - 2).last ?? 24
        let withAge = columns.count == 7
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: area.height - 1),
            columns: columns, count: rows.count,
            row: { i in
                let row = rows[i]
                let spot = row.spot
                var alertText = UIText.noAlert(l)
                var alertStyle = Style.plain
                if let alert = row.alert {
                    let overdue = alert.isOverdue(at: context.now)
                    // How late first: it is what decides which call to make now.
                    alertText = Self.alertCell(alert, at: context.now, width: alertWidth, l)
                    alertStyle = overdue ? .danger : .warning
                }
                let age = withAge ? [Format.age(from: spot.phonedInAt, to: context.now)(l)] : []
                return TableRow(
                    [
                        spot.kind.shortLabel(l), ShortName.enterprise(spot.enterprise.name.isEmpty ? spot.title : spot.enterprise.name),
                        ShortName.unit(context.derived.unitName(spot.unitID)), spot.workersInvolved.map(String.init) ?? "?",
                    ] + age + [spot.status.label(l), alertText], cellStyles: [columns.count - 1: alertStyle])
            }, state: list)
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
