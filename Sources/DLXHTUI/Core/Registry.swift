import DLXHDomain

extension AppState {
    /// Every component, once. The app routes keys, answers and data changes to them through
    /// these slots; adding a screen adds its state above (AppState) and one line here.
    static var slots: [any ComponentSlot] {
        [Slot(\.inbox), Slot(\.entry), Slot(\.hotSpots), Slot(\.dashboard), Slot(\.guidance), Slot(\.preview)]
    }

    /// The component with the keyboard: the guidance form (over any screen), the report preview
    /// (over any screen), else the tab's own (the guidance panel in the dashboard's place).
    var focusedSlot: any ComponentSlot {
        if guidance.form != nil { return Slot(\.guidance) }
        if preview.isOpen { return Slot(\.preview) }
        return tabSlot
    }

    /// The component of the tab shown (the guidance panel in the dashboard's place).
    var tabSlot: any ComponentSlot {
        switch screen {
        case .inbox: return Slot(\.inbox)
        case .entry: return Slot(\.entry)
        case .hotSpots: return Slot(\.hotSpots)
        case .dashboard: return guidance.isOpen ? Slot(\.guidance) : Slot(\.dashboard)
        }
    }

    /// What a component may see, and the shared state it may change.
    func context() -> ScreenContext {
        ScreenContext(
            session: session, now: now, width: width, height: height, dataset: dataset, derived: derived, alerts: alerts,
            guidanceAlerts: guidanceAlerts, readReports: readReports, savedViews: savedViews, undoStack: undoStack, toast: toast,
            overlay: overlay)
    }

    /// Takes back what a component changed of the shared state, then routes its navigation.
    mutating func absorb(_ context: ScreenContext) -> [Effect] {
        readReports = context.readReports
        savedViews = context.savedViews
        undoStack = context.undoStack
        toast = context.toast
        overlay = context.overlay
        return context.navigation.flatMap { route($0) }
    }

    /// Sends a component one of its messages.
    mutating func send<C: Component>(_ path: WritableKeyPath<AppState, C>, _ message: ComponentMessage<C.Action, C.Ask>) -> [Effect] {
        var context = context()
        let effects = self[keyPath: path].update(message, &context)
        return effects + absorb(context)
    }

    mutating func broadcast(_ message: Broadcast) -> [Effect] {
        Self.slots.flatMap { $0.broadcast(message, app: &self) }
    }

    /// The global keys now: while a component takes typing, only F1 and Ctrl-C.
    var globalKeyMap: [KeyBinding<AppAction>] {
        focusedSlot.takesTyping(self) ? Self.formGlobalKeyMap : Self.globalKeys
    }

    /// What stays global while a form has the keyboard.
    static let formGlobalKeyMap: [KeyBinding<AppAction>] = [
        KeyBinding([.function(1)], "F1", UIText.keyHelp, .help, status: "F1"),
        KeyBinding([.control("c")], "Ctrl-C", UIText.keyQuit, .quit, status: "Ctrl-C"),
    ]

    /// Keys that work on every screen.
    static let globalKeys: [KeyBinding<AppAction>] = [
        KeyBinding([.character("1")], "1", ScreenID.inbox.title, .screen(.inbox), status: "1-4/Tab", group: UIText.keyScreens),
        KeyBinding([.character("2")], "2", ScreenID.entry.title, .screen(.entry), group: UIText.keyScreens),
        KeyBinding([.character("3")], "3", ScreenID.hotSpots.title, .screen(.hotSpots), group: UIText.keyScreens),
        KeyBinding([.character("4")], "4", ScreenID.dashboard.title, .screen(.dashboard), group: UIText.keyScreens),
        KeyBinding([.tab], "Tab", KeyText.nextScreen, .nextScreen, group: UIText.keyNextScreen),
        KeyBinding([.backTab], "Shift-Tab", KeyText.previousScreen, .previousScreen, group: UIText.keyNextScreen),
        KeyBinding([.control("n"), .function(2)], "Ctrl-N", UIText.keyPhoneIn, .phoneIn),
        KeyBinding([.character("u")], "u", UIText.keyUndo, .undo),
        KeyBinding([.character("R")], "R", UIText.keyPreview, .preview),
        KeyBinding([.character("?"), .function(1)], "?", UIText.keyHelp, .help, status: "?"),
        KeyBinding([.character("q"), .control("c")], "q", UIText.keyQuit, .quit, status: "q"),
        KeyBinding([.control("l")], "Ctrl-L", UIText.keyRedraw, .redraw),
        KeyBinding([.control("r"), .function(5)], "Ctrl-R", UIText.keyRefresh, .refresh),
        KeyBinding([.control("z")], "Ctrl-Z", UIText.keySuspend, .suspend),
    ]
}

/// Messages the app sends every component.
enum Broadcast { case tick, reloaded }

/// A component seen by the app, whatever its type.
protocol ComponentSlot {
    var id: ComponentID { get }
    func key(_ key: Key, app: inout AppState) -> [Effect]?
    func text(_ text: String, app: inout AppState) -> [Effect]?
    func answer(_ reply: Reply, _ answer: Answer, app: inout AppState) -> [Effect]
    func broadcast(_ message: Broadcast, app: inout AppState) -> [Effect]
    func view(_ app: AppState, area: Rect, into grid: inout Grid)
    func keyDocs(_ app: AppState) -> [KeyDoc]
    func hasUnsavedInput(_ app: AppState) -> Bool
    func takesTyping(_ app: AppState) -> Bool
    func position(_ app: AppState) -> (selected: Int, count: Int)?
    func drawMessageLine(_ app: AppState, y: Int, into grid: inout Grid) -> Bool
    func finalSaves(_ app: AppState, _ context: ScreenContext) -> [Effect]
}

struct Slot<C: Component>: ComponentSlot {
    let path: WritableKeyPath<AppState, C>
    init(_ path: WritableKeyPath<AppState, C>) { self.path = path }

    var id: ComponentID { C.id }

    func key(_ key: Key, app: inout AppState) -> [Effect]? {
        var context = app.context()
        var component = app[keyPath: path]
        let taken = component.input(key, &context)
        // A key it lets through may still have changed it (the filter line closing on ↓).
        app[keyPath: path] = component
        if let taken { return taken + app.absorb(context) }
        guard let action: C.Action = component.keyMap(app.context()).action(for: key) else { return nil }
        return app.send(path, .action(action))
    }

    func text(_ text: String, app: inout AppState) -> [Effect]? {
        var context = app.context()
        var component = app[keyPath: path]
        guard let effects = component.input(text: text, &context) else { return nil }
        app[keyPath: path] = component
        return effects + app.absorb(context)
    }

    func answer(_ reply: Reply, _ answer: Answer, app: inout AppState) -> [Effect] {
        guard let ask = reply.ask(as: C.Ask.self) else { return [] }
        switch answer {
        case .picked(let option): return app.send(path, .picked(option, ask))
        case .answered(let text): return app.send(path, .answered(text, ask))
        case .confirmed: return app.send(path, .confirmed(ask))
        }
    }

    func broadcast(_ message: Broadcast, app: inout AppState) -> [Effect] {
        app.send(path, message == .tick ? .tick : .reloaded)
    }

    func view(_ app: AppState, area: Rect, into grid: inout Grid) { app[keyPath: path].view(app.context(), area: area, into: &grid) }
    func keyDocs(_ app: AppState) -> [KeyDoc] { app[keyPath: path].keyDocs(app.context()) }
    func hasUnsavedInput(_ app: AppState) -> Bool { app[keyPath: path].hasUnsavedInput }
    func takesTyping(_ app: AppState) -> Bool { app[keyPath: path].takesTyping(app.context()) }
    func position(_ app: AppState) -> (selected: Int, count: Int)? { app[keyPath: path].position(app.context()) }
    func drawMessageLine(_ app: AppState, y: Int, into grid: inout Grid) -> Bool {
        app[keyPath: path].drawMessageLine(app.context(), toast: app.toast, y: y, into: &grid)
    }
    func finalSaves(_ app: AppState, _ context: ScreenContext) -> [Effect] { app[keyPath: path].finalSaves(context) }
}
