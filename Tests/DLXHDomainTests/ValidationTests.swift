import Foundation
import Testing

@testable import DLXHDomain

@Suite("Validation: what a report must satisfy before it is stored")
struct ValidationTests {
    let config = Configuration()
    let units = [
        unit("ldld-bh", name: "LĐLĐ thành phố Biên Hòa", from: d(2015, 1, 1), to: d(2025, 6, 30)),
        unit("cd-xa", name: "Công đoàn xã Trảng Bom", from: d(2025, 7, 1)),
        unit("cd-moi", name: "Công đoàn phường Tam Hiệp", from: d(2025, 7, 25)),
    ]
    let july = Period.month(2025, 7)

    func problems(_ r: Report, configuration: Configuration? = nil) -> [ValidationProblem] {
        Validation.problems(in: r, units: units, configuration: configuration ?? config)
    }

    func good(items: [OpinionItem] = [item("i1"), item("i2", topic: "insurance", attitude: "worried")]) -> Report {
        report("r1", unit: "cd-xa", period: july, receivedOn: d(2025, 7, 18), items: items)
    }

    @Test("a well-formed report has no problems")
    func valid() {
        #expect(problems(good()).isEmpty)
        #expect(problems(report("r2", unit: "cd-xa", period: july, receivedOn: d(2025, 7, 18), nothingToReport: true)).isEmpty)
        #expect(problems(report("r3", unit: "cd-xa", period: july, receivedOn: d(2025, 7, 18), summary: "Tình hình ổn định")).isEmpty)
        // Line breaks are allowed in content.
        #expect(problems(good(items: [item("i1", content: "Dòng một\nDòng hai")])).isEmpty)
    }

    @Test("unknown unit")
    func unknownUnit() {
        var r = good()
        r.unitID = "ldld-khong-co"
        let found = problems(r)
        #expect(found == [ValidationProblem(field: "unit", reason: Phrases.unknownUnit("ldld-khong-co"))])
        #expect(found.first?.reason.en.contains("ldld-khong-co") == true)
        #expect(found.first?.description == "unit: no unit \"ldld-khong-co\" on the roster")
    }

    @Test("a unit that did not exist during the period")
    func inactiveUnit() {
        // The district federation closed on 30/6/2025 and cannot report for July.
        var closed = good()
        closed.unitID = "ldld-bh"
        let found = problems(closed)
        #expect(found.map(\.field) == ["unit"])
        #expect(found.first?.reason == Phrases.unitInactive("LĐLĐ thành phố Biên Hòa", july))
        #expect(found.first?.reason.vi == "LĐLĐ thành phố Biên Hòa không hoạt động trong tháng 7/2025")
        #expect(found.first?.reason.en == "LĐLĐ thành phố Biên Hòa is not active in July 2025")

        // The successor did not exist in June.
        var early = good()
        early.period = Period.month(2025, 6)
        #expect(problems(early).map(\.field) == ["unit"])

        // Active on any day of the period is enough, even after the due date.
        var founded = good()
        founded.unitID = "cd-moi"
        #expect(problems(founded).isEmpty)
        // And the closed federation's June report is fine.
        closed.period = Period.month(2025, 6)
        #expect(problems(closed).isEmpty)
    }

    @Test("unknown topic and unknown attitude name the item")
    func unknownVocabulary() {
        let found = problems(good(items: [item("i1"), item("i2", topic: "tien-luong", attitude: "vui")]))
        #expect(
            found == [
                ValidationProblem(field: "items[1].topic", reason: Phrases.unknownTopic("tien-luong")),
                ValidationProblem(field: "items[1].attitude", reason: Phrases.unknownAttitude("vui")),
            ])
    }

    @Test("topics and attitudes come from the configuration, not a fixed list")
    func configuredVocabulary() {
        let custom = Configuration(
            topics: [Category(id: "luong", vi: "Lương", en: "Wages")],
            attitudes: [Category(id: "vui", vi: "Vui", en: "Glad")])
        #expect(problems(good(items: [item("i1", topic: "luong", attitude: "vui")]), configuration: custom).isEmpty)
        #expect(
            problems(good(items: [item("i1")]), configuration: custom).map(\.field) == ["items[0].topic", "items[0].attitude"])
    }

    @Test("duplicate item ids: the second occurrence is named")
    func duplicateIDs() {
        let found = problems(good(items: [item("i1"), item("i2"), item("i1")]))
        #expect(found == [ValidationProblem(field: "items[2].id", reason: Phrases.duplicateID("i1"))])
    }

    @Test("empty or blank content is required")
    func emptyContent() {
        for blank in ["", "   ", "\n\n", " \n "] {
            let found = problems(good(items: [item("i1"), item("i2", content: blank)]))
            #expect(found == [ValidationProblem(field: "items[1].content", reason: Phrases.required)], "content \(blank.debugDescription)")
        }
    }

    @Test("control characters in content, proposal, summary or document number")
    func controlCharacters() {
        let inContent = problems(good(items: [item("i1", content: "Tiền lương\u{1B}[2J")]))
        #expect(inContent == [ValidationProblem(field: "items[0].content", reason: Phrases.controlCharacters)])

        var withProposal = item("i1")
        withProposal.proposal = "Đề nghị\u{07}"
        #expect(problems(good(items: [withProposal])).map(\.reason) == [Phrases.controlCharacters])

        var summary = good()
        summary.summary = "Tóm tắt\u{9B}31m"
        #expect(problems(summary) == [ValidationProblem(field: "summary", reason: Phrases.controlCharacters)])

        var number = good()
        number.documentNumber = "15/BC-LĐLĐ\u{0}"
        #expect(problems(number).map(\.reason) == [Phrases.controlCharacters])
    }

    @Test("a report with no items, no summary and not marked “không phát sinh” is empty")
    func emptyReport() {
        let empty = report("r9", unit: "cd-xa", period: july, receivedOn: d(2025, 7, 18))
        #expect(problems(empty) == [ValidationProblem(field: "items", reason: Phrases.emptyReport)])
    }

    @Test("several problems are all reported, in field order")
    func severalProblems() {
        var r = good(items: [item("i1", topic: "x", content: ""), item("i1", attitude: "y")])
        r.unitID = "khong-co"
        #expect(
            problems(r).map(\.field) == [
                "unit", "items[0].topic", "items[0].content", "items[1].id", "items[1].attitude",
            ])
    }

    @Test("control characters are refused in every string field, ids and createdBy included, each naming its field")
    func controlCharactersEverywhere() {
        let hostile = "x\u{1B}]0;title\u{07}"
        func withReport(_ change: (inout Report) -> Void) -> [String] {
            var r = good()
            change(&r)
            return problems(r).filter { $0.reason == Phrases.controlCharacters }.map(\.field)
        }
        #expect(withReport { $0.id = "r1" + hostile } == ["id"])
        #expect(withReport { $0.createdBy = "Hà" + hostile } == ["createdBy"])
        #expect(withReport { $0.supplementTo = "r0" + hostile } == ["supplementTo"])
        #expect(withReport { $0.documentNumber = "15/BC\nforged" } == ["documentNumber"])
        #expect(withReport { $0.items[0].id = "i1\u{85}" } == ["items[0].id"])
        #expect(withReport { $0.items[0].proposal = "Đề nghị\u{07}" } == ["items[0].proposal"])
        #expect(withReport { $0.items[0].proposalTo = "UBND\ntỉnh" } == ["items[0].proposalTo"])
        #expect(withReport { $0.items[1].stepNote = "ghi chú\u{7F}" } == ["items[1].stepNote"])
        // An id holding ESC is not on the roster either: both are said.
        var r = good()
        r.unitID = "cd-xa" + hostile
        #expect(problems(r).map(\.field) == ["unit", "unitID"])
        // Unknown topic and attitude ids are named as unknown; their control characters too.
        var t = good()
        t.items[0].topic = "wages" + hostile
        t.items[0].attitude = "worried\n"
        #expect(problems(t).filter { $0.reason == Phrases.controlCharacters }.map(\.field) == ["items[0].topic", "items[0].attitude"])
    }

    @Test("bidi overrides, zero-width characters and floods of combining marks are refused, naming the field")
    func invisibleCharacters() {
        var bidi = good()
        bidi.summary = "Tóm tắt \u{202E}gnp.exe"
        #expect(problems(bidi).map(\.field) == ["summary"])
        #expect(problems(bidi).first?.reason.en.contains(#"\u{202E}"#) == true)
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF] {
            var r = good()
            r.items[1].content = "Nội dung" + String(Unicode.Scalar(v)!)
            #expect(problems(r).map(\.field) == ["items[1].content"], "U+\(String(v, radix: 16))")
        }
        var zalgo = good()
        zalgo.unitID = "cd-xa"
        zalgo.items[0].content = "a" + String(repeating: "\u{0300}", count: 5)
        #expect(problems(zalgo).map(\.field) == ["items[0].content"])
        // Two marks on a letter (Vietnamese in NFD) are fine.
        var nfd = good()
        nfd.summary = "Tiền lương tháng Mười".decomposedStringWithCanonicalMapping
        #expect(problems(nfd).isEmpty)
    }
}
