import DLXHDomain

extension AppState {
    /// The screen for the current state: header, tabs, the focused component, message and status
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
        } else {
            focusedSlot.view(self, area: body, into: &grid)
        }
        drawMessageLine(&grid)
        drawStatusLine(&grid)
        switch overlay {
        case .help:
            let title = UIText.helpTitle(screen.title(language))(language)
            HelpOverlay.render(into: &grid, area: helpArea, title: title, sections: helpSections, language: language, offset: overlayScroll)
        case .confirm(let dialog):
            dialog.render(into: &grid, area: body, language: language)
        case .picker(let picker, _):
            picker.render(into: &grid, area: body, language: language)
        case .prompt(let prompt):
            prompt.render(into: &grid, area: body, language: language)
        case .lines(let title, let lines):
            let (box, wrapped, visible) = linesLayout(lines)
            grid.fill(box)
            grid.frame(box, title: title, style: .accent)
            // The newest at the bottom, as many as fit; ↑ scrolls back to older ones.
            let hidden = wrapped.count - visible
            let offset = min(overlayScroll, max(0, hidden))
            for (i, line) in wrapped.dropLast(offset).suffix(visible).enumerated() {
                grid.put(line, x: box.x + 2, y: box.y + 1 + i, limit: box.width - 4)
            }
            grid.put(ReadOnlyOverlay.hint(language, scrolls: hidden > 0, width: box.width - 4), x: box.x + 2, y: box.maxY - 2, style: .dim, limit: box.width - 4)
        case .document(let preview):
            preview.render(into: &grid, area: body, language: language)
        case .conflict(let dialog):
            dialog.render(into: &grid, area: body, configuration: dataset?.configuration ?? Configuration(), language: language)
        case nil:
            break
        }
        return grid
    }

    /// The area between the tab line and the message line, where dialogs are centred.
    var bodyArea: Rect { Rect(x: 0, y: 2, width: width, height: bodyHeight) }

    /// Where the help overlay is drawn, and what it lists.
    var helpArea: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }
    var helpSections: [(String, [KeyDoc])] {
        [(UIText.thisScreen(language), focusedSlot.keyDocs(self)), (UIText.globalKeys(language), globalKeyMap.docs)]
    }

    /// The history overlay's box, its lines wrapped (never cut mid-word) and how many show.
    func linesLayout(_ lines: [String]) -> (Rect, [String], Int) {
        let body = Rect(x: 0, y: 2, width: width, height: bodyHeight)
        let wrapped = lines.flatMap { WordFit.wrap($0, min(body.width - 6, 90)) }
        let box = body.centred(width: min(body.width - 2, 94), height: min(body.height, wrapped.count + 3))
        return (box, wrapped, max(1, box.height - 3))
    }

    /// A key on the help or history overlay: scrolls it, or closes it.
    mutating func scrollReadOnlyOverlay(_ key: Key) {
        guard let action: ReadOnlyOverlay.Action = ReadOnlyOverlay.keyMap.action(for: key) else { return }
        var maxOffset = 0
        var page = 1
        switch overlay {
        case .help:
            let layout = HelpOverlay.layout(area: helpArea, sections: helpSections, language: language)
            maxOffset = layout.maxOffset
            page = layout.visible
        case .lines(_, let lines):
            let (_, wrapped, visible) = linesLayout(lines)
            maxOffset = max(0, wrapped.count - visible)
            page = visible
        default: break
        }
        // The history counts from the newest (at the bottom): up shows older lines.
        let isLines: Bool = { if case .lines = overlay { return true } else { return false } }()
        let flipped: ReadOnlyOverlay.Action = {
            guard isLines else { return action }
            switch action {
            case .up: return .down
            case .down: return .up
            case .pageUp: return .pageDown
            case .pageDown: return .pageUp
            case .close: return .close
            }
        }()
        if let offset = ReadOnlyOverlay.scroll(flipped, offset: min(overlayScroll, maxOffset), maxOffset: maxOffset, page: page) {
            overlayScroll = offset
        } else {
            overlay = nil
            overlayScroll = 0
        }
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
        let tally = hotSpotTally
        let overdue = tally.overdue
        let acks = guidanceAlerts.count
        // The overdue acknowledgements join the badge only when there are any.
        let badge = HeaderBadge.text(hotSpots: UIText.alertBadge(tally.open, overdue)(language), acks: acks, staff: session.staff,
            day: now.day, width: width, language: language)
        let badgeWidth = DisplayWidth.of(badge)
        // The store name gives way first, so the staff name and the date always show.
        let fixedPart = " dlxh │ \(UIText.store(language)):  │ \(session.staff) │ \(now.day.displayString) "
        let room = max(4, width - badgeWidth - DisplayWidth.of(fixedPart))
        let storeName = DisplayWidth.of(session.storeName) <= room
            ? session.storeName : "…" + String(DisplayWidth.prefix(String(session.storeName.reversed()), fitting: room - 1).reversed())
        var left = " dlxh │ \(UIText.store(language)): \(storeName) │ \(session.staff) │ \(now.day.displayString)"
        // With overdue acknowledgements in a narrow header, the store goes altogether.
        if acks > 0, DisplayWidth.of(left) + badgeWidth + 1 > width { left = " dlxh │ \(session.staff) │ \(now.day.displayString)" }
        // Still too narrow (60 columns): the store, then the date give way, never half a name.
        let leftRoom = width - badgeWidth - 1
        if DisplayWidth.of(left) > leftRoom {
            left = WordFit.first(
                [" dlxh │ \(session.staff) │ \(now.day.displayString)", " dlxh │ \(session.staff)", " \(session.staff)"], fitting: leftRoom)
        }
        let badgeStyle = overdue > 0 || acks > 0 ? Style(foreground: .white, background: .red, bold: true, reverse: false) : Style.bar.with(bold: true)
        grid.put(left, x: 0, y: 0, style: .bar.with(bold: true), limit: max(0, width - badgeWidth - 1))
        grid.put(badge, x: max(0, width - badgeWidth), y: 0, style: badgeStyle)
    }

    func drawTabs(_ grid: inout Grid) {
        var x = 1
        let position = dataMayBeStale ? nil : focusedSlot.positionText(self) ?? tabSlot.positionText(self)
        // The full names when they fit with the position at the right; else the short ones.
        let full = ScreenID.allCases.reduce(1) { $0 + DisplayWidth.of(" \($1.rawValue) \($1.title(language)) ") + 1 }
        let short = full + max(8, DisplayWidth.of(position ?? "") + 2) > width
        for id in ScreenID.allCases {
            let title = " \(id.rawValue) \((short ? id.shortTitle : id.title)(language)) "
            let style: Style = id == screen ? Style(bold: true, reverse: true) : .plain
            x = grid.put(title, x: x, y: 1, style: style) + 1
        }
        if dataMayBeStale { drawStaleMark(&grid, after: x) } else if let text = position {
            let at = width - DisplayWidth.of(text) - 1
            if at > x { grid.put(text, x: at, y: 1, style: .dim) }
        }
    }

    func drawMessageLine(_ grid: inout Grid) {
        let y = height - 2
        // The tab's own line first when it has one (the inbox's filter), else the news.
        if tabSlot.drawMessageLine(self, y: y, into: &grid) { return }
        if let toast {
            grid.put(WordFit.message(toast(language), width - 2), x: 1, y: y, style: toast.severity == .warning ? .danger : .accent)
        }
    }

    func drawStatusLine(_ grid: inout Grid) {
        let y = height - 1
        grid.fill(Rect(x: 0, y: y, width: width, height: 1), style: .bar)
        // Under an overlay only its own keys are in force: the bar says those, not the screen's.
        let hints =
            if let overlayKeys {
                StatusLine.hints(screen: overlayKeys, global: [], width: width - 2, language: language)
            } else {
                StatusLine.hints(screen: focusedSlot.keyDocs(self), global: globalKeyMap.docs, width: width - 2, language: language)
            }
        grid.put(" " + hints, x: 0, y: y, style: .bar, limit: width)
    }

    /// The keys of the overlay on top, if any.
    var overlayKeys: [KeyDoc]? {
        switch overlay {
        case .help, .lines: ReadOnlyOverlay.keyMap.docs
        case .confirm: ConfirmDialog.keyMap.docs
        case .picker: Picker.keyMap.docs
        case .prompt: Prompt.keyMap.docs
        case .document: DocumentPreview.keyMap.docs
        case .conflict: ConflictDialog.keyMap.docs
        case nil: nil
        }
    }
}

/// The header's badge: the hot-spot badge as it always was, and the overdue acknowledgements
/// beside it when there are any (shortened when the header is narrow, so the staff name and the
/// date still show whole).
enum HeaderBadge {
    static func text(hotSpots: String, acks: Int, staff: String, day: Day, width: Int, language l: Language) -> String {
        guard acks > 0 else { return " " + hotSpots + " " }
        let fixed = " dlxh │ \(staff) │ \(day.displayString) "
        let choices = [GuidanceUI.badge(acks), GuidanceUI.shortBadge(acks), GuidanceUI.tinyBadge(acks)].map { " \(hotSpots) \($0(l)) " }
        return choices.first { DisplayWidth.of($0) + DisplayWidth.of(fixed) <= width } ?? choices.last!
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
