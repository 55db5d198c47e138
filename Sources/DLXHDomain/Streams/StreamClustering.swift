import Foundation

/// Groups texts about the same concern, month by month, as a staff member would: within a month,
/// items that say the same thing in their own words are joined (average linkage over TF-IDF
/// cosine, so one shared word does not chain unrelated items together); then each month's group
/// joins the stream of earlier months it matches best, or starts a new one; last, streams of
/// one topic whose items are on average alike are joined (`merged`).
///
/// Pure and deterministic: the same items in the same order always give the same streams.
public struct StreamClustering: Sendable {
    public struct Input: Sendable {
        public var key: String
        public var month: Period
        public var topic: String
        public var text: String

        public init(key: String, month: Period, topic: String, text: String) {
            self.key = key
            self.month = month
            self.topic = topic
            self.text = text
        }
    }

    /// Similarity above which two items (or an item group and a stream) are one concern.
    /// The four settings here were chosen together (and `StreamText.conceptWeight`) on four
    /// hand-labelled sets written without seeing this code — the development set (198 items, not
    /// in the repository), the independent set and the two hold-out sets in the tests' fixtures —
    /// as the best mean F1 whose demo F1 stays ≥ 0.9; grid and figures in Docs/BENCH.md
    /// (2 December 2026). Seasonal concerns are labelled per season in all of them.
    public var threshold = 0.28
    /// Added to the similarity of two items of the same topic: the classifier's word counts too.
    public var sameTopicBonus = 0.07
    /// The same between a month's group and a stream, and between two streams (`merged`): a
    /// concern's items spread over months are less alike by their words than one month's, and
    /// their shared topic counts for more there.
    public var streamTopicBonus = 0.10
    /// Two streams whose items are, on average, at least this alike (`streamTopicBonus` counted
    /// for each pair of the same topic) are one: see `merged`. (At 0.18 the demo's near misses
    /// ran together: F1 0.87.)
    public var mergeThreshold = 0.20
    /// A concern silent for more than this many months (months without an item) that is raised
    /// again is a new stream: the season's return (dengue each rainy season, Tết each year), as
    /// staff count them, not the old one. A stream takes a month's items only after at most this
    /// silence, and two streams are never joined when their months, put together, would leave a
    /// longer one (the demo labels a seasonal concern per season; so do the labelled sets).
    /// Five since 2 December 2026: a Tết talked of until March and again from October is two
    /// seasons, six months apart (hold-out set 1; F1 there 0.687 → 0.703, the demo's ten years
    /// 0.914 → 0.935, the other sets unchanged or within 0.003).
    public var activeMonths = 5

    public init() {}

    /// The streams, each a list of input indices in input order; streams ordered by first item.
    public func cluster(_ inputs: [Input]) -> [[Int]] {
        cluster(inputs, vectors: Vectors(texts: inputs.map(\.text)))
    }

    /// The same, with the inputs' vectors already made (a caller that needs them too).
    func cluster(_ inputs: [Input], vectors: Vectors) -> [[Int]] {
        guard !inputs.isEmpty else { return [] }
        let byMonth = Dictionary(grouping: inputs.indices, by: { inputs[$0].month })
        var streams: [Stream] = []
        var postings: [[(member: Int, weight: Double)]] = []
        for month in byMonth.keys.sorted() {
            let members = byMonth[month]!
            for group in groups(members, inputs: inputs, vectors: vectors, postings: &postings) {
                let total = group.dropFirst().reduce(vectors.items[group[0]]) { Vectors.merged($0, vectors.items[$1]) }
                let centroid = Vectors.normalised(total)
                let topic = majorityTopic(group, inputs)
                let topics = Dictionary(grouping: group, by: { inputs[$0].topic }).mapValues(\.count)
                var best: (index: Int, score: Double)?
                for (s, stream) in streams.enumerated() where stream.lastMonth.distance(to: month) - 1 <= activeMonths {
                    var score = Vectors.cosine(centroid, stream.centroid)
                    if stream.topic == topic { score += streamTopicBonus }
                    if score >= threshold, score > (best?.score ?? -1) { best = (s, score) }
                }
                if let best {
                    // The centre of all the stream's items, each counted once: a centre that gave
                    // the latest month as much weight as all before it wandered after its last
                    // wording, and a concern's wordings ended in streams of their own.
                    streams[best.index].members += group
                    streams[best.index].total = Vectors.merged(streams[best.index].total, total)
                    streams[best.index].centroid = Vectors.normalised(streams[best.index].total)
                    if streams[best.index].lastMonth != month { streams[best.index].months.append(month) }
                    streams[best.index].lastMonth = month
                    for (t, n) in topics { streams[best.index].topics[t, default: 0] += n }
                } else {
                    streams.append(
                        Stream(members: group, centroid: centroid, total: total, topics: topics, topic: topic, lastMonth: month, months: [month]))
                }
            }
        }
        if mergeThreshold > 0 { streams = merged(streams) }
        return streams.map { $0.members.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Streams that grew apart side by side for one concern (one month's items of a concern met
    /// no stream, or a wording formed a group of its own and keeps drawing that wording to it):
    /// two streams of the same topic are joined when their items are on average alike enough
    /// (average linkage, as within a month), most alike first. The month-by-month pass decides
    /// from what came before; this pass sees each stream whole. (On the development set it took
    /// recall from 0.70 to 0.83 at the same precision.)
    func merged(_ streams: [Stream]) -> [Stream] {
        var pairs: [(Double, Int, Int)] = []
        let byTopic = Dictionary(grouping: streams.indices, by: { streams[$0].topic })
        for topic in byTopic.keys.sorted() {
            let list = byTopic[topic]!
            for (x, a) in list.enumerated() {
                for b in list[(x + 1)...] where spans(streams[a].months, streams[b].months) {
                    let score = averageLink(streams[a], streams[b])
                    if score >= mergeThreshold { pairs.append((score, a, b)) }
                }
            }
        }
        pairs.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        var root = Array(streams.indices)
        var current: [Stream?] = streams
        func find(_ i: Int) -> Int { var i = i; while root[i] != i { i = root[i] }; return i }
        for (_, a, b) in pairs {
            let ra = find(a), rb = find(b)
            guard ra != rb, let left = current[ra], let right = current[rb] else { continue }
            guard spans(left.months, right.months), averageLink(left, right) >= mergeThreshold else { continue }
            var joined = left
            joined.members += right.members
            joined.total = Vectors.merged(left.total, right.total)
            for (t, n) in right.topics { joined.topics[t, default: 0] += n }
            joined.lastMonth = max(left.lastMonth, right.lastMonth)
            joined.months = Array(Set(left.months + right.months)).sorted()
            current[ra] = joined
            current[rb] = nil
            root[rb] = ra
        }
        return current.compactMap { $0 }
    }

    /// Whether two streams' months (each ascending), put together, leave no silence longer than
    /// `activeMonths`: a season's return stays a stream of its own (see `activeMonths`).
    func spans(_ a: [Period], _ b: [Period]) -> Bool {
        var i = 0
        var j = 0
        var last: Period?
        while i < a.count || j < b.count {
            let next: Period
            if j == b.count || (i < a.count && a[i] <= b[j]) {
                next = a[i]
                i += 1
            } else {
                next = b[j]
                j += 1
            }
            if let last, last.distance(to: next) - 1 > activeMonths { return false }
            last = next
        }
        return true
    }

    /// The mean similarity of the pairs of items one from each stream (the item vectors are
    /// normalised, so it is the dot product of their sums over the number of pairs), with
    /// `streamTopicBonus` for each pair of the same topic.
    func averageLink(_ a: Stream, _ b: Stream) -> Double {
        let pairs = Double(a.members.count * b.members.count)
        var sameTopic = 0
        for (t, n) in a.topics { sameTopic += n * (b.topics[t] ?? 0) }
        return Vectors.cosine(a.total, b.total) / pairs + streamTopicBonus * Double(sameTopic) / pairs
    }

    struct Stream {
        var members: [Int]
        var centroid: SparseVector
        /// The sum of its items' vectors (not normalised) and its items' topics, for `averageLink`.
        var total: SparseVector
        var topics: [String: Int]
        var topic: String
        var lastMonth: Period
        /// The months it was raised in, ascending.
        var months: [Period]
    }

    func majorityTopic(_ group: [Int], _ inputs: [Input]) -> String {
        let counts = Dictionary(grouping: group, by: { inputs[$0].topic }).mapValues(\.count)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }

    /// Average-linkage groups of one month's items: pairs taken most similar first; two groups
    /// join only when their members are similar on average, not through one bridging pair.
    /// (Members are numbered 0..<n here, so the scores and groups live in arrays, not hash tables:
    /// a month of a city federation has several hundred items and this is most of the grouping.)
    func groups(_ members: [Int], inputs: [Input], vectors: Vectors) -> [[Int]] {
        var postings: [[(member: Int, weight: Double)]] = []
        return groups(members, inputs: inputs, vectors: vectors, postings: &postings)
    }

    /// The same, with the lists of the inverted index kept from one month to the next (each
    /// left empty, its room kept).
    func groups(_ members: [Int], inputs: [Input], vectors: Vectors, postings: inout [[(member: Int, weight: Double)]]) -> [[Int]] {
        let n = members.count
        var pairs: [(Double, Int, Int)] = []
        var similarity = PairScores(count: n)
        // Only pairs that share a feature can be similar: their dot products are added up
        // through an inverted index, feature by feature in ascending order — the order a walk
        // along both vectors adds them (`Vectors.cosine`), so the sums are the same to the bit.
        // (Lists by feature number, kept from month to month and emptied after: the features are
        // numbered densely, and a table by number costs no hashing.)
        var used: [Int32] = []
        for (local, m) in members.enumerated() {
            let v = vectors.items[m]
            for k in v.ids.indices {
                let id = Int(v.ids[k])
                if id >= postings.count { postings += Array(repeating: [], count: id + 1 - postings.count) }
                if postings[id].isEmpty { used.append(v.ids[k]) }
                postings[id].append((local, v.values[k]))
            }
        }
        defer { for id in used { postings[Int(id)].removeAll(keepingCapacity: true) } }
        var seenBy = [Int](repeating: -1, count: n)
        var dot = [Double](repeating: 0, count: n)
        var seen: [Int] = []
        for a in 0..<n {
            seen.removeAll(keepingCapacity: true)
            let va = vectors.items[members[a]]
            for k in va.ids.indices {
                let weight = va.values[k]
                for (b, other) in postings[Int(va.ids[k])] where b > a {
                    if seenBy[b] != a {
                        seenBy[b] = a
                        dot[b] = 0
                        seen.append(b)
                    }
                    dot[b] += weight * other
                }
            }
            for b in seen {
                var score = dot[b]
                if inputs[members[a]].topic == inputs[members[b]].topic { score += sameTopicBonus }
                if score >= threshold * 0.5 { similarity[a, b] = score }
                if score >= threshold { pairs.append((score, members[a], members[b])) }
            }
        }
        // Ties broken by the members' input order, as before they were numbered locally.
        pairs.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        let localOf = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
        var groupOf = Array(0..<n)
        var groupMembers: [[Int]?] = (0..<n).map { [$0] }
        for (_, globalA, globalB) in pairs {
            let ga = groupOf[localOf[globalA]!]
            let gb = groupOf[localOf[globalB]!]
            guard ga != gb else { continue }
            let left = groupMembers[ga]!
            let right = groupMembers[gb]!
            var total = 0.0
            for x in left { for y in right { total += similarity[x, y] } }
            guard total / Double(left.count * right.count) >= threshold else { continue }
            for y in right { groupOf[y] = ga }
            groupMembers[ga]! += right
            groupMembers[gb] = nil
        }
        return groupMembers.compactMap { $0?.map { members[$0] }.sorted() }.sorted { $0[0] < $1[0] }
    }
}

/// The scores kept between the members of one month (0 for a pair never scored), symmetric: a
/// full table while it is small enough, else only the pairs scored.
struct PairScores {
    let count: Int
    private var table: [Double]
    private var sparse: [Int: Double] = [:]
    static let largestTable = 2048

    init(count: Int) {
        self.count = count
        table = count <= Self.largestTable ? [Double](repeating: 0, count: count * count) : []
    }

    subscript(a: Int, b: Int) -> Double {
        get { table.isEmpty ? sparse[min(a, b) * count + max(a, b)] ?? 0 : table[a * count + b] }
        set {
            if table.isEmpty {
                sparse[min(a, b) * count + max(a, b)] = newValue
            } else {
                table[a * count + b] = newValue
                table[b * count + a] = newValue
            }
        }
    }
}

/// A sparse vector: feature numbers ascending, with their weights. Arrays, not a dictionary:
/// a dictionary's order changes from one run to the next (Swift seeds its hashing per process),
/// and so would the order in which floating-point sums are taken, their last bits, and so which
/// side of the threshold a close pair falls. Sorted arrays give the same streams every run.
struct SparseVector: Sendable, Equatable {
    var ids: [Int32] = []
    var values: [Double] = []
}

/// TF-IDF vectors of the inputs, features numbered in the order they are first met (each text's
/// features taken in sorted order), so the numbering too is the same every run.
struct Vectors {
    /// Rare words say more about which concern an item is than the topic's common ones: the
    /// inverse document frequency counts at this power (1.5 beat 1 and 2 on three labelled sets).
    static var idfPower: Double { StreamText.idfPower }
    var items: [SparseVector]

    /// The vectors of texts, read by one `StreamReader`.
    init(texts: [String]) {
        let reader = StreamReader()
        self.init(keyed: texts.map { reader.features($0) })
    }

    /// The vectors of features keyed as `StreamReader` keys them.
    init(keyed features: [[(key: Int64, weight: Double)]]) {
        var ids: [Int64: Int32] = [:]
        var documentFrequency: [Int] = []
        var numbered: [[(Int32, Double)]] = []
        numbered.reserveCapacity(features.count)
        for f in features {
            var v: [(Int32, Double)] = []
            v.reserveCapacity(f.count)
            for (key, weight) in f {
                let id: Int32
                if let known = ids[key] {
                    id = known
                } else {
                    id = Int32(ids.count)
                    ids[key] = id
                    documentFrequency.append(0)
                }
                v.append((id, weight))
                documentFrequency[Int(id)] += 1
            }
            numbered.append(v)
        }
        self.init(numbered: numbered, documentFrequency: documentFrequency)
    }

    /// TF-IDF weights, each vector normalised.
    init(numbered: [[(Int32, Double)]], documentFrequency: [Int]) {
        let n = Double(numbered.count)
        // Each feature's inverse document frequency, once.
        let idf = documentFrequency.map { pow(log((n + 1) / (Double($0) + 1)) + 1, Vectors.idfPower) }
        items = numbered.map { v in
            let sorted = v.sorted { $0.0 < $1.0 }
            let weights = sorted.map { id, weight in (1 + log(weight)) * idf[Int(id)] }
            return Vectors.normalised(SparseVector(ids: sorted.map(\.0), values: weights))
        }
    }

    /// The index of the vector nearest the centre of `vectors` (the first of equals): the item
    /// that says a stream best, for its title.
    static func nearestCentre(_ vectors: [SparseVector]) -> Int {
        let centroid = sum(vectors)
        let closeness = vectors.map { cosine($0, centroid) }
        return closeness.indices.max { closeness[$0] < closeness[$1] }!
    }

    static func normalised(_ v: SparseVector) -> SparseVector {
        let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return v }
        return SparseVector(ids: v.ids, values: v.values.map { $0 / norm })
    }

    /// The normalised sum: each feature's weights added in the vectors' order.
    static func sum(_ vectors: [SparseVector]) -> SparseVector {
        // Each feature's weights are added in the vectors' order, as merging them one after
        // another adds them, into a table by feature number (merging a stream of thousands of
        // items one by one copied its sum each time).
        guard vectors.count > 2 else { return normalised(vectors.reduce(SparseVector()) { merged($0, $1) }) }
        let size = Int(vectors.lazy.compactMap { $0.ids.last }.max() ?? -1) + 1
        var weights = [Double](repeating: 0, count: size)
        var present = [Bool](repeating: false, count: size)
        for v in vectors {
            for k in v.ids.indices {
                let id = Int(v.ids[k])
                weights[id] += v.values[k]
                present[id] = true
            }
        }
        var total = SparseVector()
        for id in 0..<size where present[id] {
            total.ids.append(Int32(id))
            total.values.append(weights[id])
        }
        return normalised(total)
    }

    /// The sum of two vectors, not normalised.
    static func merged(_ a: SparseVector, _ b: SparseVector) -> SparseVector {
        var out = SparseVector()
        out.ids.reserveCapacity(a.ids.count + b.ids.count)
        out.values.reserveCapacity(a.ids.count + b.ids.count)
        var i = 0
        var j = 0
        while i < a.ids.count || j < b.ids.count {
            if j == b.ids.count || (i < a.ids.count && a.ids[i] < b.ids[j]) {
                out.ids.append(a.ids[i])
                out.values.append(a.values[i])
                i += 1
            } else if i == a.ids.count || b.ids[j] < a.ids[i] {
                out.ids.append(b.ids[j])
                out.values.append(b.values[j])
                j += 1
            } else {
                out.ids.append(a.ids[i])
                out.values.append(a.values[i] + b.values[j])
                i += 1
                j += 1
            }
        }
        return out
    }

    /// The dot product of two normalised vectors, walking both in feature order.
    static func cosine(_ a: SparseVector, _ b: SparseVector) -> Double {
        // A month's group against a stream of years holds a few dozen features against
        // thousands: each of the few is looked up in the many (by halving, onwards from the last
        // one found) instead of walking them all. The products are added in the same feature
        // order, so the sum is the same to the bit.
        if a.ids.count * 8 < b.ids.count { return lookedUp(a, in: b) }
        if b.ids.count * 8 < a.ids.count { return lookedUp(b, in: a) }
        var i = 0
        var j = 0
        var dot = 0.0
        while i < a.ids.count && j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                dot += a.values[i] * b.values[j]
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot
    }
}

extension Vectors {
    /// The dot product of a short vector and a long one, each feature of the short one found in
    /// the long one by halving; products taken in feature order, as `cosine` walks them.
    static func lookedUp(_ short: SparseVector, in long: SparseVector) -> Double {
        var dot = 0.0
        var from = 0
        let count = long.ids.count
        for k in short.ids.indices {
            let id = short.ids[k]
            var low = from
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if long.ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            from = low
            if low == count { break }
            if long.ids[low] == id {
                // (A product is the same whichever operand comes first.)
                dot += short.values[k] * long.values[low]
                from = low + 1
            }
        }
        return dot
    }
}

/// Pairwise precision, recall and F1 of a grouping against the truth: over all pairs of items,
/// how many put together belong together (precision), and how many that belong together were
/// put together (recall).
public struct PairwiseScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public init(predicted: [[Int]], truth: [String]) {
        // Counted from the table of (group, label) sizes, not pair by pair: the demo's ten years
        // hold 39,111 labelled items, some 765 million pairs.
        var label: [Int: Int] = [:]
        for (g, group) in predicted.enumerated() { for i in group { label[i] = g } }
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        var groupSizes: [Int: Int] = [:]
        var labelSizes: [String: Int] = [:]
        var cellSizes: [Int: [String: Int]] = [:]
        for i in truth.indices {
            labelSizes[truth[i], default: 0] += 1
            // An item in no group is alone: it makes no pair with any other.
            guard let g = label[i] else { continue }
            groupSizes[g, default: 0] += 1
            cellSizes[g, default: [:]][truth[i], default: 0] += 1
        }
        let truePositive = cellSizes.values.reduce(0.0) { sum, cells in cells.values.reduce(sum) { $0 + pairs($1) } }
        let predictedPairs = groupSizes.values.reduce(0.0) { $0 + pairs($1) }
        let truePairs = labelSizes.values.reduce(0.0) { $0 + pairs($1) }
        precision = predictedPairs == 0 ? 1 : truePositive / predictedPairs
        recall = truePairs == 0 ? 1 : truePositive / truePairs
    }
}
