/// What the inbox's `/` line understands: phrases that must all appear (case, diacritics and đ/d
/// ignored; consecutive words form one phrase, because a Vietnamese word is several syllables —
/// "tien luong" means "tiền lương", not "tiền" somewhere and "lương" elsewhere; a comma starts
/// another phrase: "tien luong, dong nai") and field terms that narrow by classification, in Vietnamese or English:
/// `đơn vị:bien-hoa`, `unit:"biên hòa"`, `chủ đề:luong`, `topic:wages`, `bước:2`, `step:2`,
/// `kỳ:2026-10`, `loại:dot xuat`, `thái độ:buc xuc`, `tính chất:tin don`, `xác minh:chua`,
/// `lưu trữ:có`. A term's value is one word, or several in quotes.
public struct ReportQuery: Hashable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case unit, topic, step, period, kind, attitude, nature, verification, archived

        /// The names a person may type for the field, folded (no diacritics).
        var names: [String] {
            switch self {
            case .unit: ["don vi", "unit"]
            case .topic: ["chu de", "topic"]
            case .step: ["buoc", "step"]
            case .period: ["ky", "period"]
            case .kind: ["loai", "kind"]
            case .attitude: ["thai do", "attitude"]
            case .nature: ["tinh chat", "nature"]
            case .verification: ["xac minh", "verification"]
            case .archived: ["luu tru", "archived"]
            }
        }
    }

    public struct Term: Hashable, Sendable {
        public var field: Field
        /// Folded.
        public var value: String
    }

    /// Folded phrases that must all appear in the report's text.
    public var words: [String] = []
    public var terms: [Term] = []

    public var isEmpty: Bool { words.isEmpty && terms.isEmpty }

    public init(_ text: String) {
        let folded = Text.fold(text)
        var rest = Substring(folded)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { break }
            if let (field, afterColon) = ReportQuery.fieldPrefix(rest) {
                var value: Substring
                if afterColon.first == "\"" {
                    let body = afterColon.dropFirst()
                    let end = body.firstIndex(of: "\"") ?? body.endIndex
                    value = body[..<end]
                    rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                } else {
                    let end = afterColon.firstIndex(of: " ") ?? afterColon.endIndex
                    value = afterColon[..<end]
                    rest = afterColon[end...]
                }
                value = value.drop { $0 == " " }
                if !value.isEmpty { terms.append(Term(field: field, value: String(value))) }
            } else {
                // A phrase runs to the next comma or field term.
                var end = rest.startIndex
                while end < rest.endIndex, rest[end] != "," {
                    if rest[end] == " ", ReportQuery.fieldPrefix(rest[rest.index(after: end)...]) != nil { break }
                    end = rest.index(after: end)
                }
                let phrase = rest[..<end].split(separator: " ").joined(separator: " ")
                if !phrase.isEmpty { words.append(phrase) }
                rest = end < rest.endIndex && rest[end] == "," ? rest[rest.index(after: end)...] : rest[end...]
            }
        }
    }

    private static func fieldPrefix(_ text: Substring) -> (Field, Substring)? {
        for field in Field.allCases {
            for name in field.names where text.hasPrefix(name + ":") {
                return (field, text.dropFirst(name.count + 1))
            }
        }
        return nil
    }

    /// Whether the report passes every term (words are matched against a search index).
    /// Item terms are met when any one item meets them.
    public func matchesTerms(_ report: Report, unitName: String, configuration: Configuration) -> Bool {
        terms.allSatisfy { term in
            let v = term.value
            func like(_ candidates: String...) -> Bool { candidates.contains { Text.fold($0).contains(v) } }
            switch term.field {
            case .unit: return like(report.unitID, unitName)
            case .period: return report.period.id.hasPrefix(v) || like(report.period.label.vi, report.period.label.en)
            case .kind: return like(report.kind.rawValue, report.kind.label.vi, report.kind.label.en)
            case .step:
                guard let n = Int(v) else { return like(report.step.label.vi, report.step.label.en) }
                return report.items.contains { $0.step.rawValue == n } || (report.items.isEmpty && report.step.rawValue == n)
            case .archived:
                let yes = ["co", "yes", "1", "true"].contains(v)
                return report.archived == yes
            case .topic:
                return report.items.contains { item in
                    let label = configuration.topic(item.topic)
                    return like(item.topic, label?.vi ?? "", label?.en ?? "")
                }
            case .attitude:
                return report.items.contains { item in
                    let label = configuration.attitude(item.attitude)
                    return like(item.attitude, label?.vi ?? "", label?.en ?? "")
                }
            case .nature:
                return report.items.contains { like($0.nature.rawValue, $0.nature.label.vi, $0.nature.label.en) }
            case .verification:
                return report.items.contains {
                    like($0.verification.rawValue, $0.verification.label.vi, $0.verification.label.en)
                }
            }
        }
    }

    /// Whether a term names archived reports explicitly (else archived ones stay hidden).
    public var asksForArchived: Bool { terms.contains { $0.field == .archived } }
}

/// A named filter of the inbox: "chưa phân loại" = `bước:1`, "tin đồn tháng này" = `tính chất:tin-don kỳ:2026-11`.
public struct SavedView: Codable, Hashable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}
