import Foundation
import Testing

/// Issue 14, items 5 (pickers) and 8 (search), in a real terminal, as a staff member types.
@Suite("Pickers and search in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PickerSearchTerminalTests {
    /// The attitude line of the selected item in the open report.
    static func attitude(_ screen: String) -> String? {
        screen.firstMatch(of: /Thái độ: ([^·]+?) ·/).map { String($0.output.1) }
    }

    @Test("the attitude picker: “phan” + Enter is “Phản đối”; a highlight moved with ↓ survives Backspace; Enter on no match says so and stays open")
    func attitudePicker() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")
        try tmux.waitFor("Ý kiến (")

        // Typed without accents toward "Phản đối": the same letters, another tone, come first.
        try tmux.send("a")
        try tmux.waitFor("Gõ để lọc")
        var before = tmux.frame()
        try tmux.type("phan")
        try tmux.settle(since: before)
        var screen = try tmux.sendAndSettle("Enter")
        #expect(Self.attitude(screen) == "Phản đối", "\(screen)")

        // "ng" matches four; ↓↓ puts the highlight on the third; Backspace keeps it there.
        try tmux.send("a")
        try tmux.waitFor("Gõ để lọc")
        before = tmux.frame()
        try tmux.type("ng")
        try tmux.settle(since: before)
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.sendAndSettle("BSpace")
        screen = try tmux.sendAndSettle("Enter")
        #expect(Self.attitude(screen) == "Quan tâm, mong muốn", "\(screen)")

        // j and k are letters of the filter; Enter on nothing says so and the picker stays.
        try tmux.send("a")
        try tmux.waitFor("Gõ để lọc")
        try tmux.type("jk")
        try tmux.waitFor("(không có mục nào khớp)")
        screen = try tmux.sendAndSettle("Enter")
        #expect(screen.contains("Không có mục nào khớp:"), "\(screen)")
        #expect(screen.contains("Gõ để lọc: jk"), "\(screen)")
        try tmux.send("Escape")
        screen = try tmux.waitUntilGone("Gõ để lọc")
        #expect(Self.attitude(screen) == "Quan tâm, mong muốn", "nothing saved by Enter on no match:\n\(screen)")
    }

    /// The count the filter line shows ("12/467 mục").
    static func count(_ screen: String) -> Int? {
        screen.firstMatch(of: /(\d+)\/\d+ mục/).flatMap { Int($0.output.1) }
    }

    static func filtered(_ tmux: TmuxSession, _ query: String) throws -> Int {
        try tmux.send("Escape")
        try tmux.waitUntilGone("Lọc:")
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        try tmux.type(query)
        let screen = try tmux.waitFor("Lọc: " + query)
        _ = screen
        let settled = try tmux.settle(since: tmux.frame())
        return try #require(Self.count(settled), "\(settled)")
    }

    @Test("/ shows the query language; “tien luong | bhxh” finds either (A + B − both); F1 lists the syntax; a long filter shows the part around the cursor")
    func searchLanguage() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"])
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("/")
        let hint = try tmux.waitFor("Lọc:")
        #expect(hint.contains("hoặc: a | b") && hint.contains("đơn vị: kỳ: bước:"), "\(hint)")

        let wages = try Self.filtered(tmux, "tien luong")
        let insurance = try Self.filtered(tmux, "bhxh")
        let both = try Self.filtered(tmux, "tien luong, bhxh")
        #expect(wages > 0 && insurance > 0 && both < min(wages, insurance))
        #expect(try Self.filtered(tmux, "tien luong | bhxh") == wages + insurance - both)
        #expect(try Self.filtered(tmux, "tiền lương -bhxh") == wages - both)
        // A unit's name in words, either of two units: each alone added up (a report has one unit).
        let bienHoa = try Self.filtered(tmux, "đơn vị:bien hoa")
        let longBinh = try Self.filtered(tmux, "đơn vị:long binh")
        #expect(bienHoa > 0 && longBinh > 0)
        #expect(try Self.filtered(tmux, "đơn vị:bien hoa | đơn vị:long binh") == bienHoa + longBinh)

        let help = try tmux.sendAndSettle("F1")
        #expect(help.contains("a | b") && help.contains("Có a hoặc b"), "\(help)")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Có a hoặc b")

        // A filter longer than the line: at the end, the end shows; in the middle, the middle.
        let long = "đơn vị:bien-hoa kỳ:2026-10 tien luong | bhxh | cham tra luong | bao hiem that nghiep"
        try tmux.send("Escape")
        try tmux.waitUntilGone("Lọc:")
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        try tmux.type(long)
        var screen = try tmux.waitFor("that nghiep")
        var line = screen.split(separator: "\n").map(String.init).first { $0.contains("Lọc:") } ?? ""
        #expect(line.contains("Lọc: …") && !line.contains("đơn vị:bien-hoa"), "\(line)")
        for _ in 0..<30 { try tmux.send("Left") }
        screen = try tmux.settle(since: tmux.frame())
        line = screen.split(separator: "\n").map(String.init).first { $0.contains("Lọc:") } ?? ""
        #expect(line.contains("Lọc: …") && line.filter { $0 == "…" }.count == 2, "both ends cut, the cursor's part shown: \(line)")
        #expect(line.contains("tien luong | bhxh"), "\(line)")
    }
}
