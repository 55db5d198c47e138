import Foundation
import Testing

/// Two staff, two real terminals, one store: an editor saves only what its person changed, so
/// the other's saved change is never reverted; the same field changed by both is put to the
/// person who saves second, with both values, and the store holds what they chose. Every test runs
/// in both orders (each staff member in each role).
@Suite("Two staff on one record, in two terminals (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TwoStaffTerminalTests {
    static let orders: [(String, String)] = [("Phạm Thị An", "Trần Văn Bình"), ("Trần Văn Bình", "Phạm Thị An")]

    func terminal(_ store: URL, _ staff: String) throws -> TmuxSession {
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24", "--staff", staff], width: 100, height: 30)
        try tmux.waitFor("Ngày nhận")
        return tmux
    }

    func exported(_ store: URL) throws -> [String: Any] {
        try jsonObject(try Dlxh.run(["export", "--store", store.path, "--today", "2026-11-24"]).stdoutData) as! [String: Any]
    }

    func stored(_ store: URL, _ path: String) throws -> [String: Any] {
        try jsonObject(try Data(contentsOf: store.appendingPathComponent(path))) as! [String: Any]
    }

    func quit(_ terminals: TmuxSession...) throws {
        for tmux in terminals {
            try tmux.send("C-c")
            if (try? tmux.waitFor("Thoát", timeout: 1)) != nil { try tmux.send("y") }
            _ = try tmux.waitForExit()
        }
    }

    /// Opens the inbox's first report in the editor and moves to "Số văn bản"; returns its id.
    func editFirstReport(_ tmux: TmuxSession) throws -> String {
        try tmux.send("1")
        try tmux.waitFor("Ngày nhận")
        try tmux.send("g", "Enter")
        try tmux.waitFor("Ý kiến (")
        try tmux.send("E")
        let form = try tmux.waitFor("Sửa báo cáo")
        for _ in 0..<5 { try tmux.send("Tab") }
        return try #require(form.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
    }

    @Test("report: one edits, the other reclassifies an item meanwhile, the editor saves: both changes stay", arguments: orders)
    func reportWithoutConflict(editorName: String, otherName: String) throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let editor = try terminal(store, editorName)
        let other = try terminal(store, otherName)
        defer { editor.kill(); other.kill() }

        let id = try editFirstReport(editor)
        try editor.type(" sửa")
        try other.send("g", "Enter")
        try other.waitFor(id)
        let reports = try exported(store)["reports"] as! [[String: Any]]
        let before = (reports.first { $0["id"] as? String == id }!["items"] as! [[String: Any]])[0]["attitude"] as! String
        let (typed, wanted) = before == "opposed" ? ("chua ro", "unclear") : ("phan doi", "opposed")
        try other.send("a")
        try other.waitFor("Gõ để lọc")
        try other.type(typed)
        try other.send("Enter")
        try other.waitFor("Đã lưu thay đổi 1 ý kiến")

        try editor.send("C-s")
        try editor.waitFor("Đã lưu báo cáo \(id)")
        try quit(editor, other)

        let file = try exported(store)
        let report = (file["reports"] as! [[String: Any]]).first { $0["id"] as? String == id }!
        #expect((report["items"] as! [[String: Any]])[0]["attitude"] as? String == wanted, "the other's change is kept")
        #expect((report["documentNumber"] as? String ?? "").hasSuffix(" sửa"), "the editor's change is saved")
        let audit = (file["audit"] as? [[String: Any]] ?? []).filter { ($0["target"] as? String ?? "").hasPrefix(id) }
        let byEditor = audit.filter { $0["by"] as? String == editorName }
        #expect(byEditor.count == 1)
        #expect(byEditor.allSatisfy { !($0["detail"] as? String ?? "").contains("attitude") }, "\(byEditor)")
    }

    @Test("report: both change the document number; the second to save sees both values and chooses", arguments: orders)
    func reportConflict(firstName: String, secondName: String) throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let first = try terminal(store, firstName)
        let second = try terminal(store, secondName)
        defer { first.kill(); second.kill() }
        let id = try editFirstReport(first)
        _ = try editFirstReport(second)
        try first.type(" X1")
        try second.type(" X2")
        try first.send("C-s")
        try first.waitFor("Đã lưu báo cáo \(id)")
        try second.send("C-s")
        let dialog = try second.waitFor("Người khác đã sửa cùng nội dung")
        #expect(dialog.contains("Số văn bản"))
        #expect(dialog.contains("Của \(firstName)") && dialog.contains(" X1"))
        #expect(dialog.contains("Của tôi") && dialog.contains(" X2"))
        // The first order keeps the second person's value, the other keeps the first's.
        let keepMine = firstName == Self.orders[0].0
        if keepMine { try second.send("Space") }
        try second.send("Enter")
        try second.waitFor("Đã lưu báo cáo \(id)")
        try quit(first, second)

        let file = try exported(store)
        let report = (file["reports"] as! [[String: Any]]).first { $0["id"] as? String == id }!
        #expect((report["documentNumber"] as? String ?? "").hasSuffix(keepMine ? " X2" : " X1"))
        let bySecond = (file["audit"] as? [[String: Any]] ?? []).filter { $0["target"] as? String == id && $0["by"] as? String == secondName }
        #expect(bySecond.count == (keepMine ? 1 : 0), "no audit entry names a person for a change they did not make: \(bySecond)")
    }

    /// Opens the first hot spot's record form and moves to "Ngành nghề"; returns the id.
    func editFirstHotSpot(_ tmux: TmuxSession) throws -> String {
        try tmux.send("3")
        try tmux.waitFor("Lọc:")
        try tmux.send("g", "Enter")
        try tmux.send("E")
        let form = try tmux.waitFor("Hồ sơ điểm nóng")
        for _ in 0..<4 { try tmux.send("Tab") }
        return try #require(form.firstMatch(of: /HS-\d{4}-\d{3}/).map { String($0.output) })
    }

    func hotSpot(_ store: URL, _ id: String) throws -> [String: Any] {
        let file = try stored(store, "hotspots/\(id.dropFirst(3).prefix(4)).json")
        return (file["hotSpots"] as! [[String: Any]]).first { $0["id"] as? String == id }!
    }

    @Test("hot spot: one completes the record while the other logs an update; then both edit one field", arguments: orders)
    func hotSpot(editorName: String, otherName: String) throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let editor = try terminal(store, editorName)
        let other = try terminal(store, otherName)
        defer { editor.kill(); other.kill() }

        let id = try editFirstHotSpot(editor)
        try editor.type(" (A)")
        try other.send("3")
        try other.waitFor("Lọc:")
        try other.send("g", "Enter")
        try other.waitFor(id)
        try other.send("c")
        try other.waitFor("Thêm diễn biến")
        try other.type("Đã đối thoại với giám đốc công ty")
        try other.send("Enter")
        try other.waitFor("Đã lưu điểm nóng \(id)")
        try editor.send("C-s")
        try editor.waitFor("Đã lưu điểm nóng \(id)")
        var spot = try hotSpot(store, id)
        #expect(((spot["enterprise"] as! [String: Any])["industry"] as? String ?? "").hasSuffix(" (A)"))
        #expect((spot["timeline"] as! [[String: Any]]).contains { ($0["text"] as? String ?? "").contains("Đã đối thoại với giám đốc") })

        // Now both edit the industry, once the other's screen shows the first save: the other
        // saves first; the editor keeps its own value.
        try other.waitFor(" (A)")
        try other.send("E")
        try other.waitFor("Hồ sơ điểm nóng")
        for _ in 0..<4 { try other.send("Tab") }
        try other.type(" (B)")
        try editor.send("E")
        try editor.waitFor("Hồ sơ điểm nóng")
        for _ in 0..<4 { try editor.send("Tab") }
        try editor.type(" (C)")
        try other.send("C-s")
        try other.waitFor("Đã lưu điểm nóng \(id)")
        try editor.send("C-s")
        let dialog = try editor.waitFor("Người khác đã sửa cùng nội dung")
        #expect(dialog.contains("Ngành nghề") && dialog.contains("Của \(otherName)") && dialog.contains("(A) (B)") && dialog.contains("(A) (C)"))
        try editor.send("m", "Enter")
        try editor.waitFor("Đã lưu điểm nóng \(id)")
        try quit(editor, other)
        spot = try hotSpot(store, id)
        #expect(((spot["enterprise"] as! [String: Any])["industry"] as? String ?? "").hasSuffix(" (A) (C)"))
    }

    /// Opens the roster's first unit in its form.
    func editFirstUnit(_ tmux: TmuxSession, fromRoster: Bool = false) throws {
        if !fromRoster {
            try tmux.send("4")
            try tmux.waitFor("Ma trận 12 tháng")
            try tmux.send("v", "v")
        }
        try tmux.waitFor("Đơn vị kế thừa")
        try tmux.send("g", "Enter")
        try tmux.waitFor("Sửa đơn vị")
    }

    func unit(_ store: URL, _ id: String) throws -> [String: Any] {
        (try stored(store, "roster.json")["units"] as! [[String: Any]]).first { $0["id"] as? String == id }!
    }

    @Test("unit: one edits the contact, the other the phone: both kept; both edit the phone: the second chooses", arguments: orders)
    func unit(firstName: String, secondName: String) throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let first = try terminal(store, firstName)
        let second = try terminal(store, secondName)
        defer { first.kill(); second.kill() }
        let before = try unit(store, "bien-hoa")

        try editFirstUnit(first)
        try editFirstUnit(second)
        for _ in 0..<4 { try first.send("Tab") }
        try first.type(" (liên hệ mới)")
        for _ in 0..<5 { try second.send("Tab") }
        try second.type(" 99")
        try second.send("C-s")
        try second.waitFor("Đã lưu")
        try first.send("C-s")
        try first.waitFor("Đã lưu")
        var after = try unit(store, "bien-hoa")
        #expect(after["contactPerson"] as? String == (before["contactPerson"] as! String) + " (liên hệ mới)")
        #expect(after["phone"] as? String == (before["phone"] as! String) + " 99")

        try editFirstUnit(first, fromRoster: true)
        try second.waitFor("đã tải lại")  // the second has taken in the first's save
        try editFirstUnit(second, fromRoster: true)
        for _ in 0..<5 { try first.send("Tab") }
        for _ in 0..<5 { try second.send("Tab") }
        try first.type("1")
        try second.type("2")
        try first.send("C-s")
        try first.waitUntilGone("Mã đơn vị *")
        try second.send("C-s")
        let dialog = try second.waitFor("Người khác đã sửa cùng nội dung")
        #expect(dialog.contains("phone") || dialog.contains("Điện thoại") || dialog.contains(" 991"))
        try second.send("Enter")  // theirs, as the dialog starts
        try second.waitUntilGone("Người khác đã sửa")
        try quit(first, second)
        after = try unit(store, "bien-hoa")
        #expect(after["phone"] as? String == (before["phone"] as! String) + " 991")
    }
}
