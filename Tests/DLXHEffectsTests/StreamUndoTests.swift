import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

@Suite("Stream decisions through the effects: saved, undone, redone; someone else's change kept")
struct StreamUndoTests {
    func entry(_ messages: [Message], from direction: UndoDirection? = nil) throws -> UndoEntry {
        guard case .undoable(let entry, let from)? = messages.last, from == direction else {
            throw UndoMissing(messages: messages.map(messageKind))
        }
        return entry
    }

    func largest(_ dataset: Dataset) throws -> OpinionStream {
        try #require(OpinionStreams.streams(in: dataset).max { ($0.items.count, $1.id) < ($1.items.count, $0.id) })
    }

    @Test("naming a stream is one undo step: undo takes the decision back, redo makes it again")
    func undoRedo() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let stream = try largest(fixture.dataset)
        let messages = fixture.effects.perform(.save(.streams(.rename(stream, to: "Lương tháng 13"))))
        #expect(messages.contains { said($0) == "Đã đặt tên luồng “Lương tháng 13”." }, "\(messages.map(said))")
        let change = try entry(messages)
        #expect(change.description.vi == "đặt tên luồng “Lương tháng 13”")
        #expect(try fixture.onDisk().streamDecisions.stream("S-001")?.title == "Lương tháng 13")

        let undo = fixture.effects.perform(.save(.revert(change, .undo)))
        #expect(undo.contains { said($0) == "Hoàn tác: đặt tên luồng “Lương tháng 13”" }, "\(undo.map(said))")
        let disk = try fixture.onDisk()
        #expect(disk.streamDecisions.streams.isEmpty)
        #expect(OpinionStreams.streams(in: disk).allSatisfy { !$0.confirmed })
        #expect(disk.audit.last?.action == .streamRevert)

        let redo = fixture.effects.perform(.save(.revert(try entry(undo, from: .undo), .redo)))
        #expect(redo.contains { said($0) == "Làm lại: đặt tên luồng “Lương tháng 13”" }, "\(redo.map(said))")
        let named = try #require(OpinionStreams.streams(in: try fixture.onDisk()).first { $0.id == "S-001" })
        #expect(named.title == "Lương tháng 13" && named.confirmed && Set(named.items) == Set(stream.items))
    }

    @Test("an undo of a stream someone else changed since is refused, and their change kept")
    func othersChangeKept() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let stream = try largest(fixture.dataset)
        let change = try entry(fixture.effects.perform(.save(.streams(.confirm(stream)))))
        let confirmed = try #require(OpinionStreams.streams(in: try fixture.onDisk()).first { $0.id == "S-001" })
        try fixture.store.decideStreams(.rename(confirmed, to: "Tên của người khác"), by: Editor(staff: "Trần Văn Bình", now: now))
        let undo = fixture.effects.perform(.save(.revert(change, .undo)))
        #expect(undo.contains { messageKind($0) == "failed" }, "\(undo.map(said))")
        #expect(try fixture.onDisk().streamDecisions.stream("S-001")?.title == "Tên của người khác")
    }
}
