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
        if Text.hasControlCharacters(report.summary) || Text.hasControlCharacters(report.documentNumber) {
            problems.append(ValidationProblem(field: "summary", reason: Phrases.controlCharacters))
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
            if Text.hasControlCharacters(item.content) || Text.hasControlCharacters(item.proposal) {
                problems.append(ValidationProblem(field: "\(field).content", reason: Phrases.controlCharacters))
            }
        }
        if report.items.isEmpty && !report.nothingToReport && report.summary.isEmpty {
            problems.append(ValidationProblem(field: "items", reason: Phrases.emptyReport))
        }
        return problems
    }
}
