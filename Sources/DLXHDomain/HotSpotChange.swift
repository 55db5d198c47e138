/// One thing done to a hot spot from the panel. Each is recorded in the case's timeline (so the
/// timeline reads as the case's log) and audited by the store.
public enum HotSpotChange: Hashable, Sendable {
    /// A staff member has taken it in hand.
    case acknowledge
    /// A dated note of what happened.
    case addUpdate(String)
    /// The unit's written report arrived, as this inbox report when it is there.
    case writtenReport(reportID: String?, number: String = "")
    case escalate(Escalation.Target, note: String)
    case status(HotSpot.Status)

    /// The audit action code.
    public var action: AuditAction {
        switch self {
        case .acknowledge: .hotSpotAcknowledge
        case .addUpdate: .hotSpotUpdate
        case .writtenReport: .hotSpotWrittenReport
        case .escalate: .hotSpotEscalate
        case .status: .hotSpotStatus
        }
    }

    /// Acknowledging or escalating a new case is handling it: "Mới phát sinh" becomes "Đang xử
    /// lý", said in the timeline. Any other status is the staff's own call and stays.
    static func startHandling(_ spot: inout HotSpot, by staff: String, at now: Moment) {
        guard spot.status == .new else { return }
        spot.status = .handling
        spot.timeline.append(TimelineEntry(at: now, by: staff, text: HotSpotText.statusChanged(.new, .handling).vi))
    }

    public func apply(to spot: inout HotSpot, by staff: String, at now: Moment) {
        switch self {
        case .acknowledge:
            guard spot.acknowledgement == nil else { return }
            spot.acknowledgement = Acknowledgement(by: staff, at: now)
            spot.timeline.append(TimelineEntry(at: now, by: staff, text: HotSpotText.acknowledged.vi))
            Self.startHandling(&spot, by: staff, at: now)
        case .addUpdate(let text):
            let clean = Text.clean(text)
            guard !clean.isEmpty else { return }
            spot.timeline.append(TimelineEntry(at: now, by: staff, text: clean))
        case .writtenReport(let reportID, let number):
            let clean = Text.clean(number, multiline: false)
            spot.writtenReport = WrittenReport(receivedAt: now, reportID: reportID, documentNumber: clean.isEmpty ? nil : clean)
            if let reportID, !spot.linkedReports.contains(reportID) { spot.linkedReports.append(reportID) }
            spot.timeline.append(TimelineEntry(at: now, by: staff, text: HotSpotText.writtenReceived(reportID, number: clean).vi))
        case .escalate(let target, let note):
            guard spot.escalation(to: target) == nil else { return }
            let clean = Text.clean(note, multiline: false)
            spot.escalations.append(Escalation(to: target, at: now, by: staff, note: clean))
            spot.timeline.append(TimelineEntry(at: now, by: staff, text: HotSpotText.escalated(target, clean).vi))
            Self.startHandling(&spot, by: staff, at: now)
        case .status(let status):
            guard status != spot.status else { return }
            let old = spot.status
            spot.status = status
            if !status.isOpen || status == .resolved { spot.endedAt = spot.endedAt ?? now }
            if status == .recurred { spot.endedAt = nil }
            spot.timeline.append(TimelineEntry(at: now, by: staff, text: HotSpotText.statusChanged(old, status).vi))
        }
    }
}

/// The words the timeline records (in Vietnamese: the timeline is part of the case file).
public enum HotSpotText {
    public static let acknowledged = Localized(vi: "Đã tiếp nhận thông tin.", en: "Acknowledged.")
    public static func writtenReceived(_ reportID: String?, number: String = "") -> Localized {
        Localized(
            vi: "Đã nhận báo cáo bằng văn bản" + (number.isEmpty ? "" : " số \(number)") + (reportID.map { " (\($0))" } ?? "") + ".",
            en: "Written report received" + (number.isEmpty ? "" : " no. \(number)") + (reportID.map { " (\($0))" } ?? "") + ".")
    }
    public static func escalated(_ target: Escalation.Target, _ note: String) -> Localized {
        let suffix = note.isEmpty ? "." : ": \(note)"
        return Localized(vi: "Đã báo cáo \(target.label.vi)\(suffix)", en: "Reported to \(target.label.en)\(suffix)")
    }
    public static func statusChanged(_ old: HotSpot.Status, _ new: HotSpot.Status) -> Localized {
        Localized(
            vi: "Tình trạng: \(old.label.vi) → \(new.label.vi).", en: "Status: \(old.label.en) → \(new.label.en).")
    }
}

extension Escalation.Target {
    public var label: Localized {
        switch self {
        case .provincialParty: Localized(vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy", en: "the provincial Party committee's board")
        case .confederation: Localized(vi: "Tổng LĐLĐ Việt Nam", en: "the national confederation")
        }
    }
}
