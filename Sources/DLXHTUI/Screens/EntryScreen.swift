import DLXHDomain
import Foundation

/// Nhập liệu: a received report typed in — the report's fields, then its opinion items, each in
/// the item editor. Ctrl-S saves from anywhere; Esc asks before throwing typed text away; the
/// whole form is kept as a draft in the store as it is typed.
enum EntryScreen {
    static let listBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.character("n"), .enter], "n", UIText.keyNewReport, .newReport, status: "n"),
        KeyBinding([.character("e")], "e", UIText.keyEditReport, .editReport, status: "e"),
    ]

    /// The keys of the open form, for the help overlay and the status line (the form handles them).
    static let formBindings: [KeyBinding] = [
        KeyBinding([.tab], "Tab/↑↓", UIText.keyNextField, .moveDown, status: "Tab"),
        KeyBinding([.enter], "Enter", UIText.keyChoose, .open),
        KeyBinding([.control("s")], "Ctrl-S", UIText.keySave, .refresh, status: "Ctrl-S"),
        KeyBinding([.escape], "Esc", UIText.keyCancel, .back, status: "Esc"),
        KeyBinding([.character("a")], "a/Insert", UIText.keyAddItem, .newReport, status: "a"),
        KeyBinding([.character("K"), .character("J")], "K/J", UIText.keyReorder, .moveUp),
        KeyBinding([.character("D")], "D", UIText.keyDeleteItem, .delete),
    ]

    // MARK: Opening

    static func reportForm(_ state: AppState, report: Report?) -> Form {
        let l = state.language
        let period = report?.period ?? Period.containing(state.now.day)
        let unitName = report.map { state.derived.unitName($0.unitID) } ?? ""
        let kind = report?.kind ?? .periodic
        let channel = report?.channel ?? .document
        return Form(
            title: report == nil ? UIText.newReportTitle(l) : UIText.editReportTitle(report!.id)(l),
            fields: [
                Form.Field(id: "unit", label: UIText.colUnit(l), value: .choice(id: report?.unitID, label: unitName), required: true),
                Form.Field(id: "period", label: UIText.colPeriod(l), value: .text(TextField(ReportDraft.format(period))), required: true),
                Form.Field(id: "kind", label: UIText.colKind(l), value: .choice(id: kind.rawValue, label: kind.label(l)), required: true),
                Form.Field(id: "channel", label: UIText.colChannel(l), value: .choice(id: channel.rawValue, label: channel.label(l))),
                Form.Field(
                    id: "receivedOn", label: UIText.colReceived(l),
                    value: .text(TextField((report?.receivedOn ?? state.now.day).displayString)), required: true),
                Form.Field(id: "documentNumber", label: UIText.documentNumber(l), value: .text(TextField(report?.documentNumber ?? ""))),
                Form.Field(id: "summary", label: UIText.summary(l), value: .multiline(TextArea(report?.summary ?? "")), height: 2),
                Form.Field(id: "nothing", label: UIText.nothingToReport(l), value: .flag(report?.nothingToReport ?? false)),
            ])
    }

    /// The item editor, for `item` (nil: a blank new one). `isNew`: a new item restored from a draft.
    static func itemForm(_ state: AppState, item: OpinionItem?, isNew: Bool? = nil) -> Form {
        let l = state.language
        let config = state.dataset?.configuration ?? Configuration()
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
                Form.Field(id: "topic", label: UIText.topic(l), value: .choice(id: topic?.id, label: topic?.label(l) ?? ""), required: true),
                Form.Field(id: "content", label: UIText.content(l), value: .multiline(TextArea(item?.content ?? "")), required: true, height: 4),
                Form.Field(id: "attitude", label: UIText.attitude(l), value: .choice(id: attitude?.id, label: attitude?.label(l) ?? ""), required: true),
                Form.Field(id: "source", label: UIText.source(l), value: .choice(id: source.rawValue, label: source.label(l))),
                Form.Field(id: "target", label: UIText.target(l), value: .choice(id: target.rawValue, label: target.label(l))),
                Form.Field(id: "breadth", label: UIText.breadth(l), value: .choice(id: breadth.rawValue, label: breadth.label(l))),
                Form.Field(id: "scope", label: UIText.scope(l), value: .choice(id: scope.rawValue, label: scope.label(l))),
                Form.Field(id: "nature", label: UIText.nature(l), value: .choice(id: nature.rawValue, label: nature.label(l))),
                Form.Field(id: "verification", label: UIText.verification(l), value: .choice(id: verification.rawValue, label: verification.label(l))),
                Form.Field(id: "proposal", label: UIText.proposal(l), value: .multiline(TextArea(item?.proposal ?? "")), height: 2),
                Form.Field(id: "proposalTo", label: UIText.proposalTo(l), value: .text(TextField(item?.proposalTo ?? ""))),
            ])
    }

    /// A new report, or one prefilled with a unit and period (from the dashboard).
    static func openNew(_ state: inout AppState, unitID: String? = nil, period: Period? = nil, returnTo: ScreenID? = nil) {
        state.screen = .entry
        var form = reportForm(state, report: nil)
        if let unitID { form.choose("unit", id: unitID, label: state.derived.unitName(unitID)) }
        if let period { form["period"]?.value = .text(TextField(ReportDraft.format(period))) }
        form.isDirty = false
        form.focus = unitID == nil ? 0 : 4  // straight to the received date when the unit is known
        state.entry = EntryState()
        state.entry.form = form
        state.entry.returnTo = returnTo
    }

    /// An existing report in the same form; saving writes an audited update.
    static func openEdit(_ state: inout AppState, report: Report) {
        state.screen = .entry
        state.entry = EntryState()
        state.entry.form = reportForm(state, report: report)
        state.entry.items = report.items
        state.entry.lastItemNumber = report.lastItemNumber
        state.entry.editingReportID = report.id
        state.entry.opened = report
    }

    // MARK: Drafts

    static func draft(_ state: AppState) -> ReportDraft? {
        guard let form = state.entry.form else { return nil }
        var openItem: OpinionItem?
        if let itemForm = state.entry.itemForm { openItem = item(from: itemForm, id: "", state: state, validate: false).item }
        let nothing = form.isOn("nothing")
        return ReportDraft(
            editingReportID: state.entry.editingReportID, unitID: form.choiceID("unit"), period: form["period"]?.text ?? "",
            kind: form.choiceID("kind").flatMap(ReportKind.init(rawValue:)) ?? .periodic,
            channel: form.choiceID("channel").flatMap(Channel.init(rawValue:)) ?? .document, receivedOn: form["receivedOn"]?.text ?? "",
            documentNumber: form["documentNumber"]?.text ?? "", summary: form["summary"]?.text ?? "", nothingToReport: nothing,
            items: state.entry.items, openItemIndex: state.entry.editingItemIndex, openItem: openItem, savedAt: state.now,
            base: state.entry.opened)
    }

    /// Puts a draft back into the form, exactly as it was typed.
    static func restore(_ draft: ReportDraft, state: inout AppState) {
        let l = state.language
        state.screen = .entry
        state.entry = EntryState()
        let editing = draft.editingReportID.flatMap { state.dataset?.report($0) }
        var form = reportForm(state, report: editing)
        if let unit = draft.unitID { form.choose("unit", id: unit, label: state.derived.unitName(unit)) }
        form["period"]?.value = .text(TextField(draft.period))
        form.choose("kind", id: draft.kind.rawValue, label: draft.kind.label(l))
        form.choose("channel", id: draft.channel.rawValue, label: draft.channel.label(l))
        form["receivedOn"]?.value = .text(TextField(draft.receivedOn))
        form["documentNumber"]?.value = .text(TextField(draft.documentNumber))
        form["summary"]?.value = .multiline(TextArea(draft.summary))
        form["nothing"]?.value = .flag(draft.nothingToReport)
        form.isDirty = true
        state.entry.form = form
        state.entry.items = draft.items
        state.entry.editingReportID = editing?.id
        state.entry.opened = draft.base ?? editing
        state.entry.lastItemNumber = editing?.lastItemNumber
        state.entry.editedItems = true
        if let index = draft.openItemIndex, let item = draft.openItem {
            var itemForm = itemForm(state, item: item, isNew: index >= draft.items.count)
            itemForm.isDirty = true
            state.entry.itemForm = itemForm
            state.entry.editingItemIndex = index
        }
    }

    // MARK: Keys

    /// The open form has the keyboard (but for Ctrl-C, which quits, asking first).
    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard state.entry.form != nil else { return nil }
        if Form.staysGlobal(key) { return nil }
        defer {
            if state.entry.isDirty { state.entry.draftPending = true }
        }
        if var itemForm = state.entry.itemForm {
            let event = itemForm.handle(key)
            state.entry.itemForm = itemForm
            switch event {
            case .none: return []
            case .pick(let field, let typed):
                offerChoice(field, item: true, typed: typed, state: &state)
                return []
            case .cancel:
                // Back to the report; the item's text is kept (nothing typed is ever dropped silently).
                return acceptItem(&state, thenSave: false)
            case .submit:
                return acceptItem(&state, thenSave: true)
            }
        }
        if state.entry.onItems { return handleItemsKey(key, state: &state) }
        guard var form = state.entry.form else { return [] }
        if (key == .tab || key == .down) && form.focus == form.fields.count - 1 {
            state.entry.onItems = true
            return []
        }
        let event = form.handle(key)
        state.entry.form = form
        switch event {
        case .none: return []
        case .pick(let field, let typed):
            offerChoice(field, item: false, typed: typed, state: &state)
        case .cancel: askToDiscard(&state)
        case .submit: return save(&state)
        }
        return []
    }

    static func handleItemsKey(_ key: Key, state: inout AppState) -> [Effect] {
        let count = state.entry.items.count
        switch key {
        case .up where state.entry.itemList.selected == 0, .backTab:
            state.entry.onItems = false
        case .up, .character("k"): state.entry.itemList.move(by: -1, count: count)
        case .down, .character("j"), .tab: state.entry.itemList.move(by: 1, count: count)
        case .enter:
            guard state.entry.items.indices.contains(state.entry.itemList.selected) else { return openItem(nil, state: &state) }
            return openItem(state.entry.itemList.selected, state: &state)
        case .character("a"), .character("+"), .function(3):
            return openItem(nil, state: &state)
        case .character("K"), .character("J"):
            let i = state.entry.itemList.selected
            let j = key == .character("K") ? i - 1 : i + 1
            guard state.entry.items.indices.contains(i), state.entry.items.indices.contains(j) else { return [] }
            state.entry.items.swapAt(i, j)
            state.entry.itemList.select(j, count: count)
            state.entry.editedItems = true
        case .character("D"), .delete:
            guard state.entry.items.indices.contains(state.entry.itemList.selected) else { return [] }
            let n = state.entry.itemList.selected
            state.overlay = .confirm(ConfirmDialog(question: UIText.confirmDeleteItem(n + 1)(state.language), onYes: .deleteItem(n)))
        case .control("s"): return save(&state)
        case .escape: askToDiscard(&state)
        default: break
        }
        return []
    }

    static func openItem(_ index: Int?, state: inout AppState) -> [Effect] {
        let item = index.map { state.entry.items[$0] }
        state.entry.itemForm = itemForm(state, item: item)
        state.entry.editingItemIndex = index ?? state.entry.items.count
        return []
    }

    static func askToDiscard(_ state: inout AppState) {
        if state.entry.isDirty {
            state.overlay = .confirm(ConfirmDialog(question: UIText.discardReport(state.language), onYes: .discardForm))
        } else {
            state.entry = EntryState()
        }
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        switch command {
        case .discardForm:
            state.entry = EntryState()
            return [.save(.draft(nil))]
        case .restoreDraft:
            if let draft = state.entry.offeredDraft { restore(draft, state: &state) }
            return []
        case .deleteItem(let n):
            guard state.entry.items.indices.contains(n) else { return [] }
            state.entry.items.remove(at: n)
            state.entry.itemList.select(n, count: state.entry.items.count)
            state.entry.editedItems = true
            state.entry.draftPending = true
            return []
        case .newReport:
            openNew(&state)
            return []
        case .editReport:
            guard let report = recent(state).dropFirst(state.entry.recent.selected).first else { return [] }
            openEdit(&state, report: report)
            return []
        default:
            _ = state.entry.recent.handle(command, count: recent(state).count, page: state.bodyHeight - 4)
            return []
        }
    }

    static func recent(_ state: AppState) -> [Report] { state.derived.recentlyEntered }

    // MARK: Choices

    static func offerChoice(_ field: String, item: Bool, typed: String, state: inout AppState) {
        let l = state.language
        let config = state.dataset?.configuration ?? Configuration()
        let options: [Picker.Option]
        var title = ""
        switch field {
        case "unit":
            // Only units active in the period typed (or this month).
            let period = state.entry.form?["period"].flatMap { ReportDraft.parsePeriod($0.text) } ?? Period.containing(state.now.day)
            options = (state.dataset?.units ?? []).filter { $0.isActive(during: period) }.map { Picker.Option(id: $0.id, label: $0.name) }
            title = UIText.colUnit(l)
        case "kind": options = ReportKind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "channel": options = Channel.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "topic": options = config.topics.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case "attitude": options = config.attitudes.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case "source": options = Source.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "target": options = TargetGroup.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "breadth": options = Breadth.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "scope": options = Scope.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "nature": options = Nature.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case "verification": options = Verification.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        default: return
        }
        let form = item ? state.entry.itemForm : state.entry.form
        if title.isEmpty { title = form?[field]?.label ?? "" }
        let current = form?.choiceID(field)
        var picker = Picker(title: title, options: options, selectedID: current)
        if !typed.isEmpty { picker.type(typed) }
        state.overlay = .picker(picker, .entryChoice(field, item: item))
    }

    static func picked(_ option: Picker.Option, for purpose: PickerPurpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .entryChoice(let field, let item):
            if item, var form = state.entry.itemForm {
                form.pick(field, id: option.id, label: option.label)
                state.entry.itemForm = form
            } else if var form = state.entry.form {
                form.pick(field, id: option.id, label: option.label)
                state.entry.form = form
            }
            state.entry.draftPending = true
        case .duplicateReport(let existing):
            switch option.id {
            case "open":
                if let report = state.dataset?.report(existing) {
                    state.entry = EntryState()
                    state.screen = .inbox
                    state.inbox.filter.set("")
                    InboxScreen.refilter(&state)
                    state.inbox.openReportID = report.id
                    state.inbox.itemCursor = 0
                    state.inbox.pagerOffset = 0
                }
            case "supplement":
                return save(&state, supplementTo: existing)
            default: break
            }
        default: break
        }
        return []
    }

    // MARK: Saving

    /// The item in the item editor, checked; errors keyed by field id.
    static func item(from form: Form, id: String, state: AppState, validate: Bool = true) -> (item: OpinionItem, errors: [String: String]) {
        let l = state.language
        var errors: [String: String] = [:]
        if validate {
            for field in form.fields where field.required && field.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                errors[field.id] = Phrases.required(l)
            }
        }
        let item = OpinionItem(
            id: id, topic: form.choiceID("topic") ?? "", content: Text.clean(form["content"]?.text ?? ""),
            source: form.choiceID("source").flatMap(Source.init(rawValue:)) ?? .direct,
            targetGroup: form.choiceID("target").flatMap(TargetGroup.init(rawValue:)) ?? .general,
            breadth: form.choiceID("breadth").flatMap(Breadth.init(rawValue:)) ?? .some,
            scope: form.choiceID("scope").flatMap(Scope.init(rawValue:)) ?? .unit, attitude: form.choiceID("attitude") ?? "",
            nature: form.choiceID("nature").flatMap(Nature.init(rawValue:)) ?? .publicOpinion,
            verification: form.choiceID("verification").flatMap(Verification.init(rawValue:)) ?? .unverified,
            proposal: Text.clean(form["proposal"]?.text ?? ""), proposalTo: Text.clean(form["proposalTo"]?.text ?? "", multiline: false))
        return (item, errors)
    }

    /// Closes the item editor, keeping the item: checked when saving, kept as typed otherwise.
    static func acceptItem(_ state: inout AppState, thenSave: Bool) -> [Effect] {
        guard let form = state.entry.itemForm, let index = state.entry.editingItemIndex else { return [] }
        let existing = state.entry.items.indices.contains(index) ? state.entry.items[index] : nil
        var (item, errors) = item(from: form, id: existing?.id ?? "", state: state)
        let blank = form.fields.allSatisfy { $0.id != "content" || $0.text.isEmpty } && existing == nil && !form.isDirty
        if blank {
            state.entry.itemForm = nil
            state.entry.editingItemIndex = nil
            return thenSave ? save(&state) : []
        }
        if thenSave, !errors.isEmpty {
            var shown = form
            shown.show(errors: errors)
            state.entry.itemForm = shown
            return []
        }
        errors = [:]
        if let existing {
            item.id = existing.id
            item.step = existing.step
            item.stepNote = existing.stepNote
            item.inclusion = existing.inclusion
            state.entry.items[index] = item
        } else {
            var report = Report(id: "", unitID: "", period: .month(2000, 1), receivedOn: state.now.day, items: state.entry.items,
                createdAt: state.now, createdBy: "")
            report.lastItemNumber = state.entry.lastItemNumber
            item = report.addItem(item)
            state.entry.items.append(item)
            state.entry.lastItemNumber = report.lastItemNumber
        }
        state.entry.itemForm = nil
        state.entry.editingItemIndex = nil
        state.entry.editedItems = true
        state.entry.onItems = true
        state.entry.itemList.select(index, count: state.entry.items.count)
        return thenSave ? save(&state) : []
    }

    /// Checks the whole report; shows the errors by their fields (the cursor on the first), or
    /// asks about a second monthly report, or saves.
    static func save(_ state: inout AppState, supplementTo: String? = nil) -> [Effect] {
        if state.entry.itemForm != nil { return acceptItem(&state, thenSave: true) }
        guard var form = state.entry.form, let dataset = state.dataset else { return [] }
        let l = state.language
        var errors: [String: String] = [:]
        let unitID = form.choiceID("unit")
        if unitID == nil { errors["unit"] = Phrases.required(l) }
        let period = ReportDraft.parsePeriod(form["period"]?.text ?? "")
        if period == nil { errors["period"] = UIText.badPeriodTyped(l) }
        let receivedText = form["receivedOn"]?.text ?? ""
        let received = Day(typed: receivedText)
        if received == nil { errors["receivedOn"] = UIText.badDateTyped(receivedText)(l) }
        if let received, received > state.now.day { errors["receivedOn"] = UIText.dateInFuture(l) }
        if let unitID, let period, let unit = dataset.unit(unitID), !unit.isActive(during: period) {
            errors["unit"] = Phrases.unitInactive(unit.name, period)(l)
        }
        let nothing = form.isOn("nothing")
        let summary = Text.clean(form["summary"]?.text ?? "")
        if state.entry.items.isEmpty && !nothing && summary.isEmpty {
            errors["nothing"] = UIText.emptyReportHint(l)
        }
        guard errors.isEmpty, let unitID, let period, let received else {
            form.show(errors: errors)
            state.entry.form = form
            state.entry.onItems = false
            return []
        }
        let kind = form.choiceID("kind").flatMap(ReportKind.init(rawValue:)) ?? .periodic
        // A second monthly report from the same unit for the same period: ask first.
        if kind == .periodic, supplementTo == nil,
            let existing = dataset.reports.first(where: {
                $0.unitID == unitID && $0.period == period && $0.kind == .periodic && $0.id != state.entry.editingReportID
            })
        {
            let options = [
                Picker.Option(id: "open", label: UIText.duplicateOpen(existing.receivedOn.displayString)(l)),
                Picker.Option(id: "supplement", label: UIText.duplicateSupplement(l)),
                Picker.Option(id: "cancel", label: UIText.keyCancel(l)),
            ]
            state.overlay = .picker(Picker(title: UIText.duplicateTitle(l), options: options), .duplicateReport(existing: existing.id))
            return []
        }
        // The version the form opened, not the one on screen now: the store merges only what was
        // changed here onto what is on disk (someone may have saved the same report meanwhile).
        let base = state.entry.editingReportID == nil ? nil : state.entry.opened ?? dataset.report(state.entry.editingReportID!)
        var report = base ?? Report(id: "", unitID: unitID, period: period, receivedOn: received, createdAt: state.now, createdBy: state.session.staff)
        report.unitID = unitID
        report.period = period
        report.kind = kind
        report.channel = form.choiceID("channel").flatMap(Channel.init(rawValue:)) ?? .document
        report.receivedOn = received
        report.documentNumber = Text.clean(form["documentNumber"]?.text ?? "", multiline: false)
        report.summary = summary
        report.nothingToReport = nothing
        report.items = state.entry.items
        report.lastItemNumber = max(report.lastItemNumber ?? 0, state.entry.lastItemNumber ?? 0)
        if let supplementTo { report.supplementTo = supplementTo }
        report.settleStep()
        let back = state.entry.returnTo
        state.entry = EntryState()
        if let back { state.screen = back }
        return [.save(.report(report, base: base))]
    }

    // MARK: Drawing

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        if let itemForm = state.entry.itemForm {
            grid.put(itemForm.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
            itemForm.render(into: &grid, rect: Rect(x: 2, y: area.y + 1, width: area.width - 4, height: area.height - 2), language: l)
            grid.put(UIText.itemFormKeys(l), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
            return
        }
        guard let form = state.entry.form else {
            drawRecent(state, into: &grid, area: area)
            return
        }
        grid.put(form.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
        let fieldsHeight = form.fields.reduce(0) { $0 + max(1, $1.height) + ($1.error == nil ? 0 : 1) }
        let fieldsRect = Rect(x: 2, y: area.y + 1, width: area.width - 4, height: fieldsHeight)
        var shown = form
        if state.entry.onItems { shown.focus = -1 }
        shown.render(into: &grid, rect: fieldsRect, language: l)
        let listTop = fieldsRect.maxY
        let heading = UIText.itemsHeading(state.entry.items.count)(l)
        grid.put(heading, x: 1, y: listTop, style: state.entry.onItems ? .accent : .bold)
        let config = state.dataset?.configuration ?? Configuration()
        let columns = [
            TableColumn("#", .fixed(2), alignRight: true), TableColumn(UIText.topic(l), .fixed(18)),
            TableColumn(UIText.content(l), .flexible(minimum: 20)), TableColumn(UIText.attitude(l), .fixed(16)),
        ]
        let items = state.entry.items
        if items.isEmpty {
            grid.put(UIText.noItemsYet(l), x: 3, y: listTop + 1, style: .dim, limit: area.width - 4)
        } else {
            Table.render(
                into: &grid, rect: Rect(x: 2, y: listTop + 1, width: area.width - 4, height: max(2, area.maxY - listTop - 2)),
                columns: columns, count: items.count,
                row: { i in
                    let item = items[i]
                    return TableRow([
                        String(i + 1), config.topic(item.topic)?.label(l) ?? item.topic, item.content.replacingOccurrences(of: "\n", with: " "),
                        config.attitude(item.attitude)?.label(l) ?? item.attitude,
                    ])
                }, state: state.entry.itemList, focused: state.entry.onItems)
        }
        grid.put(state.entry.onItems ? UIText.itemListKeys(l) : UIText.formKeys(l), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    static func drawRecent(_ state: AppState, into grid: inout Grid, area: Rect) {
        let l = state.language
        grid.put(UIText.entryStart(l), x: 1, y: area.y, style: .accent, limit: area.width - 2)
        let reports = recent(state)
        let columns = [
            TableColumn(UIText.colEntered(l), .fixed(16)), TableColumn(UIText.colUnit(l), .flexible(minimum: 12)),
            TableColumn(UIText.colPeriod(l), .fixed(7)), TableColumn(UIText.colKind(l), .fixed(8)),
            TableColumn(UIText.colBy(l), .flexible(minimum: 8)),
        ]
        grid.put(UIText.recentlyEntered(l), x: 1, y: area.y + 2, style: .bold)
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 3, width: area.width - 2, height: area.height - 3), columns: columns,
            count: reports.count,
            row: { i in
                let r = reports[i]
                return TableRow([
                    r.createdAt.displayString, state.derived.unitName(r.unitID), r.period.id, Format.kind(r.kind)(l), r.createdBy,
                ])
            }, state: state.entry.recent)
    }
}
