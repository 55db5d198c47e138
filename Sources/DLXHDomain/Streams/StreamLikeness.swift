/// How alike streams are by their items' words, so that staff merging a stream or moving an item
/// are offered the likeliest stream first. The suggestions split one concern's wordings into
/// several streams more often than they join two concerns (on text they have not seen, recall
/// 0.32 at precision 0.60: Docs/BENCH.md), so the stream a staff member wants is usually one of the
/// most alike, and should not be looked for among a hundred.
public enum StreamLikeness {
    /// The indices of `candidates` (each a stream's item texts), the one whose words are most
    /// like `texts` first; ties, and candidates with no text, keep their order.
    public static func ranked(_ texts: [String], candidates: [[String]]) -> [Int] {
        let vectors = Vectors(texts: texts + candidates.flatMap { $0 })
        let target = Vectors.sum(Array(vectors.items[0..<texts.count]))
        var scores: [Double] = []
        var start = texts.count
        for candidate in candidates {
            let sum = Vectors.sum(Array(vectors.items[start..<(start + candidate.count)]))
            scores.append(Vectors.cosine(target, sum))
            start += candidate.count
        }
        return candidates.indices.sorted { (scores[$0], $1) > (scores[$1], $0) }
    }
}
