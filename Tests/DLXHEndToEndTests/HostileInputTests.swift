import Foundation
import Testing

/// The real binary on hostile input: it never dies by a signal, says what is wrong in one line,
/// and writes nothing. (The fuzzer, `dlxh-fuzz`, does the same at random; these are the cases
/// that once crashed.)
@Suite("Hostile input never crashes dlxh")
struct HostileInputTests {
    /// Exit status 1 and one line on standard error starting with `dlxh:`.
    private func expectOneLineRefusal(_ result: Dlxh.Result, mentioning words: [String] = [], _ comment: String) {
        #expect(result.status == 1, "\(comment): status \(result.status), \(result.stderr)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(comment): \(result.stderr)")
        #expect(result.stderr.hasPrefix("dlxh: "), "\(comment): \(result.stderr)")
        for word in words { #expect(result.stderr.contains(word), "\(comment): \(result.stderr)") }
    }

    @Test("a file nested 100,000 deep is refused by import and rejected by incoming, which goes on")
    func deepNesting() throws {
        let store = try Dlxh.demoStore(seed: 21)
        defer { Dlxh.remove(store) }
        let before = filesUnder(store)
        let file = store.deletingLastPathComponent().appendingPathComponent("deep.json")
        try Data(String(repeating: "[", count: 100_000).utf8).write(to: file)
        let imported = try Dlxh.run(["import", file.path, "--store", store.path, "--lang", "en"])
        expectOneLineRefusal(imported, mentioning: ["deep.json", "line 1, column 65"], "import")
        #expect(filesUnder(store) == before)

        let incoming = store.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let dropped = incoming.appendingPathComponent("deep.json")
        try Data(String(repeating: "{\"a\":", count: 100_000).utf8).write(to: dropped)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: dropped.path)
        let pass = try Dlxh.run(["incoming", "--store", store.path, "--lang", "en"])
        #expect(pass.status == 1, "\(pass.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dropped.path))
        let note = try String(contentsOf: incoming.appendingPathComponent("rejected/deep.json.reason.txt"), encoding: .utf8)
        #expect(note.contains("column 321"), "\(note)")
        // Nothing stops the next command.
        #expect(try Dlxh.run(["check", "--store", store.path]).status == 0)
    }

    @Test("a 1 GiB import or incoming file is refused at once, from its size")
    func hugeFile() throws {
        let store = try Dlxh.demoStore(seed: 22)
        defer { Dlxh.remove(store) }
        let file = store.deletingLastPathComponent().appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: file.path, contents: Data("{".utf8))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let started = Date()
        let imported = try Dlxh.run(["import", file.path, "--store", store.path, "--lang", "en"])
        expectOneLineRefusal(imported, mentioning: ["huge.json", "16 MiB"], "import")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("dates beyond 1900…2200 on the command line are refused in one line")
    func commandLineDates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-dates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for today in ["9999-12-31", "0001-06-01"] {
            let result = try Dlxh.run(["demo", "--store", folder.appendingPathComponent(today).path, "--today", today, "--lang", "en"])
            expectOneLineRefusal(result, mentioning: [today], "demo --today \(today)")
        }
        let store = try Dlxh.demoStore(seed: 23)
        defer { Dlxh.remove(store) }
        let matrix = try Dlxh.run(["matrix", "--store", store.path, "--to", "0001-01", "--months", "2", "--lang", "en"])
        expectOneLineRefusal(matrix, mentioning: ["0001-01"], "matrix --to 0001-01")
        let status = try Dlxh.run(["status", "--store", store.path, "--period", "9999-12", "--lang", "en"])
        expectOneLineRefusal(status, mentioning: ["9999-12"], "status --period 9999-12")
    }

    @Test("huge numbers in store files are refused by check and crash nothing")
    func hugeNumbersInStoreFiles() throws {
        let store = try Dlxh.demoStore(seed: 24)
        defer { Dlxh.remove(store) }
        // Hot-spot rule hours of Int.max: a damaged config.json, at its line.
        let config = store.appendingPathComponent("config.json")
        let original = try String(contentsOf: config, encoding: .utf8)
        let huge = original.replacingOccurrences(of: "\"updateEveryHours\" : 72", with: "\"updateEveryHours\" : 9223372036854775807")
        #expect(huge != original)
        try Data(huge.utf8).write(to: config)
        for command in ["hotspots", "check", "status"] {
            let result = try Dlxh.run([command, "--store", store.path, "--lang", "en"])
            expectOneLineRefusal(result, mentioning: ["config.json", "line", "hotSpotRules.updateEveryHours"], command)
        }
        try Data(original.utf8).write(to: config)

        // A report id of 19 digits: check names it; a later import still works.
        let reports = store.appendingPathComponent("reports/2026/2026-11.json")
        let text = try String(contentsOf: reports, encoding: .utf8)
        let firstID = try #require(text.range(of: #"R-2026-11-\d{4}"#, options: .regularExpression))
        let changed = text.replacingOccurrences(of: String(text[firstID]), with: "R-2026-11-9223372036854775807")
        try Data(changed.utf8).write(to: reports)
        let check = try Dlxh.run(["check", "--store", store.path, "--lang", "en"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect((check.stdout + check.stderr).contains("9223372036854775807"))
        let sender = try Dlxh.demoStore(seed: 25)
        defer { Dlxh.remove(sender) }
        let file = sender.deletingLastPathComponent().appendingPathComponent("x.json")
        let export = try Dlxh.run(["export", "--store", sender.path, "--unit", "bien-hoa", "--period", "2026-10", "-o", file.path])
        #expect(export.status == 0, "\(export.stderr)")
        let imported = try Dlxh.run(["import", file.path, "--store", store.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(imported.status == 0 || imported.stderr.contains("already"), "\(imported.stderr)")
        #expect(imported.status < 128)
    }
}
