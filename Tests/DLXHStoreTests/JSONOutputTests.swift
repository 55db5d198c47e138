import Foundation
import Testing

@testable import DLXHStore

@Suite("JSON written to files and terminals")
struct JSONOutputTests {
    @Test("DEL, C1 controls, line separators, bidi overrides and zero-width characters are escaped; the value reads back the same")
    func escapesInvisibles() throws {
        let hostile = "a\u{7F}b\u{9B}31mc\u{2028}d\u{202E}e\u{200B}f"
        let data = try JSONCodec.output(["text": hostile])
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { [0x7F, 0x9B, 0x2028, 0x202E, 0x200B].contains($0.value) })
        #expect(text.contains("\\u007f") && text.contains("\\u009b") && text.contains("\\u202e"))
        let back = try JSONDecoder().decode([String: String].self, from: data)
        #expect(back["text"] == hostile)
        let stored = try JSONCodec.encode(["text": hostile])
        #expect(!String(decoding: stored, as: UTF8.self).unicodeScalars.contains { $0.value == 0x9B })
    }
}
