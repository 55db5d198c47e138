import Foundation

/// The roster as CSV, for setting up dozens of units at once in a spreadsheet (Docs/ROSTER-CSV.md).
/// Written as every CSV of dlxh is (`CSV.data`: UTF-8 with a byte-order mark, CRLF, RFC 4180
/// quoting, formula-leading cells neutralised with an apostrophe); read back with the same rules
/// undone. Reading validates every row and cell and either yields every unit or names every
/// problem (row and column), so an import is all or nothing.
public enum RosterCSV {
    /// The columns, in the order written. `predecessors` and `successors` hold unit ids separated by `;`.
    public static let columns = [
        "id", "name", "kind", "cluster", "parentArea", "contactPerson", "phone", "email", "activeFrom", "activeTo",
        "mustReport", "predecessors", "successors",
    ]
    /// Columns a file must have; the others may be left out (empty).
    public static let requiredColumns: Set<String> = ["id", "name", "kind", "activeFrom"]

    // MARK: Writing

    public static func data(_ units: [ReportingUnit]) -> Data {
        let rows = units.map { unit -> [String] in
            [
                unit.id, unit.name, unit.kind.rawValue, unit.cluster, unit.parentArea ?? "", unit.contactPerson, unit.phone,
                unit.email, unit.activeFrom.isoString, unit.activeTo?.isoString ?? "", unit.mustReport ? "true" : "false",
                unit.predecessorIDs.joined(separator: ";"), unit.successorIDs.joined(separator: ";"),
            ]
        }
        return CSV.data([columns] + rows)
    }

    // MARK: Reading

    /// The units of a roster CSV merged into `existing`: a row whose id is on the roster changes
    /// that unit (its exemptions and revision are kept), a new id adds a unit at the end, and units
    /// not in the file stay as they are. Nothing is returned unless every row is sound.
    public static func merge(_ data: Data, into existing: [ReportingUnit]) -> Result<(units: [ReportingUnit], added: [String], changed: [String]), RosterCSVRejection> {
        var problems: [ValidationProblem] = []
        guard let raw = String(data: data, encoding: .utf8) else {
            return .failure(RosterCSVRejection(problems: [ValidationProblem(field: "file", reason: RosterCSVText.notUTF8)]))
        }
        var text = Text.nfc(raw)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows: [[String]]
        switch parse(text) {
        case .success(let parsed): rows = parsed.filter { $0 != [""] }
        case .failure(let rejection): return .failure(rejection)
        }
        guard let header = rows.first else {
            return .failure(RosterCSVRejection(problems: [ValidationProblem(field: "file", reason: RosterCSVText.noRows)]))
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where !columns.contains(name) {
            problems.append(ValidationProblem(field: field(1, name), reason: RosterCSVText.unknownColumn))
        }
        for name in columns where requiredColumns.contains(name) && !names.contains(name) {
            problems.append(ValidationProblem(field: field(1, name), reason: RosterCSVText.missingColumn))
        }
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            problems.append(ValidationProblem(field: field(1, name), reason: RosterCSVText.columnTwice))
        }
        if rows.count < 2 { problems.append(ValidationProblem(field: "file", reason: RosterCSVText.noRows)) }
        guard problems.isEmpty else { return .failure(RosterCSVRejection(problems: problems)) }

        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let fileIDs = Set(rows.dropFirst().compactMap { row in index["id"].flatMap { $0 < row.count ? cleaned(row[$0]) : nil } })
        let knownIDs = fileIDs.union(existing.map(\.id))
        var units = existing
        var added: [String] = []
        var changed: [String] = []
        var rowOf: [String: Int] = [:]
        for (offset, row) in rows.enumerated().dropFirst() {
            let line = offset + 1
            guard row.count == names.count else {
                problems.append(ValidationProblem(field: "row \(line)", reason: RosterCSVText.cellCount(row.count, names.count)))
                continue
            }
            var rowProblems: [ValidationProblem] = []
            func cell(_ column: String) -> String {
                guard let i = index[column] else { return "" }
                let value = cleaned(row[i]).trimmingCharacters(in: .whitespaces)
                if let hazard = Text.hazard(in: value, multiline: false) {
                    rowProblems.append(ValidationProblem(field: field(line, column), reason: Phrases.hazard(hazard)))
                }
                return value
            }
            let id = cell("id")
            if id.isEmpty {
                rowProblems.append(ValidationProblem(field: field(line, "id"), reason: RosterCSVText.required))
            } else if !isValidID(id) {
                rowProblems.append(ValidationProblem(field: field(line, "id"), reason: RosterCSVText.badID(id)))
            } else if let first = rowOf[id] {
                rowProblems.append(ValidationProblem(field: field(line, "id"), reason: RosterCSVText.idTwice(id, first)))
            } else {
                rowOf[id] = line
            }
            let name = cell("name")
            if name.isEmpty { rowProblems.append(ValidationProblem(field: field(line, "name"), reason: RosterCSVText.required)) }
            let kindText = cell("kind")
            let kind = kindFrom(kindText)
            if kind == nil { rowProblems.append(ValidationProblem(field: field(line, "kind"), reason: RosterCSVText.badKind(kindText))) }
            let fromText = cell("activeFrom")
            let from = day(fromText)
            if from == nil { rowProblems.append(ValidationProblem(field: field(line, "activeFrom"), reason: RosterCSVText.badDay(fromText))) }
            let toText = cell("activeTo")
            let to = toText.isEmpty ? nil : day(toText)
            if !toText.isEmpty && to == nil {
                rowProblems.append(ValidationProblem(field: field(line, "activeTo"), reason: RosterCSVText.badDay(toText)))
            }
            if let from, let to, to < from {
                rowProblems.append(ValidationProblem(field: field(line, "activeTo"), reason: RosterCSVText.endBeforeStart))
            }
            let mustText = cell("mustReport")
            let mustReport = mustText.isEmpty ? true : flag(mustText)
            if mustReport == nil {
                rowProblems.append(ValidationProblem(field: field(line, "mustReport"), reason: RosterCSVText.badFlag(mustText)))
            }
            let email = cell("email")
            if !email.isEmpty && (!email.contains("@") || email.contains(" ")) {
                rowProblems.append(ValidationProblem(field: field(line, "email"), reason: RosterCSVText.badEmail(email)))
            }
            var links: [String: [String]] = [:]
            for column in ["predecessors", "successors"] {
                let ids = cell(column).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                for linked in ids {
                    if linked == id {
                        rowProblems.append(ValidationProblem(field: field(line, column), reason: RosterCSVText.selfLink))
                    } else if !knownIDs.contains(linked) {
                        rowProblems.append(ValidationProblem(field: field(line, column), reason: Phrases.unknownUnit(linked)))
                    }
                }
                var unique = Set<String>()
                links[column] = ids.filter { unique.insert($0).inserted }
            }
            let cluster = cell("cluster"), parentArea = cell("parentArea"), contact = cell("contactPerson"), phone = cell("phone")
            problems += rowProblems
            guard rowProblems.isEmpty, let kind, let from, let mustReport else { continue }
            if let i = units.firstIndex(where: { $0.id == id }) {
                var unit = units[i]
                unit.name = name
                unit.kind = kind
                unit.cluster = cluster
                unit.parentArea = parentArea.isEmpty ? nil : parentArea
                unit.contactPerson = contact
                unit.phone = phone
                unit.email = email
                unit.activeFrom = from
                unit.activeTo = to
                unit.mustReport = mustReport
                unit.predecessorIDs = links["predecessors"] ?? []
                unit.successorIDs = links["successors"] ?? []
                if unit != units[i] { changed.append(id) }
                units[i] = unit
            } else {
                units.append(ReportingUnit(
                    id: id, name: name, kind: kind, cluster: cluster, contactPerson: contact, phone: phone, email: email,
                    activeFrom: from, activeTo: to, mustReport: mustReport, successorIDs: links["successors"] ?? [],
                    predecessorIDs: links["predecessors"] ?? [], parentArea: parentArea.isEmpty ? nil : parentArea))
                added.append(id)
            }
        }
        if problems.isEmpty {
            let lineage = Lineage(units: units)
            for (id, line) in rowOf.sorted(by: { $0.value < $1.value }) where lineage.isInCycle(id) {
                problems.append(ValidationProblem(field: field(line, "successors"), reason: RosterCSVText.cycle(id)))
            }
        }
        guard problems.isEmpty else { return .failure(RosterCSVRejection(problems: problems)) }
        return .success((units, added, changed))
    }

    static func field(_ row: Int, _ column: String) -> String { "row \(row), column \(column)" }

    /// A cell as written, with the apostrophe `CSV.cell` put before a formula-leading cell taken off.
    static func cleaned(_ cell: String) -> String {
        guard cell.hasPrefix("'") else { return cell }
        let rest = String(cell.dropFirst())
        if let first = rest.unicodeScalars.first, CSV.formulaStarts.contains(first.value), !CSV.isPlainNumber(rest) { return rest }
        return cell
    }

    /// Lower-case letters, digits and hyphens, starting with a letter or digit.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric && !(0x41...0x5A).contains($0.value) || $0 == "-" }
    }

    static func kindFrom(_ text: String) -> ReportingUnit.Kind? {
        if let kind = ReportingUnit.Kind(rawValue: text) { return kind }
        let folded = Text.fold(text)
        return ReportingUnit.Kind.allCases.first { Text.fold($0.label.vi) == folded || Text.fold($0.label.en) == folded }
    }

    static func day(_ text: String) -> Day? { Day(iso: text) ?? Day(typed: text) }

    static func flag(_ text: String) -> Bool? {
        switch Text.fold(text) {
        case "true", "yes", "1", "co", "x": true
        case "false", "no", "0", "khong": false
        default: nil
        }
    }

    /// RFC 4180: fields separated by commas, records by CRLF or LF, a field in double quotes may
    /// hold commas, line breaks and doubled quotes.
    static func parse(_ text: String) -> Result<[[String]], RosterCSVRejection> {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var line = 1
        var quoteLine = 1
        var iterator = Array(text).makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted:
                quoted = true
                fieldStarted = true
                quoteLine = line
            case ",":
                row.append(field)
                field = ""
                fieldStarted = false
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                fieldStarted = false
                line += 1
            default:
                field.append(c)
                fieldStarted = true
            }
        }
        if quoted { return .failure(RosterCSVRejection(problems: [ValidationProblem(field: "row \(quoteLine)", reason: RosterCSVText.openQuote)])) }
        if fieldStarted || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return .success(rows)
    }
}

/// A roster CSV refused: every problem, each naming the row and column. Nothing was changed.
public struct RosterCSVRejection: Error, Sendable {
    public var problems: [ValidationProblem]
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}

public enum RosterCSVText {
    static let notUTF8 = Localized(vi: "không phải văn bản UTF-8", en: "is not UTF-8 text")
    static let noRows = Localized(vi: "không có dòng đơn vị nào dưới dòng tiêu đề", en: "has no unit rows under the header row")
    static let unknownColumn = Localized(vi: "cột không có trong mẫu (xem Docs/ROSTER-CSV.md)", en: "is not a roster column (see Docs/ROSTER-CSV.md)")
    static let missingColumn = Localized(vi: "thiếu cột bắt buộc", en: "required column is missing")
    static let columnTwice = Localized(vi: "cột xuất hiện hai lần", en: "column appears twice")
    static let required = Localized(vi: "không được để trống", en: "must not be empty")
    static let endBeforeStart = Localized(vi: "ngày kết thúc trước ngày bắt đầu", en: "ends before it starts")
    static let selfLink = Localized(vi: "đơn vị không thể kế thừa chính mình", en: "a unit cannot succeed itself")
    static let openQuote = Localized(vi: "dấu ngoặc kép mở không được đóng", en: "a quoted cell is never closed")
    static func cellCount(_ found: Int, _ wanted: Int) -> Localized {
        Localized(vi: "có \(found) ô, dòng tiêu đề có \(wanted)", en: "has \(found) cells, the header has \(wanted)")
    }
    static func badID(_ id: String) -> Localized {
        Localized(vi: "mã “\(id)” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang", en: "id “\(id)” may hold only lower-case ASCII letters, digits and hyphens")
    }
    static func idTwice(_ id: String, _ row: Int) -> Localized {
        Localized(vi: "mã “\(id)” đã có ở dòng \(row)", en: "id “\(id)” is already on row \(row)")
    }
    static func badKind(_ text: String) -> Localized {
        let kinds = ReportingUnit.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(vi: "loại “\(text)” không hợp lệ (\(kinds))", en: "kind “\(text)” is not one of \(kinds)")
    }
    static func badDay(_ text: String) -> Localized {
        Localized(vi: "ngày “\(text)” không hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy)", en: "date “\(text)” is not YYYY-MM-DD or dd/mm/yyyy")
    }
    static func badFlag(_ text: String) -> Localized {
        Localized(vi: "“\(text)” không phải true/false", en: "“\(text)” is not true or false")
    }
    static func badEmail(_ text: String) -> Localized {
        Localized(vi: "địa chỉ thư “\(text)” không hợp lệ", en: "e-mail address “\(text)” is not valid")
    }
    static func cycle(_ id: String) -> Localized {
        Localized(vi: "chuỗi kế thừa của “\(id)” quay vòng về chính nó", en: "the succession of “\(id)” goes round in a cycle back to it")
    }
}
