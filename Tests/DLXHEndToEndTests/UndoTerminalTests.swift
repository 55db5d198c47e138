import Foundation
import Testing

/// Issue 14, items 2, 6 and 7, as a staff member meets them in a real terminal: an undo that
/// takes back the whole of one action (and a redo), a history in words, and a hot-spot badge
/// that counts hot spots.
@Suite("Undo, history and the hot-spot badge in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct UndoTerminalTests {
    /// Every item's topic, by "REPORT/ITEM", as the store has it now.
    static func topics(_ store: URL) throws -> [String: String] {
        let exported = try Dlxh.run(["export", "--store", store.path])
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        var out: [String: String] = [:]
        for report in reports {
            for item in report["items"] as? [[String: Any]] ?? [] {
                out["\(report["id"] as! String)/\(item["id"] as! String)"] = item["topic"] as? String
            }
        }
        return out
    }

    /// The ids of the reports in the store now.
    static func reportIDs(_ store: URL) throws -> Set<String> {
        let exported = try Dlxh.run(["export", "--store", store.path])
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        return Set(reports.map { $0["id"] as! String })
    }

    @Test("a report deleted by mistake comes back with u, under its own id, and U deletes it again")
    func undoDeletion() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let before = try Self.reportIDs(store)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("D")
        let asked = try tmux.waitFor("có thể hoàn tác")
        let id = try #require(asked.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        try tmux.send("c")
        try tmux.waitFor("Đã xóa")
        #expect(try Self.reportIDs(store) == before.subtracting([id]))

        try tmux.send("u")
        try tmux.waitFor("Hoàn tác: xóa báo cáo \(id)")
        #expect(try Self.reportIDs(store) == before)
        try tmux.send("U")
        try tmux.waitFor("Làm lại: xóa báo cáo \(id)")
        #expect(try Self.reportIDs(store) == before.subtracting([id]))
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("one “apply to tagged” over items of different topics is undone by one u, and redone by one U")
    func undoWholeAction() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let before = try Self.topics(store)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        // Tag three reports, apply a topic to all their items.
        try tmux.send("t")
        try tmux.send("t")
        try tmux.send("t")
        try tmux.send("A")
        try tmux.waitFor("Áp dụng cho")
        try tmux.send("Enter")  // Chủ đề
        try tmux.waitFor("Gõ để lọc")
        try tmux.type("viec lam")
        try tmux.send("Enter")
        try tmux.waitFor("Đã lưu thay đổi")
        let after = try Self.topics(store)
        let changed = after.filter { before[$0.key] != $0.value }
        #expect(changed.values.allSatisfy { $0 == "jobs" } && !changed.isEmpty)
        let oldTopics = Set(changed.keys.compactMap { before[$0] })
        #expect(oldTopics.count > 1, "the items' old topics differed: \(oldTopics)")

        try tmux.send("u")
        let screen = try tmux.waitFor("Hoàn tác: chủ đề của")
        let said = try #require(screen.firstMatch(of: /Hoàn tác: chủ đề của (\d+) ý kiến/))
        let tagged = Set(changed.keys.map { String($0.split(separator: "/")[0]) })
        #expect(Int(said.output.1) == before.keys.filter { tagged.contains(String($0.split(separator: "/")[0])) }.count)
        _ = try tmux.waitUntil("every item back to its own old topic after one u") { _ in (try? Self.topics(store)) == before }

        try tmux.send("U")
        try tmux.waitFor("Làm lại: chủ đề của \(said.output.1) ý kiến")
        _ = try tmux.waitUntil("every item changed again after one U") { _ in (try? Self.topics(store)) == after }

        // A hot-spot action, undone too.
        try tmux.send("3")
        try tmux.waitFor("Lọc:")
        // The first one not yet acknowledged (a says so of one that was).
        var acknowledged = ""
        for _ in 0..<10 where !acknowledged.contains("Đã lưu điểm nóng") {
            acknowledged = try tmux.sendAndSettle("a")
            if !acknowledged.contains("Đã lưu điểm nóng") { try tmux.sendAndSettle("Down") }
        }
        acknowledged = try tmux.waitFor("Đã lưu điểm nóng")
        let spot = try #require(acknowledged.firstMatch(of: /Đã lưu điểm nóng (HS-\d{4}-\d{3})/)).output.1
        try tmux.send("u")
        try tmux.waitFor("Hoàn tác: tiếp nhận điểm nóng \(spot)")
        let spots = try jsonObject(try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24", "--format", "json"]).stdoutData)
        let row = try #require((spots as! [[String: Any]]).first { $0["id"] as? String == String(spot) })
        #expect((row["alerts"] as! [[String: Any]]).contains { $0["kind"] as? String == "acknowledge" }, "not acknowledged any more")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("i shows a change in the interface's words, who and when, in Vietnamese and in English")
    func historyInWords() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        for (lang, topic, label) in [("vi", "viec lam", "Chủ đề: "), ("en", "jobs", "Topic: ")] {
            let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24", "--lang", lang], width: 100, height: 30)
            defer { tmux.kill() }
            try tmux.waitFor(lang == "vi" ? "Ngày nhận" : "Received")
            try tmux.send("Enter")
            try tmux.waitFor(lang == "vi" ? "Ý kiến (" : "Opinion items")
            try tmux.send("c")
            try tmux.waitFor(lang == "vi" ? "Gõ để lọc" : "Type to filter")
            try tmux.type(topic)
            try tmux.send("Enter")
            try tmux.waitFor(lang == "vi" ? "Đã lưu" : "Saved")
            try tmux.send("i")
            let screen = try tmux.waitFor(lang == "vi" ? "→ Việc làm, cắt giảm lao động" : "→ Jobs, lay-offs")
            #expect(screen.contains(label), "\(screen)")
            #expect(screen.contains("Lê Thị Thu Hà"))
            #expect(screen.contains("24/11/2026"))
            #expect(!screen.contains("topic:") && !screen.contains("“jobs”"), "\(screen)")
            try tmux.send("Escape")
            try tmux.send("q")
            _ = try tmux.waitForExit()
        }
    }

    @Test("the badge and the start-up notice count hot spots: open ones, and those with anything overdue")
    func badgeCountsHotSpots() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let spots = try jsonObject(try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24", "--format", "json"]).stdoutData)
            as! [[String: Any]]
        let open = spots.count
        let late = spots.filter { ($0["alerts"] as! [[String: Any]]).contains { $0["overdue"] as? Bool == true } }.count
        let alerts = spots.reduce(0) { $0 + ($1["alerts"] as! [[String: Any]]).count }
        #expect(alerts > open, "the demo has hot spots with several alerts, so counting alerts would show")
        #expect(late > 0)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Ngày nhận")
        #expect(screen.contains("⚠ Điểm nóng \(open) (\(late) quá hạn)"), "\(screen)")
        #expect(screen.contains("\(late) điểm nóng có việc quá hạn") || screen.contains("Quá hạn: \(late) điểm nóng"), "\(screen)")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
