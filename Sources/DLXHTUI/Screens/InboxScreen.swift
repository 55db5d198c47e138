import DLXHDomain
import Foundation


/// Hộp thư đến: every report newest received first, filtered by `/` (words and field terms),
/// sorted, tagged; and one report open with its items, classified with quick keys and pickers.
/// Every change is saved at once, audited by the store, and can be undone with `u`.
enum InboxScreen {
    static let listBindings: [KeyBinding] = AppState.listBindings + [
        KeyBinding([.enter, .character("l"), .right], "Enter", UIText.keyOpen, .open, status: "Enter"),
        KeyBinding([.character("/")], "/", UIText.keyFilter, .filter, status: "/"),
        KeyBinding([.character("n")], "n", UIText.keyNextMatch, .nextMatch),
        KeyBinding([.character("N")], "N", UIText.keyNextMatch, .previousMatch),
        KeyBinding([.character("s")], "s", UIText.keySort, .sort),
        KeyBinding([.character("t")], "t", UIText.keyTag, .tag, status: "t"),
        KeyBinding([.character("T")], "T", UIText.keyTagAll, .tagAll),
        KeyBinding([.character("A")], "A", UIText.keyApply, .applyToTagged),
        KeyBinding([.character("z")], "z", UIText.keyArchive, .archive),
        KeyBinding([.character("D"), .delete], "D", UIText.keyDelete, .delete),
        KeyBinding([.character("V")], "V", UIText.keyViews, .views),
        KeyBinding([.character("W")], "W", UIText.keySaveView, .saveView),
        KeyBinding([.escape], "Esc", UIText.keyClearFilter, .back),
    ]

    static let reportBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyItem, .moveUp, status: "↑↓"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyItem, .moveDown),
        KeyBinding([.escape, .character("h"), .left], "Esc", UIText.keyBack, .back, status: "Esc"),
        KeyBinding([.pageUp, .control("b")], "PgUp", UIText.keyPage, .pageUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", UIText.keyPage, .pageDown),
        KeyBinding([.character("g"), .home], "g", UIText.keyFirstLast, .first),
        KeyBinding([.character("G"), .end], "G", UIText.keyFirstLast, .last),
        KeyBinding([.character("c")], "c", UIText.topic, .classify(.topic), status: "c"),
        KeyBinding([.character("a")], "a", UIText.attitude, .classify(.attitude), status: "a"),
        KeyBinding([.character("m")], "m", UIText.breadth, .classify(.breadth)),
        KeyBinding([.character("p")], "p", UIText.scope, .classify(.scope)),
        KeyBinding([.character("r")], "r", UIText.nature, .classify(.nature)),
        KeyBinding([.character("v")], "v", UIText.verification, .classify(.verification)),
        KeyBinding([.character("e")], "e", UIText.proposal, .editProposal),
        KeyBinding([.character("s")], "s", UIText.step, .classify(.step), status: "s"),
        KeyBinding([.character("i")], "i", UIText.keyHistory, .history),
        KeyBinding([.character("!")], "!", UIText.keyMarkHotSpot, .markHotSpot),
        KeyBinding([.character("t")], "t", UIText.keyTag, .tag),
        KeyBinding([.character("T")], "T", UIText.keyTagAll, .tagAll),
        KeyBinding([.character("A")], "A", UIText.keyApply, .applyToTagged),
        KeyBinding([.character("n")], "n", UIText.keyNextMatch, .nextMatch),
        KeyBinding([.character("N")], "N", UIText.keyNextMatch, .previousMatch),
        KeyBinding([.character("z")], "z", UIText.keyArchive, .archive),
        KeyBinding([.character("D")], "D", UIText.keyDelete, .delete),
        KeyBinding([.character("E")], "E", UIText.keyEditReport, .editReport),
        KeyBinding([.character("P")], "P", GuidanceUI.keyRecordGuidance, .recordGuidance),
        KeyBinding([.character("B")], "B", GuidanceUI.keyReturnForMore, .returnForMore),
    ]

    // MARK: Filtering and sorting

    /// The reports to show, in order: those passing the query, archived ones only when asked for.
    static func visible(_ state: AppState) -> [Int] {
        let derived = state.derived
        guard let dataset = state.dataset else { return [] }
        let query = ReportQuery(state.inbox.filter.text)
        let needles = query.words.map { Array($0.utf8) }
        var result: [Int] = []
        result.reserveCapacity(derived.inbox.count)
        for (i, report) in derived.inbox.enumerated() {
            if report.archived && !query.asksForArchived { continue }
            if !needles.allSatisfy({ ByteSearch.contains(derived.inboxKeys[i], $0) }) { continue }
            if !query.terms.isEmpty,
                !query.matchesTerms(report, unitName: derived.unitName(report.unitID), configuration: dataset.configuration)
            {
                continue
            }
            result.append(i)
        }
        switch state.inbox.sort {
        case .received: break  // the index is already newest received first
        case .unit:
            let names = derived.inbox.map { Text.fold(derived.unitName($0.unitID)) }
            result.sort { (names[$0], $0) < (names[$1], $1) }
        case .period: result.sort { (derived.inbox[$1].period, $0) < (derived.inbox[$0].period, $1) }
        case .step: result.sort { (derived.inbox[$0].step, $0) < (derived.inbox[$1].step, $1) }
        }
        return result
    }

    static func refilter(_ state: inout AppState, keepSelection: Bool = false) {
        let selectedID = state.inbox.visible.indices.contains(state.inbox.list.selected)
            ? state.derived.inbox.indices.contains(state.inbox.visible[state.inbox.list.selected])
                ? state.derived.inbox[state.inbox.visible[state.inbox.list.selected]].id : nil
            : nil
        state.inbox.visible = visible(state)
        if keepSelection, let selectedID, let position = state.inbox.visible.firstIndex(where: { state.derived.inbox[$0].id == selectedID }) {
            state.inbox.list.select(position, count: state.inbox.visible.count)
        } else if !keepSelection {
            state.inbox.list.select(0, count: state.inbox.visible.count)
        } else {
            state.inbox.list.select(state.inbox.list.selected, count: state.inbox.visible.count)
        }
    }

    static func selectedReport(_ state: AppState) -> Report? {
        guard state.inbox.visible.indices.contains(state.inbox.list.selected) else { return nil }
        return state.derived.inbox[state.inbox.visible[state.inbox.list.selected]]
    }

    static func openReport(_ state: AppState) -> Report? {
        state.inbox.openReportID.flatMap { id in state.derived.inboxIndex[id].map { state.derived.inbox[$0] } }
    }

    static func selectedItem(_ state: AppState) -> (Report, OpinionItem)? {
        guard let report = openReport(state), report.items.indices.contains(state.inbox.itemCursor) else { return nil }
        return (report, report.items[state.inbox.itemCursor])
    }

    // MARK: Keys

    /// Typing into the filter line; nil when the key is not for it.
    static func handleInput(_ key: Key, state: inout AppState) -> [Effect]? {
        guard state.inbox.editingFilter else { return nil }
        switch key {
        case .enter:
            state.inbox.editingFilter = false
        case .escape:
            state.inbox.editingFilter = false
            state.inbox.filter.set("")
            refilter(&state)
        case .up, .down, .pageUp, .pageDown:
            state.inbox.editingFilter = false
            return nil
        default:
            if state.inbox.filter.handle(key) { refilter(&state) }
        }
        return []
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        if state.inbox.openReportID != nil { return performInReport(command, state: &state) }
        let page = max(1, state.bodyHeight - 2)
        let count = state.inbox.visible.count
        if state.inbox.list.handle(command, count: count, page: page) { return [] }
        switch command {
        case .open:
            guard let report = selectedReport(state) else { return [] }
            state.inbox.openReportID = report.id
            state.inbox.itemCursor = 0
            state.inbox.pagerOffset = 0
            if !state.readReports.contains(report.id) {
                state.readReports.insert(report.id)
                return [.save(.markRead(report.id))]
            }
        case .filter:
            state.inbox.editingFilter = true
        case .nextMatch: state.inbox.list.move(by: 1, count: count)
        case .previousMatch: state.inbox.list.move(by: -1, count: count)
        case .sort:
            state.inbox.sort = InboxState.Sort(rawValue: (state.inbox.sort.rawValue + 1) % InboxState.Sort.allCases.count)!
            refilter(&state)
            state.toast = UIText.sortedBy(state.inbox.sort.rawValue)
        case .tag:
            guard let report = selectedReport(state) else { return [] }
            state.inbox.taggedReports.formSymmetricDifference([report.id])
            state.inbox.list.move(by: 1, count: count)
        case .tagAll:
            state.inbox.taggedReports.toggleAll(state.inbox.visible.map { state.derived.inbox[$0].id })
            state.toast = UIText.taggedCount(state.inbox.taggedReports.count)
        case .applyToTagged:
            return offerBulkActions(state: &state)
        case .archive:
            let ids = state.inbox.taggedReports.isEmpty ? selectedReport(state).map { [$0.id] } ?? [] : Array(state.inbox.taggedReports)
            return archive(ids, state: &state)
        case .delete:
            guard let report = selectedReport(state) else { return [] }
            askToDelete(report, state: &state)
        case .views:
            let options = state.savedViews.map { Picker.Option(id: $0.query, label: "\($0.name)  ·  \($0.query)") }
            state.overlay = .picker(Picker(title: UIText.keyViews(state.language), options: options), .view)
        case .saveView:
            let query = state.inbox.filter.text
            guard !query.isEmpty else {
                state.toast = UIText.nothingToSave
                return []
            }
            state.overlay = .prompt(Prompt(title: UIText.viewNamePrompt(state.language), field: TextField(), purpose: .viewName(query: query)))
        case .deleteReport(let id):
            state.undoStack.removeAll { if case .reports(let ids, _) = $0.save { return ids.contains(id) } else { return false } }
            return [.save(.deleteReport(id))]
        case .back:
            if !state.inbox.filter.text.isEmpty {
                state.inbox.filter.set("")
                refilter(&state)
            }
        default: break
        }
        return []
    }

    static func performInReport(_ command: Command, state: inout AppState) -> [Effect] {
        guard let report = openReport(state) else {
            state.inbox.openReportID = nil
            return []
        }
        let items = report.items.count
        let language = state.language
        switch command {
        case .moveUp: state.inbox.itemCursor = max(0, state.inbox.itemCursor - 1)
        case .moveDown: state.inbox.itemCursor = min(max(0, items - 1), state.inbox.itemCursor + 1)
        case .first: state.inbox.itemCursor = 0
        case .last: state.inbox.itemCursor = max(0, items - 1)
        case .pageUp, .pageDown:
            let lines = pagerLines(state, report: report, width: state.width - 2)
            let step = max(1, state.bodyHeight - 1) * (command == .pageUp ? -1 : 1)
            state.inbox.pagerOffset = min(max(0, state.inbox.pagerOffset + step), max(0, lines.lines.count - state.bodyHeight))
            // Keep the selection on an item that is on screen.
            if let item = lines.itemStarts.lastIndex(where: { $0 <= state.inbox.pagerOffset + state.bodyHeight / 2 }) {
                state.inbox.itemCursor = item
            }
            return []
        case .nextMatch, .previousMatch:
            let query = ReportQuery(state.inbox.filter.text)
            let matching = report.items.indices.filter { i in
                let text = Array(Text.fold(report.items[i].content + " " + report.items[i].proposal).utf8)
                return !query.words.isEmpty && query.words.allSatisfy { ByteSearch.contains(text, Array($0.utf8)) }
            }
            let current = state.inbox.itemCursor
            let target = command == .nextMatch
                ? matching.first { $0 > current } ?? matching.first : matching.last { $0 < current } ?? matching.last
            if let target { state.inbox.itemCursor = target }
        case .classify(let field):
            guard let (report, item) = selectedItem(state) else { return [] }
            let targets = state.inbox.taggedItems.isEmpty
                ? [ItemReference(reportID: report.id, itemID: item.id)] : Array(state.inbox.taggedItems).sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
            offerPicker(field, current: item, targets: targets, state: &state)
            return []
        case .editProposal:
            guard let (report, item) = selectedItem(state) else { return [] }
            state.overlay = .prompt(
                Prompt(title: UIText.proposal(language), field: TextField(item.proposal),
                    purpose: .proposal([ItemReference(reportID: report.id, itemID: item.id)])))
        case .history:
            guard let (report, item) = selectedItem(state) else { return [] }
            let target = "\(report.id)/\(item.id)"
            let entries = state.auditTrail(target)
            let lines = entries.isEmpty
                ? [UIText.noHistory(language)]
                : entries.map { "\($0.at.displayString) \($0.by): \($0.detail.isEmpty ? $0.action.rawValue : $0.detail)" }
            state.overlay = .lines(title: UIText.historyTitle(target)(language), lines)
        case .markHotSpot:
            guard let (report, item) = selectedItem(state) else { return [] }
            let options = HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(language)) }
            state.overlay = .picker(
                Picker(title: UIText.keyMarkHotSpot(language), options: options),
                .hotSpotKind(ItemReference(reportID: report.id, itemID: item.id)))
        case .tag:
            guard let (report, item) = selectedItem(state) else { return [] }
            state.inbox.taggedItems.formSymmetricDifference([ItemReference(reportID: report.id, itemID: item.id)])
            state.inbox.itemCursor = min(max(0, items - 1), state.inbox.itemCursor + 1)
        case .tagAll:
            // The items matching the filter (all of them when there is none).
            let refs = matchingItems(report, state: state).map { ItemReference(reportID: report.id, itemID: $0.id) }
            state.inbox.taggedItems.toggleAll(refs)
            state.toast = UIText.taggedCount(state.inbox.taggedItems.count)
        case .applyToTagged:
            return offerBulkActions(state: &state)
        case .archive:
            return archive([report.id], state: &state)
        case .editReport:
            EntryScreen.openEdit(&state, report: report)
            return []
        case .recordGuidance:
            GuidanceScreen.openForm(&state)
            return []
        case .returnForMore:
            GuidanceScreen.askReturnReason(&state)
            return []
        case .delete:
            askToDelete(report, state: &state)
        case .deleteReport(let id):
            state.inbox.openReportID = nil
            return perform(.deleteReport(id), state: &state)
        case .back:
            state.inbox.openReportID = nil
        default: break
        }
        scrollToItem(&state, report: report)
        return []
    }

    /// The report's items that match the filter: every phrase in the item's text and every item
    /// term (topic, attitude…) met by the item itself.
    static func matchingItems(_ report: Report, state: AppState) -> [OpinionItem] {
        let query = ReportQuery(state.inbox.filter.text)
        guard !query.isEmpty, let configuration = state.dataset?.configuration else { return report.items }
        return report.items.filter { item in
            let text = Text.foldedBytes(item.content + " " + item.proposal + " " + item.stepNote)
            var single = report
            single.items = [item]
            let itemTerms = ReportQuery.Field.allCases.filter { ![.unit, .period, .kind, .archived].contains($0) }
            var onlyItemTerms = query
            onlyItemTerms.terms = query.terms.filter { itemTerms.contains($0.field) }
            return query.words.allSatisfy { ByteSearch.contains(text, Array($0.utf8)) }
                && onlyItemTerms.matchesTerms(single, unitName: "", configuration: configuration)
        }
    }

    /// Keeps the selected item's block on screen.
    static func scrollToItem(_ state: inout AppState, report: Report) {
        let layout = pagerLines(state, report: report, width: state.width - 2)
        guard layout.itemStarts.indices.contains(state.inbox.itemCursor) else { return }
        let start = layout.itemStarts[state.inbox.itemCursor]
        let end = state.inbox.itemCursor + 1 < layout.itemStarts.count ? layout.itemStarts[state.inbox.itemCursor + 1] : layout.lines.count
        let height = max(1, state.bodyHeight)
        if start < state.inbox.pagerOffset { state.inbox.pagerOffset = start }
        if end > state.inbox.pagerOffset + height { state.inbox.pagerOffset = min(start, end - height) }
        state.inbox.pagerOffset = max(0, min(state.inbox.pagerOffset, max(0, layout.lines.count - height)))
    }

    // MARK: Pickers, prompts and saves

    static func options(_ field: ClassifyField, _ state: AppState) -> [Picker.Option] {
        let l = state.language
        let config = state.dataset?.configuration ?? Configuration()
        switch field {
        case .topic: return config.topics.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case .attitude: return config.attitudes.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case .breadth: return Breadth.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .scope: return Scope.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .nature: return Nature.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .verification: return Verification.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .step: return HandlingStep.allCases.map { Picker.Option(id: String($0.rawValue), label: "\($0.rawValue) – \($0.label(l))") }
        }
    }

    static func current(_ field: ClassifyField, of item: OpinionItem) -> String {
        switch field {
        case .topic: item.topic
        case .attitude: item.attitude
        case .breadth: item.breadth.rawValue
        case .scope: item.scope.rawValue
        case .nature: item.nature.rawValue
        case .verification: item.verification.rawValue
        case .step: String(item.step.rawValue)
        }
    }

    static func title(_ field: ClassifyField) -> Localized {
        switch field {
        case .topic: UIText.topic
        case .attitude: UIText.attitude
        case .breadth: UIText.breadth
        case .scope: UIText.scope
        case .nature: UIText.nature
        case .verification: UIText.verification
        case .step: UIText.step
        }
    }

    static func offerPicker(_ field: ClassifyField, current item: OpinionItem?, targets: [ItemReference], state: inout AppState) {
        var title = title(field)(state.language)
        if targets.count > 1 { title += " (\(targets.count))" }
        let picker = Picker(title: title, options: options(field, state), selectedID: item.map { current(field, of: $0) })
        state.overlay = .picker(picker, .classify(field, targets))
    }

    static func change(_ field: ClassifyField, _ id: String) -> ItemChange? {
        switch field {
        case .topic: return .topic(id)
        case .attitude: return .attitude(id)
        case .breadth: return Breadth(rawValue: id).map { .breadth($0) }
        case .scope: return Scope(rawValue: id).map { .scope($0) }
        case .nature: return Nature(rawValue: id).map { .nature($0) }
        case .verification: return Verification(rawValue: id).map { .verification($0) }
        case .step: return Int(id).flatMap(HandlingStep.init(rawValue:)).map { .step($0, note: "") }
        }
    }

    /// A picker closed with a choice.
    static func picked(_ id: String, for purpose: PickerPurpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .classify(.step, let targets):
            guard let step = Int(id).flatMap(HandlingStep.init(rawValue:)) else { return [] }
            if step >= .reportUp {
                // Steps 3 and 4 carry a short note: to whom it was reported, what guidance came back.
                let existing = targets.count == 1 ? state.item(targets[0])?.stepNote ?? "" : ""
                let title = step == .reportUp ? UIText.stepNoteReported : UIText.stepNoteRelayed
                state.overlay = .prompt(Prompt(title: title(state.language), field: TextField(existing), purpose: .stepNote(step, targets)))
                return []
            }
            return save([.step(step, note: "")], to: targets, state: &state)
        case .classify(let field, let targets):
            guard let change = change(field, id) else { return [] }
            return save([change], to: targets, state: &state)
        case .bulkAction(let items, let reports):
            let targets = items + reports.flatMap { id in
                (state.dataset?.report(id)?.items ?? []).map { ItemReference(reportID: id, itemID: $0.id) }
            }
            switch id {
            case "archive": return archive(reports + Array(Set(items.map(\.reportID))), state: &state)
            case "topic": offerPicker(.topic, current: nil, targets: targets, state: &state)
            case "step": offerPicker(.step, current: nil, targets: targets, state: &state)
            case "verification": offerPicker(.verification, current: nil, targets: targets, state: &state)
            default: break
            }
            return []
        case .view:
            state.inbox.filter.set(id)
            refilter(&state)
            return []
        case .hotSpotKind(let ref):
            guard let kind = HotSpot.Kind(rawValue: id), let item = state.item(ref) else { return [] }
            let title = String(item.content.prefix(80))
            return [.save(.hotSpotFromItem(ref, kind: kind, title: title))]
        default:
            return []  // the hot-spot panel's pickers are not the inbox's
        }
    }

    /// A prompt closed with an answer.
    static func answered(_ text: String, for purpose: Prompt.Purpose, state: inout AppState) -> [Effect] {
        switch purpose {
        case .proposal(let targets): return save([.proposal(text)], to: targets, state: &state)
        case .stepNote(let step, let targets): return save([.step(step, note: text)], to: targets, state: &state)
        case .viewName(let query):
            let name = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return [] }
            state.savedViews.removeAll { $0.name == name }
            state.savedViews.append(SavedView(name: name, query: query))
            return [.save(.saveViews(state.savedViews))]
        default:
            return []
        }
    }

    /// Saves item changes, remembering how to undo them, and clears the tags they used.
    static func save(_ changes: [ItemChange], to targets: [ItemReference], state: inout AppState) -> [Effect] {
        guard !targets.isEmpty else { return [] }
        // The inverse of each change on each item, from the values shown now.
        var inverses: [ItemReference: [ItemChange]] = [:]
        for ref in targets {
            guard let item = state.item(ref) else { continue }
            inverses[ref] = changes.map { $0.inverse(for: item) }
        }
        // Undo groups items that go back to the same values.
        let groups = Dictionary(grouping: inverses.keys) { inverses[$0]! }
        for (inverse, refs) in groups {
            state.undoStack.append(
                UndoEntry(save: .items(refs.sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }, inverse),
                    description: UIText.changedItems(refs.count)))
        }
        state.inbox.taggedItems.subtract(targets)
        return [.save(.items(targets, changes))]
    }

    static func archive(_ ids: [String], state: inout AppState) -> [Effect] {
        let reports = ids.compactMap { state.dataset?.report($0) }
        guard !reports.isEmpty else { return [] }
        // z on archived reports brings them back.
        let archive = !reports.allSatisfy(\.archived)
        state.undoStack.append(UndoEntry(save: .reports(reports.map(\.id), [.archived(!archive)]), description: UIText.changedReports(reports.count)))
        state.inbox.taggedReports.subtract(ids)
        if archive, let open = state.inbox.openReportID, ids.contains(open) { state.inbox.openReportID = nil }
        return [.save(.reports(reports.map(\.id), [.archived(archive)]))]
    }

    static func askToDelete(_ report: Report, state: inout AppState) {
        let name = state.derived.unitName(report.unitID)
        state.overlay = .confirm(
            ConfirmDialog(question: UIText.confirmDelete(name, report.period.label(state.language), report.id)(state.language),
                onYes: .deleteReport(report.id)))
    }

    static func offerBulkActions(state: inout AppState) -> [Effect] {
        let items = Array(state.inbox.taggedItems).sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
        let reports = Array(state.inbox.taggedReports).sorted()
        guard !items.isEmpty || !reports.isEmpty else {
            state.toast = UIText.nothingTagged
            return []
        }
        let l = state.language
        let options = [
            Picker.Option(id: "topic", label: UIText.topic(l)), Picker.Option(id: "step", label: UIText.step(l)),
            Picker.Option(id: "verification", label: UIText.verification(l)), Picker.Option(id: "archive", label: UIText.keyArchive(l)),
        ]
        state.overlay = .picker(Picker(title: UIText.applyTitle(items.count, reports.count)(l), options: options), .bulkAction(items, reports: reports))
        return []
    }

    // MARK: Drawing

    static func columns(_ language: Language) -> [TableColumn] {
        [
            TableColumn(" ", .fixed(1)),
            TableColumn(UIText.colReceived(language), .fixed(10)),
            TableColumn(UIText.colUnit(language), .flexible(minimum: 12)),
            TableColumn(UIText.colPeriod(language), .fixed(7)),
            TableColumn(UIText.colKind(language), .fixed(8)),
            TableColumn(UIText.colChannel(language), .fixed(10)),
            TableColumn(UIText.colItems(language), .fixed(3), alignRight: true),
            TableColumn(UIText.colStep(language), .fixed(4), alignRight: true),
            TableColumn("!", .fixed(1)),
        ]
    }

    static func row(_ report: Report, _ state: AppState) -> TableRow {
        let language = state.language
        let hot = state.derived.reportsWithHotSpot.contains(report.id)
        let unread = !state.readReports.contains(report.id)
        let mark = state.inbox.taggedReports.contains(report.id) ? "*" : report.archived ? "a" : unread ? "•" : ""
        var style = Style.plain
        if unread { style.bold = true }
        if report.archived { style.dim = true }
        return TableRow(
            [
                mark, report.receivedOn.displayString, state.derived.unitName(report.unitID), report.period.id,
                Format.kind(report.kind)(language), report.channel.label(language),
                report.nothingToReport ? "–" : String(report.items.count), String(report.step.rawValue), hot ? "!" : "",
            ],
            style: style, cellStyles: hot ? [8: .danger] : [:])
    }

    static func draw(_ state: AppState, into grid: inout Grid, area: Rect) {
        if let report = openReport(state) {
            drawReport(state, report: report, into: &grid, area: area)
            return
        }
        let visible = state.inbox.visible
        if visible.isEmpty {
            grid.put(UIText.empty(state.language), x: 2, y: area.y + 2, style: .dim)
        }
        let query = ReportQuery(state.inbox.filter.text).words
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y, width: area.width - 2, height: area.height),
            columns: columns(state.language), count: visible.count, row: { row(state.derived.inbox[visible[$0]], state) },
            state: state.inbox.list, highlight: query)
    }

    static func drawFilterLine(_ state: AppState, into grid: inout Grid, y: Int) {
        let language = state.language
        var x = grid.put(UIText.filterPrompt(language) + " ", x: 1, y: y, style: .accent)
        let count = " " + UIText.filterCount(state.inbox.visible.count, state.derived.inbox.count)(language)
        let width = max(8, state.width - x - DisplayWidth.of(count) - 2)
        state.inbox.filter.render(into: &grid, x: x, y: y, width: width, focused: state.inbox.editingFilter)
        x += width
        grid.put(count, x: x + 1, y: y, style: .dim)
    }

    /// One line of the report view: text, style, and which item it belongs to.
    struct PagerLine {
        var text: String
        var style: Style
        var item: Int?
    }

    struct PagerLayout {
        var lines: [PagerLine]
        /// The first line of each item.
        var itemStarts: [Int]
    }

    static func pagerLines(_ state: AppState, reportID: String, width: Int) -> [PagerLine] {
        guard let report = state.dataset?.report(reportID) else { return [] }
        return pagerLines(state, report: report, width: width).lines
    }

    /// The open report as lines: its header, then each item with its classification.
    static func pagerLines(_ state: AppState, report: Report, width: Int) -> PagerLayout {
        let l = state.language
        let config = state.dataset?.configuration ?? Configuration()
        var lines: [PagerLine] = []
        var starts: [Int] = []
        /// Wrapped lines of `text`; `hanging` marks a leading label ("1. ") under whose end the
        /// continuation lines start.
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: String = "", item: Int? = nil) {
            let pad = String(repeating: " ", count: indent)
            let hang = DisplayWidth.of(hanging)
            for (n, line) in TextArea.wrap(text, width: max(10, width - indent - hang)).enumerated() {
                let lead = n == 0 ? hanging : String(repeating: " ", count: hang)
                lines.append(PagerLine(text: pad + lead + line.text.trimmingTrailingSpaces(), style: style, item: item))
            }
        }
        add("\(state.derived.unitName(report.unitID)) – \(report.period.label(l))\(report.archived ? " · " + UIText.archivedMark(l) : "")", .accent)
        add(
            "\(UIText.colKind(l)): \(report.kind.label(l)) · \(UIText.colChannel(l)): \(report.channel.label(l)) · "
                + "\(UIText.colReceived(l)): \(report.receivedOn.displayString)")
        add(
            "\(UIText.documentNumber(l)): \(report.documentNumber.isEmpty ? "—" : report.documentNumber) · "
                + "\(UIText.step(l)): \(report.step.rawValue) – \(report.step.label(l)) · \(report.id)", .dim)
        if !report.summary.isEmpty { add("\(UIText.summary(l)): \(report.summary)") }
        if report.nothingToReport { add(UIText.nothingToReport(l), .bold) }
        if let note = GuidanceScreen.returnNote(report, state) { add(note, .warning) }
        lines.append(PagerLine(text: "", style: .plain))
        if !report.items.isEmpty { add("\(UIText.items(l)) (\(report.items.count))", .bold) }
        for (n, item) in report.items.enumerated() {
            starts.append(lines.count)
            let tagged = state.inbox.taggedItems.contains(ItemReference(reportID: report.id, itemID: item.id))
            let topic = config.topic(item.topic)?.label(l) ?? item.topic
            add("[\(topic)] \(item.content)", .plain, hanging: "\(tagged ? "*" : " ")\(n + 1). ", item: n)
            let attitude = config.attitude(item.attitude)?.label(l) ?? item.attitude
            add(
                "\(UIText.attitude(l)): \(attitude) · \(UIText.nature(l)): \(item.nature.label(l)) · "
                    + "\(UIText.verification(l)): \(item.verification.label(l)) · \(UIText.step(l)): \(item.step.rawValue)",
                .dim, indent: 4, item: n)
            add(
                "\(UIText.source(l)): \(item.source.label(l)) · \(UIText.target(l)): \(item.targetGroup.label(l)) · "
                    + "\(UIText.breadth(l)): \(item.breadth.label(l)) · \(UIText.scope(l)): \(item.scope.label(l))",
                .dim, indent: 4, item: n)
            if !item.proposal.isEmpty {
                add("\(UIText.proposal(l)): \(item.proposal)\(item.proposalTo.isEmpty ? "" : " → \(item.proposalTo)")", indent: 4, item: n)
            }
            if !item.stepNote.isEmpty { add(item.stepNote, .dim, indent: 4, item: n) }
        }
        return PagerLayout(lines: lines, itemStarts: starts)
    }

    static func drawReport(_ state: AppState, report: Report, into grid: inout Grid, area: Rect) {
        let layout = pagerLines(state, report: report, width: area.width - 2)
        let phrases = ReportQuery(state.inbox.filter.text).words
        for (i, line) in layout.lines.dropFirst(state.inbox.pagerOffset).prefix(area.height).enumerated() {
            let y = area.y + i
            let selected = line.item == state.inbox.itemCursor
            var style = line.style
            if selected { style.bold = true }
            grid.put(line.text, x: 1, y: y, style: style, limit: area.width - 2)
            if selected { grid.put("▌", x: 0, y: y, style: .accent) }
            for phrase in phrases { Highlight.mark(phrase, in: line.text, grid: &grid, x: 1, y: y, limit: area.width - 2) }
        }
    }
}

/// Substring search on bytes: the inbox searches ten years of folded text per keystroke, so it
/// works on raw buffers (glibc's memmem is not visible to Swift without _GNU_SOURCE).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        if haystack.count < n { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { p in
                let first = p[0]
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n && h[i + j] == p[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

extension AppState {
    func item(_ ref: ItemReference) -> OpinionItem? {
        derived.inboxIndex[ref.reportID].flatMap { derived.inbox[$0].item(ref.itemID) }
    }

    /// The audit entries about a target, oldest first (kept by the store; the runtime loads them).
    func auditTrail(_ target: String) -> [AuditEntry] {
        (dataset?.audit ?? []).filter { $0.target == target }
    }
}

extension Set {
    /// Tags all of `elements`, or untags them when they all are tagged already (t/T toggle).
    mutating func toggleAll<S: Sequence>(_ elements: S) where S.Element == Element {
        let all = Set(elements)
        if all.isSubset(of: self) { subtract(all) } else { formUnion(all) }
    }
}
