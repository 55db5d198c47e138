import DLXHDomain
import DLXHReport
import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `dlxh report` and `dlxh matrix` from outside: every figure of the consolidated report is
/// checked against `dlxh status` and `dlxh export`, counted here independently.
@Suite("The consolidated report on the command line")
struct ReportTests {
    static let today = "2026-11-24"
    static let headingsVI = [
        "I. TÌNH HÌNH CHUNG", "II. CÁC LUỒNG Ý KIẾN, DƯ LUẬN XÃ HỘI THEO CHỦ ĐỀ", "III. TÌNH HÌNH QUAN HỆ LAO ĐỘNG, ĐIỂM NÓNG",
        "IV. TIN ĐỒN, THÔNG TIN SAI SỰ THẬT VÀ VIỆC XỬ LÝ", "V. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO", "VI. KIẾN NGHỊ, ĐỀ XUẤT",
    ]

    @Test("October on the demo store: sections I–VI, and counts that agree with status and export")
    func markdownAgreesWithStatusAndExport() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let common = ["--store", store.path, "--today", Self.today, "--period", "2026-10"]
        let report = try Dlxh.run(["report", "--format", "md"] + common)
        #expect(report.status == 0, "\(report.stderr)")
        let md = report.stdout
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        // The document's frame: header, title, the six sections in order, signature.
        #expect(md.contains("TỔNG LĐLĐ VIỆT NAM") && md.contains("LĐLĐ TỈNH ĐỒNG NAI"))
        #expect(md.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && md.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(md.contains("Số: …/BC-LĐLĐ") && md.contains("Đồng Nai, ngày 24 tháng 11 năm 2026"))
        #expect(md.contains("# BÁO CÁO"))
        #expect(md.contains("Tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ tháng 10/2026"))
        let positions = Self.headingsVI.map { heading in lines.firstIndex(of: "## \(heading)") }
        #expect(positions.allSatisfy { $0 != nil }, "every section heading: \(positions)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "in order")
        #expect(md.contains("**Nơi nhận:**") && md.contains("**Nguyễn Văn Thành**"))

        // V. On time, late, missing: the same units as `dlxh status` for the month.
        let status = try Dlxh.run(["status", "--format", "json"] + common)
        let rows = try jsonObject(status.stdoutData) as! [[String: Any]]
        for (state, label) in [("onTime", "Đơn vị báo cáo đúng hạn"), ("late", "Đơn vị báo cáo muộn"), ("missing", "Đơn vị chưa báo cáo")] {
            let names = rows.filter { $0["state"] as? String == state }.map { $0["name"] as! String }
            let line = try #require(lines.first { $0.hasPrefix("- \(label) (") }, "no line for \(state)")
            #expect(line.hasPrefix("- \(label) (\(names.count)):"), "\(line)")
            for name in names { #expect(line.contains(name), "\(name) under \(state)") }
        }
        #expect(rows.contains { $0["state"] as? String == "late" } && rows.contains { $0["state"] as? String == "missing" })
        let expected = rows.filter { $0["state"] as? String != "notRequired" }.count
        let submitted = rows.filter { ["onTime", "late"].contains($0["state"] as? String) }.count
        #expect(md.contains("Số đơn vị phải báo cáo: \(expected); đã nộp \(submitted) đơn vị"))

        // I. Reports, units and items: counted here from the export of the same month.
        let export = try Dlxh.run(["export", "--format", "json"] + common)
        let reports = (try jsonObject(export.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        let units = Set(reports.map { $0["unitID"] as! String })
        let items = reports.flatMap { $0["items"] as! [[String: Any]] }
        let included = items.filter { item in
            let inclusion = item["inclusion"] as! String
            return inclusion == "include" || (inclusion == "automatic" && (item["step"] as! Int) > 1)
        }
        func kind(_ k: String) -> Int { reports.filter { $0["kind"] as? String == k }.count }
        #expect(reports.count > 10 && included.count > 0 && included.count < items.count)
        #expect(md.contains("đã nhận \(reports.count) báo cáo tháng 10/2026 của \(units.count) đơn vị"))
        #expect(md.contains("(\(kind("periodic")) báo cáo định kỳ"))
        #expect(md.contains("Các báo cáo phản ánh \(items.count) ý kiến; trong đó \(included.count) ý kiến"))
        #expect(md.contains(", \(items.count - included.count) ý kiến không đưa vào báo cáo này"))

        // II. The topic streams together hold every included item that is opinion, once: not the
        // rumours and items found untrue (IV), not the items of a hot spot (III).
        let spots = (try jsonObject(Data(contentsOf: store.appendingPathComponent("hotspots/2026.json"))) as! [String: Any])["hotSpots"] as! [[String: Any]]
        var ofHotSpot = Set<String>()
        var rapidOfHotSpot = Set<String>()
        for spot in spots {
            for link in spot["linkedItems"] as? [[String: Any]] ?? [] {
                ofHotSpot.insert("\(link["reportID"] as! String)/\(link["itemID"] as! String)")
            }
            for id in spot["linkedReports"] as? [String] ?? [] { rapidOfHotSpot.insert(id) }
            if let written = spot["writtenReport"] as? [String: Any], let id = written["reportID"] as? String { rapidOfHotSpot.insert(id) }
        }
        var opinionCount = 0
        for r in reports {
            let id = r["id"] as! String
            for item in r["items"] as! [[String: Any]] {
                let inclusion = item["inclusion"] as! String
                guard inclusion == "include" || (inclusion == "automatic" && (item["step"] as! Int) > 1) else { continue }
                if item["nature"] as? String == "rumour" || item["verification"] as? String == "untrue" { continue }
                if ofHotSpot.contains("\(id)/\(item["id"] as! String)") { continue }
                if r["kind"] as? String == "rapid" && rapidOfHotSpot.contains(id) { continue }
                opinionCount += 1
            }
        }
        let streamCounts = lines.compactMap { line -> Int? in
            guard line.hasPrefix("Có "), let end = line.range(of: " ý kiến của ") else { return nil }
            return Int(line[line.index(line.startIndex, offsetBy: 3)..<end.lowerBound])
        }
        #expect(streamCounts.reduce(0, +) == opinionCount)
        #expect(opinionCount > 0 && opinionCount < included.count)

        // The appendix lists exactly the exported reports, with their included/total items.
        for r in reports {
            let id = r["id"] as! String
            let its = r["items"] as! [[String: Any]]
            let inc = its.filter { ($0["inclusion"] as! String) == "include" || (($0["inclusion"] as! String) == "automatic" && ($0["step"] as! Int) > 1) }
            #expect(lines.contains { $0.contains("| \(id) | \(inc.count)/\(its.count) |") }, "appendix row for \(id)")
        }
        #expect(lines.filter { $0.contains("| R-") }.count == reports.count)

        // III. Hot spots phoned in during October, read from the store's own file.
        let hotSpots = (try jsonObject(Data(contentsOf: store.appendingPathComponent("hotspots/2026.json"))) as! [String: Any])["hotSpots"] as! [[String: Any]]
        let october = hotSpots.filter { ($0["phonedInAt"] as! String).hasPrefix("2026-10-") }
        #expect(!october.isEmpty)
        #expect(md.contains("phát sinh \(october.count) vụ việc điểm nóng về quan hệ lao động"))
        for spot in october { #expect(md.contains(spot["title"] as! String)) }
    }

    @Test("the third quarter on the demo is a synthesis of July to September, months compared")
    func quarterOnTheDemo() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let q3 = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-Q3", "--format", "md"])
        #expect(q3.status == 0, "\(q3.stderr)")
        #expect(!q3.stdout.contains("Chưa nhận được báo cáo") && !q3.stdout.contains("Chưa có ý kiến nào"))
        #expect(q3.stdout.contains("So sánh giữa các tháng: tháng 7/2026: ") && q3.stdout.contains("; tháng 9/2026: "))
        #expect(q3.stdout.contains("cho các tháng trong quý III/2026"))
        let september = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-09", "--format", "md"])
        // The quarter holds at least September's reports.
        let count = { (text: String, prefix: String) -> Int? in
            guard let r = text.range(of: prefix) else { return nil }
            return Int(text[r.upperBound...].prefix { $0.isNumber })
        }
        let quarterReports = try #require(count(q3.stdout, "đã nhận "))
        let septemberReports = try #require(count(september.stdout, "đã nhận "))
        #expect(quarterReports > septemberReports)
    }

    @Test("the same store gives the same report and streams in every run (no order from hashing)")
    func sameEveryRun() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        for command in [["report", "--period", "2026-10", "--format", "md"], ["streams", "--period", "2026-Q3", "--format", "json"]] {
            let runs = try (0..<3).map { _ in try Dlxh.run(command + ["--store", store.path, "--today", Self.today]).stdout }
            #expect(!runs[0].isEmpty && runs[1] == runs[0] && runs[2] == runs[0], "\(command[0]) differs between runs")
        }
    }

    @Test("Markdown, plain text and DOCX carry the same sections; English translates the headings")
    func formatsAgree() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let common = ["--store", store.path, "--today", Self.today, "--period", "2026-10"]
        let txt = try Dlxh.run(["report", "--format", "txt"] + common)
        #expect(txt.status == 0, "\(txt.stderr)")
        for heading in Self.headingsVI { #expect(txt.stdout.contains("\n\(heading)\n"), "\(heading)") }
        #expect(txt.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "wrapped to 80 columns")
        let unwrapped = txt.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let md = try Dlxh.run(["report", "--format", "md"] + common).stdout
        let sentence = try #require(md.split(separator: "\n").first { $0.hasPrefix("Các báo cáo phản ánh") })
        #expect(unwrapped.contains(sentence), "the same sentence in both")

        let en = try Dlxh.run(["report", "--format", "md", "--lang", "en"] + common)
        #expect(en.stdout.contains("## I. THE OVERALL SITUATION") && en.stdout.contains("## VI. PROPOSALS"))
        #expect(en.stdout.contains("SOCIALIST REPUBLIC OF VIET NAM"))
    }

    @Test("DOCX: a valid package, every XML part well-formed, A4 Times New Roman, the title and sections in it")
    func docxIsWellFormed() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let file = store.deletingLastPathComponent().appendingPathComponent("bao-cao-10-2026.docx")
        let result = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-10", "--format", "docx", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let archive = try Archive(url: file, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            #expect(parts[required] != nil, "\(required)")
        }
        for (path, data) in parts {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
        let document = try #require(parts["word/document.xml"])
        let text = WordText.of(document)
        #expect(text.contains("BÁO CÁO"))
        #expect(text.contains("Tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ tháng 10/2026"))
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && text.contains("Đồng Nai, ngày 24 tháng 11 năm 2026"))
        for heading in Self.headingsVI { #expect(text.contains(heading), "\(heading)") }
        let xml = String(decoding: document, as: UTF8.self)
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(#"w:left="1701""#), "a 3 cm left margin")
        #expect(String(decoding: parts["word/styles.xml"]!, as: UTF8.self).contains(#"w:ascii="Times New Roman""#))
        // Page numbers from page 2: a PAGE field in the default header, none on the first page.
        let header = String(decoding: try #require(parts["word/header1.xml"]), as: UTF8.self)
        #expect(header.contains("> PAGE <") && header.contains(#"<w:jc w:val="center"/>"#))
        #expect(xml.contains(#"<w:headerReference w:type="default" r:id="rId2"/>"#) && xml.contains("<w:titlePg/>"))
        let relationships = String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self)
        #expect(relationships.contains(#"Id="rId2""#) && relationships.contains(#"Target="header1.xml""#))
        #expect(String(decoding: parts["[Content_Types].xml"]!, as: UTF8.self).contains(#"PartName="/word/header1.xml""#))
        // The short rule under the trích yếu: an empty bordered paragraph right after the subject.
        let subject = try #require(xml.range(of: "CNVCLĐ tháng 10/2026</w:t>"))
        let afterSubject = xml[subject.upperBound...].prefix(400)
        #expect(afterSubject.contains(#"<w:top w:val="single""#), "a rule under the subject")
        #expect(text.contains("(Kèm theo Báo cáo số …/BC-LĐLĐ, ngày 24/11/2026)"))
    }

    static let libreOffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("DOCX converts to PDF with LibreOffice", .enabled(if: libreOffice != nil, "LibreOffice is not installed"))
    func docxConvertsToPDF() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        let file = folder.appendingPathComponent("report.docx")
        let result = try Dlxh.run(["report", "--store", store.path, "--today", Self.today, "--period", "2026-10", "--format", "docx", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let office = Process()
        office.executableURL = URL(fileURLWithPath: Self.libreOffice!)
        // A profile of its own, so the test neither needs nor touches the user's.
        office.arguments = [
            "-env:UserInstallation=file://\(folder.path)/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path, file.path,
        ]
        office.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"]
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        // A converter that hangs must not hang the test run.
        let deadline = Date(timeIntervalSinceNow: 180)
        while office.isRunning && Date() < deadline { usleep(100_000) }
        if office.isRunning {
            office.terminate()
            Issue.record("LibreOffice did not finish within 180 s")
            return
        }
        #expect(office.terminationStatus == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("report.pdf"))
        #expect(pdf.count > 10_000)
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
    }

    @Test("matrix CSV: units × 12 months with a BOM, each cell what status says for that unit and month")
    func matrixCSV() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let result = try Dlxh.run(["matrix", "--store", store.path, "--today", Self.today, "--months", "12", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutData.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let rows = String(decoding: result.stdoutData.dropFirst(3), as: UTF8.self)
            .split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let months = (0..<12).map { i in String(format: "%04d-%02d", i < 1 ? 2025 : 2026, i < 1 ? 12 : i) }
        #expect(rows[0] == ["unit", "name"] + months)
        for month in ["2026-03", "2026-10", "2026-11"] {
            let status = try Dlxh.run(["status", "--store", store.path, "--today", Self.today, "--period", month, "--format", "json"])
            let states = try jsonObject(status.stdoutData) as! [[String: Any]]
            #expect(rows.count - 1 == states.count)
            let column = rows[0].firstIndex(of: month)!
            for (row, state) in zip(rows.dropFirst(), states) {
                #expect(row[0] == state["unit"] as? String)
                #expect(row[column] == state["state"] as? String, "\(row[0]) \(month)")
            }
        }
    }
}

/// The text of a WordprocessingML document: its `w:t` runs, paragraphs on their own lines.
final class WordText: NSObject, XMLParserDelegate {
    private var text = ""
    private var inText = false

    static func of(_ data: Data) -> String {
        let collector = WordText()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.parse()
        return collector.text
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "w:t" { inText = true }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
        if name == "w:p" { text += "\n" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }
}

/// The report model on a small dataset made by hand: each rule of what is counted, once.
@Suite("The consolidated report model")
struct ConsolidatedReportModelTests {
    static let october = Period.month(2026, 10)
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let at = Moment(day: Day(year: 2026, month: 10, day: 15)!, hour: 9)

    static func item(_ id: String, _ topic: String, _ content: String, step: HandlingStep = .classify,
        inclusion: Inclusion = .automatic, nature: Nature = .publicOpinion, verification: Verification = .unverified,
        proposal: String = "", to: String = "") -> OpinionItem {
        OpinionItem(id: id, topic: topic, content: content, attitude: "worried", nature: nature, verification: verification,
            proposal: proposal, proposalTo: to, step: step, inclusion: inclusion)
    }

    static func report(_ id: String, _ unit: String, _ period: Period = october, kind: ReportKind = .periodic,
        received: Int = 15, archived: Bool = false, items: [OpinionItem]) -> Report {
        Report(id: id, unitID: unit, period: period, kind: kind, receivedOn: Day(year: 2026, month: period.index, day: received)!,
            archived: archived, items: items, createdAt: at, createdBy: "test")
    }

    static let dataset: Dataset = {
        let founded = Day(year: 2020, month: 1, day: 1)!
        let units = [
            ReportingUnit(id: "a", name: "LĐLĐ huyện A", kind: .districtFederation, activeFrom: founded),
            ReportingUnit(id: "b", name: "LĐLĐ huyện B", kind: .districtFederation, activeFrom: founded),
            ReportingUnit(id: "c", name: "Công đoàn ngành C", kind: .sectorUnion, activeFrom: founded),
        ]
        let reports = [
            report("R-2026-10-0001", "a", items: [
                item("i1", "wages", "Lương chậm trả", proposal: "Đề nghị kiểm tra việc trả lương", to: "Sở Nội vụ"),
                item("i2", "wages", "Chưa phân loại", step: .select),
                item("i3", "jobs", "Bị loại trừ", inclusion: .exclude),
            ]),
            // Archived, late and ad hoc reports count; so does a step-1 item marked for inclusion.
            report("R-2026-10-0002", "b", received: 25, archived: true, items: [
                item("i1", "wages", "LƯƠNG chậm  trả", proposal: "Đề nghị kiểm tra việc trả lương", to: "sở nội vụ"),
                item("i2", "hostileInfo", "Tin đồn doanh nghiệp đóng cửa", step: .select, inclusion: .include, nature: .rumour),
            ]),
            report("R-2026-10-0003", "b", kind: .adHoc, items: [
                item("i1", "hostileInfo", "Tin đồn doanh nghiệp đóng cửa", step: .reportUp, nature: .rumour, verification: .untrue,
                    proposal: "Xử lý tài khoản đăng tin sai", to: ""),
            ]),
            // Another month's report is not counted.
            report("R-2026-09-0001", "c", .month(2026, 9), items: [item("i1", "wages", "Tháng trước")]),
        ]
        let spot = { (id: String, day: Int, month: Int, status: HotSpot.Status, ended: Day?) in
            HotSpot(id: id, title: "Ngừng việc \(id)", kind: .workStoppage, unitID: "a", enterprise: Enterprise(name: "Công ty \(id)"),
                workersInvolved: 100, endedAt: ended.map { Moment(day: $0, hour: 17) },
                phonedInAt: Moment(day: Day(year: 2026, month: month, day: day)!, hour: 8), phonedInBy: "x", status: status)
        }
        let hotSpots = [
            spot("HS-2026-001", 3, 10, .handling, nil),  // arising in October
            spot("HS-2026-002", 20, 9, .monitoring, nil),  // carried over, still open
            spot("HS-2026-003", 2, 9, .closed, Day(year: 2026, month: 10, day: 5)!),  // carried over, ended in October
            spot("HS-2026-004", 1, 8, .closed, Day(year: 2026, month: 8, day: 9)!),  // over before October
        ]
        return Dataset(configuration: Configuration(), units: units, reports: reports, hotSpots: hotSpots)
    }()

    @Test("counts only the period's reports, archived ones too, and states the excluded items")
    func counts() {
        let report = ConsolidatedReport.build(from: Self.dataset, period: Self.october, today: Self.today)
        // Roster order, then the order they arrived in: B's ad hoc report (15/10) before its late one (25/10).
        #expect(report.reports.map(\.id) == ["R-2026-10-0001", "R-2026-10-0003", "R-2026-10-0002"])
        #expect(report.reports.map(\.archived) == [false, false, true])
        #expect(report.reportingUnitIDs == ["a", "b"])
        #expect(report.items.total == 6 && report.items.included == 4 && report.items.excluded == 2)
        // The two rumours are told in section IV only, not as opinion by topic.
        #expect(report.streams.map(\.topic.id) == ["wages"])
        #expect(report.streams.map(\.items.count) == [2])
        #expect(report.items.opinion == 2 && report.items.rumours == 2 && report.items.hotSpot == 0)
    }

    @Test("the same words from several units are quoted once, naming every unit")
    func quotations() throws {
        let report = ConsolidatedReport.build(from: Self.dataset, period: Self.october, today: Self.today)
        let wages = report.streams.first { $0.topic.id == "wages" }!
        #expect(wages.representative.count == 1)
        #expect(wages.representative[0].unitNames == ["LĐLĐ huyện A", "LĐLĐ huyện B"])
        #expect(wages.representative[0].items.count == 2)
        let rumour = try #require(report.rumours.first)
        #expect(report.rumours.count == 1 && rumour.verification == .untrue && rumour.step == .reportUp)
    }

    @Test("proposals are grouped by addressee, whatever its case; an item found untrue proposes nothing")
    func proposals() {
        let report = ConsolidatedReport.build(from: Self.dataset, period: Self.october, today: Self.today)
        // The only proposal naming no addressee came with the rumour verified untrue: left out.
        #expect(report.proposals.map(\.addressee) == ["Sở Nội vụ"])
        #expect(report.proposals[0].proposals.count == 1 && report.proposals[0].proposals[0].unitNames.count == 2)
        let doc = ReportWording.document(report, language: .vi)
        #expect(doc.body.contains(.subheading("1. Đối với Sở Nội vụ:")))
        #expect(!doc.body.contains(.subheading("2. Kiến nghị chưa xác định nơi nhận:")))
    }

    @Test("hot spots: those phoned in during the period, and earlier ones still going when it began")
    func hotSpots() {
        let section = ConsolidatedReport.build(from: Self.dataset, period: Self.october, today: Self.today).hotSpots
        #expect(section.arising.map(\.hotSpot.id) == ["HS-2026-001"])
        #expect(section.carriedOver.map(\.hotSpot.id) == ["HS-2026-003", "HS-2026-002"])
        #expect(section.workersInvolved == 100)
    }

    @Test("submissions follow the status rules: on time, late (archived report), missing")
    func submissions() {
        let report = ConsolidatedReport.build(from: Self.dataset, period: Self.october, today: Self.today)
        #expect(report.submissions("onTime").map(\.unit.id) == ["a"])
        #expect(report.submissions("late").map(\.unit.id) == ["b"])
        #expect(report.submissions("missing").map(\.unit.id) == ["c"])
        let text = PlainTextRenderer(width: 60).lines(ReportWording.document(report, language: .vi))
        #expect(text.contains("- Đơn vị báo cáo muộn (1): LĐLĐ huyện B (muộn 5 ngày)."))
        #expect(text.allSatisfy { $0.count <= 60 })
    }

    @Test("a table too wide for the text is a line per row, an empty cell as '–', never two separators together")
    func narrowTable() {
        let table = ReportDocument.Table(
            headers: ["Loại văn bản", "Số", "Ngày nhận", "Đơn vị gửi"],
            rows: [["Đột xuất", "", "20/09/2026", "Công đoàn các Khu công nghiệp tỉnh Đồng Nai"], ["Định kỳ", "12/BC", "18/10/2026", "Công đoàn phường Biên Hòa"]])
        let document = ReportDocument(
            parentBody: "", issuer: "", number: "", country: "", motto: "", dateLine: "", kind: "", subject: "", body: [.table(table)],
            recipientsHeading: "", recipients: [], signatoryTitle: [], signatoryName: "", appendix: [])
        let lines = PlainTextRenderer(width: 40).lines(document)
        #expect(lines.joined(separator: "\n").contains("Đột xuất · – · 20/09/2026"), "\(lines)")
        #expect(!lines.contains { $0.contains("·  ·") })
        #expect(lines.allSatisfy { $0.count <= 40 })
    }

    @Test("unit text cannot inject Markdown or break the XML")
    func escaping() throws {
        var dataset = Self.dataset
        dataset.reports[0].items[0].content = "Lương <b>chậm</b> & *thưởng* | # hết"
        let doc = ReportOutput.document(dataset: dataset, period: Self.october, today: Self.today, language: .vi)
        let md = MarkdownRenderer.render(doc)
        #expect(md.contains(##"Lương \<b\>chậm\</b\> & \*thưởng\* \| \# hết"##))
        let data = try DocxWriter.data(doc, issuedOn: Self.today)
        let archive = try Archive(data: data, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { xml.append($0) }
        #expect(XMLParser(data: xml).parse())
        #expect(WordText.of(xml).contains("Lương <b>chậm</b> & *thưởng* | # hết"))
    }
}
