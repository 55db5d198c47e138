import DLXHDemo
import DLXHDomain
import DLXHStore
import Foundation
import Testing

/// The JSON Schemas in Docs/schema/ describe every file of a store and the exchange file. These
/// tests write a real store with the library and validate it with Docs/schema/validate.py
/// (python3 with the `jsonschema` package), so a change to the Swift types that is not carried
/// over to the schemas fails here.
@Suite("JSON Schemas in Docs/schema")
struct SchemaTests {
    @Test("a generated demo store and an exchange file validate against the schemas")
    func demoStoreValidates() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, exchange) = try Self.writeStoreAndExchange(in: folder)

        let result = try Self.validate(store, exchange)
        #expect(result.status == 0, "validate.py exited \(result.status):\n\(result.output)")
        // Every kind of file was looked at, not skipped.
        for name in ["store.json", "config.json", "roster.json", "hotspots/2026.json", "reports/2026/2026-11.json", "register/2026.json"] {
            #expect(result.output.contains("ok \(store.appendingPathComponent(name).path)\n"), "\(name) not validated:\n\(result.output)")
        }
        #expect(result.output.contains("ok \(exchange.path)\n"), "exchange file not validated:\n\(result.output)")
    }

    /// A change to one field of one report, and what the validator must name.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var label: String
        var expected: String
        var change: @Sendable (inout [String: Any]) -> Void
        var testDescription: String { label }
    }

    static let breakages: [Breakage] = [
        Breakage(label: "attitude as a number", expected: ".attitude: 3 is not of type 'string'") { item in
            item["attitude"] = 3
        },
        Breakage(label: "a required key deleted", expected: "'content' is a required property") { item in
            item["content"] = nil
        },
        Breakage(label: "a key the Swift type does not have", expected: "'mood' was unexpected") { item in
            item["mood"] = "calm"
        },
        Breakage(label: "a handling step out of range", expected: ".step: 5 is not one of [1, 2, 3, 4]") { item in
            item["step"] = 5
        },
    ]

    @Test("the schemas are not vacuous: a broken reports file fails, naming the file", arguments: breakages)
    func brokenReportsFileFails(_ breakage: Breakage) throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, _) = try Self.writeStoreAndExchange(in: folder)
        let copy = folder.appendingPathComponent("broken-store")
        try FileManager.default.copyItem(at: original, to: copy)

        let broken = copy.appendingPathComponent("reports/2026/2026-11.json")
        var file = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: broken)) as? [String: Any])
        var reports = try #require(file["reports"] as? [[String: Any]])
        let r = try #require(reports.firstIndex { ($0["items"] as? [Any])?.isEmpty == false })
        var items = try #require(reports[r]["items"] as? [[String: Any]])
        breakage.change(&items[0])
        reports[r]["items"] = items
        file["reports"] = reports
        try JSONSerialization.data(withJSONObject: file, options: [.prettyPrinted, .sortedKeys]).write(to: broken)

        let result = try Self.validate(copy)
        #expect(result.status != 0, "validate.py accepted a broken file:\n\(result.output)")
        let failures = result.output.split(separator: "\n").filter { $0.hasPrefix("FAIL ") }
        #expect(failures.count == 1, "expected exactly one failing file:\n\(result.output)")
        let line = try #require(failures.first.map(String.init))
        #expect(line.hasPrefix("FAIL \(broken.path): $.reports[\(r)].items[0]"), "\(line)")
        #expect(line.contains(breakage.expected), "\(line)")
        // The untouched files still pass.
        #expect(result.output.contains("ok \(copy.appendingPathComponent("reports/2026/2026-10.json").path)\n"))
    }

    /// `additionalProperties: false` and `required` catch a changed struct only where the demo data
    /// reaches; an enum case added in Swift but not in the schema is caught here.
    @Test("every enum in common.schema.json lists exactly the Swift type's cases")
    func enumsMatchSwift() throws {
        let url = Self.packageRoot.appendingPathComponent("Docs/schema/common.schema.json")
        let schema = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        func schemaEnum(_ name: String) -> Set<String> {
            let values = (defs[name] as? [String: Any])?["enum"] as? [Any] ?? []
            return Set(values.map { "\($0)" })
        }
        func raw<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> Set<String> {
            Set(E.allCases.map { "\($0.rawValue)" })
        }
        let expected: [(String, Set<String>)] = [
            ("periodKind", raw(Period.Kind.self)),
            ("reportKind", raw(ReportKind.self)),
            ("channel", raw(Channel.self)),
            ("source", raw(Source.self)),
            ("targetGroup", raw(TargetGroup.self)),
            ("breadth", raw(Breadth.self)),
            ("scope", raw(Scope.self)),
            ("nature", raw(Nature.self)),
            ("verification", raw(Verification.self)),
            ("handlingStep", raw(HandlingStep.self)),
            ("inclusion", raw(Inclusion.self)),
            ("unitKind", raw(ReportingUnit.Kind.self)),
            ("hotSpotKind", raw(HotSpot.Kind.self)),
            ("hotSpotStatus", raw(HotSpot.Status.self)),
            ("escalationTarget", raw(Escalation.Target.self)),
        ]
        for (name, cases) in expected {
            #expect(schemaEnum(name) == cases, "$defs/\(name)")
        }
    }

    // MARK: Helpers

    static let today = Day(year: 2026, month: 11, day: 24)!

    /// Tests/DLXHStoreTests/SchemaTests.swift → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func makeFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A two-year demo store at `folder/store`, with the optional and rarely used fields the demo
    /// never fills set here and there, and an exchange file at `folder/exchange.json`.
    static func writeStoreAndExchange(in folder: URL) throws -> (store: URL, exchange: URL) {
        var output = DemoGenerator(years: 2, seed: 7, today: today).generate()
        let now = Moment(day: today, hour: 9)
        let staff = "Lê Thị Thu Hà"

        // Configuration: every period kind, a holiday.
        output.configuration.trackedPeriodKinds = Period.Kind.allCases
        output.configuration.deadlines.holidays = [Day(year: 2026, month: 9, day: 2)!]

        // Roster: a unit that closed and handed over to another, an exemption, a unit excused altogether.
        if output.units.count >= 3 {
            let last = output.units.count - 1
            output.units[last].activeTo = Day(year: 2025, month: 6, day: 30)
            output.units[last].successorID = output.units[0].id
            output.units[1].exemptions = [
                Exemption(period: .month(2025, 3), reason: "Đại hội công đoàn", by: staff, at: now)
            ]
            output.units[2].mustReport = false
        }

        // Reports: a supplement, periods of every kind, explicit inclusion.
        if output.reports.count >= 5 {
            output.reports[1].supplementTo = output.reports[0].id
            output.reports[2].period = Period(kind: .quarter, year: 2026, index: 3)!
            output.reports[3].period = Period(kind: .half, year: 2026, index: 1)!
            output.reports[4].period = Period(kind: .year, year: 2025, index: 1)!
        }
        let withItems = output.reports.indices.filter { !output.reports[$0].items.isEmpty }
        if withItems.count >= 2 {
            output.reports[withItems[0]].items[0].inclusion = .include
            output.reports[withItems[1]].items[0].inclusion = .exclude
        }

        // Hot spots: linked items, a written report not linked to the inbox, every optional left out once.
        if output.hotSpots.count >= 2, let linked = withItems.first {
            let report = output.reports[linked]
            output.hotSpots[0].linkedItems = [ItemReference(reportID: report.id, itemID: report.items[0].id)]
            output.hotSpots[0].writtenReport = WrittenReport(receivedAt: now)
            output.hotSpots[1].workersInvolved = nil
            output.hotSpots[1].startedAt = nil
            output.hotSpots[1].endedAt = nil
            output.hotSpots[1].acknowledgement = nil
            output.hotSpots[1].writtenReport = nil
            output.hotSpots[1].enterprise.workforce = nil
        }

        // An audit entry for the roster.
        output.audit.append(AuditEntry(at: now, by: staff, action: .unitExempt, target: output.units[1].id, detail: "2025-03"))
        // An edit's entry with its changes as data: a code, a text appearing, a value going.
        output.audit.append(
            AuditEntry(
                at: now, by: staff, action: .unitUpdate, target: output.units[1].id, detail: "…",
                changes: [
                    FieldChange(field: "mustReport", old: "true", new: "false"),
                    FieldChange(field: "parentArea", old: nil, new: "Biên Hòa", freeText: true),
                    FieldChange(field: "successorIDs[0]", old: "x", new: nil, freeText: true),
                ]))

        var contents = StoreContents(
            configuration: output.configuration, units: output.units, reports: output.reports,
            hotSpots: output.hotSpots, audit: output.audit)
        contents.config.audit.append(
            AuditEntry(at: now, by: staff, action: .configUpdate, target: "config", detail: "dueDay: 20 → 20"))

        let store = folder.appendingPathComponent("store")
        let created = try Store.create(at: store, contents: contents, manifest: StoreManifest(createdAt: now, createdBy: staff))
        // A staff member's own state: read marks and a saved view.
        try created.updateStaffState(staff) {
            $0.readReports = Array(output.reports.prefix(3).map(\.id))
            $0.savedViews.append(SavedView(name: "Tin đồn tháng này", query: "tính chất:tin kỳ:2026-11"))
        }
        // The register: a report issued, and the staff-written parts of a quarter's report.
        try created.issueReport(period: .month(2026, 10), on: today, recipients: ["Ban Tuyên giáo Tỉnh ủy"], language: .vi, by: Editor(staff: staff, now: now)) {
            ReportDocument(
                parentBody: "TỔNG LĐLĐ VIỆT NAM", issuer: "LĐLĐ TỈNH", number: "Số: \($0)/BC-LĐLĐ", country: "", motto: "", dateLine: "",
                kind: "BÁO CÁO", subject: "Tháng 10/2026", body: [.heading("I. TÌNH HÌNH CHUNG"), .paragraph("…"), .bullet("-"), .subheading("1.")],
                recipientsHeading: "Nơi nhận:", recipients: ["- Lưu: VT."], signatoryTitle: ["TM. BAN THƯỜNG VỤ"], signatoryName: "",
                appendix: [.table(ReportDocument.Table(headers: ["STT"], rows: [["1"]], numericColumns: [0]))])
        }
        try created.saveReportParts(
            base: ReportParts(period: Period(kind: .quarter, year: 2026, index: 3)!), as: ReportParts(period: Period(kind: .quarter, year: 2026, index: 3)!, assessment: "Ổn định", tasks: "Theo dõi"),
            by: Editor(staff: staff, now: now))
        // A draft of the entry form, with an item still open in the editor.
        let openItem = OpinionItem(id: "", topic: "wages", content: "Người lao động bức xúc vì nợ lương", attitude: "frustrated")
        try created.saveDraft(
            ReportDraft(unitID: output.units[0].id, period: "11/2026", receivedOn: "24/11/2026", items: [openItem],
                openItemIndex: 1, openItem: openItem, savedAt: now), staff: staff)

        // An exchange file as `dlxh export` writes it: a dozen reports, one of them a supplement,
        // with their audit trail.
        let exchange = folder.appendingPathComponent("exchange.json")
        let sent = Array(output.reports.prefix(12))
        let sentIDs = Set(sent.map(\.id))
        let trail = output.audit.filter { sentIDs.contains($0.target) }
        try ExchangeFile(exportedAt: now, exportedBy: staff, reports: sent, audit: trail).encoded().write(to: exchange)
        return (store, exchange)
    }

    /// Runs `python3 Docs/schema/validate.py STORE [EXCHANGE...]`; returns its exit status and
    /// its standard output and error together.
    static func validate(_ store: URL, _ exchangeFiles: URL...) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("Docs/schema/validate.py").path, store.path]
            + exchangeFiles.map(\.path)
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: a full pipe would otherwise block the script for ever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
