/// The few pieces of WordprocessingML (ECMA-376) the report needs, as strings. Child elements
/// are written in the order the schema prescribes: Word refuses a file whose `pPr` or `rPr`
/// children are out of order, even where LibreOffice would not mind.
enum WordML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A4 in twentieths of a point, and the margins of Vietnamese administrative documents
    /// (Nghị định 30/2020/NĐ-CP: top and bottom 2 cm, left 3 cm, right 2 cm).
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let marginTop = 1134
    static let marginBottom = 1134
    static let marginLeft = 1701
    static let marginRight = 1134
    static var textWidth: Int { pageWidth - marginLeft - marginRight }

    enum Alignment: String {
        case left, center, right, both
    }

    /// How one run of text looks. Sizes are in half-points (28 = 14 pt), as Word counts them.
    struct RunStyle {
        var bold = false
        var italic = false
        var underline = false
        var size: Int?
    }

    /// How one paragraph is laid out; nil leaves the style's setting.
    struct ParagraphStyle {
        var style: String?
        var keepNext = false
        var pageBreakBefore = false
        /// A short rule above the paragraph (the line under the issuer's name).
        var ruleAbove = false
        var spaceBefore: Int?
        var spaceAfter: Int?
        var indentLeft: Int?
        var indentRight: Int?
        var firstLine: Int?
        var alignment: Alignment?
        /// The size of the paragraph mark, which sets the height of an empty paragraph.
        var markSize: Int?
    }

    static func paragraph(_ text: String, _ p: ParagraphStyle = ParagraphStyle(), _ r: RunStyle = RunStyle()) -> String {
        var pPr = ""
        if let style = p.style { pPr += #"<w:pStyle w:val="\#(style)"/>"# }
        if p.keepNext { pPr += "<w:keepNext/>" }
        if p.pageBreakBefore { pPr += "<w:pageBreakBefore/>" }
        if p.ruleAbove { pPr += #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>"# }
        if p.spaceBefore != nil || p.spaceAfter != nil {
            pPr += "<w:spacing" + attr("w:before", p.spaceBefore) + attr("w:after", p.spaceAfter) + "/>"
        }
        if p.indentLeft != nil || p.indentRight != nil || p.firstLine != nil {
            pPr += "<w:ind" + attr("w:left", p.indentLeft) + attr("w:right", p.indentRight) + attr("w:firstLine", p.firstLine) + "/>"
        }
        if let jc = p.alignment { pPr += #"<w:jc w:val="\#(jc.rawValue)"/>"# }
        if let size = p.markSize { pPr += #"<w:rPr><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/></w:rPr>"# }
        let properties = pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>"
        return "<w:p>\(properties)\(text.isEmpty ? "" : run(text, r))</w:p>"
    }

    static func run(_ text: String, _ r: RunStyle) -> String {
        var rPr = ""
        if r.bold { rPr += "<w:b/><w:bCs/>" }
        if r.italic { rPr += "<w:i/><w:iCs/>" }
        if let size = r.size { rPr += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
        if r.underline { rPr += #"<w:u w:val="single"/>"# }
        let properties = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
        return "<w:r>\(properties)\(runContent(text))</w:r>"
    }

    /// Text with its line breaks and tabs as Word's own elements.
    static func runContent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map {
                #"<w:t xml:space="preserve">\#(escape(String($0)))</w:t>"#
            }.joined(separator: "<w:tab/>")
        }.joined(separator: "<w:br/>")
    }

    /// A table of `columns` widths (twips) whose cells hold ready-made paragraphs.
    static func table(columns: [Int], rows: [[String]], borders: Bool, headerRows: Int = 0, cellMargin: Int = 85) -> String {
        let edge = borders ? #"w:val="single" w:sz="4" w:space="0" w:color="auto""# : #"w:val="nil""#
        let sides = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined()
        var xml = "<w:tbl><w:tblPr>"
        xml += #"<w:tblW w:w="\#(columns.reduce(0, +))" w:type="dxa"/>"#
        xml += "<w:tblBorders>\(sides)</w:tblBorders>"
        xml += #"<w:tblLayout w:type="fixed"/>"#
        xml += #"<w:tblCellMar><w:left w:w="\#(cellMargin)" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/></w:tblCellMar>"#
        xml += "</w:tblPr><w:tblGrid>"
        xml += columns.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined()
        xml += "</w:tblGrid>"
        for (r, cells) in rows.enumerated() {
            xml += "<w:tr>" + (r < headerRows ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (c, content) in cells.enumerated() {
                // A cell must end with a paragraph, even an empty one.
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(columns[c])" w:type="dxa"/></w:tcPr>\#(content.isEmpty ? "<w:p/>" : content)</w:tc>"#
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The document's relationship to the header that carries the page number.
    static let pageNumberHeaderID = "rId2"

    /// The section properties: A4 portrait with the administrative margins; the page number in
    /// the header from the second page on (Nghị định 30: the first page is not numbered), which
    /// `titlePg` gives by leaving the first page's own header empty.
    static var sectionProperties: String {
        #"<w:sectPr><w:headerReference w:type="default" r:id="\#(pageNumberHeaderID)"/>"#
            + #"<w:pgSz w:w="\#(pageWidth)" w:h="\#(pageHeight)"/>"#
            + #"<w:pgMar w:top="\#(marginTop)" w:right="\#(marginRight)" w:bottom="\#(marginBottom)" w:left="\#(marginLeft)" w:header="567" w:footer="567" w:gutter="0"/>"#
            + "<w:titlePg/></w:sectPr>"
    }

    /// `word/header1.xml`: the page number, centred, 14 pt, as a PAGE field.
    static let pageNumberHeader = declaration
        + #"<w:hdr xmlns:w="\#(mainNamespace)"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>"#
        + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
        + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
        + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>"#
        + #"<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#

    static func attr(_ name: String, _ value: Int?) -> String {
        value.map { #" \#(name)="\#($0)""# } ?? ""
    }

    /// Escapes XML's special characters and drops the characters XML 1.0 cannot hold at all
    /// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
