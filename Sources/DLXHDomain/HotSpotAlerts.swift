/// An obligation a hot spot still owes, with its deadline: what the badge counts and the panel
/// sorts. An alert is open until the obligation is met; it is overdue once its deadline passes.
public struct HotSpotAlert: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// No staff member has acknowledged the phone call.
        case acknowledge
        /// The unit has not sent the written report that must follow the call.
        case writtenReport
        /// Not yet reported to the provincial Party committee's board.
        case escalateProvincialParty
        /// Not yet reported to the national confederation.
        case escalateConfederation
        /// An active case with no recorded update for too long.
        case staleUpdate

        /// Lower is more severe: the sort order of the panel before lateness.
        public var severity: Int {
            switch self {
            case .acknowledge: 0
            case .writtenReport: 2
            case .escalateProvincialParty: 1
            case .escalateConfederation: 3
            case .staleUpdate: 4
            }
        }
    }

    public var hotSpotID: String
    public var kind: Kind
    public var due: Moment

    public func isOverdue(at now: Moment) -> Bool { now > due }

    /// Seconds past the deadline (negative while time remains).
    public func secondsOverdue(at now: Moment) -> Int64 { due.seconds(until: now) }
}

/// Open hot spots, and how many of them have an obligation overdue.
public struct HotSpotTally: Hashable, Sendable {
    public var open: Int
    public var overdue: Int

    public init(open: Int, overdue: Int) {
        self.open = open
        self.overdue = overdue
    }
}

public enum HotSpotAlerts {
    /// The open alerts of one hot spot at `now`. Closed cases owe nothing; acknowledgement and the
    /// written report are owed by every open case; escalations and updates only by active ones.
    public static func alerts(for spot: HotSpot, rules: HotSpotRules, at now: Moment) -> [HotSpotAlert] {
        guard spot.status.isOpen else { return [] }
        var alerts: [HotSpotAlert] = []
        func add(_ kind: HotSpotAlert.Kind, _ hours: Int, from start: Moment) {
            alerts.append(HotSpotAlert(hotSpotID: spot.id, kind: kind, due: start.adding(hours: hours)))
        }
        if spot.acknowledgement == nil { add(.acknowledge, rules.acknowledgeWithinHours, from: spot.phonedInAt) }
        if spot.writtenReport == nil { add(.writtenReport, rules.writtenReportWithinHours, from: spot.phonedInAt) }
        if spot.status.isActive {
            if spot.escalation(to: .provincialParty) == nil {
                add(.escalateProvincialParty, rules.escalateToProvincialPartyWithinHours, from: spot.phonedInAt)
            }
            if spot.escalation(to: .confederation) == nil {
                add(.escalateConfederation, rules.escalateToConfederationWithinHours, from: spot.phonedInAt)
            }
            // Only flagged once it is due: a fresh update restarts the clock.
            let due = spot.lastActivity.adding(hours: rules.updateEveryHours)
            if now > due { alerts.append(HotSpotAlert(hotSpotID: spot.id, kind: .staleUpdate, due: due)) }
        }
        return alerts.sorted { order($0, $1, now) }
    }

    /// Every open alert of every hot spot, most urgent first: overdue before pending, then by
    /// severity, then by how long overdue (or how soon due).
    public static func alerts(in hotSpots: [HotSpot], rules: HotSpotRules, at now: Moment) -> [HotSpotAlert] {
        hotSpots.flatMap { alerts(for: $0, rules: rules, at: now) }.sorted { order($0, $1, now) }
    }

    /// Hot spots most urgent first, as the panel and `dlxh hotspots` list them: those with alerts
    /// in the order of their most urgent alert (`alerts` as `alerts(in:rules:at:)` orders them),
    /// then the rest, newest phoned in first.
    public static func mostUrgentFirst(_ spots: [HotSpot], alerts: [HotSpotAlert]) -> [HotSpot] {
        let rank = Dictionary(alerts.enumerated().map { ($1.hotSpotID, $0) }, uniquingKeysWith: { a, _ in a })
        return spots.sorted { a, b in
            switch (rank[a.id], rank[b.id]) {
            case (let x?, let y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.phonedInAt > b.phonedInAt
            }
        }
    }

    /// How many hot spots are open and how many of those owe something overdue: what the header
    /// badge and the start-up notice count (hot spots, not alerts: one case late on three
    /// obligations is one hot spot overdue). `alerts` are the open alerts at `now`.
    public static func tally(_ spots: [HotSpot], alerts: [HotSpotAlert], at now: Moment) -> HotSpotTally {
        let open = spots.reduce(0) { $0 + ($1.status.isOpen ? 1 : 0) }
        let overdue = Set(alerts.lazy.filter { $0.isOverdue(at: now) }.map(\.hotSpotID)).count
        return HotSpotTally(open: open, overdue: overdue)
    }

    static func order(_ a: HotSpotAlert, _ b: HotSpotAlert, _ now: Moment) -> Bool {
        let ao = a.isOverdue(at: now)
        let bo = b.isOverdue(at: now)
        if ao != bo { return ao }
        if a.kind.severity != b.kind.severity { return a.kind.severity < b.kind.severity }
        if a.due != b.due { return a.due < b.due }
        return a.hotSpotID < b.hotSpotID
    }
}

extension HotSpotAlert.Kind {
    public var label: Localized {
        switch self {
        case .acknowledge: Localized(vi: "Chưa tiếp nhận", en: "Not acknowledged")
        case .writtenReport: Localized(vi: "Chưa có báo cáo bằng văn bản", en: "No written report")
        case .escalateProvincialParty: Localized(vi: "Chưa báo cáo Tỉnh ủy", en: "Not reported to the Party committee")
        case .escalateConfederation: Localized(vi: "Chưa báo cáo Tổng LĐLĐ", en: "Not reported to the confederation")
        case .staleUpdate: Localized(vi: "Lâu chưa cập nhật", en: "No recent update")
        }
    }
}

extension HotSpotAlert {
    /// "quá hạn 5 giờ" / "còn 2 giờ", in days from 48 hours on. Time overdue is rounded up
    /// (a minute late is late) and time left is rounded down (never promise more than there is).
    public func timing(at now: Moment) -> Localized {
        let seconds = secondsOverdue(at: now)
        let overdue = seconds > 0
        let span = abs(seconds)
        func count(_ unit: Int64) -> Int64 { overdue ? (span + unit - 1) / unit : span / unit }
        let (vi, en): (String, String)
        if span >= 48 * 3600 {
            (vi, en) = ("\(count(86_400)) ngày", "\(count(86_400)) d")
        } else if span >= 3600 {
            (vi, en) = ("\(count(3600)) giờ", "\(count(3600)) h")
        } else {
            let minutes = max(overdue ? 1 : 0, count(60))
            (vi, en) = ("\(minutes) phút", "\(minutes) min")
        }
        return overdue ? Localized(vi: "quá hạn \(vi)", en: "overdue \(en)") : Localized(vi: "còn \(vi)", en: "\(en) left")
    }
}
