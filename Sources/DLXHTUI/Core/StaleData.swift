import DLXHDomain

/// When the store cannot be read again (a damaged roster, a folder gone), the interface keeps
/// what it last read, says why on the message line, and marks the tab line until a reload lands.
extension AppState {
    mutating func markStale(_ text: Localized) -> [Effect] {
        dataMayBeStale = true
        toast = Toast(text, .warning)
        return []
    }

    /// The mark at the right of the tab line, in the alert colour, where the list position goes
    /// (shorter when the tabs leave no room for the whole).
    func drawStaleMark(_ grid: inout Grid, after x: Int) {
        let full = UIText.dataMayBeStale(language)
        let text = DisplayWidth.of(full) < width - x ? full : UIText.dataMayBeStaleShort(language)
        let at = max(x, width - DisplayWidth.of(text) - 1)
        grid.put(text, x: at, y: 1, style: .danger, limit: max(0, width - at))
    }
}
