import Foundation
import Testing

/// The inbox in a real terminal, as a staff member uses it: search, open, classify, quit — and
/// the store says what was done, by whom.
@Suite("Inbox in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct InboxTerminalTests {
    @Test("search “tien luong”, open the first match, set attitude and step; export shows them and the audit")
    func classifyFromSearch() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }

        try tmux.waitFor("Ngày nhận")
        try tmux.send("/")
        try tmux.type("tien luong")
        try tmux.waitFor("Lọc: tien luong")
        try tmux.send("Enter")
        try tmux.send("Enter")
        let opened = try tmux.waitFor("Ý kiến (")
        let reportID = try #require(opened.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })

        try tmux.send("a")
        try tmux.waitFor("Gõ để lọc")
        try tmux.type("phan doi")
        try tmux.send("Enter")
        try tmux.waitFor("Đã lưu thay đổi 1 ý kiến")
        try tmux.waitFor("Thái độ: Phản đối")

        try tmux.send("s")
        try tmux.waitFor("Gõ để lọc")
        try tmux.type("phan anh")
        try tmux.send("Enter")
        try tmux.waitFor("Ghi chú bước 3")
        try tmux.type("Ban Tuyên giáo và Dân vận Tỉnh ủy")
        try tmux.send("Enter")
        try tmux.waitFor("Bước xử lý: 3")
        // The note is shown under the item, labelled with the step it was written for.
        try tmux.waitFor("Ghi chú bước 3: Ban Tuyên giáo và Dân vận Tỉnh ủy")

        try tmux.send("Escape")
        try tmux.send("q")
        let (status, _) = try tmux.waitForExit()
        #expect(status == 0)

        let exported = try Dlxh.run(["export", "--store", store.path, "--today", "2026-11-24"])
        let file = try jsonObject(exported.stdoutData) as! [String: Any]
        let reports = file["reports"] as! [[String: Any]]
        let report = try #require(reports.first { $0["id"] as? String == reportID })
        let item = (report["items"] as! [[String: Any]])[0]
        #expect(item["attitude"] as? String == "opposed")
        #expect(item["step"] as? Int == 3)
        #expect(item["stepNote"] as? String == "Ban Tuyên giáo và Dân vận Tỉnh ủy")
        let target = "\(reportID)/\(item["id"] as! String)"
        let audit = (file["audit"] as? [[String: Any]] ?? []).filter { $0["target"] as? String == target }
        #expect(audit.count == 2, "\(audit)")
        #expect(audit.allSatisfy { $0["by"] as? String == "Lê Thị Thu Hà" && $0["action"] as? String == "item.update" })
        #expect(audit.contains { ($0["detail"] as? String ?? "").contains("attitude:") && ($0["detail"] as? String ?? "").contains("“opposed”") })
        #expect(audit.contains { ($0["detail"] as? String ?? "").contains("step:") && ($0["detail"] as? String ?? "").contains("→ 3") })
    }

    @Test("u undoes the last change, and the store has the old value back")
    func undo() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")
        let opened = try tmux.waitFor("Ý kiến (")
        let reportID = try #require(opened.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        // The counter on the tab line says it counts the report's lines.
        let tabs = opened.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(tabs.firstMatch(of: /dòng \d+\/\d+\s*$/) != nil, "\(tmux.framed(opened))")
        func firstAttitude() throws -> String? {
            let exported = try Dlxh.run(["export", "--store", store.path])
            let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
            let report = reports.first { $0["id"] as? String == reportID }
            return ((report?["items"] as? [[String: Any]])?.first?["attitude"]) as? String
        }
        let before = try firstAttitude()
        try tmux.send("a")
        try tmux.waitFor("Gõ để lọc")
        try tmux.type(before == "unclear" ? "phan doi" : "chua ro")
        try tmux.send("Enter")
        try tmux.waitFor("Đã lưu thay đổi")
        #expect(try firstAttitude() != before)
        try tmux.send("u")
        try tmux.waitFor("Hoàn tác")
        _ = try tmux.waitUntil("the store has the old value back") { _ in (try? firstAttitude()) == before }
        try tmux.send("Escape")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
