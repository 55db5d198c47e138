import DLXHDomain
import Testing

@testable import DLXHTUI

/// Step 4 in the interface: guidance recorded from the inbox, the guidance panel, overdue
/// acknowledgements, return for more, owners.
@Suite("Guidance (step 4) in the interface")
struct GuidanceTests {
    /// The golden dataset's newest report with items from two different units.
    static func twoReports() -> (Report, Report) {
        let reports = goldenDataset.reports.filter { !$0.items.isEmpty }.sorted { ($0.receivedOn, $0.id) > ($1.receivedOn, $1.id) }
        let first = reports[0]
        let second = reports.first { $0.unitID != first.unitID }!
        return (first, second)
    }

    /// Guidance dated 10/11 due 20/11, relayed to both units, acknowledged by the first only.
    static func datasetWithGuidance(acknowledged: Bool = true) -> (Dataset, Guidance) {
        let (a, b) = twoReports()
        var data = goldenDataset
        let day = Day(year: 2026, month: 11, day: 10)!
        let guidance = Guidance(
            id: "G-2026-001", number: "45-CV/BTGDV", date: day, issuer: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            text: "Tuyên truyền chính sách BHXH cho người lao động.",
            items: [ItemReference(reportID: a.id, itemID: a.items[0].id), ItemReference(reportID: b.id, itemID: b.items[0].id)],
            due: Day(year: 2026, month: 11, day: 20)!, owner: "Lê Thị Thu Hà",
            recipients: [
                GuidanceRecipient(unitID: a.unitID, relayedOn: day.adding(days: 1), acknowledgedOn: acknowledged ? day.adding(days: 3) : nil, note: "Đã phổ biến"),
                GuidanceRecipient(unitID: b.unitID, relayedOn: day.adding(days: 1)),
            ],
            createdAt: Moment(day: day, hour: 8), createdBy: "Lê Thị Thu Hà")
        data.guidance = [guidance]
        return (data, guidance)
    }

    static func state(_ data: Dataset, width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(
            session: Session(storeName: "demo-store", staff: "Lê Thị Thu Hà", language: .vi), now: goldenNow, width: width, height: height)
        _ = state.update(.loaded(data))
        return state
    }

    @Test("P on an open report's item opens the form; Ctrl-S saves guidance for that item, owned by the session's staff")
    func recordFromInbox() throws {
        var state = loadedState()
        state.press(.enter)  // open the newest report
        let (report, item) = try #require(InboxScreen.selectedItem(state))
        state.press(.character("P"))
        #expect(state.guidance.form != nil)
        #expect(state.view().text.contains("Văn bản chỉ đạo trả lời 1 ý kiến"))
        state.type("45-CV/BTGDV")
        state.press(.tab, .tab, .tab)  // past the date and the issuer (default: the first configured)
        state.type("Tuyên truyền chính sách BHXH")
        let effects = state.update(.key(.control("s")))
        guard case .save(.newGuidance(let guidance))? = effects.first else {
            Issue.record("no save: \(effects); errors \(state.guidance.form?.fields.compactMap(\.error) ?? [])")
            return
        }
        #expect(guidance.number == "45-CV/BTGDV")
        #expect(guidance.text == "Tuyên truyền chính sách BHXH")
        #expect(guidance.items == [ItemReference(reportID: report.id, itemID: item.id)])
        #expect(guidance.date == goldenToday)
        #expect(guidance.due == goldenToday.adding(days: 7))
        #expect(guidance.owner == "Lê Thị Thu Hà")
        #expect(guidance.issuer == goldenDataset.configuration.guidanceIssuers.first?.vi)
        #expect(state.guidance.form == nil)
    }

    @Test("Esc on a form with typing asks first; yes throws it away")
    func escAsks() {
        var state = loadedState()
        state.press(.enter, .character("P"))
        state.type("45")
        state.press(.escape)
        guard case .confirm = state.overlay else {
            Issue.record("Esc did not ask")
            return
        }
        #expect(state.hasUnsavedForm)
        state.press(.character("c"))
        #expect(state.guidance.form == nil)
        #expect(state.inbox.openReportID != nil)
    }

    @Test("the form refuses an empty number and text and a due date before the date")
    func formErrors() {
        var state = loadedState()
        state.press(.enter, .character("P"), .tab, .tab, .tab, .tab)
        state.press(.control("u"))
        state.type("01/01/2020")
        #expect(state.update(.key(.control("s"))).isEmpty)
        let errors = Dictionary(uniqueKeysWithValues: (state.guidance.form?.fields ?? []).compactMap { f in f.error.map { (f.id, $0) } })
        #expect(errors[.number] != nil && errors[.text] != nil)
        #expect(errors[.due] != nil)
    }

    @Test("overdue acknowledgements: badge beside the hot-spot badge, named at start, shown on the panel")
    func overdueAlerts() {
        let (data, guidance) = Self.datasetWithGuidance()
        var state = Self.state(data, width: 120, height: 40)
        #expect(state.guidanceAlerts.count == 1)
        let header = state.view().text.split(separator: "\n")[0]
        #expect(header.contains("Phản hồi quá hạn 1"))
        #expect(header.contains("Điểm nóng"))
        #expect(state.toast.map { $0.vi.contains("phản hồi chỉ đạo") } == true)
        state.press(.character("4"), .character("c"))
        #expect(state.guidance.isOpen)
        let screen = state.view().text
        #expect(screen.contains(guidance.number))
        #expect(screen.contains("✗ quá hạn 4 ngày"))
        #expect(screen.contains("✓ phản hồi 13/11/2026: Đã phổ biến"))
        state.press(.escape)
        #expect(!state.guidance.isOpen)
    }

    @Test("no guidance overdue: the header is as before")
    func noBadge() {
        let (data, _) = Self.datasetWithGuidance()
        var early = data
        early.guidance[0].recipients[1].acknowledgedOn = goldenToday
        let state = Self.state(early)
        #expect(!state.view().text.contains("Phản hồi"))
        #expect(state.guidanceAlerts.isEmpty)
    }

    @Test("on the panel: r relays to the units not yet relayed, a acknowledges with a note, o takes it on, f filters mine")
    func panelKeys() {
        var (data, guidance) = Self.datasetWithGuidance(acknowledged: false)
        let unrelayedUnit = data.guidance[0].recipients[1].unitID
        data.guidance[0].recipients.removeLast()
        var state = Self.state(data, width: 100, height: 30)
        state.press(.character("4"), .character("c"))
        #expect(state.view().text.contains("chưa chuyển"))
        #expect(state.update(.key(.character("r"))) == [.save(.relayGuidance(guidance.id, units: [unrelayedUnit], letter: nil))])
        state.press(.character("w"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("w did not ask for a file")
            return
        }
        #expect(prompt.field.text.hasSuffix(".docx"))
        #expect(state.update(.key(.enter)) == [.save(.relayGuidance(guidance.id, units: [unrelayedUnit], letter: prompt.field.text))])
        state.press(.character("a"))
        guard case .picker = state.overlay else {
            Issue.record("a did not offer the units")
            return
        }
        state.press(.enter)
        state.type("Đã tổ chức đối thoại")
        let unit = data.guidance[0].recipients[0].unitID
        #expect(state.update(.key(.enter)) == [.save(.acknowledgeGuidance(guidance.id, unitID: unit, note: "Đã tổ chức đối thoại"))])
        #expect(state.update(.key(.character("o"))) == [.save(.guidanceOwner(guidance.id, owner: nil))])  // already mine: cleared
        state.press(.character("f"))
        #expect(state.guidance.mine)
        #expect(GuidanceScreen.rows(state).count == 1)
    }

    @Test("m writes a reminder to the units overdue")
    func reminder() {
        let (data, guidance) = Self.datasetWithGuidance()
        var state = Self.state(data)
        state.press(.character("4"), .character("c"), .character("m"))
        // The letter is shown first; w asks where to write it.
        guard case .document(let preview) = state.overlay else {
            Issue.record("m did not show the letter")
            return
        }
        #expect(preview.lines.joined(separator: "\n") + "\n" == GuidanceScreen.reminderText(dataset: data, overdue: state.guidanceAlerts, today: goldenToday))
        state.press(.character("w"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("m did not ask for a file")
            return
        }
        #expect(state.update(.key(.enter)) == [.save(.guidanceReminderFile(path: prompt.field.text))])
        let text = GuidanceScreen.reminderText(dataset: data, overdue: state.guidanceAlerts, today: goldenToday)
        let late = data.unit(guidance.recipients[1].unitID)!.name
        #expect(text.contains("Kính gửi: \(late)"))
        #expect(text.contains("quá hạn 4 ngày"))
    }

    @Test("B on an open report asks why and saves the return; the matrix shows ↩ until a supplement")
    func returnForMore() throws {
        var state = loadedState()
        state.press(.enter)
        let report = try #require(InboxScreen.openReport(state))
        state.press(.character("B"))
        state.type("Thiếu số liệu CNLĐ")
        #expect(state.update(.key(.enter)) == [.save(.returnReport(report.id, reason: "Thiếu số liệu CNLĐ"))])
        var data = goldenDataset
        let i = data.reports.firstIndex { $0.id == report.id }!
        data.reports[i].returnedForMore = ReturnRequest(on: goldenToday, by: "Lê Thị Thu Hà", reason: "Thiếu số liệu CNLĐ")
        var returned = Self.state(data, width: 120, height: 40)
        returned.press(.enter)
        #expect(returned.view().text.contains("↩ chờ bổ sung (24/11/2026, Lê Thị Thu Hà): Thiếu số liệu CNLĐ"))
        returned.press(.escape)
        returned.press(.character("4"))
        let screen = returned.view().text
        #expect(screen.contains("↩"))
        #expect(screen.contains("↩ chờ bổ sung"))
        // The owing list of that period names the unit as received but incomplete.
        returned.dashboard.selectedPeriod = report.period
        returned.press(.character("v"))
        let unit = goldenDataset.unit(report.unitID)!.name
        #expect(returned.view().text.contains("↩ chờ bổ sung: \(unit)"))
    }

    @Test("o on a hot spot takes it on; the record shows its owner; the filter 'của tôi'")
    func hotSpotOwner() throws {
        var state = loadedState(width: 100, height: 40)
        state.press(.character("3"))
        let spot = try #require(HotSpotsScreen.selected(state))
        #expect(state.update(.key(.character("o"))) == [.save(.hotSpotOwner(spot.id, owner: "Lê Thị Thu Hà"))])
        var data = goldenDataset
        let i = data.hotSpots.firstIndex { $0.id == spot.id }!
        data.hotSpots[i].owner = "Lê Thị Thu Hà"
        var owned = Self.state(data, width: 100, height: 40)
        owned.press(.character("3"), .character("f"))
        guard case .picker(var picker, let reply) = owned.overlay else {
            Issue.record("no filter picker")
            return
        }
        picker.type("cua toi")
        owned.overlay = .picker(picker, reply)
        owned.press(.enter)
        #expect(owned.hotSpots.filter == .mine)
        #expect(HotSpotsScreen.rows(owned).map(\.spot.id) == [spot.id])
        owned.press(.enter)
        #expect(owned.view().text.contains("Người theo dõi: Lê Thị Thu Hà"))
    }
}
