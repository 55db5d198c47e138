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

    @Test("issuing numbers the report, lists it in the register, and --reissue writes the same bytes (md and docx)")
    func issueAndReissue() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        // Before issuing, the number is left blank.
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
        let second = try Self.issue(store, ["--format", "docx", "-o", docx.path])
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

    @Test("two staff issuing at the same moment get distinct numbers")
    func concurrentIssues() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses: [Int32] = Array(repeating: -1, count: 4)
        for i in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? Dlxh.run(
                    ["report", "--store", store.path, "--today", Self.today, "--period", "2026-10", "--issue", "--staff", "Cán bộ \(i)"], environment: ["DLXH_LOCK_WAIT": "60"])
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
