import DLXHDomain

/// Finds a search term in text the way the search box promises: case, Vietnamese diacritics and
/// đ/d do not matter. Returns ranges in the original text, for highlighting.
public enum FoldedMatch {
    public static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        let needle = Array(Text.fold(query))
        guard !needle.isEmpty else { return [] }
        // Fold character by character, remembering where each folded character came from.
        var folded: [Character] = []
        var origins: [String.Index] = []
        for index in text.indices {
            for c in Text.fold(String(text[index])) {
                folded.append(c)
                origins.append(index)
            }
            if text[index] == " " {
                folded.append(" ")
                origins.append(index)
            }
        }
        var ranges: [Range<String.Index>] = []
        var i = 0
        while i + needle.count <= folded.count {
            if Array(folded[i..<(i + needle.count)]) == needle {
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
}
