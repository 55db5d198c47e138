import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// No file, however hostile, crashes a reader or is taken in beyond the documented limits
/// (Docs/STORE.md, "Limits"): each is refused with one line naming the file and the place.
@Suite("Input limits: nesting, size, UTF-8, text lengths, counts and ids")
struct InputLimitsTests {
    private func damaged(_ body: () throws -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch let error as StoreError {
            return error
        } catch {
            return nil
        }
    }

    @Test("100,000 levels of [ or {\"a\": are refused at the 65th level with its line and column")
    func deepNesting() throws {
        for (open, width) in [("[", 1), ("{\"a\":", 5)] {
            let text = "\n" + String(repeating: open, count: 100_000)
            let error = damaged { _ = try JSONCodec.decode(ReportsFile.self, from: Data(text.utf8), file: "deep.json") }
            guard case .damaged(let file, let line, let column, _, .syntax(let reason))? = error else {
                Issue.record("not a damaged-file error: \(String(describing: error))")
                continue
            }
            #expect(file == "deep.json")
            #expect(line == 2)
            #expect(column == Limits.nestingDepth * width + 1)
            #expect(reason.contains("\(Limits.nestingDepth)"))
        }
        // The locator itself is bounded too, whoever calls it.
        let deep = [UInt8](String(repeating: "[", count: 100_000).utf8)
        #expect(JSONLocator.syntaxError(in: deep) != nil)
        #expect(JSONLocator.position(of: [.index(0), .index(0)], in: deep) != nil)
    }

    @Test("64 levels are still read")
    func nestingAtTheLimit() throws {
        let text = String(repeating: "[", count: Limits.nestingDepth) + String(repeating: "]", count: Limits.nestingDepth)
        #expect(throws: Never.self) { try JSONCodec.checkNesting([UInt8](text.utf8), file: "ok.json") }
        let over = "[" + text + "]"
        #expect(throws: StoreError.self) { try JSONCodec.checkNesting([UInt8](over.utf8), file: "over.json") }
    }

    @Test("bytes that are not UTF-8 are named by line and column, in an exchange file and a store file")
    func invalidUTF8HasAPlace() throws {
        var bytes = [UInt8]("{\n  \"schema\": \"dlxh.exchange\",\n  \"exportedBy\": \"ab".utf8)
        bytes += [0xFF, 0x22, 0x0A, 0x7D]
        let exchange = damaged { _ = try ExchangeFile.decode(Data(bytes), name: "x.json") }
        guard case .damaged(_, let line?, let column?, _, _)? = exchange else {
            Issue.record("no line and column: \(String(describing: exchange))")
            return
        }
        #expect(line == 3)
        #expect(column == 20)
        let store = damaged { _ = try JSONCodec.decode(ReportsFile.self, from: Data(bytes), file: "r.json") }
        guard case .damaged(_, 3, 20, _, _)? = store else {
            Issue.record("no line and column: \(String(describing: store))")
            return
        }
    }

    @Test("a file over the size limit is refused from its size alone")
    func sizeLimit() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let url = folder.url.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: url.path, contents: Data("{}".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 1 << 30)  // 1 GiB, sparse: costs nothing to make or to refuse
        try handle.close()
        let error = damaged { _ = try ExchangeFile.read(url, name: "huge.json") }
        #expect(error?.message(.en).contains("16 MiB") == true, "\(String(describing: error))")
        let small = folder.url.appendingPathComponent("small.json")
        FileManager.default.createFile(atPath: small.path, contents: Data("{}".utf8))
        #expect(try ExchangeFile.read(small, name: "small.json") == Data("{}".utf8))
    }

    private func exchangeText(_ mutate: (inout [String: Any]) -> Void) throws -> Data {
        let report = sampleReport(unitID: "bien-hoa")
        let file = ExchangeFile(exportedAt: testNow, exportedBy: "t", reports: [report])
        var object = try JSONSerialization.jsonObject(with: try file.encoded()) as! [String: Any]
        mutate(&object)
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    private func setFirstReport(_ object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var reports = object["reports"] as! [[String: Any]]
        change(&reports[0])
        object["reports"] = reports
    }

    @Test("a text longer than its limit, too many items and a huge item id are refused at their field and line")
    func exchangeLimits() throws {
        let cases: [(String, (inout [String: Any]) -> Void)] = [
            ("reports[0].summary", { r in r["summary"] = String(repeating: "a", count: Limits.longText + 1) }),
            ("reports[0].unitID", { r in r["unitID"] = String(repeating: "u", count: Limits.shortText + 1) }),
            ("reports[0].items[0].content", { r in
                var items = r["items"] as! [[String: Any]]
                items[0]["content"] = String(repeating: "ệ", count: Limits.longText + 1)
                r["items"] = items
            }),
            ("reports[0].items[0].id", { r in
                var items = r["items"] as! [[String: Any]]
                items[0]["id"] = "i9223372036854775807"
                r["items"] = items
            }),
            ("reports[0].lastItemNumber", { r in r["lastItemNumber"] = Int.max }),
            ("reports[0].items", { r in
                let items = r["items"] as! [[String: Any]]
                r["items"] = (0...Limits.itemsPerReport).map { n -> [String: Any] in
                    var item = items[0]
                    item["id"] = "i\(n + 1)"
                    return item
                }
            }),
        ]
        for (field, change) in cases {
            let data = try exchangeText { setFirstReport(&$0, change) }
            let error = damaged { _ = try ExchangeFile.decode(data, name: "x.json") }
            guard case .damaged(let file, let line?, _, let named, _)? = error else {
                Issue.record("\(field): not refused with a place: \(String(describing: error))")
                continue
            }
            #expect(file == "x.json")
            #expect(named == field)
            #expect(line > 1)
        }
        // Within the limits, the same file is read.
        let fine = try exchangeText { setFirstReport(&$0) { r in r["summary"] = String(repeating: "a", count: Limits.longText) } }
        #expect(throws: Never.self) { _ = try ExchangeFile.decode(fine, name: "x.json") }
    }

    @Test("an item id that is not i1…i999999 (here with a NUL inside) is refused on import, as check would refuse it stored")
    func itemIDFormat() throws {
        for id in ["i3\u{0}i3", "i", "x1", "i-1"] {
            let data = try exchangeText {
                setFirstReport(&$0) { r in
                    var items = r["items"] as! [[String: Any]]
                    items[0]["id"] = id
                    r["items"] = items
                }
            }
            let error = damaged { _ = try ExchangeFile.decode(data, name: "x.json") }
            guard case .damaged(_, _?, _, "reports[0].items[0].id", .beyondLimit)? = error else {
                Issue.record("\(id): not refused at its field: \(String(describing: error))")
                continue
            }
        }
    }

    @Test("a decoder's message that quotes a megabyte value with control characters stays one short, escaped line")
    func decoderMessagesAreShort() throws {
        let value = "\u{1B}[31m" + String(repeating: "a", count: 1_000_000)
        let data = try exchangeText {
            setFirstReport(&$0) { r in
                var items = r["items"] as! [[String: Any]]
                items[0]["source"] = value
                r["items"] = items
            }
        }
        let error = damaged { _ = try ExchangeFile.decode(data, name: "x.json") }
        let message = try #require(error?.message(.en))
        #expect(message.count < 600, "\(message.count) characters")
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(message.prefix(200))")
        #expect(message.contains("reports[0].items[0].source"))
    }

    @Test("check findings and a wrong schema that quote a huge value from a file stay short lines")
    func findingsAreShort() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let contents = try store.load()
        let month = contents.reportFiles.keys.max()!
        var file = contents.reportFiles[month]!
        file.reports[0].unitID = "\u{1B}]0;x\u{7}" + String(repeating: "ệ", count: 100_000)
        try store.write(file, relativePath: Store.reportsPath(month))
        let findings = try StoreCheck.run(store).findings
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(finding.description.count < 600, "\(finding.description.prefix(200))")
            #expect(!finding.description.unicodeScalars.contains { $0.value < 0x20 }, "\(finding.description.prefix(200))")
        }
        let schema = "{\"schema\": \"" + String(repeating: "s", count: 100_000) + "\", \"version\": 1}"
        let error = damaged { _ = try Store.decodeFile(StoreManifest.self, data: Data(schema.utf8), name: "store.json") }
        let message = try #require(error?.message(.en))
        #expect(message.count < 600, "\(message.count) characters")
        let exchange = damaged { _ = try ExchangeFile.decode(Data(schema.utf8), name: "x.json") }
        #expect((exchange?.message(.en).count ?? 0) < 600)
    }

    @Test("a megabyte run of decomposed text is normalised in linear time (the fuzzer found a pass killed after 120 s)")
    func longDecomposedText() throws {
        let data = try exchangeText {
            setFirstReport(&$0) { r in
                var items = r["items"] as! [[String: Any]]
                items[0]["proposalTo"] = String(repeating: "e\u{301}", count: 1_000_000)
                r["items"] = items
            }
        }
        let started = Date()
        let error = damaged { _ = try ExchangeFile.decode(data, name: "x.json") }
        #expect(Date().timeIntervalSince(started) < 10)
        guard case .damaged(_, _?, _, "reports[0].items[0].proposalTo", .beyondLimit)? = error else {
            Issue.record("not refused at its field: \(String(describing: error))")
            return
        }
    }

    @Test("the chunked NFC gives what Foundation's does, across chunk boundaries and long runs without ASCII")
    func chunkedNFCIsNFC() {
        let samples = [
            String(repeating: "Nguye\u{302}\u{303}n Thi\u{323} Ho\u{300}a, ", count: 400),
            String(repeating: "\u{3C9}\u{301}", count: 5_000),
            String(repeating: "\u{1100}\u{1161}\u{11A8}", count: 3_000),
            String(repeating: "a", count: 1023) + "e\u{301}\u{323}" + String(repeating: "ư\u{309}", count: 3000),
            "{\"x\": \"A\u{30A}ngstro\u{308}m\"}",
        ]
        for text in samples {
            #expect(JSONCodec.nfc(text).unicodeScalars.elementsEqual(Text.nfc(text).unicodeScalars))
        }
    }

    @Test("dlxh check refuses ids and texts beyond the limits that a store file holds")
    func checkFindsOutOfRange() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        var contents = try store.load()
        let month = contents.reportFiles.keys.max()!
        var file = contents.reportFiles[month]!
        file.reports[0].id = "R-\(month.id)-9223372036854775807"
        file.reports[0].summary = String(repeating: "s", count: Limits.longText + 1)
        if !file.reports[0].items.isEmpty { file.reports[0].items[0].id = "i9223372036854775807" }
        contents.reportFiles[month] = file
        try store.write(file, relativePath: Store.reportsPath(month))
        let summary = try StoreCheck.run(store)
        let text = summary.findings.map(\.description).joined(separator: "\n")
        #expect(text.contains("9223372036854775807"), "\(text)")
        #expect(text.contains("summary"), "\(text)")
        // A later write does not trip over the huge number.
        let added = try store.addReports([sampleReport(unitID: file.reports[0].unitID, summary: "mới")], by: testEditor, action: .other("test"))
        #expect(added.count == 1)
    }
}
