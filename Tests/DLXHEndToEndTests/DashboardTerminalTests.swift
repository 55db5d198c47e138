import Foundation
import Testing

/// The submission dashboard in a real terminal, on the 21st: the day after the deadline, when the
/// board starts calling the units that have not reported.
@Suite("Submission dashboard in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DashboardTerminalTests {
    static let today = "2026-11-21"

    func status(_ store: URL) throws -> [[String: Any]] {
        let result = try Dlxh.run(["status", "--store", store.path, "--today", Self.today, "--format", "json"])
        return try jsonObject(result.stdoutData) as! [[String: Any]]
    }

    /// The unit names in the owing list on screen. A long name is cut to its column with "…", so
    /// a row is known by the name's first 32 characters (enough to tell the demo's units apart).
    func owingNames(_ screen: String, known: [String]) -> Set<String> {
        Set(known.filter { name in screen.split(separator: "\n").contains { rowShows(String($0), name) } })
    }

    func rowShows(_ line: String, _ name: String) -> Bool { line.hasPrefix(" " + String(Self.shortName(name).prefix(32))) }

    /// A unit's name as the lists show it: without the "Công đoàn" (or "LĐLĐ") every row repeats.
    static func shortName(_ name: String) -> String {
        for prefix in ["Công đoàn các ", "Công đoàn ", "LĐLĐ "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    @Test("the owing list is exactly status's missing; record one (now late), exempt another (now not required)")
    func owingRecordExempt() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let before = try status(store)
        let names = before.compactMap { $0["name"] as? String }
        let missing = before.filter { $0["state"] as? String == "missing" }
        #expect(missing.count >= 2, "the demo leaves some units missing on the 21st")
        let missingNames = Set(missing.compactMap { $0["name"] as? String })

        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 160, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        try tmux.waitFor("Ma trận 12 tháng")
        try tmux.send("v")
        let list = try tmux.waitFor("Liên hệ")
        #expect(owingNames(list, known: names) == missingNames, "\(tmux.framed(list))")
        #expect(list.contains("quá hạn 1 ngày"))

        // Record the first one's report, just received by phone.
        let first = try #require(list.split(separator: "\n").first { line in missingNames.contains { rowShows(String(line), $0) } })
        let recorded = try #require(missingNames.first { rowShows(String(first), $0) })
        try tmux.send("n")
        try tmux.waitFor("Nhập báo cáo mới")
        try tmux.send("Tab", "Tab")  // received date (today) → document number → summary
        try tmux.type("Báo cáo qua điện thoại: tình hình tư tưởng CNLĐ ổn định")
        try tmux.send("C-s")
        try tmux.waitFor("Đã lưu báo cáo")
        let after = try tmux.waitFor("Liên hệ")
        #expect(!owingNames(after, known: names).contains(recorded), "\(tmux.framed(after))")
        let recordedRow = try #require(try status(store).first { $0["name"] as? String == recorded })
        #expect(recordedRow["state"] as? String == "late")
        #expect(recordedRow["daysLate"] as? Int == 1)

        // Exempt the next one, with a reason.
        let next = try #require(owingNames(after, known: names).sorted().first)
        let lines = after.split(separator: "\n").map(String.init)
        let rowsStart = try #require(lines.firstIndex { $0.contains("Liên hệ") })
        let target = try #require(lines.firstIndex { rowShows($0, next) })
        try tmux.send("g")
        for _ in 0..<(target - rowsStart - 1) { try tmux.send("Down") }
        try tmux.send("x")
        try tmux.waitFor("Lý do miễn nộp")
        try tmux.type("Đơn vị đang sáp nhập theo Đề án sắp xếp tổ chức công đoàn")
        try tmux.send("Enter")
        try tmux.waitFor("Đã miễn nộp")
        let exemptedRow = try #require(try status(store).first { $0["name"] as? String == next })
        #expect(exemptedRow["state"] as? String == "notRequired")
        let finalList = try tmux.capture()
        #expect(!owingNames(finalList, known: names).contains(next))
        #expect(owingNames(finalList, known: names) == missingNames.subtracting([recorded, next]))

        // The exemption is audited with its reason.
        let roster = try String(contentsOf: store.appendingPathComponent("roster.json"), encoding: .utf8)
        #expect(roster.contains("\"unit.exempt\"") && roster.contains("Đơn vị đang sáp nhập"))
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("the matrix's rates for each month agree with dlxh status")
    func matrixTotals() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        let screen = try tmux.waitFor("Tỷ lệ đúng hạn")
        let lines = screen.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("11/26") && $0.contains("Tỷ lệ") })
        let months = header.matches(of: /(\d\d)\/(\d\d)/).map { "20\($0.2)-\($0.1)" }
        let reported = try #require(lines.first { $0.hasPrefix(" Tỷ lệ đã nộp") }).matches(of: /(\d+)%/).map { Int($0.1)! }
        let onTime = try #require(lines.first { $0.hasPrefix(" Tỷ lệ đúng hạn") }).matches(of: /(\d+)%/).map { Int($0.1)! }
        #expect(months.count >= 10 && reported.count == months.count + 1 && onTime.count == months.count + 1)
        for (i, month) in months.enumerated() {
            let rows = try Dlxh.run(["status", "--store", store.path, "--today", Self.today, "--period", month, "--format", "json"])
            let states = (try jsonObject(rows.stdoutData) as! [[String: Any]]).compactMap { $0["state"] as? String }
            let expected = states.filter { $0 != "notRequired" }.count
            let submitted = states.filter { $0 == "onTime" || $0 == "late" }.count
            let timely = states.filter { $0 == "onTime" }.count
            #expect(reported[i] == Int((Double(submitted) * 100 / Double(expected)).rounded()), "\(month)")
            #expect(onTime[i] == Int((Double(timely) * 100 / Double(expected)).rounded()), "\(month)")
        }
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("m shows the reminder letter at 80×24 before it is written: Esc writes nothing, w asks where and writes it")
    func reminderReadBeforeWritten() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let missing = try status(store).filter { $0["state"] as? String == "missing" }.compactMap { $0["name"] as? String }
        let folder = store.deletingLastPathComponent()
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today], width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("4")
        try tmux.waitFor("Ma trận 12 tháng")
        try tmux.send("m")
        let preview = try tmux.waitFor("Văn bản nhắc nộp – Tháng 11/2026, \(missing.count) đơn vị chưa nộp")
        #expect(preview.contains("Kính gửi:") && preview.contains("w ghi ra tệp") && preview.contains("Esc đóng, không ghi"), "\(tmux.framed(preview))")
        // The first unit owing is named in the letter as it will be sent.
        let firstOwing = try #require(missing.first)
        #expect(preview.contains("- \(firstOwing);") || preview.contains(String(firstOwing.prefix(30))), "\(tmux.framed(preview))")
        // Esc: closed, and no file was written anywhere.
        try tmux.send("Escape")
        try tmux.waitUntilGone("Văn bản nhắc nộp – Tháng")
        let written = { (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasPrefix("nhac-nop") } ?? [] }
        #expect(written().isEmpty)
        // m, then w: the file's name is asked (a name of its own is offered); Enter writes it.
        try tmux.send("m")
        try tmux.waitFor("Văn bản nhắc nộp – Tháng 11/2026")
        try tmux.send("w")
        try tmux.waitFor("nhac-nop-bao-cao-2026-11.txt")
        let file = folder.appendingPathComponent("nhac-nop-bao-cao-2026-11.txt")
        try tmux.send("C-u")
        try tmux.waitUntilGone("nhac-nop-bao-cao-2026-11.txt")
        try tmux.type(file.path)
        try tmux.send("Enter")
        let done = try tmux.waitFor("Đã ghi tệp /", timeout: 30)
        #expect(done.contains("nhac-nop-bao-cao-2026-11.txt"), "\(tmux.framed(done))")
        let letter = try String(contentsOf: file, encoding: .utf8)
        for name in missing { #expect(letter.contains("- \(name);"), "\(name)") }
    }
}
