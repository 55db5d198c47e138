import DLXHDomain

/// Everything that can happen to the application: input from the terminal, and the results of
/// the effects it asked for. `update` turns each into a new state and, perhaps, more effects.
public enum Message: Sendable {
    case key(Key)
    /// Several characters at once, as an input method or a paste delivers them.
    case text(String)
    case resize(width: Int, height: Int)
    /// The clock moved on (once a second or so): deadlines, alerts and change checks.
    case tick(Moment)
    /// The store was (re)loaded, on start or after another process changed it.
    case loaded(Dataset)
    /// A save finished; the text goes to the status line.
    case saved(Dataset, Localized)
    /// An effect failed; the message goes to the status line.
    case failed(Localized)
}

/// What `update` asks the runtime to do; the result comes back as a `Message`.
public enum Effect: Sendable, Equatable {
    case quit
    /// Redraw the whole screen from scratch (Ctrl-L).
    case redraw
    /// Stop the program (Ctrl-Z), handing the terminal back until it is resumed.
    case suspend
    /// Reload the store if another process changed it.
    case checkForChanges
}
