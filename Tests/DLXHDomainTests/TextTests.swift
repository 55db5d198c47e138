import Foundation
import Testing

@testable import DLXHDomain

@Suite("Text: folding for search, NFC, cleaning hostile input")
struct TextTests {
    /// Scalar values, for comparisons that Swift's canonical-equivalence `==` would hide.
    func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    // MARK: fold

    @Test("every tone on a, lower and upper case, folds to a")
    func tonesOnA() {
        #expect(Text.fold("a à á ả ã ạ") == "a a a a a a")
        #expect(Text.fold("A À Á Ả Ã Ạ") == "a a a a a a")
    }

    @Test("ă â ê ô ơ ư đ and their tones fold to the base letter, in both cases")
    func vietnameseLetters() {
        let table: [(String, String)] = [
            ("ă ằ ắ ẳ ẵ ặ", "a a a a a a"), ("Ă Ằ Ắ Ẳ Ẵ Ặ", "a a a a a a"),
            ("â ầ ấ ẩ ẫ ậ", "a a a a a a"), ("Â Ầ Ấ Ẩ Ẫ Ậ", "a a a a a a"),
            ("e è é ẻ ẽ ẹ", "e e e e e e"), ("ê ề ế ể ễ ệ", "e e e e e e"), ("Ê Ề Ế Ể Ễ Ệ", "e e e e e e"),
            ("i ì í ỉ ĩ ị", "i i i i i i"), ("Ì Í Ỉ Ĩ Ị", "i i i i i"),
            ("o ò ó ỏ õ ọ", "o o o o o o"), ("ô ồ ố ổ ỗ ộ", "o o o o o o"), ("Ô Ồ Ố Ổ Ỗ Ộ", "o o o o o o"),
            ("ơ ờ ớ ở ỡ ợ", "o o o o o o"), ("Ơ Ờ Ớ Ở Ỡ Ợ", "o o o o o o"),
            ("u ù ú ủ ũ ụ", "u u u u u u"), ("ư ừ ứ ử ữ ự", "u u u u u u"), ("Ư Ừ Ứ Ử Ữ Ự", "u u u u u u"),
            ("y ỳ ý ỷ ỹ ỵ", "y y y y y y"), ("Ỳ Ý Ỷ Ỹ Ỵ", "y y y y y"),
            ("đ Đ", "d d"),
        ]
        for (input, expected) in table {
            #expect(Text.fold(input) == expected, "\(input)")
        }
    }

    @Test("real phrases fold to plain lower-case ASCII")
    func phrases() {
        #expect(Text.fold("Tiền lương") == "tien luong")
        #expect(Text.fold("Tiền Lương") == "tien luong")
        #expect(Text.fold("Đồng Nai") == "dong nai")
        #expect(Text.fold("ĐỒNG NAI") == "dong nai")
        #expect(Text.fold("LĐLĐ thành phố Biên Hòa") == "ldld thanh pho bien hoa")
        #expect(Text.fold("Bảo hiểm xã hội") == "bao hiem xa hoi")
        #expect(Text.fold("Người lao động bức xúc vì nợ lương") == "nguoi lao dong buc xuc vi no luong")
        #expect(Text.fold("Khu công nghiệp Amata") == "khu cong nghiep amata")
        let folded = Text.fold("Phấn khởi, tin tưởng; băn khoăn, lo lắng – ĐIỂM NÓNG")
        #expect(folded == "phan khoi, tin tuong; ban khoan, lo lang – diem nong")
    }

    @Test("old-style and new-style tone placement fold alike: hoà and hòa")
    func tonePlacement() {
        let oldStyle = "ho\u{00E0}"  // hoà: tone on a
        let newStyle = "h\u{00F2}a"  // hòa: tone on o
        #expect(oldStyle != newStyle)
        #expect(Text.fold(oldStyle) == "hoa")
        #expect(Text.fold(newStyle) == "hoa")
        #expect(Text.fold("thuỷ") == Text.fold("thủy"))
    }

    @Test("NFD input folds exactly like NFC input")
    func nfdInput() {
        let nfc = Text.nfc("Tiền lương tháng 11, Đồng Nai, hoà, Ưu đãi, Ộ")
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(scalars(nfd) != scalars(nfc))
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(scalars(Text.fold(nfd)) == scalars(Text.fold(nfc)))
        #expect(Text.fold(nfd) == "tien luong thang 11, dong nai, hoa, uu dai, o")
    }

    @Test("whitespace runs become one space, ends are trimmed")
    func whitespace() {
        #expect(Text.fold("  Tiền   lương \n\t thưởng  ") == "tien luong thuong")
        #expect(Text.fold("") == "")
        #expect(Text.fold("   ") == "")
        #expect(Text.fold("a\u{00A0}b") == "a b")  // no-break space is whitespace
    }

    @Test("folded text is ASCII for Vietnamese input")
    func foldedIsASCII() {
        let all = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        let folded = Text.fold(all + all.uppercased())
        #expect(folded.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(folded == String(repeating: "a", count: 18) + String(repeating: "e", count: 12)
            + String(repeating: "i", count: 6) + String(repeating: "o", count: 18) + String(repeating: "u", count: 12)
            + String(repeating: "y", count: 6) + "d"
            + String(repeating: "a", count: 18) + String(repeating: "e", count: 12)
            + String(repeating: "i", count: 6) + String(repeating: "o", count: 18) + String(repeating: "u", count: 12)
            + String(repeating: "y", count: 6) + "d")
    }

    // MARK: nfc

    @Test("nfc produces precomposed scalars")
    func nfcComposes() {
        let nfd = "Ti\u{0065}\u{0302}\u{0300}n"  // T i e ◌̂ ◌̀ n
        let composed = Text.nfc(nfd)
        #expect(scalars(composed) == [0x54, 0x69, 0x1EC1, 0x6E])  // ề is U+1EC1
        #expect(composed == nfd)  // Swift's == says they are equal; the scalars above say they are not the same bytes
        #expect(scalars(nfd).count == 6)
        #expect(scalars(Text.nfc("ho" + "a\u{0300}")) == [0x68, 0x6F, 0xE0])
        #expect(scalars(Text.nfc("\u{0110}\u{006F}\u{0302}\u{0300}ng")) == [0x110, 0x1ED3, 0x6E, 0x67])  // Đồng
    }

    @Test("nfc leaves NFC text unchanged")
    func nfcIdempotent() {
        let text = "Công đoàn xã Trảng Bom"
        #expect(scalars(Text.nfc(text)) == scalars(text))
        #expect(scalars(Text.nfc(Text.nfc(text))) == scalars(text))
    }

    // MARK: clean

    @Test("clean drops whole escape sequences and every C0/C1 control and DEL")
    func cleanDropsControls() {
        let hostile = "\u{1B}[31mĐỏ\u{1B}[0m\u{1B}]0;title\u{07}"
        let cleaned = Text.clean(hostile)
        #expect(!cleaned.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(cleaned == "Đỏ")  // CSI colour codes and an OSC title go with their ESC
        #expect(Text.clean("a\u{0}b\u{8}c\u{7F}d") == "abcd")
        #expect(Text.clean("a\u{9B}31mb\u{85}c\u{9F}") == "a31mbc")  // C1: CSI, NEL, APC
        #expect(Text.clean("a\u{00A0}b") == "a\u{00A0}b")  // U+00A0 is not a control
        #expect(Text.clean("x\u{2028}y\u{2029}z") == "xyz")
        #expect(!Text.hasControlCharacters(cleaned))
    }

    @Test("clean keeps line breaks in multi-line text, CRLF and CR become LF, tabs a space")
    func cleanMultiline() {
        #expect(Text.clean("dòng 1\ndòng 2") == "dòng 1\ndòng 2")
        #expect(Text.clean("dòng 1\r\ndòng 2\r\n") == "dòng 1\ndòng 2\n")
        #expect(Text.clean("a\rb") == "a\nb")
        #expect(Text.clean("a\r\r\nb") == "a\n\nb")
        #expect(Text.clean("a\n\nb") == "a\n\nb")
        #expect(Text.clean("a\tb") == "a b")
        #expect(scalars(Text.clean("a\r\nb")) == [0x61, 0x0A, 0x62])
    }

    @Test("single-line clean turns each line break into one space")
    func cleanSingleLine() {
        #expect(Text.clean("dòng 1\ndòng 2", multiline: false) == "dòng 1 dòng 2")
        #expect(Text.clean("a\r\nb", multiline: false) == "a b")
        #expect(Text.clean("a\rb", multiline: false) == "a b")
        #expect(Text.clean("a\n\nb", multiline: false) == "a  b")
        #expect(!Text.clean("x\r\ny\nz\r", multiline: false).unicodeScalars.contains { $0.value == 0x0A || $0.value == 0x0D })
    }

    @Test("clean returns NFC")
    func cleanIsNFC() {
        let nfd = "Tiền lương\r\nĐồng Nai".decomposedStringWithCanonicalMapping
        #expect(scalars(nfd) != scalars("Tiền lương\nĐồng Nai"))
        #expect(scalars(Text.clean(nfd)) == scalars(Text.nfc("Tiền lương\nĐồng Nai")))
    }

    @Test("hasControlCharacters: anything but a line feed below 0x20, DEL and C1")
    func detectsControls() {
        #expect(!Text.hasControlCharacters("Tiền lương\ntháng 11"))
        #expect(!Text.hasControlCharacters(""))
        #expect(!Text.hasControlCharacters("a\u{00A0}b"))
        #expect(Text.hasControlCharacters("\u{1B}[2J"))
        #expect(Text.hasControlCharacters("a\u{0}"))
        #expect(Text.hasControlCharacters("a\u{7F}"))
        #expect(Text.hasControlCharacters("a\u{85}"))
        #expect(Text.hasControlCharacters("a\u{9F}"))
        #expect(Text.hasControlCharacters("a\tb"))
        #expect(Text.hasControlCharacters("a\rb"))
    }
}
