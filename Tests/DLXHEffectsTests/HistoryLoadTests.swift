import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

/// Issue 13: the history read after the first frame comes with the interface's derived data made
/// on the reading thread, so taking it in does no sorting or folding on the loop; a save made
/// while it was being read is never lost to it.
@Suite("The rest of the history, made ready off the loop")
struct HistoryLoadTests {
    /// Effects started on the recent months only, as the interface starts on a big store.
    static func recentFirst() throws -> (Fixture, Effects) {
        let fixture = try Fixture()
        let recent = try fixture.store.loadRecent(months: 2, deferAbove: 0)
        #expect(!recent.isComplete)
        return (fixture, Effects(store: fixture.store, contents: recent, staff: staff, language: .vi, clock: { now }))
    }

    @Test("taken in unchanged: the whole store, with derived data equal to what the loop would build")
    func preparedIsTaken() throws {
        var (fixture, effects) = try Self.recentFirst()
        defer { fixture.cleanUp() }
        let history = try #require(HistoryLoad(store: fixture.store, contents: effects.contents, version: effects.contentsVersion).wait())
        let messages = effects.takeHistory(history)
        guard case .loadedPrepared(let dataset, let derived)? = messages.first else {
            Issue.record("not taken as prepared: \(messages.map(messageKind))")
            return
        }
        #expect(effects.contents.isComplete)
        let full = try fixture.store.loadReadable().dataset
        #expect(dataset.reports == full.reports)
        let built = Derived(full)
        #expect(derived.inbox == built.inbox && derived.inboxKeys == built.inboxKeys && derived.recentlyEntered == built.recentlyEntered)
        // The interface takes it in and shows every month.
        var state = AppState(session: Session(storeName: "s", staff: staff, language: .vi), now: now)
        _ = state.update(.loaded(try fixture.store.loadRecent(months: 2, deferAbove: 0).dataset))
        let before = state.derived.inbox.count
        _ = state.update(messages[0])
        #expect(state.derived.inbox.count == full.reports.count && before < full.reports.count)
        _ = fixture
    }

    @Test("a save while the history was read: the prepared copy is dropped and the save is kept")
    func saveMeanwhileIsKept() throws {
        var (fixture, effects) = try Self.recentFirst()
        defer { fixture.cleanUp() }
        let history = try #require(HistoryLoad(store: fixture.store, contents: effects.contents, version: effects.contentsVersion).wait())
        // A recent report changed after the copy was taken.
        let recent = try #require(effects.contents.dataset.reports.first { !$0.items.isEmpty })
        let ref = ItemReference(reportID: recent.id, itemID: recent.items[0].id)
        let saved = effects.perform(.save(.items([ref], [.attitude("frustrated")])))
        #expect(saved.map(messageKind).contains("saved"), "\(saved.map(messageKind))")
        let messages = effects.takeHistory(history)
        guard case .loaded(let dataset)? = messages.first else {
            Issue.record("the stale copy was taken: \(messages.map(messageKind))")
            return
        }
        #expect(dataset.reports.first { $0.id == recent.id }?.items[0].attitude == "frustrated")
        #expect(dataset.reports == (try fixture.store.loadReadable().dataset.reports))
        #expect(effects.contents.isComplete)
    }
}
