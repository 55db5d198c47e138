import DLXHDomain

/// The selection of a list or table: the part of a list that is state (Ratatui's ListState).
/// Drawing reads it and scrolls just enough to show it; keys change it.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }

    /// What list keys ask for.
    public enum Action: Sendable, Equatable {
        case up, down, pageUp, pageDown, first, last
    }

    /// The keys every list understands (`wrap`: into the owner's action type).
    static func keyMap<A>(_ wrap: (Action) -> A, help: (up: Localized, down: Localized)? = nil) -> [KeyBinding<A>] {
        [
            KeyBinding([.up, .character("k")], "↑/k", help?.up ?? KeyText.up, wrap(.up), status: "↑↓", group: UIText.keyMove),
            KeyBinding([.down, .character("j")], "↓/j", help?.down ?? KeyText.down, wrap(.down), group: UIText.keyMove),
            KeyBinding([.pageUp, .control("b")], "PgUp", KeyText.pageUp, wrap(.pageUp), group: UIText.keyPage),
            KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", KeyText.pageDown, wrap(.pageDown), group: UIText.keyPage),
            KeyBinding([.character("g"), .home], "g", KeyText.first, wrap(.first), group: UIText.keyFirstLast),
            KeyBinding([.character("G"), .end], "G", KeyText.last, wrap(.last), group: UIText.keyFirstLast),
        ]
    }

    /// Moves the selection by `delta` rows, clamped to the list.
    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else {
            selected = 0
            return
        }
        selected = min(max(0, selected + delta), count - 1)
    }

    public mutating func select(_ index: Int, count: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
    }

    /// The selection clamped to the list, and the first row to show so it is visible in
    /// `visible` rows (the selection sits on the last visible row once it passes the first page).
    public func scrolled(visible: Int, count: Int) -> (selected: Int, offset: Int) {
        if count == 0 || visible <= 0 { return (0, 0) }
        let selected = min(max(0, selected), count - 1)
        let offset = selected >= visible ? selected - visible + 1 : 0
        return (selected, min(max(0, offset), max(0, count - visible)))
    }

    public mutating func handle(_ action: Action, count: Int, page: Int) {
        switch action {
        case .up: move(by: -1, count: count)
        case .down: move(by: 1, count: count)
        case .pageUp: move(by: -max(1, page - 1), count: count)
        case .pageDown: move(by: max(1, page - 1), count: count)
        case .first: select(0, count: count)
        case .last: select(count - 1, count: count)
        }
    }
}
