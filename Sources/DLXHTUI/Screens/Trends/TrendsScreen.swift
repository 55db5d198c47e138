import DLXHDomain

/// Xu hướng: for each topic, attitude and stream of opinion, the last twelve months as bars, the
/// month against the one before, and the streams rising fastest. A panel in the dashboard's
/// place (`t` there); its figures are counted as the consolidated report's section II counts.
public struct TrendsScreen: Component {
    static let id = ComponentID(rawValue: "trends")
    init() {}

    /// The panel is shown in place of the dashboard's view.
    var isOpen = false
    var view: View = .topics
    var list = ListState()
    /// The series, computed when the panel opens and when the data changes (grouping twelve
    /// months of streams is too slow for every frame).
    var series: [View: [MonthlySeries]] = [:]
    var rising: [MonthlySeries] = []
    var month: Period?

    enum View: Int, CaseIterable, Sendable {
        case topics, attitudes, streams
    }

    enum Action: Sendable, Equatable {
        case list(ListState.Action)
        case switchView, close
    }

    enum Ask: Sendable, Equatable {}

    static let months = 12

    static let keyMap: [KeyBinding<Action>] = ListState.keyMap(Action.list) + [
        KeyBinding([.character("v"), .character("t")], "v", TrendsText.keySwitchView, .switchView, status: "v", group: UIText.keyDashboardView),
        KeyBinding([.escape], "Esc", TrendsText.keyClose, .close, status: "Esc"),
    ]

    func focus(on tab: ScreenID) -> Focus? { isOpen && tab == .dashboard ? .inPlace : nil }

    static func accepts(_ navigation: Navigation) -> Bool {
        if case .trendsPanel = navigation { true } else { false }
    }

    static func keyReference(_ l: Language) -> [(String, [KeyDoc])] { [(KeyReference.on(.dashboard, TrendsText.title, l), keyMap.docs)] }

    func keyMap(_ context: ScreenContext) -> [KeyBinding<Action>] { Self.keyMap }

    func rows() -> [MonthlySeries] { series[view] ?? [] }

    func position(_ context: ScreenContext) -> (selected: Int, count: Int)? {
        let count = rows().count
        return count == 0 ? nil : (min(list.selected, count - 1), count)
    }

    mutating func update(_ message: ComponentMessage<Action, Ask>, _ context: inout ScreenContext) -> [Effect] {
        switch message {
        case .navigate(.trendsPanel(let selected)):
            isOpen = true
            month = selected
            compute(context)
            context.navigate(.screen(.dashboard))
        case .reloaded:
            if isOpen { compute(context) }
        case .action(.list(let move)):
            list.handle(move, count: rows().count, page: max(1, context.bodyHeight / 2))
        case .action(.switchView):
            view = View(rawValue: (view.rawValue + 1) % View.allCases.count)!
            list = ListState()
        case .action(.close):
            isOpen = false
        default: break
        }
        return []
    }

    /// The series of the twelve months up to this one.
    mutating func compute(_ context: ScreenContext) {
        guard let dataset = context.dataset else { return }
        let end = month ?? Period.containing(context.now.day)
        month = end
        series[.topics] = Trends.topics(dataset, through: end, months: Self.months)
        series[.attitudes] = Trends.attitudes(dataset, through: end, months: Self.months)
        let streams = Trends.streams(dataset, through: end, months: Self.months)
        // The streams rising fastest first, then the rest by this month's items.
        rising = Trends.risingFastest(streams)
        let risingKeys = Set(rising.map(\.key))
        series[.streams] = rising + streams.filter { !risingKeys.contains($0.key) }
    }
}

extension AppState {
    var trends: TrendsScreen {
        get { self[TrendsScreen.self] }
        set { self[TrendsScreen.self] = newValue }
    }
}
