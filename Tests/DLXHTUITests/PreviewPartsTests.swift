import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

/// The report preview: its period kinds, the staff-written parts' editor, and `w` over an
/// existing file (issue 14 item 9; issue 15 points 3 and 4).
@Suite("Report preview: period kinds, staff-written parts, writing over a file")
struct PreviewPartsTests {
    /// The text of a screen, one string.
    static func text(_ state: AppState) -> String {
        state.view().text
    }

    @Test("p switches the preview between a month, a quarter, a half-year and a year, and back to the same month")
    func periodKinds() {
        var state = fixtureState()
        state.press(.character("R"))
        let month = state.preview.period!
        #expect(month.kind == .month)
        var kinds: [Period.Kind] = []
        for _ in 0..<4 {
            state.press(.character("p"))
            kinds.append(state.preview.period!.kind)
        }
        #expect(kinds == [.quarter, .half, .year, .month])
        #expect(state.preview.period == month)
        state.press(.character("p"))
        #expect(state.preview.period == Period.containing(goldenToday, kind: .quarter))
        #expect(Self.text(state).contains("quý IV/2026"))
        // ← goes a quarter back.
        state.press(.left)
        #expect(state.preview.period == Period(kind: .quarter, year: 2026, index: 3))
    }

    @Test("e edits the four parts; Tab moves between them; Ctrl-S saves what changed from the version opened")
    func editAndSave() {
        var state = fixtureState()
        state.press(.character("R"), .character("e"))
        #expect(state.preview.editor?.part == .assessment)
        state.type("Tư tưởng ổn định.")
        state.press(.tab)
        state.type("Đơn hàng giảm.")
        state.press(.backTab)
        #expect(state.preview.editor?.area.text == "Tư tưởng ổn định.")
        #expect(state.hasUnsavedForm)
        let effects = state.update(.key(.control("s")))
        let period = Period.containing(goldenToday)
        let base = ReportParts(period: period)
        #expect(effects == [.save(.reportParts(ReportParts(period: period, assessment: "Tư tưởng ổn định.", causes: "Đơn hàng giảm."), base: base))])
        #expect(state.preview.editor == nil)
    }

    @Test("Esc with unsaved text asks first; a conflict sent back reopens the editor as typed")
    func cancelAndReopen() {
        var state = fixtureState()
        state.press(.character("R"), .character("e"))
        state.type("Nháp")
        state.press(.escape)
        guard case .confirm? = state.overlay else { Issue.record("no question"); return }
        state.press(.character("k"))
        #expect(state.preview.editor?.area.text == "Nháp")
        state.press(.escape, .character("c"))
        #expect(state.preview.editor == nil)
        let period = Period.containing(goldenToday)
        let mine = ReportParts(period: period, forecast: "Căng thẳng")
        _ = state.update(.conflict(
            EditConflict(
                kind: .reportParts, id: mine.id,
                conflicts: [MergeConflict(path: "forecast", field: "forecast", base: .string(""), mine: .string("Căng thẳng"), theirs: .string("Ổn định"))],
                theirsBy: "Minh", theirsAt: goldenNow),
            retry: .reportParts(mine, base: ReportParts(period: period))))
        guard case .conflict(let dialog)? = state.overlay else { Issue.record("no conflict dialog"); return }
        #expect(ConflictText.label("forecast")?.vi == "Dự báo")
        _ = dialog
        state.press(.escape)  // back to editing
        #expect(state.preview.editor?.current.forecast == "Căng thẳng")
    }

    @Test("Saved parts show in the report's section in the preview")
    func savedPartsShown() {
        var state = fixtureState()
        state.press(.character("R"))
        var data = GoldenFixture.dataset
        data.reportParts = [ReportParts(period: Period.containing(goldenToday), assessment: "Tình hình tư tưởng cơ bản ổn định.")]
        _ = state.update(.loaded(data))
        #expect(state.preview.lines.contains { $0.contains("Tình hình tư tưởng cơ bản ổn định.") })
        #expect(state.preview.lines.contains { $0.contains("1. Đánh giá chung") })
    }

    @Test("w over an existing file: the app asks, and yes writes over it with the same save")
    func overwriteAsks() {
        var state = fixtureState()
        state.press(.character("R"))
        let save = Save.reportFile(Period.containing(goldenToday), path: "/tmp/bao-cao.docx", overwrite: true)
        _ = state.update(.fileExists(path: "/tmp/bao-cao.docx", overwrite: save))
        guard case .confirm(let dialog)? = state.overlay else { Issue.record("no question"); return }
        #expect(dialog.question.contains("/tmp/bao-cao.docx"))
        #expect(state.update(.key(.character("c"))) == [.save(save)])
        _ = state.update(.fileExists(path: "/tmp/bao-cao.docx", overwrite: save))
        #expect(state.update(.key(.character("k"))) == [])
        #expect(state.overlay == nil)
    }
}

@Suite("Golden screens: the report preview's staff-written parts")
struct PreviewPartsGoldenTests {
    @Test("the parts' editor at 80×24, vi and en", arguments: [Language.vi, .en])
    func editor(language: Language) {
        var state = fixtureState(language: language)
        state.press(.character("R"), .character("e"))
        state.type("Tình hình tư tưởng, tâm trạng của đoàn viên, người lao động cơ bản ổn định; một số nơi còn bức xúc về tiền lương, thưởng cuối năm.")
        state.press(.enter)
        state.type("Các cấp công đoàn đã chủ động nắm bắt tình hình.")
        state.press(.tab)
        state.type("Đơn hàng giảm.")
        state.press(.backTab)
        expectGolden(state.view(), "preview-parts-\(language.rawValue)-80x24")
    }

    @Test("the preview at the staff-written section, 80×24")
    func section() {
        var state = fixtureState()
        state.press(.character("R"))
        var data = GoldenFixture.dataset
        data.reportParts = [ReportParts(period: Period.containing(goldenToday), assessment: "Tư tưởng ổn định.", tasks: "- Nắm tình hình nợ lương.")]
        _ = state.update(.loaded(data))
        let start = state.preview.lines.firstIndex { $0.contains("ĐÁNH GIÁ, NGUYÊN NHÂN") }!
        for _ in 0..<start { state.press(.down) }
        expectGolden(state.view(), "preview-section-80x24")
    }
}
