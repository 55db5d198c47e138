import DLXHDomain
import Foundation
import Synchronization

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

/// The inbox's folded search text, indexed for search (issue 13: a search keystroke over ten
/// years within 10 ms). Every report's folded key (`SearchText.foldedKey`) lies in one buffer,
/// a 0 byte after each, so a phrase is looked for once over the whole history with glibc's
/// `memmem` rather than once per report; the reports holding each phrase are remembered, and a
/// longer phrase typed next is looked for only in the reports that held a part of it. The answer
/// is exactly the scan's (`ByteSearch.contains` on each key): a phrase holds no 0 byte, so a
/// match never spans two reports, and a phrase with one is scanned key by key.
/// Keys replaced since the corpus was made (a save) are kept beside it and scanned alone.
public struct SearchCorpus: Sendable {
    final class Base: Sendable {
        let bytes: [UInt8]
        /// Where key i starts; `starts[count]` is the end.
        let starts: [Int]
        /// Phrase → the keys holding it, as bits; a few recent phrases.
        let memo = Mutex<[[UInt8]: [UInt64]]>([:])
        static let memoSize = 64

        init(_ keys: [[UInt8]]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(keys.reduce(0) { $0 + $1.count + 1 })
            var starts: [Int] = []
            starts.reserveCapacity(keys.count + 1)
            for key in keys {
                starts.append(bytes.count)
                bytes += key
                bytes.append(0)
            }
            starts.append(bytes.count)
            self.bytes = bytes
            self.starts = starts
        }

        var count: Int { starts.count - 1 }

        /// The key a byte offset lies in.
        func key(at offset: Int) -> Int {
            var low = 0
            var high = count
            while high - low > 1 {
                let mid = (low + high) / 2
                if starts[mid] <= offset { low = mid } else { high = mid }
            }
            return low
        }

        /// The keys holding `needle` (no 0 byte in it), as bits.
        func holders(_ needle: [UInt8]) -> [UInt64] {
            if let known = memo.withLock({ $0[needle] }) { return known }
            var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
            // A part of the phrase already looked for narrows the keys to look in.
            let narrowing = memo.withLock { memo in
                memo.filter { $0.key.count < needle.count && ByteSearch.contains(needle, $0.key) }.max { $0.key.count < $1.key.count }?.value
            }
            bytes.withUnsafeBufferPointer { hay in
                needle.withUnsafeBufferPointer { pin in
                    if let narrowing {
                        for (w, word) in narrowing.enumerated() where word != 0 {
                            var rest = word
                            while rest != 0 {
                                let k = w * 64 + rest.trailingZeroBitCount
                                rest &= rest - 1
                                let from = starts[k]
                                if ByteFind.first(pin, in: UnsafeBufferPointer(rebasing: hay[from..<(starts[k + 1] - 1)])) != nil {
                                    bits[w] |= 1 << UInt64(k % 64)
                                }
                            }
                        }
                        return
                    }
                    var position = 0
                    while position < hay.count {
                        guard let hit = ByteFind.first(pin, in: UnsafeBufferPointer(rebasing: hay[position...])) else { break }
                        let k = key(at: position + hit)
                        bits[k / 64] |= 1 << UInt64(k % 64)
                        position = starts[k + 1]
                    }
                }
            }
            memo.withLock { memo in
                if memo.count >= Base.memoSize { memo.removeAll() }
                memo[needle] = bits
            }
            return bits
        }
    }

    let base: Base
    /// Keys replaced since `base` was made, by position.
    var replaced: [Int: [UInt8]] = [:]

    public init(_ keys: [[UInt8]] = []) { base = Base(keys) }

    mutating func replace(_ i: Int, with key: [UInt8]) { replaced[i] = key }

    /// Whether key i holds each of `needles`, worked out once per phrase for every key.
    func holders(_ needle: [UInt8], keys: [[UInt8]]) -> (Int) -> Bool {
        if needle.contains(0) {  // cannot happen with folded text; scanned as before if it did
            return { ByteSearch.contains(keys[$0], needle) }
        }
        let bits = base.holders(needle)
        let replaced = self.replaced
        if replaced.isEmpty { return { bits[$0 / 64] & (1 << UInt64($0 % 64)) != 0 } }
        var own: [Int: Bool] = [:]
        for (i, key) in replaced { own[i] = ByteSearch.contains(key, needle) }
        return { own[$0] ?? (bits[$0 / 64] & (1 << UInt64($0 % 64)) != 0) }
    }
}

/// `memmem` from the C library, found at run time (Swift does not see its declaration without
/// _GNU_SOURCE); `ByteSearch` where it is not there.
enum ByteFind {
    typealias MemMem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?
    static let memmem: MemMem? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "memmem") else { return nil }
        return unsafeBitCast(symbol, to: MemMem.self)
    }()

    /// The offset of the first occurrence of `needle` in `haystack`.
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
        if let memmem {
            guard let hit = memmem(base, haystack.count, needle.baseAddress, needle.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        let n = needle.count
        var i = 0
        while i <= haystack.count - n {
            if haystack[i] == needle[0] {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}
