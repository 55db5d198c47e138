import DLXHDomain
import Testing

@testable import DLXHTUI

/// Issue 14, item 1: what the terminal sends, decoded (InputDecoder), and where a paste goes.
@Suite("Pasted text is text")
struct PasteTests {
    static func raws(_ text: String) -> [InputDecoder.Raw] { text.unicodeScalars.map { .scalar($0) } }

    @Test("everything between the bracketed-paste markers is one paste, line breaks and all")
    func bracketed() {
        var decoder = InputDecoder()
        let events = decoder.decode(Self.raws("\u{1B}[200~long khanh\ru\u{1B}[201~"))
        #expect(events == [.key(.paste("long khanh\nu"))])
        #expect(!decoder.isInsidePaste)
    }

    @Test("a paste split over several reads, its start marker cut in two, is still one paste")
    func split() {
        var decoder = InputDecoder()
        #expect(decoder.decode(Self.raws("/\u{1B}[20")) == [.text("/")])
        #expect(decoder.isHolding)
        #expect(decoder.decode(Self.raws("0~Ngừng việc\r")) == [])
        #expect(decoder.isInsidePaste)
        #expect(decoder.decode(Self.raws("đòi lương\u{1B}[201~j")) == [.key(.paste("Ngừng việc\nđòi lương")), .text("j")])
    }

    @Test("escape sequences, control characters and keys decoded inside a paste are dropped")
    func cleaned() {
        var decoder = InputDecoder()
        let events = decoder.decode(
            Self.raws("\u{1B}[200~bhxh\u{1B}[2J12") + [.key(.up), .key(.backspace)] + Self.raws("\u{7}34\u{1B}]0;title\u{7}q\u{1B}[201~"))
        #expect(events == [.key(.paste("bhxh1234q"))])
    }

    @Test("a paste whose end marker never comes ends when input stops, as a paste")
    func unterminated() {
        var decoder = InputDecoder()
        #expect(decoder.decode(Self.raws("\u{1B}[200~abc\rdef")) == [])
        #expect(decoder.flush() == [.key(.paste("abc\ndef"))])
        #expect(!decoder.isInsidePaste)
    }

    @Test("without markers: a read with a line break between printable text is a burst; typing then Enter is keys")
    func bursts() {
        var decoder = InputDecoder()
        #expect(decoder.decode(Self.raws("long khanh\ru")) == [.key(.burst("long khanh\nu"))])
        #expect(decoder.decode(Self.raws("phan doi\r")) == [.text("phan doi"), .key(.enter)])
        #expect(decoder.decode(Self.raws("\rCông ty")) == [.key(.enter), .text("Công ty")])
        #expect(decoder.decode([.key(.down)] + Self.raws("a\rb")) == [.key(.down), .text("a"), .key(.enter), .text("b")])
        #expect(decoder.decode(Self.raws("\u{1B}")) == [.key(.escape)])
        #expect(decoder.decode(Self.raws("\u{7F}ệ")) == [.key(.backspace), .text("ệ")])
    }

    @Test("pasting “long khanh⏎u” into the / line types it (one line), and u does not undo")
    func intoFilter() {
        var state = loadedState()
        state.press(.character("/"))
        let effects = state.update(.key(.paste("long khanh\nu")))
        #expect(effects.isEmpty)
        #expect(state.inbox.filter.text == "long khanh u")
        #expect(state.inbox.editingFilter)
        #expect(state.toast == nil)
    }

    @Test("a burst while the / line is typed is text; on the list it is its keys, until one opens a line to type")
    func burstsInTheApp() throws {
        var state = loadedState()
        state.press(.character("/"))
        _ = state.update(.key(.burst("long khanh\nu")))
        #expect(state.inbox.filter.text == "long khanh u" && state.inbox.editingFilter)

        var list = loadedState()
        _ = list.update(.key(.burst("j\nj")))  // down, open, next item: keys sent quickly to a busy program
        let report = try #require(InboxScreen.openReport(list))
        #expect(report.id == list.derived.inbox[list.inbox.visible[1]].id)
        #expect(list.inbox.itemCursor == min(1, report.items.count - 1))

        var typing = loadedState()
        _ = typing.update(.key(.burst("/tien luong\nu")))  // "/" opens the line: the rest is text
        #expect(typing.inbox.filter.text == "tien luong u" && typing.inbox.editingFilter)
    }

    @Test("a paste where nothing is typed into runs no key and says so")
    func nowhere() {
        var state = loadedState()
        let before = state
        let effects = state.update(.key(.paste("q2u\n3")))
        #expect(effects.isEmpty)
        #expect(state.screen == before.screen && state.sameComponents(as: before))
        #expect(state.toast?.vi == UIText.pasteNowhere.vi)
    }

    @Test("two lines pasted into the phone-in form's “Sự việc” (a multi-line field) stay lines there and are saved as one title; the next field stays empty")
    func intoOneLineField() throws {
        var state = loadedState()
        state.press(.control("n"))
        state.type("bien hoa")
        state.press(.enter)
        // A choice keeps the focus where it was (issue 14, item 9): Tab goes on to the enterprise.
        state.press(.tab)
        state.type("Công ty TNHH Giày Hưng Phát")
        state.press(.tab, .tab)
        #expect(state.hotSpots.phoneIn?.fields[state.hotSpots.phoneIn!.focus].id == .title)
        state.press(.paste("Ngừng việc tập thể  \n  đòi trả lương tháng 10\n"))
        let form = try #require(state.hotSpots.phoneIn)
        #expect(form.text(.title).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            == ["Ngừng việc tập thể", "đòi trả lương tháng 10"])
        #expect(form.fields[form.focus].id == .title)
        #expect(form.text(.workers).isEmpty)
        guard case .save(.newHotSpot(let spot))? = state.update(.key(.control("s"))).first else {
            Issue.record("not saved: \(state.hotSpots.phoneIn?.fields.compactMap(\.error) ?? [])")
            return
        }
        #expect(spot.title == "Ngừng việc tập thể đòi trả lương tháng 10")
    }

    @Test("a text area keeps a paste's lines; a picker's filter and a prompt take it as one line")
    func otherFields() {
        var area = TextArea("Ý kiến: ")
        let taken = area.handle(.paste("một\nhai"), width: 40)
        #expect(taken)
        #expect(area.text == "Ý kiến: một\nhai")

        var picker = Picker(title: "Thái độ", options: [Picker.Option(id: "a", label: "Phản đối"), Picker.Option(id: "b", label: "Đồng tình")])
        #expect(picker.handle(.paste("dong\n")) == .none)
        #expect(picker.query.text == "dong")
        #expect(picker.selected?.id == "b")

        var state = loadedState()
        state.press(.enter, .character("e"))  // the proposal prompt of the first item
        guard case .prompt = state.overlay else {
            Issue.record("no prompt: \(String(describing: state.overlay))")
            return
        }
        state.press(.control("u"), .paste("Đề nghị\ntăng lương\u{1B}[2J"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("the paste closed the prompt: \(String(describing: state.overlay))")
            return
        }
        #expect(prompt.field.text == "Đề nghị tăng lương")
    }
}
