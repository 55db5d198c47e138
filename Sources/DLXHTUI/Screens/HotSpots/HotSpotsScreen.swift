import DLXHDomain
import Foundation

/// Điểm nóng: the open hot spots, most urgent alert first; one record with its obligations and
/// timeline; the actions that meet the obligations; the quick phone-in form and the full record.
struct HotSpotsScreen: Component {
    static let id = ComponentID(rawValue: "hotSpots")

    enum Filter: Sendable, Equatable {
        case active, open, all
        case unit(String)
        case kind(HotSpot.Kind)
        /// Those this staff member follows (owner).
        case mine
    }

    /// The filter picker's choices.
    enum FilterChoice: String, CaseIterable, Sendable { case open, active, all, unit, kind, mine }

    var list = ListState()
    var filter = Filter.open
    var openID: String?
    var recordOffset = 0
    /// The quick phone-in form, while it is open.
    var phoneIn: Form<PhoneInField>?
    /// The full record's form, the hot spot it edits, and that spot as the form opened it (the
    /// base of the merge on save).
    var record: Form<RecordField>?
    var editingID: String?
    var opened: HotSpot?
    /// The tab the phone-in form was opened from (Ctrl-N anywhere): saved or cancelled, the
    /// person goes back there.
    var returnTo: ScreenID?

    var isFormOpen: Bool { phoneIn != nil || record != nil }

    enum Action: Sendable, Equatable {
        case list(ListState.Action), open, back, phoneIn, filter
        case acknowledge, editRecord, addUpdate, writtenReport, escalate, changeStatus, takeOwnership
    }

    enum Ask: Sendable, Equatable {
        case filter, filterUnit, filterKind
        case status(String), escalation(String), escalationNote(String, Escalation.Target), writtenReport(String), update(String)
        case writtenNumber(String, reportID: String?)
        case phoneInChoice(PhoneInField), recordChoice(RecordField)
        case discardForm
    }

    static let listKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.enter, .character("l"), .right], "Enter", UIText.keyOpen, .open, status: "Enter"),
        KeyBinding([.character("N")], "N", UIText.keyPhoneIn, .phoneIn, status: "N"),
        KeyBinding([.character("a")], "a", UIText.keyAcknowledge, .acknowledge, status: "a"),
        KeyBinding([.character("f"), .character("/")], "f", UIText.keyFilter, .filter),
    ] + actionKeyMap

    static let recordKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.scrollUp, .list(.up), status: "↑↓", group: UIText.keyScroll),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.scrollDown, .list(.down), group: UIText.keyScroll),
        KeyBinding([.pageUp, .control("b")], "PgUp", KeyText.pageUp, .list(.pageUp), group: UIText.keyPage),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", KeyText.pageDown, .list(.pageDown), group: UIText.keyPage),
        KeyBinding([.escape, .character("h"), .left], "Esc", UIText.keyBack, .back, status: "Esc"),
        KeyBinding([.character("a")], "a", UIText.keyAcknowledge, .acknowledge, status: "a"),
    ] + actionKeyMap

    static let actionKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.character("E")], "E", UIText.keyEditRecord, .editRecord),
        KeyBinding([.character("c")], "c", UIText.keyAddUpdate, .addUpdate, status: "c"),
        KeyBinding([.character("w")], "w", UIText.keyWrittenReport, .writtenReport, status: "w"),
        KeyBinding([.character("e")], "e", UIText.keyEscalate, .escalate, status: "e"),
        KeyBinding([.character("s")], "s", UIText.keyStatus, .changeStatus, status: "s"),
        KeyBinding([.character("o")], "o", GuidanceUI.keyTakeOwnership, .takeOwnership),
    ]

    func focus(on tab: ScreenID) -> Focus? { tab == .hotSpots ? .tab : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        switch navigation {
        case .phoneIn, .reopen(.hotSpotRecord, _): true
        default: false
        }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        [(ScreenID.hotSpots.title(l), listKeyMap.docs), (KeyReference.on(.hotSpots, UIText.timeline, l), recordKeyMap.docs)]
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] {
        if isFormOpen { return [] }
        return openID == nil ? Self.listKeyMap : Self.recordKeyMap
    }

    func keyDocs(_ context: ScreenContext) -> [KeyDoc] {
        phoneIn?.docs ?? record?.docs ?? keyMap(context).filter { Self.canDo($0.action, on: selected(context)) }.docs
    }

    /// Whether an action can still be done on this hot spot: the hints and help offer only
    /// those (an acknowledged spot is not offered `a`, one reported everywhere not `e`).
    static func canDo(_ action: Action, on spot: HotSpot?) -> Bool {
        guard let spot else { return true }
        switch action {
        case .acknowledge: return spot.acknowledgement == nil
        case .escalate: return Escalation.Target.allCases.contains { spot.escalation(to: $0) == nil }
        default: return true
        }
    }
    var hasUnsavedInput: Bool { phoneIn?.isDirty == true || record?.isDirty == true }
    func takesTyping(_ context: ScreenContext) -> Bool { isFormOpen }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        guard openID == nil, !isFormOpen else { return nil }
        let count = rows(context).count
        return count == 0 ? nil : (min(list.selected, count - 1), count)
    }

    // MARK: Rows

    struct Row {
        var spot: HotSpot
        var alert: HotSpotAlert?
    }

    static func passes(_ spot: HotSpot, _ filter: Filter, staff: String) -> Bool {
        switch filter {
        case .active: spot.status.isActive
        case .open: spot.status.isOpen
        case .all: true
        case .unit(let id): spot.unitID == id
        case .kind(let kind): spot.kind == kind
        case .mine: spot.owner == staff
        }
    }

    /// The hot spots passing the filter, most urgent first, each with its most urgent alert.
    func rows(_ context: ScreenContext) -> [Row] {
        guard let dataset = context.dataset else { return [] }
        let firstAlert = Dictionary(context.alerts.map { ($0.hotSpotID, $0) }, uniquingKeysWith: { a, _ in a })
        let shown = dataset.hotSpots.filter { Self.passes($0, filter, staff: context.session.staff) }
        return HotSpotAlerts.mostUrgentFirst(shown, alerts: context.alerts).map { Row(spot: $0, alert: firstAlert[$0.id]) }
    }

    func selected(_ context: ScreenContext) -> HotSpot? {
        if let openID { return context.dataset?.hotSpots.first { $0.id == openID } }
        let rows = rows(context)
        return rows.indices.contains(list.selected) ? rows[list.selected].spot : nil
    }

    // MARK: Keys

    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard isFormOpen, !FormKeys.staysGlobal(key) else { return nil }
        let width = context.width - 4
        if var form = phoneIn {
            let event = form.handle(key, width: width)
            phoneIn = form
            return phoneInEvent(event, &context)
        }
        guard var form = record else { return nil }
        let event = form.handle(key, width: width)
        record = form
        return recordEvent(event, &context)
    }

    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? {
        if var form = phoneIn {
            let event = form.insert(text)
            phoneIn = form
            return phoneInEvent(event, &context)
        }
        guard var form = record else { return nil }
        let event = form.insert(text)
        record = form
        return recordEvent(event, &context)
    }

    mutating func cancelForm(dirty: Bool, _ context: inout ScreenContext) {
        if dirty {
            context.overlay = .confirm(ConfirmDialog(question: UIText.discardForm(context.language), reply: reply(.discardForm)))
        } else {
            closeForms(&context)
        }
    }

    /// Closes the form on top: the phone-in if one is open (an edit form under it comes back,
    /// as typed), else the edit form.
    mutating func closeForms(_ context: inout ScreenContext) {
        if phoneIn != nil {
            phoneIn = nil
        } else {
            record = nil
            editingID = nil
        }
        goBack(&context)
    }

    /// Back to the tab the phone-in form came from, if it came from another.
    mutating func goBack(_ context: inout ScreenContext) {
        if let back = returnTo { context.navigate(.screen(back)) }
        returnTo = nil
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action): return perform(action, &context)
        case .picked(let option, let ask): return picked(option, ask, &context)
        case .answered(let text, .update(let id)):
            let clean = Text.clean(text).trimmingCharacters(in: .whitespacesAndNewlines)
            return clean.isEmpty ? [] : [.save(.hotSpot(id, .addUpdate(clean)))]
        case .answered(let text, .writtenNumber(let id, let reportID)):
            return [.save(.hotSpot(id, .writtenReport(reportID: reportID, number: text)))]
        case .answered(let text, .escalationNote(let id, let target)):
            return [.save(.hotSpot(id, .escalate(target, note: text)))]
        case .confirmed(.discardForm): closeForms(&context)
        case .navigate(.phoneIn):
            // Already typing a call in: it stays as it is.
            guard phoneIn == nil else {
                context.navigate(.screen(.hotSpots))
                return []
            }
            returnTo = context.tab == .hotSpots ? nil : context.tab
            context.navigate(.screen(.hotSpots))
            openPhoneIn(context)
        case .navigate(.reopen(.hotSpotRecord(let spot, let base, _), _)):
            context.navigate(.screen(.hotSpots))
            record = Self.recordForm(context, spot: spot)
            record?.isDirty = true
            editingID = spot.id
            opened = base
        default: break
        }
        return []
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let l = context.language
        if let openID {
            let lines = Self.recordLines(context, id: openID, width: context.width - 2).count
            let page = max(1, context.bodyHeight - 1)
            switch action {
            case .list(.up): recordOffset -= 1
            case .list(.down): recordOffset += 1
            case .list(.pageUp): recordOffset -= page
            case .list(.pageDown): recordOffset += page
            case .list: break
            case .back:
                self.openID = nil
                return []
            default: return act(action, &context)
            }
            recordOffset = min(max(0, recordOffset), max(0, lines - context.bodyHeight))
            return []
        }
        switch action {
        case .list(let move):
            let count = rows(context).count
            let summary = Self.summaryShown(rows: count, height: context.bodyHeight) ? Self.summaryHeight : 0
            list.handle(move, count: count, page: max(1, context.bodyHeight - 3 - summary))
        case .open:
            guard let spot = selected(context) else { return [] }
            openID = spot.id
            recordOffset = 0
        case .phoneIn:
            openPhoneIn(context)
        case .filter:
            let labels: [FilterChoice: Localized] = [
                .open: UIText.filterOpen, .active: UIText.filterActive, .all: UIText.filterAll, .unit: UIText.filterByUnit,
                .kind: UIText.filterByKind, .mine: GuidanceUI.filterMine,
            ]
            let options = FilterChoice.allCases.map { Picker.Option(id: $0.rawValue, label: labels[$0]!(l)) }
            context.overlay = .picker(Picker(title: UIText.keyFilter(l), options: options), reply(.filter))
        default:
            return act(action, &context)
        }
        return []
    }

    /// The actions that meet a hot spot's obligations, on the selected or open one.
    mutating func act(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        guard let spot = selected(context) else { return [] }
        let l = context.language
        switch action {
        case .acknowledge:
            if let done = spot.acknowledgement {
                context.say(UIText.alreadyAcknowledged(done.by))
                return []
            }
            return [.save(.hotSpot(spot.id, .acknowledge))]
        case .addUpdate:
            context.overlay = .prompt(Prompt(title: UIText.keyAddUpdate(l), reply: reply(.update(spot.id))))
        case .writtenReport:
            // The unit's recent reports, newest first; or just the fact that it arrived.
            let reports = (context.dataset?.reports ?? []).filter { $0.unitID == spot.unitID && $0.receivedOn >= spot.phonedInAt.day.adding(days: -3) }
                .sorted { ($0.receivedOn, $0.id) > ($1.receivedOn, $1.id) }
            let options = [Picker.Option(id: "", label: UIText.writtenNotInInbox(l))]
                + reports.map { Picker.Option(id: $0.id, label: "\($0.receivedOn.displayString) \(Format.kind($0.kind)(l)) \($0.documentNumber) \($0.id)") }
            context.overlay = .picker(Picker(title: UIText.keyWrittenReport(l), options: options), reply(.writtenReport(spot.id)))
        case .escalate:
            let open = Escalation.Target.allCases.filter { spot.escalation(to: $0) == nil }
            guard !open.isEmpty else {
                context.say(UIText.alreadyEscalated)
                return []
            }
            let options = open.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            context.overlay = .picker(Picker(title: UIText.keyEscalate(l), options: options), reply(.escalation(spot.id)))
        case .editRecord:
            record = Self.recordForm(context, spot: spot)
            editingID = spot.id
            opened = spot
        case .takeOwnership:
            let me = context.session.staff
            return [.save(.hotSpotOwner(spot.id, owner: spot.owner == me ? nil : me))]
        case .changeStatus:
            let options = HotSpot.Status.allCases.filter { $0 != spot.status }.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            context.overlay = .picker(Picker(title: UIText.keyStatus(l), options: options), reply(.status(spot.id)))
        default: break
        }
        return []
    }

    mutating func picked(_ option: Picker.Option, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        let l = context.language
        switch ask {
        case .filter:
            switch FilterChoice(rawValue: option.id) ?? .open {
            case .open: filter = .open
            case .active: filter = .active
            case .all: filter = .all
            case .mine: filter = .mine
            case .unit:
                let units = context.dataset?.units.map { Picker.Option(id: $0.id, label: $0.name) } ?? []
                context.overlay = .picker(Picker(title: UIText.filterByUnit(l), options: units), reply(.filterUnit))
            case .kind:
                let kinds = HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
                context.overlay = .picker(Picker(title: UIText.filterByKind(l), options: kinds), reply(.filterKind))
            }
            list = ListState()
        case .filterUnit:
            filter = .unit(option.id)
            list = ListState()
        case .filterKind:
            if let kind = HotSpot.Kind(rawValue: option.id) { filter = .kind(kind) }
            list = ListState()
        case .status(let id):
            if let status = HotSpot.Status(rawValue: option.id) { return [.save(.hotSpot(id, .status(status)))] }
        case .escalation(let id):
            guard let target = Escalation.Target(rawValue: option.id) else { return [] }
            context.overlay = .prompt(Prompt(title: UIText.escalationNote(l), reply: reply(.escalationNote(id, target))))
        case .writtenReport(let id):
            // Its number next (optional), from the linked report when it has one.
            let reportID = option.id.isEmpty ? nil : option.id
            let number = reportID.flatMap { context.dataset?.report($0)?.documentNumber } ?? ""
            context.overlay = .prompt(
                Prompt(title: UIText.writtenNumberPrompt(l), field: TextField(number), reply: reply(.writtenNumber(id, reportID: reportID))))
        case .phoneInChoice(let field):
            phoneIn?.pick(field, id: option.id, label: option.label)
        case .recordChoice(let field):
            record?.pick(field, id: option.id, label: option.label)
        default: break
        }
        return []
    }
}

extension AppState {
    var hotSpots: HotSpotsScreen {
        get { self[HotSpotsScreen.self] }
        set { self[HotSpotsScreen.self] = newValue }
    }
}
