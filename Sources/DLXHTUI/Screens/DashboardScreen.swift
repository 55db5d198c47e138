import DLXHDomain
import DLXHReport
import Foundation

/// Tình hình nộp báo cáo: who has reported, who is late, who has not — a units × months matrix
/// with DHIS2's rates, this period's owing list with contacts, and the roster.
enum DashboardScreen {
    static let matrixBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyMove, .moveUp, status: "↑↓←→"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyMove, .moveDown),
        KeyBinding([.left, .character("h")], "←/h", UIText.keyEarlierMonth, .earlier),
        KeyBinding([.right, .character("l")], "→/l", UIText.keyLaterMonth, .later),
        KeyBinding([.pageUp], "PgUp", UIText.keyYearBack, .pageUp),
        KeyBinding([.pageDown], "PgDn", UIText.keyYearForward, .pageDown),
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
        KeyBinding([.character("p")], "p", UIText.keyPeriodKind, .sort),
    ] + actions

    static let actions: [KeyBinding] = [
        KeyBinding([.enter], "Enter", UIText.keyUnitReports, .open, status: "Enter"),
        KeyBinding([.character("n")], "n", UIText.keyRecordReport, .recordReport, status: "n"),
        KeyBinding([.character("x")], "x", UIText.keyExempt, .exemptUnit, status: "x"),
        KeyBinding([.character("m")], "m", UIText.keyReminder, .remind),
        KeyBinding([.character("R")], "R", UIText.keyPreview, .preview),
        KeyBinding([.character("c")], "c", GuidanceUI.keyOpenGuidance, .openGuidance),
    ]

    static let owingBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
    ] + actions

    static let rosterBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
        KeyBinding([.character("a")], "a", UIText.keyAddUnit, .addUnit, status: "a"),
        KeyBinding([.enter, .character("e")], "Enter", UIText.keyEditUnit, .editUnit, status: "Enter"),
        KeyBinding([.character("d")], "d", UIText.keyDeactivate, .deactivateUnit, status: "d"),
        KeyBinding([.character("r")], "r", UIText.keyReactivate, .reactivateUnit),
    ]

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.dashboard.view {
        case .matrix: matrixBindings
        case .owing: owingBindings
        case .roster: rosterBindings
        }
    }

    static func current(_ state: AppState) -> Period { Period.containing(state.now.day, kind: state.dashboard.kind) }
    static func selected(_ state: AppState) -> Period { state.dashboard.selectedPeriod ?? current(state) }
    static func rightmost(_ state: AppState) -> Period { state.dashboard.rightmost ?? current(state) }

    /// Months that fit beside the unit names and the rate column.
    static func visibleMonths(_ width: Int) -> Int { max(3, min(12, (width - 2 - nameWidth(width) - 6) / 6)) }
    static func nameWidth(_ width: Int) -> Int { width >= 100 ? 28 : 18 }

    static func owing(_ state: AppState) -> [SubmissionRow] {
        guard let dataset = state.dataset else { return [] }
        return ReminderLetter.owing(dataset, period: selected(state), today: state.now.day)
    }

    // MARK: Keys

    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard var form = state.dashboard.unitForm else { return nil }
        if Form.staysGlobal(key) { return nil }
        let event = form.handle(key)
        state.dashboard.unitForm = form
        switch event {
        case .none: break
        case .pick(let field, let typed):
            let l = state.language
            let options: [Picker.Option]
            switch field {
            case "kind": options = ReportingUnit.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            case "successor": options = [Picker.Option(id: "", label: "—")] + (state.dataset?.units ?? []).map { Picker.Option(id: $0.id, label: $0.name) }
            default: return []
            }
            var picker = Picker(title: form[field]?.label ?? "", options: options)
            if !typed.isEmpty { picker.type(typed) }
            state.overlay = .picker(picker, .unitChoice(field))
        case .cancel:
            state.dashboard.unitForm = nil
            state.dashboard.editingUnitID = nil
        case .submit:
            return submitUnit(&state)
        }
        return []
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        let l = state.language
        guard let dataset = state.dataset else { return [] }
        if command == .sort {
            // p: the next period kind the store tracks (monthly, then quarterly… where configured).
            let kinds = dataset.configuration.trackedPeriodKinds.isEmpty ? [.month] : dataset.configuration.trackedPeriodKinds
            let i = kinds.firstIndex(of: state.dashboard.kind) ?? -1
            state.dashboard.kind = kinds[(i + 1) % kinds.count]
            state.dashboard.selectedPeriod = nil
            state.dashboard.rightmost = nil
            if kinds.count == 1 { state.toast = UIText.onlyMonthly }
            return []
        }
        if command == .openGuidance {
            state.guidance.isOpen = true
            return []
        }
        if command == .switchView {
            let next = (state.dashboard.view.rawValue + 1) % DashboardState.View.allCases.count
            state.dashboard.view = DashboardState.View(rawValue: next)!
            return []
        }
        switch state.dashboard.view {
        case .matrix:
            let units = matrixUnits(state).count
            switch command {
            case .moveUp, .moveDown, .first, .last:
                _ = state.dashboard.unitRow.handle(command, count: units, page: state.bodyHeight)
                return []
            case .earlier, .later, .pageUp, .pageDown:
                let year = 12 / state.dashboard.kind.length
                let step = command == .earlier ? -1 : command == .later ? 1 : command == .pageUp ? -year : year
                moveMonth(by: step, state: &state)
                return []
            default: break
            }
        case .owing:
            if state.dashboard.owing.handle(command, count: owing(state).count, page: state.bodyHeight - 3) { return [] }
        case .roster:
            if state.dashboard.roster.handle(command, count: dataset.units.count, page: state.bodyHeight - 2) { return [] }
            return rosterAction(command, state: &state)
        }
        // Actions on the selected unit and period.
        guard let unit = selectedUnit(state) else { return [] }
        let period = selected(state)
        switch command {
        case .open:
            state.screen = .inbox
            state.inbox.openReportID = nil
            state.inbox.filter.set("đơn vị:\(unit.id) kỳ:\(period.id)")
            InboxScreen.refilter(&state)
        case .recordReport:
            EntryScreen.openNew(&state, unitID: unit.id, period: period, returnTo: .dashboard)
        case .exemptUnit:
            state.overlay = .prompt(
                Prompt(title: UIText.exemptPrompt(unit.name, period.label(l))(l), field: TextField(), purpose: .exemptReason(unitID: unit.id, period)))
        case .remind:
            state.overlay = .prompt(
                Prompt(title: UIText.reminderFilePrompt(l), field: TextField("nhac-nop-bao-cao-\(period.id).txt"), purpose: .reminderFile(period)))
        case .preview:
            openPreview(&state, period: period)
        default: break
        }
        return []
    }

    static func selectedUnit(_ state: AppState) -> ReportingUnit? {
        guard let dataset = state.dataset else { return nil }
        switch state.dashboard.view {
        case .matrix:
            let units = matrixUnits(state)
            return units.indices.contains(state.dashboard.unitRow.selected) ? units[state.dashboard.unitRow.selected] : nil
        case .owing:
            let rows = owing(state)
            return rows.indices.contains(state.dashboard.owing.selected) ? rows[state.dashboard.owing.selected].unit : nil
        case .roster:
            return dataset.units.indices.contains(state.dashboard.roster.selected) ? dataset.units[state.dashboard.roster.selected] : nil
        }
    }

    /// Moves the selected month; the window follows it back (ten years back if need be) and
    /// never goes past the current month.
    static func moveMonth(by step: Int, state: inout AppState) {
        let now = current(state)
        var target = selected(state).advanced(by: step)
        if target > now { target = now }
        if let first = state.dataset?.units.map(\.activeFrom).min(), target < Period.containing(first, kind: state.dashboard.kind) {
            target = Period.containing(first, kind: state.dashboard.kind)
        }
        state.dashboard.selectedPeriod = target
        let months = visibleMonths(state.width)
        var right = rightmost(state)
        if target > right { right = target }
        if right.distance(to: target) <= -months { right = target.advanced(by: months - 1) }
        if right > now { right = now }
        state.dashboard.rightmost = right
    }

    static func answered(_ text: String, for purpose: Prompt.Purpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .exemptReason(let unitID, let period):
            let reason = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                state.toast = UIText.reasonRequired
                return []
            }
            return [.save(.exempt(unitID: unitID, period, reason: reason))]
        case .deactivateOn(let unitID):
            guard let day = Day(typed: text), let base = state.dataset?.unit(unitID) else {
                state.toast = UIText.badDateTyped(text)
                return []
            }
            var unit = base
            unit.activeTo = day
            return [.save(.unit(unit, base: base))]
        case .reportFile(let period):
            let path = text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.save(.reportFile(period, path: path))]
        case .reminderFile(let period):
            let path = text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.save(.reminderFile(period, path: path))]
        default:
            return []
        }
    }

    // MARK: Roster

    static func rosterAction(_ command: Command, state: inout AppState) -> [Effect] {
        let l = state.language
        let unit = selectedUnit(state)
        switch command {
        case .addUnit:
            state.dashboard.unitForm = unitForm(state, unit: nil)
            state.dashboard.editingUnitID = nil
            state.dashboard.openedUnit = nil
        case .editUnit:
            guard let unit else { return [] }
            state.dashboard.unitForm = unitForm(state, unit: unit)
            state.dashboard.editingUnitID = unit.id
            state.dashboard.openedUnit = unit
        case .deactivateUnit:
            guard let unit else { return [] }
            state.overlay = .prompt(
                Prompt(title: UIText.deactivatePrompt(unit.name)(l), field: TextField(state.now.day.displayString), purpose: .deactivateOn(unitID: unit.id)))
        case .reactivateUnit:
            guard let base = unit, base.activeTo != nil else { return [] }
            var unit = base
            unit.activeTo = nil
            return [.save(.unit(unit, base: base))]
        default: break
        }
        return []
    }

    static func unitForm(_ state: AppState, unit: ReportingUnit?) -> Form {
        let l = state.language
        let kind = unit?.kind ?? .communeUnion
        let successor = unit?.successorID.flatMap { state.dataset?.unit($0) }
        return Form(
            title: unit == nil ? UIText.addUnitTitle(l) : UIText.editUnitTitle(unit!.name)(l),
            fields: [
                Form.Field(id: "id", label: UIText.unitID(l), value: .text(TextField(unit?.id ?? "")), required: true),
                Form.Field(id: "name", label: UIText.unitName(l), value: .text(TextField(unit?.name ?? "")), required: true),
                Form.Field(id: "kind", label: UIText.colKindHS(l), value: .choice(id: kind.rawValue, label: kind.label(l)), required: true),
                Form.Field(id: "cluster", label: UIText.cluster(l), value: .text(TextField(unit?.cluster ?? ""))),
                Form.Field(id: "contact", label: UIText.colContact(l), value: .text(TextField(unit?.contactPerson ?? ""))),
                Form.Field(id: "phone", label: UIText.colPhone(l), value: .text(TextField(unit?.phone ?? ""))),
                Form.Field(id: "email", label: UIText.email(l), value: .text(TextField(unit?.email ?? ""))),
                Form.Field(id: "mustReport", label: UIText.mustReport(l), value: .flag(unit?.mustReport ?? true)),
                Form.Field(id: "from", label: UIText.activeFrom(l), value: .text(TextField((unit?.activeFrom ?? state.now.day).displayString)), required: true),
                Form.Field(id: "to", label: UIText.activeTo(l), value: .text(TextField(unit?.activeTo?.displayString ?? ""))),
                Form.Field(id: "successor", label: UIText.successor(l), value: .choice(id: successor?.id, label: successor?.name ?? "—")),
            ])
    }

    static func submitUnit(_ state: inout AppState) -> [Effect] {
        guard var form = state.dashboard.unitForm, let dataset = state.dataset else { return [] }
        let l = state.language
        var errors: [String: String] = [:]
        let id = Text.fold(form["id"]?.text ?? "").replacingOccurrences(of: " ", with: "-")
        let name = Text.clean(form["name"]?.text ?? "", multiline: false).trimmingCharacters(in: .whitespaces)
        if id.isEmpty { errors["id"] = Phrases.required(l) }
        if name.isEmpty { errors["name"] = Phrases.required(l) }
        if state.dashboard.editingUnitID == nil, dataset.unit(id) != nil { errors["id"] = UIText.unitIDTaken(l) }
        if state.dashboard.editingUnitID != nil, id != state.dashboard.editingUnitID { errors["id"] = UIText.unitIDFixed(l) }
        let from = Day(typed: form["from"]?.text ?? "")
        if from == nil { errors["from"] = UIText.badDateTyped(form["from"]?.text ?? "")(l) }
        let toText = form["to"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let to = toText.isEmpty ? nil : Day(typed: toText)
        if !toText.isEmpty && to == nil { errors["to"] = UIText.badDateTyped(toText)(l) }
        if let from, let to, to < from { errors["to"] = UIText.endBeforeStart(l) }
        guard errors.isEmpty, let from else {
            form.show(errors: errors)
            state.dashboard.unitForm = form
            return []
        }
        // Built on the version the form opened: the store merges only what was changed here.
        let base = state.dashboard.editingUnitID == nil ? nil : state.dashboard.openedUnit ?? dataset.unit(id)
        var unit = base ?? ReportingUnit(id: id, name: name, kind: .other, activeFrom: from)
        unit.name = name
        unit.kind = form.choiceID("kind").flatMap(ReportingUnit.Kind.init(rawValue:)) ?? .other
        unit.cluster = Text.clean(form["cluster"]?.text ?? "", multiline: false)
        unit.contactPerson = Text.clean(form["contact"]?.text ?? "", multiline: false)
        unit.phone = Text.clean(form["phone"]?.text ?? "", multiline: false)
        unit.email = Text.clean(form["email"]?.text ?? "", multiline: false)
        unit.mustReport = form.isOn("mustReport")
        unit.activeFrom = from
        unit.activeTo = to
        let successor = form.choiceID("successor")
        unit.successorID = successor?.isEmpty == false ? successor : nil
        state.dashboard.unitForm = nil
        state.dashboard.editingUnitID = nil
        state.dashboard.openedUnit = nil
        return [.save(.unit(unit, base: base))]
    }

    static func picked(_ option: Picker.Option, for purpose: PickerPurpose, state: inout AppState) -> [Effect] {
        guard case .unitChoice(let field) = purpose, var form = state.dashboard.unitForm else { return [] }
        form.pick(field, id: option.id, label: option.label)
        state.dashboard.unitForm = form
        return []
    }

    // MARK: The report preview

    static func openPreview(_ state: inout AppState, period: Period) {
        guard let dataset = state.dataset else { return }
        let lines = ReportOutput.lines(
            dataset: dataset, period: period, today: state.now.day, language: state.language, width: max(40, state.width - 4),
            measure: { DisplayWidth.of($0) })
        state.preview = ReportPreview(period: period, lines: lines)
    }

    static let previewBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyScroll, .moveUp, status: "↑↓"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyScroll, .moveDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", UIText.keyPage, .pageUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", UIText.keyPage, .pageDown),
        KeyBinding([.left, .character("[")], "←", UIText.keyEarlierMonth, .earlier, status: "←→"),
        KeyBinding([.right, .character("]")], "→", UIText.keyLaterMonth, .later),
        KeyBinding([.character("w")], "w", UIText.keyWriteReport, .writeFile, status: "w"),
        KeyBinding([.escape, .character("q")], "Esc", UIText.keyClose, .back, status: "Esc"),
    ]

    static func previewKey(_ key: Key, state: inout AppState) -> [Effect] {
        guard var preview = state.preview else { return [] }
        guard let binding = previewBindings.first(where: { $0.matches(key) }) else {
            if key == .function(1) || key == .character("?") { state.overlay = .help }
            return []
        }
        let page = max(1, state.bodyHeight - 1)
        switch binding.command {
        case .moveUp: preview.offset -= 1
        case .moveDown: preview.offset += 1
        case .pageUp: preview.offset -= page
        case .pageDown: preview.offset += page
        case .earlier, .later:
            let next = preview.period.advanced(by: binding.command == .earlier ? -1 : 1)
            guard next <= current(state) else { return [] }
            openPreview(&state, period: next)
            return []
        case .writeFile:
            state.overlay = .prompt(
                Prompt(title: UIText.reportFilePrompt(state.language), field: TextField("bao-cao-tong-hop-\(preview.period.id).docx"),
                    purpose: .reportFile(preview.period)))
            return []
        case .back:
            state.preview = nil
            return []
        default: break
        }
        preview.offset = min(max(0, preview.offset), max(0, preview.lines.count - state.bodyHeight))
        state.preview = preview
        return []
    }

    static func drawPreview(_ state: AppState, _ preview: ReportPreview, into grid: inout Grid, area: Rect) {
        grid.fill(area)
        for (i, line) in preview.lines.dropFirst(preview.offset).prefix(area.height).enumerated() {
            grid.put(line, x: 2, y: area.y + i, limit: area.width - 3)
        }
    }

    // MARK: Drawing

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let dataset = state.dataset else { return }
        let l = state.language
        if let form = state.dashboard.unitForm {
            grid.put(form.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
            form.render(into: &grid, rect: Rect(x: 2, y: area.y + 2, width: area.width - 4, height: area.height - 3), language: l)
            grid.put(UIText.formKeys(l), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
            return
        }
        let period = selected(state)
        let rows = dataset.submissionRows(for: period, asOf: state.now.day)
        let due = dataset.rules.deadline(for: period)
        let views = [UIText.viewMatrix(l), UIText.viewOwing(l), UIText.viewRoster(l)]
        var x = 1
        for (i, name) in views.enumerated() {
            x = grid.put(" \(name) ", x: x, y: area.y, style: i == state.dashboard.view.rawValue ? .reverse : .dim) + 1
        }
        let heading = UIText.dueLine(period.label(l), due.displayString)(l) + " · " + SubmissionTotals(rows.map(\.state)).label(l)
        grid.put(heading, x: 1, y: area.y + 1, style: .accent, limit: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        switch state.dashboard.view {
        case .matrix: drawMatrix(state, dataset: dataset, into: &grid, area: body)
        case .owing: drawOwing(state, into: &grid, area: body)
        case .roster: drawRoster(state, dataset: dataset, into: &grid, area: body)
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

    /// The units the matrix lists: those that existed at some time in the twelve periods up to the
    /// rightmost one shown, so a district federation ended in 2025 does not sit as an empty row
    /// through 2026 (the roster view still lists every unit).
    static func matrixUnits(_ state: AppState) -> [ReportingUnit] {
        guard let dataset = state.dataset else { return [] }
        let last = rightmost(state)
        let first = last.advanced(by: -11)
        return dataset.units.filter { $0.activeFrom <= last.lastDay && ($0.activeTo.map { $0 >= first.firstDay } ?? true) }
    }

    static func drawMatrix(_ state: AppState, dataset: Dataset, into grid: inout Grid, area: Rect) {
        let l = state.language
        let months = visibleMonths(area.width)
        let last = rightmost(state)
        var shown = dataset
        shown.units = matrixUnits(state)
        let matrix = SubmissionMatrix.build(from: shown, last: last, months: months, today: state.now.day)
        let selectedPeriod = selected(state)
        let incomplete = ReturnMarks.incomplete(dataset)
        let nameW = nameWidth(area.width)
        let cellW = 6
        let top = area.y
        grid.put(DisplayWidth.fit(UIText.colUnit(l), nameW), x: 1, y: top, style: Style(bold: true, underline: true))
        for (c, period) in matrix.periods.enumerated() {
            let style = period == selectedPeriod ? Style(bold: true, reverse: true) : Style(bold: true, underline: true)
            // "11/26": month and year in five columns, in either language.
            let label = period.kind == .month ? pad2(period.index) + "/" + pad2(period.year % 100) : period.shortLabel(l)
            grid.put(DisplayWidth.fitRight(label, cellW - 1), x: 2 + nameW + c * cellW, y: top, style: style)
        }
        let rateX = 2 + nameW + matrix.periods.count * cellW
        grid.put(UIText.rateColumn(l), x: rateX, y: top, style: Style(bold: true, underline: true))
        // Rows: as many as fit above the two totals lines.
        let visible = max(1, area.height - 4)
        let list = state.dashboard.unitRow.scrolled(visible: visible, count: matrix.rows.count)
        for (line, index) in (list.offset..<min(matrix.rows.count, list.offset + visible)).enumerated() {
            let row = matrix.rows[index]
            let y = top + 1 + line
            let isSelected = index == list.selected
            let inactive = row.unit.activeTo.map { $0 < state.now.day } ?? false
            let name = ShortName.unit(row.unit.name) + (inactive ? " †" : "")
            grid.put(DisplayWidth.fit(name, nameW), x: 1, y: y, style: isSelected ? .reverse : (inactive ? .dim : .plain))
            for (c, cell) in row.states.enumerated() {
                var style = cellStyle(cell)
                if isSelected && matrix.periods[c] == selectedPeriod { style.reverse = true }
                // A report sent back for more shows as ↩ until its supplement arrives.
                let returned = incomplete.contains(ReturnMarks.key(row.unit.id, matrix.periods[c]))
                if returned { style = .warning.with(reverse: style.reverse) }
                grid.put(DisplayWidth.fitRight(returned ? "↩" : SubmissionMatrix.symbol(cell), cellW - 1), x: 2 + nameW + c * cellW, y: y, style: style)
            }
            let totals = SubmissionTotals(row.states)
            grid.put(DisplayWidth.fitRight(percent(totals.reportingRate), 5), x: rateX, y: y)
        }
        // Column totals, as DHIS2 defines them: submitted ÷ expected, on time ÷ expected.
        let totalsY = top + 1 + min(visible, matrix.rows.count)
        grid.put(DisplayWidth.fit(UIText.reportingRate(l), nameW), x: 1, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fit(UIText.timeliness(l), nameW), x: 1, y: totalsY + 1, style: .bold)
        var all = SubmissionTotals()
        for (c, _) in matrix.periods.enumerated() {
            let column = SubmissionTotals(matrix.rows.map { $0.states[c] })
            for state in matrix.rows.map({ $0.states[c] }) { all.add(state) }
            grid.put(DisplayWidth.fitRight(percent(column.reportingRate), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY, style: .bold)
            grid.put(DisplayWidth.fitRight(percent(column.timeliness), cellW - 1), x: 2 + nameW + c * cellW, y: totalsY + 1, style: .bold)
        }
        grid.put(DisplayWidth.fitRight(percent(all.reportingRate), 5), x: rateX, y: totalsY, style: .bold)
        grid.put(DisplayWidth.fitRight(percent(all.timeliness), 5), x: rateX, y: totalsY + 1, style: .bold)
        grid.put((incomplete.isEmpty ? "" : GuidanceUI.legendReturned(l)) + UIText.matrixLegend(l), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    static func drawOwing(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        let rows = owing(state)
        let waiting = state.dataset.map { ReturnMarks.waiting($0, period: selected(state)) } ?? []
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
                    cellStyles: [1: cellStyle(row.state)])
            }, state: state.dashboard.owing)
        // Received, but returned for more and not yet completed: on the last line.
        if !waiting.isEmpty {
            grid.put(GuidanceUI.awaitingSupplement(l) + ": " + waiting.joined(separator: "; "), x: 1, y: area.maxY - 1, style: .warning, limit: area.width - 2)
        }
    }

    static func drawRoster(_ state: AppState, dataset: Dataset, into grid: inout Grid, area: Rect) {
        let l = state.language
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
                let ended = unit.activeTo.map { $0 < state.now.day } ?? false
                return TableRow(
                    [
                        unit.name, unit.kind.label(l), unit.activeFrom.displayString, unit.activeTo?.displayString ?? "",
                        unit.mustReport ? "✓" : "–", unit.successorID.map { state.derived.unitName($0) } ?? "",
                    ], style: ended ? .dim : .plain)
            }, state: state.dashboard.roster)
    }
}
