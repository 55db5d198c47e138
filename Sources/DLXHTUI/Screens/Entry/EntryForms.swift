import DLXHDomain
import Foundation

/// The fields of the report form.
enum EntryField: Hashable, Sendable { case unit, period, kind, channel, receivedOn, documentNumber, summary, nothing }

/// The fields of the item editor.
enum ItemField: Hashable, Sendable {
    case topic, content, attitude, source, target, breadth, scope, nature, verification, proposal, proposalTo

    /// The classification it sets, for its picker's options.
    var classification: ClassifyField? {
        switch self {
        case .topic: .topic
        case .attitude: .attitude
        case .source: .source
        case .target: .target
        case .breadth: .breadth
        case .scope: .scope
        case .nature: .nature
        case .verification: .verification
        case .content, .proposal, .proposalTo: nil
        }
    }
}

extension EntryScreen {
    static func reportForm(_ context: ScreenContext, report: Report?) -> Form<EntryField> {
        let l = context.language
        let period = report?.period ?? Period.containing(context.now.day)
        let unitName = report.map { context.derived.unitName($0.unitID) } ?? ""
        let kind = report?.kind ?? .periodic
        let channel = report?.channel ?? .document
        return Form(
            title: report.map { UIText.editReportTitle($0.id)(l) } ?? UIText.newReportTitle(l),
            fields: [
                .init(id: .unit, label: UIText.colUnit(l), value: .choice(id: report?.unitID, label: unitName), required: true),
                .init(id: .period, label: UIText.colPeriod(l), value: .text(TextField(ReportDraft.format(period))), required: true),
                .init(id: .kind, label: UIText.colKind(l), value: .choice(id: kind.rawValue, label: kind.label(l)), required: true),
                .init(id: .channel, label: UIText.colChannel(l), value: .choice(id: channel.rawValue, label: channel.label(l))),
                .init(
                    id: .receivedOn, label: UIText.colReceived(l), value: .text(TextField((report?.receivedOn ?? context.now.day).displayString)),
                    required: true),
                .init(id: .documentNumber, label: UIText.documentNumber(l), value: .text(TextField(report?.documentNumber ?? ""))),
                .init(id: .summary, label: UIText.summary(l), value: .multiline(TextArea(report?.summary ?? "")), height: 2),
                .init(id: .nothing, label: UIText.nothingToReport(l), value: .flag(report?.nothingToReport ?? false)),
            ])
    }

    /// The item editor, for `item` (nil: a blank new one). `isNew`: a new item restored from a draft.
    static func itemForm(_ context: ScreenContext, item: OpinionItem?, isNew: Bool? = nil) -> Form<ItemField> {
        let l = context.language
        let config = context.configuration
        let topic = item.flatMap { config.topic($0.topic) }
        let attitude = config.attitude(item?.attitude ?? "interested")
        let source = item?.source ?? .direct
        let target = item?.targetGroup ?? .general
        let breadth = item?.breadth ?? .some
        let scope = item?.scope ?? .unit
        let nature = item?.nature ?? .publicOpinion
        let verification = item?.verification ?? .unverified
        return Form(
            title: (isNew ?? (item == nil)) ? UIText.newItemTitle(l) : UIText.editItemTitle(item!.id)(l),
            fields: [
                .init(id: .topic, label: UIText.topic(l), value: .choice(id: topic?.id, label: topic?.label(l) ?? ""), required: true),
                .init(id: .content, label: UIText.content(l), value: .multiline(TextArea(item?.content ?? "")), required: true, height: 4),
                .init(id: .attitude, label: UIText.attitude(l), value: .choice(id: attitude?.id, label: attitude?.label(l) ?? ""), required: true),
                .init(id: .source, label: UIText.source(l), value: .choice(id: source.rawValue, label: source.label(l))),
                .init(id: .target, label: UIText.target(l), value: .choice(id: target.rawValue, label: target.label(l))),
                .init(id: .breadth, label: UIText.breadth(l), value: .choice(id: breadth.rawValue, label: breadth.label(l))),
                .init(id: .scope, label: UIText.scope(l), value: .choice(id: scope.rawValue, label: scope.label(l))),
                .init(id: .nature, label: UIText.nature(l), value: .choice(id: nature.rawValue, label: nature.label(l))),
                .init(id: .verification, label: UIText.verification(l), value: .choice(id: verification.rawValue, label: verification.label(l))),
                .init(id: .proposal, label: UIText.proposal(l), value: .multiline(TextArea(item?.proposal ?? "")), height: 2),
                .init(id: .proposalTo, label: UIText.proposalTo(l), value: .text(TextField(item?.proposalTo ?? ""))),
            ])
    }

    /// A new report, or one prefilled with a unit and period (from the dashboard).
    mutating func openNew(_ context: inout ScreenContext, unitID: String? = nil, period: Period? = nil, returnTo: ScreenID? = nil) {
        context.navigate(.screen(.entry))
        var form = Self.reportForm(context, report: nil)
        if let unitID { form.choose(.unit, id: unitID, label: context.derived.unitName(unitID)) }
        if let period { form[.period]?.value = .text(TextField(ReportDraft.format(period))) }
        form.isDirty = false
        form.focus = unitID == nil ? 0 : 4  // straight to the received date when the unit is known
        self = EntryScreen()
        self.form = form
        self.returnTo = returnTo
    }

    /// An existing report in the same form; saving writes an audited update.
    mutating func openEdit(_ report: Report, _ context: inout ScreenContext) {
        context.navigate(.screen(.entry))
        self = EntryScreen()
        form = Self.reportForm(context, report: report)
        items = report.items
        lastItemNumber = report.lastItemNumber
        editingReportID = report.id
        opened = report
    }

    // MARK: Drafts

    func draft(_ context: ScreenContext) -> ReportDraft? {
        guard let form else { return nil }
        var openItem: OpinionItem?
        if let itemForm { openItem = Self.item(from: itemForm, id: "", context, validate: false).item }
        return ReportDraft(
            editingReportID: editingReportID, unitID: form.choiceID(.unit), period: form.text(.period),
            kind: form.choiceID(.kind).flatMap(ReportKind.init(rawValue:)) ?? .periodic,
            channel: form.choiceID(.channel).flatMap(Channel.init(rawValue:)) ?? .document, receivedOn: form.text(.receivedOn),
            documentNumber: form.text(.documentNumber), summary: form.text(.summary), nothingToReport: form.isOn(.nothing),
            items: items, openItemIndex: editingItemIndex, openItem: openItem, savedAt: context.now, base: opened)
    }

    /// Puts a draft back into the form, exactly as it was typed.
    mutating func restore(_ draft: ReportDraft, _ context: inout ScreenContext) {
        let l = context.language
        context.navigate(.screen(.entry))
        self = EntryScreen()
        let editing = draft.editingReportID.flatMap { context.dataset?.report($0) }
        var form = Self.reportForm(context, report: editing)
        if let unit = draft.unitID { form.choose(.unit, id: unit, label: context.derived.unitName(unit)) }
        form[.period]?.value = .text(TextField(draft.period))
        form.choose(.kind, id: draft.kind.rawValue, label: draft.kind.label(l))
        form.choose(.channel, id: draft.channel.rawValue, label: draft.channel.label(l))
        form[.receivedOn]?.value = .text(TextField(draft.receivedOn))
        form[.documentNumber]?.value = .text(TextField(draft.documentNumber))
        form[.summary]?.value = .multiline(TextArea(draft.summary))
        form[.nothing]?.value = .flag(draft.nothingToReport)
        form.isDirty = true
        self.form = form
        items = draft.items
        editingReportID = editing?.id
        opened = draft.base ?? editing
        lastItemNumber = editing?.lastItemNumber
        editedItems = true
        if let index = draft.openItemIndex, let item = draft.openItem {
            var editor = Self.itemForm(context, item: item, isNew: index >= draft.items.count)
            editor.isDirty = true
            itemForm = editor
            editingItemIndex = index
        }
    }

    // MARK: Choices

    enum ChoiceField { case report(EntryField), item(ItemField) }

    func offerChoice(_ field: ChoiceField, typed: String, _ context: inout ScreenContext) {
        let l = context.language
        let options: [Picker.Option]
        var title = ""
        let current: String?
        let ask: Ask
        switch field {
        case .report(let id):
            switch id {
            case .unit:
                // Only units active in the period typed (or this month).
                let period = form.flatMap { ReportDraft.parsePeriod($0.text(.period)) } ?? Period.containing(context.now.day)
                options = (context.dataset?.units ?? []).filter { $0.isActive(during: period) }.map { Picker.Option(id: $0.id, label: $0.name) }
                title = UIText.colUnit(l)
            case .kind: options = ReportKind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            case .channel: options = Channel.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
            default: return
            }
            if title.isEmpty { title = form?[id]?.label ?? "" }
            current = form?.choiceID(id)
            ask = .choice(id)
        case .item(let id):
            guard let classification = id.classification else { return }
            options = ClassificationOptions.options(classification, configuration: context.configuration, language: l)
            title = itemForm?[id]?.label ?? ""
            current = itemForm?.choiceID(id)
            ask = .itemChoice(id)
        }
        var picker = Picker(title: title, options: options, selectedID: current)
        if !typed.isEmpty { picker.type(typed) }
        context.overlay = .picker(picker, reply(ask))
    }

    mutating func picked(_ option: Picker.Option, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        switch ask {
        case .choice(let field):
            form?.pick(field, id: option.id, label: option.label)
            draftPending = true
        case .itemChoice(let field):
            itemForm?.pick(field, id: option.id, label: option.label)
            draftPending = true
        case .duplicate(let existing):
            switch DuplicateChoice(rawValue: option.id) {
            case .open?:
                guard context.dataset?.report(existing) != nil else { return [] }
                self = EntryScreen()
                context.navigate(.openReport(existing))
            case .supplement?:
                return save(&context, supplementTo: existing)
            default: break
            }
        default: break
        }
        return []
    }
}
