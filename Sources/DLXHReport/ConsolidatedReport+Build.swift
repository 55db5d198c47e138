import DLXHDomain

extension ConsolidatedReport {
    /// How many quotations a topic stream shows: enough to give its flavour, few enough to read.
    public static let quotesPerTopic = 3

    /// The consolidated report for `period` as of `today`, from the store's data alone.
    ///
    /// Reports counted are those whose `period` is this one — periodic, ad hoc and rapid alike,
    /// archived ones too (archiving only hides a report from the inbox; deleted ones are gone
    /// from the dataset). Only items marked for inclusion feed sections I–VI; the rest are
    /// counted as excluded. Submission states come from the same rules as `dlxh status`.
    public static func build(from dataset: Dataset, period: Period, today: Day) -> ConsolidatedReport {
        let config = dataset.configuration
        let rosterIndex = Dictionary(dataset.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(dataset.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func unitName(_ id: String) -> String { names[id] ?? id }

        // A month counts its own reports. A quarter, half or year is a synthesis of its months'
        // reports, whether or not units send summaries; a unit's own summary for the period
        // counts only when that unit sent nothing for the months (else its items would be told
        // twice).
        let months = months(of: period)
        let monthly = dataset.reports.filter { months.contains($0.period) }
        let sentMonthly = Set(monthly.map(\.unitID))
        let summaries = period.kind == .month
            ? [] : dataset.reports.filter { $0.period == period && !sentMonthly.contains($0.unitID) }
        // Roster order, then the order they arrived: the order a reader looks units up in.
        let reports = (monthly + summaries).sorted {
            (rosterIndex[$0.unitID] ?? Int.max, $0.receivedOn, $0.id) < (rosterIndex[$1.unitID] ?? Int.max, $1.receivedOn, $1.id)
        }
        let included = reports.flatMap { report in
            report.items.filter(\.isIncludedInReport).map { Cited(report: report, item: $0, unitName: unitName(report.unitID)) }
        }

        // Each included item is told once: a rumour or an item found untrue in IV, a hot spot's
        // item in III, everything else as opinion in II.
        let ofHotSpot = dataset.hotSpotItems(among: reports)
        let rumoured = included.filter(\.item.isRumourOrUntrue)
        let tied = included.filter { !$0.item.isRumourOrUntrue && ofHotSpot.contains($0.reference) }
        let opinion = included.filter { !$0.item.isRumourOrUntrue && !ofHotSpot.contains($0.reference) }
        // What was found untrue is asked of nobody.
        let proposing = included.filter { $0.item.verification != .untrue }
        let (proposals, ownTasks) = proposalGroups(proposing, issuer: config.organisation)
        // A month is compared with the one before, topic by topic and stream by stream.
        let monthBefore = period.kind == .month ? opinionTopics(dataset, month: period.previous) : nil

        // A synthesis owes what its months owed: one row per unit and month.
        let rows = months.flatMap { dataset.submissionRows(for: $0, asOf: today) }
        var report = ConsolidatedReport(
            period: period, issuedOn: today, organisation: config.organisation,
            reports: reports.map { report in
                ReportEntry(
                    id: report.id, unitID: report.unitID, unitName: unitName(report.unitID), kind: report.kind,
                    documentNumber: report.documentNumber, receivedOn: report.receivedOn,
                    nothingToReport: report.nothingToReport, archived: report.archived, itemCount: report.items.count,
                    includedItemCount: report.items.filter(\.isIncludedInReport).count)
            },
            items: ItemCounts(
                total: reports.map(\.items.count).reduce(0, +), included: included.count, opinion: opinion.count,
                rumours: rumoured.count, hotSpot: tied.count,
                pending: reports.flatMap(\.items).filter { $0.inclusion == .automatic && !$0.isIncludedInReport }.count),
            attitudes: attitudeTally(opinion, config),
            streams: streams(
                opinion, config,
                streamsOfTopic: streamsByTopic(
                    opinion, dataset: dataset, period: period, monthBefore: monthBefore, config: config, unitName: unitName)),
            hotSpots: hotSpotSection(dataset.hotSpots, period: period, unitName: unitName),
            rumours: rumours(included),
            submissions: rows, submissionTotals: SubmissionTotals(rows.map(\.state)),
            deadline: dataset.rules.deadline(for: period),
            proposals: proposals)
        report.ownTasks = ownTasks
        if period.kind == .month {
            let counts = Dictionary(grouping: (monthBefore ?? [:]).values, by: { $0 }).mapValues(\.count)
            for i in report.streams.indices { report.streams[i].previousMonth = counts[report.streams[i].topic.id] ?? 0 }
        }
        if period.kind != .month {
            report.months = months.map { month in
                MonthFigures(
                    month: month, reports: reports.filter { $0.period == month }.count,
                    opinion: opinion.filter { $0.report.period == month }.count,
                    rumours: rumoured.filter { $0.report.period == month }.count,
                    hotSpots: dataset.hotSpots.filter { month.contains($0.phonedInAt.day) }.count)
            }
        }
        report.guidance = guidanceSection(dataset, period: period, today: today)
        return report
    }

    /// The opinion items of a month, as section II counts them, with their topics.
    static func opinionTopics(_ dataset: Dataset, month: Period) -> [ItemReference: String] {
        var that = dataset
        that.reports = dataset.reports.filter { $0.period == month }
        let told = that.opinionItems()
        var topics: [ItemReference: String] = [:]
        for report in that.reports {
            for item in report.items {
                let ref = ItemReference(reportID: report.id, itemID: item.id)
                if told.contains(ref) { topics[ref] = item.topic }
            }
        }
        return topics
    }

    /// The months a period is made of, in order: a month is its own.
    static func months(of period: Period) -> [Period] {
        (0..<period.kind.length).map { Period.month(period.year, period.firstMonth + $0) }
    }

    /// An included item with the report and unit it came from.
    struct Cited {
        var report: Report
        var item: OpinionItem
        var unitName: String
        var reference: ItemReference { ItemReference(reportID: report.id, itemID: item.id) }
    }

    static func attitudeTally(_ cited: [Cited], _ config: Configuration) -> [Tally] {
        let counts = Dictionary(grouping: cited, by: \.item.attitude).mapValues(\.count)
        var tally = config.attitudes.compactMap { a in counts[a.id].map { Tally(label: Localized(vi: a.vi, en: a.en), count: $0) } }
        // An attitude no longer on the scale is still counted, under its id: no item goes missing.
        for id in counts.keys.sorted() where config.attitude(id) == nil {
            tally.append(Tally(label: Localized(vi: id, en: id), count: counts[id]!))
        }
        return tally
    }

    static func streams(_ cited: [Cited], _ config: Configuration, streamsOfTopic: [String: [StreamEntry]] = [:]) -> [TopicStream] {
        let topicOrder = Dictionary(config.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byTopic = Dictionary(grouping: cited, by: \.item.topic)
        let ordered = byTopic.keys.sorted {
            (-byTopic[$0]!.count, topicOrder[$0] ?? Int.max, $0) < (-byTopic[$1]!.count, topicOrder[$1] ?? Int.max, $1)
        }
        return ordered.map { id in
            let group = byTopic[id]!
            var units: [String] = []
            for c in group where !units.contains(c.report.unitID) { units.append(c.report.unitID) }
            let breadth = Breadth.allCases.compactMap { b -> Tally? in
                let n = group.filter { $0.item.breadth == b }.count
                return n == 0 ? nil : Tally(label: b.label, count: n)
            }
            // The most widely held and farthest reaching first; public opinion before rumour.
            let ranked = group.enumerated().sorted { a, b in
                let ka = (rank(a.element.item.breadth), rank(a.element.item.scope), a.element.item.nature == .rumour ? 1 : 0, a.offset)
                let kb = (rank(b.element.item.breadth), rank(b.element.item.scope), b.element.item.nature == .rumour ? 1 : 0, b.offset)
                return ka < kb
            }.map(\.element)
            let quotes = quotations(ranked, text: \.item.content)
            return TopicStream(
                topic: config.topic(id) ?? Category(id: id, vi: id, en: id), items: group.map(\.reference), unitIDs: units,
                breadth: breadth, attitudes: attitudeTally(group, config),
                representative: Array(quotes.prefix(quotesPerTopic)), streams: streamsOfTopic[id] ?? [])
        }
    }

    static func rank(_ breadth: Breadth) -> Int { Breadth.allCases.firstIndex(of: breadth)! }
    static func rank(_ scope: Scope) -> Int { Scope.allCases.count - 1 - Scope.allCases.firstIndex(of: scope)! }

    /// Groups cited items whose text is the same (ignoring case, diacritics and spacing), in the
    /// order each text first appears; each quotation names every unit once.
    static func quotations(_ cited: [Cited], text: KeyPath<Cited, String>) -> [Quote] {
        var quotes: [Quote] = []
        var index: [String: Int] = [:]
        for c in cited {
            let words = c[keyPath: text].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !words.isEmpty else { continue }
            let key = Text.fold(words)
            if let i = index[key] {
                if !quotes[i].unitNames.contains(c.unitName) { quotes[i].unitNames.append(c.unitName) }
                quotes[i].items.append(c.reference)
            } else {
                index[key] = quotes.count
                quotes.append(Quote(text: words, unitNames: [c.unitName], items: [c.reference]))
            }
        }
        return quotes
    }

    static func rumours(_ cited: [Cited]) -> [Rumour] {
        let noted = cited.filter { $0.item.nature == .rumour || $0.item.verification == .untrue }
        return quotations(noted, text: \.item.content).map { quote in
            let refs = Set(quote.items)
            let items = noted.filter { refs.contains($0.reference) }.map(\.item)
            let verification: Verification =
                items.contains { $0.verification == .untrue } ? .untrue
                : items.contains { $0.verification == .verified } ? .verified : .unverified
            let furthest = items.max { $0.step < $1.step }!
            return Rumour(quote: quote, verification: verification, step: furthest.step, stepNote: furthest.stepNote)
        }
    }

    /// The proposals grouped by addressee, and apart from them those addressed to the issuing
    /// federation itself (its own tasks).
    static func proposalGroups(_ cited: [Cited], issuer: Organisation) -> ([ProposalGroup], [Quote]) {
        let withProposal = cited.filter { !$0.item.proposal.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let toIssuer = withProposal.filter { IssuerName.names(issuer: issuer, addressee: $0.item.proposalTo) }
        let ownTasks = quotations(toIssuer, text: \.item.proposal)
        var addressees: [String] = []
        var byKey: [String: [Cited]] = [:]
        for c in withProposal where !IssuerName.names(issuer: issuer, addressee: c.item.proposalTo) {
            let name = Text.clean(c.item.proposalTo, multiline: false).trimmingCharacters(in: .whitespaces)
            let key = Text.fold(name)
            if byKey[key] == nil { addressees.append(name) }
            byKey[key, default: []].append(c)
        }
        let groups = addressees.map { name in
            ProposalGroup(addressee: name, proposals: quotations(byKey[Text.fold(name)]!, text: \.item.proposal))
        }
        // The bodies most asked of first; proposals naming no addressee last.
        let ordered = groups.enumerated().sorted { a, b in
            let ka = (a.element.addressee.isEmpty ? 1 : 0, -a.element.proposals.map(\.items.count).reduce(0, +), a.offset)
            let kb = (b.element.addressee.isEmpty ? 1 : 0, -b.element.proposals.map(\.items.count).reduce(0, +), b.offset)
            return ka < kb
        }.map(\.element)
        return (ordered, ownTasks)
    }

    static func hotSpotSection(_ hotSpots: [HotSpot], period: Period, unitName: (String) -> String) -> HotSpotSection {
        let sorted = hotSpots.sorted { ($0.phonedInAt, $0.id) < ($1.phonedInAt, $1.id) }
        let arising = sorted.filter { period.contains($0.phonedInAt.day) }
        // Earlier cases still going when the period began: ended within or after it, or not
        // ended and not closed. A closed case with no end recorded is taken as over.
        let carried = sorted.filter { spot in
            guard spot.phonedInAt.day < period.firstDay else { return false }
            if let end = spot.endedAt { return end.day >= period.firstDay }
            return spot.status.isOpen
        }
        return HotSpotSection(
            arising: arising.map { HotSpotEntry(hotSpot: $0, unitName: unitName($0.unitID)) },
            carriedOver: carried.map { HotSpotEntry(hotSpot: $0, unitName: unitName($0.unitID)) })
    }
}
