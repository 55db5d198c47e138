import DLXHDomain
import Testing

@testable import DLXHTUI

/// The hint line under a form names Enter by what it does in the focused field: it chooses
/// only in a choice field; in a multi-line field it starts a new line (and ↑/↓ move between
/// lines, so the key to the next field is Tab alone).
@Suite("Forms: the hint line follows the focused field")
struct FormHintTests {
    enum Field: Hashable, Sendable { case name, note, topic, urgent }

    static func form(focus: Int) -> Form<Field> {
        var form = Form<Field>(title: "Thử", fields: [
            .init(id: .name, label: "Tên", value: .text(TextField())),
            .init(id: .note, label: "Ghi chú", value: .multiline(TextArea()), height: 3),
            .init(id: .topic, label: "Chủ đề", value: .choice(id: nil, label: "")),
            .init(id: .urgent, label: "Khẩn", value: .flag(false)),
        ])
        form.focus = focus
        return form
    }

    /// The hint line as drawn under the form at 80 columns.
    static func hint(_ form: Form<Field>, _ l: Language) -> String {
        var grid = Grid(width: 80, height: 24)
        FormView.draw(form, language: l, into: &grid, area: Rect(x: 0, y: 2, width: 80, height: 20))
        return grid.line(21).trimmingCharacters(in: .whitespaces)
    }

    @Test("Enter is named by the focused field's kind, in both languages", arguments: [Language.vi, .en])
    func enterByKind(language l: Language) {
        let expected: [(focus: Int, enter: Localized)] = [
            (0, KeyText.hintNextField), (1, KeyText.hintNewLine), (2, KeyText.hintChoose), (3, KeyText.hintToggle),
        ]
        for (focus, enter) in expected {
            let hint = Self.hint(Self.form(focus: focus), l)
            let parts = hint.components(separatedBy: " · ")
            #expect(parts.contains("Enter \(enter(l))"), "focus \(focus): \(hint)")
            #expect(parts.filter { $0.hasPrefix("Enter ") }.count == 1, "focus \(focus): \(hint)")
        }
        // The multi-line field: no "choose", and ↑/↓ not offered for moving between fields.
        let multiline = Self.hint(Self.form(focus: 1), l)
        #expect(!multiline.contains(KeyText.hintChoose(l)) && !multiline.contains("↑↓"), "\(multiline)")
        #expect(multiline.contains("Tab \(KeyText.hintFields(l))"), "\(multiline)")
        #expect(Self.hint(Self.form(focus: 0), l).contains("Tab/↑↓ \(KeyText.hintFields(l))"))
    }

    @Test("the hint follows the focus as Tab moves it")
    func followsFocus() {
        var form = Self.form(focus: 0)
        _ = form.handle(.tab)
        #expect(form.focusedKind == .multiline)
        #expect(Self.hint(form, .vi).contains("Enter xuống dòng"))
        _ = form.handle(.tab)
        #expect(form.focusedKind == .choice)
        #expect(Self.hint(form, .vi).contains("Enter chọn"))
    }

    @Test("on the report's summary (80×24) and an item's content (120×40), the hint line and status bar say Enter starts a new line")
    func entryMultilineFields() throws {
        var report = loadedState()
        report.press(.character("2"), .character("n"))
        var form = try #require(report.entry.form)
        while form.fields[form.focus].id != .summary {
            report.press(.tab)
            form = report.entry.form!
        }
        var item = loadedState(width: 120, height: 40)
        item.press(.character("2"), .character("n"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)  // the item list
        item.press(.character("a"))
        var editor = try #require(item.entry.itemForm)
        while editor.fields[editor.focus].id != .content {
            item.press(.tab)
            editor = item.entry.itemForm!
        }
        #expect(form.focusedKind == .multiline && editor.focusedKind == .multiline)
        for state in [report, item] {
            let grid = state.view()
            let hint = grid.line(grid.height - 3)
            let status = grid.line(grid.height - 1)
            for line in [hint, status] {
                #expect(line.contains("Enter xuống dòng") && !line.contains("Enter chọn") && !line.contains("↑↓"), "\(line)")
            }
        }
        // Enter does what the hint says: a new line in the content.
        item.type("Dòng một")
        item.press(.enter)
        item.type("dòng hai")
        #expect(item.entry.itemForm?.text(.content) == "Dòng một\ndòng hai")
    }
}
