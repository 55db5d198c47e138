import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

@Suite("Store: stream decisions")
struct StreamDecisionsStoreTests {
    /// The demo store's October streams: the largest suggested one and another.
    static func twoStreams(_ store: Store) throws -> (OpinionStream, OpinionStream) {
        let dataset = try store.load().dataset
        let streams = OpinionStreams.streams(in: dataset, period: .month(2026, 10)).sorted { ($0.items.count, $1.id) > ($1.items.count, $0.id) }
        try #require(streams.count >= 2 && streams[0].items.count >= 2)
        return (streams[0], streams[1])
    }

    static func current(_ store: Store, _ id: String) throws -> OpinionStream {
        try #require(OpinionStreams.streams(in: try store.load().dataset, period: .month(2026, 10)).first { $0.id == id })
    }

    @Test("a decision is stored in streams/decisions.json, read back into the dataset, audited, listed in the manifest")
    func roundTrip() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (big, other) = try Self.twoStreams(store)
        #expect(!FileManager.default.fileExists(atPath: store.root.appendingPathComponent(Store.streamsPath).path))

        let decisions = try store.decideStreams(.rename(big, to: "Lương và thu nhập"), by: testEditor)
        #expect(decisions.streams.map(\.id) == ["S-001"])
        let contents = try store.load()
        let stored = try #require(contents.streamsFile?.streams.first)
        #expect(stored.title == "Lương và thu nhập" && stored.confirmed && stored.revision == 1 && Set(stored.items) == Set(big.items))
        #expect(contents.dataset.streamDecisions.stream("S-001") == stored)
        let named = try Self.current(store, "S-001")
        #expect(named.confirmed && named.title == "Lương và thu nhập" && named.items == big.items)
        #expect(contents.audit.contains { $0.action == .streamRename && $0.target == "S-001" && $0.by == testEditor.staff })
        #expect(contents.recordManifest?.files[Store.streamsPath]?.records == 1)

        try store.decideStreams(.merge(other, into: named), by: testEditor)
        let merged = try Self.current(store, "S-001")
        #expect(Set(merged.items) == Set(big.items + other.items))
        let after = try store.load()
        #expect(after.streamsFile?.streams.first?.revision == 2)
        #expect(after.audit.contains { $0.action == .streamMerge && $0.target == "S-001" && $0.changes?.contains { $0.field.hasPrefix("items") } == true })
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("a refused decision writes nothing and says why")
    func refusedWritesNothing() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (big, _) = try Self.twoStreams(store)
        try store.decideStreams(.confirm(big), by: testEditor)
        let before = try Data(contentsOf: store.root.appendingPathComponent(Store.streamsPath))
        #expect(throws: StoreError.self) { try store.decideStreams(.rename(big, to: "   "), by: testEditor) }
        let after = try Data(contentsOf: store.root.appendingPathComponent(Store.streamsPath))
        #expect(before == after)
    }

    @Test("two staff: both decisions count; a title someone else gave meanwhile is kept, not overwritten")
    func twoStaff() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let lan = Editor(staff: "Lan", now: testNow)
        let minh = Editor(staff: "Minh", now: testNow)
        let other = try Store.open(at: store.root)
        let (big, _) = try Self.twoStreams(store)
        try store.decideStreams(.confirm(big), by: lan)
        let seen = try Self.current(store, "S-001")  // both see the confirmed stream now
        let moved = seen.items.last!

        // Lan names it; Minh, on the stream as he saw it before, moves one item out: both count.
        try store.decideStreams(.rename(seen, to: "Chậm trả lương"), by: lan)
        try other.decideStreams(.move([moved], from: seen, to: nil), by: minh)
        let now = try Self.current(store, "S-001")
        #expect(now.title == "Chậm trả lương" && now.confirmed)
        #expect(!now.items.contains(moved) && now.items.count == seen.items.count - 1)
        let alone = try #require(OpinionStreams.streams(in: try store.load().dataset, period: .month(2026, 10)).first { $0.items.contains(moved) })
        #expect(alone.items == [moved] && alone.id == "S-002")

        // Minh names it too, from the title he saw: refused, Lan's title kept.
        #expect(throws: StoreError.self) { try other.decideStreams(.rename(seen, to: "Nợ lương"), by: minh) }
        #expect(try Self.current(store, "S-001").title == "Chậm trả lương")
        let audit = try store.load().audit.filter { $0.target.hasPrefix("S-") }
        #expect(Set(audit.map(\.by)) == ["Lan", "Minh"])
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("check finds an item placed in two streams and an item not in the store")
    func checkFindings() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (big, other) = try Self.twoStreams(store)
        try store.decideStreams(.confirm(big), by: testEditor)
        try store.decideStreams(.confirm(other), by: testEditor)
        _ = try store.transact(StreamDecisionsFile.self, relativePath: Store.streamsPath, empty: { StreamDecisionsFile() }) { file in
            file.streams[1].items.append(file.streams[0].items[0])
            file.streams[1].items.append(ItemReference(reportID: "R-2026-10-9999", itemID: "i1"))
        }
        let problems = try StoreCheck.run(store).findings.map(\.problem)
        #expect(problems.contains { $0.contains("is also in S-001") }, "\(problems)")
        #expect(problems.contains { $0.contains("R-2026-10-9999/i1 is not in the store") }, "\(problems)")
    }

    @Test("deleting a report drops its items from the decisions, audited as stream.unlink; the store stays sound")
    func deleteReportUnlinks() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (big, _) = try Self.twoStreams(store)
        try store.decideStreams(.confirm(big), by: testEditor)
        let gone = big.items[0].reportID
        try store.deleteReport(id: gone, by: testEditor)
        let contents = try store.load()
        let kept = try #require(contents.streamsFile?.streams.first)
        #expect(!kept.items.contains { $0.reportID == gone } && kept.items.count == big.items.filter { $0.reportID != gone }.count)
        #expect(contents.audit.contains { $0.action == .streamUnlink && $0.target == "S-001" && $0.detail.contains(gone) })
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("a store with stream decisions validates against the schemas")
    func schemaValidates() throws {
        let folder = try SchemaTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (root, _) = try SchemaTests.writeStoreAndExchange(in: folder)
        let store = try Store.open(at: root)
        let dataset = try store.load().dataset
        let streams = OpinionStreams.streams(in: dataset, through: nil).sorted { $0.items.count > $1.items.count }
        try #require(streams.count >= 3)
        try store.decideStreams(.confirm(streams[0]), by: testEditor)
        try store.decideStreams(.move([streams[1].items[0]], from: streams[1], to: nil), by: testEditor)
        let result = try SchemaTests.validate(root)
        #expect(result.status == 0, "validate.py exited \(result.status):\n\(result.output)")
        #expect(result.output.contains("streams/decisions.json"))
    }
}
