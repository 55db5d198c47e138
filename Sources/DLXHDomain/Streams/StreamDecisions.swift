/// What staff decided about streams of opinion: which items belong together, under which title,
/// and whether the stream is confirmed. Kept in the store (`streams/decisions.json`) and applied
/// over the clustering's suggestions every time streams are read (`OpinionStreams.streams`):
///
/// - an item a decision placed stays in that stream, whatever the clustering suggests later
///   (decisions win);
/// - an item no decision placed goes where the clustering suggests; when its suggested group
///   holds items staff placed, it joins the staff stream it is most like (a new month's item is
///   suggested into its best confirmed stream);
/// - every item is in exactly one stream; an item alone is a stream of one.
///
/// A decision record is a stream staff acted on. Acting on a suggested stream (confirming,
/// renaming, merging, moving an item out of it) keeps its items together as staff saw them, so a
/// later suggestion cannot pull them back apart or into another stream.
public struct StreamDecision: Codable, Hashable, Sendable, Identifiable {
    /// `S-001`: given when staff first act on a stream, never reused.
    public var id: String
    /// The title staff gave it; nil: the suggested title (from the item nearest its centre).
    public var title: String?
    /// Staff confirmed it (or named it, or merged another into it). A stream only held (an item
    /// moved into or out of it) is kept as staff left it but not confirmed.
    public var confirmed: Bool
    /// The items staff placed in it, in the order they were placed.
    public var items: [ItemReference]
    public var createdAt: Moment
    public var createdBy: String
    /// Counts the writes that changed this record (see `Revised`); nil before its first.
    public var revision: Int?

    public init(
        id: String, title: String? = nil, confirmed: Bool = false, items: [ItemReference], createdAt: Moment, createdBy: String
    ) {
        self.id = id
        self.title = title
        self.confirmed = confirmed
        self.items = items
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// Whether `id` names a stream staff acted on (`S-…`) rather than a suggestion (`s-…`).
    public static func isDecided(_ id: String) -> Bool { id.hasPrefix("S-") }
}

extension StreamDecision: Revised {}

/// One thing staff do to streams, about the streams as they saw them (`OpinionStream`, suggested
/// or decided): applied onto the decisions as they are now, so two staff's decisions both count.
public enum StreamChange: Sendable, Equatable {
    /// Confirms the stream: its items as seen are kept together, under its title as seen.
    case confirm(OpinionStream)
    /// Names the stream (and confirms it).
    case rename(OpinionStream, to: String)
    /// Puts every item of the first stream into the second, which is confirmed; the first is gone.
    case merge(OpinionStream, into: OpinionStream)
    /// Moves items out of a stream into another (nil: a new stream of their own). What is left of
    /// the first stream stays together.
    case move([ItemReference], from: OpinionStream, to: OpinionStream?)

    /// The stream the change is about (the one merged into, for a merge).
    public var target: OpinionStream? {
        switch self {
        case .confirm(let s), .rename(let s, _): s
        case .merge(_, let into): into
        case .move(_, _, let to): to
        }
    }
}

/// Why a change was refused: the streams changed since the person saw them, or it makes no sense.
public enum StreamDecisionError: Error, Equatable, Sendable {
    /// A staff stream that is no longer there (merged into another meanwhile).
    case gone(String)
    /// Someone else renamed it meanwhile: their title, kept.
    case renamedMeanwhile(String, theirs: String)
    case emptyTitle
    case sameStream
    /// None of the items is in the stream any more.
    case nothingToMove
    /// Every item of a suggested stream was placed by someone else meanwhile.
    case takenMeanwhile(String)
    /// An undo finds the stream changed by someone else since.
    case changedSince(String)

    public var message: Localized {
        switch self {
        case .gone(let id):
            Localized(vi: "Luồng \(id) không còn (có thể đã được gộp vào luồng khác).", en: "Stream \(id) is gone (merged into another, perhaps).")
        case .renamedMeanwhile(let id, let theirs):
            Localized(vi: "Luồng \(id) vừa được người khác đặt tên “\(theirs)”; tên đó được giữ.", en: "Someone else just named stream \(id) “\(theirs)”; that name is kept.")
        case .emptyTitle: Localized(vi: "Tên luồng không được để trống.", en: "A stream's title cannot be empty.")
        case .sameStream: Localized(vi: "Không gộp được một luồng vào chính nó.", en: "A stream cannot be merged into itself.")
        case .nothingToMove: Localized(vi: "Không còn ý kiến nào để chuyển.", en: "There is no item left to move.")
        case .changedSince(let id):
            Localized(vi: "Luồng \(id) đã được người khác thay đổi sau đó; không hoàn tác được.", en: "Someone else changed stream \(id) since; it cannot be undone.")
        case .takenMeanwhile(let id):
            Localized(vi: "Các ý kiến của luồng \(id) vừa được xếp vào luồng khác.", en: "The items of stream \(id) were just placed in other streams.")
        }
    }
}

/// Every stream decision of a store, and the rules that apply a change to them and apply them
/// over the clustering's suggestions. Pure: no file, no clock (the moment is a parameter).
public struct StreamDecisions: Sendable, Equatable {
    /// The streams staff named: their title stays, whatever period shows them.
    public var namedStreams: Set<String> { Set(streams.filter { $0.title != nil }.map(\.id)) }

    public var streams: [StreamDecision]
    /// The highest stream number ever given (ids are never reused).
    public var lastNumber: Int

    public init(streams: [StreamDecision] = [], lastNumber: Int = 0) {
        self.streams = streams
        self.lastNumber = lastNumber
    }

    public func stream(_ id: String) -> StreamDecision? { streams.first { $0.id == id } }

    /// The decision holding each item (the first, in id order, if a damaged file holds it twice).
    public var placement: [ItemReference: Int] {
        var out: [ItemReference: Int] = [:]
        for (index, stream) in streams.enumerated() {
            for ref in stream.items where out[ref] == nil { out[ref] = index }
        }
        return out
    }

    // MARK: Applying a change

    /// Applies `change`, made by `staff` at `now`, onto the decisions as they are. Returns the ids
    /// of the decision records it created, changed or removed, in that order (for the audit).
    @discardableResult
    public mutating func apply(_ change: StreamChange, by staff: String, at now: Moment) throws -> [String] {
        let before = streams
        switch change {
        case .confirm(let seen):
            let r = try resolve(seen, by: staff, at: now)
            streams[r].confirmed = true
            if streams[r].title == nil { streams[r].title = Self.cleanTitle(seen.title) }
        case .rename(let seen, let title):
            let title = Self.cleanTitle(title)
            guard !title.isEmpty else { throw StreamDecisionError.emptyTitle }
            let r = try resolve(seen, by: staff, at: now)
            if let theirs = streams[r].title, theirs != Self.cleanTitle(seen.title), theirs != title {
                throw StreamDecisionError.renamedMeanwhile(streams[r].id, theirs: theirs)
            }
            streams[r].title = title
            streams[r].confirmed = true
        case .merge(let from, let into):
            guard from.id != into.id else { throw StreamDecisionError.sameStream }
            let target = try resolve(into, by: staff, at: now)
            let targetID = streams[target].id
            let source = try resolve(from, by: staff, at: now)
            guard streams[source].id != targetID else { throw StreamDecisionError.sameStream }
            let moved = streams[source].items
            streams.remove(at: source)
            let t = streams.firstIndex { $0.id == targetID }!
            streams[t].items += moved.filter { !streams[t].items.contains($0) }
            streams[t].confirmed = true
            if streams[t].title == nil { streams[t].title = Self.cleanTitle(into.title) }
        case .move(let refs, let from, let to):
            if let to, to.id == from.id { throw StreamDecisionError.sameStream }
            let wanted = Set(refs)
            let moving = from.items.filter { wanted.contains($0) }
            guard !moving.isEmpty else { throw StreamDecisionError.nothingToMove }
            // The source's other items stay together, so no suggestion pulls them after the moved ones.
            var remainder = from
            remainder.items = from.items.filter { !wanted.contains($0) }
            if !remainder.items.isEmpty || StreamDecision.isDecided(from.id) {
                _ = try resolve(remainder, by: staff, at: now)
            }
            let movingSet = Set(moving)
            for i in streams.indices { streams[i].items.removeAll { movingSet.contains($0) } }
            if let to {
                let t = try resolve(to, by: staff, at: now)
                streams[t].items += moving
            } else {
                lastNumber = max(lastNumber, Self.highestNumber(streams)) + 1
                streams.append(StreamDecision(id: Self.id(lastNumber), items: moving, createdAt: now, createdBy: staff))
            }
        }
        // A stream whose items were all moved out is gone.
        streams.removeAll { $0.items.isEmpty }
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Set(streams.map(\.id))
        let created = streams.filter { old[$0.id] == nil }.map(\.id)
        let changed = streams.filter { s in old[s.id].map { $0 != s } ?? false }.map(\.id)
        let removed = before.map(\.id).filter { !new.contains($0) }
        return created + changed + removed
    }

    /// The decision record for a stream as the person saw it: the record itself for a staff
    /// stream (with the items seen in it that no decision placed yet, now placed), or a new
    /// record for a suggestion, holding its items as seen that no decision placed meanwhile.
    mutating func resolve(_ seen: OpinionStream, by staff: String, at now: Moment) throws -> Int {
        let placed = placement
        if StreamDecision.isDecided(seen.id) {
            guard let r = streams.firstIndex(where: { $0.id == seen.id }) else { throw StreamDecisionError.gone(seen.id) }
            streams[r].items += seen.items.filter { placed[$0] == nil }
            return r
        }
        let free = seen.items.filter { placed[$0] == nil }
        guard !free.isEmpty else { throw StreamDecisionError.takenMeanwhile(seen.id) }
        lastNumber = max(lastNumber, Self.highestNumber(streams)) + 1
        streams.append(StreamDecision(id: Self.id(lastNumber), items: free, createdAt: now, createdBy: staff))
        return streams.count - 1
    }

    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "S-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    static func highestNumber(_ streams: [StreamDecision]) -> Int {
        streams.compactMap { Int($0.id.dropFirst(2)) }.max() ?? 0
    }

    static func cleanTitle(_ title: String) -> String {
        Text.clean(title, multiline: false).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Applying the decisions over the suggestions

    /// The final grouping: `suggested` is the clustering's groups of item indices (each item in
    /// exactly one), `refs` the item of each index. Returns each stream as its decision record
    /// (nil for a suggestion) and its item indices, ascending; streams ordered by first item.
    /// `likeness(item, members)` says how much an item is like a group of items: an item no
    /// decision placed, suggested with items of several staff streams, joins the one it is most like.
    public func assign(
        suggested: [[Int]], refs: [ItemReference], likeness: (Int, [Int]) -> Double
    ) -> [(decision: StreamDecision?, members: [Int])] {
        let placed = placement
        var decided: [Int: [Int]] = [:]  // decision index → members
        var placedIndex: [Int: Int] = [:]  // item index → decision index
        for (i, ref) in refs.enumerated() {
            if let d = placed[ref] {
                decided[d, default: []].append(i)
                placedIndex[i] = d
            }
        }
        let pinned = decided
        var suggestions: [[Int]] = []
        for group in suggested {
            let free = group.filter { placedIndex[$0] == nil }
            guard !free.isEmpty else { continue }
            var candidates: [Int] = []
            for i in group { if let d = placedIndex[i], !candidates.contains(d) { candidates.append(d) } }
            guard !candidates.isEmpty else {
                suggestions.append(free)
                continue
            }
            candidates.sort()
            for i in free {
                var best = candidates[0]
                if candidates.count > 1 {
                    var bestScore = -Double.infinity
                    for d in candidates {
                        let score = likeness(i, pinned[d]!)
                        if score > bestScore {
                            bestScore = score
                            best = d
                        }
                    }
                }
                decided[best]!.append(i)
            }
        }
        var out: [(decision: StreamDecision?, members: [Int])] = decided.map { (streams[$0.key], $0.value.sorted()) }
        out += suggestions.map { (nil, $0.sorted()) }
        return out.sorted { $0.members[0] < $1.members[0] }
    }
}
