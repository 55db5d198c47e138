/// What the inbox's `/` line understands (case, diacritics and đ/d ignored everywhere):
/// - **Phrases** that must appear in the report's text: consecutive words form one phrase,
///   because a Vietnamese word is several syllables ("tien luong" means "tiền lương", not "tiền"
///   somewhere and "lương" elsewhere); a comma starts another phrase that must appear too
///   ("tien luong, dong nai"); quotes keep anything together, commas and bars included
///   (`"bhxh, bhyt"`).
/// - **Field terms** that narrow by classification, in Vietnamese or English: `đơn vị:bien-hoa`,
///   `unit:"biên hòa"`, `chủ đề:luong`, `topic:wages`, `bước:2`, `step:2`, `kỳ:2026-10`,
///   `loại:dot xuat`, `thái độ:buc xuc`, `tính chất:tin don`, `xác minh:chua`, `lưu trữ:có`. The
///   value of a field named in words (đơn vị, chủ đề, loại, thái độ, tính chất, xác minh) runs
///   like a phrase, to the next comma, bar, quote or field term: `đơn vị:bien hoa | đơn vị:long
///   binh`. `kỳ:`, `bước:` and `lưu trữ:` take one word, so `kỳ:2026-10 tien luong` is a period
///   and a phrase. Quotes keep anything together.
/// - **Or**: `|` between two phrases or terms means either will do: `tien luong | bhxh` finds the
///   reports with either. It binds tighter than "and": `kỳ:2026-10 tien luong | bhxh` is the
///   October reports with either phrase, and `dong nai, tien luong | bhxh` needs "dong nai" and one
///   of the other two.
/// - **Not**: `-` before a phrase or term (no space after it) leaves out what has it:
///   `bhxh -tin don`, `-bước:1`.
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

        /// Whether its value is one word (a period, a step, yes/no), not words like a name.
        var takesOneWord: Bool { [.period, .step, .archived].contains(self) }

        /// Whether the field is the report's own (not one of its items').
        public var isReportField: Bool { [.unit, .period, .kind, .archived].contains(self) }
    }

    public struct Term: Hashable, Sendable {
        public var field: Field
        /// Folded.
        public var value: String

        public init(field: Field, value: String) {
            self.field = field
            self.value = value
        }
    }

    /// One condition: a folded phrase in the text, or a field term; `negated` with a leading `-`.
    public struct Condition: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case phrase(String)
            case term(Term)
        }

        public var kind: Kind
        public var negated = false

        public init(kind: Kind, negated: Bool = false) {
            self.kind = kind
            self.negated = negated
        }
    }

    /// Every clause must hold; a clause holds when any one of its conditions does (`a | b`).
    public var clauses: [[Condition]] = []

    /// The phrases to find (not those to leave out): what the list and the report highlight.
    public var words: [String] {
        clauses.flatMap { $0 }.compactMap { if case .phrase(let p) = $0.kind, !$0.negated { p } else { nil } }
    }

    /// Every field term, wherever it stands.
    public var terms: [Term] { clauses.flatMap { $0 }.compactMap { if case .term(let t) = $0.kind { t } else { nil } } }

    /// Whether any phrase is asked for (or left out).
    public var hasPhrases: Bool { clauses.flatMap { $0 }.contains { if case .phrase = $0.kind { true } else { false } } }

    public var isEmpty: Bool { clauses.isEmpty }

    public init(_ text: String) {
        let folded = Text.fold(text)
        var rest = Substring(folded)
        var orPending = false
        func add(_ condition: Condition) {
            if orPending, !clauses.isEmpty { clauses[clauses.count - 1].append(condition) } else { clauses.append([condition]) }
            orPending = false
        }
        /// A quoted value: up to the closing quote (or the end).
        func quoted(_ text: Substring) -> (value: Substring, rest: Substring) {
            let body = text.dropFirst()
            let end = body.firstIndex(of: "\"") ?? body.endIndex
            return (body[..<end], end < body.endIndex ? body[body.index(after: end)...] : body[end...])
        }
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            guard let first = rest.first else { break }
            if first == "|" {
                orPending = true
                rest = rest.dropFirst()
                continue
            }
            if first == "," {
                orPending = false
                rest = rest.dropFirst()
                continue
            }
            var negated = false
            if first == "-", let next = rest.dropFirst().first, next != " ", next != "-" {
                negated = true
                rest = rest.dropFirst()
            }
            if rest.first == "\"" {
                let (value, after) = quoted(rest)
                let phrase = value.split(separator: " ").joined(separator: " ")
                if !phrase.isEmpty { add(Condition(kind: .phrase(phrase), negated: negated)) }
                rest = after
            } else if let (field, afterColon) = ReportQuery.fieldPrefix(rest) {
                var value: Substring
                if afterColon.first == "\"" {
                    (value, rest) = quoted(afterColon)
                } else if field.takesOneWord {
                    let end = afterColon.firstIndex { $0 == " " || $0 == "," || $0 == "|" } ?? afterColon.endIndex
                    value = afterColon[..<end]
                    rest = afterColon[end...]
                } else {
                    let end = ReportQuery.phraseEnd(afterColon)
                    value = Substring(afterColon[..<end].split(separator: " ").joined(separator: " "))
                    rest = afterColon[end...]
                }
                value = value.drop { $0 == " " }
                if !value.isEmpty { add(Condition(kind: .term(Term(field: field, value: String(value))), negated: negated)) }
            } else {
                let end = ReportQuery.phraseEnd(rest)
                let phrase = rest[..<end].split(separator: " ").joined(separator: " ")
                if !phrase.isEmpty { add(Condition(kind: .phrase(phrase), negated: negated)) }
                rest = rest[end...]
            }
        }
    }

    /// Where a phrase (or a field's value in words) ends: at the next comma, bar, quote, field
    /// term or `-word`.
    private static func phraseEnd(_ text: Substring) -> Substring.Index {
        var end = text.startIndex
        while end < text.endIndex, ![",", "|", "\""].contains(text[end]) {
            if text[end] == " " {
                let after = text[text.index(after: end)...]
                if ReportQuery.fieldPrefix(after) != nil { break }
                if after.first == "-", let next = after.dropFirst().first, next != " ", next != "-" { break }
            }
            end = text.index(after: end)
        }
        return end
    }

    private static func fieldPrefix(_ text: Substring) -> (Field, Substring)? {
        for field in Field.allCases {
            for name in field.names where text.hasPrefix(name + ":") {
                return (field, text.dropFirst(name.count + 1))
            }
        }
        return nil
    }

    /// Whether a report passes: every clause has a condition that holds. `contains` says whether
    /// the report's searchable text holds a folded phrase (the inbox keeps an index for it).
    public func matches(_ report: Report, unitName: String, configuration: Configuration, contains: (String) -> Bool) -> Bool {
        clauses.allSatisfy { clause in
            clause.contains { condition in
                let holds: Bool
                switch condition.kind {
                case .phrase(let phrase): holds = contains(phrase)
                case .term(let term): holds = Self.holds(term, report, unitName: unitName, configuration: configuration)
                }
                return holds != condition.negated
            }
        }
    }

    /// Whether one item of a passing report answers the query: phrases in the item's own text
    /// (`contains`), item terms met by the item itself, report terms by its report.
    public func matchesItem(
        _ item: OpinionItem, of report: Report, unitName: String, configuration: Configuration, contains: (String) -> Bool
    ) -> Bool {
        var single = report
        single.items = [item]
        return clauses.allSatisfy { clause in
            clause.contains { condition in
                let holds: Bool
                switch condition.kind {
                case .phrase(let phrase): holds = contains(phrase)
                case .term(let term):
                    holds = Self.holds(term, term.field.isReportField ? report : single, unitName: unitName, configuration: configuration)
                }
                return holds != condition.negated
            }
        }
    }

    static func holds(_ term: Term, _ report: Report, unitName: String, configuration: Configuration) -> Bool {
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
