import Foundation
import Testing

/// Issue 14 as a tester met it in the hot-spot area: the command line's count, the list at 80
/// columns, going back to the record after Ctrl-N, a long account in the phone-in form, and
/// hints that offer only what can be done. Each step waits for the screen, never for time.
@Suite("Hot spots: counts, widths, going back (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HotSpotLayoutTerminalTests {
    static let today = "2026-11-24"

    static func spots(_ store: URL) throws -> [[String: Any]] {
        let result = try Dlxh.run(["hotspots", "--store", store.path, "--today", today, "--format", "json"])
        guard result.status == 0 else { throw Dlxh.Failure(result.stderr) }
        return try jsonObject(result.stdoutData) as! [[String: Any]]
    }

    static func alerts(_ spot: [String: Any]) -> [[String: Any]] { spot["alerts"] as? [[String: Any]] ?? [] }

    @Test("dlxh hotspots: the footer counts open hot spots and those with anything overdue, as the JSON and the interface's badge do")
    func footerCountsHotSpots() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let spots = try Self.spots(store)
        let open = spots.count
        let overdue = spots.filter { Self.alerts($0).contains { $0["overdue"] as? Bool == true } }.count
        let allAlerts = spots.map { Self.alerts($0).count }.reduce(0, +)
        let overdueAlerts = spots.map { Self.alerts($0).filter { $0["overdue"] as? Bool == true }.count }.reduce(0, +)
        // The store has spots with several alerts, so counting alerts would give other numbers.
        try #require(allAlerts != open && overdueAlerts != overdue, "the demo store no longer tells the two counts apart")

        let vi = try Dlxh.run(["hotspots", "--store", store.path, "--today", Self.today])
        #expect(vi.status == 0, "\(vi.stderr)")
        let viFooter = vi.stdout.split(separator: "\n").last.map(String.init)
        #expect(viFooter == "⚠ Điểm nóng \(open) (\(overdue) quá hạn)", "\(vi.stdout)")
        let en = try Dlxh.run(["hotspots", "--store", store.path, "--today", Self.today, "--lang", "en"])
        #expect(en.stdout.split(separator: "\n").last.map(String.init) == "⚠ Hot spots \(open) (\(overdue) overdue)", "\(en.stdout)")
        // As many table rows as hot spots counted.
        #expect(vi.stdout.split(separator: "\n").filter { $0.hasPrefix("HS-") }.count == open)

        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Ngày nhận")
        #expect(screen.split(separator: "\n").first?.hasSuffix("⚠ Điểm nóng \(open) (\(overdue) quá hạn)") == true, "\(tmux.framed(screen))")
    }

    /// The list's lines, from under its header to the rule above the selected spot's summary.
    static func listLines(_ screen: String, header: String) throws -> (header: String, rows: [String], after: [String]) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = try #require(lines.firstIndex { $0.contains(header) }, "\(screen)")
        let rule = lines[(top + 1)...].firstIndex { $0.hasPrefix(" ─") } ?? lines.count
        return (lines[top], Array(lines[(top + 1)..<rule]).filter { !$0.isEmpty }, Array(lines[rule...]))
    }

    /// The words a list line cuts with "…": each must be a whole word of one of `names`.
    static func cutWords(_ line: String) -> [String] {
        line.split(separator: "…", omittingEmptySubsequences: false).dropLast().compactMap { part in
            part.split(separator: " ").last.map(String.init)
        }
    }

    @Test("80×24: no name cut inside a word, every alert says what is owed, the selected spot's enterprise and unit in full under the list; 120 columns in English: alerts keep their reason")
    func listAt80() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let spots = try Self.spots(store)
        let words = Set(spots.flatMap { ($0["enterprise"] as! String).split(separator: " ").map(String.init) })
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("3")
        let screen = try tmux.waitFor("Lọc:")
        let list = try Self.listLines(screen, header: "Cảnh báo")
        #expect(list.header.contains("Doanh nghiệp") && list.header.contains("Tình trạng"), "\(tmux.framed(screen))")
        #expect(list.rows.count == spots.count, "\(tmux.framed(screen))")
        for row in list.rows {
            for word in Self.cutWords(row) {
                #expect(words.contains(word), "“\(word)…” is not a whole word of a name: \(row)")
            }
            if row.contains("✗ quá hạn") || row.contains(" còn ") {
                #expect(row.contains(" · "), "the alert does not say what is owed: \(row)")
            }
        }
        let first = spots[0]
        let unit = try Dlxh.unitName(store, first["unit"] as! String)
        let summary = list.after.joined(separator: "\n")
        #expect(summary.contains("\(first["id"] as! String) · \(first["enterprise"] as! String) · \(unit)"), "\(tmux.framed(screen))")

        // Down: the summary follows the selection.
        try tmux.send("Down")
        let second = spots[1]
        try tmux.waitFor("\(second["id"] as! String) · \(second["enterprise"] as! String)")

        // English at 120 columns: the alert keeps its reason.
        let english = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today, "--lang", "en"], width: 120, height: 30)
        defer { english.kill() }
        try english.waitFor("Received")
        try english.send("3")
        let wide = try english.waitFor("Filter:")
        let rows = try Self.listLines(wide, header: "Alert").rows
        #expect(rows.filter { $0.contains("✗ overdue") }.count == spots.filter { Self.alerts($0).contains { $0["overdue"] as? Bool == true } }.count)
        for row in rows where row.contains("✗ overdue") || row.contains(" left") {
            #expect(row.firstMatch(of: /(overdue \d+ (d|h|min)|\d+ (d|h|min) left) · \w/) != nil, "the alert lost its reason: \(row)")
        }
    }

    @Test("in a hot spot's record, Ctrl-N then Esc comes back to that record, not to the list")
    func backToTheRecord() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let id = try #require(try Self.spots(store).first?["id"] as? String)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("3")
        try tmux.waitFor("Lọc:")
        try tmux.send("Enter")
        let record = try tmux.waitFor("Esc Quay lại")
        #expect(record.split(separator: "\n").dropFirst(2).first?.hasPrefix(" \(id) · ") == true, "\(tmux.framed(record))")
        try tmux.send("C-n")
        try tmux.waitFor("Ghi nhận nhanh điểm nóng")
        try tmux.send("Escape")
        let back = try tmux.waitUntilGone("Ghi nhận nhanh điểm nóng")
        #expect(back.split(separator: "\n").dropFirst(2).first?.hasPrefix(" \(id) · ") == true, "\(tmux.framed(back))")
        #expect(!back.contains("Lọc:"), "landed on the list:\n\(tmux.framed(back))")
        #expect(back.contains("Esc Quay lại"), "\(tmux.framed(back))")
    }

    @Test("the phone-in form's “Sự việc” shows a long account whole, also when the focus has moved on")
    func longAccount() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("C-n")
        try tmux.waitFor("Ghi nhận nhanh điểm nóng")
        try tmux.type("nhon trach")
        try tmux.waitFor(try Dlxh.unitName(store, "nhon-trach"))
        try tmux.send("Enter")
        try tmux.waitUntilGone("Gõ để lọc")
        try tmux.send("Tab")
        try tmux.type("Công ty TNHH Điện tử Sao Mai")
        try tmux.send("Tab", "Tab")
        let account = "Khoảng 850 công nhân ngừng việc tập thể từ 7 giờ sáng, đòi trả lương tháng 10 và tháng 11 còn nợ, tập trung trước cổng công ty"
        try tmux.type(account)
        try tmux.waitFor("cổng công ty")
        try tmux.send("Tab")  // on to the workers: the account stays readable
        let screen = try tmux.waitUntil("the account shown whole") { screen in
            screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                .split(separator: " ").joined(separator: " ").contains(account)
        }
        #expect(!screen.contains("…"), "\(tmux.framed(screen))")
        try tmux.type("850")
        try tmux.send("C-s")
        try tmux.waitFor("Đã tạo điểm nóng")
        #expect(try Self.spots(store).contains { $0["title"] as? String == account })
    }

    @Test("a record offers `a` only until it is acknowledged; the written-report choice says the number is recorded")
    func offersOnlyWhatCanBeDone() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let spots = try Self.spots(store)
        let index = try #require(spots.firstIndex { Self.alerts($0).contains { $0["kind"] as? String == "acknowledge" } })
        let id = spots[index]["id"] as! String
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 120, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("3")
        try tmux.waitFor("Lọc:")
        for _ in 0..<index { try tmux.send("Down") }
        try tmux.waitFor("\(id) · \(spots[index]["enterprise"] as! String)")  // the summary of the selected one
        try tmux.send("Enter")
        let before = try tmux.waitFor("Esc Quay lại")
        #expect(before.contains(" \(id) · "), "\(tmux.framed(before))")
        #expect(before.split(separator: "\n").last?.contains("a Tiếp nhận") == true, "\(tmux.framed(before))")
        try tmux.send("a")
        try tmux.waitFor("Đã lưu điểm nóng \(id)")
        let after = try tmux.waitUntil("the hint without a") { !($0.split(separator: "\n").last?.contains("a Tiếp nhận") ?? true) }
        #expect(after.split(separator: "\n").last?.contains("Esc Quay lại") == true, "\(tmux.framed(after))")

        try tmux.send("w")
        let picker = try tmux.waitFor("Đã nhận, chưa có trong hộp thư")
        #expect(picker.contains("(ghi thời điểm, số văn bản)"), "\(tmux.framed(picker))")
        #expect(!picker.contains("chỉ ghi thời điểm"))
    }
}
