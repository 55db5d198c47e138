import DLXHDomain
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Typing a received report in, in Vietnamese, in a real terminal — and never losing a word.
@Suite("Entry form in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EntryTerminalTests {
    static let first = "Người lao động bức xúc vì nợ lương, nợ BHXH kéo dài"
    /// The same kind of sentence with one word sent decomposed (base letters + combining marks),
    /// as some input methods send it.
    static let secondTyped = "Lao động nữ " + "lắng".decomposedStringWithCanonicalMapping + " lo về chế độ thai sản"
    static let secondStored = "Lao động nữ lắng lo về chế độ thai sản"

    func statusRow(_ store: URL, unit: String) throws -> [String: Any] {
        let result = try Dlxh.run(["status", "--store", store.path, "--today", "2026-11-24", "--format", "json"])
        let rows = try jsonObject(result.stdoutData) as! [[String: Any]]
        return rows.first { $0["unit"] as? String == unit }!
    }

    @Test("enter a report for a unit that has not submitted, two Vietnamese items; inbox, status and export agree")
    func enterReport() throws {
        #expect(!Self.secondTyped.unicodeScalars.elementsEqual(Self.secondStored.unicodeScalars), "the typed text really is decomposed")
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        // A unit that has not sent this month's report, as the store the test made has it.
        let status = try Dlxh.run(["status", "--store", store.path, "--today", "2026-11-24", "--format", "json"])
        let missing = try #require((try jsonObject(status.stdoutData) as! [[String: Any]]).first { $0["state"] as? String == "missing" })
        let unitID = try #require(missing["unit"] as? String)
        let unitName = try #require(missing["name"] as? String)

        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("2")
        try tmux.waitFor("Nhập báo cáo mới")
        try tmux.send("n")
        try tmux.waitFor("Nhập báo cáo mới")
        let typed = Text.fold(unitName).replacingOccurrences(of: "cong doan ", with: "")
        try tmux.type(typed)
        try tmux.waitFor("Gõ để lọc: \(typed)")
        try tmux.send("Enter")
        try tmux.waitFor("\(unitName) ▾")
        // The choice keeps the focus on the unit; past the period, kind, channel and the
        // received date (defaults: this month, periodic, document, today) to the document number.
        for _ in 0..<5 { try tmux.send("Tab") }
        try tmux.type("45/BC-LĐLĐ")
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.waitFor("Tab để đến danh sách")

        // First item: topic by type-ahead, the content typed in Vietnamese.
        try tmux.send("a")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("tien luong")
        try tmux.send("Enter", "Tab")  // chosen; on to the content
        try tmux.type(Self.first)
        try tmux.waitFor("nợ BHXH kéo dài")
        try tmux.send("Escape")  // back to the report; the item is kept
        try tmux.waitFor("Ý kiến (1)")

        try tmux.send("a")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("bhxh")
        try tmux.send("Enter", "Tab")
        try tmux.type(Self.secondTyped)
        try tmux.waitFor("chế độ thai sản")
        try tmux.send("C-s")
        let saved = try tmux.waitFor("Đã lưu báo cáo")
        let id = try #require(saved.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })

        // The inbox lists it first (newest received).
        try tmux.send("1")
        let inbox = try tmux.waitFor("Ngày nhận")
        let firstRow = inbox.split(separator: "\n")[3]
        #expect(firstRow.contains("24/11/2026") && firstRow.contains(String(unitName.replacingOccurrences(of: "Công đoàn ", with: "").prefix(18))) && firstRow.contains("Định kỳ"), "\(firstRow)")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        // Received on the 24th for a report due on the 20th: late by 4 days, at once.
        let row = try statusRow(store, unit: unitID)
        #expect(row["state"] as? String == "late")
        #expect(row["daysLate"] as? Int == 4)
        #expect(row["receivedOn"] as? String == "2026-11-24")

        // The export holds exactly what was typed, in NFC.
        let exported = try Dlxh.run(["export", "--store", store.path, "--unit", unitID, "--period", "2026-11"])
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        let report = try #require(reports.first { $0["id"] as? String == id })
        #expect(report["documentNumber"] as? String == "45/BC-LĐLĐ")
        let items = report["items"] as! [[String: Any]]
        #expect(items.count == 2)
        let contents = items.compactMap { $0["content"] as? String }
        #expect(contents.count == 2)
        if contents.count == 2 {
            #expect(contents[0].unicodeScalars.elementsEqual(Self.first.precomposedStringWithCanonicalMapping.unicodeScalars))
            #expect(contents[1].unicodeScalars.elementsEqual(Self.secondStored.unicodeScalars), "stored NFC: \(Array(contents[1].unicodeScalars))")
        }
        #expect(items[0]["topic"] as? String == "wages")
        #expect(items[1]["topic"] as? String == "insurance")
        // The raw file too: no decomposed sequence anywhere.
        let raw = try Data(contentsOf: store.appendingPathComponent("reports/2026/2026-11.json"))
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("kill -9 while typing an item; the next start offers the draft with the text typed a second before")
    func draftSurvivesKill() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("2")
        try tmux.send("n")
        try tmux.waitFor("Nhập báo cáo mới")
        // The first unit on the roster, as the store the test made has it.
        let first = try #require(try Dlxh.units(store).first?["name"] as? String)
        try tmux.type(Text.fold(first).replacingOccurrences(of: "cong doan ", with: ""))
        try tmux.send("Enter")
        for _ in 0..<8 { try tmux.send("Tab") }
        try tmux.send("a")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("viec lam")
        try tmux.send("Enter", "Tab")
        let typed = "Công nhân lo mất việc khi đơn hàng giảm"
        try tmux.type(typed)
        try tmux.waitFor("đơn hàng giảm")
        // The draft is written within about a second of typing.
        let draftFile = store.appendingPathComponent("drafts/le-thi-thu-ha.json")
        _ = try tmux.waitUntil("the draft on disk holds the text", timeout: 5) { _ in
            ((try? String(contentsOf: draftFile, encoding: .utf8)) ?? "").contains(typed)
        }
        let pid = try tmux.dlxhPID()
        kill(pid, SIGKILL)
        _ = try tmux.waitForExit()

        let again = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 100, height: 30)
        defer { again.kill() }
        try again.waitFor("Mở lại để nhập tiếp?")
        try again.send("c")
        let restored = try again.waitFor(typed)
        #expect(restored.contains("Ý kiến mới"), "the item editor is open again")
        try again.send("C-s")
        try again.waitFor("Đã lưu báo cáo")
        try again.send("1")
        // The inbox names units without the "Công đoàn" every row repeats.
        try again.waitFor(first.replacingOccurrences(of: "Công đoàn ", with: ""))
        try again.send("q")
        _ = try again.waitForExit()
        #expect(!((try? String(contentsOf: draftFile, encoding: .utf8)) ?? "").contains(typed), "the draft is cleared once saved")
    }
}
