import DLXHDomain

/// The streams panel's words.
public enum StreamsUI {
    public static let title = Localized(vi: "Luồng ý kiến", en: "Streams of opinion")
    public static let oneStream = Localized(vi: "Một luồng ý kiến", en: "One stream")
    public static let keyOpen = Localized(vi: "Luồng ý kiến của tháng", en: "The month's streams of opinion")
    public static let keyOpenStream = Localized(vi: "Xem các ý kiến", en: "Open its items")
    public static let keyConfirm = Localized(vi: "Xác nhận", en: "Confirm")
    public static let keyRename = Localized(vi: "Đặt tên", en: "Rename")
    public static let keyMerge = Localized(vi: "Gộp", en: "Merge")
    public static let keyMove = Localized(vi: "Chuyển/tách", en: "Move/split")
    public static let keyEarlier = Localized(vi: "Tháng trước", en: "Month before")
    public static let keyLater = Localized(vi: "Tháng sau", en: "Month after")
    public static let keyBack = Localized(vi: "Về danh sách luồng", en: "Back to the list")
    public static let keyClose = Localized(vi: "Đóng luồng ý kiến", en: "Close the streams")

    public static let colStream = Localized(vi: "Luồng ý kiến", en: "Stream")
    public static let colUnits = Localized(vi: "Đơn vị", en: "Units")
    public static let colItems = Localized(vi: "Ý kiến", en: "Items")
    public static let colAttitude = Localized(vi: "Thái độ chính", en: "Main attitude")
    public static let colUnit = Localized(vi: "Đơn vị", en: "Unit")
    public static let colText = Localized(vi: "Nội dung", en: "What was said")
    public static let none = Localized(vi: "Tháng này chưa có ý kiến nào.", en: "No opinion item this month.")
    public static let confirmedMark = Localized(vi: "✓ đã xác nhận", en: "✓ confirmed")
    public static let suggestedMark = Localized(vi: "gợi ý", en: "suggested")
    public static let renameTitle = Localized(vi: "Tên luồng ý kiến", en: "The stream's title")
    public static let emptyTitle = Localized(
        vi: "Tên luồng ý kiến không được để trống; tên cũ được giữ.", en: "A stream's name cannot be empty; the old name is kept.")
    // The streams are offered most alike first (`StreamsScreen.likeliest`): the title says so.
    public static let mergeTitle = Localized(vi: "Gộp vào luồng nào? (giống nhất trước)", en: "Merge into which stream? (most alike first)")
    public static let moveTitle = Localized(
        vi: "Chuyển ý kiến sang luồng nào? (giống nhất trước)", en: "Move the item to which stream? (most alike first)")
    public static let newStream = Localized(vi: "(Luồng mới, chỉ ý kiến này)", en: "(A new stream of this item alone)")
    public static let noOther = Localized(vi: "Tháng này không có luồng nào khác.", en: "There is no other stream this month.")
    public static let alreadyConfirmed = Localized(vi: "Luồng này đã được xác nhận.", en: "This stream is already confirmed.")
    public static let alone = Localized(vi: "Ý kiến này đã đứng riêng một luồng.", en: "This item is already a stream of its own.")

    /// "3/18 đơn vị".
    public static func units(_ n: Int, _ of: Int) -> Localized { Localized(vi: "\(n)/\(of) đơn vị", en: "\(n)/\(of) units") }

    public static func heading(_ month: String, _ streams: Int, _ items: Int) -> Localized {
        Localized(
            vi: "\(month): \(streams) luồng ý kiến, \(items) ý kiến; mỗi ý kiến ở đúng một luồng",
            en: "\(month): \(English.count(streams, "stream")), \(English.count(items, "item")); each item in exactly one stream")
    }

    public static func attitudes(_ mix: String) -> Localized { Localized(vi: "Thái độ: \(mix)", en: "Attitudes: \(mix)") }

    public static func seen(_ items: Int, _ first: String, _ last: String) -> Localized {
        Localized(
            vi: "\(items) ý kiến trong tháng · từ \(first) đến \(last)",
            en: "\(English.count(items, "item")) this month · raised \(first) to \(last)")
    }

    public static func topic(_ topic: String) -> Localized { Localized(vi: "Chủ đề: \(topic)", en: "Topic: \(topic)") }

    /// For "Hoàn tác: …" / "Undone: …".
    public static func undoDescription(_ change: StreamChange) -> Localized {
        switch change {
        case .confirm(let s): Localized(vi: "xác nhận luồng “\(s.title)”", en: "confirming stream “\(s.title)”")
        case .rename(_, let title): Localized(vi: "đặt tên luồng “\(title)”", en: "naming stream “\(title)”")
        case .merge(let from, _): Localized(vi: "gộp luồng “\(from.title)”", en: "merging stream “\(from.title)”")
        case .move(let refs, _, _): Localized(vi: "chuyển \(refs.count) ý kiến giữa các luồng", en: "moving \(English.count(refs.count, "item")) between streams")
        }
    }

    public static func saved(_ change: StreamChange) -> Localized {
        switch change {
        case .confirm(let s): Localized(vi: "Đã xác nhận luồng “\(s.title)”.", en: "Stream “\(s.title)” confirmed.")
        case .rename(_, let title): Localized(vi: "Đã đặt tên luồng “\(title)”.", en: "Stream named “\(title)”.")
        case .merge(let from, let into):
            Localized(vi: "Đã gộp “\(from.title)” vào “\(into.title)”.", en: "“\(from.title)” merged into “\(into.title)”.")
        case .move(let refs, _, let to):
            if let to {
                Localized(vi: "Đã chuyển \(refs.count) ý kiến sang “\(to.title)”.", en: "\(English.count(refs.count, "item")) moved to “\(to.title)”.")
            } else {
                Localized(vi: "Đã tách \(refs.count) ý kiến thành luồng mới.", en: "\(English.count(refs.count, "item")) split off into a new stream.")
            }
        }
    }
}
