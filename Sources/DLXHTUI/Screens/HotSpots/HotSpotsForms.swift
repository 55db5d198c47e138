import DLXHDomain
import Foundation

/// The fields of the quick phone-in form.
enum PhoneInField: Hashable, Sendable { case unit, enterprise, kind, title, workers, phonedAt }

/// The fields of a hot spot's full record ("the rest later").
enum RecordField: Hashable, Sendable {
    case title, kind, enterprise, ownership, industry, address, union, workforce, workers, started
    case causes, demands, arrears, coordinating, unionActions, result
}

extension HotSpotsScreen {
    // MARK: The phone-in form

    mutating func openPhoneIn(_ context: ScreenContext) {
        let l = context.language
        // A hot spot's record open behind the form stays open: cancelled or saved, the person is
        // back on it (`openID` is drawn only once the form is gone). So does its edit form, with
        // what was typed in it: the phone-in is drawn and typed into first, and when it closes
        // the edit form is there again (Ctrl-N never throws typing away).
        phoneIn = Form(
            title: UIText.phoneInTitle(l),
            fields: [
                .init(id: .unit, label: UIText.colUnit(l), value: .choice(id: nil, label: ""), required: true),
                .init(id: .enterprise, label: UIText.colEnterprise(l), value: .text(TextField()), required: true),
                .init(
                    id: .kind, label: UIText.colKindHS(l),
                    value: .choice(id: HotSpot.Kind.workStoppage.rawValue, label: HotSpot.Kind.workStoppage.label(l)), required: true),
                // What happened, as the caller tells it: several lines on screen, so a long
                // account can be read back; lines typed or pasted stay lines while it is typed,
                // and the saved title (one line in lists, the JSON and the report) joins them.
                .init(id: .title, label: UIText.phoneInWhat(l), value: .multiline(TextArea()), required: true, height: 3),
                .init(id: .workers, label: UIText.colWorkers(l), value: .text(TextField())),
                .init(id: .phonedAt, label: UIText.phoneInWhen(l), value: .text(TextField(context.now.displayString)), required: true),
            ])
    }

    mutating func phoneInEvent(_ event: Form<PhoneInField>.Event, _ context: inout ScreenContext) -> [Effect] {
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            let l = context.language
            var picker: Picker
            switch field {
            case .unit:
                let day = context.now.day
                let units = (context.dataset?.units ?? []).filter { $0.isActive(on: day) }.map { Picker.Option(id: $0.id, label: $0.name) }
                picker = Picker(title: UIText.colUnit(l), options: units)
            case .kind:
                picker = Picker(title: UIText.colKindHS(l), options: Self.kindOptions(l))
            default: return []
            }
            if !typed.isEmpty { picker.type(typed) }
            context.overlay = .picker(picker, reply(.phoneInChoice(field)))
            return []
        case .cancel:
            cancelForm(dirty: phoneIn?.isDirty == true, &context)
            return []
        case .submit:
            return submitPhoneIn(&context)
        }
    }

    static func kindOptions(_ l: Language) -> [Picker.Option] { HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) } }

    /// Checks the form; on errors shows them next to their fields, else saves the hot spot.
    mutating func submitPhoneIn(_ context: inout ScreenContext) -> [Effect] {
        guard var form = phoneIn else { return [] }
        let l = context.language
        var errors = form.missingRequired(l)
        var workers: Int?
        switch TypedCount.parse(form.text(.workers)) {
        case .success(let n)?: workers = n
        case .failure?: errors[.workers] = UIText.notANumber(l)
        case nil: break
        }
        let phonedAt = Self.parseTime(form.text(.phonedAt), today: context.now)
        if phonedAt == nil, errors[.phonedAt] == nil { errors[.phonedAt] = UIText.badTime(l) }
        if let at = phonedAt, at > context.now.adding(seconds: 300) { errors[.phonedAt] = UIText.timeInFuture(l) }
        guard errors.isEmpty, let unitID = form.choiceID(.unit), let kind = form.choiceID(.kind).flatMap(HotSpot.Kind.init(rawValue:)),
            let phonedAt
        else {
            form.show(errors: errors)
            context.say(UIText.formErrors(errors.count, key: FormKeys.nextErrorKey), .warning)
            phoneIn = form
            return []
        }
        let spot = HotSpot(
            id: "", title: Text.clean(TextField.oneLine(form.text(.title)), multiline: false), kind: kind, unitID: unitID,
            enterprise: Enterprise(name: Text.clean(form.text(.enterprise), multiline: false)), workersInvolved: workers,
            phonedInAt: phonedAt, phonedInBy: context.session.staff)
        phoneIn = nil
        goBack(&context)
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

    // MARK: The full record

    static func recordForm(_ context: ScreenContext, spot: HotSpot) -> Form<RecordField> {
        let l = context.language
        func text(_ id: RecordField, _ label: Localized, _ value: String, required: Bool = false) -> Form<RecordField>.Field {
            .init(id: id, label: label(l), value: .text(TextField(value)), required: required)
        }
        func area(_ id: RecordField, _ label: Localized, _ value: String) -> Form<RecordField>.Field {
            .init(id: id, label: label(l), value: .multiline(TextArea(value)), height: 2)
        }
        return Form(
            title: UIText.editRecordTitle(spot.id)(l),
            fields: [
                // "Sự việc" on two lines, as in the phone-in form; saved as one line.
                .init(id: .title, label: UIText.phoneInWhat(l), value: .multiline(TextArea(spot.title)), required: true, height: 2),
                .init(id: .kind, label: UIText.colKindHS(l), value: .choice(id: spot.kind.rawValue, label: spot.kind.label(l)), required: true),
                text(.enterprise, UIText.colEnterprise, spot.enterprise.name, required: true),
                text(.ownership, UIText.ownership, spot.enterprise.ownership),
                text(.industry, UIText.industry, spot.enterprise.industry),
                text(.address, UIText.address, spot.enterprise.address),
                .init(
                    id: .union, label: UIText.grassrootsUnion(l),
                    value: .choice(id: spot.enterprise.hasGrassrootsUnion.map { $0 ? "yes" : "no" } ?? "unknown",
                        label: Self.unionAnswer(spot.enterprise.hasGrassrootsUnion)(l))),
                text(.workforce, UIText.workforceLabel, spot.enterprise.workforce.map(String.init) ?? ""),
                text(.workers, UIText.colWorkers, spot.workersInvolved.map(String.init) ?? ""),
                text(.started, UIText.startedAt, spot.startedAt?.displayString ?? ""),
                area(.causes, UIText.causes, spot.causes),
                area(.demands, UIText.demands, spot.demands),
                area(.arrears, UIText.arrears, spot.arrears),
                text(.coordinating, UIText.coordinating, spot.coordinatingBodies),
                area(.unionActions, UIText.unionActions, spot.unionActions),
                area(.result, UIText.result, spot.result),
            ])
    }

    mutating func recordEvent(_ event: Form<RecordField>.Event, _ context: inout ScreenContext) -> [Effect] {
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            let l = context.language
            let options: [Picker.Option]
            switch field {
            case .kind: options = Self.kindOptions(l)
            case .union:
                options = [("yes", true), ("no", false), ("unknown", nil)].map { Picker.Option(id: $0.0, label: Self.unionAnswer($0.1)(l)) }
            default: return []
            }
            var picker = Picker(title: field == .kind ? UIText.colKindHS(l) : UIText.grassrootsUnion(l), options: options)
            if !typed.isEmpty { picker.type(typed) }
            context.overlay = .picker(picker, reply(.recordChoice(field)))
            return []
        case .cancel:
            cancelForm(dirty: record?.isDirty == true, &context)
            return []
        case .submit:
            return submitRecord(&context)
        }
    }

    mutating func submitRecord(_ context: inout ScreenContext) -> [Effect] {
        // Built on the version the form opened: the store merges only what was changed here.
        guard var form = record, let id = editingID, let base = opened ?? context.dataset?.hotSpots.first(where: { $0.id == id }) else {
            return []
        }
        var spot = base
        let l = context.language
        var errors = form.missingRequired(l)
        func count(_ field: RecordField) -> Int?? {
            switch TypedCount.parse(form.text(field)) {
            case .success(let n)?: return .some(n)
            case nil: return .some(nil)
            case .failure?:
                errors[field] = UIText.notANumber(l)
                return nil
            }
        }
        let workforce = count(.workforce)
        let workers = count(.workers)
        let startedText = form.text(.started).trimmingCharacters(in: .whitespaces)
        let started = startedText.isEmpty ? nil : Self.parseTime(startedText, today: context.now)
        if !startedText.isEmpty && started == nil { errors[.started] = UIText.badTime(l) }
        guard errors.isEmpty, let workforce, let workers else {
            form.show(errors: errors)
            context.say(UIText.formErrors(errors.count, key: FormKeys.nextErrorKey), .warning)
            record = form
            return []
        }
        func clean(_ field: RecordField, multiline: Bool = false) -> String { Text.clean(form.text(field), multiline: multiline) }
        spot.title = Text.clean(TextField.oneLine(form.text(.title)), multiline: false)
        if let kind = form.choiceID(.kind).flatMap(HotSpot.Kind.init(rawValue:)) { spot.kind = kind }
        spot.enterprise.name = clean(.enterprise)
        spot.enterprise.ownership = clean(.ownership)
        spot.enterprise.industry = clean(.industry)
        spot.enterprise.address = clean(.address)
        spot.enterprise.hasGrassrootsUnion = form.choiceID(.union).flatMap { ["yes": true, "no": false][$0] }
        spot.enterprise.workforce = workforce
        spot.workersInvolved = workers
        spot.startedAt = started
        spot.causes = clean(.causes, multiline: true)
        spot.demands = clean(.demands, multiline: true)
        spot.arrears = clean(.arrears, multiline: true)
        spot.coordinatingBodies = clean(.coordinating)
        spot.unionActions = clean(.unionActions, multiline: true)
        spot.result = clean(.result, multiline: true)
        record = nil
        editingID = nil
        opened = nil
        return [.save(.hotSpotRecord(spot, base: base))]
    }
}
