import Foundation
import Testing

@testable import DLXHDomain

@Suite("Changes as data: the fields an edit changed, with their stored values")
struct FieldChangeTests {
    let base = OpinionItem(id: "i1", topic: "wages", content: "Công nhân lo lắng về việc chậm trả lương tháng 8", attitude: "worried")

    @Test("each changed field once, with its stable code and the values as stored, not shortened")
    func list() {
        var new = base
        new.topic = "jobs"
        new.step = .classify
        new.nature = .rumour
        new.content = String(repeating: "Bức xúc vì nợ lương. ", count: 10)
        let changes = Changes.list(from: base, to: new)
        #expect(changes.map(\.field) == ["topic", "content", "nature", "step"])
        #expect(changes[0] == FieldChange(field: "topic", old: "wages", new: "jobs", freeText: true))
        #expect(changes[1].new == new.content, "whole text")
        #expect(changes[2] == FieldChange(field: "nature", old: "publicOpinion", new: "rumour"))
        #expect(changes[3] == FieldChange(field: "step", old: "1", new: "2"))
        #expect(Changes.text(changes) == Changes.describe(from: base, to: new))
        #expect(Changes.list(from: base, to: base).isEmpty)
    }

    @Test("an element added or removed, an optional set or cleared")
    func appearing() {
        let old = report("r1", unit: "u", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19), items: [base])
        var new = old
        new.items.append(OpinionItem(id: "i2", topic: "jobs", content: "x", attitude: "worried"))
        new.supplementTo = "r0"
        let changes = Changes.list(from: old, to: new)
        #expect(changes.contains(FieldChange(field: "supplementTo", old: nil, new: "r0", freeText: true)), "\(changes)")
        #expect(changes.contains(FieldChange(field: "items[1]", old: nil, new: "i2")), "\(changes)")
        #expect(Changes.text(changes).contains("items[1]: + i2"))
        #expect(Changes.text(changes).contains("supplementTo: ∅ → “r0”"))
    }

    @Test("an entry without changes is written as before; one with them reads back the same")
    func coding() throws {
        let at = Moment(day: d(2026, 11, 24), hour: 9)
        let plain = AuditEntry(at: at, by: "Hà", action: .itemUpdate, target: "r/i1", detail: "x")
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("changes"))
        #expect(AuditEntry(at: at, by: "Hà", action: .itemUpdate, target: "r/i1", changes: []).changes == nil)
        let rich = AuditEntry(
            at: at, by: "Hà", action: .itemUpdate, target: "r/i1", detail: "topic: “wages” → “jobs”",
            changes: [FieldChange(field: "topic", old: "wages", new: "jobs", freeText: true), FieldChange(field: "x", old: nil, new: "1")])
        #expect(try JSONDecoder().decode(AuditEntry.self, from: JSONEncoder().encode(rich)) == rich)
    }

    @Test("hostile shapes are decoding errors, never a crash")
    func hostile() {
        let head = #"{"at":"2026-11-24T09:00:00+07:00","by":"a","action":"item.update","target":"t","detail":"","changes":"#
        for bad in ["7", "\"x\"", "[7]", "[{}]", "[{\"field\":1}]", "[{\"field\":\"a\",\"old\":[]}]", "[{\"field\":\"a\",\"freeText\":\"yes\"}]", "{}"] {
            #expect(throws: DecodingError.self, "\(bad)") { try JSONDecoder().decode(AuditEntry.self, from: Data((head + bad + "}").utf8)) }
        }
        #expect(throws: Never.self) { try JSONDecoder().decode(AuditEntry.self, from: Data((head + "null}").utf8)) }
    }
}
