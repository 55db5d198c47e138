import DLXHDomain

extension ConsolidatedReport {
    /// Guidance relayed to units during the period (step 4), and who has not acknowledged it.
    public struct GuidanceEntry: Hashable, Sendable {
        public var id: String
        public var number: String
        public var date: Day
        public var issuer: String
        /// Units relayed to during the period, by name.
        public var relayedTo: [String]
        public var acknowledged: Int
        /// Units relayed to during the period that have not acknowledged, with the days past
        /// the due date as of the report's day (nil while not overdue).
        public var notAcknowledged: [(name: String, daysOverdue: Int?)]

        public static func == (a: GuidanceEntry, b: GuidanceEntry) -> Bool {
            (a.id, a.number, a.date, a.issuer, a.relayedTo, a.acknowledged) == (b.id, b.number, b.date, b.issuer, b.relayedTo, b.acknowledged)
                && a.notAcknowledged.map(\.name) == b.notAcknowledged.map(\.name)
                && a.notAcknowledged.map(\.daysOverdue) == b.notAcknowledged.map(\.daysOverdue)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(relayedTo)
        }
    }

    /// The guidance with at least one relay dated in `period`, oldest first.
    public static func guidanceSection(_ dataset: Dataset, period: Period, today: Day) -> [GuidanceEntry] {
        func name(_ id: String) -> String { dataset.unit(id)?.name ?? id }
        return dataset.guidance.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.compactMap { guidance in
            let relayed = guidance.recipients.filter { period.contains($0.relayedOn) }
            guard !relayed.isEmpty else { return nil }
            let waiting = relayed.filter { !$0.isAcknowledged }.map { recipient -> (name: String, daysOverdue: Int?) in
                let overdue = GuidanceAlerts.isOverdue(recipient, due: guidance.due, asOf: today)
                return (name(recipient.unitID), overdue ? guidance.due.map { today.dayNumber - $0.dayNumber } : nil)
            }
            return GuidanceEntry(
                id: guidance.id, number: guidance.number, date: guidance.date, issuer: guidance.issuer,
                relayedTo: relayed.map { name($0.unitID) }, acknowledged: relayed.count - waiting.count, notAcknowledged: waiting)
        }
    }
}

extension ReportWording {
    /// VII. Guidance relayed: one line per guidance and who has not acknowledged it. Left out
    /// altogether when nothing was relayed in the period.
    static func guidance(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        guard !report.guidance.isEmpty else { return [] }
        var blocks: [ReportDocument.Block] = [.heading("VII. \(GuidanceText.reportHeading(l))")]
        for entry in report.guidance {
            var line = GuidanceText.reportGuidanceLine(entry.number, entry.date, entry.issuer, entry.relayedTo.count, entry.acknowledged)(l)
            if !entry.notAcknowledged.isEmpty {
                let names = entry.notAcknowledged.map { waiting in
                    waiting.daysOverdue.map { "\(waiting.name) (\(GuidanceText.overdueMark($0)(l)))" } ?? waiting.name
                }
                line += " " + GuidanceText.reportNotAcknowledged(names.joined(separator: ", "))(l)
            }
            blocks.append(.bullet(line))
        }
        return blocks
    }
}
