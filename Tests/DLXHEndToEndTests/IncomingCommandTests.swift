import Foundation
import Testing

/// `dlxh incoming` as a scheduled job or a person at the terminal runs it.
@Suite("dlxh incoming")
struct IncomingCommandTests {
    @Test("one good file and three bad ones: one imported, three rejected with their notes, the store unchanged by them")
    func goodAndBad() throws {
        let sender = try Dlxh.demoStore(seed: 8)
        let store = try Dlxh.demoStore(seed: 9)
        defer { [sender, store].forEach(Dlxh.remove) }
        let common = ["--store", store.path, "--today", "2026-11-24"]
        let export = try Dlxh.run(["export", "--store", sender.path, "--unit", "cam-my", "--period", "2026-09"])
        var good = try jsonObject(export.stdoutData) as! [String: Any]
        var reports = good["reports"] as! [[String: Any]]
        #expect(!reports.isEmpty)
        for i in reports.indices { reports[i]["documentNumber"] = "INCOMING-\(i)" }
        good["reports"] = reports
        var unknownUnit = good
        unknownUnit["reports"] = [reports[0].merging(["unitID": "khong-co"]) { $1 }] + reports.dropFirst()
        var wrongType = good
        wrongType["reports"] = [reports[0].merging(["period": 202609]) { $1 }] + reports.dropFirst()

        let incoming = store.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let files: [(String, Data)] = [
            ("cam-my-2026-09.json", try JSONSerialization.data(withJSONObject: good)),
            ("hong.json", Data("{\"schema\": \"dlxh.exchange\", \"version\": 1, \"reports\": [".utf8)),
            ("khong-co-don-vi.json", try JSONSerialization.data(withJSONObject: unknownUnit)),
            ("sai-kieu.json", try JSONSerialization.data(withJSONObject: wrongType)),
        ]
        for (name, data) in files {
            let url = incoming.appendingPathComponent(name)
            try data.write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: url.path)
        }
        let before = try Dlxh.run(["export"] + common)
        let countBefore = ((try jsonObject(before.stdoutData) as! [String: Any])["reports"] as! [Any]).count

        let result = try Dlxh.run(["incoming"] + common)
        #expect(result.status == 1, "a rejected file is worth an alert: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("cam-my-2026-09.json: đã nhập \(reports.count) báo cáo, chuyển vào incoming/accepted/cam-my-2026-09.json."))
        for name in ["hong.json", "khong-co-don-vi.json", "sai-kieu.json"] {
            #expect(lines.contains { $0.hasPrefix("\(name): từ chối, chuyển vào incoming/rejected/\(name);") }, "\(name)")
            let note = try String(contentsOf: incoming.appendingPathComponent("rejected/\(name).reason.txt"), encoding: .utf8)
            #expect(!note.isEmpty && note.hasSuffix("\n"))
            #expect(try Data(contentsOf: incoming.appendingPathComponent("rejected/\(name)")) == files.first { $0.0 == name }!.1)
        }
        #expect(lines.last == "Thư mục incoming: nhận 1 tệp, từ chối 3 tệp, để lại 0 tệp.")
        let note = try String(contentsOf: incoming.appendingPathComponent("rejected/khong-co-don-vi.json.reason.txt"), encoding: .utf8)
        #expect(note.contains("không có đơn vị \"khong-co\"") && note.contains("no unit \"khong-co\" on the roster"))

        let after = try Dlxh.run(["export"] + common)
        let all = (try jsonObject(after.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        #expect(all.count == countBefore + reports.count, "exactly the good file's reports were added")
        #expect(all.filter { ($0["documentNumber"] as? String)?.hasPrefix("INCOMING-") == true }.count == reports.count)
        #expect(try Dlxh.run(["check"] + common).status == 0)

        // Nothing left: a second run says so, in either language, and succeeds.
        let again = try Dlxh.run(["incoming", "--lang", "en"] + common)
        #expect(again.status == 0)
        #expect(again.stdout == "Nothing new in the incoming folder.\n")
    }
}
