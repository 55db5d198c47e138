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

    /// Syllables that carry no concern of their own (folded).
    static let functionWords: Set<String> = [
        "va", "cua", "cac", "nhung", "la", "co", "duoc", "cho", "voi", "ve", "trong", "da", "dang", "se",
        "khong", "nay", "do", "mot", "so", "y", "kien", "nhieu", "tai", "theo", "khi", "thi", "ma", "neu",
        "hon", "rat", "cung", "van", "con", "nen", "tu", "den", "tren", "duoi", "sau", "truoc", "ra", "vao",
        "len", "boi", "vi", "rang", "viec", "nhu", "de", "hay", "hoac", "bi", "lai", "them", "chua", "moi",
        "ca", "cu", "nao", "gi", "ay", "kia", "thuc", "hien", "phan", "anh", "cho", "biet", "muon", "mong",
        "quan", "tam", "lo", "lang", "bang", "khoan", "buc", "xuc", "ban", "dong", "tinh", "nhat", "dai",
        "da", "so", "hau", "het", "toi", "chung", "ho", "minh", "nguoi", "lao", "cong", "nhan", "doan",
        "to", "chuc", "tren", "dia", "ban", "hien", "nay", "thoi", "gian", "qua", "gan", "day", "nam",
        "thang", "ngay", "ky", "cao", "kha", "it", "rieng", "nhom", "phai", "can", "nghi", "xem", "xet",
        "vay", "ne", "o", "a", "the", "nhieu", "tang", "giam",
    ]

    /// The syllables of a text, folded, abbreviations written out, each with whether it is part
    /// of a name.
    public static func syllables(_ text: String) -> [(word: String, isName: Bool)] {
        var out: [(String, Bool)] = []
        var current = ""
        var currentIsCapital = false
        var sentenceStart = true
        func flush() {
            guard !current.isEmpty else { return }
            let folded = Text.fold(current)
            if let expansion = abbreviations[folded] {
                out += expansion.map { ($0, false) }
            } else {
                out.append((folded, currentIsCapital && !sentenceStart))
            }
            current = ""
            sentenceStart = false
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if current.isEmpty { currentIsCapital = character.isUppercase }
                current.append(character)
            } else {
                flush()
                if character == "." || character == ";" || character == ":" || character == "\n" || character == "!"
                    || character == "?"
                {
                    sentenceStart = true
                }
            }
        }
        flush()
        return out
    }

    /// The features of a text: its content syllables and the pairs of neighbouring ones
    /// (a Vietnamese word is often two syllables: "tiền lương", "bảo hiểm"), with a weight
    /// each; names weigh double.
    public static func features(_ text: String) -> [String: Double] {
        let words = syllables(text).filter { !functionWords.contains($0.word) && $0.word.count > 1 || $0.word.first?.isNumber == true }
        var features: [String: Double] = [:]
        for (i, w) in words.enumerated() {
            features[w.word, default: 0] += w.isName ? 2 : 1
            if i + 1 < words.count {
                let next = words[i + 1]
                features[w.word + " " + next.word, default: 0] += (w.isName && next.isName) ? 3 : 1.5
            }
        }
        return features
    }
}
