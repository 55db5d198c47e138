import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("An item's history shows every audit action, known or not")
struct AuditDisplayTests {
    @Test("an entry with no detail shows its action in words, an unknown one as its code")
    func codesShown() throws {
        var state = loadedState()
        let position = state.inbox.visible.firstIndex { !state.derived.inbox[$0].items.isEmpty }!
        state.inbox.list.select(position, count: state.inbox.visible.count)
        state.press(.enter)
        let report = try #require(InboxScreen.openReport(state))
        let target = "\(report.id)/\(report.items[0].id)"
        state.dataset?.audit.append(AuditEntry(at: goldenNow, by: "Nguyễn Hoàng Nam", action: .itemUpdate, target: target))
        state.dataset?.audit.append(AuditEntry(at: goldenNow, by: "Trần Văn Bình", action: .other("item.reword"), target: target))
        state.press(.character("i"))
        guard case .lines(_, let lines) = state.overlay else {
            Issue.record("no history")
            return
        }
        #expect(lines.contains { $0.contains("Nguyễn Hoàng Nam · Sửa ý kiến") }, "\(lines)")
        #expect(lines.contains { $0.contains("Trần Văn Bình · item.reword") }, "\(lines)")
    }
}
