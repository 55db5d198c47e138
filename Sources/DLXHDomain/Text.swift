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
        for scalar in text.unicodeScalars {
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
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return nfc(String(scalars))
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
