import DLXHDomain
import Foundation
import ZIPFoundation

/// Writes the report as a DOCX file: a minimal, valid Office Open XML package zipped in memory
/// with ZIPFoundation. No word processor or external program is involved.
public enum DocxWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The package parts, by path inside the zip, in the order they are stored.
    public static func parts(_ document: ReportDocument, issuedOn: Day) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: "\(document.kind) \(document.subject)", creator: document.issuer, day: issuedOn)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/document.xml", DocxDocument.xml(document)),
            ("word/styles.xml", DocxStyles.xml),
            ("word/header1.xml", WordML.pageNumberHeader),
        ]
    }

    /// The bytes of the .docx file. Entries are dated `issuedOn`, so the same report gives the
    /// same file whenever it is written.
    public static func data(_ document: ReportDocument, issuedOn: Day) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            let date = Date(timeIntervalSince1970: TimeInterval(issuedOn.dayNumber) * 86_400 + 12 * 3600)
            for part in parts(document, issuedOn: issuedOn) {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the in-memory archive has no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    static let contentTypes = WordML.declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        + "</Types>"

    static let packageRelationships = WordML.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    static let documentRelationships = WordML.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="\#(WordML.pageNumberHeaderID)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
        + "</Relationships>"

    static func coreProperties(title: String, creator: String, day: Day) -> String {
        WordML.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(WordML.escape(title))</dc:title><dc:creator>\(WordML.escape(creator))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(day.isoString)T00:00:00Z</dcterms:created>"#
            + "</cp:coreProperties>"
    }
}
