import Foundation

/// Describes what changed between two versions of a record, for the audit trail:
/// `attitude: worried → frustrated; step: 1 → 2`. Walks the values' stored properties, so every
/// field of every record type is covered without a list to keep up to date.
public enum Changes {
    public static func describe<T>(from old: T, to new: T) -> String {
        var lines: [String] = []
        collect(Mirror(reflecting: old), Mirror(reflecting: new), old, new, path: "", into: &lines)
        return lines.joined(separator: "; ")
    }

    private static func collect(_ a: Mirror, _ b: Mirror, _ va: Any, _ vb: Any, path: String, into lines: inout [String]) {
        let leafA = leafText(va, a)
        let leafB = leafText(vb, b)
        if let leafA, let leafB {
            if leafA != leafB { lines.append("\(path.isEmpty ? "value" : path): \(leafA) → \(leafB)") }
            return
        }
        if a.displayStyle == .collection || b.displayStyle == .collection {
            let ca = Array(a.children)
            let cb = Array(b.children)
            for i in 0..<max(ca.count, cb.count) {
                let sub = "\(path)[\(i)]"
                switch (i < ca.count ? ca[i].value : nil, i < cb.count ? cb[i].value : nil) {
                case (let x?, let y?): collect(Mirror(reflecting: x), Mirror(reflecting: y), x, y, path: sub, into: &lines)
                case (nil, let y?): lines.append("\(sub): + \(summary(y))")
                case (let x?, nil): lines.append("\(sub): − \(summary(x))")
                default: break
                }
            }
            return
        }
        let ca = Array(a.children)
        let cb = Array(b.children)
        if ca.count != cb.count || a.displayStyle == .optional {
            let sa = summary(va)
            let sb = summary(vb)
            if sa != sb { lines.append("\(path.isEmpty ? "value" : path): \(sa) → \(sb)") }
            return
        }
        for (x, y) in zip(ca, cb) {
            let name = x.label ?? "?"
            collect(Mirror(reflecting: x.value), Mirror(reflecting: y.value), x.value, y.value,
                path: path.isEmpty ? name : "\(path).\(name)", into: &lines)
        }
    }

    /// Values shown whole: strings, numbers, dates, enums.
    private static func leafText(_ value: Any, _ mirror: Mirror) -> String? {
        switch value {
        case let s as String: return quote(s)
        case let d as Day: return d.isoString
        case let m as Moment: return m.isoString
        case let p as Period: return p.id
        case let step as HandlingStep: return String(step.rawValue)
        case let n as Int: return String(n)
        case let b as Bool: return String(b)
        default: break
        }
        if mirror.displayStyle == .enum, let raw = (value as? any RawRepresentable)?.rawValue { return "\(raw)" }
        return nil
    }

    private static func summary(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let inner = mirror.children.first?.value else { return "∅" }
            return summary(inner)
        }
        if let leaf = leafText(value, mirror) { return leaf }
        if let identified = value as? any Identifiable { return "\(identified.id)" }
        return "…"
    }

    private static func quote(_ s: String) -> String {
        let short = s.count > 60 ? String(s.prefix(57)) + "…" : s
        return "“" + short.replacingOccurrences(of: "\n", with: " ") + "”"
    }
}
