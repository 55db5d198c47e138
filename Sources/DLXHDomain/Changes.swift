import Foundation

/// Describes what changed between two versions of a record, for the audit trail:
/// `attitude: worried → frustrated; step: 1 → 2`. Walks the values' stored properties, so every
/// field of every record type is covered without a list to keep up to date.
public enum Changes {
    public static func describe<T>(from old: T, to new: T) -> String {
        var lines: [String] = []
        collect(old, new, path: "", into: &lines)
        return lines.joined(separator: "; ")
    }

    /// Fields that record how records are kept, not what they say: left out of descriptions.
    private static let bookkeeping: Set<String> = ["lastItemNumber", "revision"]

    private static func name(_ path: String) -> String { path.isEmpty ? "value" : path }

    private static func collect(_ va: Any, _ vb: Any, path: String, into lines: inout [String]) {
        let a = Mirror(reflecting: va)
        let b = Mirror(reflecting: vb)
        // Leaves are compared whole, and only then shortened for the message.
        if let leafA = leaf(va, a), let leafB = leaf(vb, b) {
            if leafA != leafB { lines.append("\(name(path)): \(show(leafA)) → \(show(leafB))") }
            return
        }
        if a.displayStyle == .optional || b.displayStyle == .optional {
            switch (a.children.first?.value, b.children.first?.value) {
            case (nil, nil): return
            case (let x?, let y?): collect(x, y, path: path, into: &lines)
            case (nil, let y?): lines.append("\(name(path)): ∅ → \(summary(y))")
            case (let x?, nil): lines.append("\(name(path)): \(summary(x)) → ∅")
            }
            return
        }
        let ca = Array(a.children)
        let cb = Array(b.children)
        if a.displayStyle == .collection || b.displayStyle == .collection {
            for i in 0..<max(ca.count, cb.count) {
                let sub = "\(path)[\(i)]"
                switch (i < ca.count ? ca[i].value : nil, i < cb.count ? cb[i].value : nil) {
                case (let x?, let y?): collect(x, y, path: sub, into: &lines)
                case (nil, let y?): lines.append("\(sub): + \(summary(y))")
                case (let x?, nil): lines.append("\(sub): − \(summary(x))")
                default: break
                }
            }
            return
        }
        guard ca.count == cb.count else {
            let sa = summary(va)
            let sb = summary(vb)
            if sa != sb { lines.append("\(name(path)): \(sa) → \(sb)") }
            return
        }
        for (x, y) in zip(ca, cb) where !bookkeeping.contains(x.label ?? "") {
            let field = x.label ?? "?"
            collect(x.value, y.value, path: path.isEmpty ? field : "\(path).\(field)", into: &lines)
        }
    }

    /// The full value of a leaf (strings, numbers, dates, enums), or nil for a compound value.
    private enum Leaf: Equatable {
        case text(String)
        case other(String)
    }

    private static func leaf(_ value: Any, _ mirror: Mirror) -> Leaf? {
        switch value {
        case let s as String: return .text(s)
        case let d as Day: return .other(d.isoString)
        case let m as Moment: return .other(m.isoString)
        case let p as Period: return .other(p.id)
        case let step as HandlingStep: return .other(String(step.rawValue))
        case let n as Int: return .other(String(n))
        case let b as Bool: return .other(String(b))
        default: break
        }
        if mirror.displayStyle == .enum, let raw = (value as? any RawRepresentable)?.rawValue { return .other("\(raw)") }
        return nil
    }

    private static func show(_ leaf: Leaf) -> String {
        switch leaf {
        case .text(let s):
            let oneLine = s.replacingOccurrences(of: "\n", with: "⏎")
            return "“" + (oneLine.count > 60 ? String(oneLine.prefix(57)) + "…" : oneLine) + "”"
        case .other(let s): return s
        }
    }

    /// A short description of a whole value that appeared or went: its leaf, its id, or its
    /// fields' leaves.
    private static func summary(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let inner = mirror.children.first?.value else { return "∅" }
            return summary(inner)
        }
        if let l = leaf(value, mirror) { return show(l) }
        if let identified = value as? any Identifiable { return "\(identified.id)" }
        let parts = mirror.children.compactMap { child -> String? in
            guard let label = child.label, let l = leaf(child.value, Mirror(reflecting: child.value)) else { return nil }
            return "\(label)=\(show(l))"
        }
        return parts.isEmpty ? "…" : "{" + parts.joined(separator: ", ") + "}"
    }
}
