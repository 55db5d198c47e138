import DLXHDomain

/// Reports returned for more (yêu cầu bổ sung) and not yet answered by a supplement: the
/// dashboard shows their unit's period as received but incomplete.
enum ReturnMarks {
    static func key(_ unitID: String, _ period: Period) -> String { unitID + "|" + period.id }

    static func incomplete(_ dataset: Dataset) -> Set<String> {
        Set(ReturnRules.incomplete(in: dataset.reports).map { key($0.unitID, $0.period) })
    }

    /// The units of `period` waiting to complete a returned report, by name.
    static func waiting(_ dataset: Dataset, period: Period) -> [String] {
        ReturnRules.incomplete(in: dataset.reports).filter { $0.period == period }.map { dataset.unit($0.unitID)?.name ?? $0.unitID }
    }
}
