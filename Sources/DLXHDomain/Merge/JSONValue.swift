/// A JSON value as a plain tree: what the three-way merge and the keeping of unknown fields work
/// on, whatever the record type. Decoded and encoded with Foundation's JSON coders.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The `"id"` of an object, when it has a string one: how array elements are matched.
    public var id: String? {
        if case .string(let id)? = self["id"] { return id }
        return nil
    }

    /// Short text for a person: a string as it is, a number or boolean as written, a list or
    /// record summarised.
    public var displayText: String {
        switch self {
        case .null: "∅"
        case .bool(let b): b ? "true" : "false"
        case .integer(let n): String(n)
        case .number(let d): String(d)
        case .string(let s): s
        case .array(let items): "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        case .object(let fields):
            fields["id"].map { $0.displayText }
                ?? "{" + fields.keys.sorted().map { "\($0): \(fields[$0]!.displayText)" }.joined(separator: ", ") + "}"
        }
    }
}

extension JSONValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Int64.self) {
            self = .integer(n)
        } else if let d = try? container.decode(Double.self) {
            self = .number(d)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .integer(let n): try container.encode(n)
        case .number(let d): try container.encode(d)
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}
