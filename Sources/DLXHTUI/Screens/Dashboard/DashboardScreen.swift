import DLXHDomain
import DLXHReport
import Foundation

/// Tình hình nộp báo cáo: who has reported, who is late, who has not — a units × months matrix
/// with DHIS2's rates, this period's owing list with contacts, and the roster.
struct DashboardScreen: Component {
    static let id = ComponentID(rawValue: "dashboard")

    enum View: CaseIterable, Sendable, Equatable {
        case matrix, owing, roster

        var title: Localized {
            switch self {
            case .matrix: UIText.viewMatrix
            case .owing: UIText.viewOwing
            case .roster: UIText.viewRoster
            }
        }

        var next: View { View.allCases[(View.allCases.firstIndex(of: self)! + 1) % View.allCases.count] }
    }

    var view = View.matrix
    /// Months, or quarters, half-years, years where the store tracks those reports too.
    var kind = Period.Kind.month
    /// The selected unit row (roster order) and month.
    var unitRow = ListState()
    var selectedPeriod: Period?
    /// The month in the rightmost column (nil: the current month).
    var rightmost: Period?
    var owing = ListState()
    var roster = ListState()
    /// The roster's unit form while adding or editing a unit, the unit it edits, and that unit
    /// as the form opened it (the base of the merge on save).
    var unitForm: Form<UnitField>?
    var editingUnitID: String?
    var openedUnit: ReportingUnit?

    enum Action: Sendable, Equatable {
        case list(ListState.Action), earlier, later, yearBack, yearForward, switchView, periodKind
        case unitReports, recordReport, exempt, remind, preview, guidance, trends, streams, contacts
        case addUnit, editUnit, deactivate, reactivate
    }

    enum Ask: Sendable, Equatable {
        case exemptReason(unitID: String, Period)
        case deactivateOn(unitID: String)
        /// `w` on the reminder letter's preview: now ask where to write it.
        case writeReminder(Period)
        case reminderFile(Period)
        case unitChoice(UnitField)
    }

    static let matrixKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.up, .list(.up), status: "↑↓←→", group: UIText.keyMove),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.down, .list(.down), group: UIText.keyMove),
        KeyBinding([.left, .character("h")], "←/h", UIText.keyEarlierMonth, .earlier),
        KeyBinding([.right, .character("l")], "→/l", UIText.keyLaterMonth, .later),
        KeyBinding([.pageUp], "PgUp", UIText.keyYearBack, .yearBack),
        KeyBinding([.pageDown], "PgDn", UIText.keyYearForward, .yearForward),
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
        KeyBinding([.character("p")], "p", KeyText.periodKind, .periodKind),
    ] + actionKeyMap

    static let actionKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.enter], "Enter", UIText.keyUnitReports, .unitReports, status: "Enter"),
        KeyBinding([.character("n")], "n", UIText.keyRecordReport, .recordReport, status: "n"),
        KeyBinding([.character("x")], "x", UIText.keyExempt, .exempt, status: "x"),
        KeyBinding([.character("m")], "m", UIText.keyReminder, .remind),
        KeyBinding([.character("R")], "R", UIText.keyPreview, .preview),
        KeyBinding([.character("c")], "c", GuidanceUI.keyOpenGuidance, .guidance),
        KeyBinding([.character("t")], "t", TrendsText.keyOpen, .trends),
        KeyBinding([.character("s")], "s", StreamsUI.keyOpen, .streams),
        KeyBinding([.character("i")], "i", UIText.keyContacts, .contacts),
    ]

    static let owingKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
    ] + actionKeyMap

    static let rosterKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("v")], "v", UIText.keyDashboardView, .switchView, status: "v"),
        KeyBinding([.character("a")], "a", UIText.keyAddUnit, .addUnit, status: "a"),
        KeyBinding([.enter, .character("e")], "Enter", UIText.keyEditUnit, .editUnit, status: "Enter"),
        KeyBinding([.character("d")], "d", UIText.keyDeactivate, .deactivate, status: "d"),
        KeyBinding([.character("r")], "r", UIText.keyReactivate, .reactivate),
        KeyBinding([.character("i")], "i", UIText.keyContacts, .contacts),
    ]

    static func keyMap(for view: View) -> [KeyBinding<Action>] {
        switch view {
        case .matrix: matrixKeyMap
        case .owing: owingKeyMap
        case .roster: rosterKeyMap
        }
    }

    func focus(on tab: ScreenID) -> Focus? { tab == .dashboard ? .tab : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        if case .reopen(.unit, _) = navigation { return true }
        return false
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        View.allCases.map { (KeyReference.on(.dashboard, $0.title, l), keyMap(for: $0).docs) }
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { unitForm == nil ? Self.keyMap(for: view) : [] }
    func keyDocs(_ context: ScreenContext) -> [KeyDoc] { unitForm?.docs ?? Self.keyMap(for: view).docs }
    var hasUnsavedInput: Bool { unitForm?.isDirty == true }
    func takesTyping(_ context: ScreenContext) -> Bool { unitForm != nil }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        guard unitForm == nil else { return nil }
        let (selected, count): (Int, Int)
        switch view {
        case .matrix: (selected, count) = (unitRow.selected, matrixUnits(context).count)
        case .owing: (selected, count) = (owing.selected, owingRows(context).count)
        case .roster: (selected, count) = (roster.selected, context.dataset?.units.count ?? 0)
        }
        return count == 0 ? nil : (min(selected, count - 1), count)
    }

    func current(_ context: ScreenContext) -> Period { Period.containing(context.now.day, kind: kind) }
    func selected(_ context: ScreenContext) -> Period { selectedPeriod ?? current(context) }
    func rightmost(_ context: ScreenContext) -> Period { rightmost ?? current(context) }
    /// The month the streams and the trends open on: the selected column's (its last month begun,
    /// for a quarter or a year), as `R` opens the report of the selected period.
    func selectedMonth(_ context: ScreenContext) -> Period {
        let period = selected(context)
        return period.kind == .month ? period : Period.containing(min(period.lastDay, context.now.day))
    }

    /// Months that fit beside the unit names and the rate column.
    static func visibleMonths(_ width: Int) -> Int { max(3, min(12, (width - 2 - nameWidth(width) - 6) / 6)) }
    static func nameWidth(_ width: Int) -> Int { width >= 160 ? 40 : width >= 100 ? 28 : 18 }

    func owingRows(_ context: ScreenContext) -> [SubmissionRow] {
        guard let dataset = context.dataset else { return [] }
        return ReminderLetter.owing(dataset, period: selected(context), today: context.now.day)
    }

    /// The units the matrix lists: those that existed at some time in the twelve periods up to the
    /// rightmost one shown, so a district federation ended in 2025 does not sit as an empty row
    /// through 2026 (the roster view still lists every unit).
    func matrixUnits(_ context: ScreenContext) -> [ReportingUnit] {
        guard let dataset = context.dataset else { return [] }
        let last = rightmost(context)
        let first = last.advanced(by: -11)
        return dataset.units.filter { $0.activeFrom <= last.lastDay && ($0.activeTo.map { $0 >= first.firstDay } ?? true) }
    }

    func selectedUnit(_ context: ScreenContext) -> ReportingUnit? {
        guard let dataset = context.dataset else { return nil }
        switch view {
        case .matrix:
            let units = matrixUnits(context)
            return units.indices.contains(unitRow.selected) ? units[unitRow.selected] : nil
        case .owing:
            let rows = owingRows(context)
            return rows.indices.contains(owing.selected) ? rows[owing.selected].unit : nil
        case .roster:
            return dataset.units.indices.contains(roster.selected) ? dataset.units[roster.selected] : nil
        }
    }

    // MARK: Keys

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action): return perform(action, &context)
        case .picked(let option, .unitChoice(let field)): unitForm?.pick(field, id: option.id, label: option.label)
        case .answered(let text, let ask): return answered(text, ask, &context)
        case .confirmed(.writeReminder(let period)):
            context.overlay = .prompt(
                Prompt(
                    title: UIText.inFolder(UIText.reminderFilePrompt(context.language), context.session.folder, context.language), field: TextField("nhac-nop-bao-cao-\(period.id).txt"),
                    reply: reply(.reminderFile(period))))
        case .navigate(.reopen(.unit(let unit, let base, _), _)):
            context.navigate(.screen(.dashboard))
            unitForm = Self.unitForm(context, unit: unit)
            unitForm?.isDirty = true
            editingUnitID = base == nil ? nil : unit.id
            openedUnit = base
        default: break
        }
        return []
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        guard let dataset = context.dataset else { return [] }
        switch action {
        case .periodKind:
            // The next period kind the store tracks (monthly, then quarterly… where configured).
            let kinds = dataset.configuration.trackedPeriodKinds.isEmpty ? [.month] : dataset.configuration.trackedPeriodKinds
            // Only months tracked: nothing to switch, and the month selected stays selected.
            guard kinds.count > 1 else {
                context.say(UIText.onlyMonthly)
                return []
            }
            let i = kinds.firstIndex(of: kind) ?? -1
            kind = kinds[(i + 1) % kinds.count]
            selectedPeriod = nil
            rightmost = nil
            return []
        case .guidance:
            context.navigate(.guidancePanel)
            return []
        case .trends:
            context.navigate(.trendsPanel(selectedMonth(context)))
            return []
        case .streams:
            context.navigate(.streamsPanel(selectedMonth(context)))
            return []
        case .switchView:
            view = view.next
            return []
        case .list(let move):
            switch view {
            case .matrix: unitRow.handle(move, count: matrixUnits(context).count, page: context.bodyHeight)
            case .owing: owing.handle(move, count: owingRows(context).count, page: context.bodyHeight - 3)
            case .roster: roster.handle(move, count: dataset.units.count, page: context.bodyHeight - 2)
            }
            return []
        case .earlier, .later, .yearBack, .yearForward:
            let year = 12 / kind.length
            let step = action == .earlier ? -1 : action == .later ? 1 : action == .yearBack ? -year : year
            moveMonth(by: step, context)
            return []
        case .addUnit, .editUnit, .deactivate, .reactivate:
            return rosterAction(action, &context)
        default: break
        }
        // Actions on the selected unit and period.
        guard let unit = selectedUnit(context) else { return [] }
        let period = selected(context)
        let l = context.language
        switch action {
        case .unitReports:
            context.navigate(.unitReports(unitID: unit.id, period))
        case .recordReport:
            context.navigate(.newReport(unitID: unit.id, period, returnTo: .dashboard))
        case .exempt:
            // A unit that has reported for the period owes nothing to be excused from.
            if let row = dataset.submissionRows(for: period, asOf: context.now.day).first(where: { $0.unit.id == unit.id }),
                let received = row.state.receivedOn
            {
                // The short name: the message line is one line at 80 columns.
                context.say(UIText.alreadyReported(ShortName.unit(unit.name, fitting: 28), period.label(l), received.displayString))
                return []
            }
            context.overlay = .prompt(
                Prompt(title: UIText.exemptPrompt(unit.name, period.label(l))(l), reply: reply(.exemptReason(unitID: unit.id, period))))
        case .remind:
            // The letter is read before it is written: who it goes to, the deadline it sets.
            let owing = ReminderLetter.owing(dataset, period: period, today: context.now.day)
            guard !owing.isEmpty else {
                context.say(UIText.nobodyToRemind(period.label(l)))
                return []
            }
            let letter = ReminderLetter.text(dataset: dataset, period: period, today: context.now.day)
            context.overlay = .document(
                DocumentPreview(title: UIText.reminderPreviewTitle(period.label(l), owing.count)(l), text: letter, reply: reply(.writeReminder(period))))
        case .preview:
            context.navigate(.preview(period))
        case .contacts:
            context.overlay = .lines(title: UIText.contactsTitle(unit.name)(l), Self.contactLines(unit, l))
        default: break
        }
        return []
    }

    /// A unit's contacts in full, for the detail view (`i`): the lists cut them to their columns.
    static func contactLines(_ unit: ReportingUnit, _ l: Language) -> [String] {
        [
            (UIText.unitName(l), unit.name), (UIText.colContact(l), unit.contactPerson), (UIText.colPhone(l), unit.phone),
            (UIText.email(l), unit.email), (UIText.cluster(l), unit.cluster),
        ].map { "\($0.0): \($0.1.isEmpty ? "—" : $0.1)" }
    }

    /// Moves the selected month; the window follows it back (ten years back if need be) and
    /// never goes past the current month.
    mutating func moveMonth(by step: Int, _ context: ScreenContext) {
        let now = current(context)
        var target = selected(context).advanced(by: step)
        if target > now { target = now }
        if let first = context.dataset?.units.map(\.activeFrom).min(), target < Period.containing(first, kind: kind) {
            target = Period.containing(first, kind: kind)
        }
        selectedPeriod = target
        let months = Self.visibleMonths(context.width)
        var right = rightmost(context)
        if target > right { right = target }
        if right.distance(to: target) <= -months { right = target.advanced(by: months - 1) }
        if right > now { right = now }
        rightmost = right
    }

    func answered(_ text: String, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        switch ask {
        case .exemptReason(let unitID, let period):
            let reason = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                context.say(UIText.reasonRequired)
                return []
            }
            return [.save(.exempt(unitID: unitID, period, reason: reason))]
        case .deactivateOn(let unitID):
            guard let day = Day(typed: text), let base = context.dataset?.unit(unitID) else {
                context.say(UIText.badDateTyped(text))
                return []
            }
            var unit = base
            unit.activeTo = day
            return [.save(.unit(unit, base: base))]
        case .reminderFile(let period):
            let path = text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.save(.reminderFile(period, path: path))]
        case .unitChoice, .writeReminder:
            return []
        }
    }
}

extension AppState {
    var dashboard: DashboardScreen {
        get { self[DashboardScreen.self] }
        set { self[DashboardScreen.self] = newValue }
    }
}
