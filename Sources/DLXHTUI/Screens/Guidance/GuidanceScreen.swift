import DLXHDomain
import Foundation

/// Chỉ đạo (bước 4): guidance recorded against items reported upward, relayed down to the units
/// that raised them, and followed until each acknowledges. The panel shows in the dashboard's
/// place; the form recording guidance opens over whichever screen asked for it.
public struct GuidanceScreen: Component {
    static let id = ComponentID(rawValue: "guidance")
    init() {}

    /// The panel is shown in place of the dashboard's view.
    var isOpen = false
    var list = ListState()
    /// Only guidance this staff member follows.
    var mine = false
    /// The form recording guidance, and the items it answers.
    var form: Form<GuidanceField>?
    var formItems: [ItemReference] = []

    enum Action: Sendable, Equatable {
        case list(ListState.Action)
        case relay, writeRelayLetter, acknowledge, remindOverdue, toggleMine, takeOwnership, close
    }

    enum Ask: Sendable, Equatable {
        case issuer
        case ackUnit(String)
        case ackNote(String, unitID: String)
        case relayLetterFile(String)
        /// `w` on the reminder's preview: now ask where to write it.
        case writeReminder
        case reminderFile
        case discardForm
    }

    static let panelKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("r")], "r", GuidanceUI.keyRelay, .relay, status: "r"),
        KeyBinding([.character("w")], "w", GuidanceUI.keyRelayLetter, .writeRelayLetter),
        KeyBinding([.character("a")], "a", GuidanceUI.keyAcknowledge, .acknowledge, status: "a"),
        KeyBinding([.character("m")], "m", GuidanceUI.keyRemindOverdue, .remindOverdue),
        KeyBinding([.character("f")], "f", GuidanceUI.keyMine, .toggleMine, status: "f"),
        KeyBinding([.character("o")], "o", GuidanceUI.keyTakeOwnership, .takeOwnership),
        KeyBinding([.escape, .character("c"), .character("v")], "Esc", GuidanceUI.keyClose, .close, status: "Esc"),
    ]

    /// The form over any tab; the panel in the dashboard's place.
    func focus(on tab: ScreenID) -> Focus? {
        if form != nil { return .over }
        return isOpen && tab == .dashboard ? .inPlace : nil
    }

    static func accepts(_ navigation: Navigation) -> Bool {
        switch navigation {
        case .recordGuidance, .guidancePanel: true
        default: false
        }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] { [(KeyReference.on(.dashboard, GuidanceUI.title, l), panelKeyMap.docs)] }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { form == nil ? Self.panelKeyMap : [] }
    func keyDocs(_ context: ScreenContext) -> [KeyDoc] { form.map(\.docs) ?? Self.panelKeyMap.docs }

    var hasUnsavedInput: Bool { form?.isDirty == true }
    func takesTyping(_ context: ScreenContext) -> Bool { form != nil }

    func rows(_ context: ScreenContext) -> [Guidance] {
        let all = (context.dataset?.guidance ?? []).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        return mine ? all.filter { $0.owner == context.session.staff } : all
    }

    func selected(_ context: ScreenContext) -> Guidance? {
        let rows = rows(context)
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        guard form == nil else { return nil }
        let count = rows(context).count
        return count == 0 ? nil : (min(list.selected, count - 1), count)
    }

    /// Units that raised its items and were not relayed to yet.
    static func unrelayed(_ guidance: Guidance, _ context: ScreenContext) -> [String] {
        guidance.raisingUnits(in: context.dataset?.reports ?? []).filter { guidance.recipient($0) == nil }
    }

    // MARK: Keys

    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard var form else { return nil }
        if FormKeys.staysGlobal(key) { return nil }
        let event = form.handle(key, width: context.width - 4)
        self.form = form
        return formEvent(event, &context)
    }

    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? {
        guard var form else { return nil }
        let event = form.insert(text)
        self.form = form
        return formEvent(event, &context)
    }

    mutating func formEvent(_ event: Form<GuidanceField>.Event, _ context: inout ScreenContext) -> [Effect] {
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            guard field == .issuer else { return [] }
            let l = context.language
            let options = context.configuration.guidanceIssuers.map { Picker.Option(id: $0.id, label: $0.label(l)) }
            var picker = Picker(title: GuidanceUI.issuer(l), options: options)
            if !typed.isEmpty { picker.type(typed) }
            context.overlay = .picker(picker, reply(.issuer))
            return []
        case .cancel:
            if form?.isDirty == true {
                context.overlay = .confirm(ConfirmDialog(question: UIText.discardForm(context.language), reply: reply(.discardForm)))
            } else {
                form = nil
            }
            return []
        case .submit: return submit(&context)
        }
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action): return perform(action, &context)
        case .picked(let option, .issuer):
            form?.pick(.issuer, id: option.id, label: option.label)
        case .picked(let option, .ackUnit(let id)):
            context.overlay = .prompt(
                Prompt(title: GuidanceUI.ackNote(option.label)(context.language), reply: reply(.ackNote(id, unitID: option.id))))
        case .answered(let text, let ask): return answered(text, ask, &context)
        case .confirmed(.discardForm): form = nil
        case .confirmed(.writeReminder):
            context.overlay = .prompt(
                Prompt(
                    title: UIText.inFolder(GuidanceUI.reminderFile(context.language), context.session.folder, context.language),
                    field: TextField("nhac-phan-hoi-chi-dao-\(context.now.day.isoString).txt"), reply: reply(.reminderFile)))
        case .navigate(.recordGuidance(let refs)): openForm(refs, &context)
        case .navigate(.guidancePanel):
            isOpen = true
            context.navigate(.screen(.dashboard))
        default: break
        }
        return []
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let l = context.language
        let count = rows(context).count
        switch action {
        case .list(let move):
            list.handle(move, count: count, page: max(1, context.bodyHeight / 2))
            return []
        case .close:
            isOpen = false
            return []
        case .toggleMine:
            mine.toggle()
            list = ListState()
            return []
        case .remindOverdue:
            guard !context.guidanceAlerts.isEmpty else {
                context.say(GuidanceUI.noneOverdue)
                return []
            }
            // The reminder is read before it is written, like the dashboard's.
            guard let dataset = context.dataset else { return [] }
            let letter = Self.reminderText(dataset: dataset, overdue: context.guidanceAlerts, today: context.now.day)
            context.overlay = .document(
                DocumentPreview(title: GuidanceUI.reminderPreviewTitle(context.guidanceAlerts.count)(l), text: letter, reply: reply(.writeReminder)))
            return []
        default: break
        }
        guard let guidance = selected(context) else { return [] }
        switch action {
        case .relay, .writeRelayLetter:
            let units = Self.unrelayed(guidance, context)
            guard !units.isEmpty else {
                context.say(GuidanceUI.allRelayed)
                return []
            }
            if action == .relay { return [.save(.relayGuidance(guidance.id, units: units, letter: nil))] }
            let name = "cong-van-chuyen-" + guidance.id + ".docx"
            context.overlay = .prompt(Prompt(title: UIText.inFolder(GuidanceUI.letterFile(l), context.session.folder, l), field: TextField(name), reply: reply(.relayLetterFile(guidance.id))))
        case .acknowledge:
            let waiting = guidance.recipients.filter { !$0.isAcknowledged }
            guard !waiting.isEmpty else {
                context.say(GuidanceUI.nothingToAck)
                return []
            }
            let options = waiting.map { Picker.Option(id: $0.unitID, label: context.derived.unitName($0.unitID)) }
            context.overlay = .picker(Picker(title: GuidanceUI.ackUnit(l), options: options), reply(.ackUnit(guidance.id)))
        case .takeOwnership:
            let me = context.session.staff
            return [.save(.guidanceOwner(guidance.id, owner: guidance.owner == me ? nil : me))]
        default: break
        }
        return []
    }

    func answered(_ text: String, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        let path = text.trimmingCharacters(in: .whitespaces)
        switch ask {
        case .ackNote(let id, let unitID):
            return [.save(.acknowledgeGuidance(id, unitID: unitID, note: text))]
        case .relayLetterFile(let id):
            guard !path.isEmpty, let guidance = context.dataset?.guidance.first(where: { $0.id == id }) else { return [] }
            return [.save(.relayGuidance(id, units: Self.unrelayed(guidance, context), letter: path))]
        case .reminderFile:
            return path.isEmpty ? [] : [.save(.guidanceReminderFile(path: path))]
        default:
            return []
        }
    }
}

extension AppState {
    var guidance: GuidanceScreen {
        get { self[GuidanceScreen.self] }
        set { self[GuidanceScreen.self] = newValue }
    }
}
