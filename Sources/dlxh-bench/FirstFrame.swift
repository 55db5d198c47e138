import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI

/// The interface's start as `TUIRunner` makes it, without a terminal: the recent months read
/// (`Store.loadRecent`), the state given them, ready to draw the first frame. The rest of the
/// history is read and made ready on another thread afterwards (`HistoryLoad`) and taken in by
/// one update.
enum FirstFrame {
    static func open(store: Store, session: Session, now: Moment, width: Int, height: Int) throws -> (state: AppState, contents: StoreContents) {
        let contents = try store.loadRecent()
        var state = AppState(session: session, now: now, width: width, height: height)
        _ = state.update(.loaded(contents.dataset))
        return (state, contents)
    }

    /// The interface once the rest of the history is in.
    static func complete(store: Store, session: Session, now: Moment, width: Int, height: Int) throws -> AppState {
        var (state, contents) = try open(store: store, session: session, now: now, width: width, height: height)
        if !contents.isComplete, let rest = BackgroundLoad(store: store, paths: contents.deferred).wait() {
            contents.merge(rest)
            _ = state.update(.loaded(contents.dataset))
        }
        return state
    }

    /// The rest of the history as the interface's reading thread makes it ready.
    static func history(store: Store, after contents: StoreContents) -> HistoryLoad.Prepared? {
        HistoryLoad(store: store, contents: contents, version: 0).wait()
    }
}
