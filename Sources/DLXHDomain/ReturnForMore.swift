/// A received report sent back to its unit for more (yêu cầu bổ sung): when, by whom, why.
/// The unit answers with a supplement report (`supplementTo` = the returned report's id);
/// until one arrives the report counts as received but incomplete.
public struct ReturnRequest: Codable, Hashable, Sendable {
    public var on: Day
    public var by: String
    public var reason: String

    public init(on: Day, by: String, reason: String) {
        self.on = on
        self.by = by
        self.reason = reason
    }
}

/// The rule "received-incomplete until the supplement arrives".
public enum ReturnRules {
    /// The supplement that answers `report`'s return request: a report supplementing it,
    /// received on or after the day it was returned (the earliest such). Nil when the report
    /// was not returned or no answer has come.
    public static func answer(to report: Report, in reports: [Report]) -> Report? {
        guard let request = report.returnedForMore else { return nil }
        return reports.filter { $0.supplementTo == report.id && $0.id != report.id && $0.receivedOn >= request.on }
            .min { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
    }

    /// Returned for more and not yet answered: received, but incomplete.
    public static func isIncomplete(_ report: Report, in reports: [Report]) -> Bool {
        report.returnedForMore != nil && answer(to: report, in: reports) == nil
    }

    /// Every report still waiting for its supplement, the longest waiting first.
    public static func incomplete(in reports: [Report]) -> [Report] {
        let returned = reports.filter { $0.returnedForMore != nil }
        guard !returned.isEmpty else { return [] }
        let supplements = reports.filter { $0.supplementTo != nil }
        return returned.filter { isIncomplete($0, in: supplements) }.sorted {
            ($0.returnedForMore!.on, $0.id) < ($1.returnedForMore!.on, $1.id)
        }
    }
}
