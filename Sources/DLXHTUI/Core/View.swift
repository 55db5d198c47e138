import DLXHDomain

extension AppState {
    /// The screen for the current state: header, tabs, the current screen, message and status
    /// lines, and any overlay. Pure: the same state always draws the same grid.
    public func view() -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= AppState.minimumWidth, height >= AppState.minimumHeight else {
            drawTooSmall(&grid)
            return grid
        }
        drawHeader(&grid)
        drawTabs(&grid)
        let body = Rect(x: 0, y: 2, width: width, height: bodyHeight)
        if dataset == nil {
            grid.put(UIText.loading(language), x: 2, y: body.y + 1, style: .dim)
        } else if let form = guidance.form {
            GuidanceScreen.drawForm(self, form, into: &grid, area: body)
        } else if let preview {
            DashboardScreen.drawPreview(self, preview, into: &grid, area: body)
        } else {
            switch screen {
            case .inbox: InboxScreen.draw(self, into: &grid, area: body)
            case .entry: EntryScreen.draw(self, into: &grid, area: body)
            case .hotSpots: HotSpotsScreen.draw(self, into: &grid, area: body)
            case .dashboard:
                if guidance.isOpen {
                    GuidanceScreen.draw(self, into: &grid, area: body)
                } else {
                    DashboardScreen.draw(self, into: &grid, area: body)
                }
            }
        }
        drawMessageLine(&grid)
        drawStatusLine(&grid)
        switch overlay {
        case .help:
            let title = UIText.helpTitle(UIText.screenTitle(screen.rawValue)(language))(language)
            HelpOverlay.render(
                into: &grid, area: Rect(x: 0, y: 1, width: width, height: height - 2), title: title,
                sections: [
                    (UIText.thisScreen(language), preview != nil ? DashboardScreen.previewBindings : bindings(for: screen)),
                    (UIText.globalKeys(language), globalBindingsNow),
                ], language: language)
        case .confirm(let dialog):
            dialog.render(into: &grid, area: body, language: language)
        case .picker(let picker, _):
            picker.render(into: &grid, area: body, language: language)
        case .prompt(let prompt):
            let box = body.centred(width: min(body.width - 2, 70), height: 4)
            grid.fill(box)
            grid.frame(box, title: prompt.title, style: .accent)
            prompt.field.render(into: &grid, x: box.x + 2, y: box.y + 1, width: box.width - 4, focused: true)
            grid.put(UIText.promptKeys(language), x: box.x + 2, y: box.y + 2, style: .dim, limit: box.width - 4)
        case .lines(let title, let lines):
            let wrapped = lines.flatMap { TextArea.wrap($0, width: min(body.width - 6, 90)).map(\.text) }
            let box = body.centred(width: min(body.width - 2, 94), height: min(body.height, wrapped.count + 3))
            grid.fill(box)
            grid.frame(box, title: title, style: .accent)
            // The newest at the bottom, as many as fit.
            for (i, line) in wrapped.suffix(box.height - 3).enumerated() {
                grid.put(line, x: box.x + 2, y: box.y + 1 + i, limit: box.width - 4)
            }
            grid.put(UIText.closeHelp(language), x: box.x + 2, y: box.maxY - 2, style: .dim, limit: box.width - 4)
        case .conflict(let dialog):
            dialog.render(into: &grid, area: body, configuration: dataset?.configuration ?? Configuration(), language: language)
        case nil:
            break
        }
        return grid
    }

    func drawTooSmall(_ grid: inout Grid) {
        let text = UIText.tooSmall(width, height, AppState.minimumWidth, AppState.minimumHeight)(language)
        let lines = TextArea.wrap(text, width: max(1, width - 2)).map(\.text)
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            grid.put(line, x: 1, y: top + i, style: .bold)
        }
    }

    func drawHeader(_ grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .bar)
        let overdue = overdueAlerts
        let acks = guidanceAlerts.count
        // The overdue acknowledgements join the badge only when there are any.
        let badge = GuidanceScreen.headerBadge(self, hotSpots: UIText.alertBadge(alerts.count, overdue)(language), acks: acks)
        let badgeWidth = DisplayWidth.of(badge)
        // The store name gives way first, so the staff name and the date always show.
        let fixedPart = " dlxh │ \(UIText.store(language)):  │ \(session.staff) │ \(now.day.displayString) "
        let room = max(4, width - badgeWidth - DisplayWidth.of(fixedPart))
        let storeName = DisplayWidth.of(session.storeName) <= room
            ? session.storeName : "…" + String(DisplayWidth.prefix(String(session.storeName.reversed()), fitting: room - 1).reversed())
        var left = " dlxh │ \(UIText.store(language)): \(storeName) │ \(session.staff) │ \(now.day.displayString)"
        // With overdue acknowledgements in a narrow header, the store goes altogether.
        if acks > 0, DisplayWidth.of(left) + badgeWidth + 1 > width { left = " dlxh │ \(session.staff) │ \(now.day.displayString)" }
        let badgeStyle = overdue > 0 || acks > 0 ? Style(foreground: .white, background: .red, bold: true, reverse: false) : Style.bar.with(bold: true)
        grid.put(left, x: 0, y: 0, style: .bar.with(bold: true), limit: max(0, width - badgeWidth - 1))
        grid.put(badge, x: max(0, width - badgeWidth), y: 0, style: badgeStyle)
    }

    func drawTabs(_ grid: inout Grid) {
        var x = 1
        for id in ScreenID.allCases {
            let title = " \(id.rawValue) \(UIText.screenTitle(id.rawValue)(language)) "
            let style: Style = id == screen ? Style(bold: true, reverse: true) : .plain
            x = grid.put(title, x: x, y: 1, style: style) + 1
        }
        if dataMayBeStale { drawStaleMark(&grid, after: x) } else if let position = listPosition {
            let text = "\(position.selected + 1)/\(position.count)"
            let at = width - DisplayWidth.of(text) - 1
            if at > x { grid.put(text, x: at, y: 1, style: .dim) }
        }
    }

    /// While a form has the keyboard, letters and digits type: only F1 and Ctrl-C stay global.
    var globalBindingsNow: [KeyBinding] {
        let formOpen = (screen == .entry && entry.form != nil) || (screen == .hotSpots && hotSpots.form != nil)
            || (screen == .dashboard && dashboard.unitForm != nil) || preview != nil || guidance.form != nil
        return formOpen ? AppState.formGlobalBindings : AppState.globalBindings
    }

    /// Where the selection is in the current list, shown at the right of the tab line.
    var listPosition: (selected: Int, count: Int)? {
        if let preview {
            return (min(preview.lines.count, preview.offset + bodyHeight) - 1, preview.lines.count)
        }
        let (selected, count): (Int, Int)
        switch screen {
        case .inbox:
            if let id = inbox.openReportID {
                // The pager: the last line shown, of all lines.
                let lines = InboxScreen.pagerLines(self, reportID: id, width: width - 2).count
                return (min(lines, inbox.pagerOffset + bodyHeight) - 1, lines)
            }
            (selected, count) = (inbox.list.selected, inbox.visible.count)
        case .entry:
            guard entry.form == nil else { return nil }
            (selected, count) = (entry.recent.selected, derived.recentlyEntered.count)
        case .hotSpots:
            guard hotSpots.openID == nil, hotSpots.form == nil else { return nil }
            (selected, count) = (hotSpots.list.selected, HotSpotsScreen.rows(self).count)
        case .dashboard:
            guard dashboard.unitForm == nil else { return nil }
            if guidance.isOpen { (selected, count) = (guidance.list.selected, GuidanceScreen.rows(self).count); break }
            switch dashboard.view {
            case .matrix: (selected, count) = (dashboard.unitRow.selected, DashboardScreen.matrixUnits(self).count)
            case .owing: (selected, count) = (dashboard.owing.selected, DashboardScreen.owing(self).count)
            case .roster: (selected, count) = (dashboard.roster.selected, dataset?.units.count ?? 0)
            }
        }
        return count == 0 ? nil : (min(selected, count - 1), count)
    }

    func drawMessageLine(_ grid: inout Grid) {
        let y = height - 2
        // The filter line while typing into it; then news (a save, a warning); then the filter in force.
        if screen == .inbox, inbox.editingFilter {
            InboxScreen.drawFilterLine(self, into: &grid, y: y)
        } else if let toast {
            grid.put(toast(language), x: 1, y: y, style: toast.vi.hasPrefix("⚠") ? .danger : .accent)
        } else if screen == .inbox, !inbox.filter.text.isEmpty {
            InboxScreen.drawFilterLine(self, into: &grid, y: y)
        }
    }

    func drawStatusLine(_ grid: inout Grid) {
        let y = height - 1
        grid.fill(Rect(x: 0, y: y, width: width, height: 1), style: .bar)
        let local = preview != nil ? DashboardScreen.previewBindings : bindings(for: screen)
        let hints = StatusLine.hints(screen: local, global: globalBindingsNow, width: width - 2, language: language)
        grid.put(" " + hints, x: 0, y: y, style: .bar, limit: width)
    }
}

/// Small formatting helpers the screens share.
enum Format {
    /// "3 ngày" / "5 giờ" / "12 phút": how long ago.
    static func age(from start: Moment, to now: Moment) -> Localized {
        let seconds = max(0, start.seconds(until: now))
        if seconds >= 48 * 3600 { return UIText.days(Int(seconds / 86_400)) }
        if seconds >= 3600 { return UIText.hours(Int(seconds / 3600)) }
        return UIText.minutes(Int(seconds / 60))
    }

    static func kind(_ kind: ReportKind) -> Localized {
        kind == .rapid ? UIText.rapidShort : kind.label
    }
}
