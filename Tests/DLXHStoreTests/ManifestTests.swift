import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// A pid that is surely not running: a child that has exited and been reaped.
func deadPID() throws -> Int32 {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    return child.processIdentifier
}

/// manifest.json: a record file deleted or replaced behind dlxh's back is noticed, and a crash
/// between writing the manifest and the data file never makes a sound store look damaged.
@Suite("The manifest")
struct ManifestTests {
    @Test("deleting hotspots/2026.json: check fails naming it, load refuses, loadReadable names it missing")
    func deletedHotSpotFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let path = Store.hotSpotsPath(2026)
        let held = try store.load().hotSpotFiles[2026]!.hotSpots.count
        #expect(held > 0)
        try FileManager.default.removeItem(at: store.url(path))

        #expect(throws: StoreError.missingFile(file: path, records: held)) { try store.load() }
        #expect(try store.loadReadable().damaged == [.missingFile(file: path, records: held)])
        let summary = try StoreCheck.run(store)
        #expect(!summary.isSound)
        #expect(summary.findings.contains { $0.file == path && $0.problem.contains("missing") }, "\(summary.findings)")
        // And nothing recreates it as if it had never held anything.
        let spare = TempFolder()
        defer { spare.cleanUp() }
        var spot = try #require(try makeDemoStore(in: spare).load().hotSpotFiles[2026]?.hotSpots.first)
        spot.id = ""
        #expect(throws: StoreError.missingFile(file: path, records: held)) { try store.addHotSpot(spot, by: testEditor) }
        #expect(!FileSystem.exists(store.url(path)))
    }

    @Test("a deleted month file is named missing by check, not only as dangling links")
    func deletedMonthFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let path = Store.reportsPath(.month(2026, 9))
        try FileManager.default.removeItem(at: store.url(path))
        let summary = try StoreCheck.run(store)
        #expect(summary.findings.contains { $0.file == path && $0.problem.contains("is missing") }, "\(summary.findings)")
    }

    @Test("killed after the manifest was written but before the data file: load and check find the store sound")
    func crashBetweenManifestAndFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let month = Store.reportsPath(.month(2026, 11))
        let count = try store.load().reportFiles[.month(2026, 11)]!.reports.count
        // The manifest's half of a save that adds a report, and of one that creates a new month's file.
        try store.withLock {
            try store.noteRecordWrite(month, existed: true, before: count, after: count + 1)
            try store.noteRecordWrite(Store.reportsPath(.month(2026, 12)), existed: false, before: 0, after: 1)
        }
        #expect(try store.load().damaged.isEmpty)
        let summary = try StoreCheck.run(store)
        #expect(summary.isSound, "\(summary.findings)")
        // The next save lands normally.
        _ = try store.addReport(sampleReport(unitID: try store.load().roster.units[0].id), by: testEditor)
        #expect(try StoreCheck.run(store).isSound)
    }

    @Test("a month file replaced by an older copy: load reads it (counts are advisory), check says so")
    func replacedFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let path = Store.reportsPath(.month(2026, 11))
        let older = try Data(contentsOf: store.url(path))
        let unitID = try store.load().roster.units[0].id
        _ = try store.addReport(sampleReport(unitID: unitID, summary: "một"), by: testEditor)
        _ = try store.addReport(sampleReport(unitID: unitID, summary: "hai"), by: testEditor)
        try older.write(to: store.url(path))
        #expect(try store.load().damaged.isEmpty)
        let summary = try StoreCheck.run(store)
        #expect(summary.findings.contains { $0.file == path && $0.problem.contains("replaced") }, "\(summary.findings)")
    }

    @Test("a store made before the manifest opens, and its first write (or check) builds it")
    func olderStore() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let manifestURL = store.url(Store.recordManifestName)
        try FileManager.default.removeItem(at: manifestURL)
        #expect(try store.load().damaged.isEmpty)
        _ = try store.addReport(sampleReport(unitID: try store.load().roster.units[0].id), by: testEditor)
        let built = try #require(try store.readRecordManifest())
        let contents = try store.load()
        #expect(built.files.count == contents.reportFiles.count + contents.hotSpotFiles.count)
        #expect(built.files[Store.reportsPath(.month(2026, 11))]?.records == contents.reportFiles[.month(2026, 11)]!.reports.count)
        #expect(try StoreCheck.run(store).isSound)
        try FileManager.default.removeItem(at: manifestURL)
        #expect(try StoreCheck.run(store).isSound)
        #expect(FileSystem.exists(manifestURL))
    }
}

/// `dlxh check` flags what a store can get wrong besides references.
@Suite("Check: settings, dates, folders, leftovers")
struct IntegrityCheckTests {
    func findings(_ store: Store) throws -> [String] { try StoreCheck.run(store).findings.map(\.description) }

    /// Settings out of range are refused where they are read (`Limits`): the check names the
    /// file, the line and the field, like every damaged file, and nothing runs on them.
    @Test("due day 0, 32 or −1 and negative alert hours are flagged", arguments: [0, 32, -1])
    func settingsOutOfRange(dueDay: Int) throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        #expect(try findings(store).isEmpty)
        for (field, change) in [
            ("deadlines.dueDay", { (config: inout ConfigFile) in config.configuration.deadlines.dueDay = dueDay }),
            ("hotSpotRules.updateEveryHours", { (config: inout ConfigFile) in config.configuration.hotSpotRules.updateEveryHours = -4 }),
        ] {
            let original = try Data(contentsOf: store.url(Store.configName))
            var config = try store.readFile(ConfigFile.self, relativePath: Store.configName)
            change(&config)
            try store.write(config, relativePath: Store.configName)
            #expect {
                try findings(store)
            } throws: { error in
                guard case StoreError.damaged(let file, let line, _, let at, _) = error else { return false }
                return file == Store.configName && line != nil && (at ?? "").hasSuffix(field)
            }
            try original.write(to: store.url(Store.configName))
        }
    }

    @Test("a unit that succeeds itself, and a report outside its unit's active dates, are flagged")
    func rosterDates() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let contents = try store.load()
        let report = try #require(contents.reportFiles[.month(2026, 11)]?.reports.first)
        var roster = contents.roster
        let i = try #require(roster.units.firstIndex { $0.id == report.unitID })
        roster.units[i].successorID = roster.units[i].id
        roster.units[i].activeTo = Day(year: 2025, month: 12, day: 31)
        if roster.units[i].activeFrom > roster.units[i].activeTo! { roster.units[i].activeFrom = Day(year: 2020, month: 1, day: 1)! }
        try store.write(roster, relativePath: Store.rosterName)
        let found = try findings(store)
        #expect(found.contains { $0.contains("unit \(report.unitID) is its own successor") }, "\(found)")
        #expect(found.contains { $0.contains("report \(report.id) is for") && $0.contains("outside unit \(report.unitID)") }, "\(found)")
    }

    @Test("a folder others may open is flagged; temporary files left behind by a dead process are noted")
    func foldersAndLeftovers() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        chmod(store.url("reports/2026").path, 0o755)
        let dead = try deadPID()
        FileManager.default.createFile(atPath: store.url("reports/2026/.2026-11.json.\(dead).tmp").path, contents: Data("{".utf8))
        let live = "reports/2026/.2026-10.json.1.tmp"  // pid 1 is always running: a write under way
        FileManager.default.createFile(atPath: store.url(live).path, contents: Data("{".utf8))
        let summary = try StoreCheck.run(store)
        let found = summary.findings.map(\.description)
        #expect(found.contains { $0.contains("reports/2026/") && $0.contains("folder mode 755") }, "\(found)")
        // Left behind by a kill -9: said, but a sound store may have them, so a note, not a finding.
        let notes = summary.notes.map(\.description)
        #expect(notes.contains { $0.contains(".2026-11.json.\(dead).tmp") && $0.contains("left behind") }, "\(notes)")
        #expect(!notes.contains { $0.contains(live) } && !found.contains { $0.contains(live) })
    }

    @Test("the next writer removes temporary files of dead processes, and leaves a live one's")
    func writerSweepsLeftovers() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let dead = try deadPID()
        let deadFiles = ["reports/2026/.2026-11.json.\(dead).tmp", ".config.json.\(dead).tmp", "hotspots/.2026.json.\(dead).tmp"]
        for path in deadFiles { FileManager.default.createFile(atPath: store.url(path).path, contents: Data("{".utf8)) }
        let live = "reports/2026/.2026-10.json.1.tmp"  // pid 1 is always running
        FileManager.default.createFile(atPath: store.url(live).path, contents: Data("{".utf8))
        let writer = try Store.open(at: store.root)
        _ = try writer.addReport(sampleReport(unitID: try writer.load().roster.units[0].id), by: testEditor)
        for path in deadFiles { #expect(!FileSystem.exists(store.url(path)), "\(path)") }
        #expect(FileSystem.exists(store.url(live)))
    }

    @Test("demo --force (Store.replace) removes half-built stores of dead processes beside it, not a live one's")
    func halfBuiltStores() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let dead = folder.url.appendingPathComponent(".store.new-\(try deadPID())")
        let live = folder.url.appendingPathComponent(".store.new-1")
        for url in [dead, live] {
            try FileManager.default.createDirectory(at: url.appendingPathComponent("reports"), withIntermediateDirectories: true)
        }
        let contents = try store.load()
        _ = try Store.replace(at: store.root, contents: contents, manifest: StoreManifest(createdAt: testNow, createdBy: "t"))
        #expect(!FileSystem.exists(dead))
        #expect(FileSystem.exists(live))
    }
}
