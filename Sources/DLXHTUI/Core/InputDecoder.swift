import DLXHDomain

/// Turns what the terminal sends, one read at a time, into keys, typed text and pastes. Pure, so
/// the rules are tested without a terminal; the curses backend feeds it what `get_wch` returns.
///
/// The rules for pasted text (issue 14):
/// - **Bracketed paste.** The backend asks the terminal to mark pastes (`ESC[?2004h`). Everything
///   between `ESC[200~` and `ESC[201~` is one `Key.paste`, however many reads it takes, cleaned by
///   `Text.clean` (escape sequences, control characters and keys decoded inside it are dropped;
///   line breaks stay "\n"). A paste whose end marker never comes is ended after a second of
///   silence (`flush`), as a paste all the same.
/// - **A burst without markers.** Where the terminal does not bracket, one read that holds a line
///   break with printable text both before and after it, and nothing but characters (no arrow or
///   function key), is a `Key.burst`: nobody types a letter, Enter and another letter within one
///   read (the loop reads as soon as the first byte arrives, and drains only what is already
///   there). While a line is being typed (a text field, the `/` line, a picker's filter, a
///   prompt) the app takes it as a paste, so `long khanh⏎u` pasted into `/` is text, not Enter
///   and Undo; elsewhere it is the keys it holds, as before (keys sent quickly to a busy program
///   arrive in one read too). A read that ends with Enter (typing and Enter, sent together) is
///   keys, as is a line break with nothing typed before it in the same read.
public struct InputDecoder: Sendable {
    /// What the terminal gave, in order: a character, a key curses decoded, a resize.
    public enum Raw: Equatable, Sendable {
        case scalar(Unicode.Scalar)
        case key(Key)
        case resize
    }

    /// What it means.
    public enum Event: Equatable, Sendable {
        case key(Key)
        /// Characters typed in one read (an input method's burst), in order.
        case text(String)
        case resize
    }

    static let pasteStart: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "0", "~"]
    static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    /// Inside a bracketed paste: what came so far.
    private var pasted: [Unicode.Scalar]?
    /// The start of what may be a paste marker, cut off by the end of a read.
    private var held: [Raw] = []

    public init() {}

    /// A paste has begun and not ended: read again (longer) before giving up on its end.
    public var isInsidePaste: Bool { pasted != nil }
    /// A read ended in the middle of what may be a paste marker: read once more.
    public var isHolding: Bool { !held.isEmpty }

    /// Decodes one read's worth of input.
    public mutating func decode(_ batch: [Raw]) -> [Event] {
        var events: [Event] = []
        var ordinary: [Raw] = []
        func flushOrdinary() {
            events += Self.ordinaryEvents(ordinary)
            ordinary = []
        }
        let input = held + batch
        held = []
        var i = 0
        while i < input.count {
            let raw = input[i]
            if var paste = pasted {
                if case .scalar(let s) = raw { paste.append(s) }  // keys decoded inside a paste are dropped
                if paste.count >= Self.pasteEnd.count, Array(paste.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
                    paste.removeLast(Self.pasteEnd.count)
                    pasted = nil
                    events += Self.pasteEvent(paste)
                } else {
                    pasted = paste
                }
                i += 1
                continue
            }
            if raw == .scalar("\u{1B}") {
                var matched = 0
                while matched < Self.pasteStart.count, i + matched < input.count,
                    input[i + matched] == .scalar(Self.pasteStart[matched])
                {
                    matched += 1
                }
                if matched == Self.pasteStart.count {
                    flushOrdinary()
                    pasted = []
                    i += matched
                    continue
                }
                // "ESC[20" at the very end of a read: wait for the rest. (A lone Esc is a key:
                // curses has already waited its escape delay for what follows.)
                if i + matched == input.count, matched >= 2 {
                    flushOrdinary()
                    held = Array(input[i...])
                    return events
                }
            }
            ordinary.append(raw)
            i += 1
        }
        flushOrdinary()
        return events
    }

    /// Nothing more came: a paste without its end marker ends here, a held partial marker is
    /// what it looked like (Esc and characters).
    public mutating func flush() -> [Event] {
        if let paste = pasted {
            pasted = nil
            return Self.pasteEvent(paste)
        }
        let raws = held
        held = []
        return Self.ordinaryEvents(raws)
    }

    static func pasteEvent(_ scalars: [Unicode.Scalar]) -> [Event] {
        let text = Text.clean(String(String.UnicodeScalarView(scalars)))
        return text.isEmpty ? [] : [.key(.paste(text))]
    }

    /// Input outside a bracketed paste: a burst that can only be a paste, else keys and text.
    static func ordinaryEvents(_ raws: [Raw]) -> [Event] {
        if let scalars = burst(raws) {
            let text = Text.clean(String(String.UnicodeScalarView(scalars)))
            return text.isEmpty ? [] : [.key(.burst(text))]
        }
        var events: [Event] = []
        for raw in raws {
            switch raw {
            case .resize: events.append(.resize)
            case .key(let key): events.append(.key(key))
            case .scalar(let scalar):
                if let key = controlKey(scalar) {
                    events.append(.key(key))
                } else if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    continue
                } else if case .text(let previous)? = events.last {
                    events[events.count - 1] = .text(previous + String(scalar))
                } else {
                    events.append(.text(String(scalar)))
                }
            }
        }
        return events
    }

    /// The characters of a read that can only be a paste: nothing but characters, and a line
    /// break with printable text both before and after it.
    static func burst(_ raws: [Raw]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        for raw in raws {
            guard case .scalar(let s) = raw else { return nil }
            scalars.append(s)
        }
        func printable(_ s: Unicode.Scalar) -> Bool { s.value >= 0x20 && !(0x7F..<0xA0).contains(s.value) }
        guard let firstPrintable = scalars.firstIndex(where: printable),
            let lastPrintable = scalars.lastIndex(where: printable)
        else { return nil }
        let hasBreakBetween = scalars[firstPrintable..<lastPrintable].contains { $0 == "\n" || $0 == "\r" }
        return hasBreakBetween ? scalars : nil
    }

    /// The key a control character stands for (nil: an ordinary character, or one to drop).
    public static func controlKey(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        default: return nil
        }
    }
}
