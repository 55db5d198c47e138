import Foundation
/// How an opinion item's text is read for grouping into streams: folded (no diacritics, đ→d,
/// lower case), the field's abbreviations written out, function words left out, and the
/// syllables of names (enterprises, places, policies: capitalised inside a sentence) marked,
/// since a name says more about which concern it is than a common word does.
public enum StreamText {
    /// The field's abbreviations, folded, and what they stand for (folded).
    static let abbreviations: [String: [String]] = [
        "bhxh": ["bao", "hiem", "xa", "hoi"], "bhyt": ["bao", "hiem", "y", "te"],
        "bhtn": ["bao", "hiem", "that", "nghiep"], "kcn": ["khu", "cong", "nghiep"],
        "ccn": ["cum", "cong", "nghiep"], "cnld": ["cong", "nhan", "lao", "dong"],
        "cnvcld": ["cong", "nhan", "vien", "chuc", "lao", "dong"], "cnvc": ["cong", "nhan", "vien", "chuc"],
        "ccvc": ["cong", "chuc", "vien", "chuc"], "cdcs": ["cong", "doan", "co", "so"],
        "nld": ["nguoi", "lao", "dong"], "dn": ["doanh", "nghiep"], "ubnd": ["uy", "ban", "nhan", "dan"],
        "hdld": ["hop", "dong", "lao", "dong"], "tuldtt": ["thoa", "uoc", "lao", "dong", "tap", "the"],
        "ldld": ["lien", "doan", "lao", "dong"], "tnhh": ["trach", "nhiem", "huu", "han"],
        "atvsld": ["an", "toan", "ve", "sinh", "lao", "dong"], "tnld": ["tai", "nan", "lao", "dong"],
        "cty": ["cong", "ty"], "cn": ["cong", "nhan"], "ld": ["lao", "dong"], "ntn": ["nguoi", "lao", "dong"],
        "bhld": ["bao", "ho", "lao", "dong"], "ldtb": ["lao", "dong", "thuong", "binh"],
        "ldtbxh": ["lao", "dong", "thuong", "binh", "xa", "hoi"], "tp": ["thanh", "pho"],
        "ttxh": ["trat", "tu", "xa", "hoi"], "antt": ["an", "ninh", "trat", "tu"],
    ]

    /// Syllables that carry no concern of their own, as written (with their marks): folding
    /// would merge them with words that do ("vậy" so, "vay" borrow; "lại" again, "lãi" interest).
    static let functionWords: Set<String> = [
        "và", "của", "các", "những", "là", "có", "được", "cho", "với", "về", "trong", "đã", "đang", "sẽ",
        "không", "này", "đó", "một", "số", "ý", "kiến", "nhiều", "tại", "theo", "khi", "thì", "mà", "nếu",
        "hơn", "rất", "cũng", "vẫn", "còn", "nên", "từ", "đến", "trên", "dưới", "sau", "trước", "ra", "vào",
        "lên", "bởi", "vì", "rằng", "việc", "như", "để", "hay", "hoặc", "bị", "lại", "thêm", "chưa", "mới",
        "cả", "cứ", "nào", "gì", "ấy", "kia", "thực", "hiện", "phản", "ánh", "biết", "muốn", "mong", "quan",
        "tâm", "lo", "lắng", "băn", "khoăn", "bức", "xúc", "đồng", "tình", "nhất", "đa", "hầu", "hết", "tôi",
        "chúng", "họ", "mình", "người", "lao", "động", "công", "nhân", "đoàn", "tổ", "chức", "địa", "bàn",
        "hiện", "nay", "thời", "gian", "qua", "gần", "đây", "năm", "tháng", "ngày", "kỳ", "khá", "ít",
        "riêng", "nhóm", "phải", "cần", "đề", "nghị", "xem", "xét", "vậy", "nữa", "ở", "thế", "đây", "nhưng",
        "do", "nên", "tuy", "đối", "với", "trường", "hợp", "tình", "trạng", "vấn", "đề", "hiện", "tượng",
        "mức", "khoảng", "gần", "hơn", "trên", "dưới", "nhằm", "kịp", "thời", "sớm", "đã", "chỉ", "đều",
    ]

    /// Words of the report's manner every unit writes whatever the concern ("xôn xao", "bàn tán",
    /// "phấn khởi", "nắm bắt", "kiến nghị"…): on the development set, leaving them out took F1
    /// from 0.784 to 0.799 (and on the independent set from 0.669 to 0.698).
    static let mannerWords: Set<String> = [
        "ngại", "bàn", "tán", "xôn", "xao", "luận", "hoang", "phấn", "khởi", "than", "phiền", "vui", "mừng",
        "nắm", "bắt", "rằng", "sẻ", "thường", "xuyên", "đông", "đảo", "đề", "kiến", "nghị", "mong", "muốn",
        "đồng", "tình", "ủng", "trông",
    ]
    /// Function words left out only when written with their marks: folded, they are content
    /// words ("hỗ trợ" support, "trọ" lodging: folded, every "hỗ trợ" was a word of rented rooms).
    static let markedOnlyFunctionWords: Set<String> = ["hỗ", "trợ"]
    /// Syllables of the lists above left out only inside the compounds of `functionPhrases`:
    /// alone, or in another compound, they are the concern ("công an" police, "công ty",
    /// "địa chỉ" address, "trung tâm", "trường học", "cơ quan", "hoạt động", "nhân viên"), and
    /// dropped one by one they left "an", "ty", "chỉ", "trung", "học".
    static let compoundOnlySyllables: Set<String> = [
        "công", "nhân", "lao", "động", "đoàn", "tổ", "chức", "địa", "bàn", "quan", "tâm", "thời", "gian", "trường",
        "hợp", "tình", "trạng", "vấn", "đề", "hiện", "tượng", "thực", "phản", "ánh", "đồng", "nhất", "đa", "hầu", "hết",
        "kiến", "nghị", "xem", "xét",
    ]
    /// The compounds of no concern those syllables make, folded, longest first: what every
    /// report says whatever it is about ("người lao động", "công đoàn", "phản ánh", "đề nghị").
    static let functionPhrases: [[String]] = (generic + [
        "cong nhan vien chuc lao dong", "cong nhan lao dong", "nguoi lao dong", "cong doan co so", "doan vien cong doan",
        "cong nhan vien chuc", "lao dong", "cong nhan", "cong doan", "doan vien", "to chuc", "dia ban", "quan tam",
        "thoi gian qua", "thoi gian", "truong hop", "tinh trang", "tinh hinh", "van de", "hien tuong", "thuc hien", "hien nay",
        "phan anh", "dong tinh", "nhat la", "da so", "hau het", "y kien", "kien nghi", "de nghi", "xem xet", "dong dao",
    ]).map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// The words of what is asked for and how, folded, that close most reports' items whatever
    /// the concern ("đề nghị cơ quan chức năng kiểm tra, xử lý nghiêm, tăng cường tuyên truyền"):
    /// they made items of different concerns alike. Left out as compounds, like the ones above.
    static let generic: [String] = [
        "yeu cau", "huong dan", "tuyen truyen", "kiem tra", "xu ly", "giai quyet", "dam bao", "tang cuong", "quy dinh",
        "co quan chuc nang", "chuc nang", "kip thoi", "giai dap", "phoi hop", "theo doi", "nam bat",
        "anh huong", "kho khan", "quyen loi", "che do", "hop phap", "chinh dang", "tu tuong", "tam ly", "tam tu",
        "nguyen vong", "doi song", "mot so", "dia phuong", "xu ly nghiem", "co quan", "cac cap", "nganh chuc nang",
    ]

    static let allFunctionWords: Set<String> = functionWords.union(mannerWords).subtracting(compoundOnlySyllables)
    static let allMarkedFunctionWords: Set<String> = allFunctionWords.union(markedOnlyFunctionWords)

    /// The same, folded, for text typed without marks at all (some units type so).
    static let foldedFunctionWords: Set<String> = Set(allFunctionWords.map { Text.fold($0) })

    /// Whether `phrase` is spelt out in `text` from `at` on, each element read by `syllable`:
    /// the by-name twin of `StreamReader.spells`, for the compounds, the abbreviations and the
    /// lexicon's phrases alike.
    static func spells<T>(_ phrase: [String], in text: [T], at: Int, _ syllable: (T) -> String) -> Bool {
        guard phrase.count <= text.count - at else { return false }
        for k in phrase.indices where syllable(text[at + k]) != phrase[k] { return false }
        return true
    }

    /// A run of syllables with the compounds of `functionPhrases` left out.
    static func withoutFunctionPhrases<T>(_ items: [T], _ syllable: (T) -> String) -> [T] {
        var out: [T] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            if let phrase = functionPhrases.first(where: { spells($0, in: items, at: i, syllable) }) {
                i += phrase.count
            } else {
                out.append(items[i])
                i += 1
            }
        }
        return out
    }

    /// Words units write in several ways, folded, and the one way they are read.
    static let synonyms: [String: [String]] = [
        "app": ["ung", "dung"], "cbccvc": ["can", "bo", "cong", "chuc", "vien", "chuc"],
        "cbcc": ["can", "bo", "cong", "chuc"], "cb": ["can", "bo"], "nd": ["nghi", "dinh"],
        "tt": ["thong", "tu"], "sxkd": ["san", "xuat", "kinh", "doanh"], "fb": ["facebook"],
        "dv": ["doan", "vien"], "dvcd": ["doan", "vien", "cong", "doan"], "ttxvn": ["thong", "tan", "xa"],
        "vnd": ["dong"], "trd": ["trieu", "dong"], "tr": ["trieu"], "k": ["nghin"], "hs": ["hoc", "sinh"],
        "gv": ["giao", "vien"], "bv": ["benh", "vien"], "atgt": ["an", "toan", "giao", "thong"],
        "pccc": ["phong", "chay", "chua", "chay"], "nlđ": ["nguoi", "lao", "dong"],
    ]

    /// More abbreviations of the field (SXH sốt xuất huyết, TĐC tái định cư, CCCD, KCX…).
    static let moreAbbreviations: [String: [String]] = [
        "sxh": ["sot", "xuat", "huyet"], "tdc": ["tai", "dinh", "cu"], "cccd": ["can", "cuoc", "cong", "dan"],
        "kcx": ["khu", "che", "xuat"], "bnn": ["benh", "nghe", "nghiep"], "bvtv": ["bao", "ve", "thuc", "vat"],
        "thcs": ["trung", "hoc", "co", "so"], "thpt": ["trung", "hoc", "pho", "thong"], "nhxh": ["nha", "o", "xa", "hoi"],
        "noxh": ["nha", "o", "xa", "hoi"], "ttdvvl": ["trung", "tam", "dich", "vu", "viec", "lam"],
    ]
    static let allSynonyms: [String: [String]] = synonyms.merging(moreAbbreviations) { a, _ in a }

    /// How much a concept of the lexicon counts against one syllable.
    /// (1.25 since 2 December 2026: with the concepts' kinds and the field's further ways of
    /// saying them, a concept tells concerns apart better than a word; chosen with the
    /// clustering's settings on four hand-labelled sets, Docs/BENCH.md.)
    nonisolated(unsafe) public static var conceptWeight = 1.25
    nonisolated(unsafe) public static var pairWeight = 0.5
    nonisolated(unsafe) public static var idfPower = 1.5
    /// How much the broad concept of a kind counts (`StreamLexicon.parent(of:)`): half a
    /// syllable (a weight w counts 1 + ln w in the vector), a kind counts 1 + ln 1.25. An item
    /// that names the kind ("ép tăng ca") still meets one that only names the concern ("tăng
    /// ca"); two of one kind share more. With the whole weight, mean F1 on the four
    /// hand-labelled sets was 0.729 against 0.753 (the demo's ten years 0.943 and 0.914).
    nonisolated(unsafe) public static var parentWeight = exp(-0.5)
    /// Expansions (folded syllables, as written out in full) → the abbreviation standing for
    /// them, longest first. "BHXH" and "bảo hiểm xã hội" are read as one word, "bhxh": written
    /// out, its four syllables and three pairs outweighed what the item says about it (whether
    /// a one-time withdrawal or an employer's debt), and every insurance concern ran together.
    /// Spelt in full, before any word is left out: spelt without the words of no concern,
    /// "tai nạn" alone had read as "tnld" (tai nạn lao động) and "hợp đồng" as "hđlđ".
    static let contractions: [(syllables: [String], token: String)] = abbreviations
        .map { (syllables: $0.value, token: $0.key) }
        .filter { $0.syllables.count >= 2 }
        .sorted { ($0.syllables.count, $0.token) > ($1.syllables.count, $1.token) }

    /// Abbreviations that say nothing of the concern (NLĐ, CNLĐ, CĐCS…): what they stand for is
    /// all compounds and words of no concern. Read, then left out like them.
    static let functionTokens: Set<String> = Set(
        abbreviations.filter { withoutFunctionPhrases($0.value) { $0 }.allSatisfy { foldedFunctionWords.contains($0) } }.keys)

    static let contractible = Set(contractions.map(\.token))

    /// Each run of syllables that spells out an abbreviation becomes that abbreviation.
    static func contracted(_ words: [Syllable]) -> [Syllable] {
        var out: [Syllable] = []
        var i = 0
        while i < words.count {
            if let (phrase, token) = contractions.first(where: { spells($0.syllables, in: words, at: i) { $0.word } }) {
                out.append(Syllable(word: token, isName: false, isFunction: functionTokens.contains(token)))
                i += phrase.count
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    /// A syllable as the grouping reads it: folded, whether it is part of a name, and whether
    /// it is a word of no concern, left out once the compounds and abbreviations it may be part
    /// of are read ("ý" of "ý kiến", "để" of "de nghi" typed without marks).
    public struct Syllable: Sendable, Equatable {
        public var word: String
        public var isName: Bool
        public var isFunction: Bool
    }

    /// One word of a text as written: its letters, whether it starts with a capital, and whether
    /// a sentence ended before it.
    struct Word {
        var text: String
        var folded: String
        var isCapital: Bool
        var startsSentence: Bool
    }

    /// The words of a text, read once for both the syllables and the lexicon. A word is a run of
    /// letters and digits, the marks that combine with them included, as `Character.isLetter` and
    /// `isNumber` read a character by its first scalar; read scalar by scalar, without splitting
    /// the text into characters first, which was most of the cost of grouping a month.
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        var current = String.UnicodeScalarView()
        var currentIsCapital = false
        var sentenceStart = true
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            out.append(Word(text: word, folded: Text.fold(word), isCapital: currentIsCapital, startsSentence: sentenceStart))
            current = String.UnicodeScalarView()
            sentenceStart = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                let properties = scalar.properties
                isWord =
                    properties.isAlphabetic || properties.numericType != nil
                    || (!current.isEmpty && (properties.isGraphemeExtend || properties.generalCategory == .spacingMark))
            }
            if isWord {
                if current.isEmpty { currentIsCapital = v < 0x80 ? (v >= 0x41 && v <= 0x5A) : scalar.properties.isUppercase }
                current.append(scalar)
            } else {
                flush()
                if v == 0x2E || v == 0x3B || v == 0x3A || v == 0x0A || v == 0x21 || v == 0x3F { sentenceStart = true }
            }
        }
        flush()
        return out
    }

    /// Every syllable of a text, folded, abbreviations written out: what the lexicon reads.
    static func allSyllables(_ text: String) -> [String] { allSyllables(words(text)) }

    static func allSyllables(_ words: [Word]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        for word in words { out += abbreviations[word.folded] ?? allSynonyms[word.folded] ?? [word.folded] }
        return out
    }

    /// The syllables of a text, folded, abbreviations written out, each with whether it is part
    /// of a name and whether it is a word of no concern.
    public static func syllables(_ text: String) -> [Syllable] {
        syllables(words(text), unmarked: text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    static func syllables(_ words: [Word], unmarked: Bool) -> [Syllable] {
        var out: [Syllable] = []
        for word in words {
            let folded = word.folded
            if contractible.contains(folded) {
                out.append(Syllable(word: folded, isName: false, isFunction: functionTokens.contains(folded)))
            } else if let expansion = abbreviations[folded] ?? allSynonyms[folded] {
                out += expansion.map { Syllable(word: $0, isName: false, isFunction: foldedFunctionWords.contains($0)) }
            } else {
                let isFunction = unmarked ? foldedFunctionWords.contains(folded) : allMarkedFunctionWords.contains(word.text.lowercased())
                out.append(Syllable(word: folded, isName: !isFunction && word.isCapital && !word.startsSentence, isFunction: isFunction))
            }
        }
        return out
    }

    /// The syllables a text's features are made of: abbreviations spelt out read as them, then
    /// the compounds of no concern left out, then the words of no concern, then one-letter
    /// syllables (not numbers). In this order, so a compound is found whole ("ý kiến", "hiện
    /// nay": "ý" and "nay" are words of no concern too) and an abbreviation by its full spelling.
    static func contentSyllables(_ read: [Word], unmarked: Bool) -> [Syllable] {
        withoutFunctionPhrases(contracted(syllables(read, unmarked: unmarked))) { $0.word }
            .filter { !$0.isFunction && ($0.word.count > 1 || $0.word.first?.isNumber == true) }
    }

    /// The features of a text: its content syllables and the pairs of neighbouring ones
    /// (a Vietnamese word is often two syllables: "tiền lương", "bảo hiểm"), with a weight
    /// each; names weigh double.
    public static func features(_ text: String) -> [String: Double] {
        let read = Self.words(text)
        let words = contentSyllables(read, unmarked: text.utf8.allSatisfy { $0 < 0x80 })
        var features: [String: Double] = [:]
        // Concepts are read from every syllable, function words included ("không trả lương").
        let all = allSyllables(read)
        for concept in StreamLexicon.concepts(in: all) {
            features["#" + concept, default: 0] += conceptWeight
            if let parent = StreamLexicon.parent(of: concept) { features["#" + parent, default: 0] += parentWeight }
        }
        // Weights measured on a hand-written development set (pairs of the same concern against
        // pairs of different ones): pairs of syllables help at half the weight of a syllable;
        // more, and the many pairs drown the shared words; names gained nothing measurable.
        // Measured again with the last joining pass (1 December 2026): names at 1.5 or 2, and
        // abbreviations (policy names: "tuldtt", "bhxh") at 1.5 to 3, each lowered F1 on the
        // development set (0.79 → 0.76 to 0.78); a concept for the policy did better.
        for (i, w) in words.enumerated() {
            features[w.word, default: 0] += 1
            if i + 1 < words.count {
                features[w.word + " " + words[i + 1].word, default: 0] += pairWeight
            }
        }
        return features
    }
}
