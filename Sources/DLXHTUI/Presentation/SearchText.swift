import DLXHDomain

/// What `/` searches, defined once: a report's unit, number and summary, and each item's text
/// (content, proposal, step note). The inbox's list, its n/N and its T all use these.
enum SearchText {
    /// An item's searchable text.
    static func item(_ item: OpinionItem) -> String { [item.content, item.proposal, item.stepNote].joined(separator: " ") }

    /// A report's searchable text, with its unit's name.
    static func report(_ report: Report, unitName: String) -> String {
        ([unitName, report.documentNumber, report.summary] + report.items.map(item)).joined(separator: " ")
    }

    /// The report's text folded (case, diacritics, đ), as bytes for `ByteSearch`.
    static func foldedKey(_ report: Report, unitName: String) -> [UInt8] { Text.foldedBytes(self.report(report, unitName: unitName)) }

    /// Whether an item's text holds every word (already folded) of a query.
    static func itemMatches(_ item: OpinionItem, words: [String]) -> Bool {
        let text = Text.foldedBytes(self.item(item))
        return words.allSatisfy { ByteSearch.contains(text, Array($0.utf8)) }
    }

    /// Whether an item answers the whole query (its `|`, `-` and terms), asked of it alone.
    static func itemMatches(_ item: OpinionItem, of report: Report, query: ReportQuery, unitName: String, configuration: Configuration) -> Bool {
        let text = Text.foldedBytes(self.item(item))
        return query.matchesItem(item, of: report, unitName: unitName, configuration: configuration) {
            ByteSearch.contains(text, Array($0.utf8))
        }
    }

    /// The query's phrases as bytes, made once per search rather than once per report.
    static func needles(_ query: ReportQuery) -> [String: [UInt8]] {
        var needles: [String: [UInt8]] = [:]
        for clause in query.clauses {
            for condition in clause {
                if case .phrase(let phrase) = condition.kind { needles[phrase] = Array(phrase.utf8) }
            }
        }
        return needles
    }
}

/// Substring search on bytes: the inbox searches ten years of folded text per keystroke, so it
/// works on raw buffers (glibc's memmem is not visible to Swift without _GNU_SOURCE).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        if haystack.count < n { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { p in
                let first = p[0]
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n && h[i + j] == p[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// A count typed into a form ("1.200", "1,200", "1200"), read one way everywhere.
enum TypedCount {
    /// nil: left empty; .failure: not a whole number ≥ 0.
    static func parse(_ text: String) -> Result<Int, TypedCountError>? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        let digits = trimmed.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")
        guard let n = Int(digits), n >= 0 else { return .failure(TypedCountError()) }
        return .success(n)
    }
}

struct TypedCountError: Error, Equatable {}

/// The classification choices offered for an item's field, defined once for the inbox's quick
/// keys and the entry form's item editor.
enum ClassificationOptions {
    static func options(_ field: ClassifyField, configuration config: Configuration, language l: Language) -> [Picker.Option] {
        switch field {
        case .topic: config.topics.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case .attitude: config.attitudes.map { Picker.Option(id: $0.id, label: $0.label(l)) }
        case .breadth: Breadth.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .scope: Scope.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .nature: Nature.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .verification: Verification.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .step: HandlingStep.allCases.map { Picker.Option(id: String($0.rawValue), label: "\($0.rawValue) – \($0.label(l))") }
        case .source: Source.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        case .target: TargetGroup.allCases.map { Picker.Option(id: $0.rawValue, label: $0.label(l)) }
        }
    }

    static func title(_ field: ClassifyField) -> Localized {
        switch field {
        case .topic: UIText.topic
        case .attitude: UIText.attitude
        case .breadth: UIText.breadth
        case .scope: UIText.scope
        case .nature: UIText.nature
        case .verification: UIText.verification
        case .step: UIText.step
        case .source: UIText.source
        case .target: UIText.target
        }
    }
}

/// The classification fields of an opinion item.
public enum ClassifyField: String, Sendable, CaseIterable {
    case topic, attitude, breadth, scope, nature, verification, step, source, target
}

/// The `/` line's query language (ReportQuery) as lines of the `?` help and of Docs/KEYS.md,
/// beside the keys: each an example and what it finds.
enum SearchSyntax {
    static func docs(_ l: Language) -> [KeyDoc] {
        func doc(_ example: String, _ help: Localized) -> KeyDoc { KeyDoc(keys: [], label: example, help: help) }
        return [
            doc("tien luong", UIText.searchPhrase),
            doc("a, b", UIText.searchAnd),
            doc("a | b", UIText.searchOr),
            doc("-a", UIText.searchNot),
            doc("\"a, b\"", UIText.searchQuoted),
            doc(l == .vi ? "đơn vị:x" : "unit:x", UIText.searchFields),
            doc(l == .vi ? "chủ đề:x" : "topic:x", UIText.searchMoreFields),
            doc(l == .vi ? "lưu trữ:có" : "archived:yes", UIText.searchArchived),
        ]
    }
}
