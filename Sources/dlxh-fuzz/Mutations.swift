import Foundation

/// SplitMix64: the whole run depends only on the seed, so any case can be replayed alone.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    /// The generator of one case: the same seed, kind and case number give the same bytes.
    init(seed: UInt64, kind: String, caseNumber: Int) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in kind.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ h ^ (UInt64(caseNumber) &* 0xD1B5_4A32_D192_ED03)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

/// One way of breaking a file.
enum Mutation: String, CaseIterable {
    case truncate, bitFlip, wrongType, hugeNumber, deepNesting, longString, invalidUTF8, nul, bom
    case duplicateKey, duplicateID, unknownReference, impossibleDate, controlCharacters, nastyValue
}

/// Breaks JSON files in the ways listed in `Mutation`, deterministically from a `FuzzRandom`.
///
/// Structural mutations work on the parsed tree; a value that JSON cannot hold as a Foundation
/// object (a raw number too large for any type, unbalanced brackets) is put in as a placeholder
/// string and substituted into the text afterwards.
struct Mutator {
    var random: FuzzRandom
    private var raw: [String: String] = [:]

    init(random: FuzzRandom) { self.random = random }

    /// A path into a JSON tree.
    enum Step {
        case key(String)
        case index(Int)
    }

    mutating func mutate(_ data: Data) -> (Data, [Mutation]) {
        var data = data
        var applied: [Mutation] = []
        let count = random.chance(0.8) ? 1 : random.int(2...3)
        for _ in 0..<count {
            let mutation = random.pick(Mutation.allCases)
            applied.append(mutation)
            data = apply(mutation, to: data)
        }
        return (data, applied)
    }

    private mutating func apply(_ mutation: Mutation, to data: Data) -> Data {
        raw = [:]
        switch mutation {
        case .truncate:
            return data.isEmpty ? data : data.prefix(random.int(0...(data.count - 1)))
        case .bitFlip:
            guard !data.isEmpty else { return data }
            var bytes = [UInt8](data)
            for _ in 0..<random.int(1...8) {
                let i = random.int(0...(bytes.count - 1))
                bytes[i] ^= UInt8(1 << random.int(0...7))
            }
            return Data(bytes)
        case .invalidUTF8:
            let bad: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82]]
            return insert(random.pick(bad), into: data, insideString: random.chance(0.7))
        case .nul:
            if random.chance(0.5) { return insert([0], into: data, insideString: random.chance(0.5)) }
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            self.changeString(&tree) { $0 + "\u{0}" + $0 }
            return serialize(tree, fallback: data)
        case .bom:
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if random.chance(0.5) { return Data(bom) + data }
            return insert(bom, into: data, insideString: random.chance(0.5))
        case .duplicateKey:
            return duplicateKeyLine(data)
        case .wrongType:
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let values: [Any] = ["text", 1, 1.5, true, NSNull(), [Any](), [String: Any](), ["x": [1]]]
            let value = random.pick(values)
            self.changeAny(&tree) { _ in value }
            return serialize(tree, fallback: data)
        case .hugeNumber:
            let numbers = [
                "9223372036854775807", "-9223372036854775808", "18446744073709551616", "1e308", "-1e308", "1e400",
                "123456789012345678901234567890", "-1", "0", "0.5", "-0", "1E+2",
            ]
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let pick = self.random.pick(numbers)
            let placeholder = self.placeholder(pick)
            self.changeAny(&tree, preferNumbers: true) { _ in placeholder }
            return serialize(tree, fallback: data)
        case .deepNesting:
            let depth = random.pick([63, 64, 65, 100, 1000, 100_000])
            let open = random.chance(0.5) ? "[" : "{\"a\":"
            let close = open == "[" ? "]" : "}"
            let closed = random.chance(0.7)
            let text = String(repeating: open, count: depth) + (closed ? "1" + String(repeating: close, count: depth) : "")
            if random.chance(0.2) { return Data(text.utf8) }
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let placeholder = self.placeholder(text)
            self.changeAny(&tree) { _ in placeholder }
            return serialize(tree, fallback: data)
        case .longString:
            let length = random.pick([201, 2_000, 20_001, 100_000, 1_000_000])
            let unit = random.pick(["a", "ệ", "e\u{301}", "👩‍👩‍👧", "\u{200B}", "ă"])
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            self.changeString(&tree) { _ in String(repeating: unit, count: length) }
            return serialize(tree, fallback: data)
        case .duplicateID:
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            self.duplicateID(&tree)
            return serialize(tree, fallback: data)
        case .unknownReference:
            let keys = ["unitID", "topic", "attitude", "supplementTo", "successorID", "linkedReports", "reportID", "unit", "target"]
            let values: [Any] = ["khong-co", "", "R-2026-11-9999", "HS-2099-001", " bien-hoa", "BIEN-HOA", ["khong-co"]]
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let value = self.random.pick(values)
            if !self.changeKeyed(&tree, keys: keys, { _ in value }) { self.changeString(&tree) { _ in "khong-co" } }
            return serialize(tree, fallback: data)
        case .impossibleDate:
            let dates = [
                "2026-02-30", "2026-13-01", "0000-01-01", "0001-06-01", "9999-12-31", "1899-12-31", "2201-01-01", "2026-00",
                "2026-Q5", "2026-H3", "0001-01", "9999", "2026-11-24T25:00:00+07:00", "2026-11-24T09:00:00+99:99",
                "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00Z", "", "2026-1-1", "２０２６-11-24",
            ]
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let date = self.random.pick(dates)
            if !self.changeDateLike(&tree, to: date) { self.changeString(&tree) { _ in date } }
            return serialize(tree, fallback: data)
        case .controlCharacters:
            let controls = ["\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{85}", "\u{7F}", "\u{7}", "\r", "\u{9B}2J", "\u{202E}", "\u{1}"]
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            let control = self.random.pick(controls)
            self.changeString(&tree) { $0 + control }
            return serialize(tree, fallback: data)
        case .nastyValue:
            let pairs: [(String, Any)] = [
                ("id", "i9223372036854775807"), ("id", "R-2026-11-9223372036854775807"), ("id", "HS-2026-99999999999"),
                ("id", "R-2026-11-999999"), ("id", "i0"), ("id", "i"), ("id", "R--"),
                ("lastItemNumber", Int.max), ("lastItemNumber", -5), ("acknowledgeWithinHours", Int.max),
                ("updateEveryHours", -1), ("writtenReportWithinHours", 8761), ("dueDay", 0), ("dueDay", 32),
                ("utcOffsetMinutes", Int.max), ("utcOffsetMinutes", -99_999), ("version", 0), ("version", 2),
                ("version", Int.max), ("schema", "dlxh.other"), ("year", Int.max), ("year", 1), ("month", "2026-13"),
                ("step", 99), ("step", "unknown"), ("kind", "weekly"), ("reports", [Any]()), ("items", [Any]()),
            ]
            let (key, value) = random.pick(pairs)
            guard var tree = parse(data) else { return apply(.bitFlip, to: data) }
            if !self.changeKeyed(&tree, keys: [key], { _ in value }) { self.changeAny(&tree) { _ in value } }
            return serialize(tree, fallback: data)
        }
    }

    // MARK: Text-level helpers

    private mutating func insert(_ bytes: [UInt8], into data: Data, insideString: Bool) -> Data {
        var all = [UInt8](data)
        var at = random.int(0...all.count)
        if insideString {
            let quotes = all.indices.filter { all[$0] == 0x22 }
            if !quotes.isEmpty { at = random.pick(quotes) + 1 }
        }
        all.insert(contentsOf: bytes, at: at)
        return Data(all)
    }

    /// Duplicates one `"key": value` line of the pretty-printed text, so an object has the key twice.
    private mutating func duplicateKeyLine(_ data: Data) -> Data {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let candidates = lines.indices.filter {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return line.hasPrefix("\"") && line.contains("\" : ") && !line.hasSuffix("{") && !line.hasSuffix("[")
        }
        guard !candidates.isEmpty else { return data }
        let i = random.pick(candidates)
        var copy = lines[i]
        if !copy.hasSuffix(",") { copy += "," }
        if random.chance(0.5) {
            // The same key with another value.
            if let colon = copy.range(of: "\" : ") {
                copy = String(copy[..<colon.upperBound]) + random.pick(["\"other\",", "0,", "null,", "[],"])
            }
        }
        lines.insert(copy, at: i)
        return Data(lines.joined(separator: "\n").utf8)
    }

    // MARK: Tree-level helpers

    /// The tree of a file still JSON; nil when an earlier mutation broke it (the caller then
    /// breaks it a little more at the byte level).
    private func parse(_ data: Data) -> Any? {
        try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    private func serialize(_ object: Any, fallback data: Data) -> Data {
        guard var out = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed])
        else { return data }
        if !raw.isEmpty {
            var text = String(decoding: out, as: UTF8.self)
            for (token, value) in raw.sorted(by: { $0.key < $1.key }) {
                text = text.replacingOccurrences(of: "\"\(token)\"", with: value)
            }
            out = Data(text.utf8)
        }
        return out
    }

    /// A string standing for raw JSON text, substituted after serialising.
    private mutating func placeholder(_ text: String) -> String {
        let token = "__FUZZ_RAW_\(raw.count)__"
        raw[token] = text
        return token
    }

    /// Every path in the tree, parents before children.
    private func paths(_ node: Any, _ prefix: [Step] = [], into out: inout [([Step], Any)]) {
        out.append((prefix, node))
        if let object = node as? [String: Any] {
            for key in object.keys.sorted() { paths(object[key]!, prefix + [.key(key)], into: &out) }
        } else if let array = node as? [Any] {
            for (i, element) in array.enumerated() { paths(element, prefix + [.index(i)], into: &out) }
        }
    }

    private func allPaths(_ tree: Any) -> [([Step], Any)] {
        var out: [([Step], Any)] = []
        paths(tree, into: &out)
        return out
    }

    private func set(_ node: inout Any, at path: ArraySlice<Step>, _ transform: (Any) -> Any) {
        guard let step = path.first else {
            node = transform(node)
            return
        }
        switch step {
        case .key(let key):
            guard var object = node as? [String: Any], var child = object[key] else { return }
            set(&child, at: path.dropFirst(), transform)
            object[key] = child
            node = object
        case .index(let i):
            guard var array = node as? [Any], array.indices.contains(i) else { return }
            var child = array[i]
            set(&child, at: path.dropFirst(), transform)
            array[i] = child
            node = array
        }
    }

    private mutating func changeAny(_ tree: inout Any, preferNumbers: Bool = false, _ transform: (Any) -> Any) {
        var candidates = allPaths(tree)
        if preferNumbers, random.chance(0.7) {
            let numbers = candidates.filter { $0.1 is NSNumber }
            if !numbers.isEmpty { candidates = numbers }
        }
        // Leaves more often than whole subtrees: a change at the root replaces the whole file.
        if candidates.count > 1, random.chance(0.95) { candidates.removeFirst() }
        set(&tree, at: random.pick(candidates).0[...], transform)
    }

    private mutating func changeString(_ tree: inout Any, _ transform: @escaping (String) -> String) {
        let strings = allPaths(tree).filter { $0.1 is String }
        guard !strings.isEmpty else { return changeAny(&tree) { _ in transform("") } }
        set(&tree, at: random.pick(strings).0[...]) { transform($0 as? String ?? "") }
    }

    /// Changes a value under one of `keys`; false when the tree has none.
    private mutating func changeKeyed(_ tree: inout Any, keys: [String], _ transform: (Any) -> Any) -> Bool {
        let found = allPaths(tree).filter { path, _ in
            if case .key(let key)? = path.last { return keys.contains(key) }
            return false
        }
        guard !found.isEmpty else { return false }
        set(&tree, at: random.pick(found).0[...], transform)
        return true
    }

    private mutating func changeDateLike(_ tree: inout Any, to date: String) -> Bool {
        let found = allPaths(tree).filter { _, value in
            guard let text = value as? String, text.count >= 4 else { return false }
            return text.prefix(4).allSatisfy(\.isNumber) && (text.count == 4 || text.dropFirst(4).first == "-")
        }
        guard !found.isEmpty else { return false }
        set(&tree, at: random.pick(found).0[...]) { _ in date }
        return true
    }

    /// Makes two records share an id, or repeats a record.
    private mutating func duplicateID(_ tree: inout Any) {
        let arrays = allPaths(tree).filter { _, value in
            guard let array = value as? [Any], array.count >= 1 else { return false }
            return (array.first as? [String: Any])?["id"] != nil
        }
        guard !arrays.isEmpty else { return changeAny(&tree) { $0 } }
        let (path, value) = random.pick(arrays)
        guard var array = value as? [Any] else { return changeAny(&tree) { $0 } }
        if array.count >= 2, random.chance(0.5) {
            let a = random.int(0...(array.count - 1))
            var b = random.int(0...(array.count - 1))
            if a == b { b = (b + 1) % array.count }
            // Only the first element was looked at: an earlier mutation may have left an array
            // or a number further on (exchange case 79,xxx of seed 1 stopped the harness here).
            if var element = array[b] as? [String: Any], let other = array[a] as? [String: Any] {
                element["id"] = other["id"]
                array[b] = element
            } else {
                array.append(array[a])
            }
        } else {
            array.append(array[random.int(0...(array.count - 1))])
        }
        let replacement = array
        set(&tree, at: path[...]) { _ in replacement }
    }
}
