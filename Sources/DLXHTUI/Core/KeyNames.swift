/// The keys that messages tell the person to press ("nhấn 3 để xem"), taken from the key maps
/// so a message never names a key that does something else.
public enum KeyNames {
    /// The first key of the binding for `action`, as the help writes it.
    static func key<A>(for action: A, in map: [KeyBinding<A>]) -> String {
        map.first { $0.action == action }?.keys.first?.name ?? "?"
    }

    static func tab(_ id: ScreenID) -> String { key(for: .screen(id), in: AppState.tabKeys) }

    public static var hotSpotsTab: String { tab(.hotSpots) }
    public static var dashboardTab: String { tab(.dashboard) }
    /// The dashboard's key for the guidance panel.
    public static var guidancePanel: String { key(for: .guidance, in: DashboardScreen.actionKeyMap) }
}
