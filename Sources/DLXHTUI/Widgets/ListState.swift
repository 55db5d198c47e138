/// The selection and scroll position of a list or table: the part of a list that is state
/// (Ratatui's ListState). Drawing reads it; keys change it.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0
    /// The first visible row.
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
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

    /// The offset that keeps the selection visible in `visible` rows.
    public func scrolled(visible: Int, count: Int) -> ListState {
        var s = self
        if count == 0 || visible <= 0 { return ListState() }
        s.selected = min(max(0, s.selected), count - 1)
        if s.selected < s.offset { s.offset = s.selected }
        if s.selected >= s.offset + visible { s.offset = s.selected - visible + 1 }
        s.offset = min(max(0, s.offset), max(0, count - visible))
        return s
    }

    public mutating func handle(_ command: Command, count: Int, page: Int) -> Bool {
        switch command {
        case .moveUp: move(by: -1, count: count)
        case .moveDown: move(by: 1, count: count)
        case .pageUp: move(by: -max(1, page - 1), count: count)
        case .pageDown: move(by: max(1, page - 1), count: count)
        case .first: select(0, count: count)
        case .last: select(count - 1, count: count)
        default: return false
        }
        return true
    }
}
