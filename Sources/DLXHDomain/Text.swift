import Foundation

/// The text rules of the whole program: stored text is NFC with no control characters but line
/// breaks; search folds case, Vietnamese diacritics and đ→d.
public enum Text {
    /// Canonical composition (NFC). Input methods may send NFD; files always hold NFC.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// NFC, with CR/LF made LF, tabs made spaces, and every other control character (C0, C1,
    /// DEL, escape sequences' ESC) dropped, so hostile text can never reach a terminal as a command.
    /// Single-line text also has its line breaks made spaces.
    public static func clean(_ text: String, multiline: Bool = true) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var input = text.unicodeScalars.makeIterator()
        while let scalar = input.next() {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A:
                if previousWasCR { continue }
                scalars.append(multiline ? "\n" : " ")
            case 0x0D:
                scalars.append(multiline ? "\n" : " ")
            case 0x09:
                scalars.append(" ")
            case 0x1B:
                skipEscapeSequence(&input)
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return nfc(String(scalars))
    }

    /// Drops the rest of a terminal escape sequence after ESC: CSI (`ESC [ … final`), OSC and
    /// the other string sequences (`ESC ] … BEL` or `ESC \\`), or a single following character.
    private static func skipEscapeSequence(_ input: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = input.next() else { return }
        switch introducer {
        case "[":
            while let s = input.next(), !(0x40...0x7E).contains(s.value) {}
        case "]", "P", "X", "^", "_":
            var previous: Unicode.Scalar?
            while let s = input.next() {
                if s.value == 0x07 || (previous?.value == 0x1B && s == "\\") { break }
                previous = s
            }
        default:
            break
        }
    }

    /// True when the text has a control character other than a line break.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { v in
            (v.value < 0x20 && v.value != 0x0A) || (0x7F..<0xA0).contains(v.value)
        }
    }

    /// The search key of a text: lower case, no diacritics, đ→d, whitespace runs made one space.
    /// "Tiền Lương" and "tien luong" fold alike; "hoà" and "hòa" both fold to "hoa".
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }  // combining diacritics
            if v == 0x0111 || v == 0x0110 {  // đ Đ have no decomposition
                out.append("d")
                lastWasSpace = false
                continue
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if v < 0x80 {
                out.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}
