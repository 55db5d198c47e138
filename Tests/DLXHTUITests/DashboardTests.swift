import DLXHDomain
import DLXHReport
import Testing

@testable import DLXHTUI

@Suite("Submission dashboard")
struct DashboardTests {
    @Test("every matrix cell is the state dlxh status gives, and the totals are DHIS2's rates of them")
    func cellsAndTotals() {
        let state = loadedState(width: 140, height: 40)
        let dataset = state.dataset!
        let matrix = SubmissionMatrix.build(from: dataset, last: .month(2026, 11), months: 12, today: goldenToday)
        for (c, period) in matrix.periods.enumerated() {
            let rows = dataset.submissionRows(for: period, asOf: goldenToday)
            #expect(matrix.rows.map { $0.states[c] } == rows.map(\.state), "\(period)")
            let expected = rows.filter { $0.state.isExpected }.count
            let submitted = rows.filter { $0.state.receivedOn != nil }.count
            let totals = SubmissionTotals(rows.map(\.state))
            #expect(totals.expected == expected && totals.submitted == submitted)
        }
    }

    @Test("← scrolls back past the window, and the window follows; not past the current month")
    func scrollBack() {
        var state = loadedState(width: 80, height: 24)
        state.press(.character("4"))
        for _ in 0..<14 { state.press(.left) }
        #expect(DashboardScreen.selected(state) == .month(2025, 9))  // 14 months before November 2026
        let months = DashboardScreen.visibleMonths(80)
        #expect(DashboardScreen.rightmost(state).distance(to: DashboardScreen.selected(state)) > -months)
        for _ in 0..<30 { state.press(.right) }
        #expect(DashboardScreen.selected(state) == .month(2026, 11))
    }

    @Test("from a row: n opens the entry form prefilled, x asks a reason and saves the exemption")
    func rowActions() throws {
        var state = loadedState()
        state.press(.character("4"), .character("v"))
        let unit = try #require(DashboardScreen.selectedUnit(state))
        state.press(.character("n"))
        #expect(state.screen == .entry)
        guard case .choice(let id?, _)? = state.entry.form?[.unit]?.value else {
            Issue.record("unit not prefilled")
            return
        }
        #expect(id == unit.id)
        #expect(state.entry.form?[.period]?.text == "11/2026")
        state.press(.escape)
        state.press(.character("4"), .character("x"))
        state.type("Đơn vị đang sáp nhập")
        #expect(state.update(.key(.enter)) == [.save(.exempt(unitID: unit.id, .month(2026, 11), reason: "Đơn vị đang sáp nhập"))])
    }

    @Test("x on a unit that has reported for the month says so, whole at 80 columns, instead of asking a reason")
    func noExemptionWhenReported() throws {
        var state = loadedState()
        state.press(.character("4"))
        let rows = goldenDataset.submissionRows(for: .month(2026, 11), asOf: goldenToday)
        let units = state.dashboard.matrixUnits(state.context())
        let reported = try #require(units.firstIndex { unit in rows.contains { $0.unit.id == unit.id && $0.state.receivedOn != nil } })
        state.dashboard.unitRow.select(reported, count: units.count)
        #expect(state.update(.key(.character("x"))) == [])
        #expect(state.overlay == nil)
        #expect(CutScan.problems(in: state.view()).isEmpty, "\(CutScan.problems(in: state.view()))")
        #expect(state.toast?.text.vi.contains("đã nộp Tháng 11/2026 ngày") == true, "\(String(describing: state.toast))")
    }

    @Test("the reminder names exactly the units still owing, with their contacts")
    func reminder() {
        let text = ReminderLetter.text(dataset: goldenDataset, period: .month(2026, 11), today: goldenToday)
        let owing = ReminderLetter.owing(goldenDataset, period: .month(2026, 11), today: goldenToday)
        #expect(!owing.isEmpty)
        for row in owing { #expect(text.contains("- \(row.unit.name);") && text.contains(row.unit.phone)) }
        let submitted = goldenDataset.submissionRows(for: .month(2026, 11), asOf: goldenToday).filter { $0.state.receivedOn != nil }
        for row in submitted { #expect(!text.contains("- \(row.unit.name);")) }
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && text.contains("Kính gửi:") && text.contains("Nơi nhận:"))
    }

    @Test("m shows the reminder letter before anything is written; w asks where, Esc writes nothing")
    func reminderPreview() {
        var state = loadedState()
        state.press(.character("4"), .character("m"))
        guard case .document(let preview) = state.overlay else {
            Issue.record("m did not show the letter: \(String(describing: state.overlay))")
            return
        }
        let letter = ReminderLetter.text(dataset: goldenDataset, period: .month(2026, 11), today: goldenToday)
        #expect(preview.lines.joined(separator: "\n") + "\n" == letter)
        let owing = ReminderLetter.owing(goldenDataset, period: .month(2026, 11), today: goldenToday)
        #expect(preview.title == "Văn bản nhắc nộp – Tháng 11/2026, \(owing.count) đơn vị chưa nộp")
        // The top of the letter shows first, then scrolls down to the contact list.
        var text = state.view().text
        #expect(text.contains("Kính gửi:") && text.contains("w ghi ra tệp") && text.contains("Esc đóng, không ghi"), "\(text)")
        #expect(!text.contains("Danh sách liên hệ"))
        for _ in 0..<10 { state.press(.pageDown) }
        text = state.view().text
        // The last lines: the contacts of the last unit owing, and where the view is ("53–68/68").
        #expect(text.contains(owing.last!.unit.name + ":") && !text.contains("CỘNG HÒA XÃ HỘI"), "\(text)")
        #expect(text.range(of: #"\d+–(\d+)/\1 │"#, options: .regularExpression) != nil, "\(text)")
        // Esc: closed, no file asked for, nothing saved.
        #expect(state.update(.key(.escape)) == [])
        #expect(state.overlay == nil)
        // Again, then w: the path is asked, and Enter writes the letter of this period.
        state.press(.character("m"))
        #expect(state.update(.key(.character("w"))) == [])
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("w did not ask for a file")
            return
        }
        #expect(prompt.field.text == "nhac-nop-bao-cao-2026-11.txt")
        #expect(!prompt.title.contains("thư mục"), "no folder known, none said")
        #expect(state.update(.key(.enter)) == [.save(.reminderFile(.month(2026, 11), path: "nhac-nop-bao-cao-2026-11.txt"))])
    }

    @Test("the file prompt names the folder a bare file name goes to, whole at 80 columns")
    func promptNamesFolder() {
        var state = loadedState()
        state.session.folder = "/home/thuha/Văn bản/2026/Báo cáo dư luận xã hội tháng 11"
        state.press(.character("4"), .character("m"), .character("w"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.title == "Ghi văn bản nhắc nộp ra tệp – thư mục /home/thuha/Văn bản/2026/Báo cáo dư luận xã hội tháng 11")
        let grid = state.view()
        #expect(CutScan.problems(in: grid).isEmpty, "\(CutScan.problems(in: grid))")
        #expect(grid.text.contains("tháng 11"), "\(grid.text)")
    }

    @Test("m with nobody owing says so instead of drafting an empty letter")
    func nobodyToRemind() {
        var state = loadedState()
        state.press(.character("4"))
        // Every active unit has reported for a month long past that everyone sent.
        let period = Period.month(2026, 11)
        let owing = Set(ReminderLetter.owing(goldenDataset, period: period, today: goldenToday).map(\.unit.id))
        state.dataset?.units.removeAll { owing.contains($0.id) }
        state.press(.character("m"))
        #expect(state.overlay == nil)
        #expect(state.toast?.text.vi == "Không có đơn vị nào phải nhắc: mọi đơn vị đã nộp báo cáo Tháng 11/2026.")
    }
}

@Suite("Dashboard period kinds")
struct DashboardKindTests {
    @Test("where quarterly reports are tracked, p shows quarters, tracked by the same rules")
    func quarters() {
        var state = loadedState(width: 100, height: 30)
        state.dataset?.configuration.trackedPeriodKinds = [.month, .quarter]
        state.press(.character("4"), .character("p"))
        #expect(DashboardScreen.current(state) == Period(kind: .quarter, year: 2026, index: 4)!)
        let text = state.view().text
        #expect(text.contains("Quý IV/2026 – hạn nộp 20/12/2026"), "\(text)")
        #expect(text.contains("Q4/26"))
        state.press(.left)
        #expect(DashboardScreen.selected(state) == Period(kind: .quarter, year: 2026, index: 3)!)
        state.press(.character("p"))
        #expect(DashboardScreen.current(state) == .month(2026, 11))
    }
}
