/// `word/styles.xml`: Times New Roman throughout, 14 pt body text justified with a first-line
/// indent of 1 cm, as provincial federations type their reports; Vietnamese as the language,
/// so spelling and hyphenation follow it.
enum DocxStyles {
    static let font = "Times New Roman"

    static let xml: String = {
        let fonts = #"<w:rFonts w:ascii="\#(font)" w:hAnsi="\#(font)" w:eastAsia="\#(font)" w:cs="\#(font)"/>"#
        var xml = WordML.declaration + #"<w:styles xmlns:w="\#(WordML.mainNamespace)">"#
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)"
        xml += #"<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>"#
        xml += "</w:rPr></w:rPrDefault>"
        xml += #"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#
        xml += "</w:docDefaults>"
        // Body text: justified, first line indented 1 cm, 6 pt between paragraphs, lines at 1.15.
        xml += style("Normal", name: "Normal", isDefault: true,
            pPr: #"<w:spacing w:before="60" w:after="60" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>"#)
        // "I. TÌNH HÌNH CHUNG": bold, kept with what follows, shown in the navigation pane.
        xml += style("Heading1", name: "heading 1", basedOn: "Normal",
            pPr: #"<w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="0"/>"#, rPr: "<w:b/><w:bCs/>")
        // "1. Tiền lương…": bold, one level down.
        xml += style("Heading2", name: "heading 2", basedOn: "Normal",
            pPr: #"<w:keepNext/><w:spacing w:before="100" w:after="40"/><w:outlineLvl w:val="1"/>"#, rPr: "<w:b/><w:bCs/>")
        // "BÁO CÁO" and its subject line: centred, no indent.
        xml += style("Title", name: "Title", basedOn: "Normal",
            pPr: #"<w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#)
        // The header and signature cells: centred, tight.
        xml += style("Masthead", name: "Masthead", basedOn: "Normal",
            pPr: #"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#)
        // The recipients list: 11 pt, flush left.
        xml += style("Recipients", name: "Recipients", basedOn: "Normal",
            pPr: #"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>"#,
            rPr: #"<w:sz w:val="22"/><w:szCs w:val="22"/>"#)
        // Table cells: 11 pt, no indent.
        xml += style("TableText", name: "Table Text", basedOn: "Normal",
            pPr: #"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>"#,
            rPr: #"<w:sz w:val="22"/><w:szCs w:val="22"/>"#)
        xml += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
        xml += #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>"#
        xml += #"<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>"#
        xml += "</w:tblCellMar></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }()

    static func style(
        _ id: String, name: String, isDefault: Bool = false, basedOn: String? = nil, pPr: String = "", rPr: String = ""
    ) -> String {
        var xml = #"<w:style w:type="paragraph""# + (isDefault ? #" w:default="1""# : "") + #" w:styleId="\#(id)">"#
        xml += #"<w:name w:val="\#(name)"/>"#
        if let basedOn { xml += #"<w:basedOn w:val="\#(basedOn)"/><w:next w:val="Normal"/>"# }
        xml += "<w:qFormat/>"
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>"
    }
}
