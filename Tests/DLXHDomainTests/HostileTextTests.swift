import DLXHDomain
import Foundation
import Testing

/// Issue 11 §5: text that comes from a file, a file name or the store never acts on a terminal
/// or a spreadsheet, and an imported file cannot smuggle invisible or direction-changing text in.
@Suite("Hostile text")
struct HostileTextTests {
    static let clipboard = "\u{1B}]52;c;ZXZpbA==\u{07}"
    static let title = "\u{1B}]0;pwned\u{07}"

    /// Every scalar a terminal or a reader could be fooled by.
    static func hasHazard(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || (0x200B...0x200F).contains(v) || v == 0x2060 || v == 0xFEFF || v == 0x2028 || v == 0x2029
        }
    }

    // MARK: printable

    @Test("printable shows every control character as \\u{HEX}: C0, DEL, C1, line breaks")
    func printableEscapesControls() {
        #expect(Text.printable("cam-my" + Self.clipboard) == #"cam-my\u{1B}]52;c;ZXZpbA==\u{07}"#)
        #expect(Text.printable("a\nb\r\tc") == #"a\u{0A}b\u{0D}\u{09}c"#)
        #expect(Text.printable("a\u{0}b\u{7F}c\u{85}d\u{9B}e\u{9F}") == #"a\u{00}b\u{7F}c\u{85}d\u{9B}e\u{9F}"#)
        #expect(Text.printable("x\u{2028}y\u{2029}z") == #"x\u{2028}y\u{2029}z"#)
        #expect(!Self.hasHazard(Text.printable(Self.title + "\nforged line" + Self.clipboard)))
    }

    @Test("printable shows bidi overrides and zero-width characters escaped, and caps combining marks")
    func printableEscapesInvisibles() {
        #expect(Text.printable("abc\u{202E}fdp.exe") == #"abc\u{202E}fdp.exe"#)
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF] {
            let s = String(Unicode.Scalar(v)!)
            #expect(Text.printable("a" + s + "b") == "a\\u{\(String(v, radix: 16, uppercase: true))}b", "U+\(String(v, radix: 16))")
        }
        // Vietnamese in NFD has at most two marks on a letter: kept; a flood keeps four, escapes the rest.
        let nfd = "Tiền lương".decomposedStringWithCanonicalMapping
        #expect(Text.printable(nfd) == nfd)
        let zalgo = "a" + String(repeating: "\u{0301}", count: 7)
        #expect(Text.printable(zalgo) == "a" + String(repeating: "\u{0301}", count: 4) + String(repeating: #"\u{301}"#, count: 3))
    }

    @Test("printable leaves ordinary Vietnamese text, quotes and backslashes alone, and is idempotent")
    func printableKeepsText() {
        let text = "Công đoàn xã Trảng Bom: “lương” 15/BC-LĐLĐ C:\\tmp ✓ 👷🏽"
        #expect(Text.printable(text) == text)
        let hostile = "x" + Self.clipboard + "\n" + "\u{202E}"
        #expect(Text.printable(Text.printable(hostile)) == Text.printable(hostile))
    }

    @Test("printable keepingLineBreaks keeps LF only")
    func printableMultiline() {
        #expect(Text.printable("dòng 1\ndòng 2\u{1B}[2J", keepingLineBreaks: true) == #"dòng 1\#ndòng 2\u{1B}[2J"#)
        #expect(Text.printable("a\r\nb", keepingLineBreaks: true) == "a\\u{0D}\nb")
    }

    // MARK: clean (text typed in the interface)

    @Test("clean strips zero-width and bidi characters and caps a run of combining marks at four")
    func cleanStripsInvisibles() {
        #expect(Text.clean("ab\u{202E}c\u{2066}d\u{2069}e\u{200B}f\u{200D}g\u{2060}h\u{FEFF}i") == "abcdefghi")
        #expect(Text.clean("x\u{200E}y\u{200F}z") == "xyz")
        let zalgo = "a" + String(repeating: "\u{0301}", count: 9) + "b"
        let cleaned = Text.clean(zalgo)
        #expect(cleaned.unicodeScalars.count <= 6)
        #expect(cleaned.hasSuffix("b"))
        let vietnamese = "Tiền lương Đồng Nai".decomposedStringWithCanonicalMapping
        #expect(Text.clean(vietnamese) == Text.nfc(vietnamese))
    }

    // MARK: CSV cells

    @Test("a CSV cell that a spreadsheet would run as a formula gets a leading apostrophe")
    func csvNeutralisesFormulas() {
        #expect(CSV.cell("=HYPERLINK(\"http://x.example\",\"bấm\")") == "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\"")
        #expect(CSV.cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0")
        #expect(CSV.cell("+1+cmd") == "'+1+cmd")
        #expect(CSV.cell("-2+3") == "'-2+3")
        #expect(CSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.cell("\t=1") == "'\t=1")
        #expect(CSV.cell("\r=1") == "\"'\r=1\"")
        #expect(CSV.cell("＝1+1") == "'＝1+1")  // full-width equals sign
    }

    @Test("a CSV cell that is a plain number, or ordinary text, is unchanged")
    func csvKeepsNumbers() {
        for number in ["-5", "12.5", "0", "+3", "-0.25", "2026"] {
            #expect(CSV.cell(number) == number)
        }
        #expect(CSV.cell("Tiền lương") == "Tiền lương")
        #expect(CSV.cell("a, b") == "\"a, b\"")
        #expect(CSV.cell("") == "")
        #expect(CSV.cell("a=b") == "a=b")
    }

    @Test("CSV data: a byte-order mark, CRLF rows, every cell through CSV.cell")
    func csvData() {
        let data = CSV.data([["unit", "name"], ["cam-my", "=1+1"]])
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == "unit,name\r\ncam-my,'=1+1\r\n")
    }
}
