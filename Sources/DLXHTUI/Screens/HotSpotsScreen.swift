import DLXHDomain
import Foundation

/// Điểm nóng: the open hot spots, most urgent alert first; one record with its obligations and
/// timeline; the actions that meet the obligations; and the quick phone-in form.
enum HotSpotsScreen {
    static let listBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.enter, .character("l"), .right], "Enter", UIText.keyOpen, .open, status: "Enter"),
        KeyBinding([.character("N")], "N", UIText.keyPhoneIn, .newHotSpot, status: "N"),
        KeyBinding([.character("a")], "a", UIText.keyAcknowledge, .acknowledge, status: "a"),
        KeyBinding([.character("f"), .character("/")], "f", UIText.keyFilter, .filter),
    ] + actionBindings

    static let recordBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyScroll, .moveUp, status: "↑↓"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyScroll, .moveDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", UIText.keyPage, .pageUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", UIText.keyPage, .pageDown),
        KeyBinding([.escape, .character("h"), .left], "Esc", UIText.keyBack, .back, status: "Esc"),
        KeyBinding([.character("a")], "a", UIText.keyAcknowledge, .acknowledge, status: "a"),
    ] + actionBindings

    static let actionBindings: [KeyBinding] = [
        KeyBinding([.character("E")], "E", UIText.keyEditRecord, .editReport),
        KeyBinding([.character("c")], "c", UIText.keyAddUpdate, .addUpdate, status: "c"),
        KeyBinding([.character("w")], "w", UIText.keyWrittenReport, .writtenReport, status: "w"),
        KeyBinding([.character("e")], "e", UIText.keyEscalate, .escalate, status: "e"),
        KeyBinding([.character("s")], "s", UIText.keyStatus, .changeStatus, status: "s"),
        KeyBinding([.character("o")], "o", GuidanceUI.keyTakeOwnership, .takeOwnership),
    ]

    // MARK: Rows

    struct Row {
        var spot: HotSpot
        var alert: HotSpotAlert?
    }

    static func passes(_ spot: HotSpot, _ filter: HotSpotsState.Filter) -> Bool {
        switch filter {
        case .active: spot.status.isActive
        case .open: spot.status.isOpen
        case .all: true
        case .unit(let id): spot.unitID == id
        case .kind(let kind): spot.kind == kind
        case .mine: false  // decided in rows(_:), which knows who is working
        }
    }

    /// The hot spots passing the filter, most urgent first, each with its most urgent alert.
    static func rows(_ state: AppState) -> [Row] {
        guard let dataset = state.dataset else { return [] }
        let firstAlert = Dictionary(state.alerts.map { ($0.hotSpotID, $0) }, uniquingKeysWith: { a, _ in a })
        let shown = dataset.hotSpots.filter {
            state.hotSpots.filter == .mine ? $0.owner == state.session.staff : passes($0, state.hotSpots.filter)
        }
        return HotSpotAlerts.mostUrgentFirst(shown, alerts: state.alerts).map { Row(spot: $0, alert: firstAlert[$0.id]) }
    }

    static func selected(_ state: AppState) -> HotSpot? {
        if let id = state.hotSpots.openID { return state.dataset?.hotSpots.first { $0.id == id } }
        let rows = rows(state)
        return rows.indices.contains(state.hotSpots.list.selected) ? rows[state.hotSpots.list.selected].spot : nil
    }

    // MARK: Keys

    /// The phone-in form has the keyboard while it is open.
    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard var form = state.hotSpots.form else { return nil }
        if Form.staysGlobal(key) { return nil }
        let event = form.handle(key)
        state.hotSpots.form = form
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            offerChoice(field, typed: typed, state: &state)
            return []
        case .cancel:
            if form.isDirty {
                state.overlay = .confirm(ConfirmDialog(question: UIText.discardForm(state.language), onYes: .back))
            } else {
                state.hotSpots.form = nil
                state.hotSpots.editingID = nil
            }
            return []
        case .submit:
            return state.hotSpots.editingID == nil ? submitPhoneIn(&state) : submitRecord(&state)
        }
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        let l = state.language
        if command == .back, state.hotSpots.form != nil {
            // Confirmed: throw the form away.
            state.hotSpots.form = nil
            state.hotSpots.editingID = nil
            return []
        }
        if let id = state.hotSpots.openID {
            let lines = recordLines(state, id: id, width: state.width - 2).count
            let page = max(1, state.bodyHeight - 1)
            switch command {
            case .moveUp: state.hotSpots.recordOffset -= 1
            case .moveDown: state.hotSpots.recordOffset += 1
            case .pageUp: state.hotSpots.recordOffset -= page
            case .pageDown: state.hotSpots.recordOffset += page
            case .back:
                state.hotSpots.openID = nil
                return []
            default: return act(command, state: &state)
            }
            state.hotSpots.recordOffset = min(max(0, state.hotSpots.recordOffset), max(0, lines - state.bodyHeight))
            return []
        }
        let count = rows(state).count
        if state.hotSpots.list.handle(command, count: count, page: max(1, state.bodyHeight - 3)) { return [] }
        switch command {
        case .open:
            guard let spot = selected(state) else { return [] }
            state.hotSpots.openID = spot.id
            state.hotSpots.recordOffset = 0
        case .filter:
            let options = [
                Picker.Option(id: "open", label: UIText.filterOpen(l)), Picker.Option(id: "active", label: UIText.filterActive(l)),
                Picker.Option(id: "all", label: UIText.filterAll(l)), Picker.Option(id: "unit", label: UIText.filterByUnit(l)),
                Picker.Option(id: "kind", label: UIText.filterByKind(l)),
                Picker.Option(id: "mine", label: GuidanceUI.filterMine(l)),
            ]
            state.overlay = .picker(Picker(title: UIText.keyFilter(l), options: options), .hotSpotFilter)
        default:
            return act(command, state: &state)
        }
        return []
    }

    /// The actions that meet a hot spot's obligations, on the selected or open one.
    static func act(_ command: Command, state: inout AppState) -> [Effect] {
        guard let spot = selected(state) else { return [] }
        let l = state.language
        switch command {
        case .acknowledge:
            guard spot.acknowledgement == nil else {
                state.toast = UIText.alreadyAcknowledged(spot.acknowledgement!.by)
                return []
            }
            return [.save(.hotSpot(spot.id, .acknowledge))]
        case .addUpdate:
            state.overlay = .prompt(Prompt(title: UIText.keyAddUpdate(l), field: TextField(), purpose: .hotSpotUpdate(spot.id)))
        case .writtenReport:
            // The unit's recent reports, newest first; or just the fact that it arrived.
            let reports = (state.dataset?.reports ?? []).filter { $0.unitID == spot.unitID && $0.receivedOn >= spot.phonedInAt.day.adding(days: -3) }
                .sorted { ($0.receivedOn, $0.id) > ($1.receivedOn, $1.id) }
            let options = [Picker.Option(id: "", label: UIText.writtenNotInInbox(l))]
                + reports.map { Picker.Option(id: $0.id, label: "\($0.receivedOn.displayString) \(Format.kind($0.kind)(l)) \($0.documentNumber) \($0.id)") }
            state.overlay = .picker(Picker(title: UIText.keyWrittenReport(l), options: options), .hotSpotWrittenReport(spot.id))
        case .escalate:
            let open = Escalation.Target.allCases.filter { spot.escalation(to: $0) == nil }
            guard !open.isEmpty else {
                state.toast = UIText.alreadyEscalated
                return []
            }
            let options = open.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            state.overlay = .picker(Picker(title: UIText.keyEscalate(l), options: options), .hotSpotEscalation(spot.id))
        case .editReport:
            state.hotSpots.form = recordForm(state, spot: spot)
            state.hotSpots.editingID = spot.id
            state.hotSpots.opened = spot
        case .takeOwnership:
            let me = state.session.staff
            return [.save(.hotSpotOwner(spot.id, owner: spot.owner == me ? nil : me))]
        case .changeStatus:
            let options = HotSpot.Status.allCases.filter { $0 != spot.status }.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            state.overlay = .picker(Picker(title: UIText.keyStatus(l), options: options), .hotSpotStatus(spot.id))
        default: break
        }
        return []
    }

    static func picked(_ option: Picker.Option, for purpose: PickerPurpose, state: inout AppState) -> [Effect] {
        let l = state.language
        switch purpose {
        case .hotSpotFilter:
            switch option.id {
            case "active": state.hotSpots.filter = .active
            case "all": state.hotSpots.filter = .all
            case "unit":
                let units = state.dataset?.units.map { Picker.Option(id: $0.id, label: $0.name) } ?? []
                state.overlay = .picker(Picker(title: UIText.filterByUnit(l), options: units), .hotSpotFilterUnit)
            case "mine": state.hotSpots.filter = .mine
            case "kind":
                let kinds = HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
                state.overlay = .picker(Picker(title: UIText.filterByKind(l), options: kinds), .hotSpotFilterKind)
            default: state.hotSpots.filter = .open
            }
            state.hotSpots.list = ListState()
        case .hotSpotFilterUnit:
            state.hotSpots.filter = .unit(option.id)
            state.hotSpots.list = ListState()
        case .hotSpotFilterKind:
            if let kind = HotSpot.Kind(rawValue: option.id) { state.hotSpots.filter = .kind(kind) }
            state.hotSpots.list = ListState()
        case .hotSpotStatus(let id):
            if let status = HotSpot.Status(rawValue: option.id) { return [.save(.hotSpot(id, .status(status)))] }
        case .hotSpotEscalation(let id):
            guard let target = Escalation.Target(rawValue: option.id) else { return [] }
            state.overlay = .prompt(Prompt(title: UIText.escalationNote(l), field: TextField(), purpose: .escalationNote(id, target)))
        case .hotSpotWrittenReport(let id):
            return [.save(.hotSpot(id, .writtenReport(reportID: option.id.isEmpty ? nil : option.id)))]
        case .formChoice(let field):
            guard var form = state.hotSpots.form else { return [] }
            form.pick(field, id: option.id, label: option.label)
            state.hotSpots.form = form
        default: break
        }
        return []
    }

    static func answered(_ text: String, for purpose: Prompt.Purpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .hotSpotUpdate(let id):
            let clean = Text.clean(text).trimmingCharacters(in: .whitespacesAndNewlines)
            return clean.isEmpty ? [] : [.save(.hotSpot(id, .addUpdate(clean)))]
        case .escalationNote(let id, let target):
            return [.save(.hotSpot(id, .escalate(target, note: text)))]
        default:
            return []
        }
    }

    // MARK: The full record ("the rest later")

    static func recordForm(_ state: AppState, spot: HotSpot) -> Form {
        let l = state.language
        func text(_ id: String, _ label: Localized, _ value: String, required: Bool = false) -> Form.Field {
            Form.Field(id: id, label: label(l), value: .text(TextField(value)), required: required)
        }
        func area(_ id: String, _ label: Localized, _ value: String) -> Form.Field {
            Form.Field(id: id, label: label(l), value: .multiline(TextArea(value)), height: 2)
        }
        return Form(
            title: UIText.editRecordTitle(spot.id)(l),
            fields: [
                text("title", UIText.phoneInWhat, spot.title, required: true),
                Form.Field(id: "kind", label: UIText.colKindHS(l), value: .choice(id: spot.kind.rawValue, label: spot.kind.label(l)), required: true),
                text("enterprise", UIText.colEnterprise, spot.enterprise.name, required: true),
                text("ownership", UIText.ownership, spot.enterprise.ownership),
                text("industry", UIText.industry, spot.enterprise.industry),
                text("address", UIText.address, spot.enterprise.address),
                Form.Field(id: "union", label: UIText.grassrootsUnion(l), value: .flag(spot.enterprise.hasGrassrootsUnion)),
                text("workforce", UIText.workforceLabel, spot.enterprise.workforce.map(String.init) ?? ""),
                text("workers", UIText.colWorkers, spot.workersInvolved.map(String.init) ?? ""),
                text("started", UIText.startedAt, spot.startedAt?.displayString ?? ""),
                area("causes", UIText.causes, spot.causes),
                area("demands", UIText.demands, spot.demands),
                area("arrears", UIText.arrears, spot.arrears),
                text("coordinating", UIText.coordinating, spot.coordinatingBodies),
                area("unionActions", UIText.unionActions, spot.unionActions),
                area("result", UIText.result, spot.result),
            ])
    }

    static func submitRecord(_ state: inout AppState) -> [Effect] {
        // Built on the version the form opened: the store merges only what was changed here.
        guard var form = state.hotSpots.form, let id = state.hotSpots.editingID,
            let base = state.hotSpots.opened ?? state.dataset?.hotSpots.first(where: { $0.id == id })
        else { return [] }
        var spot = base
        let l = state.language
        var errors: [String: String] = [:]
        for field in form.fields where field.required && field.text.trimmingCharacters(in: .whitespaces).isEmpty {
            errors[field.id] = Phrases.required(l)
        }
        func number(_ field: String) -> Int?? {
            let text = (form[field]?.text ?? "").replacingOccurrences(of: ".", with: "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .some(nil) }
            guard let n = Int(text), n >= 0 else {
                errors[field] = UIText.notANumber(l)
                return nil
            }
            return .some(n)
        }
        let workforce = number("workforce")
        let workers = number("workers")
        let startedText = form["started"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let started = startedText.isEmpty ? nil : parseTime(startedText, today: state.now)
        if !startedText.isEmpty && started == nil { errors["started"] = UIText.badTime(l) }
        guard errors.isEmpty, let workforce, let workers else {
            form.show(errors: errors)
            state.hotSpots.form = form
            return []
        }
        func clean(_ field: String, multiline: Bool = false) -> String { Text.clean(form[field]?.text ?? "", multiline: multiline) }
        spot.title = clean("title")
        if let kind = form.choiceID("kind").flatMap(HotSpot.Kind.init(rawValue:)) { spot.kind = kind }
        spot.enterprise.name = clean("enterprise")
        spot.enterprise.ownership = clean("ownership")
        spot.enterprise.industry = clean("industry")
        spot.enterprise.address = clean("address")
        spot.enterprise.hasGrassrootsUnion = form.isOn("union")
        spot.enterprise.workforce = workforce
        spot.workersInvolved = workers
        spot.startedAt = started
        spot.causes = clean("causes", multiline: true)
        spot.demands = clean("demands", multiline: true)
        spot.arrears = clean("arrears", multiline: true)
        spot.coordinatingBodies = clean("coordinating")
        spot.unionActions = clean("unionActions", multiline: true)
        spot.result = clean("result", multiline: true)
        state.hotSpots.form = nil
        state.hotSpots.editingID = nil
        state.hotSpots.opened = nil
        return [.save(.hotSpotRecord(spot, base: base))]
    }

    // MARK: The phone-in form

    static func openPhoneIn(_ state: inout AppState) {
        let l = state.language
        state.hotSpots.openID = nil
        state.hotSpots.editingID = nil
        state.hotSpots.form = Form(
            title: UIText.phoneInTitle(l),
            fields: [
                Form.Field(id: "unit", label: UIText.colUnit(l), value: .choice(id: nil, label: ""), required: true),
                Form.Field(id: "enterprise", label: UIText.colEnterprise(l), value: .text(TextField()), required: true),
                Form.Field(
                    id: "kind", label: UIText.colKindHS(l),
                    value: .choice(id: HotSpot.Kind.workStoppage.rawValue, label: HotSpot.Kind.workStoppage.label(l)), required: true),
                Form.Field(id: "title", label: UIText.phoneInWhat(l), value: .text(TextField()), required: true),
                Form.Field(id: "workers", label: UIText.colWorkers(l), value: .text(TextField())),
                Form.Field(id: "phonedAt", label: UIText.phoneInWhen(l), value: .text(TextField(state.now.displayString)), required: true),
            ])
    }

    static func offerChoice(_ field: String, typed: String, state: inout AppState) {
        let l = state.language
        var picker: Picker
        switch field {
        case "unit":
            let day = state.now.day
            let units = (state.dataset?.units ?? []).filter { $0.isActive(on: day) }.map { Picker.Option(id: $0.id, label: $0.name) }
            picker = Picker(title: UIText.colUnit(l), options: units)
        case "kind":
            picker = Picker(title: UIText.colKindHS(l), options: HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) })
        default: return
        }
        if !typed.isEmpty { picker.type(typed) }
        state.overlay = .picker(picker, .formChoice(field))
    }

    /// Checks the form; on errors shows them next to their fields, else saves the hot spot.
    static func submitPhoneIn(_ state: inout AppState) -> [Effect] {
        guard var form = state.hotSpots.form else { return [] }
        let l = state.language
        var errors: [String: String] = [:]
        for field in form.fields where field.required && field.text.trimmingCharacters(in: .whitespaces).isEmpty {
            errors[field.id] = Phrases.required(l)
        }
        var workers: Int?
        if let text = form["workers"]?.text.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let digits = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")
            if let n = Int(digits), n >= 0 { workers = n } else { errors["workers"] = UIText.notANumber(l) }
        }
        let phonedAt = parseTime(form["phonedAt"]?.text ?? "", today: state.now)
        if phonedAt == nil, errors["phonedAt"] == nil { errors["phonedAt"] = UIText.badTime(l) }
        if let at = phonedAt, at > state.now.adding(seconds: 300) { errors["phonedAt"] = UIText.timeInFuture(l) }
        guard errors.isEmpty, let unitID = form.choiceID("unit"),
            let kind = form.choiceID("kind").flatMap(HotSpot.Kind.init(rawValue:)), let phonedAt
        else {
            form.show(errors: errors)
            state.hotSpots.form = form
            return []
        }
        let spot = HotSpot(
            id: "", title: Text.clean(form["title"]!.text, multiline: false), kind: kind, unitID: unitID,
            enterprise: Enterprise(name: Text.clean(form["enterprise"]!.text, multiline: false)), workersInvolved: workers,
            phonedInAt: phonedAt, phonedInBy: state.session.staff)
        state.hotSpots.form = nil
        return [.save(.newHotSpot(spot))]
    }

    /// "14:30", "14:30 24/11/2026" or "24/11/2026 14:30"; a time alone is today.
    static func parseTime(_ text: String, today: Moment) -> Moment? {
        let parts = text.split(separator: " ").map(String.init)
        var day = today.day
        var clock: (Int, Int)?
        for part in parts {
            if part.contains(":") {
                let hm = part.split(separator: ":").compactMap { Int($0) }
                guard hm.count == 2, (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
                clock = (hm[0], hm[1])
            } else if let d = Day(typed: part) {
                day = d
            } else {
                return nil
            }
        }
        guard let (h, m) = clock else { return nil }
        return Moment(day: day, hour: h, minute: m, utcOffsetMinutes: today.utcOffsetMinutes)
    }

    // MARK: Drawing

    static func columns(_ l: Language, width: Int) -> [TableColumn] {
        let alertWidth = max(24, width * 2 / 7)
        return [
            TableColumn(UIText.colKindHS(l), .fixed(11)), TableColumn(UIText.colEnterprise(l), .flexible(minimum: 10)),
            TableColumn(UIText.colUnit(l), .flexible(minimum: 8)), TableColumn(UIText.colWorkers(l), .fixed(6), alignRight: true),
            TableColumn(UIText.colAge(l), .fixed(7)), TableColumn(UIText.colStatus(l), .fixed(13)),
            TableColumn(UIText.colAlert(l), .fixed(alertWidth)),
        ]
    }

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        if let form = state.hotSpots.form {
            grid.put(form.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
            form.render(into: &grid, rect: Rect(x: 2, y: area.y + 2, width: area.width - 4, height: area.height - 3), language: state.language)
            grid.put(UIText.formKeys(state.language), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
            return
        }
        if let id = state.hotSpots.openID {
            let lines = recordLines(state, id: id, width: area.width - 2)
            for (i, line) in lines.dropFirst(state.hotSpots.recordOffset).prefix(area.height).enumerated() {
                grid.put(line.text, x: 1, y: area.y + i, style: line.style, limit: area.width - 2)
            }
            return
        }
        let l = state.language
        let rows = rows(state)
        grid.put(filterLabel(state), x: 1, y: area.y, style: .accent, limit: area.width - 2)
        if rows.isEmpty { grid.put(UIText.empty(l), x: 2, y: area.y + 3, style: .dim) }
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: area.height - 1),
            columns: columns(l, width: area.width - 2), count: rows.count,
            row: { i in
                let row = rows[i]
                let spot = row.spot
                var alertText = UIText.noAlert(l)
                var alertStyle = Style.plain
                if let alert = row.alert {
                    let overdue = alert.isOverdue(at: state.now)
                    // How late first: it is what decides which call to make now.
                    alertText = "\(overdue ? "✗ " : "")\(alert.timing(at: state.now)(l)) · \(alert.kind.shortLabel(l))"
                    alertStyle = overdue ? .danger : .warning
                }
                return TableRow(
                    [
                        spot.kind.shortLabel(l), ShortName.enterprise(spot.enterprise.name.isEmpty ? spot.title : spot.enterprise.name),
                        ShortName.unit(state.derived.unitName(spot.unitID)), spot.workersInvolved.map(String.init) ?? "?",
                        Format.age(from: spot.phonedInAt, to: state.now)(l), spot.status.label(l), alertText,
                    ], cellStyles: [6: alertStyle])
            }, state: state.hotSpots.list)
    }

    static func filterLabel(_ state: AppState) -> String {
        let l = state.language
        let filter: String
        switch state.hotSpots.filter {
        case .open: filter = UIText.filterOpen(l)
        case .active: filter = UIText.filterActive(l)
        case .all: filter = UIText.filterAll(l)
        case .unit(let id): filter = state.derived.unitName(id)
        case .kind(let kind): filter = kind.label(l)
        case .mine: filter = GuidanceUI.filterMine(l)
        }
        let overdue = state.overdueAlerts
        return "\(UIText.keyFilter(l)): \(filter) · " + UIText.alertBadge(state.alerts.count, overdue)(l)
    }

    struct Line {
        var text: String
        var style: Style
    }

    /// The whole record: facts, obligations with their alerts, escalations, timeline.
    static func recordLines(_ state: AppState, id: String, width: Int) -> [Line] {
        guard let spot = state.dataset?.hotSpots.first(where: { $0.id == id }) else { return [] }
        let l = state.language
        let now = state.now
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
        add("\(spot.kind.label(l)) · \(spot.status.label(l)) · \(state.derived.unitName(spot.unitID))", .bold)
        field(UIText.colEnterprise, [spot.enterprise.name, spot.enterprise.ownership, spot.enterprise.industry].filter { !$0.isEmpty }.joined(separator: " · "))
        field(UIText.address, spot.enterprise.address)
        field(UIText.grassrootsUnion, spot.enterprise.hasGrassrootsUnion ? UIText.yes(l) : UIText.no(l))
        field(UIText.colWorkers, [spot.workersInvolved.map { UIText.involved($0)(l) }, spot.enterprise.workforce.map { UIText.workforce($0)(l) }].compactMap { $0 }.joined(separator: " / "))
        field(UIText.phonedIn, "\(spot.phonedInAt.displayString) – \(spot.phonedInBy)")
        field(GuidanceUI.hotSpotOwner, spot.owner ?? "")  // shown once someone takes it on
        field(UIText.acknowledgedBy, spot.acknowledgement.map { "\($0.at.displayString) – \($0.by)" } ?? "—")
        field(UIText.writtenReport, spot.writtenReport.map { "\($0.receivedAt.displayString)" + ($0.reportID.map { " (\($0))" } ?? "") } ?? "—")
        for target in Escalation.Target.allCases {
            field(UIText.reportedTo(target.label(l)), spot.escalation(to: target).map { "\($0.at.displayString) – \($0.by)" + ($0.note.isEmpty ? "" : ": \($0.note)") } ?? "—")
        }
        field(UIText.causes, spot.causes)
        field(UIText.demands, spot.demands)
        field(UIText.arrears, spot.arrears)
        field(UIText.coordinating, spot.coordinatingBodies)
        field(UIText.unionActions, spot.unionActions)
        field(UIText.result, spot.result)
        let alerts = HotSpotAlerts.alerts(for: spot, rules: state.dataset?.configuration.hotSpotRules ?? HotSpotRules(), at: now)
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
}

/// Names without the legal form or level that every row repeats ("Công ty TNHH", "LĐLĐ huyện"),
/// so narrow columns show what tells the rows apart.
enum ShortName {
    static let enterprisePrefixes = [
        "Công ty TNHH MTV ", "Công ty TNHH ", "Công ty Cổ phần ", "Công ty cổ phần ", "Công ty CP ", "Công ty ", "Doanh nghiệp tư nhân ",
    ]
    static let unitPrefixes = [
        "LĐLĐ thành phố ", "LĐLĐ huyện ", "LĐLĐ thị xã ", "Công đoàn ngành ", "Công đoàn các ", "Công đoàn ",
    ]

    static func enterprise(_ name: String) -> String { strip(name, enterprisePrefixes) }
    static func unit(_ name: String) -> String { strip(name, unitPrefixes) }

    static func strip(_ name: String, _ prefixes: [String]) -> String {
        for prefix in prefixes where name.hasPrefix(prefix) && name.count > prefix.count + 2 {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}
