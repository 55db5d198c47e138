import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("The interface's own phrases")
struct InterfacePhraseTests {
    @Test("screen titles in both languages; the alert badge shows its counts")
    func interfaceWords() {
        #expect(ScreenID.inbox.title == Localized(vi: "Hộp thư đến", en: "Inbox"))
        #expect(ScreenID.hotSpots.title == Localized(vi: "Điểm nóng", en: "Hot spots"))
        let calm = UIText.alertBadge(4, 0)
        #expect(calm.vi.contains("4") && calm.en.contains("4"))
        #expect(!calm.vi.contains("quá hạn") && !calm.en.contains("overdue"))
        let urgent = UIText.alertBadge(5, 2)
        #expect(urgent.vi.contains("5") && urgent.vi.contains("2") && urgent.vi.contains("quá hạn"))
        #expect(urgent.en.contains("5") && urgent.en.contains("2") && urgent.en.contains("overdue"))
    }
}
