/// Ways of saying the same thing that share no syllable: "nợ lương" and "chậm trả lương",
/// "sa thải" and "mất việc". Each phrase (folded) stands for a concept, which counts as a word of
/// its own, so two units that say one thing in different words still meet. Written from the
/// field's usual vocabulary (DOMAIN.md: topics and hot-spot kinds), not from any test set.
enum StreamLexicon {
    static let concepts: [String: [String]] = [
        "arrears": ["no luong", "cham tra luong", "chua tra luong", "cham luong", "tra luong cham", "no tien luong",
            "khong tra luong", "treo luong", "luong bi cham", "chua nhan duoc luong", "chua duoc tra luong"],
        "layoff": ["sa thai", "cat giam", "mat viec", "thoi viec", "giam lao dong", "cho nghi viec", "cat giam lao dong",
            "mat viec lam", "giam bien che", "tinh gian", "du doi", "doi du", "cho thoi viec", "cham dut hop dong"],
        "orders": ["thieu don hang", "giam don hang", "mat don hang", "it don hang", "don hang giam", "khong co don hang"],
        "overtime": ["tang ca", "lam them", "lam them gio", "gio lam them", "ot"],
        "heat": ["nang nong", "oi buc", "nhiet do cao", "nong buc", "nong nuc", "say nang", "soc nhiet"],
        "poisoning": ["ngo doc", "ngo doc thuc pham", "dau bung", "non oi", "ngat xiu", "xiu"],
        "meal": ["bua an ca", "com ca", "suat an", "tien an ca", "bua an", "nha an", "chat luong bua an"],
        "scam": ["lua dao", "chiem doat", "gia danh", "mao danh", "gia mao", "lua dao qua mang"],
        "falsenews": ["tin don", "tin gia", "thong tin sai", "xuyen tac", "bia dat", "sai su that", "tin that thiet",
            "thong tin xau doc"],
        "rental": ["nha tro", "phong tro", "thue tro", "tien tro", "chu tro", "khu tro", "day tro"],
        "childcare": ["nha tre", "mam non", "trong tre", "gui con", "gui tre", "nhom tre"],
        "electricity": ["gia dien", "tien dien", "hoa don dien"],
        "fuel": ["gia xang", "xang dau", "tien xang"],
        "minwage": ["luong toi thieu", "luong toi thieu vung", "muc luong vung", "luong vung", "luong co so"],
        "bonus": ["thuong tet", "tien thuong", "luong thang 13", "thang luong thu 13", "thuong cuoi nam"],
        "withdrawal": ["rut bao hiem xa hoi mot lan", "rut mot lan", "huong bao hiem xa hoi mot lan", "nhan mot lan"],
        "insurancedebt": ["no bao hiem xa hoi", "cham dong bao hiem", "tron dong", "khong dong bao hiem", "no dong",
            "chua dong bao hiem", "no bao hiem"],
        "stoppage": ["dinh cong", "ngung viec", "lan cong", "ngung viec tap the"],
        "accident": ["tai nan lao dong", "tai nan", "tu vong", "bi thuong", "thuong vong"],
        "loan": ["vay", "tin dung den", "app vay", "vay nong", "cho vay"],
        "housing": ["nha o xa hoi", "nha xa hoi", "mua nha", "nha o cong nhan"],
        "fire": ["chay no", "hoa hoan", "phong chay", "chay"],
        "disease": ["sot xuat huyet", "dich benh", "tay chan mieng", "cum"],
        "harassment": ["quay roi", "xam hai", "quay roi tinh duc"],
        "traffic": ["xu phat giao thong", "phat nguoi", "vi pham giao thong", "giao thong"],
        "land": ["gia dat", "bang gia dat", "dat dai"],
        "uniondues": ["doan phi", "kinh phi cong doan"],
        "paperwork": ["thu tuc hanh chinh", "giay to", "chung thuc", "ho so", "dia chi moi", "doi dia chi"],
        "teacherpay": ["luong giao vien", "phu cap giao vien", "phu cap nghe"],
        "tariff": ["thue doi ung", "thue quan", "thue nhap khau"],
    ]

    /// Folded phrase (as syllables) → concept, longest phrases first.
    static let phrases: [(syllables: [String], concept: String)] = concepts.flatMap { concept, list in
        list.map { (Array($0.split(separator: " ").map(String.init)), concept) }
    }.sorted { ($0.syllables.count, $0.concept) > ($1.syllables.count, $1.concept) }

    /// The same phrases by their first syllable, each list in the order of `phrases`: a
    /// syllable is compared only with the phrases that can start with it.
    static let phrasesByFirst: [String: [(syllables: [String], concept: String)]] = Dictionary(
        grouping: phrases, by: { $0.syllables[0] })

    /// The concepts a sequence of folded syllables speaks of.
    static func concepts(in words: [String]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < words.count {
            var matched = 0
            for (phrase, concept) in phrasesByFirst[words[i]] ?? [] where phrase.count <= words.count - i {
                var same = true
                for k in 1..<phrase.count where words[i + k] != phrase[k] {
                    same = false
                    break
                }
                if same {
                    found.append(concept)
                    matched = phrase.count
                    break
                }
            }
            i += max(1, matched)
        }
        return found
    }
}
