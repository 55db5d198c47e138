import DLXHDomain

// Sections III–VI of the consolidated report: hot spots, rumours, submissions, proposals.
extension ReportWording {
    // MARK: III. Labour relations and hot spots

    static func hotSpots(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        let section = report.hotSpots
        let period = periodPhrase(report.period, l)
        var blocks = [heading(3, ReportText.headingHotSpots, l)]
        if section.arising.isEmpty {
            blocks.append(.paragraph(ReportText.hotSpotsNone(period)(l)))
        } else {
            let kinds = HotSpot.Kind.allCases.compactMap { kind -> String? in
                let n = section.arising.filter { $0.hotSpot.kind == kind }.count
                return n == 0 ? nil : "\(lowerFirst(kind.label(l))) \(n)"
            }
            blocks.append(.paragraph(
                ReportText.hotSpotsArising(
                    period, section.arising.count, workers: section.workersInvolved, victims: section.victims,
                    kinds.joined(separator: ", "))(l)))
        }
        for (i, entry) in section.arising.enumerated() {
            blocks.append(.subheading("\(i + 1). \(caseName(entry.hotSpot))"))
            blocks += hotSpotDetails(entry, asOf: report.issuedOn, l).map { .bullet($0) }
        }
        if !section.carriedOver.isEmpty {
            blocks.append(.paragraph(ReportText.carriedOver(section.carriedOver.count)(l)))
            blocks += section.carriedOver.map { entry in
                let spot = entry.hotSpot
                return .bullet(ReportText.carriedOverEntry(caseName(spot), entry.unitName, spot.phonedInAt.day, spot.status.label(l))(l))
            }
        }
        return blocks
    }

    /// A case's title, with its enterprise when the title does not already name it.
    static func caseName(_ spot: HotSpot) -> String {
        let title = oneLine(spot.title)
        let company = oneLine(spot.enterprise.name)
        guard !company.isEmpty, !Text.fold(title).contains(Text.fold(company)) else { return title }
        return "\(title) – \(company)"
    }

    /// The facts of one case, one line each, in the order a reader asks for them: where, when,
    /// how many, why, what was done, what came of it, who was told, where it stands.
    static func hotSpotDetails(_ entry: ConsolidatedReport.HotSpotEntry, asOf day: Day, _ l: Language) -> [String] {
        let spot = entry.hotSpot
        let company = spot.enterprise
        var lines = [ReportText.hotSpotPlace(oneLine(company.name), oneLine(company.address), entry.unitName)(l)]
        var when = ReportText.hotSpotPhonedIn(spot.startedAt, spot.phonedInAt)(l)
        when += " " + (spot.writtenReport.map { ReportText.writtenReceived($0.receivedAt)(l) } ?? ReportText.writtenMissing(l))
        lines.append(when)
        if let workers = spot.workersInvolved {
            lines.append((spot.kind == .seriousAccident ? ReportText.victims(workers) : ReportText.workersInvolved(workers))(l))
        }
        let facts: [(String, (String) -> Localized)] = [
            (spot.causes, ReportText.causes), (spot.demands, ReportText.demands), (spot.arrears, ReportText.arrears),
            (spot.unionActions, ReportText.unionActions), (spot.coordinatingBodies, ReportText.coordinatingBodies),
            (spot.result, ReportText.result),
        ]
        for (text, phrase) in facts where !oneLine(text).isEmpty { lines.append(phrase(sentence(text))(l)) }
        let escalations = spot.escalations.sorted { $0.at < $1.at }.map {
            ReportText.escalatedTo($0.to, $0.at)(l)
        }
        lines.append(escalations.isEmpty ? ReportText.notEscalated(l) : ReportText.escalated(escalations.joined(separator: "; "))(l))
        var status = ReportText.statusAsOf(day, spot.status.label(l))(l)
        if let latest = spot.timeline.max(by: { $0.at < $1.at }) {
            status += " " + ReportText.latestUpdate(latest.at.day, sentence(latest.text))(l)
        }
        lines.append(status)
        return lines
    }

    // MARK: IV. Rumours and false information

    static func rumours(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        var blocks = [heading(4, ReportText.headingRumours, l)]
        let rumours = report.rumours
        guard !rumours.isEmpty else {
            blocks.append(.paragraph(ReportText.rumoursNone(l)))
            return blocks
        }
        let untrue = rumours.filter { $0.verification == .untrue }.count
        let unverified = rumours.filter { $0.verification == .unverified }.count
        blocks.append(.paragraph(ReportText.rumoursSummary(rumours.count, untrue, unverified)(l)))
        blocks += rumours.map { rumour in
            let handling = sentence(
                oneLine(rumour.stepNote).isEmpty ? rumour.step.label(l) : "\(rumour.step.label(l)) – \(oneLine(rumour.stepNote))")
            return .bullet(quote(rumour.quote, l) + " " + ReportText.rumourHandling(rumour.verification.label(l), handling)(l))
        }
        return blocks
    }

    // MARK: V. Submissions

    static func submissions(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        let period = periodPhrase(report.period, l)
        let synthesis = !report.months.isEmpty
        let totals = report.statedTotals
        var blocks = [heading(5, ReportText.headingSubmissions, l)]
        if synthesis {
            blocks.append(.paragraph(
                ReportText.synthesisSubmissions(
                    period, totals.expected, totals.submitted, percent(totals.submitted, of: totals.expected), totals.onTime,
                    percent(totals.onTime, of: totals.expected))(l)))
        } else {
            blocks.append(.paragraph(
                ReportText.deadlineLine(period, report.deadline)(l) + " "
                    + ReportText.submissionTotals(
                        totals.expected, totals.submitted, percent(totals.submitted, of: totals.expected), totals.onTime,
                        percent(totals.onTime, of: totals.expected))(l)))
        }
        // On time, late and missing are always stated, even when none: a reader checks them. The
        // late and missing units are counted here and listed in the appendix.
        for (code, always) in submissionGroups {
            var rows = report.submissions(code)
            if code == "notRequired" {
                // Units that did not exist at all in the period (dissolved in a reorganisation) are
                // counted, not listed: a 2026 report naming 28 former district federations, each
                // with its months, was noise to its reader. Those gone for part of it stay listed.
                let present = Set(report.submissions.filter { $0.state != .notRequired(.inactive) }.map(\.unit.id))
                let absent = Set(rows.map(\.unit.id)).subtracting(present)
                rows.removeAll { absent.contains($0.unit.id) }
                if !absent.isEmpty { blocks.append(.bullet(ReportText.absentUnits(absent.count)(l))) }
            }
            guard always || !rows.isEmpty else { continue }
            if appendixGroups.contains(code) {
                blocks.append(.bullet(ReportText.stateCount(code, Set(rows.map(\.unit.id)).count)(l)))
            } else {
                blocks.append(stateLine(report, code, rows, l))
            }
        }
        return blocks
    }

    static let submissionGroups: [(code: String, always: Bool)] = [
        ("onTime", true), ("late", true), ("missing", true), ("notYetDue", false), ("notRequired", false),
    ]
    /// The states whose units the appendix lists.
    static let appendixGroups = ["late", "missing"]

    /// The appendix's list of the units late or not submitted, as section V used to give it.
    static func lateUnits(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        appendixGroups.map { stateLine(report, $0, report.submissions($0), l) }
    }

    /// One state's units: "Đơn vị báo cáo muộn (1): …" (a synthesis names each unit once, with its months).
    static func stateLine(_ report: ConsolidatedReport, _ code: String, _ rows: [SubmissionRow], _ l: Language) -> ReportDocument.Block {
        if !report.months.isEmpty {
            // A unit once, with the months in this state.
            var order: [String] = []
            var byUnit: [String: [SubmissionRow]] = [:]
            for row in rows {
                if byUnit[row.unit.id] == nil { order.append(row.unit.id) }
                byUnit[row.unit.id, default: []].append(row)
            }
            // Roster order, as in a month's report: every month lists every unit in it.
            let rosterOrder = report.submissions.map(\.unit.id)
            order.sort { (rosterOrder.firstIndex(of: $0) ?? .max) < (rosterOrder.firstIndex(of: $1) ?? .max) }
            let names = order.map { id in
                let months = byUnit[id]!.map { submissionName($0, l, month: periodPhrase($0.period, l)) }
                return "\(byUnit[id]![0].unit.name) (\(months.joined(separator: "; ")))"
            }
            return .bullet(ReportText.stateGroup(code, order.count, names.joined(separator: ", "), overMonths: true)(l))
        }
        return .bullet(ReportText.stateGroup(code, rows.count, rows.map { submissionName($0, l) }.joined(separator: ", "))(l))
    }

    /// A unit's name with what the state adds: days late, days overdue, why it owes nothing.
    /// Given a month, the month stands in for the name (a synthesis lists a unit's months).
    static func submissionName(_ row: SubmissionRow, _ l: Language, month: String? = nil) -> String {
        if let month {
            return switch row.state {
            case .late(_, let days): "\(month): \(ReportText.daysLate(days)(l))"
            case .missing(let days): "\(month): \(ReportText.daysOverdue(days)(l))"
            case .notRequired(let reason): "\(month), \(ReportText.notRequiredReason(reason)(l))"
            case .onTime, .notYetDue: month
            }
        }
        return switch row.state {
        case .late(_, let days): ReportText.nameDaysLate(row.unit.name, days)(l)
        case .missing(let days): ReportText.nameDaysOverdue(row.unit.name, days)(l)
        case .notRequired(let reason): "\(row.unit.name) (\(ReportText.notRequiredReason(reason)(l)))"
        case .onTime, .notYetDue: row.unit.name
        }
    }

    // MARK: VI. Proposals

    static func proposals(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        var blocks = [heading(6, ReportText.headingProposals, l)]
        if report.proposals.isEmpty { blocks.append(.paragraph(ReportText.proposalsNone(l))) }
        for (i, group) in report.proposals.enumerated() {
            let to = group.addressee.isEmpty ? ReportText.proposalsNoAddressee(l) : ReportText.proposalsTo(group.addressee)(l)
            blocks.append(.subheading("\(i + 1). \(to)"))
            blocks += group.proposals.map { .bullet(quote($0, l)) }
        }
        if !report.ownTasks.isEmpty {
            // "LĐLĐ tỉnh Đồng Nai" reads in a sentence; the header's capitals do not.
            let org = report.organisation
            blocks.append(.paragraph(ReportText.ownTasks(org.place.isEmpty ? org.name : "LĐLĐ tỉnh \(org.place)")(l)))
            blocks += report.ownTasks.map { .bullet(quote($0, l)) }
        }
        return blocks
    }
}
