import DLXHDomain
import Testing

/// Staff decisions on streams, applied over the clustering's suggestions: each operation, the
/// decisions winning over later suggestions, a new item suggested into its confirmed stream,
/// and every item in exactly one stream.
@Suite("Stream decisions")
struct StreamDecisionsTests {
    static let at = Moment(day: Day(year: 2026, month: 10, day: 15)!, hour: 9)

    static func item(_ id: String, _ topic: String, _ text: String, attitude: String = "worried") -> OpinionItem {
        OpinionItem(id: id, topic: topic, content: text, attitude: attitude, nature: .publicOpinion, step: .classify, inclusion: .include)
    }

    static func report(_ id: String, _ unit: String, _ month: Int, _ items: [OpinionItem]) -> Report {
        Report(id: id, unitID: unit, period: .month(2026, month), kind: .periodic, receivedOn: Day(year: 2026, month: month, day: 10)!,
            items: items, createdAt: at, createdBy: "t")
    }

    static let arrears = [
        "Công ty Giày Sao Mai chậm trả lương cho công nhân",
        "Công ty Sao Mai nợ lương công nhân tháng 9",
        "Công nhân Công ty Giày Sao Mai chưa được trả lương tháng 9",
    ]
    static let rent = [
        "Giá phòng trọ quanh KCN Tân Hương tăng mạnh, công nhân lo lắng",
        "Chủ nhà trọ gần KCN Tân Hương tăng giá phòng trọ, NLĐ khó khăn",
    ]

    /// October: three units on the wage arrears of Sao Mai, two on rents near Tân Hương, and one
    /// item on something else.
    static var october: Dataset {
        let reports = [
            report("R-2026-10-0001", "a", 10, [item("i1", "wages", arrears[0]), item("i2", "housing", rent[0])]),
            report("R-2026-10-0002", "b", 10, [item("i1", "wages", arrears[1]), item("i2", "housing", rent[1])]),
            report("R-2026-10-0003", "c", 10, [item("i1", "wages", arrears[2]), item("i2", "safety", "Thiếu bảo hộ lao động khi phun sơn")]),
        ]
        return Dataset(configuration: Configuration(), units: [], reports: reports, hotSpots: [])
    }

    static func ref(_ report: String, _ item: String) -> ItemReference { ItemReference(reportID: report, itemID: item) }

    static func streams(_ dataset: Dataset, _ month: Int = 10) -> [OpinionStream] {
        OpinionStreams.streams(in: dataset, period: .month(2026, month))
    }

    static func stream(containing ref: ItemReference, in streams: [OpinionStream]) throws -> OpinionStream {
        try #require(streams.first { $0.items.contains(ref) })
    }

    /// Every item of the dataset's month in exactly one stream.
    static func expectEachItemOnce(_ dataset: Dataset, _ streams: [OpinionStream], month: Int = 10) {
        let all = dataset.reports.filter { $0.period == .month(2026, month) }.flatMap { r in r.items.map { ref(r.id, $0.id) } }
        let placed = streams.flatMap(\.items)
        #expect(placed.count == all.count, "every item once: \(placed.count) placed, \(all.count) items")
        #expect(Set(placed) == Set(all))
    }

    func decide(_ dataset: inout Dataset, _ change: StreamChange, by staff: String = "lan") throws {
        try dataset.streamDecisions.apply(change, by: staff, at: Self.at)
    }

    @Test("without decisions the suggestions stand: the arrears together, unconfirmed, ids s-…")
    func suggestions() throws {
        let dataset = Self.october
        let streams = Self.streams(dataset)
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: streams)
        #expect(Set(arrears.items) == [Self.ref("R-2026-10-0001", "i1"), Self.ref("R-2026-10-0002", "i1"), Self.ref("R-2026-10-0003", "i1")])
        #expect(!arrears.confirmed && arrears.id.hasPrefix("s-"))
        Self.expectEachItemOnce(dataset, streams)
    }

    @Test("confirm keeps the stream's items under an S- id, confirmed, with its title")
    func confirm() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        try decide(&dataset, .confirm(arrears))
        let after = Self.streams(dataset)
        let confirmed = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: after)
        #expect(confirmed.id == "S-001" && confirmed.confirmed && confirmed.title == arrears.title)
        #expect(Set(confirmed.items) == Set(arrears.items))
        #expect(dataset.streamDecisions.stream("S-001")?.createdBy == "lan")
        Self.expectEachItemOnce(dataset, after)
    }

    @Test("rename names (and confirms) the stream; a title someone else gave meanwhile is not overwritten")
    func rename() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        try decide(&dataset, .rename(arrears, to: "  Nợ lương ở Công ty Giày Sao Mai "))
        let named = try Self.stream(containing: Self.ref("R-2026-10-0002", "i1"), in: Self.streams(dataset))
        #expect(named.title == "Nợ lương ở Công ty Giày Sao Mai" && named.confirmed && named.id == "S-001")
        // A second person, who still saw the first title, names it otherwise: refused, theirs kept.
        var stale = named
        stale.title = arrears.title
        #expect(throws: StreamDecisionError.renamedMeanwhile("S-001", theirs: "Nợ lương ở Công ty Giày Sao Mai")) {
            try dataset.streamDecisions.apply(.rename(stale, to: "Sao Mai chậm lương"), by: "minh", at: Self.at)
        }
        // Who saw the current title may rename it again.
        try decide(&dataset, .rename(named, to: "Sao Mai chậm lương"), by: "minh")
        #expect(dataset.streamDecisions.stream("S-001")?.title == "Sao Mai chậm lương")
        #expect(throws: StreamDecisionError.emptyTitle) { try dataset.streamDecisions.apply(.rename(named, to: "  "), by: "x", at: Self.at) }
    }

    @Test("merge puts every item of one stream into the other, which is confirmed; the first is gone")
    func merge() throws {
        var dataset = Self.october
        let streams = Self.streams(dataset)
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: streams)
        let safety = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: streams)
        #expect(arrears.id != safety.id)
        try decide(&dataset, .confirm(safety))
        let confirmedSafety = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: Self.streams(dataset))
        try decide(&dataset, .merge(confirmedSafety, into: arrears))
        let after = Self.streams(dataset)
        let merged = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: after)
        #expect(merged.items.count == 4 && merged.confirmed && merged.title == arrears.title)
        #expect(merged.id == "S-002", "the stream merged into is the one created for the suggestion")
        #expect(dataset.streamDecisions.stream("S-001") == nil, "the stream merged away is gone")
        #expect(throws: StreamDecisionError.gone("S-001")) {
            try dataset.streamDecisions.apply(.confirm(confirmedSafety), by: "x", at: Self.at)
        }
        #expect(throws: StreamDecisionError.sameStream) {
            try dataset.streamDecisions.apply(.merge(merged, into: merged), by: "x", at: Self.at)
        }
        Self.expectEachItemOnce(dataset, after)
    }

    @Test("split: an item moved to a new stream is a stream of one; the rest stay together")
    func split() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        let out = Self.ref("R-2026-10-0003", "i1")
        try decide(&dataset, .move([out], from: arrears, to: nil))
        let after = Self.streams(dataset)
        let alone = try Self.stream(containing: out, in: after)
        #expect(alone.items == [out] && alone.units == ["c"])
        let rest = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: after)
        #expect(Set(rest.items) == [Self.ref("R-2026-10-0001", "i1"), Self.ref("R-2026-10-0002", "i1")])
        #expect(rest.id != alone.id && StreamDecision.isDecided(rest.id) && !rest.confirmed, "the rest is held, not confirmed")
        Self.expectEachItemOnce(dataset, after)
    }

    @Test("move: an item goes into another stream, and out of its own")
    func move() throws {
        var dataset = Self.october
        let streams = Self.streams(dataset)
        let rent = try Self.stream(containing: Self.ref("R-2026-10-0001", "i2"), in: streams)
        let safety = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: streams)
        let moved = Self.ref("R-2026-10-0002", "i2")
        try decide(&dataset, .move([moved], from: rent, to: safety))
        let after = Self.streams(dataset)
        let target = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: after)
        #expect(Set(target.items) == [Self.ref("R-2026-10-0003", "i2"), moved])
        #expect(try Self.stream(containing: Self.ref("R-2026-10-0001", "i2"), in: after).items == [Self.ref("R-2026-10-0001", "i2")])
        #expect(throws: StreamDecisionError.nothingToMove) {
            try dataset.streamDecisions.apply(.move([Self.ref("R-9", "i9")], from: target, to: nil), by: "x", at: Self.at)
        }
        Self.expectEachItemOnce(dataset, after)
    }

    @Test("decisions win over later suggestions: items kept apart stay apart however alike")
    func decisionsWin() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        let out = Self.ref("R-2026-10-0002", "i1")
        try decide(&dataset, .move([out], from: arrears, to: nil))
        // The same words again from another unit: the clustering would join all four; the decision keeps the one apart.
        dataset.reports.append(Self.report("R-2026-10-0004", "d", 10, [Self.item("i1", "wages", Self.arrears[1])]))
        let after = Self.streams(dataset)
        let apart = try Self.stream(containing: out, in: after)
        #expect(!apart.items.contains(Self.ref("R-2026-10-0001", "i1")) && !apart.items.contains(Self.ref("R-2026-10-0003", "i1")))
        #expect(apart.items.contains(Self.ref("R-2026-10-0004", "i1")), "the new item joins the staff stream it is most like")
        Self.expectEachItemOnce(dataset, after)
    }

    @Test("a new month's item is suggested into its best confirmed stream, which stays confirmed")
    func newItemJoinsConfirmed() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        try decide(&dataset, .rename(arrears, to: "Sao Mai nợ lương"))
        dataset.reports.append(Self.report("R-2026-11-0001", "d", 11, [
            Self.item("i1", "wages", "Công nhân Công ty Giày Sao Mai lại bị chậm trả lương tháng 10"),
            Self.item("i2", "housing", "Giá phòng trọ quanh KCN Tân Hương tiếp tục tăng"),
        ]))
        let november = Self.streams(dataset, 11)
        let joined = try Self.stream(containing: Self.ref("R-2026-11-0001", "i1"), in: november)
        #expect(joined.id == "S-001" && joined.confirmed && joined.title == "Sao Mai nợ lương")
        #expect(joined.items == [Self.ref("R-2026-11-0001", "i1")], "the period's items only")
        #expect(joined.firstSeen == .month(2026, 10) && joined.lastSeen == .month(2026, 11))
        Self.expectEachItemOnce(dataset, november, month: 11)
    }

    @Test("a suggested group holding items of two staff streams: its new item joins the one it is most like")
    func bestOfSeveral() throws {
        var dataset = Self.october
        let streams = Self.streams(dataset)
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: streams)
        // Staff split the arrears: unit a's item alone in one stream, b's and c's in another.
        try decide(&dataset, .move([Self.ref("R-2026-10-0001", "i1")], from: arrears, to: nil))
        let decisions = dataset.streamDecisions
        #expect(decisions.streams.count == 2)
        // The pure rule: one suggested group of five items, two placed in each stream; the free
        // one goes where the likeness says.
        let refs = (1...5).map { Self.ref("R", "i\($0)") }
        var d = StreamDecisions()
        try d.apply(.move([refs[0], refs[1]], from: OpinionStream(id: "s-1", title: "x", topic: "", confirmed: false, items: Array(refs[0...3]),
            units: [], firstSeen: .month(2026, 10), lastSeen: .month(2026, 10)), to: nil), by: "x", at: Self.at)
        let groups = d.assign(suggested: [[0, 1, 2, 3, 4]], refs: refs) { item, members in members.contains(0) ? 0.9 : 0.1 }
        #expect(groups.count == 2)
        let withFirst = try #require(groups.first { $0.members.contains(0) })
        #expect(withFirst.members == [0, 1, 4], "the free item joins the stream it is most like")
        let other = d.assign(suggested: [[0, 1, 2, 3, 4]], refs: refs) { _, members in members.contains(2) ? 0.9 : 0.1 }
        #expect(try #require(other.first { $0.members.contains(2) }).members == [2, 3, 4])
        // An item alone in a suggestion of its own stays a stream of one.
        let alone = d.assign(suggested: [[0, 1, 2, 3], [4]], refs: refs) { _, _ in 0 }
        #expect(alone.contains { $0.decision == nil && $0.members == [4] })
    }

    @Test("ids are never reused, even after a stream is merged away")
    func idsNotReused() throws {
        var dataset = Self.october
        let streams = Self.streams(dataset)
        let a = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: streams)
        let b = try Self.stream(containing: Self.ref("R-2026-10-0003", "i2"), in: streams)
        try decide(&dataset, .merge(b, into: a))
        #expect(dataset.streamDecisions.streams.map(\.id) == ["S-001"])
        let rent = try Self.stream(containing: Self.ref("R-2026-10-0001", "i2"), in: Self.streams(dataset))
        try decide(&dataset, .confirm(rent))
        #expect(dataset.streamDecisions.streams.map(\.id) == ["S-001", "S-003"])
    }

    @Test("the same decisions over the same items always give the same streams")
    func deterministic() throws {
        var dataset = Self.october
        let arrears = try Self.stream(containing: Self.ref("R-2026-10-0001", "i1"), in: Self.streams(dataset))
        try decide(&dataset, .move([Self.ref("R-2026-10-0002", "i1")], from: arrears, to: nil))
        let first = Self.streams(dataset)
        for _ in 0..<3 { #expect(Self.streams(dataset) == first) }
    }
}
