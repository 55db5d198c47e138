import Testing

@testable import DLXHDomain

@Suite("Changes: the audit trail's description of an edit")
struct ChangesTests {
    let base = OpinionItem(
        id: "i1", topic: "wages", content: "Công nhân lo lắng về việc chậm trả lương tháng 8", attitude: "worried")

    func hotSpot() -> HotSpot {
        HotSpot(
            id: "hs-2025-001", title: "Ngừng việc tập thể tại Công ty TNHH Giày Đông Phương", kind: .workStoppage,
            unitID: "cd-kcn", enterprise: Enterprise(name: "Công ty TNHH Giày Đông Phương", ownership: "FDI"),
            workersInvolved: 1272, phonedInAt: Moment(day: d(2025, 9, 19), hour: 10), phonedInBy: "Lan")
    }

    @Test("nothing changed: empty description")
    func nothingChanged() {
        #expect(Changes.describe(from: base, to: base) == "")
        let r = report("r1", unit: "u", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19), items: [base])
        #expect(Changes.describe(from: r, to: r) == "")
        #expect(Changes.describe(from: hotSpot(), to: hotSpot()) == "")
        #expect(Changes.describe(from: unit("u"), to: unit("u")) == "")
    }

    @Test("an opinion item: classification fields, in declaration order, old → new")
    func itemClassification() {
        var new = base
        new.attitude = "frustrated"
        new.step = .classify
        #expect(Changes.describe(from: base, to: new) == "attitude: “worried” → “frustrated”; step: 1 → 2")

        var enums = base
        enums.source = .press
        enums.nature = .rumour
        enums.verification = .untrue
        #expect(
            Changes.describe(from: base, to: enums)
                == "source: direct → press; nature: publicOpinion → rumour; verification: unverified → untrue")

        var text = base
        text.content = "Công nhân bức xúc vì nợ lương"
        #expect(
            Changes.describe(from: base, to: text)
                == "content: “Công nhân lo lắng về việc chậm trả lương tháng 8” → “Công nhân bức xúc vì nợ lương”")
    }

    @Test("a report: dates, period, flags, optional links and nested items")
    func reportFields() {
        let old = report(
            "r1", unit: "ldld-bh", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19), items: [base])
        var new = old
        new.receivedOn = d(2026, 10, 21)
        new.period = Period.month(2026, 11)
        new.nothingToReport = true
        new.supplementTo = "r0"
        #expect(
            Changes.describe(from: old, to: new)
                == "period: 2026-10 → 2026-11; receivedOn: 2026-10-19 → 2026-10-21; nothingToReport: false → true; supplementTo: ∅ → “r0”"
        )

        var unlinked = new
        unlinked.supplementTo = nil
        #expect(Changes.describe(from: new, to: unlinked) == "supplementTo: “r0” → ∅")

        var relinked = new
        relinked.supplementTo = "r9"
        #expect(Changes.describe(from: new, to: relinked) == "supplementTo: “r0” → “r9”")

        var kinds = old
        kinds.kind = .adHoc
        kinds.channel = .socialMedia
        #expect(Changes.describe(from: old, to: kinds) == "kind: periodic → adHoc; channel: document → socialMedia")
    }

    @Test("a report's items: added, removed and edited are each named by position")
    func reportItems() {
        let old = report(
            "r1", unit: "ldld-bh", period: Period.month(2026, 10), receivedOn: d(2026, 10, 19), items: [base])
        var added = old
        added.items.append(item("i2"))
        #expect(Changes.describe(from: old, to: added) == "items[1]: + i2")
        #expect(Changes.describe(from: added, to: old) == "items[1]: − i2")

        var edited = old
        edited.items[0].topic = "insurance"
        #expect(Changes.describe(from: old, to: edited) == "items[0].topic: “wages” → “insurance”")
    }

    @Test("a hot spot: nested enterprise, optional numbers and moments, status")
    func hotSpotFields() {
        let old = hotSpot()
        var new = old
        new.enterprise.name = "Công ty TNHH Giày Đông Phương Việt Nam"
        new.workersInvolved = 1300
        new.status = .handling
        new.endedAt = Moment(day: d(2025, 9, 23), hour: 17)
        #expect(
            Changes.describe(from: old, to: new)
                == "enterprise.name: “Công ty TNHH Giày Đông Phương” → “Công ty TNHH Giày Đông Phương Việt Nam”; workersInvolved: 1272 → 1300; endedAt: ∅ → 2025-09-23T17:00:00+07:00; status: new → handling"
        )
        var unknownCount = old
        unknownCount.workersInvolved = nil
        #expect(Changes.describe(from: old, to: unknownCount) == "workersInvolved: 1272 → ∅")
    }

    @Test("a unit: closing it names activeTo and the successor")
    func unitClosed() {
        let old = unit("ldld-huyen", from: d(2015, 1, 1))
        var closed = old
        closed.activeTo = d(2025, 6, 30)
        closed.successorIDs = ["cd-xa", "cd-phuong"]
        closed.mustReport = false
        #expect(
            Changes.describe(from: old, to: closed)
                == "activeTo: ∅ → 2025-06-30; mustReport: true → false; successorIDs[0]: + “cd-xa”; successorIDs[1]: + “cd-phuong”")
    }

    @Test("plain values are described as value")
    func plainValues() {
        #expect(Changes.describe(from: 1, to: 2) == "value: 1 → 2")
        #expect(Changes.describe(from: "a", to: "b") == "value: “a” → “b”")
        #expect(Changes.describe(from: d(2026, 1, 1), to: d(2026, 1, 2)) == "value: 2026-01-01 → 2026-01-02")
        #expect(Changes.describe(from: HandlingStep.select, to: .relayDown) == "value: 1 → 4")
    }

    @Test("an acknowledgement being recorded is named")
    func optionalStructSet() {
        let old = hotSpot()
        var new = old
        new.acknowledgement = Acknowledgement(by: "Lan", at: Moment(day: d(2025, 9, 19), hour: 10, minute: 20))
        #expect(Changes.describe(from: old, to: new).hasPrefix("acknowledgement: ∅ → "))
    }

    @Test("a change inside an optional record that was already set is described")
    func optionalStructEdited() {
        var old = hotSpot()
        old.writtenReport = WrittenReport(receivedAt: Moment(day: d(2025, 9, 20), hour: 8))
        var new = old
        new.writtenReport = WrittenReport(receivedAt: Moment(day: d(2025, 9, 20), hour: 15), reportID: "r-hs")
        let description = Changes.describe(from: old, to: new)
        #expect(description.contains("writtenReport"))
        #expect(description.contains("2025-09-20T15:00:00+07:00"))
    }

    @Test("an edit beyond the first 57 characters of a long text is still a change")
    func longTextEdited() {
        var old = base
        old.content = "Người lao động tại Khu công nghiệp Amata phản ánh doanh nghiệp chậm trả lương tháng 8 năm 2025"
        var new = old
        new.content = "Người lao động tại Khu công nghiệp Amata phản ánh doanh nghiệp chậm trả lương tháng 9 năm 2025"
        #expect(old.content.count > 60)
        #expect(Changes.describe(from: old, to: new) != "")
        #expect(Changes.describe(from: old, to: new).hasPrefix("content: "))
    }

    @Test("a line break replaced by a space is a change")
    func lineBreakEdited() {
        var old = base
        old.content = "Dòng một\nDòng hai"
        var new = old
        new.content = "Dòng một Dòng hai"
        #expect(Changes.describe(from: old, to: new) != "")
    }

    @Test("long texts are shortened in the description")
    func longTextShortened() {
        var old = base
        old.content = String(repeating: "lương ", count: 20)  // 120 characters
        var new = old
        new.content = "ngắn"
        let description = Changes.describe(from: old, to: new)
        #expect(description == "content: “" + String(String(repeating: "lương ", count: 20).prefix(57)) + "…” → “ngắn”")
    }
}
