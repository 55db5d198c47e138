import DLXHDomain

/// The audit trail in the interface's words (`i` on an item): who, when, what was done, and each
/// changed field as its label with the old and new value in the vocabulary's words
/// ("Chủ đề: Tiền lương, thu nhập, thưởng → Việc làm, cắt giảm lao động"). Entries written before
/// the store kept the changes as data (`AuditEntry.changes`) show their one-line detail as written.
enum AuditText {
    /// The lines of a history, oldest first: a heading per entry, then one line per change.
    static func lines(_ entries: [AuditEntry], configuration: Configuration, language l: Language) -> [String] {
        entries.flatMap { entry -> [String] in
            let heading = "\(entry.at.displayString) · \(entry.by) · \(action(entry.action)(l))"
            if let changes = entry.changes, !changes.isEmpty {
                return [heading] + changes.map { "  " + change($0, configuration: configuration, language: l) }
            }
            return entry.detail.isEmpty ? [heading] : [heading, "  " + entry.detail]
        }
    }

    /// "Chủ đề: Tiền lương, thu nhập, thưởng → Việc làm, cắt giảm lao động".
    static func change(_ change: FieldChange, configuration: Configuration, language l: Language) -> String {
        let field = leafField(change.field)
        let name = fieldName(change.field, language: l)
        let old = value(change.old, field: field, freeText: change.freeText == true, configuration: configuration, language: l)
        let new = value(change.new, field: field, freeText: change.freeText == true, configuration: configuration, language: l)
        if change.field.hasSuffix("]") {
            if change.old == nil { return "\(name): + \(new)" }
            if change.new == nil { return "\(name): − \(old)" }
        }
        return "\(name): \(old) → \(new)"
    }

    /// The last named field of a path: `items[2].topic` → `topic`, `items[2]` → `items`.
    static func leafField(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last.firstIndex(of: "[").map { String(last[..<$0]) } ?? last
    }

    /// "Ý kiến 2 · Chủ đề": each part of the path in the interface's words (a code it has no
    /// word for is shown as it is stored).
    static func fieldName(_ path: String, language l: Language) -> String {
        path.split(separator: ".").map { component -> String in
            let part = String(component)
            guard let open = part.firstIndex(of: "["), part.hasSuffix("]") else { return label(part)?(l) ?? part }
            let name = String(part[..<open])
            let index = part[part.index(after: open)..<part.index(before: part.endIndex)]
            let position = Int(index).map { String($0 + 1) } ?? String(index)
            return (label(name)?(l) ?? name) + " " + position
        }.joined(separator: " · ")
    }

    static func label(_ field: String) -> Localized? {
        switch field {
        case "stepNote": AuditWords.stepNote
        case "proposalTo": AuditWords.proposalTo
        case "inclusion": AuditWords.inclusion
        case "archived": AuditWords.archived
        case "status": AuditWords.status
        case "owner": AuditWords.owner
        case "acknowledgement": AuditWords.acknowledgement
        case "writtenReport": AuditWords.writtenReport
        case "escalations": AuditWords.escalations
        case "timeline": AuditWords.timeline
        case "exemptions": AuditWords.exemptions
        case "returnedForMore": AuditWords.returnedForMore
        case "endedAt": AuditWords.endedAt
        case "supplementTo": AuditWords.supplementTo
        case "linkedItems", "linkedReports": AuditWords.links
        default: ConflictText.label(field)
        }
    }

    /// A stored value in the vocabulary's words; free text quoted; an absent value "(trống)".
    static func value(_ raw: String?, field: String, freeText: Bool, configuration: Configuration, language l: Language) -> String {
        guard let raw, raw != "∅" else { return ConflictText.empty(l) }
        let word: Localized? =
            switch field {
            case "topic": configuration.topic(raw).map { Localized(vi: $0.vi, en: $0.en) }
            case "attitude": configuration.attitude(raw).map { Localized(vi: $0.vi, en: $0.en) }
            case "source": Source(rawValue: raw)?.label
            case "targetGroup": TargetGroup(rawValue: raw)?.label
            case "breadth": Breadth(rawValue: raw)?.label
            case "scope": Scope(rawValue: raw)?.label
            case "nature": Nature(rawValue: raw)?.label
            case "verification": Verification(rawValue: raw)?.label
            case "step": Int(raw).flatMap(HandlingStep.init(rawValue:)).map { step in
                Localized(vi: "\(step.rawValue). \(step.label.vi)", en: "\(step.rawValue). \(step.label.en)")
            }
            case "kind": ReportKind(rawValue: raw)?.label ?? HotSpot.Kind(rawValue: raw)?.label
            case "channel": Channel(rawValue: raw)?.label
            case "status": HotSpot.Status(rawValue: raw)?.label
            case "inclusion": AuditWords.inclusion(raw)
            default: nil
            }
        if let word { return word(l) }
        if freeText {
            if raw.isEmpty { return ConflictText.empty(l) }
            let oneLine = raw.replacingOccurrences(of: "\n", with: " ⏎ ")
            return "“" + (oneLine.count > 200 ? String(oneLine.prefix(199)) + "…" : oneLine) + "”"
        }
        switch raw {
        case "true": return AuditWords.yes(l)
        case "false": return AuditWords.no(l)
        default: break
        }
        if let day = Day(iso: raw) { return day.displayString }
        if let moment = Moment(iso: raw) { return moment.displayString }
        return raw.isEmpty ? ConflictText.empty(l) : raw
    }

    /// What an audited change did, in words; a code this version does not know, as written.
    static func action(_ action: AuditAction) -> Localized {
        switch action {
        case .reportCreate: Localized(vi: "Nhập báo cáo", en: "Report entered")
        case .reportUpdate: Localized(vi: "Sửa báo cáo", en: "Report changed")
        case .reportDelete: Localized(vi: "Xóa báo cáo", en: "Report deleted")
        case .reportImport: Localized(vi: "Nhận báo cáo từ tệp", en: "Report imported")
        case .reportReturn: Localized(vi: "Yêu cầu bổ sung", en: "Returned for more")
        case .reportRestore: Localized(vi: "Khôi phục báo cáo đã xóa", en: "Deleted report restored")
        case .itemUpdate: Localized(vi: "Sửa ý kiến", en: "Item changed")
        case .unitCreate: Localized(vi: "Thêm đơn vị", en: "Unit added")
        case .unitUpdate: Localized(vi: "Sửa đơn vị", en: "Unit changed")
        case .unitDelete: Localized(vi: "Xóa đơn vị", en: "Unit deleted")
        case .unitExempt: Localized(vi: "Miễn nộp", en: "Exemption")
        case .configUpdate: Localized(vi: "Sửa cài đặt", en: "Settings changed")
        case .hotSpotCreate: Localized(vi: "Ghi nhận điểm nóng", en: "Hot spot recorded")
        case .hotSpotUpdate, .hotSpotEdit: Localized(vi: "Sửa điểm nóng", en: "Hot spot changed")
        case .hotSpotOwner: Localized(vi: "Người theo dõi", en: "Owner")
        case .hotSpotUnlink: Localized(vi: "Bỏ liên kết", en: "Link removed")
        case .hotSpotDelete: Localized(vi: "Xóa điểm nóng (hoàn tác)", en: "Hot spot removed (undo)")
        case .hotSpotRestore: Localized(vi: "Ghi nhận lại điểm nóng", en: "Hot spot recorded again")
        case .hotSpotAcknowledge: Localized(vi: "Tiếp nhận", en: "Acknowledged")
        case .hotSpotWrittenReport: Localized(vi: "Báo cáo bằng văn bản", en: "Written report")
        case .hotSpotEscalate: Localized(vi: "Báo cáo cấp trên", en: "Escalated")
        case .hotSpotStatus: Localized(vi: "Đổi tình trạng", en: "Status changed")
        case .guidanceCreate: Localized(vi: "Ghi chỉ đạo", en: "Guidance recorded")
        case .guidanceUpdate: Localized(vi: "Sửa chỉ đạo", en: "Guidance changed")
        case .guidanceRelay: Localized(vi: "Chuyển chỉ đạo", en: "Guidance relayed")
        case .guidanceAcknowledge: Localized(vi: "Đơn vị phản hồi", en: "Unit acknowledged")
        case .guidanceOwner: Localized(vi: "Người theo dõi", en: "Owner")
        case .guidanceUnlink: Localized(vi: "Bỏ liên kết", en: "Link removed")
        case .streamConfirm: Localized(vi: "Xác nhận luồng ý kiến", en: "Stream confirmed")
        case .streamRename: Localized(vi: "Đặt tên luồng ý kiến", en: "Stream renamed")
        case .streamMerge: Localized(vi: "Gộp luồng ý kiến", en: "Streams merged")
        case .streamMove: Localized(vi: "Chuyển ý kiến sang luồng khác", en: "Items moved between streams")
        case .streamRevert: Localized(vi: "Hoàn tác quyết định về luồng", en: "Stream decision undone")
        case .streamUnlink: Localized(vi: "Bỏ liên kết", en: "Link removed")
        case .reportIssue: Localized(vi: "Ban hành báo cáo tổng hợp", en: "Report issued")
        case .reportPartsUpdate: Localized(vi: "Sửa phần đánh giá, dự báo", en: "Assessment and forecast changed")
        case .other(let code): Localized(vi: code, en: code)
        }
    }
}

/// The words of the history that the forms do not already have.
enum AuditWords {
    static let stepNote = Localized(vi: "Ghi chú bước xử lý", en: "Step note")
    static let proposalTo = Localized(vi: "Kiến nghị tới", en: "Proposal to")
    static let inclusion = Localized(vi: "Đưa vào báo cáo", en: "In the report")
    static let archived = Localized(vi: "Lưu trữ", en: "Archived")
    static let status = Localized(vi: "Tình trạng", en: "Status")
    static let owner = Localized(vi: "Người theo dõi", en: "Owner")
    static let acknowledgement = Localized(vi: "Tiếp nhận", en: "Acknowledgement")
    static let writtenReport = Localized(vi: "Báo cáo bằng văn bản", en: "Written report")
    static let escalations = Localized(vi: "Báo cáo cấp trên", en: "Escalation")
    static let timeline = Localized(vi: "Diễn biến", en: "Timeline")
    static let exemptions = Localized(vi: "Miễn nộp", en: "Exemption")
    static let returnedForMore = Localized(vi: "Yêu cầu bổ sung", en: "Returned for more")
    static let endedAt = Localized(vi: "Kết thúc lúc", en: "Ended at")
    static let supplementTo = Localized(vi: "Bổ sung cho", en: "Supplement to")
    static let links = Localized(vi: "Liên kết", en: "Links")
    static let yes = Localized(vi: "có", en: "yes")
    static let no = Localized(vi: "không", en: "no")

    static func inclusion(_ raw: String) -> Localized? {
        switch Inclusion(rawValue: raw) {
        case .automatic?: Localized(vi: "theo quy tắc", en: "by the rule")
        case .include?: Localized(vi: "có", en: "yes")
        case .exclude?: Localized(vi: "không", en: "no")
        case nil: nil
        }
    }
}
