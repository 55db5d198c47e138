import Foundation

/// The rules a record must satisfy before it is stored or accepted from another tool.
/// Each problem names the field, so an import rejection can say exactly what is wrong.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var reason: Localized

    public init(field: String, reason: Localized) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason.en)" }
}

public enum Validation {
    public static func problems(in report: Report, units: [ReportingUnit], configuration: Configuration) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if let unit = units.first(where: { $0.id == report.unitID }) {
            if !unit.isActive(during: report.period) {
                problems.append(ValidationProblem(field: "unit", reason: Phrases.unitInactive(unit.name, report.period)))
            }
        } else {
            problems.append(ValidationProblem(field: "unit", reason: Phrases.unknownUnit(report.unitID)))
        }
        // Every string field, ids and createdBy included: one problem per field, naming it.
        var texts: [(field: String, text: String, multiline: Bool)] = [
            ("id", report.id, false), ("unitID", report.unitID, false), ("documentNumber", report.documentNumber, false),
            ("summary", report.summary, true), ("createdBy", report.createdBy, false),
        ]
        if let base = report.supplementTo { texts.append(("supplementTo", base, false)) }
        for (i, item) in report.items.enumerated() {
            let field = "items[\(i)]"
            texts += [
                ("\(field).id", item.id, false), ("\(field).topic", item.topic, false), ("\(field).content", item.content, true),
                ("\(field).attitude", item.attitude, false), ("\(field).proposal", item.proposal, true),
                ("\(field).proposalTo", item.proposalTo, false), ("\(field).stepNote", item.stepNote, true),
            ]
        }
        for (field, text, multiline) in texts {
            if let hazard = Text.hazard(in: text, multiline: multiline) {
                problems.append(ValidationProblem(field: field, reason: Phrases.hazard(hazard)))
            }
        }
        var seen = Set<String>()
        for (i, item) in report.items.enumerated() {
            let field = "items[\(i)]"
            if !seen.insert(item.id).inserted {
                problems.append(ValidationProblem(field: "\(field).id", reason: Phrases.duplicateID(item.id)))
            }
            if configuration.topic(item.topic) == nil {
                problems.append(ValidationProblem(field: "\(field).topic", reason: Phrases.unknownTopic(item.topic)))
            }
            if configuration.attitude(item.attitude) == nil {
                problems.append(ValidationProblem(field: "\(field).attitude", reason: Phrases.unknownAttitude(item.attitude)))
            }
            if item.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(ValidationProblem(field: "\(field).content", reason: Phrases.required))
            }
        }
        if report.items.isEmpty && !report.nothingToReport && report.summary.isEmpty {
            problems.append(ValidationProblem(field: "items", reason: Phrases.emptyReport))
        }
        return problems
    }
}

extension Phrases {
    /// Why a text from an imported file is refused. Control characters keep their one phrase;
    /// the others name the character in the form `Text.escaped` writes.
    public static func hazard(_ hazard: Text.Hazard) -> Localized {
        switch hazard {
        case .control: controlCharacters
        case .bidi(let s):
            Localized(
                vi: "có ký tự đổi chiều văn bản \(Text.escaped(s)) không được phép",
                en: "contains a text-direction control \(Text.escaped(s))")
        case .invisible(let s):
            Localized(
                vi: "có ký tự vô hình \(Text.escaped(s)) không được phép",
                en: "contains an invisible character \(Text.escaped(s))")
        case .combiningFlood:
            Localized(
                vi: "có hơn \(Text.maxCombiningMarks) dấu kết hợp trên một chữ",
                en: "has more than \(Text.maxCombiningMarks) combining marks on one letter")
        }
    }
}
