import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// Issue 11 §5 at the store's edge: every StoreError line, whatever it quotes, prints as one line
/// with nothing a terminal obeys; a malformed file with a hostile name gets a clean reason note.
@Suite("Store messages quote untrusted text escaped")
struct HostileMessageTests {
    static let hostile = "x\u{1B}]0;title\u{07}\ny\u{202E}z"

    static func isSafe(_ line: String) -> Bool {
        !line.unicodeScalars.contains { v in
            v.value < 0x20 || (0x7F...0x9F).contains(v.value) || (0x202A...0x202E).contains(v.value)
        }
    }

    @Test("every StoreError message is one safe line in either language")
    func storeErrorMessages() {
        let h = Self.hostile
        let errors: [StoreError] = [
            .damaged(file: h, line: 1, column: 2, field: h, problem: .syntax(h)),
            .damaged(file: h, line: nil, column: nil, field: nil, problem: .missingField(h)),
            .damaged(file: h, line: nil, column: nil, field: nil, problem: .invalidValue(h)),
            .unsupportedVersion(file: h, schema: h, version: 9, supported: 1),
            .wrongSchema(file: h, found: h, expected: "dlxh.exchange"),
            .noStore(path: h), .storeExists(path: h), .io(file: h, reason: h), .notFound(kind: h, id: h),
            .invalid(h), .symbolicLink(path: h),
        ]
        for error in errors {
            for language in [Language.vi, .en] {
                let line = error.message(language)
                #expect(Self.isSafe(line), "\(line.debugDescription)")
                #expect(line.contains(#"x\u{1B}]0;title\u{07}\u{0A}y\u{202E}z"#), "\(line.debugDescription)")
            }
        }
    }

    @Test("a malformed file with a hostile name is rejected with a one-line, escaped reason note")
    func malformedHostileName() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let name = "bad\u{1B}[2J\nforged.json"
        try IncomingTests.drop(Data("{\"schema\": ".utf8), as: name, in: store)
        let summary = try store.processIncoming(by: testEditor)
        #expect(summary.rejected.map(\.name) == [name])
        let lines = summary.lines(.en)
        #expect(lines.count == 2 && lines.allSatisfy(Self.isSafe), "\(lines)")
        let note = try String(contentsOf: store.incomingURL.appendingPathComponent("rejected/\(name).reason.txt"), encoding: .utf8)
        let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(noteLines.count == 2 && noteLines[1].isEmpty, "one line, then the final line feed: \(noteLines)")
        #expect(Self.isSafe(noteLines[0]) && noteLines[0].contains(#"bad\u{1B}[2J\u{0A}forged.json"#), "\(noteLines[0].debugDescription)")
    }
}
