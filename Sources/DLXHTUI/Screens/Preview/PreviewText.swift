import DLXHDomain

/// The words of the report preview: its period kinds and the staff-written parts' editor.
public enum PreviewText {
    public static let keyEarlier = Localized(vi: "Kỳ trước", en: "Earlier period")
    public static let keyLater = Localized(vi: "Kỳ sau", en: "Later period")
    public static let keyPeriodKind = Localized(vi: "Loại kỳ", en: "Period kind")
    public static let keyEarlierLater = Localized(vi: "Kỳ trước/sau", en: "Earlier/later period")
    public static let keyEditParts = Localized(vi: "Viết đánh giá", en: "Write assessment")
    public static let keyNextPart = Localized(vi: "Phần sau", en: "Next part")
    public static let keyPreviousPart = Localized(vi: "Phần trước", en: "Previous part")
    public static let keySaveParts = Localized(vi: "Lưu", en: "Save")
    public static let keyCancelParts = Localized(vi: "Thôi, về báo cáo", en: "Back to the report")
    public static let keyPartsSection = Localized(vi: "Phần cán bộ viết (màn xem trước)", en: "Staff-written parts (preview)")

    /// The tab of each part, short enough for four on one line at 80 columns.
    public static func partTab(_ part: ReportParts.Part) -> Localized {
        switch part {
        case .assessment: Localized(vi: "Đánh giá", en: "Assessment")
        case .causes: Localized(vi: "Nguyên nhân", en: "Causes")
        case .forecast: Localized(vi: "Dự báo", en: "Forecast")
        case .tasks: Localized(vi: "Nhiệm vụ", en: "Tasks")
        }
    }
    public static func editorTitle(_ period: Period) -> Localized {
        Localized(
            vi: "Phần cán bộ viết của báo cáo \(lowerFirst(period.label.vi))", en: "Staff-written parts of the report for \(period.label.en)")
    }
    public static func lastWritten(_ by: String, _ at: Moment) -> Localized {
        Localized(vi: "Lưu lần cuối: \(by), \(at.displayString)", en: "Last saved by \(by), \(at.displayString)")
    }
    public static let notWrittenYet = Localized(vi: "Chưa ai viết phần này.", en: "Nobody has written this part yet.")
    public static func partsSaved(_ period: Period) -> Localized {
        Localized(vi: "Đã lưu phần viết của báo cáo \(lowerFirst(period.label.vi)).", en: "Saved the written parts of the report for \(period.label.en).")
    }
    public static let discardParts = Localized(
        vi: "Bỏ những gì vừa viết mà chưa lưu?", en: "Drop what you wrote and have not saved?")
    public static func periodKind(_ period: Period) -> Localized {
        Localized(vi: "Báo cáo \(lowerFirst(period.label.vi))", en: "Report for \(period.label.en)")
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
