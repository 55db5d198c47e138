import DLXHDomain
import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `dlxh guidance`, `dlxh return` and `--fail-if-overdue`, checked from outside against the
/// exact command-line contract.
@Suite("dlxh guidance and dlxh return on the command line")
struct GuidanceCommandTests {
    static let today = "2026-11-24"

    /// A demo store and two item references of reports from two different units.
    static func setUp() throws -> (store: URL, refs: [String], units: [String]) {
        let store = try Dlxh.demoStore(seed: 1, today: today)
        let exported = try Dlxh.run(["export", "--store", store.path, "--today", today, "--format", "json"])
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        var refs: [String] = []
        var units: [String] = []
        for report in reports.sorted(by: { ($0["id"] as! String) < ($1["id"] as! String) }) {
            let items = report["items"] as! [[String: Any]]
            let unit = report["unitID"] as! String
            guard let first = items.first, !units.contains(unit) else { continue }
            refs.append("\(report["id"] as! String)/\(first["id"] as! String)")
            units.append(unit)
            if refs.count == 2 { break }
        }
        return (store, refs, units)
    }

    static func common(_ store: URL, today: String = today) -> [String] { ["--store", store.path, "--today", today] }

    static func add(_ store: URL, _ refs: [String], due: String? = "2026-11-30", extra: [String] = []) throws -> String {
        var args = ["guidance", "add", "--number", "45-CV/BTGDV", "--date", "2026-11-20", "--issuer", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "--text", "Tuyên truyền chính sách tiền lương mới", "--items", refs.joined(separator: ",")] + extra
        if let due { args += ["--due", due] }
        let result = try Dlxh.run(args + common(store))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("add prints just the id; list JSON has exactly the contract's keys; relay and ack fill units; export shows step 4")
    func contract() throws {
        let (store, refs, units) = try Self.setUp()
        defer { Dlxh.remove(store) }
        let printed = try Self.add(store, refs, extra: ["--owner", "Lê Hà"])
        #expect(printed == "G-2026-001\n")

        var list = try Dlxh.run(["guidance", "list", "--format", "json"] + Self.common(store))
        #expect(list.status == 0, "\(list.stderr)")
        var rows = try jsonObject(list.stdoutData) as! [[String: Any]]
        #expect(rows.count == 1)
        #expect(Set(rows[0].keys) == ["id", "number", "date", "issuer", "text", "owner", "items", "due", "units"])
        #expect(rows[0]["id"] as? String == "G-2026-001" && rows[0]["number"] as? String == "45-CV/BTGDV")
        #expect(rows[0]["date"] as? String == "2026-11-20" && rows[0]["due"] as? String == "2026-11-30")
        #expect(rows[0]["owner"] as? String == "Lê Hà" && rows[0]["items"] as? [String] == refs)
        #expect((rows[0]["units"] as? [Any])?.isEmpty == true)

        let relay = try Dlxh.run(["guidance", "relay", "G-2026-001"] + Self.common(store))
        #expect(relay.status == 0, "\(relay.stderr)")
        let ack = try Dlxh.run(["guidance", "ack", "G-2026-001", "--unit", units[1], "--note", "Đã tuyên truyền"] + Self.common(store, today: "2026-11-26"))
        #expect(ack.status == 0, "\(ack.stderr)")

        list = try Dlxh.run(["guidance", "list", "--format", "json"] + Self.common(store, today: "2026-12-01"))
        rows = try jsonObject(list.stdoutData) as! [[String: Any]]
        let relayed = rows[0]["units"] as! [[String: Any]]
        #expect(relayed.map { $0["unit"] as? String } == units)
        for row in relayed { #expect(Set(row.keys) == ["unit", "relayedOn", "acknowledgedOn", "overdue"]) }
        #expect(relayed[0]["relayedOn"] as? String == "2026-11-24")
        #expect(relayed[0]["acknowledgedOn"] is NSNull && relayed[0]["overdue"] as? Bool == true)
        #expect(relayed[1]["acknowledgedOn"] as? String == "2026-11-26" && relayed[1]["overdue"] as? Bool == false)

        // Guidance without an owner or a due date: null, not missing.
        #expect(try Self.add(store, [refs[0]], due: nil) == "G-2026-002\n")
        rows = try jsonObject(try Dlxh.run(["guidance", "list", "--format", "json"] + Self.common(store)).stdoutData) as! [[String: Any]]
        #expect(rows[1]["owner"] is NSNull && rows[1]["due"] is NSNull)

        let exported = try Dlxh.run(["export", "--format", "json"] + Self.common(store))
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        for ref in refs {
            let parts = ref.split(separator: "/").map(String.init)
            let report = try #require(reports.first { $0["id"] as? String == parts[0] })
            let item = try #require((report["items"] as! [[String: Any]]).first { $0["id"] as? String == parts[1] })
            #expect(item["step"] as? Int == 4 && item["stepNote"] as? String == "45-CV/BTGDV")
        }
        let check = try Dlxh.run(["check"] + Self.common(store))
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("--fail-if-overdue: 0 up to the due day, 1 the day after, 0 once every unit acknowledged")
    func failIfOverdue() throws {
        let (store, refs, units) = try Self.setUp()
        defer { Dlxh.remove(store) }
        _ = try Self.add(store, refs)
        #expect(try Dlxh.run(["guidance", "list", "--fail-if-overdue"] + Self.common(store, today: "2026-12-01")).status == 0, "nothing relayed yet")
        #expect(try Dlxh.run(["guidance", "relay", "G-2026-001"] + Self.common(store)).status == 0)
        for (day, status) in [("2026-11-29", 0), ("2026-11-30", 0), ("2026-12-01", 1)] {
            let result = try Dlxh.run(["guidance", "list", "--fail-if-overdue"] + Self.common(store, today: day))
            #expect(result.status == Int32(status), "\(day): \(result.stderr)")
            let json = try Dlxh.run(["guidance", "list", "--format", "json", "--fail-if-overdue"] + Self.common(store, today: day))
            #expect(json.status == Int32(status), "\(day)")
            #expect((try? jsonObject(json.stdoutData)) is [Any], "the list is printed whatever the status")
        }
        #expect(try Dlxh.run(["guidance", "list"] + Self.common(store, today: "2026-12-01")).status == 0, "without the flag")
        for unit in units { #expect(try Dlxh.run(["guidance", "ack", "G-2026-001", "--unit", unit] + Self.common(store)).status == 0) }
        #expect(try Dlxh.run(["guidance", "list", "--fail-if-overdue"] + Self.common(store, today: "2026-12-01")).status == 0)

        // Hot spots: the demo store has overdue alerts on 24/11/2026, none long before its first call.
        #expect(try Dlxh.run(["hotspots", "--fail-if-overdue"] + Self.common(store)).status == 1)
        #expect(try Dlxh.run(["hotspots"] + Self.common(store)).status == 0)
        #expect(try Dlxh.run(["hotspots", "--fail-if-overdue", "--format", "json"] + Self.common(store, today: "2020-01-01")).status == 0)
    }

    @Test("bad input: one line in the chosen language, status 1, the store unchanged to the byte")
    func badInput() throws {
        let (store, refs, units) = try Self.setUp()
        defer { Dlxh.remove(store) }
        _ = try Self.add(store, refs)
        #expect(try Dlxh.run(["guidance", "relay", "G-2026-001", "--units", units[0]] + Self.common(store)).status == 0)
        let before = filesUnder(store)
        func add(_ changes: [String: String]) -> [String] {
            var options = ["--number": "1-CV", "--date": "2026-11-20", "--issuer": "Tỉnh ủy", "--text": "Nội dung", "--items": refs[0]]
            options.merge(changes) { $1 }
            return ["guidance", "add"] + options.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
        }
        let cases: [(label: String, args: [String], vi: String, en: String)] = [
            ("unknown item", add(["--items": refs[0] + "9"]), "không có luồng ý kiến", "no opinion item"),
            ("unknown report", add(["--items": "R-2026-10-9999/i1"]), "không có luồng ý kiến", "no opinion item"),
            ("malformed ref", add(["--items": "R-2026-10-0001"]), "tham chiếu không hợp lệ", "invalid reference"),
            ("impossible date", add(["--date": "2026-02-30"]), "ngày không hợp lệ", "invalid date"),
            ("year before 1900", add(["--date": "1899-12-31"]), "ngày không hợp lệ", "invalid date"),
            ("year after 2200", add(["--due": "2201-01-01"]), "ngày không hợp lệ", "invalid date"),
            ("not a date", add(["--date": "20/11/2026"]), "ngày không hợp lệ", "invalid date"),
            ("due before date", add(["--due": "2026-11-19"]), "trước ngày của văn bản", "before the guidance date"),
            ("empty text", add(["--text": " "]), "không được để trống", "must not be empty"),
            ("relay of unknown guidance", ["guidance", "relay", "G-2026-099"], "không có văn bản định hướng", "no guidance"),
            ("relay to an unknown unit", ["guidance", "relay", "G-2026-001", "--units", "khong-co"], "không có đơn vị", "no unit"),
            ("ack by a unit not relayed to", ["guidance", "ack", "G-2026-001", "--unit", units[1]], "chưa được chuyển đến đơn vị", "was not relayed to unit"),
            ("ack by an unknown unit", ["guidance", "ack", "G-2026-001", "--unit", "khong-co"], "không có đơn vị", "no unit"),
            ("ack of unknown guidance", ["guidance", "ack", "G-2031-001", "--unit", units[0]], "không có văn bản định hướng", "no guidance"),
            ("return of an unknown report", ["return", "R-2026-10-9999", "--reason", "Thiếu"], "không có báo cáo", "no report"),
            ("return without a reason", ["return", refs[0].components(separatedBy: "/")[0], "--reason", " "], "không được để trống", "must not be empty"),
            ("relay recorded on a day out of range", ["guidance", "relay", "G-2026-001", "--today", "2201-01-02"], "--today: ngày không hợp lệ", "--today: invalid date"),
            ("ack recorded on a day out of range", ["guidance", "ack", "G-2026-001", "--unit", units[0], "--today", "1899-01-01"], "--today: ngày không hợp lệ", "--today: invalid date"),
            ("a letter that cannot be written", ["guidance", "relay", "G-2026-001", "--units", units[1], "-o", "/nonexistent-dlxh/cong-van.md"], "/nonexistent-dlxh/cong-van.md", "/nonexistent-dlxh/cong-van.md"),
        ]
        for c in cases {
            for (lang, phrase) in [("vi", c.vi), ("en", c.en)] {
                let base = c.args.contains("--today") ? ["--store", store.path] : Self.common(store)
                let result = try Dlxh.run(c.args + base + ["--lang", lang])
                #expect(result.status == 1, "\(c.label) \(lang): \(result.status) \(result.stderr)")
                #expect(result.stdout.isEmpty, "\(c.label) \(lang)")
                let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
                #expect(lines.count == 1, "\(c.label) \(lang): \(result.stderr)")
                #expect(result.stderr.hasPrefix(lang == "vi" ? "dlxh: lỗi: " : "dlxh: error: "), "\(c.label): \(result.stderr)")
                #expect(result.stderr.contains(phrase), "\(c.label) \(lang): \(result.stderr)")
                #expect(filesUnder(store) == before, "\(c.label) \(lang) changed the store")
            }
        }
    }

    @Test("the relay letter: quốc hiệu, tiêu ngữ, số, V/v, Kính gửi the units, Nơi nhận, in md and txt; docx a zip with them in word/document.xml")
    func relayLetter() throws {
        let (store, refs, units) = try Self.setUp()
        defer { Dlxh.remove(store) }
        _ = try Self.add(store, refs)
        let folder = store.deletingLastPathComponent()
        let roster = try jsonObject(Data(contentsOf: store.appendingPathComponent("roster.json"))) as! [String: Any]
        let names = units.map { id in ((roster["units"] as! [[String: Any]]).first { $0["id"] as? String == id }!["name"] as! String) }
        let parts = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "V/v", "Kính gửi:", "Nơi nhận:",
            "45-CV/BTGDV", "Tuyên truyền chính sách tiền lương mới"] + names

        var texts: [String: String] = [:]
        for format in ["md", "txt"] {
            let file = folder.appendingPathComponent("cong-van.\(format)")
            let result = try Dlxh.run(["guidance", "relay", "G-2026-001", "--format", format, "-o", file.path] + Self.common(store))
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: file, encoding: .utf8)
            texts[format] = text
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "\\", with: "")
            for part in parts { #expect(flat.contains(part), "\(format): \(part)") }
        }
        // The addressees come before the body, the recipients after it.
        let txt = try #require(texts["txt"])
        let addressed = try #require(txt.range(of: "Kính gửi:"))
        let recipients = try #require(txt.range(of: "Nơi nhận:"))
        #expect(addressed.lowerBound < recipients.lowerBound)
        for name in names { #expect(txt[addressed.upperBound...].contains("- \(name)")) }

        let docx = folder.appendingPathComponent("cong-van.docx")
        let result = try Dlxh.run(["guidance", "relay", "G-2026-001", "-o", docx.path] + Self.common(store))
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: docx)
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a zip")
        let archive = try Archive(url: docx, accessMode: .read)
        var document = Data()
        let entry = try #require(archive["word/document.xml"])
        _ = try archive.extract(entry) { document.append($0) }
        #expect(XMLParser(data: document).parse(), "word/document.xml is well-formed")
        let text = WordText.of(document)
        for part in parts { #expect(text.contains(part), "docx: \(part)") }

        // Relaying again (to make the letters) did not relay twice.
        let rows = try jsonObject(try Dlxh.run(["guidance", "list", "--format", "json"] + Self.common(store)).stdoutData) as! [[String: Any]]
        #expect((rows[0]["units"] as! [Any]).count == 2)
    }

    @Test("the relay letter converts to PDF with LibreOffice", .enabled(if: ReportTests.libreOffice != nil, "LibreOffice is not installed"))
    func relayLetterConverts() throws {
        let (store, refs, _) = try Self.setUp()
        defer { Dlxh.remove(store) }
        _ = try Self.add(store, refs)
        let folder = store.deletingLastPathComponent()
        let file = folder.appendingPathComponent("cong-van.docx")
        #expect(try Dlxh.run(["guidance", "relay", "G-2026-001", "-o", file.path] + Self.common(store)).status == 0)
        let office = Process()
        office.executableURL = URL(fileURLWithPath: ReportTests.libreOffice!)
        office.arguments = ["-env:UserInstallation=file://\(folder.path)/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path, file.path]
        office.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"]
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        let deadline = Date(timeIntervalSinceNow: 180)
        while office.isRunning && Date() < deadline { usleep(100_000) }
        if office.isRunning {
            office.terminate()
            Issue.record("LibreOffice did not finish within 180 s")
            return
        }
        #expect(office.terminationStatus == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("cong-van.pdf")).prefix(5) == Data("%PDF-".utf8))
    }

    @Test("return: stored on the report, audited, the letter written; the consolidated report names guidance not acknowledged")
    func returnAndReport() throws {
        let (store, refs, units) = try Self.setUp()
        defer { Dlxh.remove(store) }
        let reportID = refs[0].components(separatedBy: "/")[0]
        let letter = store.deletingLastPathComponent().appendingPathComponent("bo-sung.txt")
        let result = try Dlxh.run(["return", reportID, "--reason", "Thiếu số liệu nợ lương", "-o", letter.path] + Self.common(store))
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: letter, encoding: .utf8)
        #expect(text.contains("V/v đề nghị bổ sung báo cáo") && text.contains("Thiếu số liệu nợ lương") && text.contains("Kính gửi:"))
        let exported = try Dlxh.run(["export", "--format", "json"] + Self.common(store))
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        let returned = try #require(reports.first { $0["id"] as? String == reportID })
        let request = try #require(returned["returnedForMore"] as? [String: Any])
        #expect(request["on"] as? String == Self.today && request["reason"] as? String == "Thiếu số liệu nợ lương")

        _ = try Self.add(store, refs)
        #expect(try Dlxh.run(["guidance", "relay", "G-2026-001"] + Self.common(store)).status == 0)
        #expect(try Dlxh.run(["guidance", "ack", "G-2026-001", "--unit", units[0]] + Self.common(store)).status == 0)
        let report = try Dlxh.run(["report", "--period", "2026-11", "--format", "md"] + Self.common(store, today: "2026-12-02"))
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("## VII. PHẢN HỒI THÔNG TIN (BƯỚC 4)"))
        let line = try #require(report.stdout.split(separator: "\n").first { $0.contains("45-CV/BTGDV") })
        #expect(line.contains("đã chuyển đến 2 đơn vị, 1 đơn vị đã xác nhận") && line.contains("Chưa xác nhận:") && line.contains("quá hạn 2 ngày"))
        let october = try Dlxh.run(["report", "--period", "2026-10", "--format", "md"] + Self.common(store))
        #expect(october.status == 0 && !october.stdout.contains("BƯỚC 4"), "nothing relayed in October")
    }
}
