import Foundation
import Testing

/// Issue 14, item 10: the command line's errors and help speak one language, the chosen one
/// (`Lỗi: … See 'dlxh tui --help'` mixed them; a JSON error said "a control character inside a
/// string" in Vietnamese output).
@Suite("Command-line errors in one language")
struct CLILanguageTests {
    /// Words of the argument parser's and the system's English that must not reach Vietnamese output.
    static let englishWords: Set<String> = [
        "error", "see", "for", "more", "information", "usage", "missing", "value", "invalid", "please", "provide", "one", "of",
        "or", "unexpected", "arguments", "argument", "unknown", "option", "help", "the", "file", "doesn’t", "doesn't", "exist",
        "control", "character", "inside", "string", "expected", "cannot", "read", "write", "not", "valid", "such", "directory",
        "no", "default", "values", "show", "subcommand", "is", "a", "line", "break", "ends", "did", "you", "mean",
    ]
    static let vietnameseLetters = Set("àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ")

    /// The output with what it quotes taken out: 'values', "values", <placeholders>, --options,
    /// paths and file names, so only the program's own words remain.
    static func ownWords(_ text: String) -> [String] {
        var s = text
        for pattern in [#"'[^'\n]*'"#, #""[^"\n]*""#, #"<[^>\n]*>"#, #"--?[A-Za-z][\w-]*"#, #"\S*[/\\.]\S+"#, #"\$\w+"#, #"[A-Z_]{3,}"#] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return s.lowercased().split { !($0.isLetter || $0 == "’" || $0 == "'") }.map(String.init)
    }

    static func cases(store: URL, folder: URL) throws -> [(String, [String])] {
        let control = folder.appendingPathComponent("control.json")
        try Data("{\"a\":\"x\ty\"}".utf8).write(to: control)
        let open = folder.appendingPathComponent("unterminated.json")
        try Data("{\"a\":\"b\n".utf8).write(to: open)
        let s = ["--store", store.path]
        return [
            ("a value not among the choices", ["status", "--format", "xml"] + s),
            ("a missing value", ["guidance", "add", "--number"]),
            ("two extra arguments", ["status", "extra", "another"] + s),
            ("an unknown option", ["--bogus"]),
            ("a missing argument", ["return"] + s),
            ("a file that does not exist", ["roster", "import", "/nonexistent/roster.csv"] + s),
            ("a control character inside a JSON string", ["import", control.path] + s),
            ("a JSON string left open", ["import", open.path] + s),
            ("months out of range", ["matrix", "--months", "500"] + s),
            ("a period that does not exist", ["report", "--period", "2026-13"] + s),
            ("a day that does not exist", ["status", "--today", "2026-02-31"] + s),
            ("a command's help", ["status", "--help"]),
            ("the help", ["--help"]),
        ]
    }

    @Test("in Vietnamese, no English sentence; in English, no Vietnamese")
    func oneLanguage() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        for (name, args) in try Self.cases(store: store, folder: folder) {
            let vi = try Dlxh.run(args)
            let viText = vi.stderr + vi.stdout
            #expect(!viText.isEmpty, "\(name): nothing said")
            let english = Self.ownWords(viText).filter { Self.englishWords.contains($0) }
            #expect(english.isEmpty, "\(name) in Vietnamese says \(english):\n\(viText)")
            let en = try Dlxh.run(args + ["--lang", "en"])
            let enText = en.stderr + en.stdout
            let vietnamese = Self.ownWords(enText).filter { $0.contains { Self.vietnameseLetters.contains($0) } }
            #expect(vietnamese.isEmpty, "\(name) in English says \(vietnamese):\n\(enText)")
            #expect(vi.status == en.status, "\(name): the exit status depends on the language")
        }
    }

    @Test("--lang before the command and `help COMMAND --lang en` give that command's help in that language")
    func langAndHelpInAnyOrder() throws {
        for args in [["--lang", "en", "report", "--help"], ["help", "report", "--lang", "en"], ["--lang=en", "report", "--help"]] {
            let result = try Dlxh.run(args)
            #expect(result.status == 0, "\(args): \(result.stderr)")
            #expect(result.stdout.contains("OVERVIEW: Write the consolidated report on public opinion"), "\(args):\n\(result.stdout)")
        }
        let vi = try Dlxh.run(["help", "status"])
        #expect(vi.status == 0 && vi.stdout.contains("TỔNG QUAN"), "\(vi.stdout)")
    }
}
