import DLXHDomain

/// `word/document.xml` of the report: the layout of a Vietnamese administrative document.
///
/// Sizes follow Nghị định 30/2020/NĐ-CP: body 14 pt Times New Roman; issuing bodies and
/// number 13 pt; the national name 12 pt bold capitals, the motto 13 pt bold (underlined);
/// place and date 13 pt italic; "Nơi nhận" 12 pt bold italic and its list 11 pt; tables 11 pt.
enum DocxDocument {
    typealias P = WordML.ParagraphStyle
    typealias R = WordML.RunStyle

    static func xml(_ d: ReportDocument) -> String {
        var body = header(d)
        if !d.kind.isEmpty {
            body += WordML.paragraph(d.kind, P(style: "Title", spaceBefore: 240, spaceAfter: 0), R(bold: true))
            body += WordML.paragraph(d.subject, P(style: "Title", spaceBefore: 0, spaceAfter: 0), R(bold: true))
            // The short rule under the trích yếu, as under the issuer's name.
            let side = (WordML.textWidth - 1400) / 2
            body += WordML.paragraph("", P(style: "Title", ruleAbove: true, spaceBefore: 40, spaceAfter: 240, indentLeft: side, indentRight: side))
        }
        if !d.addresseesHeading.isEmpty {
            body += WordML.paragraph(d.addresseesHeading, P(style: "Title", spaceBefore: 240, spaceAfter: 0))
            body += d.addressees.map { WordML.paragraph($0, P(style: "Title", spaceBefore: 0, spaceAfter: 0)) }.joined()
            body += WordML.paragraph("", P(spaceAfter: 120))
        }
        body += blocks(d.body, appendix: false)
        body += closing(d)
        if !d.appendix.isEmpty {
            body += WordML.paragraph("", P(pageBreakBefore: true))
            body += blocks(d.appendix, appendix: true)
        }
        return WordML.declaration
            + #"<w:document xmlns:w="\#(WordML.mainNamespace)" xmlns:r="\#(WordML.relationshipsNamespace)">"#
            + "<w:body>\(body)\(WordML.sectionProperties)</w:body></w:document>"
    }

    /// The two-column header: a borderless table, the issuing bodies and the number on the
    /// left, the national name, motto, place and date on the right, all centred. A short rule
    /// under the issuer is the top border of a tiny empty paragraph; the right column has an
    /// empty one of the same height, so the number and the date stay on one line.
    static func header(_ d: ReportDocument) -> String {
        let rule = P(style: "Masthead", ruleAbove: true, spaceBefore: 40, indentLeft: 1100, indentRight: 1100, markSize: 4)
        let spacer = P(style: "Masthead", spaceBefore: 40, markSize: 4)
        let left = [
            WordML.paragraph(d.parentBody, P(style: "Masthead"), R(size: 26)),
            WordML.paragraph(d.issuer, P(style: "Masthead"), R(bold: true, size: 26)),
            WordML.paragraph("", rule),
            WordML.paragraph(d.number, P(style: "Masthead", spaceBefore: 80), R(size: 26)),
        ].joined() + (d.excerpt.isEmpty ? "" : WordML.paragraph(d.excerpt, P(style: "Masthead", spaceBefore: 40), R(size: 24)))
        let right = [
            WordML.paragraph(d.country, P(style: "Masthead"), R(bold: true, size: 24)),
            WordML.paragraph(d.motto, P(style: "Masthead"), R(bold: true, underline: true, size: 26)),
            WordML.paragraph("", spacer),
            WordML.paragraph(d.dateLine, P(style: "Masthead", spaceBefore: 80), R(italic: true, size: 26)),
        ].joined()
        let leftWidth = 3500
        return WordML.table(columns: [leftWidth, WordML.textWidth - leftWidth], rows: [[left, right]], borders: false, cellMargin: 0)
    }

    static func blocks(_ blocks: [ReportDocument.Block], appendix: Bool) -> String {
        blocks.map { block in
            switch block {
            case .heading(let text):
                appendix
                    ? WordML.paragraph(text, P(style: "Title", spaceBefore: 0), R(bold: true))
                    : WordML.paragraph(text, P(style: "Heading1"))
            case .subheading(let text): WordML.paragraph(text, P(style: "Heading2"))
            case .paragraph(let text):
                appendix
                    ? WordML.paragraph(text, P(style: "Title", spaceAfter: 240), R(italic: true))
                    : WordML.paragraph(text)
            case .bullet(let text): WordML.paragraph("- " + text)
            case .table(let table): self.table(table)
            }
        }.joined()
    }

    /// A bordered table in 11 pt whose columns are as wide as their content when the page
    /// allows; otherwise each keeps room for its longest word and the rest of the width goes
    /// to the columns with the most text.
    static func table(_ table: ReportDocument.Table) -> String {
        let all = [table.headers] + table.rows
        // Rough widths in 11 pt Times New Roman: capitals about 150 twips, other letters and
        // digits about 110, plus the cell's margins.
        func width(_ text: String) -> Int { text.reduce(200) { $0 + ($1.isUppercase ? 150 : 110) } }
        let padding = 200
        let natural = table.headers.indices.map { c in all.map { width($0.indices.contains(c) ? $0[c] : "") }.max() ?? padding }
        let minimum = table.headers.indices.map { c in
            all.flatMap { ($0.indices.contains(c) ? $0[c] : "").split(separator: " ").map { width(String($0)) } }.max() ?? padding
        }
        var widths = natural
        let available = WordML.textWidth
        if natural.reduce(0, +) > available {
            let spare = max(0, available - minimum.reduce(0, +))
            let wanted = max(1, zip(natural, minimum).map { $0 - $1 }.reduce(0, +))
            widths = zip(natural, minimum).map { n, m in m + spare * (n - m) / wanted }
        }
        // Whatever is left over goes to the widest column, so the table spans the text width.
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) { widths[widest] += available - widths.reduce(0, +) }
        func cell(_ text: String, column: Int, header: Bool) -> String {
            let align: WordML.Alignment = header ? .center : table.numericColumns.contains(column) ? .right : .left
            return WordML.paragraph(text, P(style: "TableText", alignment: align), R(bold: header))
        }
        let rows = [table.headers.enumerated().map { cell($1, column: $0, header: true) }]
            + table.rows.map { $0.enumerated().map { cell($1, column: $0, header: false) } }
        return WordML.table(columns: widths, rows: rows, borders: true, headerRows: 1)
    }

    /// Recipients on the left, the signature block on the right, side by side.
    static func closing(_ d: ReportDocument) -> String {
        let left = WordML.paragraph(d.recipientsHeading, P(style: "Recipients", spaceBefore: 120), R(bold: true, italic: true, size: 24))
            + d.recipients.map { WordML.paragraph($0, P(style: "Recipients")) }.joined()
        var right = d.signatoryTitle.enumerated().map { i, line in
            WordML.paragraph(line, P(style: "Masthead", spaceBefore: i == 0 ? 120 : nil), R(bold: true, size: 28))
        }.joined()
        // Room for the signature and the seal.
        right += String(repeating: WordML.paragraph("", P(style: "Masthead")), count: 4)
        right += WordML.paragraph(d.signatoryName, P(style: "Masthead"), R(bold: true, size: 28))
        let leftWidth = 4300
        return WordML.table(columns: [leftWidth, WordML.textWidth - leftWidth], rows: [[left, right]], borders: false, cellMargin: 0)
    }
}
