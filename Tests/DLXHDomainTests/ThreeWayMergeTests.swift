import DLXHDomain
import Testing

@Suite("Three-way merge of JSON trees")
struct ThreeWayMergeTests {
    func item(_ id: String, _ attitude: String, _ text: String = "t") -> JSONValue {
        .object(["id": .string(id), "attitude": .string(attitude), "content": .string(text)])
    }

    @Test("a field only one side changed takes that side; both to the same value is no conflict")
    func oneSided() {
        let base = JSONValue.object(["a": .integer(1), "b": .string("x"), "c": .bool(false)])
        let mine = JSONValue.object(["a": .integer(2), "b": .string("x"), "c": .bool(true)])
        let theirs = JSONValue.object(["a": .integer(1), "b": .string("y"), "c": .bool(true)])
        let result = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged == .object(["a": .integer(2), "b": .string("y"), "c": .bool(true)]))
    }

    @Test("elements with ids merge one by one: added by either, changed by either, deleted by one")
    func elements() {
        let base = JSONValue.array([item("i1", "worried"), item("i2", "worried")])
        let mine = JSONValue.array([item("i1", "worried", "edited"), item("i2", "worried"), item("i3", "new")])
        let theirs = JSONValue.array([item("i1", "frustrated"), item("i4", "theirs")])
        let result = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged == .array([item("i1", "frustrated", "edited"), item("i4", "theirs"), item("i3", "new")]))
    }

    @Test("an element one side deleted and the other changed is a conflict, not a silent loss")
    func deleteVersusChange() {
        let base = JSONValue.array([item("i1", "worried")])
        let mine = JSONValue.array([item("i1", "opposed")])
        let theirs = JSONValue.array([])
        let result = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == ["[i1]"])
        #expect(result.conflicts.first?.theirs == nil && result.conflicts.first?.mine == item("i1", "opposed"))
        let kept = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs, resolutions: ["[i1]": .mine])
        #expect(kept.conflicts.isEmpty && kept.merged == mine)
    }

    @Test("a reorder by this person wins the order; lists both appended to keep both tails")
    func orderAndAppends() {
        let base = JSONValue.object([
            "items": .array([item("i1", "a"), item("i2", "b")]), "timeline": .array([.string("x")]),
        ])
        let mine = JSONValue.object([
            "items": .array([item("i2", "b"), item("i1", "a")]), "timeline": .array([.string("x"), .string("mine")]),
        ])
        let theirs = JSONValue.object([
            "items": .array([item("i1", "a", "z"), item("i2", "b")]), "timeline": .array([.string("x"), .string("theirs")]),
        ])
        let result = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged?["items"] == .array([item("i2", "b"), item("i1", "a", "z")]))
        #expect(result.merged?["timeline"] == .array([.string("x"), .string("theirs"), .string("mine")]))
    }

    @Test("bookkeeping keys take theirs and never conflict")
    func ignoring() {
        let result = ThreeWayMerge.merge(
            base: .object(["revision": .integer(1)]), mine: .object(["revision": .integer(2)]),
            theirs: .object(["revision": .integer(3)]), ignoring: ["revision"])
        #expect(result.conflicts.isEmpty && result.merged == .object(["revision": .integer(3)]))
    }

    @Test("unknown fields found in a raw tree are put back after a change, by id and by position")
    func unknownFields() {
        let raw = JSONValue.object([
            "known": .integer(1), "future": .string("keep"),
            "list": .array([.object(["id": .string("a"), "x": .integer(1), "extra": .bool(true)])]),
        ])
        let known = JSONValue.object(["known": .integer(1), "list": .array([.object(["id": .string("a"), "x": .integer(1)])])])
        let unknown = UnknownFields.find(raw: raw, known: known)
        #expect(unknown != nil)
        let changed = JSONValue.object([
            "known": .integer(2),
            "list": .array([.object(["id": .string("b"), "x": .integer(0)]), .object(["id": .string("a"), "x": .integer(5)])]),
        ])
        let grafted = unknown!.graft(onto: changed)
        #expect(grafted["future"] == .string("keep"))
        #expect(
            grafted["list"]
                == .array([
                    .object(["id": .string("b"), "x": .integer(0)]),
                    .object(["id": .string("a"), "x": .integer(5), "extra": .bool(true)]),
                ]))
        #expect(UnknownFields.find(raw: known, known: known) == nil)
    }
}
