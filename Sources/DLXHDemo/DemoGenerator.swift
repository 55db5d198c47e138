import DLXHDomain

/// Builds a realistic demo store: the roster of DemoCorpus, `years` of monthly reports ending in
/// the month of `today` with a mix of on-time, late and missing, opinion items across every
/// topic and attitude, some rumours, and hot spots in every state. The same seed and day give
/// the same store.
public struct DemoGenerator {
    public struct Output: Sendable {
        public var configuration: Configuration
        public var units: [ReportingUnit]
        /// Ids follow the store's rule `R-<month of entry>-NNNN`.
        public var reports: [Report]
        public var hotSpots: [HotSpot]
        public var audit: [AuditEntry]
    }

    public var years: Int
    public var seed: UInt64
    public var today: Day
    /// The time of day "now" is taken to be on `today`.
    public var hour: Int

    public init(years: Int = 1, seed: UInt64 = 1, today: Day, hour: Int = 9) {
        self.years = max(1, years)
        self.seed = seed
        self.today = today
        self.hour = hour
    }

    public static let firstDay = Day(year: 2015, month: 1, day: 1)!

    public func generate() -> Output {
        var random = SeededRandom(seed: seed)
        let staff = DemoCorpus.staffNames
        var configuration = Configuration()
        configuration.staffName = staff[0]
        configuration.organisation = Organisation(
            parentBody: "TỔNG LĐLĐ VIỆT NAM", name: "LĐLĐ TỈNH \(DemoCorpus.province.uppercased())",
            department: "Ban Tuyên giáo – Nữ công", documentCode: "BC-LĐLĐ", place: DemoCorpus.province,
            signatoryTitle: "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", signatoryName: "Nguyễn Văn Thành")

        let lastMonth = Period.containing(today)
        let firstMonth = lastMonth.advanced(by: -(12 * years - 1))
        let units = makeUnits(firstMonth: firstMonth, random: &random)
        var reports: [Report] = []
        var audit: [AuditEntry] = []
        var sequence: [Period: Int] = [:]
        var documentNumbers: [String: Int] = [:]
        let rules = SubmissionRules(policy: configuration.deadlines)
        let now = Moment(day: today, hour: hour)

        func nextID(_ createdAt: Moment) -> String {
            let month = Period.containing(createdAt.day)
            let n = (sequence[month] ?? 0) + 1
            sequence[month] = n
            return RecordID.report(month: month, sequence: n)
        }

        // Each unit has a habit: how often it is on time, late, or silent.
        let habits = units.map { _ in (onTime: Double(random.int(55...92)) / 100, missing: Double(random.int(3...14)) / 100) }

        var period = firstMonth
        while period <= lastMonth {
            let deadline = rules.deadline(for: period)
            for (u, unit) in units.enumerated() where rules.requirement(of: unit, for: period) == nil {
                let habit = habits[u]
                var received: Day?
                let roll = Double(random.int(0...999)) / 1000
                if roll < habit.onTime {
                    received = Day(year: period.year, month: period.lastMonth, day: random.int(8...deadline.day))
                } else if roll < 1 - habit.missing {
                    received = deadline.adding(days: random.int(1...18))
                }
                guard let day = received, day <= today else { continue }
                let createdAt = Moment(day: day, hour: random.int(8...16), minute: random.int(0...59))
                guard createdAt <= now else { continue }
                let year = String(day.year)
                documentNumbers[unit.id + year, default: 0] += 1
                var report = Report(
                    id: nextID(createdAt), unitID: unit.id, period: period, kind: .periodic,
                    channel: random.pick([.document, .document, .document, .email, .email, .fax, .phone, .meeting]),
                    receivedOn: day,
                    documentNumber: "\(documentNumbers[unit.id + year]!)/BC-\(unit.documentCode)",
                    summary: random.pick(DemoCorpus.reportSummaries),
                    createdAt: createdAt, createdBy: random.pick(staff))
                if random.chance(0.05) {
                    report.nothingToReport = true
                    report.summary = "Trong tháng, tình hình tư tưởng đoàn viên, người lao động ổn định; không phát sinh vấn đề mới."
                } else {
                    report.items = makeItems(count: random.int(2...6), period: period, random: &random)
                    report.step = report.items.map(\.step).min() ?? .select
                }
                reports.append(report)
                audit.append(AuditEntry(at: createdAt, by: report.createdBy, action: "report.create", target: report.id,
                    detail: "\(unit.id) \(period.id) periodic received \(day.isoString)"))

                // Now and then an ad-hoc report on something that came up.
                if random.chance(0.04) {
                    let adHocDay = min(day.adding(days: random.int(1...9)), today)
                    let at = Moment(day: adHocDay, hour: random.int(8...16), minute: random.int(0...59))
                    if at <= now {
                        var adHoc = Report(
                            id: nextID(at), unitID: unit.id, period: period, kind: .adHoc,
                            channel: random.pick([.email, .phone, .document]), receivedOn: adHocDay,
                            documentNumber: "", summary: "Báo cáo đột xuất về tình hình phát sinh tại cơ sở.",
                            items: makeItems(count: random.int(1...2), period: period, random: &random),
                            createdAt: at, createdBy: random.pick(staff))
                        adHoc.step = adHoc.items.map(\.step).min() ?? .select
                        reports.append(adHoc)
                        audit.append(AuditEntry(at: at, by: adHoc.createdBy, action: "report.create", target: adHoc.id,
                            detail: "\(unit.id) \(period.id) adHoc received \(adHocDay.isoString)"))
                    }
                }
            }
            period = period.next
        }

        let (hotSpots, rapidReports) = makeHotSpots(
            units: units, firstMonth: firstMonth, now: now, staff: staff, nextID: nextID, random: &random)
        reports += rapidReports
        for hotSpot in hotSpots {
            audit.append(AuditEntry(at: hotSpot.phonedInAt, by: hotSpot.phonedInBy, action: "hotspot.create",
                target: hotSpot.id, detail: hotSpot.title))
        }
        return Output(configuration: configuration, units: units, reports: reports, hotSpots: hotSpots, audit: audit)
    }

    // MARK: Roster

    private func makeUnits(firstMonth: Period, random: inout SeededRandom) -> [ReportingUnit] {
        var units = DemoCorpus.units.map { seed in
            ReportingUnit(
                id: seed.id, name: seed.name, kind: ReportingUnit.Kind(rawValue: seed.kind) ?? .other,
                cluster: seed.cluster, contactPerson: seed.contactPerson, phone: seed.phone, email: seed.email,
                activeFrom: DemoGenerator.firstDay)
        }
        // The roster changes, as real ones do: the last industrial-zone union was founded in the
        // middle of a month eight months ago, so it owes reports only from then on.
        if let last = units.indices.last(where: { units[$0].kind == .industrialZoneUnion }) {
            let founded = Period.containing(today).advanced(by: -8)
            units[last].activeFrom = Day(year: founded.year, month: founded.index, day: 12)!
        }
        return units
    }

    // MARK: Items

    private func makeItems(count: Int, period: Period, random: inout SeededRandom) -> [OpinionItem] {
        let age = period.distance(to: Period.containing(today))
        var items: [OpinionItem] = []
        var used = Set<Int>()
        for n in 1...count {
            var index = random.int(0...(DemoCorpus.items.count - 1))
            while used.contains(index) { index = (index + 1) % DemoCorpus.items.count }
            used.insert(index)
            let seed = DemoCorpus.items[index]
            // Older reports have moved further through the four handling steps.
            let step: HandlingStep
            switch age {
            case 0: step = random.pick([.select, .select, .select, .classify])
            case 1: step = random.pick([.select, .classify, .classify, .reportUp])
            case 2...3: step = random.pick([.classify, .reportUp, .reportUp, .relayDown])
            default: step = random.pick([.reportUp, .relayDown, .relayDown])
            }
            let verification: Verification =
                seed.isRumour
                ? (step >= .classify ? random.pick([.untrue, .untrue, .unverified]) : .unverified)
                : (step >= .classify ? random.pick([.verified, .verified, .unverified]) : .unverified)
            items.append(
                OpinionItem(
                    id: "i\(n)", topic: seed.topic, content: seed.content,
                    source: seed.isRumour ? random.pick([.socialMedia, .socialMedia, .collaborator]) : random.pick(Source.allCases),
                    targetGroup: TargetGroup(rawValue: seed.targetGroup) ?? .general,
                    breadth: random.pick(Breadth.allCases), scope: random.pick([.unit, .local, .local, .province, .nation]),
                    attitude: seed.attitude, nature: seed.isRumour ? .rumour : .publicOpinion, verification: verification,
                    proposal: seed.proposal, proposalTo: seed.proposalTo, step: step,
                    stepNote: stepNote(step, seed: seed)))
        }
        return items
    }

    private func stepNote(_ step: HandlingStep, seed: DemoItemSeed) -> String {
        switch step {
        case .select, .classify: ""
        case .reportUp: "Đã phản ánh Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Tuyên giáo Tổng LĐLĐ"
        case .relayDown: "Đã truyền đạt ý kiến chỉ đạo tới các cấp công đoàn để tuyên truyền, định hướng"
        }
    }

    // MARK: Hot spots

    private func makeHotSpots(
        units: [ReportingUnit], firstMonth: Period, now: Moment, staff: [String], nextID: (Moment) -> String,
        random: inout SeededRandom
    ) -> ([HotSpot], [Report]) {
        var hotSpots: [HotSpot] = []
        var rapid: [Report] = []
        var perYear: [Int: Int] = [:]
        let districtUnits = units.filter { $0.kind != .sectorUnion }

        // Settled cases through the history: about one every five weeks.
        var moments: [(Moment, HotSpot.Status)] = []
        var day = firstMonth.firstDay.adding(days: random.int(3...30))
        while day < today.adding(days: -40) {
            moments.append((Moment(day: day, hour: random.int(7...20), minute: random.int(0...59)), .closed))
            day = day.adding(days: random.int(20...50))
        }
        // Recent ones in every state, the newest phoned in this morning and not yet acknowledged.
        let recent: [(hoursAgo: Int, status: HotSpot.Status)] = [
            (1, .new), (30, .new), (60, .handling), (200, .handling), (400, .recurred), (500, .stabilised),
            (700, .resolved), (900, .monitoring),
        ]
        for entry in recent { moments.append((now.adding(hours: -entry.hoursAgo), entry.status)) }

        for (index, (phonedIn, status)) in moments.enumerated() {
            let seed = DemoCorpus.hotSpots[index % DemoCorpus.hotSpots.count]
            var unit = random.pick(districtUnits)
            // A unit not yet (or no longer) active cannot phone one in: the first active one of its kind does.
            if !unit.isActive(on: phonedIn.day) {
                unit = districtUnits.first { $0.kind == unit.kind && $0.isActive(on: phonedIn.day) }
                    ?? districtUnits.first { $0.isActive(on: phonedIn.day) } ?? unit
            }
            let year = phonedIn.day.year
            perYear[year, default: 0] += 1
            let id = RecordID.hotSpot(year: year, sequence: perYear[year]!)
            let taker = random.pick(staff)
            var spot = HotSpot(
                id: id, title: seed.title, kind: HotSpot.Kind(rawValue: seed.kind) ?? .other, unitID: unit.id,
                enterprise: Enterprise(
                    name: seed.enterprise, ownership: seed.ownership, industry: seed.industry, address: seed.address,
                    hasGrassrootsUnion: seed.hasGrassrootsUnion, workforce: seed.workforce),
                workersInvolved: seed.workersInvolved, startedAt: phonedIn.adding(seconds: -Int64(random.int(1...5)) * 1800),
                causes: seed.causes, demands: seed.demands, arrears: seed.arrears,
                coordinatingBodies: "UBND xã, Sở Nội vụ, BHXH tỉnh, Công an xã",
                unionActions: seed.unionActions, phonedInAt: phonedIn, phonedInBy: taker, status: status)
            let hoursOld = Int(phonedIn.seconds(until: now) / 3600)
            if status != .new || hoursOld > 20 {
                spot.acknowledgement = Acknowledgement(by: taker, at: phonedIn.adding(seconds: Int64(random.int(5...90) * 60)))
            }
            // Updates spread over the case's life so far, never in the future.
            let updates = status == .new ? Array(seed.updates.prefix(1)) : seed.updates
            let span = max(1, min(hoursOld, status == .closed ? 24 * 20 : hoursOld))
            for (n, text) in updates.enumerated() {
                let at = phonedIn.adding(hours: (n + 1) * span / (updates.count + 1))
                if at <= now { spot.timeline.append(TimelineEntry(at: at, by: random.pick(staff), text: text)) }
            }
            if hoursOld >= 20 {
                spot.escalations.append(
                    Escalation(to: .provincialParty, at: phonedIn.adding(hours: random.int(2...20)), by: taker,
                        note: "Báo cáo nhanh Ban Tuyên giáo và Dân vận Tỉnh ủy"))
            }
            if hoursOld >= 60 && status != .handling {
                spot.escalations.append(
                    Escalation(to: .confederation, at: phonedIn.adding(hours: random.int(20...44)), by: taker,
                        note: "Báo cáo Ban Quan hệ lao động Tổng LĐLĐ"))
            }
            // The unit's written rapid report: causes and demands as the item, and what the unit
            // asks of the authorities as its proposal (section VI of the consolidated report), not
            // what the union itself did, which is the hot spot's `unionActions`.
            if hoursOld >= 26, status != .handling || index % 2 == 0 {
                let at = phonedIn.adding(hours: random.int(6...22))
                var report = Report(
                    id: nextID(at), unitID: unit.id, period: Period.containing(at.day), kind: .rapid, channel: .document,
                    receivedOn: at.day, documentNumber: "\(random.int(10...240))/BC-\(unit.documentCode)",
                    summary: "Báo cáo nhanh: " + seed.title,
                    items: [
                        OpinionItem(
                            id: "i1", topic: DemoGenerator.topic(of: spot.kind), content: seed.causes + " " + seed.demands,
                            source: .direct, targetGroup: .fdi, breadth: .majority, scope: .unit, attitude: "frustrated",
                            verification: .verified, proposal: seed.proposal, proposalTo: seed.proposalTo,
                            step: .reportUp, stepNote: "Đã báo cáo nhanh Tỉnh ủy")
                    ],
                    createdAt: at, createdBy: taker)
                report.step = .reportUp
                rapid.append(report)
                spot.writtenReport = WrittenReport(receivedAt: at, reportID: report.id)
                spot.linkedReports = [report.id]
            }
            if status == .closed || status == .resolved || status == .monitoring {
                spot.result = seed.result
                spot.endedAt = phonedIn.adding(hours: random.int(20...200))
                if let end = spot.endedAt, end > now { spot.endedAt = now }
            }
            hotSpots.append(spot)
        }
        return (hotSpots, rapid)
    }
}

extension DemoGenerator {
    /// The topic a hot spot's written report is filed under.
    static func topic(of kind: HotSpot.Kind) -> String {
        switch kind {
        case .wageArrears: "wages"
        case .insuranceArrears: "insurance"
        case .massLayoff, .employerAbsconded: "jobs"
        case .seriousAccident: "safety"
        case .falseStrikeStory: "hostileInfo"
        case .workStoppage, .massComplaint, .other: "relations"
        }
    }
}

extension ReportingUnit {
    /// The short code a unit puts in its document numbers.
    var documentCode: String {
        switch kind {
        case .sectorUnion: "CĐN"
        case .industrialZoneUnion: "CĐKCN"
        default: "LĐLĐ"
        }
    }
}
