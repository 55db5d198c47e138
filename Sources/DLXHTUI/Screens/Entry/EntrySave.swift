import DLXHDomain
import Foundation

extension EntryScreen {
    /// The item in the item editor, checked; errors keyed by field id.
    static func item(from form: Form<ItemField>, id: String, _ context: ScreenContext, validate: Bool = true) -> (item: OpinionItem, errors: [ItemField: String]) {
        let l = context.language
        let errors = validate ? form.missingRequired(l) : [:]
        let item = OpinionItem(
            id: id, topic: form.choiceID(.topic) ?? "", content: Text.clean(form.text(.content)),
            source: form.choiceID(.source).flatMap(Source.init(rawValue:)) ?? .direct,
            targetGroup: form.choiceID(.target).flatMap(TargetGroup.init(rawValue:)) ?? .general,
            breadth: form.choiceID(.breadth).flatMap(Breadth.init(rawValue:)) ?? .some,
            scope: form.choiceID(.scope).flatMap(Scope.init(rawValue:)) ?? .unit, attitude: form.choiceID(.attitude) ?? "",
            nature: form.choiceID(.nature).flatMap(Nature.init(rawValue:)) ?? .publicOpinion,
            verification: form.choiceID(.verification).flatMap(Verification.init(rawValue:)) ?? .unverified,
            proposal: Text.clean(form.text(.proposal)), proposalTo: Text.clean(form.text(.proposalTo), multiline: false))
        return (item, errors)
    }

    /// A new item opened and nothing typed in it: closing it keeps nothing.
    var isItemEditorBlank: Bool {
        guard let form = itemForm, let index = editingItemIndex else { return true }
        return form.text(.content).isEmpty && !items.indices.contains(index) && !form.isDirty
    }

    /// Closes the item editor, keeping the item: checked when saving, kept as typed otherwise.
    mutating func acceptItem(_ context: inout ScreenContext, thenSave: Bool) -> [Effect] {
        guard let form = itemForm, let index = editingItemIndex else { return [] }
        let existing = items.indices.contains(index) ? items[index] : nil
        var (item, errors) = Self.item(from: form, id: existing?.id ?? "", context)
        let blank = isItemEditorBlank
        if blank {
            itemForm = nil
            editingItemIndex = nil
            return thenSave ? save(&context) : []
        }
        if thenSave, !errors.isEmpty {
            var shown = form
            shown.show(errors: errors)
            context.say(UIText.formErrors(errors.count, key: FormKeys.nextErrorKey), .warning)
            itemForm = shown
            return []
        }
        errors = [:]
        if let existing {
            item.id = existing.id
            item.step = existing.step
            item.stepNote = existing.stepNote
            item.inclusion = existing.inclusion
            items[index] = item
        } else {
            var report = Report(id: "", unitID: "", period: .month(2000, 1), receivedOn: context.now.day, items: items,
                createdAt: context.now, createdBy: "")
            report.lastItemNumber = lastItemNumber
            item = report.addItem(item)
            items.append(item)
            lastItemNumber = report.lastItemNumber
        }
        itemForm = nil
        editingItemIndex = nil
        editedItems = true
        onItems = true
        itemList.select(index, count: items.count)
        return thenSave ? save(&context) : []
    }

    /// Checks the whole report; shows the errors by their fields (the cursor on the first), or
    /// asks about a second monthly report, or saves.
    mutating func save(_ context: inout ScreenContext, supplementTo: String? = nil) -> [Effect] {
        if let editor = itemForm {
            // Ctrl-S in the item editor: the item's own errors first (shown in the editor). Then,
            // if the report cannot be saved, the editor stays open where the person was typing:
            // the next keys land in the item, not in the list behind it (issue 14 item 9).
            if Self.item(from: editor, id: "", context).errors.isEmpty || isItemEditorBlank, var form {
                let errors = reportErrors(form, hasItems: !items.isEmpty || !isItemEditorBlank, context)
                if !errors.isEmpty {
                    form.show(errors: errors)
                    self.form = form
                    let names = form.fields.filter { $0.error != nil }.map(\.label)
                    context.say(UIText.reportErrorsFromItem(names, key: FormKeys.nextErrorKey), .warning)
                    return []
                }
            }
            return acceptItem(&context, thenSave: true)
        }
        guard var form, context.dataset != nil else { return [] }
        let errors = reportErrors(form, hasItems: !items.isEmpty, context)
        let unitID = form.choiceID(.unit)
        let period = ReportDraft.parsePeriod(form.text(.period))
        let received = Day(typed: form.text(.receivedOn))
        let summary = Text.clean(form.text(.summary))
        let nothing = form.isOn(.nothing)
        guard errors.isEmpty, let unitID, let period, let received, let dataset = context.dataset else {
            form.show(errors: errors)
            context.say(UIText.formErrors(errors.count, key: FormKeys.nextErrorKey), .warning)
            self.form = form
            return []
        }
        let l = context.language
        let kind = form.choiceID(.kind).flatMap(ReportKind.init(rawValue:)) ?? .periodic
        // A second monthly report from the same unit for the same period: ask first.
        if kind == .periodic, supplementTo == nil,
            let existing = dataset.reports.first(where: {
                $0.unitID == unitID && $0.period == period && $0.kind == .periodic && $0.id != editingReportID
            })
        {
            let labels: [DuplicateChoice: Localized] = [
                .open: UIText.duplicateOpen(existing.receivedOn.displayString), .supplement: UIText.duplicateSupplement, .cancel: UIText.keyCancel,
            ]
            let options = DuplicateChoice.allCases.map { Picker.Option(id: $0.rawValue, label: labels[$0]!(l)) }
            context.overlay = .picker(Picker(title: UIText.duplicateTitle(l), options: options), reply(.duplicate(existing: existing.id)))
            return []
        }
        // The version the form opened, not the one on screen now: the store merges only what was
        // changed here onto what is on disk (someone may have saved the same report meanwhile).
        let base = editingReportID == nil ? nil : opened ?? dataset.report(editingReportID!)
        var report = base ?? Report(id: "", unitID: unitID, period: period, receivedOn: received, createdAt: context.now, createdBy: context.session.staff)
        report.unitID = unitID
        report.period = period
        report.kind = kind
        report.channel = form.choiceID(.channel).flatMap(Channel.init(rawValue:)) ?? .document
        report.receivedOn = received
        report.documentNumber = Text.clean(form.text(.documentNumber), multiline: false)
        report.summary = summary
        report.nothingToReport = nothing
        report.items = items
        report.lastItemNumber = max(report.lastItemNumber ?? 0, lastItemNumber ?? 0)
        if let supplementTo { report.supplementTo = supplementTo }
        report.settleStep()
        let back = returnTo
        self = EntryScreen()
        if let back { context.navigate(.screen(back)) }
        return [.save(.report(report, base: base))]
    }

    /// The report's fields in error, by field (nothing changed): what Ctrl-S would refuse.
    /// `hasItems`: whether the report has items (one being typed in the editor counts).
    func reportErrors(_ form: Form<EntryField>, hasItems: Bool, _ context: ScreenContext) -> [EntryField: String] {
        let l = context.language
        var errors: [EntryField: String] = [:]
        guard let dataset = context.dataset else { return errors }
        let unitID = form.choiceID(.unit)
        if unitID == nil { errors[.unit] = Phrases.required(l) }
        let period = ReportDraft.parsePeriod(form.text(.period))
        if period == nil { errors[.period] = UIText.badPeriodTyped(l) }
        let receivedText = form.text(.receivedOn)
        let received = Day(typed: receivedText)
        if received == nil { errors[.receivedOn] = UIText.badDateTyped(receivedText)(l) }
        if let received, received > context.now.day { errors[.receivedOn] = UIText.dateInFuture(l) }
        if let unitID, let period, let unit = dataset.unit(unitID), !unit.isActive(during: period) {
            errors[.unit] = Phrases.unitInactive(unit.name, period)(l)
        }
        let nothing = form.isOn(.nothing)
        let summary = Text.clean(form.text(.summary))
        if !hasItems && !nothing && summary.isEmpty {
            errors[.nothing] = UIText.emptyReportHint(l)
        }
        return errors
    }
}
