import DLXHDomain

/// The phrases of the full-screen interface, grouped by screen in the files beside this one
/// (`UIText+Inbox.swift`…). The domain keeps only the vocabulary labels.
public enum UIText {}

/// The frame around every screen: header, tabs, message line, help overlay, start-up notices.
extension UIText {
    public static let store = Localized(vi: "Kho", en: "Store")
    /// `count` hot spots have something overdue.
    public static func overdueOnStart(_ count: Int, key: String) -> Localized {
        Localized(
            vi: "⚠ \(count) điểm nóng có việc quá hạn – nhấn \(key) để xem.",
            en: count == 1
                ? "⚠ 1 hot spot has something overdue – press \(key) to see it."
                : "⚠ \(count) hot spots have something overdue – press \(key) to see them.")
    }
    public static func days(_ n: Int) -> Localized { Localized(vi: "\(n) ngày", en: "\(n) d") }
    public static func hours(_ n: Int) -> Localized { Localized(vi: "\(n) giờ", en: "\(n) h") }
    public static func minutes(_ n: Int) -> Localized { Localized(vi: "\(n) phút", en: "\(n) min") }
    /// The short kind label of a rapid report in narrow columns.
    public static let rapidShort = Localized(vi: "Nhanh", en: "Rapid")
    public static let loading = Localized(vi: "Đang mở kho dữ liệu…", en: "Opening the store…")
    public static func tooSmall(_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> Localized {
        Localized(
            vi: "Cửa sổ quá nhỏ (\(width)×\(height)). Hãy phóng to ít nhất \(minWidth)×\(minHeight).",
            en: "Window too small (\(width)×\(height)). Enlarge it to at least \(minWidth)×\(minHeight).")
    }
    public static func helpTitle(_ screen: String) -> Localized {
        Localized(vi: "Trợ giúp – \(screen)", en: "Help – \(screen)")
    }
    public static let globalKeys = Localized(vi: "Mọi màn hình", en: "Every screen")
    public static let thisScreen = Localized(vi: "Màn hình này", en: "This screen")
    public static let quitDirty = Localized(
        vi: "Biểu mẫu đang nhập chưa lưu. Vẫn thoát? (bản nháp được giữ lại)",
        en: "The form has unsaved changes. Quit anyway? (the draft is kept)")
    /// Before quitting with input that no draft keeps: saying the draft is kept lost a report's
    /// assessment typed and not saved (walkthrough, 2 December 2026).
    public static let quitLosesInput = Localized(
        vi: "Có nội dung đang viết chưa lưu; thoát bây giờ sẽ mất. Vẫn thoát?",
        en: "Something you are writing is not saved and will be lost. Quit anyway?")
    public static let storeReloaded = Localized(
        vi: "Kho dữ liệu vừa được cập nhật từ nơi khác; đã tải lại.", en: "The store was changed elsewhere; reloaded.")
    public static let dataMayBeStale = Localized(vi: "⚠ Dữ liệu có thể đã cũ", en: "⚠ Data may be stale")
    public static let dataMayBeStaleShort = Localized(vi: "⚠ Dữ liệu cũ?", en: "⚠ Stale?")
    public static let keyHelp = Localized(vi: "Trợ giúp", en: "Help")
    public static let keyQuit = Localized(vi: "Thoát", en: "Quit")
    public static let keyScreens = Localized(vi: "Màn hình", en: "Screens")
    public static let keyNextScreen = Localized(vi: "Màn hình sau/trước", en: "Next/previous screen")
    public static let keyRedraw = Localized(vi: "Vẽ lại màn hình", en: "Redraw the screen")
    public static let keySuspend = Localized(vi: "Tạm dừng (fg để tiếp tục)", en: "Suspend (fg to resume)")
    public static let keyRefresh = Localized(vi: "Tải lại, nhận tệp trong incoming/", en: "Reload, pick up incoming/ files")
    public static let keyUndo = Localized(vi: "Hoàn tác", en: "Undo")
    public static let keyRedo = Localized(vi: "Làm lại", en: "Redo")
    public static let nothingToUndo = Localized(vi: "Không có thay đổi nào để hoàn tác.", en: "Nothing to undo.")
    public static let nothingToRedo = Localized(vi: "Không có thay đổi nào để làm lại.", en: "Nothing to redo.")
    public static func undone(_ what: Localized) -> Localized {
        Localized(vi: "Hoàn tác: \(what.vi)", en: "Undone: \(what.en)")
    }
    public static func redone(_ what: Localized) -> Localized {
        Localized(vi: "Làm lại: \(what.vi)", en: "Redone: \(what.en)")
    }
    public static func notUndone(_ what: Localized) -> Localized {
        Localized(vi: "Chưa hoàn tác: \(what.vi); vẫn có thể hoàn tác sau.", en: "Not undone: \(what.en); it can still be undone.")
    }
    public static func revertDeleted(_ direction: UndoDirection, _ what: Localized, _ id: String, _ who: String, _ when: String) -> Localized {
        let (vi, en) = direction == .undo ? ("Không hoàn tác được", "Cannot undo") : ("Không làm lại được", "Cannot redo")
        return Localized(
            vi: "⚠ \(vi) \(what.vi): \(id) đã bị \(who) xóa lúc \(when).",
            en: "⚠ \(en) \(what.en): \(id) was deleted by \(who) at \(when).")
    }
    /// Guidance recorded: not undone here; the next `u` goes on to the change before.
    public static func cannotUndo(_ what: Localized, key: String) -> Localized {
        Localized(
            vi: "⚠ Không hoàn tác được \(what.vi) (văn bản chỉ đạo đã ghi nhận thì sửa trên màn hình Chỉ đạo); nhấn \(key) lần nữa để hoàn tác thay đổi trước đó.",
            en: "⚠ The \(what.en) cannot be undone (guidance once recorded is corrected on the Guidance screen); press \(key) again to undo the change before it.")
    }
    public static func notRedone(_ what: Localized) -> Localized {
        Localized(vi: "Chưa làm lại: \(what.vi); vẫn có thể làm lại sau.", en: "Not redone: \(what.en); it can still be redone.")
    }
    public static func draftOffer(_ when: String) -> Localized {
        Localized(
            vi: "Có một báo cáo đang nhập dở chưa lưu (lúc \(when)). Mở lại để nhập tiếp?",
            en: "There is an unsaved report in progress (from \(when)). Open it to go on?")
    }
    public static let formKeysHeading = Localized(
        vi: "Khi đang nhập biểu mẫu (chữ và số đi vào ô)", en: "While a form is open (letters and digits go into the field)")
}

/// What one change of the session was, for "Hoàn tác: …" / "Undone: …": the field and how many
/// records ("chủ đề của 16 ý kiến" / "topic of 16 items"), or the action and its record.
public enum UndoText {
    /// The words for a save that can be undone; nil for one that cannot (a draft, a file, a read mark…).
    public static func describe(_ save: Save, dataset: Dataset?) -> Localized? {
        switch save {
        case .items(let refs, let changes):
            return ofItems(changes.first.map(field) ?? Localized(vi: "thay đổi", en: "change"), refs.count)
        case .reports(let ids, let changes):
            if case .archived(let archived)? = changes.first {
                return archived ? counted(Localized(vi: "lưu trữ", en: "archiving of"), ids.count, report)
                    : counted(Localized(vi: "bỏ lưu trữ", en: "unarchiving of"), ids.count, report)
            }
            return counted(Localized(vi: "thay đổi", en: "change to"), ids.count, report)
        case .report(let report, _, _):
            return Localized(vi: "sửa báo cáo \(report.id)", en: "edit of report \(report.id)")
        case .returnReport(let id, _):
            return Localized(vi: "yêu cầu bổ sung báo cáo \(id)", en: "return of report \(id) for more")
        case .hotSpot(let id, let change):
            let what: Localized =
                switch change {
                case .acknowledge: Localized(vi: "tiếp nhận", en: "acknowledgement of")
                case .addUpdate: Localized(vi: "cập nhật diễn biến", en: "update of")
                case .writtenReport: Localized(vi: "báo cáo bằng văn bản", en: "written report of")
                case .escalate(let target, _):
                    target == .provincialParty
                        ? Localized(vi: "báo cáo Tỉnh ủy", en: "report to the Party committee of")
                        : Localized(vi: "báo cáo Tổng LĐLĐ", en: "report to the confederation of")
                case .status(let status):
                    Localized(vi: "tình trạng “\(status.label.vi)”", en: "status “\(status.label.en)” of")
                }
            return Localized(vi: "\(what.vi) điểm nóng \(id)", en: "\(what.en) hot spot \(id)")
        case .hotSpotRecord(let spot, _, _):
            return Localized(vi: "sửa điểm nóng \(spot.id)", en: "edit of hot spot \(spot.id)")
        case .hotSpotOwner(let id, _):
            return Localized(vi: "người theo dõi điểm nóng \(id)", en: "owner of hot spot \(id)")
        case .exempt(let unitID, let period, _):
            let name = dataset?.unit(unitID)?.name ?? unitID
            return Localized(vi: "miễn nộp cho \(name), \(period.label(.vi))", en: "exemption of \(name) for \(period.label(.en))")
        case .unit(let unit, let base, _):
            // Ended or taken back into service: said as such, not as an edit.
            if let base, base.activeTo == nil, let end = unit.activeTo {
                return Localized(vi: "ngừng hoạt động của \(unit.name) từ sau \(end.displayString)", en: "end of \(unit.name) after \(end.displayString)")
            }
            if let base, base.activeTo != nil, unit.activeTo == nil {
                return Localized(vi: "hoạt động lại của \(unit.name)", en: "return to service of \(unit.name)")
            }
            return Localized(vi: "sửa đơn vị \(unit.name)", en: "edit of unit \(unit.name)")
        case .guidanceOwner(let id, _):
            return Localized(vi: "người theo dõi chỉ đạo \(id)", en: "owner of guidance \(id)")
        case .acknowledgeGuidance(let id, let unitID, _):
            let name = dataset?.unit(unitID)?.name ?? unitID
            return Localized(vi: "phản hồi của \(name) cho chỉ đạo \(id)", en: "\(name)'s acknowledgement of guidance \(id)")
        case .relayGuidance(let id, _, _, _):
            return Localized(vi: "chuyển chỉ đạo \(id) cho đơn vị", en: "relay of guidance \(id) to the units")
        case .deleteReport(let id):
            return deletedReport(id)
        case .revert(let entry, _, _):
            return entry.description
        case .streams(let change):
            return StreamsUI.undoDescription(change)
        default:
            return nil
        }
    }

    public static func createdHotSpot(_ id: String) -> Localized {
        Localized(vi: "ghi nhận điểm nóng \(id)", en: "recording of hot spot \(id)")
    }
    public static func createdReport(_ id: String) -> Localized {
        Localized(vi: "nhập báo cáo \(id)", en: "entry of report \(id)")
    }
    public static func createdUnit(_ name: String) -> Localized {
        Localized(vi: "thêm đơn vị \(name)", en: "addition of unit \(name)")
    }
    public static func createdGuidance(_ id: String) -> Localized {
        Localized(vi: "ghi nhận văn bản chỉ đạo \(id)", en: "recording of guidance \(id)")
    }
    public static func deletedReport(_ id: String) -> Localized {
        Localized(vi: "xóa báo cáo \(id)", en: "deletion of report \(id)")
    }

    static let report = (vi: "báo cáo", one: "report", many: "reports")

    /// "chủ đề của 16 ý kiến" / "topic of 16 items" ("of 1 item").
    static func ofItems(_ field: Localized, _ count: Int) -> Localized {
        Localized(
            vi: "\(field.vi.lowercased()) của \(count) ý kiến", en: "\(field.en.lowercased()) of \(English.count(count, "item"))")
    }

    static func counted(_ what: Localized, _ count: Int, _ noun: (vi: String, one: String, many: String)) -> Localized {
        Localized(vi: "\(what.vi) \(count) \(noun.vi)", en: "\(what.en) \(English.count(count, noun.one, noun.many))")
    }

    static func field(_ change: ItemChange) -> Localized {
        let word: Localized =
            switch change {
            case .topic: UIText.topic
            case .attitude: UIText.attitude
            case .breadth: UIText.breadth
            case .scope: UIText.scope
            case .nature: UIText.nature
            case .verification: UIText.verification
            case .proposal: UIText.proposal
            case .step: UIText.step
            case .inclusion: Localized(vi: "Đưa vào báo cáo", en: "In the report")
            }
        return word
    }
}
