/// Reads many texts into features numbered once (`StreamText.features` read as numbers): each
/// word as written is looked up once in a table that remembers all that the reading needs of it
/// (its folded syllables, whether it is a function word, the abbreviations and concept phrases
/// that may start with it), so the rest of the reading compares numbers, not strings. The
/// features are the same as `StreamText.features` gives by name (a test holds them equal).
///
/// Numbers are given in the order things are first met, so the same texts in the same order
/// always give the same numbers (and the grouping the same streams).
final class StreamReader {
    /// What the reading needs of one word as written.
    struct WordInfo {
        /// Its syllables as the grouping reads them (abbreviations written out or kept whole),
        /// and which of them are words of no concern (left out after the compounds and
        /// abbreviations are read): in text with marks, and in text typed without any.
        var syllables: [Int32]
        var markedFunction: [Bool]
        var unmarkedFunction: [Bool]
        /// Every syllable, function words included: what the lexicon's phrases are read from.
        var all: [Int32]
    }

    /// A word's UTF-8 bytes as a key: hashed as bytes, where a String's hash first puts
    /// Vietnamese text in normal form, and made without a String for each word read.
    struct WordKey: Hashable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            hasher.combine(h)
        }
    }

    private var wordInfo: [WordKey: WordInfo] = [:]
    private var syllableIDs: [String: Int32] = [:]
    private(set) var syllableNames: [String] = []
    /// By syllable: whether it is kept as a feature (longer than one letter, or a number); the
    /// abbreviations whose written-out syllables start with it; the lexicon's phrases that do.
    private var keep: [Bool] = []
    private var contractionsFrom: [[(syllables: [Int32], token: Int32)]] = []
    private var functionPhrasesFrom: [[[Int32]]] = []
    /// By syllable: whether it is an abbreviation of no concern (`StreamText.functionTokens`).
    private var functionToken: [Bool] = []
    private var phrasesFrom: [[(syllables: [Int32], concept: Int32)]] = []
    private(set) var conceptNames: [String] = []
    /// By concept: the broader concept it is a kind of (`StreamLexicon.parent`), or -1.
    private var conceptParent: [Int32] = []

    init() {
        var conceptIDs: [String: Int32] = [:]
        func conceptID(_ concept: String) -> Int32 {
            if let known = conceptIDs[concept] { return known }
            // The broad concept is numbered first, so the two tables stay in step.
            let parent = StreamLexicon.parent(of: concept).map(conceptID) ?? -1
            let c = Int32(conceptNames.count)
            conceptIDs[concept] = c
            conceptNames.append(concept)
            conceptParent.append(parent)
            return c
        }
        for (phrase, concept) in StreamLexicon.phrases {
            let ids = phrase.map(syllable)
            phrasesFrom[Int(ids[0])].append((ids, conceptID(concept)))
        }
        for phrase in StreamText.functionPhrases {
            let ids = phrase.map(syllable)
            functionPhrasesFrom[Int(ids[0])].append(ids)
        }
        for (phrase, token) in StreamText.contractions {
            let ids = phrase.map(syllable)
            contractionsFrom[Int(ids[0])].append((ids, syllable(token)))
        }
        for token in StreamText.functionTokens { functionToken[Int(syllable(token))] = true }
    }

    /// Whether `phrase` (whose first syllable is known to be `text[at]`) is spelt out in `text`
    /// from `at` on.
    private static func spells(_ phrase: [Int32], in text: [Int32], at: Int) -> Bool {
        guard phrase.count <= text.count - at else { return false }
        for k in 1..<phrase.count where text[at + k] != phrase[k] { return false }
        return true
    }

    private func syllable(_ name: String) -> Int32 {
        if let id = syllableIDs[name] { return id }
        let id = Int32(syllableNames.count)
        syllableIDs[name] = id
        syllableNames.append(name)
        keep.append(name.count > 1 || name.first?.isNumber == true)
        contractionsFrom.append([])
        functionToken.append(false)
        functionPhrasesFrom.append([])
        phrasesFrom.append([])
        return id
    }

    private func info(_ key: WordKey) -> WordInfo {
        if let known = wordInfo[key] { return known }
        let word = String(decoding: key.bytes, as: UTF8.self)
        let folded = Text.fold(word)
        let all = (StreamText.abbreviations[folded] ?? StreamText.allSynonyms[folded] ?? [folded]).map(syllable)
        let made: WordInfo
        if StreamText.contractible.contains(folded) {
            let isFunction = [StreamText.functionTokens.contains(folded)]
            made = WordInfo(syllables: [syllable(folded)], markedFunction: isFunction, unmarkedFunction: isFunction, all: all)
        } else if let expansion = StreamText.abbreviations[folded] ?? StreamText.allSynonyms[folded] {
            let isFunction = expansion.map { StreamText.foldedFunctionWords.contains($0) }
            made = WordInfo(syllables: expansion.map(syllable), markedFunction: isFunction, unmarkedFunction: isFunction, all: all)
        } else {
            made = WordInfo(
                syllables: [syllable(folded)], markedFunction: [StreamText.allMarkedFunctionWords.contains(word.lowercased())],
                unmarkedFunction: [StreamText.foldedFunctionWords.contains(folded)], all: all)
        }
        wordInfo[key] = made
        return made
    }

    /// A text's features as (key, weight), keys ascending: a syllable's key is its number, a
    /// pair's `(first + 1) << 32 | second`, a concept's `-(number + 1)`.
    func features(_ text: String) -> [(key: Int64, weight: Double)] {
        let unmarked = text.utf8.allSatisfy { $0 < 0x80 }
        var syllables: [Int32] = []
        var isFunction: [Bool] = []
        var all: [Int32] = []
        // The words as `StreamText.words` reads them (runs of letters and digits, the marks that
        // combine with them included), each looked up by its bytes.
        var key = WordKey(bytes: [])
        key.bytes.reserveCapacity(32)
        func flush() {
            guard !key.bytes.isEmpty else { return }
            let info = info(key)
            syllables += info.syllables
            isFunction += unmarked ? info.unmarkedFunction : info.markedFunction
            all += info.all
            key.bytes.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF) {
                // Latin letters, Vietnamese precomposed ones included: letters, without asking
                // the Unicode tables (most of a Vietnamese text).
                isWord = true
            } else {
                let properties = scalar.properties
                isWord =
                    properties.isAlphabetic || properties.numericType != nil
                    || (!key.bytes.isEmpty && (properties.isGraphemeExtend || properties.generalCategory == .spacingMark))
            }
            if isWord {
                if v < 0x80 {
                    key.bytes.append(UInt8(v))
                } else {
                    for b in UTF8.encode(scalar)! { key.bytes.append(b) }
                }
            } else {
                flush()
            }
        }
        flush()
        var out: [(key: Int64, weight: Double)] = []
        out.reserveCapacity(syllables.count * 2 + 4)
        // Concepts are read from every syllable, function words included ("không trả lương").
        var i = 0
        while i < all.count {
            var matched = 0
            if let (phrase, concept) = phrasesFrom[Int(all[i])].first(where: { Self.spells($0.syllables, in: all, at: i) }) {
                out.append((-(Int64(concept) + 1), StreamText.conceptWeight))
                let parent = conceptParent[Int(concept)]
                if parent >= 0 { out.append((-(Int64(parent) + 1), StreamText.parentWeight)) }
                matched = phrase.count
            }
            i += max(1, matched)
        }
        // As `StreamText.contentSyllables` reads them: abbreviations spelt out read as them, then
        // the compounds of no concern left out, then the words of no concern and one-letter
        // syllables (not numbers).
        var contracted: [Int32] = []
        var contractedIsFunction: [Bool] = []
        contracted.reserveCapacity(syllables.count)
        i = 0
        while i < syllables.count {
            if let (phrase, token) = contractionsFrom[Int(syllables[i])].first(where: { Self.spells($0.syllables, in: syllables, at: i) }) {
                contracted.append(token)
                contractedIsFunction.append(functionToken[Int(token)])
                i += phrase.count
            } else {
                contracted.append(syllables[i])
                contractedIsFunction.append(isFunction[i])
                i += 1
            }
        }
        var words: [Int32] = []
        words.reserveCapacity(contracted.count)
        i = 0
        while i < contracted.count {
            if let phrase = functionPhrasesFrom[Int(contracted[i])].first(where: { Self.spells($0, in: contracted, at: i) }) {
                i += phrase.count
                continue
            }
            if !contractedIsFunction[i] && keep[Int(contracted[i])] { words.append(contracted[i]) }
            i += 1
        }
        for (k, w) in words.enumerated() {
            out.append((Int64(w), 1))
            if k + 1 < words.count { out.append(((Int64(w) + 1) << 32 | Int64(words[k + 1]), StreamText.pairWeight)) }
        }
        out.sort { $0.key < $1.key }
        var merged: [(key: Int64, weight: Double)] = []
        merged.reserveCapacity(out.count)
        for f in out {
            if let last = merged.last, last.key == f.key {
                merged[merged.count - 1].weight += f.weight
            } else {
                merged.append(f)
            }
        }
        return merged
    }

    /// A feature's name as `StreamText.features` writes it.
    func name(_ key: Int64) -> String {
        if key < 0 { return "#" + conceptNames[Int(-key - 1)] }
        if key >> 32 == 0 { return syllableNames[Int(key)] }
        return syllableNames[Int((key >> 32) - 1)] + " " + syllableNames[Int(key & 0xFFFF_FFFF)]
    }
}
