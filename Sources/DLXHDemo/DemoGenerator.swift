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
        /// The truth for grouping opinion items into streams: the concern label of every generated
        /// item (`DemoCorpus.concerns`; `id/YEAR` for a concern that recurs every year, and
        /// `diem-nong/HS-…` for a rapid report's item, one stream per hot spot).
        public var itemConcerns: [ItemReference: String]
    }

    public var years: Int
    public var seed: UInt64
    public var today: Day
    /// The time of day "now" is taken to be on `today`.
    public var hour: Int
    /// How many units the roster has: nil, the demo's own roster (69 units); fewer keeps whole
    /// places, more adds commune and ward unions and industrial-zone unions (DemoRoster+Scale),
    /// for benchmarks at a city federation's scale.
    public var unitCount: Int?

    public init(years: Int = 1, seed: UInt64 = 1, today: Day, hour: Int = 9, unitCount: Int? = nil) {
        self.unitCount = unitCount
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
        let units = makeUnits()
        var itemConcerns: [ItemReference: String] = [:]
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
                    summary: summary(for: period, random: &random),
                    createdAt: createdAt, createdBy: random.pick(staff))
                if random.chance(0.05) {
                    report.nothingToReport = true
                    report.summary = "Trong tháng, tình hình tư tưởng đoàn viên, người lao động ổn định; không phát sinh vấn đề mới."
                } else {
                    let (items, labels) = makeItems(count: random.int(2...6), period: period, unit: unit, receivedOn: day, random: &random)
                    report.items = items
                    for (item, label) in zip(items, labels) { itemConcerns[ItemReference(reportID: report.id, itemID: item.id)] = label }
                    report.step = report.items.map(\.step).min() ?? .select
                }
                reports.append(report)
                audit.append(AuditEntry(at: createdAt, by: report.createdBy, action: .reportCreate, target: report.id,
                    detail: "\(unit.id) \(period.id) periodic received \(day.isoString)"))

                // Now and then an ad-hoc report on something that came up.
                if random.chance(0.04) {
                    let adHocDay = min(day.adding(days: random.int(1...9)), today)
                    let at = Moment(day: adHocDay, hour: random.int(8...16), minute: random.int(0...59))
                    let (items, labels) = makeItems(count: random.int(1...2), period: period, unit: unit, receivedOn: adHocDay, random: &random)
                    if at <= now, !items.isEmpty {
                        var adHoc = Report(
                            id: nextID(at), unitID: unit.id, period: period, kind: .adHoc,
                            channel: random.pick([.email, .phone, .document]), receivedOn: adHocDay,
                            documentNumber: "", summary: "Báo cáo đột xuất về tình hình phát sinh tại cơ sở.",
                            items: items, createdAt: at, createdBy: random.pick(staff))
                        adHoc.step = adHoc.items.map(\.step).min() ?? .select
                        for (item, label) in zip(items, labels) { itemConcerns[ItemReference(reportID: adHoc.id, itemID: item.id)] = label }
                        reports.append(adHoc)
                        audit.append(AuditEntry(at: at, by: adHoc.createdBy, action: .reportCreate, target: adHoc.id,
                            detail: "\(unit.id) \(period.id) adHoc received \(adHocDay.isoString)"))
                    }
                }
            }
            period = period.next
        }

        let (hotSpots, rapidReports) = makeHotSpots(
            units: units, firstMonth: firstMonth, now: now, staff: staff, nextID: nextID, random: &random)
        reports += rapidReports
        for report in rapidReports {
            let spot = hotSpots.first { $0.linkedReports.contains(report.id) }
            for item in report.items { itemConcerns[ItemReference(reportID: report.id, itemID: item.id)] = "diem-nong/\(spot?.id ?? report.id)" }
        }
        for hotSpot in hotSpots {
            audit.append(AuditEntry(at: hotSpot.phonedInAt, by: hotSpot.phonedInBy, action: .hotSpotCreate,
                target: hotSpot.id, detail: hotSpot.title))
        }
        return Output(
            configuration: configuration, units: units, reports: reports, hotSpots: hotSpots, audit: audit, itemConcerns: itemConcerns)
    }

    // MARK: Roster

    private func makeUnits() -> [ReportingUnit] {
        var units = DemoRoster.makeUnits(
            firstDay: DemoGenerator.firstDay, seeds: unitCount.map { DemoRoster.seeds(count: $0) } ?? DemoRoster.units)
        // The roster changes, as real ones do: the Nhơn Trạch industrial-zone union was founded in
        // the middle of a month eight months ago, so it owes reports only from then on.
        if let last = units.firstIndex(where: { $0.id == "cd-kcn-nhon-trach" }) {
            let founded = Period.containing(today).advanced(by: -8)
            units[last].activeFrom = Day(year: founded.year, month: founded.index, day: 12)!
        }
        return units
    }

    // MARK: Items

    /// A monthly summary that fits the period (one about Tết only around Tết, one about the
    /// two-level government only after July 2025…).
    private func summary(for period: Period, random: inout SeededRandom) -> String {
        let fitting = DemoCorpus.reportSummaries.indices.filter { index in
            DemoCorpus.summarySpans[index].map { $0.contains { $0.overlaps(period) } } ?? true
        }
        return DemoCorpus.reportSummaries[random.pick(fitting)]
    }

    /// The concerns a unit can raise in a report for `period` received on `day`: valid then (the
    /// span overlaps the period and began by the day received), spoken of by units of its kind,
    /// and, for a concern that names a place, in the unit's own area. Each with its label and a
    /// weight: a concern of the moment is raised more often than a timeless one.
    static func candidates(for unit: ReportingUnit, period: Period, receivedOn day: Day) -> [(DemoConcern, String, Int)] {
        let unitAreas = Set(DemoRoster.areas(of: unit.id))
        var result: [(DemoConcern, String, Int)] = []
        for concern in DemoCorpus.concerns where concern.place.fits(unit) {
            if !concern.areas.isEmpty, unitAreas.isDisjoint(with: concern.areas) { continue }
            for span in concern.spans where span.overlaps(period) && span.from <= day {
                let topical = span.from.days(until: span.to) < 400
                result.append((concern, concern.label(span), topical ? 3 : 1))
            }
        }
        return result
    }

    private func makeItems(
        count: Int, period: Period, unit: ReportingUnit, receivedOn day: Day, random: inout SeededRandom
    ) -> ([OpinionItem], [String]) {
        let age = period.distance(to: Period.containing(today))
        var pool = DemoGenerator.candidates(for: unit, period: period, receivedOn: day)
        var items: [OpinionItem] = []
        var labels: [String] = []
        let department = DemoCorpus.labourDepartment(on: day)
        for n in 1...count {
            let total = pool.reduce(0) { $0 + $1.2 }
            guard total > 0 else { break }
            var roll = random.int(0...(total - 1))
            var index = 0
            while roll >= pool[index].2 {
                roll -= pool[index].2
                index += 1
            }
            let (seed, label, _) = pool.remove(at: index)
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
            // Not every unit proposes something about a concern.
            let proposes = !seed.proposal.isEmpty && random.chance(0.7)
            items.append(
                OpinionItem(
                    id: "i\(n)", topic: seed.topic, content: random.pick(seed.wordings),
                    source: seed.isRumour ? random.pick([.socialMedia, .socialMedia, .collaborator]) : random.pick(Source.allCases),
                    targetGroup: TargetGroup(rawValue: seed.targetGroup) ?? .general,
                    breadth: random.pick(Breadth.allCases), scope: random.pick([.unit, .local, .local, .province, .nation]),
                    attitude: seed.attitude, nature: seed.isRumour ? .rumour : .publicOpinion, verification: verification,
                    proposal: proposes ? seed.proposal.replacingOccurrences(of: "{so}", with: department) : "",
                    proposalTo: proposes ? seed.proposalTo.replacingOccurrences(of: "{so}", with: department) : "",
                    step: step, stepNote: stepNote(step, on: day)))
            labels.append(label)
        }
        return (items, labels)
    }

    private func stepNote(_ step: HandlingStep, on day: Day) -> String {
        switch step {
        case .select, .classify: ""
        case .reportUp: "Đã phản ánh \(DemoCorpus.partyBoard(on: day)), Ban Tuyên giáo Tổng LĐLĐ"
        case .relayDown: "Đã truyền đạt ý kiến chỉ đạo tới các cấp công đoàn để tuyên truyền, định hướng"
        }
    }

    // MARK: Hot spots

    /// A time a hot spot is phoned in on or near `day`: mostly in working hours (07:00–17:30) on a
    /// working day, now and then in the evening or on a Saturday morning; never at night.
    private func phoneInMoment(near day: Day, random: inout SeededRandom) -> Moment {
        var day = day
        while day.isoWeekday == 7 || (day.isoWeekday == 6 && !random.chance(0.3)) { day = day.adding(days: 1) }
        let roll = random.int(0...99)
        if day.isoWeekday == 6 { return Moment(day: day, hour: random.int(7...10), minute: random.int(0...59)) }
        if roll < 8 { return Moment(day: day, hour: random.int(17...20), minute: random.int(30...59)) }
        let minutes = random.int(0...(10 * 60 + 30))
        return Moment(day: day, hour: 7 + minutes / 60, minute: minutes % 60)
    }

    /// Who reports a hot spot in `area` on `day`: for an industrial zone, its zone union or the
    /// territorial unit; elsewhere the territorial unit (the district federation before July 2025,
    /// a commune or ward union of that area after); for a sector, its union at the time.
    static func reporters(of seed: DemoHotSpotSeed, on day: Day, units: [ReportingUnit]) -> [ReportingUnit] {
        let active = units.filter { $0.isActive(on: day) }
        let local = active.filter {
            ($0.kind == .districtFederation || $0.kind == .communeUnion) && DemoRoster.areas(of: $0.id).contains(seed.area)
        }
        switch seed.reporter {
        case "zone":
            let zone = active.filter { $0.kind == .industrialZoneUnion && DemoRoster.areas(of: $0.id).contains(seed.area) }
            // The most local zone union there is (Nhơn Trạch's own once founded).
            let narrowest = zone.min { DemoRoster.areas(of: $0.id).count < DemoRoster.areas(of: $1.id).count }
            return (narrowest.map { [$0] } ?? []) + local
        case "transport": return active.filter { $0.id == "cd-gtvt-xd" || $0.id == "cd-xay-dung" }
        case "rubber": return active.filter { $0.id == "cd-cao-su" }
        default: return local
        }
    }

    /// The place as written on that day: the district before 1 July 2025, the reporting commune or
    /// ward (or the area's first) after.
    static func address(of seed: DemoHotSpotSeed, on day: Day, unit: ReportingUnit) -> String {
        guard let district = DemoRoster.district(seed.area) else { return seed.site }
        if day < DemoRoster.reorganisedOn {
            return "\(seed.site), \(district.name), tỉnh \(district.province)"
        }
        let commune = unit.kind == .communeUnion ? unit.id : DemoRoster.communeUnions.first { $0.from.contains(seed.area) }?.id
        let place = DemoRoster.communeUnions.first { $0.id == commune }.map { "\($0.word) \($0.place)" }
            ?? DemoRoster.extraCommunes.first { $0.id == commune }.map { "\($0.word) \($0.place)" } ?? district.name
        return "\(seed.site), \(place), tỉnh Đồng Nai"
    }

    private func makeHotSpots(
        units: [ReportingUnit], firstMonth: Period, now: Moment, staff: [String], nextID: (Moment) -> String,
        random: inout SeededRandom
    ) -> ([HotSpot], [Report]) {
        var hotSpots: [HotSpot] = []
        var rapid: [Report] = []
        var perYear: [Int: Int] = [:]

        // Settled cases through the history: about one every five weeks.
        var moments: [(Moment, HotSpot.Status)] = []
        var day = firstMonth.firstDay.adding(days: random.int(3...30))
        while day < today.adding(days: -40) {
            moments.append((phoneInMoment(near: day, random: &random), .closed))
            day = day.adding(days: random.int(20...50))
        }
        // Recent ones in every state, the newest phoned in this morning and not yet acknowledged,
        // each in working hours on a working day.
        let recent: [(daysAgo: Int, minutes: Int, status: HotSpot.Status)] = [
            (0, 7 * 60 + 48, .new), (1, 8 * 60 + 10, .new), (3, 15 * 60 + 40, .handling), (7, 13 * 60 + 15, .handling),
            (15, 10 * 60 + 20, .recurred), (21, 15 * 60 + 5, .stabilised), (26, 9 * 60 + 40, .resolved), (36, 14 * 60 + 25, .monitoring),
        ]
        for entry in recent {
            var day = today.adding(days: -entry.daysAgo)
            while day.isWeekend { day = day.adding(days: -1) }
            var at = Moment(day: day, hour: entry.minutes / 60, minute: entry.minutes % 60)
            if at > now { at = now.adding(seconds: -20 * 60) }
            moments.append((at, entry.status))
        }

        for (index, (phonedIn, status)) in moments.enumerated() {
            // The seed: the next one in turn that could have happened then, with a unit to report it.
            var pick: (DemoHotSpotSeed, [ReportingUnit])?
            for offset in 0..<DemoCorpus.hotSpots.count {
                let seed = DemoCorpus.hotSpots[(index + offset) % DemoCorpus.hotSpots.count]
                if let from = seed.validFrom.flatMap(Day.init(iso:)), phonedIn.day < from { continue }
                let reporters = DemoGenerator.reporters(of: seed, on: phonedIn.day, units: units)
                if !reporters.isEmpty { pick = (seed, reporters); break }
            }
            guard let (seed, reporters) = pick else { continue }
            let unit = random.pick(reporters)
            let startedAt = phonedIn.adding(seconds: -Int64(random.int(1...4)) * 900)
            let clock = startedAt.timeOfDay
            let fill: (String) -> String = {
                $0.replacingOccurrences(of: "{donvi}", with: unit.name)
                    .replacingOccurrences(of: "{so}", with: DemoCorpus.labourDepartment(on: phonedIn.day))
                    .replacingOccurrences(of: "{gio}", with: clock.minute == 0 ? "\(clock.hour) giờ" : "\(clock.hour) giờ \(clock.minute)")
            }
            // Staff record updates and escalations in the working day: a time at night moves to
            // the evening before or the next morning, never before the call nor after now.
            let inDay: (Moment) -> Moment = { at in
                let hour = at.timeOfDay.hour
                var moved = at
                if hour < 7 { moved = Moment(day: at.day, hour: 7, minute: 30 + at.timeOfDay.minute / 2) }
                if hour >= 20 { moved = Moment(day: at.day, hour: 19, minute: at.timeOfDay.minute) }
                return min(max(moved, phonedIn.adding(seconds: 600)), now)
            }
            let year = phonedIn.day.year
            perYear[year, default: 0] += 1
            let id = RecordID.hotSpot(year: year, sequence: perYear[year]!)
            let taker = random.pick(staff)
            let local = phonedIn.day < DemoRoster.reorganisedOn ? "huyện" : "xã"
            let labour = phonedIn.day < Day(year: 2025, month: 3, day: 1)! ? "Phòng LĐ-TB&XH huyện" : DemoCorpus.labourDepartment(on: phonedIn.day)
            var spot = HotSpot(
                id: id, title: seed.title, kind: HotSpot.Kind(rawValue: seed.kind) ?? .other, unitID: unit.id,
                enterprise: Enterprise(
                    name: seed.enterprise, ownership: seed.ownership, industry: seed.industry,
                    address: DemoGenerator.address(of: seed, on: phonedIn.day, unit: unit),
                    hasGrassrootsUnion: seed.hasGrassrootsUnion, workforce: seed.workforce),
                workersInvolved: seed.workersInvolved, startedAt: startedAt,
                causes: fill(seed.causes), demands: fill(seed.demands), arrears: seed.arrears,
                coordinatingBodies: "UBND \(local), \(labour), BHXH tỉnh, Công an \(local)",
                unionActions: fill(seed.unionActions), phonedInAt: phonedIn, phonedInBy: taker, status: status)
            let hoursOld = Int(phonedIn.seconds(until: now) / 3600)
            if status != .new || hoursOld > 20 {
                spot.acknowledgement = Acknowledgement(by: taker, at: phonedIn.adding(seconds: Int64(random.int(5...90) * 60)))
            }
            // Updates spread over the case's life so far, never in the future.
            let updates = status == .new ? Array(seed.updates.prefix(1)) : seed.updates
            let span = max(1, min(hoursOld, status == .closed ? 24 * 20 : hoursOld))
            for (n, text) in updates.enumerated() {
                let at = phonedIn.adding(hours: (n + 1) * span / (updates.count + 1))
                if at <= now { spot.timeline.append(TimelineEntry(at: inDay(at), by: random.pick(staff), text: fill(text))) }
            }
            if hoursOld >= 20 {
                spot.escalations.append(
                    Escalation(to: .provincialParty, at: inDay(phonedIn.adding(hours: random.int(2...20))), by: taker,
                        note: "Báo cáo nhanh \(DemoCorpus.partyBoard(on: phonedIn.day))"))
            }
            if hoursOld >= 60 && status != .handling {
                spot.escalations.append(
                    Escalation(to: .confederation, at: inDay(phonedIn.adding(hours: random.int(20...44))), by: taker,
                        note: "Báo cáo Ban Quan hệ lao động Tổng LĐLĐ"))
            }
            // The unit's written rapid report: causes and demands as the item, and what the unit
            // asks of the authorities as its proposal (section VI of the consolidated report), not
            // what the union itself did, which is the hot spot's `unionActions`.
            if hoursOld >= 26, status != .handling || index % 2 == 0 {
                let at = inDay(phonedIn.adding(hours: random.int(6...22)))
                var report = Report(
                    id: nextID(at), unitID: unit.id, period: Period.containing(phonedIn.day), kind: .rapid, channel: .document,
                    receivedOn: at.day, documentNumber: "\(random.int(10...240))/BC-\(unit.documentCode)",
                    summary: "Báo cáo nhanh: " + seed.title,
                    items: [
                        OpinionItem(
                            id: "i1", topic: DemoGenerator.topic(of: spot.kind), content: fill(seed.causes) + " " + fill(seed.demands),
                            source: .direct, targetGroup: .fdi, breadth: .majority, scope: .unit, attitude: "frustrated",
                            verification: .verified, proposal: fill(seed.proposal), proposalTo: fill(seed.proposalTo),
                            step: .reportUp, stepNote: "Đã báo cáo nhanh Tỉnh ủy")
                    ],
                    createdAt: at, createdBy: taker)
                report.step = .reportUp
                rapid.append(report)
                spot.writtenReport = WrittenReport(receivedAt: at, reportID: report.id)
                spot.linkedReports = [report.id]
            }
            if status == .closed || status == .resolved || status == .monitoring {
                spot.result = fill(seed.result)
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
        case .communeUnion: "CĐ"
        default: "LĐLĐ"
        }
    }
}
