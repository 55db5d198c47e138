import DLXHDomain

@testable import DLXHTUI

/// What the tests ask of the components, from a whole application state (each component
/// answers from its own state and the context the app gives it).
extension AppState {
    var ctx: ScreenContext { context() }
}

extension InboxScreen {
    static func openReport(_ state: AppState) -> Report? { state.inbox.openReport(state.ctx) }
    static func selectedReport(_ state: AppState) -> Report? { state.inbox.selectedReport(state.ctx) }
    static func selectedItem(_ state: AppState) -> (Report, OpinionItem)? { state.inbox.selectedItem(state.ctx) }
    static func pagerLines(_ state: AppState, reportID: String, width: Int) -> [PagerLine] {
        guard let report = state.dataset?.report(reportID) else { return [] }
        return pagerLines(state.inbox, state.ctx, report: report, width: width).lines
    }
}

extension DashboardScreen {
    static func selected(_ state: AppState) -> Period { state.dashboard.selected(state.ctx) }
    static func current(_ state: AppState) -> Period { state.dashboard.current(state.ctx) }
    static func rightmost(_ state: AppState) -> Period { state.dashboard.rightmost(state.ctx) }
    static func selectedUnit(_ state: AppState) -> ReportingUnit? { state.dashboard.selectedUnit(state.ctx) }
}

extension HotSpotsScreen {
    static func rows(_ state: AppState) -> [Row] { state.hotSpots.rows(state.ctx) }
    static func selected(_ state: AppState) -> HotSpot? { state.hotSpots.selected(state.ctx) }
}

extension GuidanceScreen {
    static func rows(_ state: AppState) -> [Guidance] { state.guidance.rows(state.ctx) }
}
