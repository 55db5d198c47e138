/// The fields of a file that this version of dlxh does not know (written by a newer one), kept
/// aside while the file is changed and put back when it is written, so that an older program never
/// deletes a newer one's data. Array elements are matched by their `"id"`, else by position.
public struct UnknownFields: Sendable, Equatable {
    enum Element: Hashable, Sendable {
        case id(String)
        case index(Int)
    }

    var fields: [String: JSONValue] = [:]
    var children: [String: UnknownFields] = [:]
    var elements: [Element: UnknownFields] = [:]

    var isEmpty: Bool { fields.isEmpty && children.isEmpty && elements.isEmpty }

    /// What `raw` (the file as read) holds that `known` (the same file decoded into this version's
    /// types and encoded again) lost; nil when nothing was lost.
    public static func find(raw: JSONValue, known: JSONValue) -> UnknownFields? {
        var found = UnknownFields()
        switch (raw, known) {
        case (.object(let r), .object(let k)):
            for (key, value) in r {
                if let kept = k[key] {
                    if let inner = find(raw: value, known: kept) { found.children[key] = inner }
                } else if value != .null {
                    found.fields[key] = value
                }
            }
        case (.array(let r), .array(let k)):
            let knownByID = Dictionary(k.compactMap { v in v.id.map { ($0, v) } }, uniquingKeysWith: { a, _ in a })
            for (i, value) in r.enumerated() {
                if let id = value.id {
                    if let kept = knownByID[id], let inner = find(raw: value, known: kept) { found.elements[.id(id)] = inner }
                } else if i < k.count, let inner = find(raw: value, known: k[i]) {
                    found.elements[.index(i)] = inner
                }
            }
        default: break
        }
        return found.isEmpty ? nil : found
    }

    /// `value` with the unknown fields put back where their records still are.
    public func graft(onto value: JSONValue) -> JSONValue {
        switch value {
        case .object(var fields):
            for (key, extra) in self.fields where fields[key] == nil { fields[key] = extra }
            for (key, inner) in children {
                if let child = fields[key] { fields[key] = inner.graft(onto: child) }
            }
            return .object(fields)
        case .array(let items):
            return .array(
                items.enumerated().map { i, item in
                    let key: Element = item.id.map { .id($0) } ?? .index(i)
                    return elements[key].map { $0.graft(onto: item) } ?? item
                })
        default:
            return value
        }
    }
}
