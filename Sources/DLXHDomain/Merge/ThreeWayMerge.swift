/// Which version wins a field that both people changed.
public enum MergeSide: String, Codable, Hashable, Sendable {
    /// What this person typed.
    case mine
    /// What is on disk now: the other person's change.
    case theirs
}

/// A field changed both by this person and by someone else since this person opened the record,
/// to different values. Nothing is overwritten until the person chooses a side.
public struct MergeConflict: Hashable, Sendable {
    /// Where, with array elements named by their id: `items[i2].attitude`, `enterprise.name`.
    public var path: String
    /// The last field name of the path (`attitude`), or the element's collection for a whole
    /// element that one side deleted (`items`).
    public var field: String
    public var base: JSONValue?
    public var mine: JSONValue?
    public var theirs: JSONValue?

    public init(path: String, field: String, base: JSONValue?, mine: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.field = field
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }
}

/// The three-way merge of version control, field by field: what the person opened (base), what
/// they made of it (mine), and what is on disk now (theirs). A field only one side changed takes
/// that side's value; a field both changed to the same value takes it; a field both changed to
/// different values is a conflict, resolved only by the person's explicit choice.
///
/// Objects merge key by key; arrays whose elements all carry an `"id"` merge element by element
/// (added, changed, deleted, reordered); other arrays merge when both sides only appended to what
/// was there (a timeline, a list of escalations), and are otherwise compared whole.
public enum ThreeWayMerge {
    public struct Result: Sendable {
        public var merged: JSONValue?
        public var conflicts: [MergeConflict]
    }

    /// `ignoring`: object keys that are bookkeeping (a revision): they take theirs, never conflict.
    public static func merge(
        base: JSONValue?, mine: JSONValue?, theirs: JSONValue?, resolutions: [String: MergeSide] = [:],
        ignoring: Set<String> = []
    ) -> Result {
        var conflicts: [MergeConflict] = []
        let merged = value(
            base: present(base), mine: present(mine), theirs: present(theirs), path: "", field: "",
            resolutions: resolutions, ignoring: ignoring, conflicts: &conflicts)
        return Result(merged: merged, conflicts: conflicts)
    }

    /// JSON null and a missing key mean the same to the records: no value.
    private static func present(_ value: JSONValue?) -> JSONValue? {
        if case .null? = value { return nil }
        return value
    }

    private static func value(
        base: JSONValue?, mine: JSONValue?, theirs: JSONValue?, path: String, field: String,
        resolutions: [String: MergeSide], ignoring: Set<String>, conflicts: inout [MergeConflict]
    ) -> JSONValue? {
        if mine == theirs { return mine }
        if mine == base { return theirs }
        if theirs == base { return mine }
        switch (base, mine, theirs) {
        case (.object(let b)?, .object(let m)?, .object(let t)?):
            return objects(b, m, t, path: path, resolutions: resolutions, ignoring: ignoring, conflicts: &conflicts)
        case (nil, .object(let m)?, .object(let t)?):
            // Both created the same element: merge what they agree on, flag the rest.
            return objects([:], m, t, path: path, resolutions: resolutions, ignoring: ignoring, conflicts: &conflicts)
        case (.array(let b)?, .array(let m)?, .array(let t)?):
            if let ids = identified(b), let mineIDs = identified(m), let theirIDs = identified(t) {
                return .array(
                    elements(
                        b, ids, m, mineIDs, t, theirIDs, path: path, field: field, resolutions: resolutions,
                        ignoring: ignoring, conflicts: &conflicts))
            }
            if m.starts(with: b), t.starts(with: b) {
                return .array(b + t.dropFirst(b.count) + m.dropFirst(b.count))
            }
        default: break
        }
        switch resolutions[path] {
        case .mine?: return mine
        case .theirs?: return theirs
        case nil:
            conflicts.append(MergeConflict(path: path, field: field, base: base, mine: mine, theirs: theirs))
            return theirs
        }
    }

    private static func objects(
        _ b: [String: JSONValue], _ m: [String: JSONValue], _ t: [String: JSONValue], path: String,
        resolutions: [String: MergeSide], ignoring: Set<String>, conflicts: inout [MergeConflict]
    ) -> JSONValue {
        var out: [String: JSONValue] = [:]
        for key in Set(b.keys).union(m.keys).union(t.keys).sorted() {
            let merged: JSONValue?
            if ignoring.contains(key) {
                merged = t[key] ?? m[key]
            } else {
                merged = value(
                    base: present(b[key]), mine: present(m[key]), theirs: present(t[key]),
                    path: path.isEmpty ? key : "\(path).\(key)", field: key, resolutions: resolutions,
                    ignoring: ignoring, conflicts: &conflicts)
            }
            if let merged { out[key] = merged }
        }
        return .object(out)
    }

    /// The ids of an array's elements, when every element is an object with a distinct string id.
    private static func identified(_ array: [JSONValue]) -> [String]? {
        var ids: [String] = []
        var seen: Set<String> = []
        for element in array {
            guard let id = element.id, seen.insert(id).inserted else { return nil }
            ids.append(id)
        }
        return ids
    }

    private static func elements(
        _ b: [JSONValue], _ bIDs: [String], _ m: [JSONValue], _ mIDs: [String], _ t: [JSONValue], _ tIDs: [String],
        path: String, field: String, resolutions: [String: MergeSide], ignoring: Set<String>,
        conflicts: inout [MergeConflict]
    ) -> [JSONValue] {
        let byID = { (values: [JSONValue], ids: [String]) in Dictionary(uniqueKeysWithValues: zip(ids, values)) }
        let (base, mine, theirs) = (byID(b, bIDs), byID(m, mIDs), byID(t, tIDs))
        // The order: mine if this person reordered what all three share, else theirs; elements
        // only the other side has go after, in its order.
        let shared = Set(bIDs).intersection(mIDs).intersection(tIDs)
        let reordered = mIDs.filter(shared.contains) != bIDs.filter(shared.contains)
        let (first, second) = reordered ? (mIDs, tIDs) : (tIDs, mIDs)
        let firstSet = Set(first)
        var out: [JSONValue] = []
        for id in first + second.filter({ !firstSet.contains($0) }) {
            let merged = value(
                base: base[id], mine: mine[id], theirs: theirs[id], path: "\(path)[\(id)]", field: field,
                resolutions: resolutions, ignoring: ignoring, conflicts: &conflicts)
            if let merged { out.append(merged) }
        }
        return out
    }
}
