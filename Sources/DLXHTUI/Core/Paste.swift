import DLXHDomain

extension AppState {
    /// Whether a line is being typed: a picker's filter or a prompt is open, or the focused
    /// component takes typing (a form, the `/` line).
    var isTypingALine: Bool {
        switch overlay {
        case .picker?, .prompt?: return true
        case nil: return focusedSlot.takesTyping(self)
        default: return false
        }
    }

    /// A burst read at once without paste markers (`Key.burst`): text while a line is being
    /// typed; otherwise its keys in order (a line break is Enter), until one of them opens
    /// something to type into, which takes the rest as a paste.
    mutating func burst(_ text: String) -> [Effect] {
        var effects: [Effect] = []
        var rest = Substring(text)
        while let first = rest.first {
            if isTypingALine { return effects + handle(.paste(String(rest))) }
            rest = rest.dropFirst()
            effects += handle(first == "\n" ? .enter : .character(first))
        }
        return effects
    }
}
