import DLXHDomain
import Foundation

/// Hộp thư đến: every report newest received first, filtered by `/` (words and field terms),
/// sorted, tagged; and one report open with its items, classified with quick keys and pickers.
/// Every change is saved at once, audited by the store, and can be undone with `u`.
struct InboxScreen: Component {
    static let id = ComponentID(rawValue: "inbox")

    enum Sort: CaseIterable, Sendable, Equatable {
        case received, unit, period, step

        var next: Sort { Sort.allCases[(Sort.allCases.firstIndex(of: self)! + 1) % Sort.allCases.count] }
    }

    var list = ListState()
    var filter = TextField()
    /// The filter line has the keyboard.
    var editingFilter = false
    var sort = Sort.received
    /// Indices into `Derived.inbox` that pass the filter, in the chosen order.
    var visible: [Int] = []
    var taggedReports: Set<String> = []
    /// The report open in the pager, the selected item, and the first visible line.
    var openReportID: String?
    var itemCursor = 0
    var pagerOffset = 0
    var taggedItems: Set<ItemReference> = []

    enum Action: Sendable, Equatable {
        case list(ListState.Action), open, back, filter, nextMatch, previousMatch, sort
        case tag, tagAll, applyToTagged, archive, delete, views, saveView
        case classify(ClassifyField), editProposal, history, markHotSpot, editReport, recordGuidance, returnForMore
    }

    enum Ask: Sendable, Equatable {
        case classify(ClassifyField, [ItemReference])
        case bulk([ItemReference], reports: [String])
        case view
        case hotSpotKind(ItemReference)
        case proposal([ItemReference])
        case stepNote(HandlingStep, [ItemReference])
        case viewName(query: String)
        case returnReason(String)
        case deleteReport(String)
    }

    /// What the apply-to-tagged picker offers.
    enum BulkChoice: String, CaseIterable, Sendable { case topic, step, verification, archive }

    static let listKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.enter, .character("l"), .right], "Enter", UIText.keyOpen, .open, status: "Enter"),
        KeyBinding([.character("/")], "/", UIText.keyFilter, .filter, status: "/"),
        KeyBinding([.character("n")], "n", KeyText.nextMatch, .nextMatch, group: UIText.keyNextMatch),
        KeyBinding([.character("N")], "N", KeyText.previousMatch, .previousMatch, group: UIText.keyNextMatch),
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

    static let reportKeyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.previousItem, .list(.up), status: "↑↓", group: UIText.keyItem),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.nextItem, .list(.down), group: UIText.keyItem),
        KeyBinding([.escape, .character("h"), .left], "Esc", UIText.keyBack, .back, status: "Esc"),
        KeyBinding([.pageUp, .control("b")], "PgUp", KeyText.pageUp, .list(.pageUp), group: UIText.keyPage),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", KeyText.pageDown, .list(.pageDown), group: UIText.keyPage),
        KeyBinding([.character("g"), .home], "g", KeyText.first, .list(.first), group: UIText.keyFirstLast),
        KeyBinding([.character("G"), .end], "G", KeyText.last, .list(.last), group: UIText.keyFirstLast),
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
        KeyBinding([.character("n")], "n", KeyText.nextMatch, .nextMatch, group: UIText.keyNextMatch),
        KeyBinding([.character("N")], "N", KeyText.previousMatch, .previousMatch, group: UIText.keyNextMatch),
        KeyBinding([.character("z")], "z", UIText.keyArchive, .archive),
        KeyBinding([.character("D")], "D", UIText.keyDelete, .delete),
        KeyBinding([.character("E")], "E", UIText.keyEditReport, .editReport),
        KeyBinding([.character("P")], "P", GuidanceUI.keyRecordGuidance, .recordGuidance),
        KeyBinding([.character("B")], "B", GuidanceUI.keyReturnForMore, .returnForMore),
    ]

    /// What the keys do while the filter line has the keyboard (other keys edit the filter).
    enum FilterLineAction: Sendable, Equatable { case done, clear, toList }

    static let filterLineKeyMap: [KeyBinding<FilterLineAction>] = [
        KeyBinding([.enter], "Enter", KeyText.filterDone, .done, status: "Enter"),
        KeyBinding([.escape], "Esc", KeyText.filterClear, .clear, status: "Esc"),
        KeyBinding([.up, .down, .pageUp, .pageDown], "↑↓/PgUp/PgDn", KeyText.filterToList, .toList, status: "↑↓"),
    ]

    func focus(on tab: ScreenID) -> Focus? { tab == .inbox ? .tab : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        switch navigation {
        case .openReport, .unitReports: true
        default: false
        }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        [
            (KeyReference.on(.inbox, UIText.keyFilter, l), listKeyMap.docs), (KeyText.filterLineSection(l), filterLineKeyMap.docs),
            (KeyReference.on(.inbox, UIText.items, l), reportKeyMap.docs),
            (KeyReference.on(.inbox, UIText.searchSyntax, l), SearchSyntax.docs(l)),
        ]
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { openReportID == nil ? Self.listKeyMap : Self.reportKeyMap }

    /// While the filter line is typed into, its own keys (every other key is text), then the
    /// query language; on the list, its keys and the query language; in a report, its keys.
    func keyDocs(_ context: ScreenContext) -> [KeyDoc] {
        if editingFilter { return Self.filterLineKeyMap.docs + SearchSyntax.docs(context.language) }
        return keyMap(context).docs + (openReportID == nil ? SearchSyntax.docs(context.language) : [])
    }

    /// The filter line takes every key but F1 and Ctrl-C (`q` is a letter there).
    func takesTyping(_ context: ScreenContext) -> Bool { editingFilter }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        if let report = openReport(context) {
            // The pager: the last line shown, of all lines.
            let lines = Self.pagerLines(self, context, report: report, width: context.width - 2).lines.count
            return lines == 0 ? nil : (min(lines, pagerOffset + context.bodyHeight) - 1, lines)
        }
        return visible.isEmpty ? nil : (min(list.selected, visible.count - 1), visible.count)
    }

    /// The list's position is a report's among the reports; the pager's is a line's among the
    /// report's lines, and says so.
    func positionText(_ context: ScreenContext) -> String? {
        guard let position = position(context) else { return nil }
        guard openReport(context) != nil else { return listPositionText(position) }
        return UIText.pagerPosition(position.selected + 1, position.count)(context.language)
    }

    func selectedReport(_ context: ScreenContext) -> Report? {
        guard visible.indices.contains(list.selected) else { return nil }
        return context.derived.inbox[visible[list.selected]]
    }

    func openReport(_ context: ScreenContext) -> Report? {
        openReportID.flatMap { id in context.derived.inboxIndex[id].map { context.derived.inbox[$0] } }
    }

    func selectedItem(_ context: ScreenContext) -> (Report, OpinionItem)? {
        guard let report = openReport(context), report.items.indices.contains(itemCursor) else { return nil }
        return (report, report.items[itemCursor])
    }

    // MARK: Messages

    /// Typing into the filter line; nil when the key is not for it.
    mutating func input(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        // F1 and Ctrl-C stay global, as in a form (the status line says so).
        guard editingFilter, !FormKeys.staysGlobal(key) else { return nil }
        switch Self.filterLineKeyMap.action(for: key) {
        case .done?:
            editingFilter = false
        case .clear?:
            editingFilter = false
            filter.set("")
            refilter(context)
        case .toList?:
            editingFilter = false
            return nil
        case nil:
            if filter.handle(key) { refilter(context) }
        }
        return []
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .action(let action):
            return openReportID == nil ? performInList(action, &context) : performInReport(action, &context)
        case .picked(let option, let ask): return picked(option.id, ask, &context)
        case .answered(let text, let ask): return answered(text, ask, &context)
        case .confirmed(.deleteReport(let id)):
            if openReportID == id { openReportID = nil }
            return [.save(.deleteReport(id))]
        case .navigate(.openReport(let id)):
            context.navigate(.screen(.inbox))
            filter.set("")
            refilter(context)
            return openToRead(id, &context)
        case .navigate(.unitReports(let unitID, let period)):
            context.navigate(.screen(.inbox))
            openReportID = nil
            filter.set(ReportQuery.unitAndPeriod(unitID: unitID, period: period))
            refilter(context)
        case .reloaded:
            refilter(context, keepSelection: true)
            if let id = openReportID, context.derived.inboxIndex[id] == nil { openReportID = nil }
        default: break
        }
        return []
    }

    /// Opens a report to read it, which marks it read: the one rule for every way of opening one.
    mutating func openToRead(_ id: String, _ context: inout ScreenContext) -> [Effect] {
        guard context.derived.inboxIndex[id] != nil else { return [] }
        openReportID = id
        itemCursor = 0
        pagerOffset = 0
        guard !context.readReports.contains(id) else { return [] }
        context.readReports.insert(id)
        return [.save(.markRead(id))]
    }

    // MARK: Filtering and sorting

    /// The reports to show, in order: those passing the query, archived ones only when asked for.
    func visibleRows(_ context: ScreenContext) -> [Int] {
        let derived = context.derived
        guard let dataset = context.dataset else { return [] }
        let query = ReportQuery(filter.text)
        var result: [Int] = []
        result.reserveCapacity(derived.inbox.count)
        // Each phrase is looked for once over every report (`SearchCorpus`), not once per report.
        var holders: [String: (Int) -> Bool] = [:]
        for (phrase, needle) in SearchText.needles(query) { holders[phrase] = derived.corpus.holders(needle, keys: derived.inboxKeys) }
        let asksForArchived = query.asksForArchived
        let configuration = dataset.configuration
        // Phrases alone (the usual search) need nothing of the report but its place: the clauses
        // are read as `ReportQuery.matches` reads them, every phrase answered by the index.
        let phrasesOnly = query.terms.isEmpty
        let archived = derived.inboxArchived
        for i in derived.inbox.indices {
            if archived[i] && !asksForArchived { continue }
            if query.isEmpty {
                result.append(i)
                continue
            }
            let passes: Bool
            if phrasesOnly {
                passes = query.clauses.allSatisfy { clause in
                    clause.contains { condition in
                        guard case .phrase(let phrase) = condition.kind, let holds = holders[phrase] else { return false }
                        return holds(i) != condition.negated
                    }
                }
            } else {
                passes = query.matches(derived.inbox[i], unitName: derived.unitName(derived.inbox[i].unitID), configuration: configuration) {
                    holders[$0]?(i) ?? ByteSearch.contains(derived.inboxKeys[i], Array($0.utf8))
                }
            }
            if passes { result.append(i) }
        }
        switch sort {
        case .received: break  // the index is already newest received first
        case .unit:
            let names = derived.inbox.map { Text.fold(derived.unitName($0.unitID)) }
            result.sort { (names[$0], $0) < (names[$1], $1) }
        case .period: result.sort { (derived.inbox[$1].period, $0) < (derived.inbox[$0].period, $1) }
        case .step: result.sort { (derived.inbox[$0].step, $0) < (derived.inbox[$1].step, $1) }
        }
        return result
    }

    mutating func refilter(_ context: ScreenContext, keepSelection: Bool = false) {
        let derived = context.derived
        let selectedID = visible.indices.contains(list.selected) && derived.inbox.indices.contains(visible[list.selected])
            ? derived.inbox[visible[list.selected]].id : nil
        visible = visibleRows(context)
        if keepSelection, let selectedID, let position = visible.firstIndex(where: { derived.inbox[$0].id == selectedID }) {
            list.select(position, count: visible.count)
        } else if !keepSelection {
            list.select(0, count: visible.count)
        } else {
            list.select(list.selected, count: visible.count)
        }
    }

    /// The report's items that match the filter: the query asked of each item alone (its own
    /// text and classification, its report's unit, period and kind).
    func matchingItems(_ report: Report, _ context: ScreenContext) -> [OpinionItem] {
        let query = ReportQuery(filter.text)
        guard !query.isEmpty, let configuration = context.dataset?.configuration else { return report.items }
        let unitName = context.derived.unitName(report.unitID)
        return report.items.filter { SearchText.itemMatches($0, of: report, query: query, unitName: unitName, configuration: configuration) }
    }
}

extension AppState {
    var inbox: InboxScreen {
        get { self[InboxScreen.self] }
        set { self[InboxScreen.self] = newValue }
    }
}

extension ReportQuery {
    /// The query that shows one unit's reports for one period.
    static func unitAndPeriod(unitID: String, period: Period) -> String { "đơn vị:\(unitID) kỳ:\(period.id)" }
}

extension Set {
    /// Tags all of `elements`, or untags them when they all are tagged already (t/T toggle).
    mutating func toggleAll<S: Sequence>(_ elements: S) where S.Element == Element {
        let all = Set(elements)
        if all.isSubset(of: self) { subtract(all) } else { formUnion(all) }
    }
}
