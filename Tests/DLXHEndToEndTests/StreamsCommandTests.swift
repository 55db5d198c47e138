import Foundation
import Testing

/// `dlxh streams` honours its contract: exactly the documented keys, every item of the period's
/// reports in exactly one stream, any period form.
@Suite("dlxh streams")
struct StreamsCommandTests {
    static let keys: Set<String> = ["id", "title", "topic", "confirmed", "units", "items", "firstSeen", "lastSeen"]

    func streams(_ store: URL, _ period: String) throws -> [[String: Any]] {
        let result = try Dlxh.run(["streams", "--store", store.path, "--today", "2026-11-24", "--period", period, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonObject(result.stdoutData) as! [[String: Any]]
    }

    /// Every item of the reports for months inside `period`, as "REPORT/ITEM".
    func itemsOfPeriod(_ store: URL, months: Set<String>) throws -> [String] {
        let exported = try jsonObject(try Dlxh.run(["export", "--store", store.path, "--today", "2026-11-24"]).stdoutData) as! [String: Any]
        var refs: [String] = []
        for report in exported["reports"] as! [[String: Any]] {
            let period = report["period"] as! String
            let month = period.count == 7 ? period : String((report["receivedOn"] as! String).prefix(7))
            guard months.contains(month) else { continue }
            for item in report["items"] as! [[String: Any]] { refs.append("\(report["id"] as! String)/\(item["id"] as! String)") }
        }
        return refs
    }

    @Test("a month and a quarter: exact keys, every item in exactly one stream, months in YYYY-MM", arguments: ["2026-10", "2026-Q3"])
    func contract(period: String) throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let rows = try streams(store, period)
        let months: Set<String> = period == "2026-Q3" ? ["2026-07", "2026-08", "2026-09"] : [period]
        let expected = try itemsOfPeriod(store, months: months)
        #expect(!expected.isEmpty)
        var seen: [String] = []
        for row in rows {
            #expect(Set(row.keys) == Self.keys, "\(row.keys)")
            #expect(row["confirmed"] is Bool)
            let items = row["items"] as! [String]
            #expect(!items.isEmpty)
            seen += items
            let first = row["firstSeen"] as! String
            let last = row["lastSeen"] as! String
            #expect(first.wholeMatch(of: /\d{4}-\d{2}/) != nil && last.wholeMatch(of: /\d{4}-\d{2}/) != nil && first <= last)
            #expect(!(row["units"] as! [String]).isEmpty)
        }
        #expect(seen.count == Set(seen).count, "no item in two streams")
        #expect(Set(seen) == Set(expected), "every item of the period in a stream")
    }

    @Test("a bad period is one clear line and exit status 1")
    func badPeriod() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let result = try Dlxh.run(["streams", "--store", store.path, "--period", "2026-13"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
}
