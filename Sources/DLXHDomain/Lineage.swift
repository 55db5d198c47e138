/// Who came before and after whom on the roster. Succession is many-to-many (a district
/// federation's area went to several commune unions; one commune union took in parts of several
/// districts), and a link may be written on either side: a unit's `successorIDs`, or its
/// successor's `predecessorIDs`. Both are read, so either is enough. Ids not on the roster are
/// ignored here (`dlxh check` reports them), and a cycle never loops.
public struct Lineage: Sendable {
    private let order: [String: Int]
    private let before: [String: [String]]
    private let after: [String: [String]]

    public init(units: [ReportingUnit]) {
        var order: [String: Int] = [:]
        for (i, unit) in units.enumerated() where order[unit.id] == nil { order[unit.id] = i }
        var before: [String: Set<String>] = [:]
        var after: [String: Set<String>] = [:]
        for unit in units {
            for s in unit.successorIDs where order[s] != nil && s != unit.id {
                after[unit.id, default: []].insert(s)
                before[s, default: []].insert(unit.id)
            }
            for p in unit.predecessorIDs where order[p] != nil && p != unit.id {
                before[unit.id, default: []].insert(p)
                after[p, default: []].insert(unit.id)
            }
        }
        let sort: (Set<String>) -> [String] = { $0.sorted { order[$0]! < order[$1]! } }
        self.order = order
        self.before = before.mapValues(sort)
        self.after = after.mapValues(sort)
    }

    /// The units this one directly took over from, in roster order.
    public func predecessors(of id: String) -> [String] { before[id] ?? [] }

    /// The units that directly took over from this one, in roster order.
    public func successors(of id: String) -> [String] { after[id] ?? [] }

    /// Every unit before this one, nearest first (predecessors, then theirs…), each once, never
    /// the unit itself: the chain a successor's history reads through.
    public func ancestors(of id: String) -> [String] { walk(from: id, next: before) }

    /// Every unit after this one, nearest first, each once, never the unit itself.
    public func descendants(of id: String) -> [String] { walk(from: id, next: after) }

    /// Whether the unit is its own ancestor (a cycle of succession).
    public func isInCycle(_ id: String) -> Bool {
        var seen = Set<String>()
        var queue = before[id] ?? []
        while let next = queue.popLast() {
            if next == id { return true }
            if seen.insert(next).inserted { queue += before[next] ?? [] }
        }
        return false
    }

    private func walk(from id: String, next: [String: [String]]) -> [String] {
        var seen: Set<String> = [id]
        var result: [String] = []
        var frontier = [id]
        while !frontier.isEmpty {
            var following: [String] = []
            for current in frontier {
                for n in next[current] ?? [] where seen.insert(n).inserted {
                    result.append(n)
                    following.append(n)
                }
            }
            frontier = following
        }
        return result
    }
}
