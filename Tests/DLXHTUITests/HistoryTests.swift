import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("An item's history (i) speaks the interface's language")
struct HistoryTests {
    /// The history lines of the first item of the first report with items, after `entries` are
    /// added to its audit trail.
    func history(_ language: Language, _ entries: (String) -> [AuditEntry]) throws -> [String] {
        var state = loadedState(language: language)
        let position = state.inbox.visible.firstIndex { !state.derived.inbox[$0].items.isEmpty }!
        state.inbox.list.select(position, count: state.inbox.visible.count)
        state.press(.enter)
        let report = try #require(InboxScreen.openReport(state))
        let target = "\(report.id)/\(report.items[0].id)"
        state.dataset?.audit.append(contentsOf: entries(target))
        state.press(.character("i"))
        guard case .lines(_, let lines) = state.overlay else {
            Issue.record("no history")
            return []
        }
        return lines
    }

    let at = Moment(day: Day(year: 2026, month: 11, day: 23)!, hour: 14)

    func classified(_ target: String) -> AuditEntry {
        AuditEntry(
            at: at, by: "Nguyễn Hoàng Nam", action: .itemUpdate, target: target,
            detail: "topic: “wages” → “jobs”; nature: publicOpinion → rumour; step: 1 → 2; stepNote: “” → “Đã báo cáo Tỉnh ủy”",
            changes: [
                FieldChange(field: "topic", old: "wages", new: "jobs", freeText: true),
                FieldChange(field: "nature", old: "publicOpinion", new: "rumour"),
                FieldChange(field: "step", old: "1", new: "2"),
                FieldChange(field: "stepNote", old: "", new: "Đã báo cáo Tỉnh ủy", freeText: true),
            ])
    }

    @Test("labels and vocabulary words in Vietnamese, with who and when; no codes")
    func vietnamese() throws {
        let lines = try history(.vi) { [classified($0)] }
        let all = lines.joined(separator: "\n")
        #expect(all.contains("Nguyễn Hoàng Nam") && all.contains(at.displayString) && all.contains("Sửa ý kiến"), "\(lines)")
        #expect(lines.contains("  Chủ đề: Tiền lương, thu nhập, thưởng → Việc làm, cắt giảm lao động"), "\(lines)")
        #expect(lines.contains("  Tính chất: Dư luận xã hội → Tin đồn"), "\(lines)")
        #expect(lines.contains("  Bước xử lý: 1. Chọn lọc, phân tích → 2. Phân loại, đối chiếu"), "\(lines)")
        #expect(lines.contains("  Ghi chú bước xử lý: (trống) → “Đã báo cáo Tỉnh ủy”"), "\(lines)")
        for code in ["wages", "publicOpinion", "rumour", "stepNote", "topic:"] {
            #expect(!all.contains(code), "\(code) in \(lines)")
        }
    }

    @Test("the same in English")
    func english() throws {
        let lines = try history(.en) { [classified($0)] }
        #expect(lines.contains("  Topic: Wages, income, bonuses → Jobs, lay-offs"), "\(lines)")
        #expect(lines.contains("  Nature: Public opinion → Rumour"), "\(lines)")
        #expect(lines.contains("  Handling step: 1. Select, analyse → 2. Classify, cross-check"), "\(lines)")
        #expect(lines.contains { $0.contains("Item changed") }, "\(lines)")
    }

    @Test("an older entry with only its text still shows, as written")
    func olderEntry() throws {
        let lines = try history(.vi) { target in
            [AuditEntry(at: self.at, by: "Trần Văn Bình", action: .itemUpdate, target: target, detail: "attitude: “worried” → “frustrated”")]
        }
        #expect(lines.contains("  attitude: “worried” → “frustrated”"), "\(lines)")
        #expect(lines.contains { $0.contains("Trần Văn Bình · Sửa ý kiến") }, "\(lines)")
    }

    @Test("a report-level change names the item by its place and the field")
    func nestedPath() {
        let line = AuditText.change(
            FieldChange(field: "items[1].attitude", old: "worried", new: "frustrated", freeText: true), configuration: Configuration(),
            language: .vi)
        #expect(line.hasPrefix("Ý kiến 2 · Thái độ: "), "\(line)")
        #expect(!line.contains("worried"), "\(line)")
    }
}
