import DLXHDomain

/// Text laid out for a width without cutting a word in two: wrapped over lines, or shortened
/// at a word boundary with "…". Widths are display widths of whole graphemes (DisplayWidth),
/// so a Vietnamese letter with its marks or a wide character is never split. A word is cut
/// inside only when not even its first word fits (then there is no word boundary to cut at).
public enum WordFit {
    /// `text` as it is when it fits in `width` columns; else the longest run of whole words that
    /// fits with "…" after it; a first word longer than `width` is cut with "…".
    public static func cut(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - 1  // for "…"
        var best: String?
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            used += w
            let next = text.index(after: index)
            // A word ends before a space, or after a dash or slash that joins words.
            if character == " " {
                best = String(text[..<index])
            } else if "–-/,;:".contains(character), next < text.endIndex, text[next] != " " {
                best = String(text[..<next])
            }
            index = next
        }
        // The room ends just before a space: everything up to it is whole words.
        if index < text.endIndex, text[index] == " " { best = String(text[..<index]) }
        if let best {
            var kept = best
            while kept.last == " " || kept.last == "," || kept.last == ";" || kept.last == "·" || kept.last == "–" { kept.removeLast() }
            if !kept.isEmpty { return kept + "…" }
        }
        return DisplayWidth.prefix(text, fitting: room) + "…"
    }

    /// A one-line message in `width` columns: as it is when it fits; else a file path in it
    /// keeps its file name whole and gives up the middle of its folders ("/tmp/dlxh-e…/nhac.txt"),
    /// since the name is what the person looks for; else it is cut at a word boundary.
    public static func message(_ text: String, _ width: Int) -> String {
        let over = DisplayWidth.of(text) - width
        guard over > 0 else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let index = words.indices.filter({ words[$0].hasPrefix("/") || words[$0].hasPrefix("~/") }).max(by: {
            DisplayWidth.of(words[$0]) < DisplayWidth.of(words[$1])
        }), let slash = words[index].lastIndex(of: "/") {
            let path = words[index]
            let folders = String(path[..<slash])
            let name = String(path[slash...])  // "/nhac.txt." with what follows the path
            let keep = DisplayWidth.of(folders) - over - 1  // one column for "…"
            if keep >= 2 {
                words[index] = DisplayWidth.prefix(folders, fitting: keep) + "…" + name
                return words.joined(separator: " ")
            }
        }
        return cut(text, width)
    }

    /// The first of `choices` (longest first, e.g. a label and its abbreviation) that fits;
    /// else the last one cut at a word boundary.
    public static func first(_ choices: [String], fitting width: Int) -> String {
        choices.first { DisplayWidth.of($0) <= width } ?? cut(choices.last ?? "", width)
    }

    /// `text` wrapped at spaces into lines of at most `width` columns (trailing spaces trimmed);
    /// a word longer than a line is the only thing cut.
    public static func wrap(_ text: String, _ width: Int) -> [String] {
        TextArea.wrap(text, width: max(1, width)).map { line in
            var s = line.text
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// Whether a word of `original` is cut in `shown`: `shown` must be `original` whole, or
    /// `original`'s words up to a boundary followed by "…". For tests and checks.
    public static func isCutMidWord(_ shown: String, of original: String) -> Bool {
        if shown == original { return false }
        guard shown.hasSuffix("…") else { return original.hasPrefix(shown) && !isBoundary(original, at: shown.count) }
        let kept = String(shown.dropLast())
        guard original.hasPrefix(kept) else { return true }
        return !isBoundary(original, at: kept.count)
    }

    static func isBoundary(_ text: String, at offset: Int) -> Bool {
        let characters = Array(text)
        guard offset > 0, offset < characters.count else { return true }
        let before = characters[offset - 1]
        let after = characters[offset]
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}

extension KeyHints {
    /// A hint line in `width` columns: hints that do not fit give way whole (never cut
    /// mid-word), in order; a shorter one after them may still fit.
    static func line(_ docs: [KeyDoc], _ l: Language, width: Int, separator: String = " · ") -> String {
        var chosen: [String] = []
        for hint in docs.compactMap({ $0.hint(l) }) {
            let candidate = (chosen + [hint]).joined(separator: separator)
            if DisplayWidth.of(candidate) <= width { chosen.append(hint) }
        }
        return chosen.joined(separator: separator)
    }
}
