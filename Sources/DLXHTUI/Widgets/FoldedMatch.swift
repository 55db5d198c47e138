import DLXHDomain

/// Finds a search term in text the way the search box promises: case, Vietnamese diacritics and
/// đ/d do not matter. Returns ranges in the original text, for highlighting.
public enum FoldedMatch {
    public static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        let needle = Array(Text.fold(query))
        guard !needle.isEmpty else { return [] }
        // Fold character by character, remembering where each folded character came from.
        // It runs for every cell of every row drawn while a search is typed: ASCII characters,
        // most of any text, fold through a table made once.
        var folded: [Character] = []
        var origins: [String.Index] = []
        folded.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        for index in text.indices {
            let character = text[index]
            let foldedCharacter: [Character] =
                if let ascii = character.asciiValue { asciiFolds[Int(ascii)] } else { Array(Text.fold(String(character))) }
            for c in foldedCharacter {
                folded.append(c)
                origins.append(index)
            }
            if character == " " {
                folded.append(" ")
                origins.append(index)
            }
        }
        var ranges: [Range<String.Index>] = []
        var i = 0
        while i + needle.count <= folded.count {
            if needle.indices.allSatisfy({ folded[i + $0] == needle[$0] }) {
                let start = origins[i]
                let lastOrigin = origins[i + needle.count - 1]
                ranges.append(start..<text.index(after: lastOrigin))
                i += needle.count
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// What each ASCII character folds to on its own, as `Text.fold` says.
    private static let asciiFolds: [[Character]] = (0..<128).map { Array(Text.fold(String(UnicodeScalar(UInt8($0))))) }
}
