import Foundation
import Testing

/// Step 4 in a real terminal at 80×24: two items reported upward (step 3), guidance recorded
/// against them (P), relayed from the dashboard's guidance panel (the items go to step 4),
/// acknowledged by one unit; days later the other unit is overdue in the header, at start and
/// on the panel; a report returned for more (B) shows as ↩ on the dashboard.
@Suite("Guidance (step 4) in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct GuidanceTerminalTests {
    static let today = "2026-11-24"
    static let later = "2026-12-05"

    func export(_ store: URL, today: String = today) throws -> [String: Any] {
        let exported = try Dlxh.run(["export", "--store", store.path, "--today", today])
        return try jsonObject(exported.stdoutData) as! [String: Any]
    }

    /// No line of the screen ends in a word cut short by the right edge: a letter in the last
    /// column followed by nothing means the text ran into the edge.
    func expectNothingCut(_ screen: String, _ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in screen.split(separator: "\n") where line.count >= 80 {
            let last = line.last!
            #expect(!last.isLetter || line.hasSuffix(" "), "cut: \(line)\n\(tmux.framed(screen))", sourceLocation: sourceLocation)
        }
    }

    @Test("step 3 → guidance (P) → relay (step 4 in export) → acknowledge one; later the other is overdue; B shows ↩")
    func closeTheLoop() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let before = try export(store)
        let unitOf = Dictionary(uniqueKeysWithValues: (before["reports"] as! [[String: Any]]).map { ($0["id"] as! String, $0["unitID"] as! String) })
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        // Tag the first item of the newest report and of the other unit's report.
        try tmux.send("Enter")
        let newest = try tmux.waitFor("Ý kiến (")
        let firstID = try #require(newest.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        try tmux.send("t")
        // The next report down from another unit.
        var otherID = firstID
        for _ in 0..<12 where unitOf[otherID] == unitOf[firstID] {
            try tmux.send("Escape")
            try tmux.waitFor("Ngày nhận")
            let since = tmux.frame()
            try tmux.send("Down", "Enter")
            let opened = try tmux.settle(since: since)
            otherID = try #require(opened.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        }
        #expect(unitOf[otherID] != unitOf[firstID])
        try tmux.send("t")
        try tmux.send("k")
        // Both to step 3.
        try tmux.send("s")
        try tmux.waitFor("Gõ để lọc")
        try tmux.type("phan anh")
        try tmux.send("Enter")
        try tmux.waitFor("Ghi chú bước 3")
        try tmux.type("Ban Tuyên giáo và Dân vận Tỉnh ủy")
        try tmux.send("Enter")
        try tmux.waitFor("Đã lưu thay đổi 2 ý kiến")
        // A save untags what it changed: tag the two items again, here and in the newest report.
        try tmux.send("t")
        try tmux.send("Escape")
        try tmux.waitFor("Ngày nhận")
        try tmux.send("g", "Enter")
        try tmux.waitFor(firstID)
        try tmux.send("t")
        try tmux.send("k")

        // Record the guidance that answers them.
        try tmux.send("P")
        let form = try tmux.waitFor("Văn bản chỉ đạo trả lời 2 ý kiến")
        expectNothingCut(form, tmux)
        try tmux.type("45-CV/BTGDV")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.type("Tuyên truyền chính sách BHXH một lần cho người lao động")
        try tmux.send("C-s")
        let recorded = try tmux.waitFor("Đã ghi chỉ đạo G-2026-")
        let guidanceID = try #require(recorded.firstMatch(of: /G-2026-\d{3}/).map { String($0.output) })

        // Relay from the dashboard's guidance panel.
        try tmux.send("Escape")
        try tmux.send("4")
        try tmux.waitFor("Ma trận 12 tháng")
        try tmux.send("c")
        let panel = try tmux.waitFor("chưa chuyển")
        #expect(panel.contains("45-CV/BTGDV"))
        expectNothingCut(panel, tmux)
        // w: relay, and write the công văn beside the store.
        let letter = store.deletingLastPathComponent().appendingPathComponent("cong-van.md")
        try tmux.send("w")
        try tmux.waitFor("Ghi công văn chuyển vào tệp")
        try tmux.send("C-u")
        try tmux.type(letter.path)
        try tmux.send("Enter")
        try tmux.waitFor("Đã chuyển \(guidanceID) cho 2 đơn vị")
        let letterText = try String(contentsOf: letter, encoding: .utf8)
        #expect(letterText.contains("45-CV/BTGDV") && letterText.contains("Kính gửi"), "\(letterText)")
        let relayed = try export(store)
        let items = (relayed["reports"] as! [[String: Any]]).filter { [firstID, otherID].contains($0["id"] as? String) }
            .map { ($0["items"] as! [[String: Any]])[0] }
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0["step"] as? Int == 4 && $0["stepNote"] as? String == "45-CV/BTGDV" }, "\(items)")

        // One unit acknowledges.
        try tmux.send("a")
        try tmux.waitFor("Đơn vị phản hồi")
        try tmux.send("Enter")
        try tmux.waitFor("đã làm gì")
        try tmux.type("Đã tuyên truyền tại 12 CĐCS")
        try tmux.send("Enter")
        let acked = try tmux.waitFor("Đã ghi phản hồi")
        #expect(acked.contains("✓ phản hồi 24/11/2026"))
        expectNothingCut(acked, tmux)
        try tmux.send("q")
        _ = try tmux.waitForExit()

        // After the due date (01/12): the other unit is overdue, in the header, at start, on the panel.
        let again = try TmuxSession.dlxh(["--store", store.path, "--today", Self.later], width: 80, height: 24)
        defer { again.kill() }
        let start = try again.waitFor("Ngày nhận")
        let header = String(start.split(separator: "\n")[0])
        #expect(header.contains("quá hạn 1"), "\(again.framed(start))")
        #expect(header.contains("Lê Thị Thu Hà") && header.contains("05/12/2026"), "\(again.framed(start))")
        #expect(start.contains("phản hồi chỉ đạo"), "the start notice names it: \(again.framed(start))")
        expectNothingCut(start, again)
        try again.send("4")
        try again.waitFor("Ma trận 12 tháng")
        try again.send("c")
        let overdue = try again.waitFor("✗ quá hạn 4 ngày")
        let lateUnitLine = try #require(overdue.split(separator: "\n").first { $0.contains("✗ quá hạn 4 ngày") })
        #expect(!lateUnitLine.contains("✓"))
        expectNothingCut(overdue, again)
        // m: the reminder to the overdue unit, as a text file.
        let reminder = store.deletingLastPathComponent().appendingPathComponent("nhac.txt")
        try again.send("m")
        // It is read first: the preview shows the letter and says how to write it.
        let preview = try again.waitFor("Công văn nhắc phản hồi – 1 phản hồi quá hạn")
        #expect(preview.contains("w ghi ra tệp"), "\(again.framed(preview))")
        try again.send("w")
        try again.waitFor("Ghi công văn nhắc phản hồi")
        try again.send("C-u")
        try again.type(reminder.path)
        try again.send("Enter")
        try again.waitFor("Đã ghi tệp")
        let reminderText = try String(contentsOf: reminder, encoding: .utf8)
        #expect(reminderText.contains("quá hạn 4 ngày") && reminderText.contains("45-CV/BTGDV"), "\(reminderText)")

        // Return the newest report for more: the dashboard shows its period as ↩ until a supplement.
        try again.send("Escape")
        try again.send("1")
        try again.waitFor("Ngày nhận")
        try again.send("g", "Enter")
        let report = try again.waitFor("Ý kiến (")
        let returnedID = try #require(report.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        try again.send("B")
        try again.waitFor("Lý do yêu cầu bổ sung")
        try again.type("Thiếu số liệu CNLĐ bị nợ lương")
        try again.send("Enter")
        try again.waitFor("Đã yêu cầu bổ sung \(returnedID)")
        try again.send("Escape")
        try again.send("4")
        let matrix = try again.waitFor("↩ chờ bổ sung")
        // The unit's row shows ↩ where it is on screen (the matrix shows as many units as fit).
        let unitRows = matrix.split(separator: "\n").filter { $0.contains("↩") && !$0.contains("chờ bổ sung") }
        #expect(unitRows.count <= 1, "\(again.framed(matrix))")
        expectNothingCut(matrix, again)
        let stored = try export(store, today: Self.later)
        let returned = try #require((stored["reports"] as! [[String: Any]]).first { $0["id"] as? String == returnedID })
        #expect((returned["returnedForMore"] as? [String: Any])?["reason"] as? String == "Thiếu số liệu CNLĐ bị nợ lương")
        // o on a hot spot: this staff member follows it; the record says so, and the store.
        try again.send("3")
        try again.waitFor("Lọc:")
        try again.send("Enter")
        let record = try again.waitFor("Báo qua điện thoại")
        let spotID = try #require(record.firstMatch(of: /HS-\d{4}-\d{3}/).map { String($0.output) })
        try again.send("o")
        try again.waitFor("Người theo dõi: Lê Thị Thu Hà")
        let spotsFile = try String(contentsOf: store.appendingPathComponent("hotspots/2026.json"), encoding: .utf8)
        #expect(spotsFile.contains("\"hotspot.owner\"") && spotsFile.contains("\"owner\" : \"Lê Thị Thu Hà\""), "\(spotID)")
        try again.send("q")
        _ = try again.waitForExit()
    }
}
