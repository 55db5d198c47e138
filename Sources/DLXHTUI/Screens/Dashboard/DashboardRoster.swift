import DLXHDomain
import DLXHReport

/// The fields of the roster's unit form.
enum UnitField: Hashable, Sendable {
    case id, name, kind, cluster, contact, phone, email, mustReport, from, to, successor
}

extension DashboardScreen {
    // MARK: Roster

    mutating func rosterAction(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let l = context.language
        let unit = selectedUnit(context)
        switch action {
        case .addUnit:
            unitForm = Self.unitForm(context, unit: nil)
            editingUnitID = nil
            openedUnit = nil
        case .editUnit:
            guard let unit else { return [] }
            unitForm = Self.unitForm(context, unit: unit)
            editingUnitID = unit.id
            openedUnit = unit
        case .deactivate:
            guard let unit else { return [] }
            context.overlay = .prompt(
                Prompt(title: UIText.deactivatePrompt(unit.name)(l), field: TextField(context.now.day.displayString), reply: reply(.deactivateOn(unitID: unit.id))))
        case .reactivate:
            guard let base = unit, base.activeTo != nil else { return [] }
            var unit = base
            unit.activeTo = nil
            return [.save(.unit(unit, base: base))]
        default: break
        }
        return []
    }

    static func unitForm(_ context: ScreenContext, unit: ReportingUnit?) -> Form<UnitField> {
        let l = context.language
        let kind = unit?.kind ?? .communeUnion
        let successor = unit?.successorID.flatMap { context.dataset?.unit($0) }
        return Form(
            title: unit == nil ? UIText.addUnitTitle(l) : UIText.editUnitTitle(unit!.name)(l),
            fields: [
                .init(id: .id, label: UIText.unitID(l), value: .text(TextField(unit?.id ?? "")), required: true),
                .init(id: .name, label: UIText.unitName(l), value: .text(TextField(unit?.name ?? "")), required: true),
                .init(id: .kind, label: UIText.colKindHS(l), value: .choice(id: kind.rawValue, label: kind.label(l)), required: true),
                .init(id: .cluster, label: UIText.cluster(l), value: .text(TextField(unit?.cluster ?? ""))),
                .init(id: .contact, label: UIText.colContact(l), value: .text(TextField(unit?.contactPerson ?? ""))),
                .init(id: .phone, label: UIText.colPhone(l), value: .text(TextField(unit?.phone ?? ""))),
                .init(id: .email, label: UIText.email(l), value: .text(TextField(unit?.email ?? ""))),
                .init(id: .mustReport, label: UIText.mustReport(l), value: .flag(unit?.mustReport ?? true)),
                .init(id: .from, label: UIText.activeFrom(l), value: .text(TextField((unit?.activeFrom ?? context.now.day).displayString)), required: true),
                .init(id: .to, label: UIText.activeTo(l), value: .text(TextField(unit?.activeTo?.displayString ?? ""))),
                .init(id: .successor, label: UIText.successor(l), value: .choice(id: successor?.id, label: successor?.name ?? "—")),
            ])
    }

    mutating func submitUnit(_ context: inout ScreenContext) -> [Effect] {
        guard var form = unitForm, let dataset = context.dataset else { return [] }
        let l = context.language
        var errors: [UnitField: String] = [:]
        let id = Text.fold(form.text(.id)).replacingOccurrences(of: " ", with: "-")
        let name = Text.clean(form.text(.name), multiline: false).trimmingCharacters(in: .whitespaces)
        if id.isEmpty { errors[.id] = Phrases.required(l) }
        if name.isEmpty { errors[.name] = Phrases.required(l) }
        if editingUnitID == nil, dataset.unit(id) != nil { errors[.id] = UIText.unitIDTaken(l) }
        if editingUnitID != nil, id != editingUnitID { errors[.id] = UIText.unitIDFixed(l) }
        let from = Day(typed: form.text(.from))
        if from == nil { errors[.from] = UIText.badDateTyped(form.text(.from))(l) }
        let toText = form.text(.to).trimmingCharacters(in: .whitespaces)
        let to = toText.isEmpty ? nil : Day(typed: toText)
        if !toText.isEmpty && to == nil { errors[.to] = UIText.badDateTyped(toText)(l) }
        if let from, let to, to < from { errors[.to] = UIText.endBeforeStart(l) }
        guard errors.isEmpty, let from else {
            form.show(errors: errors)
            context.say(UIText.formErrors(errors.count, key: FormKeys.nextErrorKey), .warning)
            unitForm = form
            return []
        }
        // Built on the version the form opened: the store merges only what was changed here.
        let base = editingUnitID == nil ? nil : openedUnit ?? dataset.unit(id)
        var unit = base ?? ReportingUnit(id: id, name: name, kind: .other, activeFrom: from)
        unit.name = name
        unit.kind = form.choiceID(.kind).flatMap(ReportingUnit.Kind.init(rawValue:)) ?? .other
        unit.cluster = Text.clean(form.text(.cluster), multiline: false)
        unit.contactPerson = Text.clean(form.text(.contact), multiline: false)
        unit.phone = Text.clean(form.text(.phone), multiline: false)
        unit.email = Text.clean(form.text(.email), multiline: false)
        unit.mustReport = form.isOn(.mustReport)
        unit.activeFrom = from
        unit.activeTo = to
        let successor = form.choiceID(.successor)
        unit.successorID = successor?.isEmpty == false ? successor : nil
        unitForm = nil
        editingUnitID = nil
        openedUnit = nil
        return [.save(.unit(unit, base: base))]
    }

    mutating func unitFormEvent(_ event: Form<UnitField>.Event, _ context: inout ScreenContext) -> [Effect] {
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            let l = context.language
            let options: [Picker.Option]
            switch field {
            case .kind: options = ReportingUnit.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            case .successor: options = [Picker.Option(id: "", label: "—")] + (context.dataset?.units ?? []).map { Picker.Option(id: $0.id, label: $0.name) }
            default: return []
            }
            var picker = Picker(title: unitForm?[field]?.label ?? "", options: options)
            if !typed.isEmpty { picker.type(typed) }
            context.overlay = .picker(picker, reply(.unitChoice(field)))
            return []
        case .cancel:
            unitForm = nil
            editingUnitID = nil
            return []
        case .submit:
            return submitUnit(&context)
        }
    }

    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard var form = unitForm, !FormKeys.staysGlobal(key) else { return nil }
        let event = form.handle(key, width: context.width - 4)
        unitForm = form
        return unitFormEvent(event, &context)
    }

    mutating func input(text: String, _ context: inout ScreenContext) -> [Effect]? {
        guard var form = unitForm else { return nil }
        let event = form.insert(text)
        unitForm = form
        return unitFormEvent(event, &context)
    }
}
