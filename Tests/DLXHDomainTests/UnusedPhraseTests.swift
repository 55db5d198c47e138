import Foundation
import Testing

/// Every phrase some code says. The phrases are found, not listed: each `static` member whose
/// declaration mentions `Localized`, in any Swift file under Sources/ (the domain's labels, the
/// interface's, the command line's, the report's, the store's, wherever they move to). A phrase
/// is used when some code names it as `Type.name` or `Self.name`, or, in a file that declares
/// members of the same type, by its bare name outside a string.
@Suite("Phrases no code uses")
struct UnusedPhraseTests {
    struct Phrase: CustomStringConvertible {
        var type: String
        var name: String
        var file: String
        var line: Int
        var description: String { "\(type).\(name) (\(file):\(line))" }
    }

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every Swift file under Sources/, by path relative to it, with its text.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((String(url.path.dropFirst(sources.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The text without comments; with `strings` false, without the insides of string literals too.
    static func code(_ text: String, strings: Bool) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if !strings { line = line.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"") }
            // A `//` after a quote may be inside a string: kept then, unless strings are gone.
            if let comment = line.firstRange(of: "//"), !strings || !line[..<comment.lowerBound].contains("\"") {
                line = String(line[..<comment.lowerBound])
            }
            return line
        }.joined(separator: "\n")
    }

    /// The phrases declared in one file: `static let/var/func name` whose line mentions
    /// `Localized`, with the top-level type (enum, struct or extension) around it.
    static func phrases(in text: String, file: String) -> [Phrase] {
        var type = ""
        var found: [Phrase] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let top = line.firstMatch(of: /^(?:public |internal )?(?:enum|struct|extension|final class|class) ([\w.]+)/) {
                type = String(top.1.split(separator: ".").last!)
            }
            guard line.contains("Localized"),
                let decl = line.firstMatch(of: /^\s+(?:@\w+ )?(?:public |internal |private |fileprivate )?static (?:let|var|func) (\w+)/)
            else { continue }
            found.append(Phrase(type: type, name: String(decl.1), file: file, line: index + 1))
        }
        return found
    }

    /// What the code names: every `A.b` pair of every dotted chain (`UIText.keyMove`,
    /// `Self.title`), and, per type, the bare words of the files declaring its phrases (strings,
    /// comments and the declarations' own names left out).
    struct Uses {
        var qualified: Set<String> = []
        var bare: [String: Set<String>] = [:]

        init(_ files: [(path: String, text: String)], phrases: [Phrase]) {
            for file in files {
                for chain in Self.words(code(file.text, strings: true), /\w+(?:\s*\.\s*\w+)+/) {
                    let parts = chain.split(separator: ".").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    for i in 0..<(parts.count - 1) { qualified.insert(parts[i] + "." + parts[i + 1]) }
                }
            }
            let byFile = Dictionary(grouping: phrases, by: \.file)
            for file in files {
                guard let declared = byFile[file.path] else { continue }
                let plain = code(file.text, strings: false).replacing(/static (let|var|func) \w+/, with: "static let _")
                let words = Set(Self.words(plain, /\.?\w+/).filter { !$0.hasPrefix(".") })
                for type in Set(declared.map(\.type)) { bare[type, default: []].formUnion(words) }
            }
        }

        static func words(_ text: String, _ pattern: Regex<Substring>) -> [String] {
            text.matches(of: pattern).map { String($0.output) }
        }

        func used(_ phrase: Phrase) -> Bool {
            qualified.contains(phrase.type + "." + phrase.name) || qualified.contains("Self." + phrase.name)
                || bare[phrase.type]?.contains(phrase.name) == true
        }
    }

    /// The sources scanned once for both tests: every phrase, and what the code names.
    static let scan: (phrases: [Phrase], uses: Uses) = {
        let files = (try? swiftFiles()) ?? []
        let all = files.flatMap { phrases(in: $0.text, file: $0.path) }
        return (all, Uses(files, phrases: all))
    }()

    @Test("the scan finds the phrase tables of every layer")
    func scanFindsPhrases() throws {
        let all = Self.scan.phrases
        let types = Set(all.map(\.type))
        // The interface's, the command line's, the report's, the store's and the rules' phrases.
        for type in ["UIText", "CLIText", "ReportText", "Messages", "Phrases"] {
            #expect(types.contains(type), "no phrase of \(type) found: the scan is broken")
        }
        #expect(all.count > 300, "\(all.count) phrases found")
        // The scan itself tells a used phrase from an unused one.
        let sample = [(path: "A.swift", text: "enum T {\n    static let used = Localized(vi: \"a\", en: \"used\")\n    static let unused = Localized(vi: \"b\", en: \"unused\")\n}\nlet x = T.used\n")]
        let phrases = Self.phrases(in: sample[0].text, file: "A.swift")
        #expect(phrases.map(\.name) == ["used", "unused"])
        let uses = Uses(sample, phrases: phrases)
        #expect(phrases.map { uses.used($0) } == [true, false])
    }

    @Test("every phrase is said by some code")
    func noUnusedPhrases() throws {
        let (all, uses) = Self.scan
        let unused = all.filter { !uses.used($0) }
        #expect(unused.isEmpty, "phrases no code uses (remove them): \(unused.map(\.description).joined(separator: ", "))")
    }
}
