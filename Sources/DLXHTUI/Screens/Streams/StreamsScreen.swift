import DLXHDomain

/// Luồng ý kiến: the month's streams of opinion (the same concern raised by several units), as
/// the clustering suggests them with staff decisions applied. Staff confirm a stream, name it,
/// merge it into another, and move an item to another stream or split it off into a new one;
/// each decision is a save (`Save.streams`) that the store keeps and that wins over later
/// suggestions. A panel in the dashboard's place (`s` there).
public struct StreamsScreen: Component {
    static let id = ComponentID(rawValue: "streams")
    init() {}

    /// The panel is shown in place of the dashboard's view.
    var isOpen = false
    var month: Period?
    /// The month's streams, computed when the panel opens, the month changes or the data
    /// changes (grouping is too slow for every frame).
    var streams: [OpinionStream] = []
    /// The same streams whole, over the months grouped, by id: what a decision is about. Saved
    /// with the month's items only, a merge made in November left October's two streams apart
    /// and joined them whole in the year (walkthrough, 2 December 2026).
    var whole: [String: OpinionStream] = [:]
    /// What the panel shows of each item of the month.
    var items: [ItemReference: ItemLine] = [:]
    /// The units that owe the month's report (the N of "n/N đơn vị").
    var owing = 0
    var list = ListState()
    /// The stream opened to see its items, by id, and the selection among them.
    var opened: String?
    var itemList = ListState()
    /// An item of the stream a decision was about: after the save is taken in, the selection
    /// (and the stream opened) follows it, though the stream's id or place changed.
    var anchor: ItemReference?

    struct ItemLine: Sendable, Equatable {
        var unitID: String
        var unitName: String
        var attitude: String
        var text: String
    }

    enum Action: Sendable, Equatable {
        case list(ListState.Action)
        case open, earlier, later, confirm, rename, merge, move, back, close
    }

    enum Ask: Sendable, Equatable {
        case rename(OpinionStream)
        case merge(OpinionStream)
        case move(ItemReference, from: OpinionStream)
    }

    /// Streams are grouped over this many months up to the one shown (as the trends are).
    static let window = 12
    static let newStreamID = "+new"

    static let listKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.enter], "Enter", StreamsUI.keyOpenStream, .open),
        KeyBinding([.character("c")], "c", StreamsUI.keyConfirm, .confirm, status: "c"),
        KeyBinding([.character("r")], "r", StreamsUI.keyRename, .rename, status: "r"),
        KeyBinding([.character("m")], "m", StreamsUI.keyMerge, .merge, status: "m"),
        KeyBinding([.left, .character("h")], "←/h", StreamsUI.keyEarlier, .earlier),
        KeyBinding([.right, .character("l")], "→/l", StreamsUI.keyLater, .later),
        KeyBinding([.escape], "Esc", StreamsUI.keyClose, .close),
    ]

    static let streamKeyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("x")], "x", StreamsUI.keyMove, .move, status: "x"),
        KeyBinding([.character("c")], "c", StreamsUI.keyConfirm, .confirm, status: "c"),
        KeyBinding([.character("r")], "r", StreamsUI.keyRename, .rename, status: "r"),
        KeyBinding([.character("m")], "m", StreamsUI.keyMerge, .merge),
        KeyBinding([.escape], "Esc", StreamsUI.keyBack, .back),
    ]

    func focus(on tab: ScreenID) -> Focus? { isOpen && tab == .dashboard ? .inPlace : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        if case .streamsPanel = navigation { true } else { false }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] {
        [
            (KeyReference.on(.dashboard, StreamsUI.title, l), listKeyMap.docs),
            (KeyReference.on(.dashboard, StreamsUI.oneStream, l), streamKeyMap.docs),
        ]
    }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { openedStream == nil ? Self.listKeyMap : Self.streamKeyMap }

    var openedStream: OpinionStream? { opened.flatMap { id in streams.first { $0.id == id } } }

    var selectedStream: OpinionStream? { openedStream ?? (streams.indices.contains(list.selected) ? streams[list.selected] : nil) }

    var selectedItem: ItemReference? {
        guard let stream = openedStream, stream.items.indices.contains(itemList.selected) else { return nil }
        return stream.items[itemList.selected]
    }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        if let stream = openedStream { return (min(itemList.selected, stream.items.count - 1), stream.items.count) }
        return streams.isEmpty ? nil : (min(list.selected, streams.count - 1), streams.count)
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .navigate(.streamsPanel(let selected)):
            isOpen = true
            opened = nil
            list = ListState()
            month = selected
            compute(context)
            context.navigate(.screen(.dashboard))
        case .reloaded:
            if isOpen { compute(context) }
        case .action(let action): return perform(action, &context)
        case .answered(let text, .rename(let stream)):
            let title = Text.clean(text, multiline: false).trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty else {
                context.say(StreamsUI.emptyTitle)
                return []
            }
            guard title != stream.title || !stream.confirmed else { return [] }
            anchor = stream.items.first
            return [.save(.streams(.rename(wholeOf(stream), to: title)))]
        case .picked(let option, .merge(let stream)):
            guard let into = streams.first(where: { $0.id == option.id }) else { return [] }
            opened = nil
            anchor = into.items.first
            return [.save(.streams(.merge(wholeOf(stream), into: wholeOf(into))))]
        case .picked(let option, .move(let ref, let from)):
            let to = option.id == Self.newStreamID ? nil : streams.first { $0.id == option.id }
            if option.id != Self.newStreamID && to == nil { return [] }
            anchor = from.items.first { $0 != ref }
            return [.save(.streams(.move([ref], from: wholeOf(from), to: to.map(wholeOf))))]
        default: break
        }
        return []
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let l = context.language
        switch action {
        case .list(let move):
            if let stream = openedStream {
                itemList.handle(move, count: stream.items.count, page: max(1, context.bodyHeight / 2))
            } else {
                list.handle(move, count: streams.count, page: max(1, context.bodyHeight / 2))
            }
        case .open:
            guard let stream = selectedStream else { return [] }
            opened = stream.id
            itemList = ListState()
        case .back:
            opened = nil
        case .close:
            isOpen = false
            opened = nil
        case .earlier, .later:
            guard let month else { return [] }
            self.month = month.advanced(by: action == .earlier ? -1 : 1)
            list = ListState()
            compute(context)
        case .confirm:
            guard let stream = selectedStream else { return [] }
            guard !stream.confirmed else {
                context.say(StreamsUI.alreadyConfirmed)
                return []
            }
            anchor = stream.items.first
            return [.save(.streams(.confirm(wholeOf(stream))))]
        case .rename:
            guard let stream = selectedStream else { return [] }
            context.overlay = .prompt(Prompt(title: StreamsUI.renameTitle(l), field: TextField(stream.title), reply: reply(.rename(stream))))
        case .merge:
            guard let stream = selectedStream else { return [] }
            let others = streams.filter { $0.id != stream.id }
            guard !others.isEmpty else {
                context.say(StreamsUI.noOther)
                return []
            }
            let order = likeliest(to: texts(of: stream), among: others)
            context.overlay = .picker(Picker(title: StreamsUI.mergeTitle(l), options: order.map { option($0, l) }), reply(.merge(stream)))
        case .move:
            guard let stream = openedStream, let ref = selectedItem else { return [] }
            let others = streams.filter { $0.id != stream.id }
            if stream.items.count == 1 && others.isEmpty {
                context.say(StreamsUI.alone)
                return []
            }
            var options = stream.items.count > 1 ? [Picker.Option(id: Self.newStreamID, label: StreamsUI.newStream(l))] : []
            options += likeliest(to: items[ref].map { [$0.text] } ?? [], among: others).map { option($0, l) }
            context.overlay = .picker(Picker(title: StreamsUI.moveTitle(l), options: options), reply(.move(ref, from: stream)))
        }
        return []
    }

    /// `others`, the streams whose month's items are most like `texts` first: the stream a staff
    /// member merges into or moves to is most often one of these (`StreamLikeness`).
    func likeliest(to texts: [String], among others: [OpinionStream]) -> [OpinionStream] {
        StreamLikeness.ranked(texts, candidates: others.map { self.texts(of: $0) }).map { others[$0] }
    }

    /// A stream of the month as a decision sees it: all its items over the months grouped.
    func wholeOf(_ stream: OpinionStream) -> OpinionStream { whole[stream.id] ?? stream }

    /// The texts of a stream's items of the month shown.
    func texts(of stream: OpinionStream) -> [String] { stream.items.compactMap { items[$0]?.text } }

    func option(_ stream: OpinionStream, _ l: Language) -> Picker.Option {
        Picker.Option(id: stream.id, label: (stream.confirmed ? "✓ " : "") + stream.title)
    }

    /// The month's streams (grouped over the months up to it), largest first, and their items.
    mutating func compute(_ context: ScreenContext) {
        guard let dataset = context.dataset, let month else { return }
        let window = Trends.window(through: month, months: Self.window)
        var recent = dataset
        recent.reports = dataset.reports.filter { window.contains(OpinionStreams.month(of: $0)) }
        let all = OpinionStreams.streams(in: recent, through: month)
        whole = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        streams = OpinionStreams.restricted(all, to: month, in: recent).sorted {
            ($1.units.count, $1.items.count, $0.id) < ($0.units.count, $0.items.count, $1.id)
        }
        items = [:]
        for report in recent.reports where OpinionStreams.month(of: report) == month {
            for item in report.items {
                items[ItemReference(reportID: report.id, itemID: item.id)] = ItemLine(
                    unitID: report.unitID, unitName: context.derived.unitName(report.unitID), attitude: item.attitude,
                    text: item.content)
            }
        }
        owing = dataset.units.filter { $0.isActive(during: month) && $0.mustReport }.count
        if let anchor, let index = streams.firstIndex(where: { $0.items.contains(anchor) }) {
            list.selected = index
            if opened != nil { opened = streams[index].id }
        }
        anchor = nil
        if let opened, !streams.contains(where: { $0.id == opened }) { self.opened = nil }
        list.selected = min(list.selected, max(0, streams.count - 1))
        if let stream = openedStream { itemList.selected = min(itemList.selected, max(0, stream.items.count - 1)) }
    }

    /// An attitude's label up to its first comma ("Băn khoăn" of "Băn khoăn, lo lắng"), for a column.
    static func short(_ label: String) -> String { label.split(separator: ",").first.map(String.init) ?? label }

    /// The attitudes of a stream's items, most first: "băn khoăn 3 · bức xúc 1".
    func attitudeMix(_ stream: OpinionStream, _ configuration: Configuration, _ l: Language) -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        for ref in stream.items { if let line = items[ref] { counts[line.attitude, default: 0] += 1 } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { key, count in
            let label = key.isEmpty ? "?" : (configuration.attitude(key)?.label(l) ?? key)
            return (label, count)
        }
    }
}

extension AppState {
    var streams: StreamsScreen {
        get { self[StreamsScreen.self] }
        set { self[StreamsScreen.self] = newValue }
    }
}
