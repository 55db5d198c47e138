import Foundation
import Testing

/// The streams panel in a real terminal at 80×24: from the dashboard, `s` lists the month's
/// streams; `c` confirms the first, `r` names it; `dlxh streams --format json` then gives it as
/// confirmed, under that title, with its items.
@Suite("Streams in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StreamsTerminalTests {
    static let today = "2026-11-24"

    func streams(_ store: URL) throws -> [[String: Any]] {
        let result = try Dlxh.run(["streams", "--store", store.path, "--today", Self.today, "--period", "2026-11", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonObject(result.stdoutData) as! [[String: Any]]
    }

    @Test("s on the dashboard, c confirms and r renames a stream; dlxh streams gives it confirmed under its new title")
    func confirmAndRename() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let before = try streams(store)
        #expect(before.allSatisfy { $0["confirmed"] as? Bool == false })
        let first = try #require(before.first)  // the table's order: most units first, as the panel's
        let items = try #require(first["items"] as? [String])

        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        try tmux.waitFor("Tình hình nộp")
        try tmux.send("s")
        let list = try tmux.waitFor("mỗi ý kiến ở đúng một luồng")
        #expect(list.contains("Tháng 11/2026") && list.contains("đơn vị"), "\(tmux.framed(list))")
        for line in list.split(separator: "\n") { #expect(line.count <= 80) }

        try tmux.send("c")
        let confirmed = try tmux.waitFor("Đã xác nhận luồng")
        #expect(confirmed.contains("✓"), "\(tmux.framed(confirmed))")
        try tmux.send("r")
        try tmux.waitFor("Tên luồng ý kiến")
        try tmux.send("C-u")
        try tmux.type("Lương thưởng cuối năm")
        try tmux.send("Enter")
        let renamed = try tmux.waitFor("Đã đặt tên luồng")
        #expect(renamed.contains("Lương thưởng cuối năm"), "\(tmux.framed(renamed))")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        let after = try streams(store)
        let named = try #require(after.first { $0["title"] as? String == "Lương thưởng cuối năm" }, "\(after.prefix(3))")
        #expect(named["confirmed"] as? Bool == true)
        #expect((named["id"] as? String)?.hasPrefix("S-") == true)
        #expect(Set(named["items"] as? [String] ?? []) == Set(items))
        #expect(after.filter { $0["confirmed"] as? Bool == true }.count == 1)
    }
}
