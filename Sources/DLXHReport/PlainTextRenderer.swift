import DLXHDomain

/// The report as plain text lines wrapped to a width: the `.txt` file (80 columns) and what the
/// interface's preview shows (its own width).
///
/// Widths are measured by `measure`, which counts characters by default: right for Vietnamese,
/// whose letters are precomposed (NFC) and one column wide. The interface passes its own
/// display-width function, so wide characters in a unit's text line up there too.
public struct PlainTextRenderer {
    public var width: Int
    public var measure: (String) -> Int

    public init(width: Int = 80, measure: @escaping (String) -> Int = { $0.count }) {
        self.width = max(20, width)
        self.measure = measure
    }

    public func lines(_ document: ReportDocument) -> [String] {
        var out = header(document)
        if !document.excerpt.isEmpty {
            let leftWidth = (width * 2) / 5
            out += wrap(document.excerpt, max(20, leftWidth - 1)).map { centred($0, leftWidth).trimmingTrailingSpaces() }
        }
        out.append("")
        if !document.kind.isEmpty {
            out.append(centred(document.kind, width))
            out += wrap(document.subject, width - 4).map { centred($0, width) }
            out.append("")
        }
        if !document.addresseesHeading.isEmpty {
            out.append(document.addresseesHeading)
            for addressee in document.addressees { out += wrap(addressee, width, hang: 2) }
            out.append("")
        }
        out += blocks(document.body)
        out.append(document.recipientsHeading)
        for recipient in document.recipients { out += wrap(recipient, width, hang: 2) }
        out.append("")
        let signature = document.signatoryTitle + ["", "", document.signatoryName]
        out += signature.map { indentRight($0).trimmingTrailingSpaces() }
        out.append("")
        out.append(String(repeating: "─", count: width))
        out.append("")
        out += blocks(document.appendix)
        while out.last == "" { out.removeLast() }
        return out
    }

    public func text(_ document: ReportDocument) -> String { lines(document).joined(separator: "\n") + "\n" }

    // MARK: Parts

    /// The two header columns side by side when they fit, one above the other when they do not.
    func header(_ d: ReportDocument) -> [String] {
        let left = [d.parentBody, d.issuer, d.number]
        let right = [d.country, d.motto, d.dateLine]
        let leftWidth = (width * 2) / 5
        let rightWidth = width - leftWidth
        let fits = left.allSatisfy { measure($0) <= leftWidth - 1 } && right.allSatisfy { measure($0) <= rightWidth }
        guard fits else { return (left + [""] + right).map { centred($0, width) } }
        return zip(left, right).map { l, r in
            let leftCell = centred(l, leftWidth)
            return (leftCell + String(repeating: " ", count: max(0, leftWidth - measure(leftCell))) + centred(r, rightWidth))
                .trimmingTrailingSpaces()
        }
    }

    func blocks(_ blocks: [ReportDocument.Block]) -> [String] {
        var out: [String] = []
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let text): out += wrap(text, width) + [""]
            case .subheading(let text): out += wrap(text, width, hang: 3) + [""]
            case .paragraph(let text): out += wrap(text, width) + [""]
            case .bullet(let text):
                out += wrap("- " + text, width, hang: 2)
                if i + 1 == blocks.count || !MarkdownRenderer.isBullet(blocks[i + 1]) { out.append("") }
            case .table(let table): out += self.table(table) + [""]
            }
        }
        return out
    }

    /// Aligned columns when the table fits the width; otherwise one wrapped line per row, its
    /// cells separated by " · " (an empty cell as "–", so a row still reads cell by cell under its
    /// headers: "Đột xuất · – · 20/09/2026", not "Đột xuất ·  · 20/09/2026"), so nothing is ever cut off.
    func table(_ table: ReportDocument.Table) -> [String] {
        let all = [table.headers] + table.rows
        let widths = table.headers.indices.map { c in all.map { $0.indices.contains(c) ? measure($0[c]) : 0 }.max() ?? 0 }
        guard widths.reduce(0, +) + 2 * (widths.count - 1) <= width else {
            return all.flatMap { row in
                wrap(row.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "–" : $0 }.joined(separator: " · "), width, hang: 4)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: max(0, widths[c] - measure(text)))
                return table.numericColumns.contains(c) ? pad + text : text + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [line(table.headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
            + table.rows.map(line)
    }

    // MARK: Layout helpers

    func centred(_ text: String, _ columns: Int) -> String {
        let gap = max(0, columns - measure(text))
        return String(repeating: " ", count: gap / 2) + text
    }

    /// The signature block sits in the right half of the page, centred there.
    func indentRight(_ text: String) -> String {
        let half = width / 2
        return String(repeating: " ", count: half) + centred(text, width - half)
    }

    /// Greedy word wrap. Continuation lines are indented by `hang`; a word longer than a line
    /// is split.
    func wrap(_ text: String, _ columns: Int, hang: Int = 0) -> [String] {
        var lines: [String] = []
        var current = ""
        let indent = String(repeating: " ", count: hang)
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while true {
                let candidate = current.isEmpty ? (lines.isEmpty ? "" : indent) + word : current + " " + word
                if measure(candidate) <= columns {
                    current = candidate
                    break
                }
                if !current.isEmpty && current != indent {
                    lines.append(current)
                    current = ""
                    continue
                }
                // The word alone does not fit: cut it where the line ends.
                let prefix = lines.isEmpty ? "" : indent
                var cut = ""
                for c in word {
                    if measure(prefix + cut + String(c)) > columns { break }
                    cut.append(c)
                }
                if cut.isEmpty { cut = String(word.first!) }
                lines.append(prefix + cut)
                word = String(word.dropFirst(cut.count))
                if word.isEmpty { break }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
