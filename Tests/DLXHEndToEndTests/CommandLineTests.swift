import Foundation
import Testing

/// The acceptance of the foundation: the command line, checked from outside, against numbers
/// the tests compute themselves from the exported data.
@Suite("dlxh on the command line")
struct CommandLineTests {
    @Test("status JSON agrees with the report dates in the export (demo seed 1, 24/11/2026)")
    func statusAgreesWithExport() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        let common = ["--store", store.path, "--today", "2026-11-24"]
        let roster = try jsonObject(Data(contentsOf: store.appendingPathComponent("roster.json"))) as! [String: Any]
        let units = roster["units"] as! [[String: Any]]
        let exported = try Dlxh.run(["export", "--format", "json"] + common)
        #expect(exported.status == 0, "\(exported.stderr)")
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]

        for month in 1...11 {
            let period = String(format: "2026-%02d", month)
            let status = try Dlxh.run(["status", "--period", period, "--format", "json"] + common)
            #expect(status.status == 0, "\(status.stderr)")
            let rows = try jsonObject(status.stdoutData) as! [[String: Any]]
            #expect(rows.count == units.count)
            let due = String(format: "2026-%02d-20", month)
            for row in rows {
                #expect(Set(row.keys) == ["unit", "name", "state", "receivedOn", "daysLate"])
                let unitID = row["unit"] as! String
                let unit = units.first { $0["id"] as? String == unitID }!
                // The rule, stated independently: a unit owes the report if it exists on the 20th;
                // the earliest periodic report received by today counts; on or before the 20th is on time.
                let activeFrom = unit["activeFrom"] as! String
                let expected: String
                var receivedOn: String?
                var daysLate: Int?
                let activeTo = unit["activeTo"] as? String
                if activeFrom > due || (activeTo.map { $0 < due } ?? false) || (unit["mustReport"] as? Bool) == false {
                    expected = "notRequired"
                } else {
                    receivedOn = reports
                        .filter { $0["unitID"] as? String == unitID && $0["period"] as? String == period && $0["kind"] as? String == "periodic" }
                        .compactMap { $0["receivedOn"] as? String }
                        .filter { $0 <= "2026-11-24" }
                        .min()
                    if let received = receivedOn {
                        if received <= due {
                            expected = "onTime"
                        } else {
                            expected = "late"
                            daysLate = daysBetween(due, received)
                        }
                    } else {
                        expected = due < "2026-11-24" ? "missing" : "notYetDue"
                    }
                }
                #expect(row["state"] as? String == expected, "\(unitID) \(period)")
                #expect(row["receivedOn"] as? String == receivedOn, "\(unitID) \(period)")
                #expect(row["daysLate"] as? Int == daysLate, "\(unitID) \(period)")
                #expect(row["receivedOn"] != nil && row["daysLate"] != nil)  // keys present, null or value
            }
        }
    }

    @Test("the demo has a realistic mix in the current month: on time, late or missing")
    func demoMix() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        var states: [String: Int] = [:]
        for month in 1...11 {
            let status = try Dlxh.run([
                "status", "--store", store.path, "--today", "2026-11-24", "--period", String(format: "2026-%02d", month),
                "--format", "json",
            ])
            for row in try jsonObject(status.stdoutData) as! [[String: Any]] { states[row["state"] as! String, default: 0] += 1 }
        }
        #expect(states["onTime", default: 0] > 100)
        #expect(states["late", default: 0] > 5)
        #expect(states["missing", default: 0] > 5)
    }

    @Test("the demo is the same for the same seed, different for another")
    func demoIsDeterministic() throws {
        let a = try Dlxh.demoStore(seed: 4)
        let b = try Dlxh.demoStore(seed: 4)
        let c = try Dlxh.demoStore(seed: 5)
        defer { [a, b, c].forEach(Dlxh.remove) }
        func reports(_ store: URL) throws -> Data {
            try Data(contentsOf: store.appendingPathComponent("reports/2026/2026-10.json"))
        }
        #expect(try reports(a) == reports(b))
        #expect(try reports(a) != reports(c))
    }

    @Test("demo refuses to overwrite a store without --force, and replaces it with --force")
    func demoForce() throws {
        let store = try Dlxh.demoStore(seed: 1)
        defer { Dlxh.remove(store) }
        let before = filesUnder(store)
        let refused = try Dlxh.run(["demo", "--store", store.path, "--seed", "2", "--today", "2026-11-24"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--force"))
        #expect(filesUnder(store) == before)
        let forced = try Dlxh.run(["demo", "--store", store.path, "--seed", "2", "--today", "2026-11-24", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(filesUnder(store) != before)
        // The replaced store is kept beside the new one, byte for byte.
        let keptPath = try #require(forced.stdout.split(separator: "\n").first { $0.contains("giữ lại tại") }
            .map { String($0.split(separator: " ").last!.dropLast()) })
        let kept = filesUnder(URL(fileURLWithPath: keptPath))
        #expect(kept.count == before.count)
        #expect(Set(kept.values) == Set(before.values))
        #expect(try Dlxh.run(["check", "--store", store.path]).status == 0)
    }

    @Test("truncating store.json, config.json or roster.json makes check and status fail with one line; a truncated report, hot-spot or manifest file fails check, and status and export read the rest and name it on stderr; nothing changes")
    func truncatedFiles() throws {
        let store = try Dlxh.demoStore(seed: 2)
        defer { Dlxh.remove(store) }
        let files = filesUnder(store).keys.filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 10)
        for path in files {
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            try original.prefix(original.count / 2).write(to: URL(fileURLWithPath: path))
            let before = filesUnder(store)
            let name = String(path.dropFirst(store.path.count + 1))
            // Report and hot-spot files, and the manifest that lists them, leave the store readable.
            let isRecordFile = name.hasPrefix("reports/") || name.hasPrefix("hotspots/") || name == "manifest.json"
            for command in [["check"], ["status"], ["status", "--format", "json"], ["export"]] {
                let result = try Dlxh.run(command + ["--store", store.path, "--today", "2026-11-24"])
                if isRecordFile {
                    // One damaged month does not stop the office: read commands read the rest.
                    #expect(result.stderr.contains(name), "\(command): \(result.stderr)")
                    #expect(result.stderr.contains("dòng") || result.stderr.contains("line"), "names the line: \(result.stderr)")
                    if command == ["check"] {
                        #expect(result.status != 0, "check on truncated \(name)")
                    } else {
                        #expect(result.status == 0, "\(command) on truncated \(name): \(result.stderr)")
                        #expect(result.stderr.split(separator: "\n").count == 1, "\(command) on \(name): \(result.stderr)")
                        #expect(result.stderr.contains("bị bỏ qua"), "\(result.stderr)")
                        #expect(!result.stdout.isEmpty)
                    }
                    continue
                }
                #expect(result.status != 0, "\(command) on truncated \(name)")
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.count == 1, "\(command) on \(name): \(result.stderr)")
                #expect(result.stderr.contains(name), "\(command): \(result.stderr)")
                #expect(result.stderr.contains("dòng"), "names the line: \(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
            #expect(filesUnder(store) == before, "nothing in the store changed")
            try original.write(to: URL(fileURLWithPath: path))
        }
        #expect(try Dlxh.run(["check", "--store", store.path]).status == 0)
    }

    @Test("check passes on a sound store and reports broken references")
    func checkReferences() throws {
        let store = try Dlxh.demoStore(seed: 3)
        defer { Dlxh.remove(store) }
        let ok = try Dlxh.run(["check", "--store", store.path, "--lang", "en"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("Store is sound"))
        let rosterURL = store.appendingPathComponent("roster.json")
        let roster = try String(contentsOf: rosterURL, encoding: .utf8)
        try roster.replacingOccurrences(of: "\"id\" : \"bien-hoa\"", with: "\"id\" : \"bien-hoa-cu\"")
            .write(to: rosterURL, atomically: true, encoding: .utf8)
        let broken = try Dlxh.run(["check", "--store", store.path, "--lang", "en"])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("unit bien-hoa is not on the roster"))
    }

    @Test("help and errors speak the chosen language, errors in one line")
    func languages() throws {
        let vi = try Dlxh.run(["--help"])
        #expect(vi.status == 0)
        #expect(vi.stdout.contains("CÁCH DÙNG") && vi.stdout.contains("Tình hình nộp báo cáo"))
        let en = try Dlxh.run(["--help", "--lang", "en"])
        #expect(en.stdout.contains("USAGE") && en.stdout.contains("Submission status"))
        let envEN = try Dlxh.run(["status", "--help"], environment: ["DLXH_LANG": "en"])
        #expect(envEN.stdout.contains("Period: YYYY-MM (month)"))
        let missing = try Dlxh.run(["status", "--store", "/nonexistent/dlxh"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "dlxh: lỗi: không có thư mục /nonexistent/dlxh, nên không có kho dữ liệu dlxh ở đó (tạo kho mẫu: dlxh demo --store /nonexistent/dlxh)\n")
        let badDate = try Dlxh.run(["status", "--store", "/tmp", "--today", "2026-02-30", "--lang", "en"])
        #expect(badDate.stderr == "dlxh: error: --today: invalid date \"2026-02-30\" (expected YYYY-MM-DD, years 1900…2200)\n")
        let version = try Dlxh.run(["--version"])
        #expect(version.stdout.hasPrefix("dlxh "))
    }

    @Test("status prints a table by default and CSV with a byte-order mark")
    func statusFormats() throws {
        let store = try Dlxh.demoStore(seed: 1)
        defer { Dlxh.remove(store) }
        let table = try Dlxh.run(["status", "--store", store.path, "--today", "2026-11-24", "--period", "2026-10"])
        #expect(table.stdout.hasPrefix("Tháng 10/2026\n"))
        #expect(table.stdout.contains(try Dlxh.unitName(store, "bien-hoa")))
        let ended = try Dlxh.unitName(store, "ldld-bien-hoa")
        #expect(table.stdout.split(separator: "\n").contains { $0.contains(ended) && $0.contains("Không phải nộp") }, "a unit ended in 2025 owes nothing in 2026")
        #expect(table.stdout.contains("Đã nộp"))
        let csv = try Dlxh.run(["status", "--store", store.path, "--today", "2026-11-24", "--format", "csv"])
        #expect(csv.stdoutData.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.stdout.contains("unit,name,state,receivedOn,daysLate\r\n"))
    }
}

func daysBetween(_ a: String, _ b: String) -> Int {
    let f = DateFormatter()
    f.dateFormat = "yyyy-MM-dd"
    f.timeZone = TimeZone(identifier: "UTC")
    return Int((f.date(from: b)!.timeIntervalSince(f.date(from: a)!) / 86_400).rounded())
}

@Suite("The key reference")
struct KeyReferenceTests {
    @Test("Docs/KEYS.md is exactly what the key tables generate (regenerate: dlxh keys > Docs/KEYS.md)")
    func upToDate() throws {
        let generated = try Dlxh.run(["keys"])
        let committed = try String(contentsOf: Dlxh.packageRoot.appendingPathComponent("Docs/KEYS.md"), encoding: .utf8)
        #expect(generated.stdout == committed)
        #expect(committed.contains("| `Ctrl-S` | Lưu |") && committed.contains("| `Ctrl-S` | Save |"))
    }
}
