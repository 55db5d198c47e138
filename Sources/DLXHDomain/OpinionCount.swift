/// Which items are told as opinion: the one rule the consolidated report's section II and the
/// trends share. An item is told as opinion when it is marked for the report, is not a rumour,
/// was not verified untrue (those are told with how they were handled) and is not the item of a
/// hot spot (told with the case).
extension OpinionItem {
    /// A rumour, or anything verified untrue: told only as such.
    public var isRumourOrUntrue: Bool { nature == .rumour || verification == .untrue }
}

extension Dataset {
    /// The items a hot spot stands for among `reports`: those linked to it, and every item of a
    /// rapid report linked to it (the written report of the phone call). Other reports linked to
    /// a case (a monthly report that mentions it) keep their other items as opinion.
    public func hotSpotItems(among reports: [Report]) -> Set<ItemReference> {
        var items = Set(hotSpots.flatMap(\.linkedItems))
        let linked = Set(hotSpots.flatMap { $0.linkedReports + [$0.writtenReport?.reportID].compactMap { $0 } })
        for report in reports where report.kind == .rapid && linked.contains(report.id) {
            for item in report.items { items.insert(ItemReference(reportID: report.id, itemID: item.id)) }
        }
        return items
    }

    /// The items of this dataset's reports told as opinion. `raised`: every item raised that
    /// is not set aside, whether or not it has been classified for the report yet (what trends
    /// count, so a month still being classified does not look like a fall).
    public func opinionItems(raised: Bool = false) -> Set<ItemReference> {
        let ofHotSpot = hotSpotItems(among: reports)
        var told = Set<ItemReference>()
        for report in reports {
            for item in report.items where (raised ? item.inclusion != .exclude : item.isIncludedInReport) && !item.isRumourOrUntrue {
                let ref = ItemReference(reportID: report.id, itemID: item.id)
                if !ofHotSpot.contains(ref) { told.insert(ref) }
            }
        }
        return told
    }
}
