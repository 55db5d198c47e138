import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

/// The shape of the interface layer: components that do not reach into each other, files that
/// read in one sitting, a key reference that is what the key maps say.
@Suite("Interface structure")
struct StructureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/DLXHTUI")
        .standardizedFileURL

    static func swiftFiles(under url: URL) -> [URL] {
        let all = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    /// The top-level types a file declares (nested ones, such as each component's `Action`, are
    /// reached only through their owner's name).
    static func declaredTypes(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"^(?:public |internal |fileprivate |private )?(?:struct|enum|class|protocol|typealias)\s+(\w+)"#, options: .anchorsMatchLines)
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).map { String(text[Range($0.range(at: 1), in: text)!]) })
    }

    static func mentions(_ name: String, in text: String) -> Bool {
        text.range(of: #"\b"# + name + #"\b"#, options: .regularExpression) != nil
    }

    @Test("no file of one screen names a type of another screen")
    func screensStayApart() throws {
        let screens = Self.sources.appendingPathComponent("Screens")
        let folders = try FileManager.default.contentsOfDirectory(at: screens, includingPropertiesForKeys: nil).filter { $0.hasDirectoryPath }
        #expect(folders.count >= 6, "one folder per screen under Screens/")
        var types: [String: Set<String>] = [:]
        var texts: [String: [(URL, String)]] = [:]
        for folder in folders {
            for file in Self.swiftFiles(under: folder) {
                let text = try String(contentsOf: file, encoding: .utf8)
                types[folder.lastPathComponent, default: []].formUnion(Self.declaredTypes(text))
                texts[folder.lastPathComponent, default: []].append((file, text))
            }
        }
        #expect(types["Inbox"]?.contains("InboxScreen") == true && types["Entry"]?.contains("EntryField") == true)
        for (folder, files) in texts {
            for (file, text) in files {
                for (other, names) in types where other != folder {
                    for name in names where Self.mentions(name, in: text) {
                        Issue.record("\(folder)/\(file.lastPathComponent) names \(name), a type of \(other)")
                    }
                }
            }
        }
    }

    @Test("every Swift file of the interface is at most 400 lines")
    func filesReadInOneSitting() throws {
        let files = Self.swiftFiles(under: Self.sources)
        #expect(files.count > 20)
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 400, "\(file.lastPathComponent): \(lines) lines")
        }
    }

    @Test("Docs/KEYS.md is exactly what the key maps generate (regenerate: dlxh keys > Docs/KEYS.md)")
    func keyReference() throws {
        let url = Self.sources.appendingPathComponent("../../Docs/KEYS.md").standardizedFileURL
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == KeyReference.markdown())
    }

    @Test("KEYS.md names each key's own action: the four screen keys, n and N, + and F3 each have their own")
    func ownActions() {
        let keys = KeyReference.markdown()
        for row in ["| `1` | Hộp thư đến |", "| `4` | Tình hình nộp |", "| `n` | Kết quả sau |", "| `N` | Kết quả trước |",
            "| `a` `+` `F3` | Thêm ý kiến |", "| `p` | Đổi loại kỳ: tháng / quý / 6 tháng / năm |"]
        {
            #expect(keys.contains(row), "\(row)")
        }
        #expect(!keys.contains("Insert"))
    }
}

@Suite("One rule, one place")
struct SharedRuleTests {
    @Test("a multi-line field moves up and down by the lines it is drawn in")
    func textAreaByDrawnWidth() {
        var form = Form<Int>(title: "t", fields: [.init(id: 0, label: "Nội dung", value: .multiline(TextArea(String(repeating: "a ", count: 40))), height: 4)])
        // Drawn 60 columns wide with an 11-column label: 49 columns of text, so the 80 characters
        // wrap into two lines, and ↑ from the end reaches the first.
        _ = form.handle(.up, width: 60)
        guard case .multiline(let area) = form.fields[0].value else { return }
        let lines = TextArea.wrap(area.text, width: form.valueWidth(60))
        #expect(lines.count == 2)
        #expect(area.cursor < lines[1].start, "↑ left the cursor on the last line")
        // At 200 columns the text is one line: ↑ has nowhere to go.
        var wide = Form<Int>(title: "t", fields: [.init(id: 0, label: "Nội dung", value: .multiline(TextArea(String(repeating: "a ", count: 40))), height: 4)])
        _ = wide.handle(.up, width: 200)
        guard case .multiline(let unmoved) = wide.fields[0].value else { return }
        #expect(unmoved.cursor == unmoved.text.count)
    }

    @Test("counts are read one way: dots and commas group thousands, anything else is refused")
    func counts() {
        #expect(TypedCount.parse("1.272") == .success(1272))
        #expect(TypedCount.parse("1,272") == .success(1272))
        #expect(TypedCount.parse(" ") == nil)
        #expect((try? TypedCount.parse("12 người")?.get()) == nil)
    }

    @Test("an item's search text is what the list, n/N and T search")
    func searchText() {
        let item = OpinionItem(id: "i1", topic: "t", content: "Tiền lương", attitude: "a", proposal: "Tăng ca", stepNote: "Đã báo cáo Tỉnh ủy")
        #expect(SearchText.itemMatches(item, words: [Text.fold("tinh uy")]))
        #expect(SearchText.itemMatches(item, words: [Text.fold("luong"), Text.fold("tang ca")]))
        #expect(!SearchText.itemMatches(item, words: [Text.fold("bảo hiểm")]))
    }

    @Test("a failure is a warning on the message line; a notice is not")
    func severity() {
        var state = loadedState()
        _ = state.update(.failed(Localized(vi: "Không ghi được tệp", en: "Could not write")))
        #expect(state.toast?.severity == .warning)
        _ = state.update(.notice(Localized(vi: "⚠ chỉ là chữ", en: "⚠ just text")))
        #expect(state.toast?.severity == .info)
    }

    @Test("opening a report in the inbox from elsewhere marks it read, as opening it in the inbox does")
    func openToRead() {
        var state = loadedState()
        let id = state.derived.inbox[3].id
        state.readReports = []
        let effects = state.route(.openReport(id))
        #expect(state.screen == .inbox && state.inbox.openReportID == id)
        #expect(effects == [.save(.markRead(id))])
        #expect(state.readReports.contains(id))
    }
}
