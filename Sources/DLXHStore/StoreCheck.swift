import DLXHDomain
import Foundation

/// `dlxh check`: everything a sound store must satisfy beyond decoding — references resolve,
/// ids are unique, vocabulary ids are known, text is NFC, files are private.
public struct StoreCheck {
    public struct Finding: Sendable, CustomStringConvertible {
        public var file: String
        public var problem: String
        /// One line: ids and names quoted in a finding come from the store's files, which anyone
        /// with an editor could have changed, so the line goes through `Text.printable`.
        public var description: String { Text.printable("\(file): \(problem)") }
    }

    public struct Summary: Sendable {
        public var files: Int
        public var units: Int
        public var reports: Int
        public var items: Int
        public var hotSpots: Int
        public var findings: [Finding]
        /// Worth knowing, but not wrong: temporary files a killed writer left behind (the next
        /// write removes them), which a sound store may have after any crash.
        public var notes: [Finding] = []
        public var isSound: Bool { findings.isEmpty }
    }

    /// Loads the store and checks it. A damaged `store.json`, `config.json` or `roster.json`
    /// throws; a damaged or missing report or hot-spot file is a finding, and the rest is checked.
    public static func run(_ store: Store) throws -> Summary {
        let contents = try store.loadReadable()
        let files = try store.dataFiles()
        var findings: [Finding] = contents.damaged.map { Finding(file: $0.file ?? "?", problem: $0.message(.en)) }
        let dataset = contents.dataset
        let config = dataset.configuration

        var unitIDs = Set<String>()
        for unit in dataset.units where !unitIDs.insert(unit.id).inserted {
            findings.append(Finding(file: Store.rosterName, problem: "unit id \(unit.id) appears twice"))
        }
        findings += rosterFindings(contents, unitIDs: unitIDs)
        for unit in dataset.units {
            if let end = unit.activeTo, end < unit.activeFrom {
                findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id): active to \(end) is before active from \(unit.activeFrom)"))
            }
        }

        var reportIDs = Set<String>()
        for (month, file) in contents.reportFiles {
            let name = Store.reportsPath(month)
            for report in file.reports {
                if !reportIDs.insert(report.id).inserted {
                    findings.append(Finding(file: name, problem: "report id \(report.id) appears twice"))
                }
                if Store.entryMonth(ofReportID: report.id) != month {
                    findings.append(Finding(file: name, problem: "report id \(report.id) does not belong to this month's file"))
                }
                if !unitIDs.contains(report.unitID) {
                    findings.append(Finding(file: name, problem: "report \(report.id): unit \(report.unitID) is not on the roster"))
                }
                if let base = report.supplementTo, !contents.reportFiles.values.contains(where: { $0.reports.contains { $0.id == base } }) {
                    findings.append(Finding(file: name, problem: "report \(report.id): supplements \(base), which is not in the store"))
                }
                var itemIDs = Set<String>()
                for item in report.items {
                    if !itemIDs.insert(item.id).inserted {
                        findings.append(Finding(file: name, problem: "report \(report.id): item id \(item.id) appears twice"))
                    }
                    if config.topic(item.topic) == nil {
                        findings.append(Finding(file: name, problem: "report \(report.id)/\(item.id): unknown topic \(item.topic)"))
                    }
                    if config.attitude(item.attitude) == nil {
                        findings.append(Finding(file: name, problem: "report \(report.id)/\(item.id): unknown attitude \(item.attitude)"))
                    }
                }
            }
        }

        var hotSpotIDs = Set<String>()
        for (year, file) in contents.hotSpotFiles {
            let name = Store.hotSpotsPath(year)
            for hotSpot in file.hotSpots {
                if !hotSpotIDs.insert(hotSpot.id).inserted {
                    findings.append(Finding(file: name, problem: "hot spot id \(hotSpot.id) appears twice"))
                }
                if !unitIDs.contains(hotSpot.unitID) {
                    findings.append(Finding(file: name, problem: "hot spot \(hotSpot.id): unit \(hotSpot.unitID) is not on the roster"))
                }
                for linked in hotSpot.linkedReports + hotSpot.linkedItems.map(\.reportID) where !reportIDs.contains(linked) {
                    findings.append(Finding(file: name, problem: "hot spot \(hotSpot.id): linked report \(linked) is not in the store"))
                }
            }
        }

        findings += guidanceFindings(contents, unitIDs: unitIDs)
        findings += Store.streamFindings(contents)
        findings += registerFindings(contents)

        for file in files where file.hasPrefix(Store.staffFolder + "/") {
            _ = try store.readFile(StaffFile.self, relativePath: file)
        }
        for file in files where file.hasPrefix(Store.draftsFolder + "/") {
            _ = try store.readFile(DraftFile.self, relativePath: file)
        }

        for file in files {
            let url = store.url(file)
            if let data = try? FileSystem.read(url, displayName: file), let text = String(data: data, encoding: .utf8),
                // Swift's == treats NFC and NFD as equal: compare the code points.
                !text.unicodeScalars.elementsEqual(JSONCodec.nfc(text).unicodeScalars)
            {
                findings.append(Finding(file: file, problem: "text is not in Unicode NFC"))
            }
            if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0
            {
                findings.append(Finding(file: file, problem: String(format: "mode %o lets others read it (want 600)", mode)))
            }
        }

        let (integrity, notes) = try integrityFindings(store, contents: contents)
        findings += integrity
        findings += limitFindings(contents)
        // A finding quotes values from the files (a unit id, a topic): each stays one short line.
        findings = findings.map { Finding(file: $0.file, problem: Limits.shown($0.problem, limit: 300)) }

        let reports = dataset.reports
        var summary = Summary(
            files: files.count, units: dataset.units.count, reports: reports.count,
            items: reports.reduce(0) { $0 + $1.items.count }, hotSpots: dataset.hotSpots.count, findings: findings)
        summary.notes = notes
        return summary
    }

    // MARK: Integrity: the manifest, settings, dates, folders, leftovers (Docs/STORE.md, "Manifest")

    /// What a store can get wrong besides its references: a record file replaced or added behind
    /// dlxh's back (the manifest), settings out of range, reports outside their unit's active
    /// dates, a unit that succeeds itself, folders others may open; and, as notes, temporary
    /// files left behind.
    static func integrityFindings(_ store: Store, contents: StoreContents) throws -> (findings: [Finding], notes: [Finding]) {
        var findings: [Finding] = []
        var notes: [Finding] = []
        let manifestName = Store.recordManifestName

        // The manifest: built now in a store made before there was one (under the lock, as any write).
        var manifest = contents.recordManifest
        if manifest == nil, !contents.damaged.contains(where: { $0.file == manifestName }) {
            manifest = try store.withLock { try store.recordManifestHoldingLock() }
        }
        if let manifest {
            var onDisk: [String: Int] = [:]
            for (month, file) in contents.reportFiles { onDisk[Store.reportsPath(month)] = file.reports.count }
            for (year, file) in contents.hotSpotFiles { onDisk[Store.hotSpotsPath(year)] = file.hotSpots.count }
            for (path, count) in onDisk.sorted(by: { $0.key < $1.key }) {
                guard let entry = manifest.files[path] else {
                    findings.append(Finding(file: path, problem: "is not in \(manifestName): put here by hand or copied from elsewhere?"))
                    continue
                }
                if !entry.allows(count) {
                    let said = entry.previous.map { "\(entry.records) (or \($0) if the last save did not land)" } ?? "\(entry.records)"
                    findings.append(Finding(
                        file: path,
                        problem: "holds \(count) records but \(manifestName) says \(said): the file was replaced by another version or edited by hand"))
                }
            }
        }

        // Settings out of range.
        let config = contents.config.configuration
        let dueDay = config.deadlines.dueDay
        if !(1...31).contains(dueDay) {
            findings.append(Finding(file: Store.configName, problem: "deadlines.dueDay is \(dueDay): want a day of the month, 1 to 31"))
        }
        let rules = config.hotSpotRules
        let hours: [(String, Int)] = [
            ("acknowledgeWithinHours", rules.acknowledgeWithinHours),
            ("writtenReportWithinHours", rules.writtenReportWithinHours),
            ("escalateToProvincialPartyWithinHours", rules.escalateToProvincialPartyWithinHours),
            ("escalateToConfederationWithinHours", rules.escalateToConfederationWithinHours),
            ("updateEveryHours", rules.updateEveryHours),
        ]
        for (name, value) in hours where value < 0 {
            findings.append(Finding(file: Store.configName, problem: "hotSpotRules.\(name) is \(value): hours cannot be negative"))
        }
        if !(-720...840).contains(config.utcOffsetMinutes) {
            findings.append(Finding(file: Store.configName, problem: "utcOffsetMinutes is \(config.utcOffsetMinutes): want -720 to 840"))
        }

        // Units and their reports' dates.
        let units = contents.roster.units
        for unit in units where unit.successorID == unit.id {
            findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id) is its own successor"))
        }
        let unitsByID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for month in contents.reportFiles.keys.sorted() {
            for report in contents.reportFiles[month]!.reports {
                guard let unit = unitsByID[report.unitID], !unit.isActive(during: report.period) else { continue }
                let to = unit.activeTo.map { "\($0)" } ?? "now"
                findings.append(Finding(
                    file: Store.reportsPath(month),
                    problem: "report \(report.id) is for \(report.period.id), outside unit \(unit.id)'s active dates (\(unit.activeFrom) to \(to))"))
            }
        }

        // Folders others may open, and temporary files left behind by a writer that was killed.
        for folder in store.folders() {
            var info = stat()
            if stat(store.url(folder).path, &info) == 0, info.st_mode & 0o077 != 0 {
                findings.append(Finding(
                    file: folder.isEmpty ? "." : folder + "/",
                    problem: String(format: "folder mode %o lets others in (want 700)", Int(info.st_mode & 0o777))))
            }
            // A live process's is a write under way; a dead one's is what kill -9 leaves: not damage.
            for leftover in store.leftovers(in: folder) where !leftover.alive {
                notes.append(Finding(
                    file: leftover.path,
                    problem: "temporary file left behind by process \(leftover.pid), which is gone (the next write removes it)"))
            }
        }
        return (findings, notes)
    }

    /// Guidance: unique ids of its file's year, items that resolve, units on the roster, a due
    /// date not before its date, each unit relayed to once.
    static func guidanceFindings(_ contents: StoreContents, unitIDs: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        var items = Set<ItemReference>()
        for file in contents.reportFiles.values {
            for report in file.reports { for item in report.items { items.insert(ItemReference(reportID: report.id, itemID: item.id)) } }
        }
        var ids = Set<String>()
        for (year, file) in contents.guidanceFiles.sorted(by: { $0.key < $1.key }) {
            let name = Store.guidancePath(year)
            for guidance in file.guidance {
                if !ids.insert(guidance.id).inserted {
                    findings.append(Finding(file: name, problem: "guidance id \(guidance.id) appears twice"))
                }
                if Guidance.year(ofID: guidance.id) != year {
                    findings.append(Finding(file: name, problem: "guidance id \(guidance.id) does not belong to this year's file"))
                }
                for ref in guidance.items where !items.contains(ref) {
                    findings.append(Finding(file: name, problem: "guidance \(guidance.id): item \(ref.text) is not in the store"))
                }
                var relayed = Set<String>()
                for recipient in guidance.recipients {
                    if !unitIDs.contains(recipient.unitID) {
                        findings.append(Finding(file: name, problem: "guidance \(guidance.id): unit \(recipient.unitID) is not on the roster"))
                    }
                    if !relayed.insert(recipient.unitID).inserted {
                        findings.append(Finding(file: name, problem: "guidance \(guidance.id): unit \(recipient.unitID) is listed twice"))
                    }
                }
                if let due = guidance.due, due < guidance.date {
                    findings.append(Finding(file: name, problem: "guidance \(guidance.id): due \(due.isoString) is before its date \(guidance.date.isoString)"))
                }
            }
        }
        return findings
    }

    /// What the program cannot handle even though it decodes: ids whose number is beyond
    /// `Limits.sequence`, texts and lists beyond their limits (Docs/STORE.md, "Limits").
    static func limitFindings(_ contents: StoreContents) -> [Finding] {
        var findings: [Finding] = []
        func tooLong(_ text: String, _ limit: Int) -> Bool { text.utf8.count > limit && text.count > limit }
        for (month, file) in contents.reportFiles {
            let name = Store.reportsPath(month)
            for report in file.reports {
                if !RecordID.isValidSequence(of: report.id) || tooLong(report.id, Limits.shortText) {
                    findings.append(Finding(file: name, problem: "report id \(Limits.shown(report.id)): \(Limits.numberTooLarge.en)"))
                }
                if let last = report.lastItemNumber, last < 0 || last > Limits.sequence {
                    findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id)): lastItemNumber \(last) is beyond \(Limits.sequence)"))
                }
                for (field, text) in [("unitID", report.unitID), ("documentNumber", report.documentNumber), ("createdBy", report.createdBy)]
                where tooLong(text, Limits.shortText) {
                    findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id)): \(field) is \(Limits.describe(Limits.shortText, Limits.longerThanChars).en)"))
                }
                if tooLong(report.summary, Limits.longText) {
                    findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id)): summary is \(Limits.describe(Limits.longText, Limits.longerThanChars).en)"))
                }
                if report.items.count > Limits.itemsPerReport {
                    findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id)): \(Limits.describe(Limits.itemsPerReport, Limits.moreItems).en)"))
                }
                for item in report.items {
                    if OpinionItem.number(of: item.id) == nil {
                        findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id)): item id \(Limits.shown(item.id)): \(Limits.notItemID.en)"))
                    }
                    for (field, text, limit) in [
                        ("topic", item.topic, Limits.shortText), ("attitude", item.attitude, Limits.shortText),
                        ("proposalTo", item.proposalTo, Limits.shortText), ("content", item.content, Limits.longText),
                        ("proposal", item.proposal, Limits.longText), ("stepNote", item.stepNote, Limits.longText),
                    ] where tooLong(text, limit) {
                        findings.append(Finding(file: name, problem: "report \(Limits.shown(report.id))/\(Limits.shown(item.id)): \(field) is \(Limits.describe(limit, Limits.longerThanChars).en)"))
                    }
                }
            }
        }
        for (year, file) in contents.hotSpotFiles {
            for hotSpot in file.hotSpots where !RecordID.isValidSequence(of: hotSpot.id) || tooLong(hotSpot.id, Limits.shortText) {
                findings.append(Finding(file: Store.hotSpotsPath(year), problem: "hot spot id \(Limits.shown(hotSpot.id)): \(Limits.numberTooLarge.en)"))
            }
            for hotSpot in file.hotSpots {
                for (field, value) in [("workersInvolved", hotSpot.workersInvolved), ("enterprise.workforce", hotSpot.enterprise.workforce)]
                where value.map({ !Limits.people.contains($0) }) ?? false {
                    findings.append(Finding(
                        file: Store.hotSpotsPath(year),
                        problem: "hot spot \(Limits.shown(hotSpot.id)): \(field) \(value!) is outside \(Limits.people.lowerBound)…\(Limits.people.upperBound) (people)"))
                }
            }
        }
        for unit in contents.roster.units where tooLong(unit.id, Limits.shortText) || tooLong(unit.name, Limits.shortText) {
            findings.append(Finding(file: Store.rosterName, problem: "unit \(Limits.shown(unit.id)): id or name is \(Limits.describe(Limits.shortText, Limits.longerThanChars).en)"))
        }
        return findings.sorted { ($0.file, $0.problem) < ($1.file, $1.problem) }
    }
}

extension StoreCheck {
    /// The register: each number given once in its year, none above the year's last number, and
    /// one set of staff-written parts per period, in the file of the period's year.
    static func registerFindings(_ contents: StoreContents) -> [Finding] {
        var findings: [Finding] = []
        for (year, file) in contents.registerFiles.sorted(by: { $0.key < $1.key }) {
            let name = Store.registerPath(year)
            var numbers = Set<Int>()
            for entry in file.issued {
                if !numbers.insert(entry.number).inserted {
                    findings.append(Finding(file: name, problem: "report number \(entry.id) is given twice"))
                }
                if entry.year != year || entry.issuedOn.year != year {
                    findings.append(Finding(file: name, problem: "report number \(entry.id) does not belong to this year's file"))
                }
                if entry.number > file.lastNumber {
                    findings.append(Finding(file: name, problem: "report number \(entry.id) is above the last number \(file.lastNumber)"))
                }
            }
            var periods = Set<Period>()
            for parts in file.parts {
                if !periods.insert(parts.period).inserted || parts.period.year != year {
                    findings.append(Finding(file: name, problem: "the staff-written parts of \(parts.period.id) are misplaced or twice"))
                }
            }
        }
        return findings
    }
}
