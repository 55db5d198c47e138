import DLXHDomain

extension AppState {
    /// Every component, once, in the order they claim the keyboard when two claim it alike.
    /// Adding a screen is a folder under Screens/ and a line here.
    static var registry: [any Component.Type] {
        [InboxScreen.self, EntryScreen.self, HotSpotsScreen.self, DashboardScreen.self, GuidanceScreen.self, TrendsScreen.self, StreamsScreen.self,
            PreviewScreen.self]
    }

    static var slots: [any ComponentSlot] { registry.map { slot(for: $0) } }

    static func slot<C: Component>(for type: C.Type) -> any ComponentSlot { Slot<C>() }

    /// Each component's state, as it starts.
    static var initialComponents: [ComponentID: any Component] {
        Dictionary(uniqueKeysWithValues: registry.map { ($0.id, $0.init() as any Component) })
    }

    /// A component's state.
    subscript<C: Component>(_ type: C.Type) -> C {
        get { components[C.id] as! C }
        set { components[C.id] = newValue }
    }

    /// The component with the keyboard: the strongest claim, the first registered among equals.
    var focusedSlot: any ComponentSlot { strongest(upTo: .over) }

    /// The component of the tab shown (the guidance panel in the dashboard's place).
    var tabSlot: any ComponentSlot { strongest(upTo: .inPlace) }

    func strongest(upTo limit: Focus) -> any ComponentSlot {
        var best: (slot: any ComponentSlot, focus: Focus)?
        for slot in Self.slots {
            guard let focus = slot.focus(self, on: screen), focus <= limit else { continue }
            if best == nil || focus > best!.focus { best = (slot, focus) }
        }
        return best!.slot
    }

    /// Whether every component's state is the same as in `other` (a key that changed none of
    /// them, nor the shared state, did nothing).
    func sameComponents(as other: AppState) -> Bool { Self.slots.allSatisfy { $0.same(self, other) } }

    /// What a component may see, and the shared state it may change.
    func context() -> ScreenContext {
        ScreenContext(
            session: session, now: now, width: width, height: height, dataset: dataset, derived: derived, alerts: alerts,
            guidanceAlerts: guidanceAlerts, readReports: readReports, savedViews: savedViews, undoStack: undoStack, toast: toast,
            overlay: overlay, tab: screen)
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

    /// Sends a component one of its messages. (It is taken out of the table while it works, so
    /// its arrays are not copied on write.)
    mutating func send<C: Component>(_ type: C.Type, _ message: ComponentMessage<C.Action, C.Ask>) -> [Effect] {
        var context = context()
        var component = components.removeValue(forKey: C.id) as! C
        let effects = component.update(message, &context)
        components[C.id] = component
        return effects + absorb(context)
    }

    mutating func broadcast(_ message: Broadcast) -> [Effect] {
        Self.slots.flatMap { $0.broadcast(message, app: &self) }
    }

    /// The global keys now: while a component takes typing, only F1 and Ctrl-C.
    var globalKeyMap: [KeyBinding<AppAction>] {
        focusedSlot.takesTyping(self) ? Self.formGlobalKeyMap : Self.globalKeys
    }

    /// A digit per tab, "1-4/Tab" in the hints.
    static var tabKeys: [KeyBinding<AppAction>] {
        ScreenID.allCases.map { id in
            KeyBinding(
                [.character(Character(String(id.rawValue)))], String(id.rawValue), id.title, .screen(id),
                status: id == ScreenID.allCases.first ? "1-\(ScreenID.allCases.count)/Tab" : nil, group: UIText.keyScreens)
        }
    }

    /// What stays global while a form has the keyboard.
    static let formGlobalKeyMap: [KeyBinding<AppAction>] = [
        KeyBinding([.function(1)], "F1", UIText.keyHelp, .help, status: "F1"),
        KeyBinding([.control("n"), .function(2)], "Ctrl-N", UIText.keyPhoneIn, .phoneIn),
        KeyBinding([.control("c")], "Ctrl-C", UIText.keyQuit, .quit, status: "Ctrl-C"),
    ]

    /// Keys that work on every screen.
    static let globalKeys: [KeyBinding<AppAction>] = tabKeys + [
        KeyBinding([.tab], "Tab", KeyText.nextScreen, .nextScreen, group: UIText.keyNextScreen),
        KeyBinding([.backTab], "Shift-Tab", KeyText.previousScreen, .previousScreen, group: UIText.keyNextScreen),
        KeyBinding([.control("n"), .function(2)], "Ctrl-N", UIText.keyPhoneIn, .phoneIn),
        KeyBinding([.character("u")], "u", UIText.keyUndo, .undo),
        KeyBinding([.character("U")], "U", UIText.keyRedo, .redo),
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
    func focus(_ app: AppState, on tab: ScreenID) -> Focus?
    func accepts(_ navigation: Navigation) -> Bool
    func keyReference(_ language: Language) -> [(String, [KeyDoc])]
    func navigate(_ navigation: Navigation, app: inout AppState) -> [Effect]
    func key(_ key: Key, app: inout AppState) -> [Effect]?
    func text(_ text: String, app: inout AppState) -> [Effect]?
    func answer(_ reply: Reply, _ answer: Answer, app: inout AppState) -> [Effect]
    func broadcast(_ message: Broadcast, app: inout AppState) -> [Effect]
    func view(_ app: AppState, area: Rect, into grid: inout Grid)
    func keyDocs(_ app: AppState) -> [KeyDoc]
    func hasUnsavedInput(_ app: AppState) -> Bool
    func losesInputOnQuit(_ app: AppState) -> Bool
    func takesTyping(_ app: AppState) -> Bool
    func position(_ app: AppState) -> (selected: Int, count: Int)?
    func positionText(_ app: AppState) -> String?
    func drawMessageLine(_ app: AppState, y: Int, into grid: inout Grid) -> Bool
    func finalSaves(_ app: AppState, _ context: ScreenContext) -> [Effect]
    /// Whether its state is the same in two states of the app.
    func same(_ a: AppState, _ b: AppState) -> Bool
}

struct Slot<C: Component>: ComponentSlot {
    var id: ComponentID { C.id }

    func focus(_ app: AppState, on tab: ScreenID) -> Focus? { app[C.self].focus(on: tab) }
    func accepts(_ navigation: Navigation) -> Bool { C.accepts(navigation) }
    func keyReference(_ language: Language) -> [(String, [KeyDoc])] { C.keyReference(language) }
    func navigate(_ navigation: Navigation, app: inout AppState) -> [Effect] { app.send(C.self, .navigate(navigation)) }

    func key(_ key: Key, app: inout AppState) -> [Effect]? {
        var context = app.context()
        var component = app[C.self]
        let taken = component.input(key, &context)
        // A key it lets through may still have changed it (the filter line closing on ↓).
        app[C.self] = component
        if let taken { return taken + app.absorb(context) }
        guard let action: C.Action = component.keyMap(app.context()).action(for: key) else { return nil }
        return app.send(C.self, .action(action))
    }

    func text(_ text: String, app: inout AppState) -> [Effect]? {
        var context = app.context()
        var component = app[C.self]
        guard let effects = component.input(text: text, &context) else { return nil }
        app[C.self] = component
        return effects + app.absorb(context)
    }

    func answer(_ reply: Reply, _ answer: Answer, app: inout AppState) -> [Effect] {
        guard let ask = reply.ask(as: C.Ask.self) else { return [] }
        switch answer {
        case .picked(let option): return app.send(C.self, .picked(option, ask))
        case .answered(let text): return app.send(C.self, .answered(text, ask))
        case .confirmed: return app.send(C.self, .confirmed(ask))
        }
    }

    func broadcast(_ message: Broadcast, app: inout AppState) -> [Effect] {
        app.send(C.self, message == .tick ? .tick : .reloaded)
    }

    func view(_ app: AppState, area: Rect, into grid: inout Grid) { app[C.self].view(app.context(), area: area, into: &grid) }
    func keyDocs(_ app: AppState) -> [KeyDoc] { app[C.self].keyDocs(app.context()) }
    func hasUnsavedInput(_ app: AppState) -> Bool { app[C.self].hasUnsavedInput }
    func losesInputOnQuit(_ app: AppState) -> Bool { app[C.self].hasUnsavedInput && !app[C.self].keepsDraftOnQuit }
    func takesTyping(_ app: AppState) -> Bool { app[C.self].takesTyping(app.context()) }
    func position(_ app: AppState) -> (selected: Int, count: Int)? { app[C.self].position(app.context()) }
    func positionText(_ app: AppState) -> String? { app[C.self].positionText(app.context()) }
    func drawMessageLine(_ app: AppState, y: Int, into grid: inout Grid) -> Bool {
        app[C.self].drawMessageLine(app.context(), toast: app.toast, y: y, into: &grid)
    }
    func finalSaves(_ app: AppState, _ context: ScreenContext) -> [Effect] { app[C.self].finalSaves(context) }
    func same(_ a: AppState, _ b: AppState) -> Bool { a[C.self] == b[C.self] }
}
