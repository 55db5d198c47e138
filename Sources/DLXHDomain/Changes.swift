import Foundation

/// What changed between two versions of a record, for the audit trail: a list of `FieldChange`
/// (field, old, new, as stored codes and text) and the one-line text made from it,
/// `attitude: “worried” → “frustrated”; step: 1 → 2`. Walks the values' stored properties, so every
/// field of every record type is covered without a list to keep up to date.
public enum Changes {
    public static func describe<T>(from old: T, to new: T) -> String {
        text(list(from: old, to: new))
    }

    /// Each changed field, in declaration order (nested fields as `enterprise.name`, list
    /// elements as `items[2]`), with its old and new value as stored.
    public static func list<T>(from old: T, to new: T) -> [FieldChange] {
        var changes: [FieldChange] = []
        collect(old, new, path: "", into: &changes)
        return changes
    }

    /// The one-line text of a list of changes, as the audit trail has always written it.
    public static func text(_ changes: [FieldChange]) -> String {
        changes.map(\.text).joined(separator: "; ")
    }

    /// Fields that record how records are kept, not what they say: left out of descriptions.
    private static let bookkeeping: Set<String> = ["lastItemNumber", "revision"]

    private static func name(_ path: String) -> String { path.isEmpty ? "value" : path }

    private static func collect(_ va: Any, _ vb: Any, path: String, into changes: inout [FieldChange]) {
        let a = Mirror(reflecting: va)
        let b = Mirror(reflecting: vb)
        // Leaves are compared whole, and only shortened when shown.
        if let leafA = leaf(va, a), let leafB = leaf(vb, b) {
            if leafA != leafB { changes.append(FieldChange(name(path), leafA, leafB)) }
            return
        }
        if a.displayStyle == .optional || b.displayStyle == .optional {
            switch (a.children.first?.value, b.children.first?.value) {
            case (nil, nil): return
            case (let x?, let y?): collect(x, y, path: path, into: &changes)
            case (nil, let y?): changes.append(FieldChange(name(path), nil, summary(y)))
            case (let x?, nil): changes.append(FieldChange(name(path), summary(x), nil))
            }
            return
        }
        let ca = Array(a.children)
        let cb = Array(b.children)
        if a.displayStyle == .collection || b.displayStyle == .collection {
            for i in 0..<max(ca.count, cb.count) {
                let sub = "\(path)[\(i)]"
                switch (i < ca.count ? ca[i].value : nil, i < cb.count ? cb[i].value : nil) {
                case (let x?, let y?): collect(x, y, path: sub, into: &changes)
                case (nil, let y?): changes.append(FieldChange(sub, nil, summary(y)))
                case (let x?, nil): changes.append(FieldChange(sub, summary(x), nil))
                default: break
                }
            }
            return
        }
        guard ca.count == cb.count else {
            let sa = summary(va)
            let sb = summary(vb)
            if sa != sb { changes.append(FieldChange(name(path), sa, sb)) }
            return
        }
        for (x, y) in zip(ca, cb) where !bookkeeping.contains(x.label ?? "") {
            let field = x.label ?? "?"
            collect(x.value, y.value, path: path.isEmpty ? field : "\(path).\(field)", into: &changes)
        }
    }

    /// The full value of a leaf (strings, numbers, dates, enums), or nil for a compound value.
    private static func leaf(_ value: Any, _ mirror: Mirror) -> FieldChange.Value? {
        switch value {
        case let s as String: return .text(s)
        case let d as Day: return .code(d.isoString)
        case let m as Moment: return .code(m.isoString)
        case let p as Period: return .code(p.id)
        case let step as HandlingStep: return .code(String(step.rawValue))
        case let n as Int: return .code(String(n))
        case let b as Bool: return .code(String(b))
        default: break
        }
        if mirror.displayStyle == .enum, let raw = (value as? any RawRepresentable)?.rawValue { return .code("\(raw)") }
        return nil
    }

    /// A short description of a whole value that appeared or went: its leaf, its id, or its
    /// fields' leaves.
    private static func summary(_ value: Any) -> FieldChange.Value {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let inner = mirror.children.first?.value else { return .code("∅") }
            return summary(inner)
        }
        if let l = leaf(value, mirror) { return l }
        if let identified = value as? any Identifiable { return .code("\(identified.id)") }
        let parts = mirror.children.compactMap { child -> String? in
            guard let label = child.label, let l = leaf(child.value, Mirror(reflecting: child.value)) else { return nil }
            return "\(label)=\(l.shown)"
        }
        return .code(parts.isEmpty ? "…" : "{" + parts.joined(separator: ", ") + "}")
    }
}

/// One field an audited change changed, stored with the audit entry (`changes`) so that the
/// interface and the report can show it in their own words: the field as a stable code (the
/// record's JSON key path, `topic`, `enterprise.name`, `items[2]`), and its old and new value as
/// stored (a vocabulary code such as `wages` or `rumour`, a date, a number, or the text itself).
/// `old` is absent when the field (or list element) appeared, `new` when it went.
public struct FieldChange: Codable, Hashable, Sendable {
    public var field: String
    public var old: String?
    public var new: String?
    /// Whether the values are free text (quoted when shown) rather than codes. Absent: codes.
    public var freeText: Bool?

    public init(field: String, old: String?, new: String?, freeText: Bool = false) {
        self.field = field
        self.old = old
        self.new = new
        self.freeText = freeText ? true : nil
    }

    enum Value: Equatable {
        case text(String)
        case code(String)

        var raw: String {
            switch self {
            case .text(let s), .code(let s): s
            }
        }
        var isText: Bool { if case .text = self { true } else { false } }

        /// As the one-line detail writes it: text quoted, on one line, shortened.
        var shown: String {
            switch self {
            case .text(let s):
                let oneLine = s.replacingOccurrences(of: "\n", with: "⏎")
                return "“" + (oneLine.count > 60 ? String(oneLine.prefix(57)) + "…" : oneLine) + "”"
            case .code(let s): return s
            }
        }
    }

    /// Whether `old`/`new` describe a whole list element that was added or removed.
    private var element: Bool { field.hasSuffix("]") && (old == nil || new == nil) }

    init(_ field: String, _ old: Value?, _ new: Value?) {
        self.init(field: field, old: old?.raw, new: new?.raw, freeText: (old?.isText ?? false) || (new?.isText ?? false))
    }

    private func value(_ raw: String?) -> Value? {
        raw.map { freeText == true ? .text($0) : .code($0) }
    }

    /// The change as the one-line detail writes it: `attitude: “worried” → “frustrated”`,
    /// `items[2]: + i3`, `supplementTo: ∅ → “r0”`.
    public var text: String {
        let old = value(self.old)
        let new = value(self.new)
        if element, let new, old == nil { return "\(field): + \(new.shown)" }
        if element, let old, new == nil { return "\(field): − \(old.shown)" }
        return "\(field): \(old?.shown ?? "∅") → \(new?.shown ?? "∅")"
    }
}
