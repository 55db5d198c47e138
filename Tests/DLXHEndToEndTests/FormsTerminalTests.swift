import Foundation
import Testing

/// Issue 14, item 9, in a real terminal at 80×24: a choice and a failed save leave the focus
/// where the person put it, so the next words land in the field they meant; the error is said
/// on screen with the key that goes to it; the phone-in form's bar shows its own keys and Esc
/// goes back to the screen it was opened from.
@Suite("Forms in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FormsTerminalTests {
    static let today = "2026-11-24"

    static func row(_ screen: String, _ label: String) -> String {
        screen.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
    }

    /// dlxh at 80×24 on a fresh demo store, with a new report's form open on screen 2: `body`
    /// gets the session and the form's first screen.
    static func onNewReportForm(_ body: (TmuxSession, String) throws -> Void) throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("2")
        try tmux.waitFor("Nhập báo cáo mới")
        try tmux.send("n")
        try body(tmux, try tmux.waitFor("Số văn bản"))
    }

    @Test("typing after a choice and after a failed save lands in the field the person is on")
    func focusStays() throws {
        try Self.onNewReportForm { tmux, _ in
            try tmux.type("bien hoa")
            try tmux.waitFor("Gõ để lọc")
            try tmux.send("Enter")
            try tmux.waitUntilGone("Gõ để lọc")
            // The choice left the focus on the unit: typing opens its list again, not the next field.
            try tmux.send("Tab", "Tab", "Tab", "Tab", "Tab")
            try tmux.type("CV 12")
            try tmux.waitFor("CV 12")
            try tmux.send("C-s")
            let failed = try tmux.waitFor("Chưa lưu")
            #expect(failed.contains("Ctrl-G để đến ô lỗi"), "\(tmux.framed(failed))")
            #expect(failed.contains("✗ chưa có ý kiến nào"), "\(tmux.framed(failed))")
            try tmux.type("/BC")
            let typed = try tmux.waitFor("CV 12/BC")
            #expect(Self.row(typed, "Số văn bản").contains("CV 12/BC"), "\(tmux.framed(typed))")
            // Ctrl-G: to the field in error (the tick box); Space ticks it; Ctrl-S saves.
            try tmux.send("C-g")
            try tmux.send("Space")
            try tmux.waitFor("[x]")
            try tmux.send("C-s")
            try tmux.waitFor("Đã lưu báo cáo")
        }
    }

    @Test("Ctrl-S in the item editor with the report's unit empty: the next words stay in the item; Ctrl-G goes to the unit")
    func failedSaveFromItemEditor() throws {
        try Self.onNewReportForm { tmux, _ in
            for _ in 0..<8 { try tmux.send("Tab") }
            try tmux.send("a")
            try tmux.waitFor("Chủ đề *")
            try tmux.send("Enter")
            try tmux.waitFor("Gõ để lọc")
            try tmux.type("tien luong")
            try tmux.send("Enter")
            try tmux.waitUntilGone("Gõ để lọc")
            try tmux.send("Tab")
            try tmux.type("Công nhân lo lắng về lương")
            try tmux.waitFor("lo lắng về lương")
            try tmux.send("C-s")
            let failed = try tmux.waitFor("Chưa lưu")
            #expect(failed.contains("báo cáo còn ô chưa đúng (Đơn vị)") && failed.contains("Ctrl-G"), "\(tmux.framed(failed))")
            #expect(failed.contains("Esc về báo cáo"), "Esc is on the hint line at 80 columns:\n\(tmux.framed(failed))")
            // Still in the item: the words typed next join its content, nothing runs as a command.
            try tmux.type(" tháng 13")
            let typed = try tmux.waitFor("lo lắng về lương tháng 13")
            #expect(Self.row(typed, "Nội dung").contains("lương tháng 13"), "\(tmux.framed(typed))")
            // Ctrl-G: the item is kept and the cursor is on the report's unit, which opens its list.
            try tmux.send("C-g")
            try tmux.waitFor("Ý kiến (1)", timeout: 10)
            try tmux.type("bien hoa")
            try tmux.waitFor("Gõ để lọc")
        }
    }

    @Test("the phone-in form's bar shows its keys; Esc goes back to the inbox it was opened from")
    func phoneInFromInbox() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("C-n")
        let form = try tmux.waitFor("Ghi nhận nhanh điểm nóng")
        let bar = form.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bar.contains("Ctrl-S lưu") && bar.contains("Esc hủy") && !bar.contains("a Tiếp nhận"), "\(tmux.framed(form))")
        try tmux.send("Escape")
        let back = try tmux.waitUntilGone("Ghi nhận nhanh điểm nóng")
        #expect(back.contains("Ngày nhận") && back.contains("Kênh"), "Esc did not go back to the inbox:\n\(tmux.framed(back))")
    }

    @Test("the hint names Enter by the field: choose on a choice, a new line on the summary, and Enter does that")
    func enterHintFollowsField() throws {
        try Self.onNewReportForm { tmux, unit in
            #expect(unit.contains("Enter chọn"), "the unit is a choice:\n\(tmux.framed(unit))")
            // Unit, period, kind, channel, received, document number: the summary is the seventh field.
            try tmux.send("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
            let summary = try tmux.waitFor("Enter xuống dòng")
            #expect(!summary.contains("Enter chọn") && !summary.contains("Tab/↑↓"), "\(tmux.framed(summary))")
            try tmux.type("Dòng một")
            try tmux.send("Enter")
            try tmux.type("dòng hai")
            let typed = try tmux.waitFor("dòng hai")
            #expect(Self.row(typed, "Tóm tắt").contains("Dòng một") && !Self.row(typed, "Tóm tắt").contains("dòng hai"), "\(tmux.framed(typed))")
        }
    }
}
