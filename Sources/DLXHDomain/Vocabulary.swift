// The fixed classification vocabularies of a report and an opinion item. Their labels in both
// languages live in Localization.swift; topics and attitudes are editable lists in Configuration.

/// Định kỳ / đột xuất / báo cáo nhanh.
public enum ReportKind: String, Codable, Sendable, CaseIterable {
    case periodic, adHoc, rapid
}

/// Hình thức phản ánh: how the report reached the board.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case document, email, fax, phone, meeting, direct, socialMedia
}

/// Nguồn: where the unit picked the opinion up.
public enum Source: String, Codable, Sendable, CaseIterable {
    case direct, collaborator, reporter, meeting, press, socialMedia, survey, inspection
}

/// Đối tượng: whose opinion it is.
public enum TargetGroup: String, Codable, Sendable, CaseIterable {
    case fdi, `private`, state, civilServants, informal, general
}

/// Mức độ: how widely the opinion is held.
public enum Breadth: String, Codable, Sendable, CaseIterable {
    case overwhelming, majority, many, some
}

/// Phạm vi: how far it reaches.
public enum Scope: String, Codable, Sendable, CaseIterable {
    case unit, local, province, nation
}

/// Dư luận xã hội (verifiable origin) or tin đồn (rumour: no verifiable origin).
public enum Nature: String, Codable, Sendable, CaseIterable {
    case publicOpinion, rumour
}

/// Chưa xác minh / đã xác minh / không đúng sự thật.
public enum Verification: String, Codable, Sendable, CaseIterable {
    case unverified, verified, untrue
}

/// The four handling steps of seed 001, section 3.3.
public enum HandlingStep: Int, Codable, Sendable, CaseIterable, Comparable {
    /// Chọn lọc, phân tích, đánh giá.
    case select = 1
    /// Phân loại, so sánh, đối chiếu.
    case classify = 2
    /// Phản ánh, tham mưu: reported upward with a proposal.
    case reportUp = 3
    /// Phản hồi: the official guidance relayed back down.
    case relayDown = 4

    public static func < (a: HandlingStep, b: HandlingStep) -> Bool { a.rawValue < b.rawValue }
}

/// Whether an item goes into the consolidated monthly report.
public enum Inclusion: String, Codable, Sendable, CaseIterable {
    /// The default rule: classified items past step 1 are included.
    case automatic
    case include
    case exclude
}

/// An entry of an editable list (topics, attitudes): a stable id stored in records, and labels.
public struct Category: Codable, Hashable, Sendable {
    public var id: String
    public var vi: String
    public var en: String

    public init(id: String, vi: String, en: String) {
        self.id = id
        self.vi = vi
        self.en = en
    }

    public func label(_ language: Language) -> String { language == .vi ? vi : en }
}
