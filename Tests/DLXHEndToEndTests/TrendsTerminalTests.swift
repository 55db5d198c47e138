import Foundation
import Testing

/// The trends panel in a real terminal at 80×24: from the dashboard, `t` opens twelve months of
/// topics as bars with this month against the one before; `v` goes to attitudes, then to the
/// streams of opinion with the fastest rising named; Esc goes back to the dashboard.
@Suite("Trends in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TrendsTerminalTests {
    static let today = "2026-11-24"

    @Test("t on the dashboard: topics, attitudes and streams over twelve months, readable at 80×24")
    func trendsAt80x24() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        try tmux.waitFor("Tình hình nộp")
        try tmux.send("t")
        let topics = try tmux.waitFor("Số ý kiến 12 tháng đến tháng 11/2026")
        #expect(topics.contains(" Chủ đề ") && topics.contains(" 11/26 ") && topics.contains(" 10/26 ") && topics.contains("±"), "\(tmux.framed(topics))")
        // A topic row: its label, twelve bars, this month, the month before and the change.
        let rows = topics.split(separator: "\n").filter { $0.contains("Tiền lương") || $0.contains("BHXH") }
        #expect(!rows.isEmpty, "\(tmux.framed(topics))")
        for row in rows {
            #expect(row.contains(where: { "▁▂▃▄▅▆▇█".contains($0) }), "bars in: \(row)")
            #expect(row.firstMatch(of: /\d+\s+\d+\s+([+−]\d+|0)\s*$/) != nil, "figures in: \(row)")
        }
        for line in topics.split(separator: "\n") { #expect(line.count <= 80) }

        try tmux.send("v")
        let attitudes = try tmux.waitFor("Băn khoăn")
        #expect(attitudes.contains("Thái độ"))
        // "Luồng ý kiến" is already on the views' line: wait for the next frame instead.
        let since = tmux.frame()
        try tmux.send("v")
        let streams = try tmux.settle(since: since)
        #expect(streams.contains("Tăng nhanh nhất:") || streams.contains("Chưa có ý kiến"), "\(tmux.framed(streams))")
        // The rising-fastest line whole at 80 columns: it says what its figures are compared with.
        if let rising = streams.split(separator: "\n").first(where: { $0.contains("Tăng nhanh nhất:") }) {
            #expect(rising.contains("so với tháng trước +"), "\(tmux.framed(streams))")
        }
        try tmux.send("Escape")
        let back = try tmux.waitFor("hạn nộp")
        #expect(!back.contains("Số ý kiến 12 tháng"))
    }
}
