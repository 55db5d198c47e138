import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// The `incoming/` folder: good files are imported and moved to accepted/, bad ones moved to
/// rejected/ with a note, and a bad file never changes the store.
@Suite("The incoming folder")
struct IncomingTests {
    /// An exchange file of two of the store's own October reports, renumbered so they are new.
    static func goodExchange(_ store: Store) throws -> (data: Data, reports: [Report]) {
        var reports = Array(try store.load().dataset.reports.filter { $0.period == .month(2026, 10) && !$0.items.isEmpty }.prefix(2))
        for i in reports.indices {
            reports[i].documentNumber = "MOI-\(i)/BC"
            reports[i].summary = "Báo cáo gửi qua thư mục incoming \(i)"
        }
        return (try ExchangeFile(exportedAt: testNow, exportedBy: "Đơn vị gửi", reports: reports).encoded(), reports)
    }

    /// The same file with one field of the first report replaced.
    static func edited(_ data: Data, _ key: String, _ value: Any) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var reports = object["reports"] as! [[String: Any]]
        reports[0][key] = value
        object["reports"] = reports
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// Writes a file into incoming/ and dates it a minute back, so it counts as settled.
    static func drop(_ data: Data, as name: String, in store: Store, settled: Bool = true) throws {
        try FileManager.default.createDirectory(at: store.incomingURL, withIntermediateDirectories: true)
        let url = store.incomingURL.appendingPathComponent(name)
        try data.write(to: url)
        if settled { try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: url.path) }
    }

    /// The bytes of every data file of the store: its fingerprint.
    static func fingerprint(_ store: Store) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try store.dataFiles().map { ($0, try Data(contentsOf: store.root.appendingPathComponent($0))) })
    }

    static func names(in folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    @Test("one good file, malformed JSON, an unknown unit, a field of the wrong type: one accepted, three rejected with reasons")
    func goodAndBad() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (good, sent) = try Self.goodExchange(store)
        try Self.drop(Data(#"{"schema": "dlxh.exchange", "version": 1, "reports": [{"unitID": "#.utf8), as: "malformed.json", in: store)
        try Self.drop(try Self.edited(good, "unitID", "khong-co"), as: "unknown-unit.json", in: store)
        try Self.drop(try Self.edited(good, "receivedOn", 20261015), as: "wrong-type.json", in: store)

        // The three bad files alone: rejected, and not one byte of the store's data changes.
        let before = try Self.fingerprint(store)
        let first = try store.processIncoming(by: testEditor)
        #expect(first.accepted.isEmpty)
        #expect(first.rejected.map(\.name) == ["malformed.json", "unknown-unit.json", "wrong-type.json"])
        #expect(try Self.fingerprint(store) == before)
        let rejected = store.incomingURL.appendingPathComponent("rejected")
        #expect(Self.names(in: rejected) == [
            "malformed.json", "malformed.json.reason.txt", "unknown-unit.json", "unknown-unit.json.reason.txt",
            "wrong-type.json", "wrong-type.json.reason.txt",
        ])
        func reason(_ name: String) throws -> [String] {
            let text = try String(contentsOf: rejected.appendingPathComponent(name + ".reason.txt"), encoding: .utf8)
            return text.split(separator: "\n").map(String.init)
        }
        // One line per problem, Vietnamese | English, each naming what is wrong.
        for name in ["malformed.json", "unknown-unit.json", "wrong-type.json"] {
            let lines = try reason(name)
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.contains(" | ") && $0.contains(name) }, "\(lines)")
        }
        #expect(try reason("malformed.json").contains { $0.contains("không phải JSON hợp lệ") && $0.contains("not valid JSON") })
        #expect(try reason("unknown-unit.json").contains { $0.contains("khong-co") && $0.contains("reports[0].unit") })
        #expect(try reason("wrong-type.json").contains { $0.contains("receivedOn") && $0.contains("sai kiểu dữ liệu") })

        // The good file: accepted, and the store gains exactly its reports, unread.
        try Self.drop(good, as: "bien-hoa-2026-10.json", in: store)
        let reportsBefore = try store.load().dataset.reports
        let second = try store.processIncoming(by: testEditor)
        #expect(second.rejected.isEmpty)
        let accepted = try #require(second.accepted.first)
        #expect(second.accepted.count == 1 && accepted.movedTo == "incoming/accepted/bien-hoa-2026-10.json")
        #expect(accepted.reports.count == sent.count)
        let reportsAfter = try store.load().dataset.reports
        #expect(reportsAfter.count == reportsBefore.count + sent.count)
        let added = reportsAfter.filter { r in !reportsBefore.contains { $0.id == r.id } }
        #expect(Set(added.map(\.summary)) == Set(sent.map(\.summary)))
        #expect(Set(added.map(\.id)) == Set(accepted.reports.map(\.id)))
        let read = try store.staffState(testEditor.staff).readReports
        #expect(added.allSatisfy { !read.contains($0.id) }, "imported reports arrive unread")
        // Only the month file they were entered in changed (and the manifest, which counts its reports).
        let after = try Self.fingerprint(store)
        let changed: Set = ["reports/2026/2026-11.json", "manifest.json"]
        #expect(Set(after.keys).subtracting(before.keys).isSubset(of: changed))
        for (path, bytes) in before where !changed.contains(path) { #expect(after[path] == bytes, "\(path)") }
        #expect(Self.names(in: store.incomingURL.appendingPathComponent("accepted")) == ["bien-hoa-2026-10.json"])
        #expect(Self.names(in: store.incomingURL).subtracting([".lock"]) == ["accepted", "rejected"])
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("files still being written are left for next time; hidden files are ignored")
    func unfinishedFiles() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (good, _) = try Self.goodExchange(store)
        try Self.drop(good, as: "fresh.json", in: store, settled: false)
        try Self.drop(good, as: "download.json.part", in: store)
        try Self.drop(good, as: "copy.tmp", in: store)
        try Self.drop(good, as: ".hidden.json", in: store)
        let before = try Self.fingerprint(store)
        let summary = try store.processIncoming(by: testEditor)
        #expect(summary.accepted.isEmpty && summary.rejected.isEmpty)
        #expect(Set(summary.waiting) == ["fresh.json", "download.json.part", "copy.tmp"])
        #expect(try Self.fingerprint(store) == before)
        #expect(Self.names(in: store.incomingURL).isSuperset(of: ["fresh.json", "download.json.part", "copy.tmp", ".hidden.json"]))

        // Once it has settled, the same file goes through.
        let later = try store.processIncoming(by: testEditor, wallClock: Date(timeIntervalSinceNow: 10))
        #expect(later.accepted.map(\.name) == ["fresh.json"])
    }

    @Test("a name already in rejected/ gets a number, and nothing is overwritten or deleted")
    func nameClashes() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let bad = Data("not json".utf8)
        for round in 1...3 {
            try Self.drop(bad + Data(" \(round)".utf8), as: "bad.json", in: store)
            let summary = try store.processIncoming(by: testEditor)
            #expect(summary.rejected.first?.movedTo == (round == 1 ? "incoming/rejected/bad.json" : "incoming/rejected/bad-\(round).json"))
        }
        let rejected = store.incomingURL.appendingPathComponent("rejected")
        #expect(Self.names(in: rejected) == [
            "bad.json", "bad.json.reason.txt", "bad-2.json", "bad-2.json.reason.txt", "bad-3.json", "bad-3.json.reason.txt",
        ])
        for (name, round) in [("bad.json", 1), ("bad-2.json", 2), ("bad-3.json", 3)] {
            #expect(try Data(contentsOf: rejected.appendingPathComponent(name)) == bad + Data(" \(round)".utf8))
        }
        #expect(Store.numbered("report.v2.json", 4) == "report.v2-4.json" && Store.numbered("notes", 2) == "notes-2")
    }

    @Test("a damaged store stops the pass and leaves the file where it is")
    func storeProblemKeepsTheFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (good, _) = try Self.goodExchange(store)
        try Self.drop(good, as: "good.json", in: store)
        let roster = store.root.appendingPathComponent("roster.json")
        try Data("{".utf8).write(to: roster)
        #expect(throws: StoreError.self) { try store.processIncoming(by: testEditor) }
        #expect(Self.names(in: store.incomingURL).contains("good.json"))
        #expect(Self.names(in: store.incomingURL.appendingPathComponent("rejected")).isEmpty)
    }
}
