/// The consolidated report as a document: the parts of a Vietnamese administrative document
/// (two-column header, title, numbered sections, recipients and signature), already worded.
///
/// Markdown, plain text and DOCX are renderings of this one value, so they carry the same
/// words; `ReportWording` (DLXHReport) is the only place that decides what the words are.
/// Codable: the register of issued reports keeps the document as issued (`IssuedReport`).
public struct ReportDocument: Hashable, Sendable, Codable {
    /// Left column: the issuing bodies and the document number.
    public var parentBody: String
    public var issuer: String
    public var number: String
    /// Right column: the national name and motto, and the place and date.
    public var country: String
    public var motto: String
    public var dateLine: String

    /// "BÁO CÁO" and the subject line under it.
    public var kind: String
    public var subject: String

    public var body: [Block]

    public var recipientsHeading: String
    /// Already punctuated as the list is written: "- X;" … "- Lưu: VT, TG-NC."
    public var recipients: [String]
    /// The signature block: capacity lines ("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH") and the name.
    public var signatoryTitle: [String]
    public var signatoryName: String

    /// After the signature, on a new page: what makes every figure traceable.
    public var appendix: [Block]

    /// A letter (công văn) has no title: its subject (trích yếu, "V/v …") sits under the number
    /// in the left column, and it is addressed ("Kính gửi:") before its body. Empty for a report.
    public var excerpt: String = ""
    public var addresseesHeading: String = ""
    public var addressees: [String] = []

    public init(
        parentBody: String, issuer: String, number: String, country: String, motto: String, dateLine: String, kind: String,
        subject: String, body: [Block], recipientsHeading: String, recipients: [String], signatoryTitle: [String],
        signatoryName: String, appendix: [Block], excerpt: String = "", addresseesHeading: String = "", addressees: [String] = []
    ) {
        self.parentBody = parentBody
        self.issuer = issuer
        self.number = number
        self.country = country
        self.motto = motto
        self.dateLine = dateLine
        self.kind = kind
        self.subject = subject
        self.body = body
        self.recipientsHeading = recipientsHeading
        self.recipients = recipients
        self.signatoryTitle = signatoryTitle
        self.signatoryName = signatoryName
        self.appendix = appendix
        self.excerpt = excerpt
        self.addresseesHeading = addresseesHeading
        self.addressees = addressees
    }

    /// A piece of the body, in reading order.
    public enum Block: Hashable, Sendable, Codable {
        /// A numbered section: "I. TÌNH HÌNH CHUNG".
        case heading(String)
        /// A numbered point within a section: "1. Tiền lương, thu nhập, thưởng".
        case subheading(String)
        case paragraph(String)
        /// A dash item, as administrative documents list things: "- …".
        case bullet(String)
        case table(Table)
    }

    public struct Table: Hashable, Sendable, Codable {
        public var headers: [String]
        public var rows: [[String]]
        /// Columns of figures, aligned right.
        public var numericColumns: Set<Int>

        public init(headers: [String], rows: [[String]], numericColumns: Set<Int> = []) {
            self.headers = headers
            self.rows = rows
            self.numericColumns = numericColumns
        }
    }
}

extension ReportDocument {
    /// Every heading of the body, in order: what a table of contents or a test looks for.
    public var headings: [String] {
        body.compactMap { if case .heading(let text) = $0 { text } else { nil } }
    }
}
