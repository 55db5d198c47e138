import DLXHDomain
import Foundation

extension InboxScreen {
    mutating func performInList(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let count = visible.count
        switch action {
        case .list(let move):
            list.handle(move, count: count, page: max(1, context.bodyHeight - 2))
        case .open:
            guard let report = selectedReport(context) else { return [] }
            return openToRead(report.id, &context)
        case .filter:
            editingFilter = true
        case .nextMatch: list.move(by: 1, count: count)
        case .previousMatch: list.move(by: -1, count: count)
        case .sort:
            sort = sort.next
            refilter(context)
            context.say(InboxText.sortedBy(sort))
        case .tag:
            guard let report = selectedReport(context) else { return [] }
            taggedReports.formSymmetricDifference([report.id])
            list.move(by: 1, count: count)
        case .tagAll:
            taggedReports.toggleAll(visible.map { context.derived.inbox[$0].id })
            context.say(UIText.taggedCount(taggedReports.count))
        case .applyToTagged:
            return offerBulkActions(&context)
        case .archive:
            let ids = taggedReports.isEmpty ? selectedReport(context).map { [$0.id] } ?? [] : Array(taggedReports)
            return archive(ids, &context)
        case .delete:
            guard let report = selectedReport(context) else { return [] }
            askToDelete(report, &context)
        case .views:
            let options = context.savedViews.map { Picker.Option(id: $0.query, label: "\($0.name)  ·  \($0.query)") }
            context.overlay = .picker(Picker(title: UIText.keyViews(context.language), options: options), reply(.view))
        case .saveView:
            let query = filter.text
            guard !query.isEmpty else {
                context.say(UIText.nothingToSave)
                return []
            }
            context.overlay = .prompt(Prompt(title: UIText.viewNamePrompt(context.language), reply: reply(.viewName(query: query))))
        case .back:
            if !filter.text.isEmpty {
                filter.set("")
                refilter(context)
            }
        default: break
        }
        return []
    }

    mutating func performInReport(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        guard let report = openReport(context) else {
            openReportID = nil
            return []
        }
        let items = report.items.count
        let language = context.language
        switch action {
        case .list(.up): itemCursor = max(0, itemCursor - 1)
        case .list(.down): itemCursor = min(max(0, items - 1), itemCursor + 1)
        case .list(.first): itemCursor = 0
        case .list(.last): itemCursor = max(0, items - 1)
        case .list(.pageUp), .list(.pageDown):
            let lines = Self.pagerLines(self, context, report: report, width: context.width - 2)
            let step = max(1, context.bodyHeight - 1) * (action == .list(.pageUp) ? -1 : 1)
            pagerOffset = min(max(0, pagerOffset + step), max(0, lines.lines.count - context.bodyHeight))
            // Keep the selection on an item that is on screen.
            if let item = lines.itemStarts.lastIndex(where: { $0 <= pagerOffset + context.bodyHeight / 2 }) {
                itemCursor = item
            }
            return []
        case .nextMatch, .previousMatch:
            let query = ReportQuery(filter.text)
            let matchingIDs = Set(query.hasPhrases ? matchingItems(report, context).map(\.id) : [])
            let matching = report.items.indices.filter { matchingIDs.contains(report.items[$0].id) }
            let current = itemCursor
            let target = action == .nextMatch
                ? matching.first { $0 > current } ?? matching.first : matching.last { $0 < current } ?? matching.last
            if let target { itemCursor = target }
        case .classify(let field):
            guard let (report, item) = selectedItem(context) else { return [] }
            let targets = taggedItems.isEmpty
                ? [ItemReference(reportID: report.id, itemID: item.id)] : Array(taggedItems).sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
            offerPicker(field, current: item, targets: targets, &context)
            return []
        case .editProposal:
            guard let (report, item) = selectedItem(context) else { return [] }
            context.overlay = .prompt(
                Prompt(title: UIText.proposal(language), field: TextField(item.proposal),
                    reply: reply(.proposal([ItemReference(reportID: report.id, itemID: item.id)]))))
        case .history:
            guard let (report, item) = selectedItem(context) else { return [] }
            let target = "\(report.id)/\(item.id)"
            let entries = (context.dataset?.audit ?? []).filter { $0.target == target }
            let lines = entries.isEmpty
                ? [UIText.noHistory(language)]
                : AuditText.lines(entries, configuration: context.configuration, language: language)
            context.overlay = .lines(title: UIText.historyTitle(target)(language), lines)
        case .markHotSpot:
            guard let (report, item) = selectedItem(context) else { return [] }
            let options = HotSpot.Kind.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(language)) }
            context.overlay = .picker(
                Picker(title: UIText.keyMarkHotSpot(language), options: options),
                reply(.hotSpotKind(ItemReference(reportID: report.id, itemID: item.id))))
        case .tag:
            guard let (report, item) = selectedItem(context) else { return [] }
            taggedItems.formSymmetricDifference([ItemReference(reportID: report.id, itemID: item.id)])
            itemCursor = min(max(0, items - 1), itemCursor + 1)
        case .tagAll:
            // The items matching the filter (all of them when there is none).
            let refs = matchingItems(report, context).map { ItemReference(reportID: report.id, itemID: $0.id) }
            taggedItems.toggleAll(refs)
            context.say(UIText.taggedCount(taggedItems.count))
        case .applyToTagged:
            return offerBulkActions(&context)
        case .archive:
            return archive([report.id], &context)
        case .editReport:
            context.navigate(.editReport(report))
            return []
        case .recordGuidance:
            guard let (report, item) = selectedItem(context) else { return [] }
            let refs = taggedItems.isEmpty
                ? [ItemReference(reportID: report.id, itemID: item.id)]
                : taggedItems.sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
            context.navigate(.recordGuidance(refs))
            return []
        case .returnForMore:
            context.overlay = .prompt(Prompt(title: GuidanceUI.returnReason(language) + " – " + report.id, reply: reply(.returnReason(report.id))))
            return []
        case .delete:
            askToDelete(report, &context)
        case .back:
            openReportID = nil
        default: break
        }
        scrollToItem(context, report: report)
        return []
    }

    /// Keeps the selected item's block on screen.
    mutating func scrollToItem(_ context: ScreenContext, report: Report) {
        let layout = Self.pagerLines(self, context, report: report, width: context.width - 2)
        guard layout.itemStarts.indices.contains(itemCursor) else { return }
        let start = layout.itemStarts[itemCursor]
        let end = itemCursor + 1 < layout.itemStarts.count ? layout.itemStarts[itemCursor + 1] : layout.lines.count
        let height = max(1, context.bodyHeight)
        if start < pagerOffset { pagerOffset = start }
        if end > pagerOffset + height { pagerOffset = min(start, end - height) }
        pagerOffset = max(0, min(pagerOffset, max(0, layout.lines.count - height)))
    }

    static func current(_ field: ClassifyField, of item: OpinionItem) -> String {
        switch field {
        case .source: item.source.rawValue
        case .target: item.targetGroup.rawValue
        case .topic: item.topic
        case .attitude: item.attitude
        case .breadth: item.breadth.rawValue
        case .scope: item.scope.rawValue
        case .nature: item.nature.rawValue
        case .verification: item.verification.rawValue
        case .step: String(item.step.rawValue)
        }
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
        case .source, .target: return nil  // set in the entry form's item editor, not by quick keys
        }
    }

    /// A picker closed with a choice.
    mutating func picked(_ id: String, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        switch ask {
        case .classify(.step, let targets):
            guard let step = Int(id).flatMap(HandlingStep.init(rawValue:)) else { return [] }
            // Every step change offers a short note (what was analysed, cross-checked with what, to
            // whom it was reported, what guidance came back); Enter on an empty note skips it. The
            // note belongs to the step it was written for, so it is offered again only at that step.
            let current = targets.count == 1 ? context.item(targets[0]) : nil
            let existing = current?.step == step ? current?.stepNote ?? "" : ""
            let title = UIText.stepNotePrompt(step)(context.language)
            context.overlay = .prompt(Prompt(title: title, field: TextField(existing), reply: reply(.stepNote(step, targets))))
            return []
        case .classify(let field, let targets):
            guard let change = Self.change(field, id) else { return [] }
            return save([change], to: targets, &context)
        case .bulk(let items, let reports):
            let targets = items + reports.flatMap { id in
                (context.dataset?.report(id)?.items ?? []).map { ItemReference(reportID: id, itemID: $0.id) }
            }
            switch BulkChoice(rawValue: id) {
            case .archive?: return archive(reports + Array(Set(items.map(\.reportID))), &context)
            case .topic?: offerPicker(.topic, current: nil, targets: targets, &context)
            case .step?: offerPicker(.step, current: nil, targets: targets, &context)
            case .verification?: offerPicker(.verification, current: nil, targets: targets, &context)
            case nil: break
            }
            return []
        case .view:
            filter.set(id)
            refilter(context)
            return []
        case .hotSpotKind(let ref):
            guard let kind = HotSpot.Kind(rawValue: id), let item = context.item(ref) else { return [] }
            let title = String(item.content.prefix(80))
            return [.save(.hotSpotFromItem(ref, kind: kind, title: title))]
        default:
            return []
        }
    }

    /// A prompt closed with an answer.
    mutating func answered(_ text: String, _ ask: Ask, _ context: inout ScreenContext) -> [Effect] {
        switch ask {
        case .proposal(let targets): return save([.proposal(text)], to: targets, &context)
        case .stepNote(let step, let targets): return save([.step(step, note: text)], to: targets, &context)
        case .returnReason(let id):
            let reason = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                context.say(UIText.reasonRequired)
                return []
            }
            return [.save(.returnReport(id, reason: reason))]
        case .viewName(let query):
            let name = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return [] }
            context.savedViews.removeAll { $0.name == name }
            context.savedViews.append(SavedView(name: name, query: query))
            return [.save(.saveViews(context.savedViews))]
        default:
            return []
        }
    }

    /// Saves item changes and clears the tags they used. (The save, once it lands, is one undo
    /// step however many items it changed: the effects record every record before and after.)
    mutating func save(_ changes: [ItemChange], to targets: [ItemReference], _ context: inout ScreenContext) -> [Effect] {
        guard !targets.isEmpty else { return [] }
        taggedItems.subtract(targets)
        return [.save(.items(targets, changes))]
    }

    mutating func archive(_ ids: [String], _ context: inout ScreenContext) -> [Effect] {
        let reports = ids.compactMap { context.dataset?.report($0) }
        guard !reports.isEmpty else { return [] }
        // z on archived reports brings them back.
        let archive = !reports.allSatisfy(\.archived)
        taggedReports.subtract(ids)
        if archive, let open = openReportID, ids.contains(open) { openReportID = nil }
        return [.save(.reports(reports.map(\.id), [.archived(archive)]))]
    }

    func askToDelete(_ report: Report, _ context: inout ScreenContext) {
        let name = context.derived.unitName(report.unitID)
        context.overlay = .confirm(
            ConfirmDialog(question: UIText.confirmDelete(name, report.period.label(context.language), report.id)(context.language),
                reply: reply(.deleteReport(report.id))))
    }

    func offerBulkActions(_ context: inout ScreenContext) -> [Effect] {
        let items = Array(taggedItems).sorted { ($0.reportID, $0.itemID) < ($1.reportID, $1.itemID) }
        let reports = Array(taggedReports).sorted()
        guard !items.isEmpty || !reports.isEmpty else {
            context.say(UIText.nothingTagged)
            return []
        }
        let l = context.language
        let labels: [BulkChoice: Localized] = [.topic: UIText.topic, .step: UIText.step, .verification: UIText.verification, .archive: UIText.keyArchive]
        let options = BulkChoice.allCases.map { Picker.Option(id: $0.rawValue, label: labels[$0]!(l)) }
        context.overlay = .picker(Picker(title: UIText.applyTitle(items.count, reports.count)(l), options: options), reply(.bulk(items, reports: reports)))
        return []
    }


    func offerPicker(_ field: ClassifyField, current item: OpinionItem?, targets: [ItemReference], _ context: inout ScreenContext) {
        var title = ClassificationOptions.title(field)(context.language)
        if targets.count > 1 { title += " (\(targets.count))" }
        let options = ClassificationOptions.options(field, configuration: context.configuration, language: context.language)
        let picker = Picker(title: title, options: options, selectedID: item.map { Self.current(field, of: $0) })
        context.overlay = .picker(picker, reply(.classify(field, targets)))
    }
}
