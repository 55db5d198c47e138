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
    /// Single-line text also has its line breaks made spaces. Invisible formatting (bidi
    /// overrides and isolates, zero-width characters: `isInvisibleFormatting`) is dropped, and a
    /// run of combining marks on one letter is cut to `maxCombiningMarks`. This is what text typed
    /// in the interface goes through; an imported file with any of these is refused instead
    /// (`hazard(in:multiline:)`).
    public static func clean(_ text: String, multiline: Bool = true) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var marks = 0
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
            case _ where isInvisibleFormatting(scalar):
                continue
            default:
                if isCombiningMark(scalar) {
                    marks += 1
                    if marks > maxCombiningMarks { continue }
                } else {
                    marks = 0
                }
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

    // MARK: Untrusted text on its way out

    /// The most combining marks one letter may carry. Vietnamese needs two at most (in NFD: a
    /// vowel mark and a tone mark); more is a "zalgo" flood meant to smear over other lines.
    public static let maxCombiningMarks = 4

    /// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the bidi marks
    /// (U+061C, U+200E, U+200F), and zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF):
    /// invisible, and able to make text read other than it is (`abc\u{202E}fdp.exe`).
    public static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// Whether the scalar is a combining mark (it draws on the letter before it).
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A scalar in the one readable form every message uses: `\u{1B}`, `\u{0A}`, `\u{202E}`
    /// (upper-case hexadecimal, at least two digits), as Swift writes it.
    public static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }

    /// Untrusted text (from a file, a file name or the store) made safe to print or to write
    /// into a note: every control character (C0 including line breaks and tabs, DEL, C1), the
    /// line and paragraph separators, invisible formatting (`isInvisibleFormatting`) and the
    /// combining marks past `maxCombiningMarks` on one letter are shown as `\u{HEX}`, so such
    /// text can neither command a terminal nor forge a second line. Everything else, backslashes
    /// included, is unchanged, so the function is idempotent and ordinary text reads as it is.
    /// With `keepingLineBreaks`, a line feed stays a line feed (for multi-line documents).
    public static func printable(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || isCombiningMark($0) }) else { return text }
        // Appended to a String, not a String.UnicodeScalarView: the view's append(contentsOf:)
        // copies all that is written so far, which made a text of many escapes quadratic.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var marks = 0
        for scalar in text.unicodeScalars {
            if isCombiningMark(scalar) {
                marks += 1
                if marks <= maxCombiningMarks {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += escaped(scalar)
                }
                continue
            }
            marks = 0
            if needsEscape(scalar) && !(keepingLineBreaks && scalar == "\n") {
                out += escaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: true
        default: isInvisibleFormatting(scalar)
        }
    }

    /// What makes a text unfit to be stored from an imported file: the first one found.
    public enum Hazard: Hashable, Sendable {
        /// A control character (a line break too, in one-line text).
        case control(Unicode.Scalar)
        /// A bidi override, embedding, isolate or mark.
        case bidi(Unicode.Scalar)
        /// A zero-width or other invisible character.
        case invisible(Unicode.Scalar)
        /// More than `maxCombiningMarks` combining marks on one letter.
        case combiningFlood
    }

    /// The first hazard in a text, or nil. Multi-line text may hold line feeds; nothing else
    /// below U+0020, no DEL, no C1, no line or paragraph separator.
    public static func hazard(in text: String, multiline: Bool) -> Hazard? {
        var marks = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isCombiningMark(scalar) {
                marks += 1
                if marks > maxCombiningMarks { return .combiningFlood }
                continue
            }
            marks = 0
            switch v {
            case 0x0A where multiline: continue
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return .control(scalar)
            case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: return .invisible(scalar)
            default: if isInvisibleFormatting(scalar) { return .bidi(scalar) }
            }
        }
        return nil
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
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, the form the search index keeps. Fast: a table maps every Latin
    /// letter up to U+1EFF (Vietnamese precomposed letters included) to its folded ASCII letter;
    /// only other scripts take the slow path through Unicode decomposition.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let code: UInt8 = v < UInt32(foldTable.count) ? foldTable[Int(v)] : FoldCode.slow
            switch code {
            case FoldCode.drop:
                continue
            case FoldCode.space:
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            case FoldCode.slow:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                    continue
                }
                for folded in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !(0x0300...0x036F).contains(folded.value) {
                    out.append(contentsOf: Array(String(folded.properties.lowercaseMapping).utf8))
                }
                lastWasSpace = false
            default:
                out.append(code)
                lastWasSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    private enum FoldCode {
        static let drop: UInt8 = 0
        static let space: UInt8 = 1
        static let slow: UInt8 = 2
    }

    /// For each scalar below U+1F00: the ASCII byte it folds to, or a FoldCode.
    private static let foldTable: [UInt8] = {
        var table = [UInt8](repeating: FoldCode.slow, count: 0x1F00)
        for v in 0..<0x80 {
            let c = UInt8(v)
            switch c {
            case 0x41...0x5A: table[v] = c + 32
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: table[v] = FoldCode.space
            case 0x00..<0x20, 0x7F: table[v] = FoldCode.drop
            default: table[v] = c
            }
        }
        for v in 0x0300...0x036F { table[v] = FoldCode.drop }  // combining diacritics (NFD input)
        table[0x0111] = UInt8(ascii: "d")  // đ and Đ have no decomposition
        table[0x0110] = UInt8(ascii: "d")
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for v in range where table[v] == FoldCode.slow {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                let lower = base.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let only = lower.first, only.isASCII, only.properties.isAlphabetic {
                    table[v] = UInt8(only.value)
                }
            }
        }
        return table
    }()
}
