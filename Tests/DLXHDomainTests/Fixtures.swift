@testable import DLXHDomain

// Small builders shared by the domain tests. They force-unwrap only literal dates the tests
// themselves know to be valid, so a typo in a test fails loudly at that line.

/// A literal day; traps if the test wrote an impossible date.
func d(_ year: Int, _ month: Int, _ day: Int) -> Day {
    guard let value = Day(year: year, month: month, day: day) else {
        fatalError("test fixture: impossible date \(year)-\(month)-\(day)")
    }
    return value
}

/// A fixed creation moment for records whose creation time does not matter to the test.
let fixtureMoment = Moment(day: d(2026, 11, 1), hour: 9)

func unit(
    _ id: String, name: String? = nil, from activeFrom: Day = d(2020, 1, 1), to activeTo: Day? = nil,
    mustReport: Bool = true, successorID: String? = nil, exemptions: [Exemption] = []
) -> ReportingUnit {
    ReportingUnit(
        id: id, name: name ?? "Đơn vị \(id)", kind: .sectorUnion, activeFrom: activeFrom, activeTo: activeTo,
        mustReport: mustReport, successorID: successorID, exemptions: exemptions)
}

func report(
    _ id: String, unit unitID: String, period: Period, kind: ReportKind = .periodic, receivedOn: Day,
    nothingToReport: Bool = false, summary: String = "", documentNumber: String = "", items: [OpinionItem] = []
) -> Report {
    Report(
        id: id, unitID: unitID, period: period, kind: kind, receivedOn: receivedOn, documentNumber: documentNumber,
        summary: summary, nothingToReport: nothingToReport, items: items, createdAt: fixtureMoment,
        createdBy: "test")
}

func item(
    _ id: String, topic: String = "wages", content: String = "Công nhân mong muốn tăng lương tối thiểu vùng",
    attitude: String = "interested"
) -> OpinionItem {
    OpinionItem(id: id, topic: topic, content: content, attitude: attitude)
}
