import DLXHDomain
import Foundation

/// Step 4's state: the guidance panel (over the dashboard) and the form that records guidance
/// from the inbox's items.
public struct GuidanceState: Sendable, Equatable {
    /// The panel is shown in place of the dashboard's view.
    public var isOpen = false
    public var list = ListState()
    /// Only guidance this staff member follows.
    public var mine = false
    /// The form recording guidance, over whichever screen opened it, and the items it answers.
    public var form: Form?
    public var formItems: [ItemReference] = []

    public init() {}
}

/// Chỉ đạo (bước 4): guidance recorded against items reported upward, relayed down to the units
/// that raised them, and followed until each acknowledges. Also the inbox's "return for more".
public enum GuidanceScreen {
    static let bindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.character("r")], "r", GuidanceUI.keyRelay, .relay, status: "r"),
        KeyBinding([.character("w")], "w", GuidanceUI.keyRelayLetter, .writeRelayLetter),
        KeyBinding([.character("a")], "a", GuidanceUI.keyAcknowledge, .acknowledgeUnit, status: "a"),
        KeyBinding([.character("m")], "m", GuidanceUI.keyRemindOverdue, .remindOverdue),
        KeyBinding([.character("f")], "f", GuidanceUI.keyMine, .toggleMine, status: "f"),
        KeyBinding([.character("o")], "o", GuidanceUI.keyTakeOwnership, .takeOwnership),
        KeyBinding([.escape, .character("c"), .character("v")], "Esc", GuidanceUI.keyClose, .back, status: "Esc"),
    ]

    static func rows(_ state: AppState) -> [Guidance] {
        let all = (state.dataset?.guidance ?? []).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        return state.guidance.mine ? all.filter { $0.owner == state.session.staff } : all
    }

    static func selected(_ state: AppState) -> Guidance? {
        let rows = rows(state)
        return rows.indices.contains(state.guidance.list.selected) ? rows[state.guidance.list.selected] : nil
    }

    /// Units that raised its items and were not relayed to yet.
    static func unrelayed(_ guidance: Guidance, _ state: AppState) -> [String] {
        guidance.raisingUnits(in: state.dataset?.reports ?? []).filter { guidance.recipient($0) == nil }
    }

    // MARK: Recording guidance from the inbox

    /// Opens the form for the tagged items, else the selected one.
    static func openForm(_ state: inout AppState) {
        guard let (report, item) = InboxScreen.selectedItem(state) else { return }
        let l = state.language
        let refs = state.inbox.taggedItems.isEmpty
            ? [ItemReference(reportID: report.id, itemID: item.id)]
            : state.inbox.taggedItems.sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
        let issuer = state.dataset?.configuration.guidanceIssuers.first
        state.guidance.formItems = refs
        state.guidance.form = Form(
            title: GuidanceUI.formTitle(refs.count)(l),
            fields: [
                Form.Field(id: "number", label: GuidanceUI.number(l), value: .text(TextField()), required: true),
                Form.Field(id: "date", label: GuidanceUI.date(l), value: .text(TextField(state.now.day.displayString)), required: true),
                Form.Field(id: "issuer", label: GuidanceUI.issuer(l), value: .choice(id: issuer?.id, label: issuer?.label(l) ?? ""), required: true),
                Form.Field(id: "text", label: GuidanceUI.text(l), value: .multiline(TextArea()), required: true, height: 3),
                Form.Field(id: "due", label: GuidanceUI.due(l), value: .text(TextField(state.now.day.adding(days: 7).displayString))),
                Form.Field(id: "owner", label: GuidanceUI.owner(l), value: .text(TextField(state.session.staff))),
            ])
    }

    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard var form = state.guidance.form else { return nil }
        if Form.staysGlobal(key) { return nil }
        let event = form.handle(key)
        state.guidance.form = form
        switch event {
        case .none: break
        case .pick(let field, let typed): offerChoice(field, typed: typed, state: &state)
        case .cancel:
            if form.isDirty {
                state.overlay = .confirm(ConfirmDialog(question: UIText.discardForm(state.language), onYes: .discardForm))
            } else {
                state.guidance.form = nil
            }
        case .submit: return submit(&state)
        }
        return []
    }

    static func offerChoice(_ field: String, typed: String, state: inout AppState) {
        guard field == "issuer" else { return }
        let l = state.language
        let options = (state.dataset?.configuration.guidanceIssuers ?? []).map { Picker.Option(id: $0.id, label: $0.label(l)) }
        var picker = Picker(title: GuidanceUI.issuer(l), options: options)
        if !typed.isEmpty { picker.type(typed) }
        state.overlay = .picker(picker, .guidanceIssuer)
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard var form = state.guidance.form else { return [] }
        let l = state.language
        var errors: [String: String] = [:]
        for field in form.fields where field.required && field.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[field.id] = Phrases.required(l)
        }
        let dateText = form["date"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let date = Day(typed: dateText)
        if date == nil, errors["date"] == nil { errors["date"] = UIText.badDateTyped(dateText)(l) }
        let dueText = form["due"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let due = dueText.isEmpty ? nil : Day(typed: dueText)
        if !dueText.isEmpty && due == nil { errors["due"] = UIText.badDateTyped(dueText)(l) }
        if let date, let due, due < date { errors["due"] = GuidanceUI.dueBeforeDate(l) }
        guard errors.isEmpty, let date else {
            form.show(errors: errors)
            state.guidance.form = form
            return []
        }
        let config = state.dataset?.configuration ?? Configuration()
        let issuerID = form.choiceID("issuer") ?? ""
        let issuer = config.guidanceIssuers.first { $0.id == issuerID }?.vi ?? form["issuer"]!.text
        let owner = Text.clean(form["owner"]?.text ?? "", multiline: false).trimmingCharacters(in: .whitespaces)
        let guidance = Guidance(
            id: "", number: Text.clean(form["number"]!.text, multiline: false), date: date, issuer: issuer,
            text: Text.clean(form["text"]!.text), items: state.guidance.formItems, due: due, owner: owner.isEmpty ? nil : owner,
            createdAt: state.now, createdBy: state.session.staff)
        state.guidance.form = nil
        state.guidance.formItems = []
        return [.save(.newGuidance(guidance))]
    }

    // MARK: Return for more (the inbox's open report)

    static func askReturnReason(_ state: inout AppState) {
        guard let report = InboxScreen.openReport(state) else { return }
        state.overlay = .prompt(
            Prompt(title: GuidanceUI.returnReason(state.language) + " – " + report.id, field: TextField(), purpose: .returnReason(report.id)))
    }

    /// "↩ chờ bổ sung (dd/mm/yyyy, by): reason" while a returned report awaits its supplement.
    static func returnNote(_ report: Report, _ state: AppState) -> String? {
        guard let request = report.returnedForMore, ReturnRules.isIncomplete(report, in: state.dataset?.reports ?? []) else { return nil }
        return "\(GuidanceUI.awaitingSupplement(state.language)) (\(request.on.displayString), \(request.by)): \(request.reason)"
    }

    // MARK: The panel's keys

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        let l = state.language
        let count = rows(state).count
        if state.guidance.list.handle(command, count: count, page: max(1, state.bodyHeight / 2)) { return [] }
        switch command {
        case .back:
            state.guidance.isOpen = false
            return []
        case .toggleMine:
            state.guidance.mine.toggle()
            state.guidance.list = ListState()
            return []
        case .remindOverdue:
            guard !overdue(state).isEmpty else {
                state.toast = GuidanceUI.noneOverdue
                return []
            }
            state.overlay = .prompt(
                Prompt(title: GuidanceUI.reminderFile(l), field: TextField("nhac-phan-hoi-chi-dao-\(state.now.day.isoString).txt"), purpose: .guidanceReminderFile))
            return []
        default: break
        }
        guard let guidance = selected(state) else { return [] }
        switch command {
        case .relay, .writeRelayLetter:
            let units = unrelayed(guidance, state)
            guard !units.isEmpty else {
                state.toast = GuidanceUI.allRelayed
                return []
            }
            if command == .relay { return [.save(.relayGuidance(guidance.id, units: units, letter: nil))] }
            let name = "cong-van-chuyen-" + guidance.id + ".docx"
            state.overlay = .prompt(Prompt(title: GuidanceUI.letterFile(l), field: TextField(name), purpose: .relayLetterFile(guidance.id)))
        case .acknowledgeUnit:
            let waiting = guidance.recipients.filter { !$0.isAcknowledged }
            guard !waiting.isEmpty else {
                state.toast = GuidanceUI.nothingToAck
                return []
            }
            let options = waiting.map { Picker.Option(id: $0.unitID, label: state.derived.unitName($0.unitID)) }
            state.overlay = .picker(Picker(title: GuidanceUI.ackUnit(l), options: options), .guidanceAckUnit(guidance.id))
        case .takeOwnership:
            let me = state.session.staff
            return [.save(.guidanceOwner(guidance.id, owner: guidance.owner == me ? nil : me))]
        default: break
        }
        return []
    }

    static func picked(_ option: Picker.Option, for purpose: PickerPurpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .guidanceIssuer:
            state.guidance.form?.pick("issuer", id: option.id, label: option.label)
        case .guidanceAckUnit(let id):
            state.overlay = .prompt(
                Prompt(title: GuidanceUI.ackNote(option.label)(state.language), field: TextField(), purpose: .ackNote(id, unitID: option.id)))
        default: break
        }
        return []
    }

    static func answered(_ text: String, for purpose: Prompt.Purpose, state: inout AppState) -> [Effect] {
        let path = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .returnReason(let id):
            let reason = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                state.toast = UIText.reasonRequired
                return []
            }
            return [.save(.returnReport(id, reason: reason))]
        case .ackNote(let id, let unitID):
            return [.save(.acknowledgeGuidance(id, unitID: unitID, note: text))]
        case .relayLetterFile(let id):
            guard !path.isEmpty, let guidance = state.dataset?.guidance.first(where: { $0.id == id }) else { return [] }
            return [.save(.relayGuidance(id, units: unrelayed(guidance, state), letter: path))]
        case .guidanceReminderFile:
            return path.isEmpty ? [] : [.save(.guidanceReminderFile(path: path))]
        default:
            return []
        }
    }

    // MARK: Alerts

    /// The header's badge: the hot-spot badge as it always was, and the overdue acknowledgements
    /// beside it when there are any (shortened when the header is narrow, so the staff name and
    /// the date still show whole).
    static func headerBadge(_ state: AppState, hotSpots: String, acks: Int) -> String {
        guard acks > 0 else { return " " + hotSpots + " " }
        let l = state.language
        // What the header keeps whole beside the badge: the staff name and the date (the store
        // name gives way first).
        let fixed = " dlxh │ \(state.session.staff) │ \(state.now.day.displayString) "
        let choices = [GuidanceUI.badge(acks), GuidanceUI.shortBadge(acks), GuidanceUI.tinyBadge(acks)].map { " \(hotSpots) \($0(l)) " }
        return choices.first { DisplayWidth.of($0) + DisplayWidth.of(fixed) <= state.width } ?? choices.last!
    }

    static func overdue(_ state: AppState) -> [GuidanceOverdue] { state.guidanceAlerts }

    /// The reminder to the units overdue with their acknowledgement, as plain text.
    public static func reminderText(dataset: Dataset, overdue: [GuidanceOverdue], today: Day) -> String {
        let org = dataset.configuration.organisation
        let byID = Dictionary(dataset.guidance.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = [org.name.uppercased(), org.department.uppercased(), ""]
        lines.append("V/v đề nghị báo cáo kết quả triển khai văn bản chỉ đạo")
        lines.append("")
        lines.append("\(org.place.isEmpty ? "" : org.place + ", ")ngày \(today.day) tháng \(today.month) năm \(today.year)")
        lines.append("")
        let units = overdue.map(\.unitID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        lines.append("Kính gửi: " + units.map { dataset.unit($0)?.name ?? $0 }.joined(separator: "; "))
        lines.append("")
        lines.append("Đến ngày \(today.displayString), các đơn vị sau chưa báo cáo kết quả triển khai văn bản chỉ đạo đã được chuyển:")
        for item in overdue {
            let g = byID[item.guidanceID]
            let name = dataset.unit(item.unitID)?.name ?? item.unitID
            lines.append("- \(name): văn bản số \(g?.number ?? item.guidanceID) của \(g?.issuer ?? "") (hạn \(item.due.displayString), quá hạn \(item.daysOverdue(asOf: today)) ngày)")
        }
        lines.append("")
        lines.append("Đề nghị các đơn vị khẩn trương báo cáo kết quả tuyên truyền, giải đáp cho đoàn viên, người lao động.")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Drawing

    static func drawForm(_ state: AppState, _ form: Form, into grid: inout Grid, area: Rect) {
        grid.fill(area)
        grid.put(form.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
        form.render(into: &grid, rect: Rect(x: 2, y: area.y + 2, width: area.width - 4, height: area.height - 3), language: state.language)
        grid.put(UIText.formKeys(state.language), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        let rows = rows(state)
        let overdueCount = state.guidanceAlerts.count
        var heading = GuidanceUI.title(l) + " · " + (state.guidance.mine ? GuidanceUI.filterMine(l) : GuidanceUI.filterAll(l))
        if overdueCount > 0 { heading += " " + GuidanceUI.badge(overdueCount)(l) }
        grid.put(heading, x: 1, y: area.y, style: overdueCount > 0 ? .danger : .accent, limit: area.width - 2)
        if rows.isEmpty {
            grid.put(GuidanceUI.none(l), x: 2, y: area.y + 2, style: .dim, limit: area.width - 4)
            return
        }
        let listHeight = min(rows.count + 1, max(3, (area.height - 1) / 2))
        let columns = [
            TableColumn(GuidanceUI.colNumber(l), .flexible(minimum: 10)), TableColumn(GuidanceUI.colIssuer(l), .flexible(minimum: 10)),
            TableColumn(GuidanceUI.colDate(l), .fixed(10)), TableColumn(GuidanceUI.colDue(l), .fixed(10)),
            TableColumn(GuidanceUI.colOwner(l), .fixed(10)), TableColumn(GuidanceUI.colAcks(l), .fixed(8)),
        ]
        let today = state.now.day
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: listHeight), columns: columns, count: rows.count,
            row: { i in
                let g = rows[i]
                let acks = g.recipients.filter(\.isAcknowledged).count
                let late = !GuidanceAlerts.overdue(for: g, asOf: today).isEmpty
                return TableRow(
                    [g.number, g.issuer, g.date.displayString, g.due?.displayString ?? "—", g.owner ?? "—", "\(acks)/\(g.recipients.count)"],
                    cellStyles: late ? [5: .danger] : [:])
            }, state: state.guidance.list)
        guard let g = selected(state) else { return }
        var y = area.y + 1 + listHeight
        var lines: [(String, Style)] = []
        lines.append(("\(g.id) · \(g.number) · \(GuidanceUI.owner(l)): \(g.owner ?? "—")", .bold))
        let text = g.text.replacingOccurrences(of: "\n", with: " ")
        // The gist: as many lines as leave room for the units below.
        let gist = max(1, area.maxY - y - 3 - g.recipients.count - unrelayed(g, state).count)
        for line in TextArea.wrap(text, width: max(10, area.width - 4)).prefix(min(3, gist)) { lines.append((line.text, .plain)) }
        lines.append((GuidanceUI.unitsHeading(l), .bold))
        for r in g.recipients {
            var status: (String, Style) = (GuidanceUI.waiting(l), .warning)
            if let on = r.acknowledgedOn {
                status = (GuidanceUI.acknowledgedOn(on)(l) + (r.note.isEmpty ? "" : ": " + r.note), .ok)
            } else if GuidanceAlerts.isOverdue(r, due: g.due, asOf: today), let due = g.due {
                status = (GuidanceUI.overdueDays(today.dayNumber - due.dayNumber)(l), .danger)
            }
            lines.append(("  \(state.derived.unitName(r.unitID)): \(GuidanceUI.relayedOn(r.relayedOn)(l)) · \(status.0)", status.1))
        }
        for unit in unrelayed(g, state) {
            lines.append(("  \(state.derived.unitName(unit)): \(GuidanceUI.notRelayed(l))", .dim))
        }
        // Long lines (a unit's note) wrap under their start rather than run into the edge.
        for (text, style) in lines {
            let indent = text.hasPrefix("  ") ? 4 : 0
            for (n, part) in TextArea.wrap(text, width: max(10, area.width - 3 - indent)).enumerated() where y < area.maxY {
                let shown = n == 0 ? part.text : String(repeating: " ", count: indent) + part.text.trimmingCharacters(in: .whitespaces)
                grid.put(shown, x: 2, y: y, style: style, limit: area.width - 3)
                y += 1
            }
        }
    }
}
