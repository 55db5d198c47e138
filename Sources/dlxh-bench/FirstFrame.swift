import DLXHDomain
import DLXHStore
import DLXHTUI

/// The interface's start as `TUIRunner` makes it, without a terminal: the store read, the state
/// given its data, ready to draw the first frame.
enum FirstFrame {
    static func open(store: Store, session: Session, now: Moment, width: Int, height: Int) throws -> (state: AppState, Void) {
        var state = AppState(session: session, now: now, width: width, height: height)
        _ = state.update(.loaded(try store.loadReadable().dataset))
        return (state, ())
    }
}
