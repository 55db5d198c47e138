import Foundation
import Testing

/// What the long fuzz pass (`make fuzz`, Docs/FUZZ.md) found in the commands, each reproduced
/// here first (the store's own findings: Tests/DLXHStoreTests/FuzzFindingsTests.swift).
@Suite("Fuzz findings in the commands")
struct FuzzFindingsCommandTests {
    /// `dlxh-fuzz --kind store --seed 1 --case 3619`: a hot spot's `workersInvolved` made huge
    /// (hugeNumber) passed `check`, then `dlxh report` died of SIGILL: the report's totals added
    /// the counts (overflow), and writing -9223372036854775808 took `abs` of it (overflow again).
    @Test("a hot spot's number of workers beyond any count is reported by check and crashes no report")
    func hugeWorkerCounts() throws {
        let store = try Dlxh.demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let file = store.appendingPathComponent("hotspots/2026.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var spots = try #require(json["hotSpots"] as? [[String: Any]])
        #expect(spots.count >= 2)
        for i in spots.indices {
            spots[i]["workersInvolved"] = i % 2 == 0 ? Int.max : Int.min
        }
        json["hotSpots"] = spots
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: file)
        let env = ["DLXH_TODAY": "2026-11-24", "DLXH_LANG": "en"]

        let check = try Dlxh.run(["check", "--store", store.path], environment: env)
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("workersInvolved 9223372036854775807 is outside 0…10000000"), "\(check.stderr)")
        #expect(check.stderr.contains("workersInvolved -9223372036854775808 is outside"), "\(check.stderr)")

        for period in ["2026-11", "2026-10", "2026"] {
            let report = try Dlxh.run(["report", "--store", store.path, "--format", "md", "--period", period], environment: env)
            #expect(report.status == 0, "\(period): \(report.stderr)")
            #expect(!report.stdout.isEmpty)
        }
        let hotspots = try Dlxh.run(["hotspots", "--store", store.path], environment: env)
        #expect(hotspots.status == 0, "\(hotspots.stderr)")
    }
}
