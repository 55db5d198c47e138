import Foundation
import Testing

/// `dlxh report --issue`, `dlxh register` and `dlxh report --reissue`: the number is given when
/// the report is issued, kept with the date and recipients, and the report issued again is the
/// same bytes whatever the store holds since.
@Suite("Register of issued reports (CLI)", .serialized)
struct RegisterCommandTests {
    static let today = "2026-11-24"

    static func issue(_ store: URL, _ extra: [String] = []) throws -> Dlxh.Result {
        try Dlxh.run(["report", "--store", store.path, "--today", today, "--period", "2026-10", "--issue"] + extra)
    }

    /// October's staff-written parts, as the preview's editor saves them (register/2026.json,
    /// Docs/STORE.md): a report is issued only with its four parts written.
    static func writeParts(_ store: URL) throws {
        let folder = store.appendingPathComponent("register")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let json = """
            {"schema": "dlxh.register", "version": 1, "year": 2026, "lastNumber": 0, "issued": [], "audit": [],
             "parts": [{"period": "2026-10", "assessment": "Tư tưởng CNLĐ ổn định.", "causes": "Đơn hàng giảm.",
                        "forecast": "Lo lắng về thưởng Tết.", "tasks": "- Nắm tình hình doanh nghiệp nợ lương."}]}
            """
        let file = folder.appendingPathComponent("2026.json")
        try Data(json.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }

    @Test("issuing numbers the report, lists it in the register, and --reissue writes the same bytes (md and docx)")
    func issueAndReissue() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        // Before issuing, the number is left blank.
        try Self.writeParts(store)
        let draft = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-10"])
        #expect(draft.stdout.contains("Số: …/BC-LĐLĐ"))
        #expect(draft.stdout.contains("(Kèm theo Báo cáo số …/BC-LĐLĐ, ngày 24/11/2026)"))

        let md = folder.appendingPathComponent("bc-1.md")
        let first = try Self.issue(store, ["--recipients", "Ban Tuyên giáo Tỉnh ủy; Tổng LĐLĐ Việt Nam", "-o", md.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Đã ban hành báo cáo 1/BC-LĐLĐ (sổ đăng ký: 1/2026)."), "\(first.stderr)")
        let issuedText = try String(contentsOf: md, encoding: .utf8)
        #expect(issuedText.contains("Số: 1/BC-LĐLĐ"))
        #expect(issuedText.contains("(Kèm theo Báo cáo số 1/BC-LĐLĐ, ngày 24/11/2026)"))
        #expect(issuedText.contains("- Ban Tuyên giáo Tỉnh ủy;\n") || issuedText.contains("- Ban Tuyên giáo Tỉnh ủy;"))

        let docx = folder.appendingPathComponent("bc-2.docx")
        let second = try Self.issue(store, ["--format", "docx", "-o", docx.path, "--again"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("2/BC-LĐLĐ"))

        // The store changes after issuing: an item edited is not in the report issued again.
        let list = try Dlxh.run(["register", "--store", store.path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["1/2026", "2/2026"])
        #expect(rows.first?["recipients"] as? [String] == ["Ban Tuyên giáo Tỉnh ủy", "Tổng LĐLĐ Việt Nam"])
        #expect(rows.first?["issuedOn"] as? String == "2026-11-24")
        #expect(rows.first?["period"] as? String == "2026-10")
        let table = try Dlxh.run(["register", "--store", store.path])
        #expect(table.stdout.contains("1/BC-LĐLĐ") && table.stdout.contains("Tháng 10/2026"), "\(table.stdout)")

        let again = try Dlxh.run(["report", "--store", store.path, "--today", "2026-12-30", "--reissue", "1/2026"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdoutData == (try Data(contentsOf: md)))
        let docxAgain = folder.appendingPathComponent("bc-2-again.docx")
        let reissued = try Dlxh.run([
            "report", "--store", store.path, "--today", "2026-12-30", "--reissue", "2/2026", "--format", "docx", "-o", docxAgain.path,
        ])
        #expect(reissued.status == 0, "\(reissued.stderr)")
        #expect(try Data(contentsOf: docxAgain) == (try Data(contentsOf: docx)))
        // A number never given is refused.
        let unknown = try Dlxh.run(["report", "--store", store.path, "--reissue", "7/2026"])
        #expect(unknown.status != 0 && unknown.stderr.contains("7/2026"))
        #expect(try Dlxh.run(["check", "--store", store.path]).status == 0)
    }

    @Test("no number is used up by a mistake: unwritten parts, a period not begun, a period issued before (unless --again) are refused")
    func refusals() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let unwritten = try Self.issue(store)
        #expect(unwritten.status != 0)
        #expect(unwritten.stderr.contains("Chưa viết: Đánh giá chung, Nguyên nhân, Dự báo tình hình, Nhiệm vụ trọng tâm tháng tới"), "\(unwritten.stderr)")
        try Self.writeParts(store)
        let future = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-12", "--issue"])
        #expect(future.status != 0 && future.stderr.contains("Kỳ 2026-12 chưa bắt đầu"), "\(future.stderr)")
        #expect(try Self.issue(store).status == 0)
        let twice = try Self.issue(store)
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("đã ban hành báo cáo 1/BC-LĐLĐ") && twice.stderr.contains("--reissue 1/2026"), "\(twice.stderr)")
        let english = try Self.issue(store, ["--lang", "en"])
        #expect(english.stderr.contains("was issued as 1/BC-LĐLĐ"), "\(english.stderr)")
        // Only the one number was given; a replacement asked for gets the next.
        let replacement = try Self.issue(store, ["--again"])
        #expect(replacement.status == 0 && replacement.stderr.contains("2/BC-LĐLĐ"), "\(replacement.stderr)")
        let list = try Dlxh.run(["register", "--store", store.path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["number"] as? Int } == [1, 2])
        #expect(try Dlxh.run(["check", "--store", store.path]).status == 0)
    }

    @Test("two staff issuing at the same moment get distinct numbers")
    func concurrentIssues() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        try Self.writeParts(store)
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses: [Int32] = Array(repeating: -1, count: 4)
        for i in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? Dlxh.run(
                    ["report", "--store", store.path, "--today", Self.today, "--period", "2026-10", "--issue", "--again", "--staff", "Cán bộ \(i)"], environment: ["DLXH_LOCK_WAIT": "60"])
                statuses[i] = result?.status ?? -2
                group.leave()
            }
        }
        group.wait()
        #expect(statuses == [0, 0, 0, 0])
        let list = try Dlxh.run(["register", "--store", store.path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["number"] as? Int }.sorted() == [1, 2, 3, 4])
        #expect(Set(rows.compactMap { $0["issuedBy"] as? String }).count == 4)
    }
}
