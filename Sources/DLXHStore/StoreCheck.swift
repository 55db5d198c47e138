import DLXHDomain
import Foundation

/// `dlxh check`: everything a sound store must satisfy beyond decoding — references resolve,
/// ids are unique, vocabulary ids are known, text is NFC, files are private.
public struct StoreCheck {
    public struct Finding: Sendable, CustomStringConvertible {
        public var file: String
        public var problem: String
        public var description: String { "\(file): \(problem)" }
    }

    public struct Summary: Sendable {
        public var files: Int
        public var units: Int
        public var reports: Int
        public var items: Int
        public var hotSpots: Int
        public var findings: [Finding]
        public var isSound: Bool { findings.isEmpty }
    }

    /// Loads the store (any damaged file throws) and checks the rest.
    public static func run(_ store: Store) throws -> Summary {
        let contents = try store.load()
        let files = try store.dataFiles()
        var findings: [Finding] = []
        let dataset = contents.dataset
        let config = dataset.configuration

        var unitIDs = Set<String>()
        for unit in dataset.units where !unitIDs.insert(unit.id).inserted {
            findings.append(Finding(file: Store.rosterName, problem: "unit id \(unit.id) appears twice"))
        }
        for unit in dataset.units {
            if let successor = unit.successorID, !unitIDs.contains(successor) {
                findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id): successor \(successor) is not on the roster"))
            }
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

        findings += limitFindings(contents)
        // A finding quotes values from the files (a unit id, a topic): each stays one short line.
        findings = findings.map { Finding(file: $0.file, problem: Limits.shown($0.problem, limit: 300)) }

        let reports = dataset.reports
        return Summary(
            files: files.count, units: dataset.units.count, reports: reports.count,
            items: reports.reduce(0) { $0 + $1.items.count }, hotSpots: dataset.hotSpots.count, findings: findings)
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
        }
        for unit in contents.roster.units where tooLong(unit.id, Limits.shortText) || tooLong(unit.name, Limits.shortText) {
            findings.append(Finding(file: Store.rosterName, problem: "unit \(Limits.shown(unit.id)): id or name is \(Limits.describe(Limits.shortText, Limits.longerThanChars).en)"))
        }
        return findings.sorted { ($0.file, $0.problem) < ($1.file, $1.problem) }
    }
}
