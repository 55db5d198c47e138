import Foundation
import Testing

/// Issue 14, items 3 and 4, in a real terminal: what staff need is never cut mid-word at 80
/// columns, the help scrolls at 60×16, a unit's contacts have a detail view, and the matrix's
/// rates do not change with the window's width.
@Suite("80 columns and the matrix window in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LayoutTerminalTests {
    static let today = "2026-11-24"

    /// Rows of a box drawn on the screen: the text between its sides.
    static func boxRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test("80×24: the apply dialog's title, the help's entries and the hot-spot alerts are whole; i shows a unit's contacts")
    func nothingCutAt80() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("t", "j", "t", "A")
        // Was "Áp dụng cho 0 ý kiến, 2 b─┐".
        let dialog = try tmux.waitFor("Gõ để lọc")
        #expect(dialog.contains("Áp dụng cho 2 báo cáo "), "\(tmux.framed(dialog))")
        #expect(dialog.firstMatch(of: /\w[─┐]/) == nil, "\(tmux.framed(dialog))")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Gõ để lọc")
        try tmux.send("?")
        // Was "Sắp xếp: ngày nhận,…" and "Tạm dừng (fg để tiế…".
        let help = try tmux.waitFor("Sắp xếp: ngày nhận, đơn vị, kỳ, bước")
        #expect(!Self.boxRows(help).joined().contains("…"), "\(tmux.framed(help))")
        var screen = help
        for _ in 0..<6 where !screen.contains("Tạm dừng (fg để tiếp tục)") { screen = try tmux.sendAndSettle("PageDown") }
        #expect(screen.contains("Tạm dừng (fg để tiếp tục)"), "\(tmux.framed(screen))")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Trợ giúp –")

        try tmux.send("3")
        let spots = try tmux.waitFor("Cảnh báo")
        // Was "✗ quá hạn 8 ngày…": how late and what is owed, in whole words.
        let alerts = spots.split(separator: "\n").compactMap { line -> Substring? in
            guard let start = line.firstRange(of: "✗ quá hạn") ?? line.firstRange(of: "còn ") else { return nil }
            return line[start.lowerBound...]
        }
        #expect(alerts.count >= 3, "\(tmux.framed(spots))")
        for alert in alerts { #expect(alert.contains(" · ") && !alert.contains("…"), "\(alert)") }

        try tmux.send("4")
        try tmux.waitFor("Ma trận 12 tháng")
        try tmux.send("v")
        let owing = try tmux.waitFor("Liên hệ")
        // Was "Đ/c Võ Thị Th…".
        let rows = owing.split(separator: "\n").filter { $0.contains("quá hạn") && !$0.contains("Điểm nóng") }
        #expect(!rows.isEmpty, "\(tmux.framed(owing))")
        for row in rows { #expect(!row.contains("…"), "\(row)") }
        try tmux.send("i")
        let contacts = try tmux.waitFor("Liên hệ – ")
        // The contact person whole, with the post the list leaves out, and the email.
        #expect(contacts.contains("Email:") && contacts.contains("Điện thoại:") && contacts.contains("Chủ tịch"), "\(tmux.framed(contacts))")
        try tmux.send("q")
        try tmux.waitUntilGone("Liên hệ – ")
    }

    @Test("60×16: every key of the inbox can be scrolled to in the help")
    func helpScrollsAt60x16() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 60, height: 16)
        defer { tmux.kill() }
        let first = try tmux.waitFor("Ngày nhận")
        // The tab line takes the short names, whole, rather than cutting the last one.
        let tabs = first.split(separator: "\n").map(String.init).first { $0.contains("1 Hộp thư") } ?? ""
        #expect(tabs.contains("4 Nộp BC") && !tabs.contains("Tình hình nộ"), "\(tmux.framed(first))")
        try tmux.send("?")
        var screen = try tmux.waitFor("cuộn")
        var seen = Self.boxRows(screen)
        for _ in 0..<40 where !screen.contains("Ctrl-Z") {
            screen = try tmux.sendAndSettle("Down")
            seen += Self.boxRows(screen)
        }
        let text = seen.joined(separator: " ")
        for entry in ["Sắp xếp: ngày nhận, đơn vị, kỳ, bước", "Lưu bộ lọc hiện tại", "Ghi nhận nhanh", "Tải lại, nhận tệp trong incoming/", "Tạm dừng (fg để tiếp tục)"] {
            #expect(text.contains(entry), "\(entry) not reached:\n\(tmux.framed(screen))")
        }
        #expect(!text.contains("…"))
    }

    @Test("the matrix's rates are the same at 80 and 160 columns, and the months drawn are named")
    func ratesOverTheWindow() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        let narrow = try tmux.waitFor("Tỷ lệ đã nộp")
        func rates(_ screen: String) -> [String: String] {
            var out: [String: String] = [:]
            for line in screen.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard let match = trimmed.firstMatch(of: /^(.+?)\s{2,}.*\s(\d+%|–)$/) else { continue }
                out[String(match.1)] = String(match.2)
            }
            return out
        }
        let at80 = rates(narrow)
        #expect(narrow.contains("Đang hiện tháng 3–11/2026; tỷ lệ tính trên 12 tháng (12/2025–11/2026)"), "\(tmux.framed(narrow))")
        let before = tmux.frame()
        try tmux.resize(160, 40)
        let wide = try tmux.settle(since: before)
        #expect(wide.contains("Tỷ lệ tính trên 12 tháng đang hiện (12/2025–11/2026)"), "\(tmux.framed(wide))")
        let at160 = rates(wide)
        // Biên Hòa was 89% at 80 columns and 83% at 160; the overall 73% against 75%.
        #expect(at80["phường Biên Hòa"] != nil && at80["phường Biên Hòa"] == at160["phường Biên Hòa"], "\(at80) \(at160)")
        #expect(at80["Tỷ lệ đã nộp"] != nil && at80["Tỷ lệ đã nộp"] == at160["Tỷ lệ đã nộp"])
        #expect(at80["Tỷ lệ đúng hạn"] == at160["Tỷ lệ đúng hạn"])
        var same = 0
        for (unit, rate) in at80 where at160[unit] != nil {
            #expect(at160[unit] == rate, "\(unit): \(rate) at 80, \(at160[unit]!) at 160")
            same += 1
        }
        #expect(same >= 10)
    }
}
