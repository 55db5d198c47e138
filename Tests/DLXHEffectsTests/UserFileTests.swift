import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

/// Issue 14 item 9: a file the person names (the report from the preview, the reminder letter
/// from the dashboard) is never written over without asking, and the message after writing
/// names it by its absolute path.
@Suite("Files the person names: ask before writing over, say where they went")
struct UserFileTests {
    static let period = Period.month(2026, 10)

    @Test("An existing report file is kept and the answer asks to write over it, with the absolute path")
    func reportFileExists() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let path = fixture.file("bao-cao.md")
        try Data("giữ nguyên".utf8).write(to: URL(fileURLWithPath: path))
        let messages = fixture.effects.perform(.save(.reportFile(Self.period, path: path)))
        #expect(messages.map(messageKind) == ["fileExists"])
        guard case .fileExists(let shown, let retry)? = messages.first else { Issue.record("no question"); return }
        #expect(shown == URL(fileURLWithPath: path).standardizedFileURL.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "giữ nguyên")
        // Answering yes sends the same save allowed to write over it.
        #expect(retry == .reportFile(Self.period, path: shown, overwrite: true))
        let written = fixture.effects.perform(.save(retry))
        #expect(written.compactMap(said) == ["Đã ghi tệp \(shown)."])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("BÁO CÁO"))
    }

    @Test("The reminder letter asks before writing over too")
    func reminderFileExists() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let path = fixture.file("nhac-nho.txt")
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: path))
        let messages = fixture.effects.perform(.save(.reminderFile(Self.period, path: path)))
        guard case .fileExists(_, let retry)? = messages.first else { Issue.record("no question: \(messages.map(messageKind))"); return }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "cũ")
        _ = fixture.effects.perform(.save(retry))
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "cũ")
    }

    @Test("A relative name is written in the current folder and named by its absolute path")
    func relativePathShownAbsolute() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let name = "dlxh-nhac-\(UUID().uuidString).txt"
        let absolute = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name).standardizedFileURL.path
        defer { try? FileManager.default.removeItem(atPath: absolute) }
        let messages = fixture.effects.perform(.save(.reminderFile(Self.period, path: name)))
        #expect(absolute.hasPrefix("/"))
        #expect(messages.compactMap(said) == ["Đã ghi tệp \(absolute)."])
        #expect(FileManager.default.fileExists(atPath: absolute))
    }

    @Test("The guidance reminder asks before writing over a file, and names it by its absolute path")
    func guidanceReminderExists() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let path = fixture.file("nhac-phan-hoi.txt")
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: path))
        let messages = fixture.effects.perform(.save(.guidanceReminderFile(path: path)))
        guard case .fileExists(let shown, let retry)? = messages.first else { Issue.record("no question: \(messages.map(messageKind))"); return }
        #expect(shown == URL(fileURLWithPath: path).standardizedFileURL.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "cũ")
        #expect(fixture.effects.perform(.save(retry)).compactMap(said) == ["Đã ghi tệp \(shown)."])
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "cũ")
    }

    @Test("The relay letter asks before writing over a file, and nothing is relayed until the answer is yes")
    func relayLetterExists() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let guidance = try EverySaveTests.storedGuidance(&fixture)
        let path = fixture.file("cong-van.md")
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: path))
        let messages = fixture.effects.perform(.save(.relayGuidance(guidance.id, units: nil, letter: path)))
        guard case .fileExists(_, let retry)? = messages.first else { Issue.record("no question: \(messages.map(messageKind))"); return }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "cũ")
        #expect(try fixture.store.load().dataset.guidance.first { $0.id == guidance.id }?.recipients.isEmpty == true)
        _ = fixture.effects.perform(.save(retry))
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "cũ")
        #expect(try fixture.store.load().dataset.guidance.first { $0.id == guidance.id }?.recipients.isEmpty == false)
    }
}
