import Foundation
import Testing

/// A hot spot phoned in while the call is going, then handled, in a real terminal; at each step
/// `dlxh hotspots --format json` (what a scheduled job would read) says the same.
@Suite("Hot spots in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HotSpotTerminalTests {
    func hotspots(_ store: URL) throws -> [[String: Any]] {
        let result = try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24", "--format", "json"])
        guard result.status == 0 else { throw Dlxh.Failure(result.stderr) }
        return try jsonObject(result.stdoutData) as! [[String: Any]]
    }

    func alertKinds(_ spot: [String: Any]) -> Set<String> {
        Set((spot["alerts"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
    }

    func badgeCount(_ screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /Điểm nóng (\d+)/) else { return nil }
        return Int(match.1)
    }

    @Test("phone in, see the badge rise, acknowledge, add an update, record the written report")
    func phoneInAndHandle() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let before = try hotspots(store)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        let start = try tmux.waitFor("Ngày nhận")
        let badgeBefore = try #require(badgeCount(start))

        // The quick form, from the inbox, while the phone call is going.
        try tmux.send("C-n")
        try tmux.waitFor("Ghi nhận nhanh điểm nóng")
        try tmux.type("nhon trach")
        // The first unit active today whose name matches: the commune union, not the district
        // federation it took over from (ended 30/06/2025, so not offered).
        try tmux.waitFor(try Dlxh.unitName(store, "nhon-trach"))
        try tmux.send("Enter")
        try tmux.waitUntilGone("Gõ để lọc")
        try tmux.send("Tab")  // the choice keeps the focus on the unit: the person moves on
        try tmux.type("Công ty TNHH Điện tử Sao Mai")
        try tmux.send("Tab", "Tab")
        try tmux.type("Ngừng việc tập thể, đòi trả lương tháng 10")
        try tmux.send("Tab")
        try tmux.type("850")
        try tmux.send("C-s")
        let saved = try tmux.waitFor("Đã tạo điểm nóng")
        let id = try #require(saved.firstMatch(of: /HS-\d{4}-\d{3}/).map { String($0.output) })

        var spots = try hotspots(store)
        #expect(spots.count == before.count + 1)
        var spot = try #require(spots.first { $0["id"] as? String == id })
        #expect(spot["unit"] as? String == "nhon-trach")
        #expect(spot["status"] as? String == "new")
        #expect(spot["title"] as? String == "Ngừng việc tập thể, đòi trả lương tháng 10")
        #expect(alertKinds(spot) == ["acknowledge", "writtenReport", "escalateProvincialParty", "escalateConfederation"])
        #expect((spot["alerts"] as! [[String: Any]]).allSatisfy { $0["overdue"] as? Bool == false })

        // The badge on another screen counts hot spots: one more open (its four alerts count once).
        try tmux.send("1")
        let inbox = try tmux.waitFor("Ngày nhận")
        #expect(badgeCount(inbox) == badgeBefore + 1)

        // Acknowledge it on the panel (the newest unacknowledged case is the most urgent pending one).
        try tmux.send("3")
        try tmux.waitFor("Điện tử Sao")
        try tmux.send("g")
        let panel = try tmux.waitFor("Lọc:")
        let row = try #require(panel.split(separator: "\n").firstIndex { $0.contains("Điện tử Sao") })
        let first = try #require(panel.split(separator: "\n").firstIndex { $0.contains("Ngày") || $0.contains("Loại") })
        for _ in 0..<(row - first - 1) { try tmux.send("Down") }
        try tmux.send("Enter")
        let opened = try tmux.waitFor(id)
        // Nobody was asked about a grassroots union on the phone: not known, not "no".
        #expect(opened.contains("Có CĐCS: chưa rõ"), "\(tmux.framed(opened))")
        try tmux.send("a")
        try tmux.waitFor("Đã lưu điểm nóng \(id)")
        spot = try #require(try hotspots(store).first { $0["id"] as? String == id })
        #expect(!alertKinds(spot).contains("acknowledge"))
        // Acknowledged: no longer "Mới phát sinh" (issue 14, item 9).
        #expect(spot["status"] as? String == "handling")

        try tmux.send("c")
        try tmux.waitFor("Thêm diễn biến")
        try tmux.type("Đã làm việc với giám đốc; công ty hứa trả lương trước ngày 30")
        try tmux.send("Enter")
        try tmux.waitFor("hứa trả lương")

        try tmux.send("w")
        try tmux.waitFor("Đã có báo cáo văn bản")
        try tmux.send("Enter")
        // The written report's number is recorded with it (issue 14, item 9).
        try tmux.waitFor("Số, ký hiệu của báo cáo văn bản")
        try tmux.type("12/BC-CĐ")
        try tmux.send("Enter")
        let written = try tmux.waitFor("Đã nhận báo cáo bằng văn bản")
        #expect(written.contains("số 12/BC-CĐ"), "\(tmux.framed(written))")
        spots = try hotspots(store)
        spot = try #require(spots.first { $0["id"] as? String == id })
        #expect(alertKinds(spot) == ["escalateProvincialParty", "escalateConfederation"])

        let record = try tmux.capture()
        #expect(record.contains("Đã tiếp nhận thông tin."))
        try tmux.send("Escape")
        try tmux.send("1")
        let after = try tmux.waitFor("Ngày nhận")
        #expect(badgeCount(after) == badgeBefore + 1, "still open, whatever it still owes")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        // The store's audit trail names each step.
        let audit = try Dlxh.run(["export", "--store", store.path])
        #expect(audit.status == 0)
        let file = try String(contentsOf: store.appendingPathComponent("hotspots/2026.json"), encoding: .utf8)
        for action in ["hotspot.create", "hotspot.acknowledge", "hotspot.update", "hotspot.writtenReport"] {
            #expect(file.contains("\"\(action)\""), "\(action) audited")
        }
    }
}
