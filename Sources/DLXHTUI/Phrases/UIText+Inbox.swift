import DLXHDomain

/// Screen 1, the inbox: the report list, the pager, classifying, tagging, saved views.
extension UIText {
    public static let filterPrompt = Localized(vi: "Lọc:", en: "Filter:")
    public static func filterCount(_ shown: Int, _ total: Int) -> Localized {
        Localized(vi: "\(shown)/\(total) mục", en: "\(shown)/\(total) shown")
    }
    /// The one-line hint in the empty filter line, right after `/`.
    public static let filterHint = Localized(
        vi: "hoặc: a | b · trừ: -a · đơn vị: kỳ: bước: · \"cụm từ\" · F1 thêm",
        en: "or: a | b · not: -a · unit: period: step: · \"phrase\" · F1 more")
    public static let searchSyntax = Localized(vi: "Cú pháp tìm kiếm", en: "Search syntax")
    public static let searchPhrase = Localized(vi: "Cụm từ, dấu tùy ý", en: "Phrase, any accents")
    public static let searchAnd = Localized(vi: "Có cả a và b", en: "Both a and b")
    public static let searchOr = Localized(vi: "Có a hoặc b", en: "Either a or b")
    public static let searchNot = Localized(vi: "Không có a", en: "Without a")
    public static let searchQuoted = Localized(vi: "Nguyên cụm a, b", en: "Whole phrase a, b")
    public static let searchFields = Localized(vi: "Theo trường; còn kỳ: bước: loại:", en: "By field; also period: step: kind:")
    public static let searchMoreFields = Localized(
        vi: "Còn thái độ: tính chất: xác minh:", en: "Also attitude: nature: verification:")
    public static let searchArchived = Localized(vi: "Chỉ báo cáo đã lưu trữ", en: "Only archived reports")
    public static let keyNextMatch = Localized(vi: "Kết quả sau/trước", en: "Next/previous match")
    public static let colItems = Localized(vi: "Ý.k", en: "Itm")
    public static let colStep = Localized(vi: "Bước", en: "Step")
    public static let keySort = Localized(vi: "Sắp xếp: ngày nhận, đơn vị, kỳ, bước", en: "Sort: received, unit, period, step")
    public static let keyTag = Localized(vi: "Đánh dấu", en: "Tag")
    public static let keyTagAll = Localized(vi: "Đánh dấu tất cả mục đang lọc", en: "Tag all matching")
    public static let keyApply = Localized(vi: "Áp dụng cho mục đã đánh dấu", en: "Apply to tagged")
    public static let keyArchive = Localized(vi: "Lưu trữ / bỏ lưu trữ", en: "Archive / unarchive")
    public static let keyDelete = Localized(vi: "Xóa báo cáo", en: "Delete the report")
    public static let keyViews = Localized(vi: "Bộ lọc đã lưu", en: "Saved views")
    public static let keySaveView = Localized(vi: "Lưu bộ lọc hiện tại", en: "Save the current filter")
    public static let keyClearFilter = Localized(vi: "Bỏ lọc", en: "Clear the filter")
    public static let keyItem = Localized(vi: "Chọn ý kiến", en: "Select item")
    public static let keyHistory = Localized(vi: "Lịch sử thay đổi", en: "History")
    public static let keyMarkHotSpot = Localized(vi: "Đánh dấu là điểm nóng", en: "Mark as hot spot")
    public static func taggedCount(_ n: Int) -> Localized { Localized(vi: "Đã đánh dấu \(n) mục", en: "\(n) tagged") }
    public static let nothingTagged = Localized(
        vi: "Chưa đánh dấu mục nào (t để đánh dấu, T để đánh dấu tất cả).", en: "Nothing is tagged (t tags, T tags all).")
    public static let nothingToSave = Localized(vi: "Chưa có bộ lọc để lưu (gõ / trước).", en: "No filter to save (type / first).")
    public static let viewNamePrompt = Localized(vi: "Tên bộ lọc", en: "Name of the view")
    public static let noHistory = Localized(vi: "(chưa có thay đổi nào)", en: "(no changes yet)")
    public static func historyTitle(_ target: String) -> Localized {
        Localized(vi: "Lịch sử \(target)", en: "History of \(target)")
    }
    /// The title of the note offered at a step change (optional: Enter on nothing skips it).
    public static func stepNotePrompt(_ step: HandlingStep) -> Localized {
        switch step {
        case .select: Localized(vi: "Ghi chú bước 1: đã chọn lọc, phân tích gì (có thể bỏ trống)", en: "Step 1 note: what was selected and analysed (optional)")
        case .classify: Localized(vi: "Ghi chú bước 2: đã đối chiếu với gì (có thể bỏ trống)", en: "Step 2 note: cross-checked against what (optional)")
        case .reportUp: Localized(vi: "Ghi chú bước 3: đã phản ánh tới ai, văn bản nào (có thể bỏ trống)", en: "Step 3 note: reported to whom, which document (optional)")
        case .relayDown: Localized(vi: "Ghi chú bước 4: ý kiến chỉ đạo đã truyền đạt (có thể bỏ trống)", en: "Step 4 note: the guidance relayed (optional)")
        }
    }
    /// How a step note is labelled where it is shown: "Ghi chú bước 3: …".
    public static func stepNoteLabel(_ step: HandlingStep) -> Localized {
        Localized(vi: "Ghi chú bước \(step.rawValue)", en: "Step \(step.rawValue) note")
    }
    public static func confirmDelete(_ unit: String, _ period: String, _ id: String) -> Localized {
        Localized(
            vi: "Xóa báo cáo \(id) của \(unit), \(period)? Việc xóa được ghi vào nhật ký; trong phiên này có thể hoàn tác.",
            en: "Delete report \(id) of \(unit), \(period)? The deletion is audited; it can be undone in this session.")
    }
    /// Only the parts that are there: "Áp dụng cho 3 ý kiến", not "3 ý kiến, 0 báo cáo".
    public static func applyTitle(_ items: Int, _ reports: Int) -> Localized {
        let vi = [items > 0 ? "\(items) ý kiến" : nil, reports > 0 || items == 0 ? "\(reports) báo cáo" : nil].compactMap { $0 }
        let en = [items > 0 ? English.count(items, "item") : nil, reports > 0 || items == 0 ? English.count(reports, "report") : nil].compactMap { $0 }
        return Localized(vi: "Áp dụng cho " + vi.joined(separator: " và "), en: "Apply to " + en.joined(separator: " and "))
    }
    public static let archivedMark = Localized(vi: "ĐÃ LƯU TRỮ", en: "ARCHIVED")
    /// At the right of the tab line while a report is open: the last line of the report on
    /// screen, of all its lines (a bare "20/30" read as the 20th report of 30).
    public static func pagerPosition(_ line: Int, _ count: Int) -> Localized {
        Localized(vi: "dòng \(line)/\(count)", en: "line \(line)/\(count)")
    }
}
