import DLXHDomain

/// The report as Markdown: the header as a two-column table, sections as `##` headings, points
/// as `###`, dash items as list items. Text from units is escaped, so a `*` or `|` in a unit's
/// words stays a character and never becomes formatting.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out: [String] = []
        out.append("| \(escape(document.parentBody)) | **\(escape(document.country))** |")
        out.append("|:---:|:---:|")
        out.append("| **\(escape(document.issuer))** | **\(escape(document.motto))** |")
        out.append("| \(escape(document.number)) | *\(escape(document.dateLine))* |")
        if !document.excerpt.isEmpty { out.append("| \(escape(document.excerpt)) | |") }
        out.append("")
        if !document.kind.isEmpty {
            out.append("# \(escape(document.kind))")
            out.append("")
            out.append("**\(escape(document.subject))**")
            out.append("")
        }
        if !document.addresseesHeading.isEmpty {
            out.append("**\(escape(document.addresseesHeading))**")
            out.append("")
            out += document.addressees.map { "\\" + escape($0) + "  " }
            out.append("")
        }
        out += blocks(document.body)
        out.append("**\(escape(document.recipientsHeading))**")
        out.append("")
        out += document.recipients.map { "\\" + escape($0) + "  " }
        out.append("")
        out += document.signatoryTitle.map { "**\(escape($0))**  " }
        out.append("")
        if !document.signatoryName.isEmpty { out += ["**\(escape(document.signatoryName))**", ""] }
        out.append("---")
        out.append("")
        out += blocks(document.appendix)
        return out.joined(separator: "\n")
    }

    static func blocks(_ blocks: [ReportDocument.Block]) -> [String] {
        var out: [String] = []
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let text): out += ["## \(escape(text))", ""]
            case .subheading(let text): out += ["### \(escape(text))", ""]
            case .paragraph(let text): out += [escapeLineStart(escape(text)), ""]
            case .bullet(let text):
                out.append("- \(escape(text))")
                // A list ends with a blank line before whatever follows it.
                if i + 1 == blocks.count || !isBullet(blocks[i + 1]) { out.append("") }
            case .table(let table): out += self.table(table) + [""]
            }
        }
        return out
    }

    static func isBullet(_ block: ReportDocument.Block) -> Bool {
        if case .bullet = block { return true }
        return false
    }

    static func table(_ table: ReportDocument.Table) -> [String] {
        let rule = table.headers.indices.map { table.numericColumns.contains($0) ? "---:" : "---" }
        return ["| " + table.headers.map(escape).joined(separator: " | ") + " |", "|" + rule.joined(separator: "|") + "|"]
            + table.rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
    }

    /// Backslash-escapes every character Markdown could read as formatting inside a line.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A paragraph that happens to begin like a list item or a quote ("1. …", "- …", "+ …")
    /// is kept a paragraph.
    static func escapeLineStart(_ line: String) -> String {
        if let first = line.first, "-+".contains(first) { return "\\" + line }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).first.map({ $0 == "." || $0 == ")" }) == true {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}
