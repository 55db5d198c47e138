import Foundation
import Testing

/// `dlxh export` and `dlxh import`: what one instance writes, another reads; a bad file changes nothing.
@Suite("Exchange files between instances")
struct ExchangeTests {
    @Test("a unit's export imports into another store, text intact, and a second import is refused")
    func roundTrip() throws {
        let sender = try Dlxh.demoStore(seed: 8)
        let receiver = try Dlxh.demoStore(seed: 9)
        defer { [sender, receiver].forEach(Dlxh.remove) }
        let file = sender.deletingLastPathComponent().appendingPathComponent("bien-hoa-2026-10.json")
        let export = try Dlxh.run([
            "export", "--store", sender.path, "--unit", "bien-hoa", "--period", "2026-10", "-o", file.path, "--today", "2026-11-24",
        ])
        #expect(export.status == 0, "\(export.stderr)")
        let sent = (try jsonObject(Data(contentsOf: file)) as! [String: Any])["reports"] as! [[String: Any]]
        #expect(!sent.isEmpty)

        // The receiver may already hold the same report (same seed history differs): import once.
        let imported = try Dlxh.run(["import", file.path, "--store", receiver.path, "--today", "2026-11-24"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("đã nhập \(sent.count) báo cáo"))
        let again = try Dlxh.run(["import", file.path, "--store", receiver.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already in the store"))

        let back = try Dlxh.run(["export", "--store", receiver.path, "--unit", "bien-hoa", "--period", "2026-10"])
        let received = (try jsonObject(back.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        let sentSummaries = Set(sent.map { $0["summary"] as! String })
        #expect(sentSummaries.isSubset(of: Set(received.map { $0["summary"] as! String })))
    }

    @Test("a bad file is rejected with file, field and reason, and changes nothing")
    func rejections() throws {
        let store = try Dlxh.demoStore(seed: 10)
        defer { Dlxh.remove(store) }
        let dir = store.deletingLastPathComponent()
        let export = try Dlxh.run(["export", "--store", store.path, "--unit", "cam-my", "--period", "2026-09"])
        var good = try jsonObject(export.stdoutData) as! [String: Any]
        var reports = good["reports"] as! [[String: Any]]
        #expect(!reports.isEmpty)
        for i in reports.indices { reports[i]["documentNumber"] = "NEW-\(i)" }
        good["reports"] = reports

        var unknownUnit = good
        var r0 = reports
        r0[0]["unitID"] = "khong-co"
        unknownUnit["reports"] = r0
        var wrongType = good
        var r1 = reports
        r1[0]["receivedOn"] = 20261001
        wrongType["reports"] = r1

        let files: [(String, Data)] = [
            ("malformed.json", Data("{\"schema\": \"dlxh.exchange\", \"version\": 1, \"reports\": [".utf8)),
            ("unknown-unit.json", try JSONSerialization.data(withJSONObject: unknownUnit)),
            ("wrong-type.json", try JSONSerialization.data(withJSONObject: wrongType)),
        ]
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        let before = filesUnder(store)
        let result = try Dlxh.run(
            ["import", "--store", store.path, "--today", "2026-11-24", "--lang", "en"] + files.map { dir.appendingPathComponent($0.0).path })
        #expect(result.status != 0)
        #expect(filesUnder(store) == before, "a rejected file changes nothing")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("malformed.json") && $0.contains("line 1") })
        #expect(lines.contains { $0.contains("unknown-unit.json") && $0.contains("reports[0].unit") && $0.contains("khong-co") })
        #expect(lines.contains { $0.contains("wrong-type.json") && $0.contains("reports[0].receivedOn") })
    }
}
