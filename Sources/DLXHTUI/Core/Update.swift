import DLXHDomain

extension AppState {
    /// The one place state changes: a message in, the effects to perform out.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let w, let h):
            width = w
            height = h
            return []
        case .tick(let moment):
            now = moment
            refreshAlerts()
            // The entry form is written to the store as a draft at most a tick behind the typing.
            if entry.draftPending, let draft = EntryScreen.draft(self) {
                entry.draftPending = false
                return [.checkForChanges, .save(.draft(draft))]
            }
            return [.checkForChanges]
        case .draftFound(let draft):
            entry.offeredDraft = draft
            overlay = .confirm(ConfirmDialog(question: UIText.draftOffer(draft.savedAt.displayString)(language), onYes: .restoreDraft))
            return []
        case .loaded(let data):
            let first = dataset == nil
            load(data)
            if first { greet() } else { toast = UIText.storeReloaded }
            return []
        case .loadedWith(let data, let text):
            load(data)
            toast = text
            return []
        case .staffState(let read, let views):
            readReports = read
            savedViews = views
            return []
        case .saved(let result):
            guard result.text != nil else { return [] }  // a draft written: nothing to show
            apply(result)
            toast = undoing ?? result.text
            undoing = nil
            return []
        case .failed(let text):
            toast = text
            undoing = nil
            return []
        case .stale(let text): return markStale(text)
        case .notice(let text):
            toast = text
            return []
        case .conflict(let conflict, let retry):
            if conflict.deleted {
                // Nothing to choose: the record is gone. The person's version goes back into
                // its form, to save anew or copy from.
                reopenForEditing(retry, asNew: true)
                toast = ConflictText.deletedMeanwhile(conflict.id, conflict.theirsBy ?? "?", conflict.theirsAt?.displayString ?? "?")
            } else {
                overlay = .conflict(ConflictDialog(conflict: conflict, retry: retry))
                toast = ConflictText.choose
            }
            return []
        case .text(let text) where overlay == nil && screen == .entry && entry.form != nil:
            // A burst of text (input method, paste) goes into the focused field whole, in order.
            if entry.itemForm != nil {
                if case .pick(let field, let typed) = entry.itemForm!.insert(text) {
                    EntryScreen.offerChoice(field, item: true, typed: typed, state: &self)
                }
            } else if !entry.onItems {
                if case .pick(let field, let typed) = entry.form!.insert(text) {
                    EntryScreen.offerChoice(field, item: false, typed: typed, state: &self)
                }
            } else {
                var effects: [Effect] = []
                for character in text { effects += handle(.character(character)) }
                return effects
            }
            if entry.isDirty { entry.draftPending = true }
            return []
        case .text(let text) where overlay == nil && screen == .hotSpots && hotSpots.form != nil:
            // A burst of text (input method, paste) goes into the form's field whole.
            if case .pick(let field, let typed) = hotSpots.form!.insert(text) {
                HotSpotsScreen.offerChoice(field, typed: typed, state: &self)
            }
            return []
        case .text(let text) where overlay == nil && guidance.form != nil:
            if case .pick(let field, let typed) = guidance.form!.insert(text) {
                GuidanceScreen.offerChoice(field, typed: typed, state: &self)
            }
            return []
        case .text(let text):
            var effects: [Effect] = []
            for character in text { effects += handle(.character(character)) }
            return effects
        case .key(let key):
            return handle(key)
        }
    }

    mutating func load(_ data: Dataset) {
        dataMayBeStale = false
        dataset = data
        derived = Derived(data)
        refreshAlerts()
        InboxScreen.refilter(&self, keepSelection: true)
        if let id = inbox.openReportID, data.report(id) == nil { inbox.openReportID = nil }
    }

    /// Takes in what a save wrote, without reloading the store.
    mutating func apply(_ result: SaveResult) {
        guard var data = dataset else { return }
        let removed = Set(result.removedReports)
        let changed = Dictionary(result.reports.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        var known = Set<String>()
        data.reports = data.reports.compactMap { report in
            if removed.contains(report.id) { return nil }
            known.insert(report.id)
            return changed[report.id] ?? report
        }
        let added = result.reports.filter { !known.contains($0.id) }
        data.reports += added
        let spots = Dictionary(result.hotSpots.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        var knownSpots = Set<String>()
        data.hotSpots = data.hotSpots.map { spot in
            knownSpots.insert(spot.id)
            return spots[spot.id] ?? spot
        }
        data.hotSpots += result.hotSpots.filter { !knownSpots.contains($0.id) }
        if let audit = result.audit { data.audit = audit }
        dataset = data
        if added.isEmpty && result.hotSpots.isEmpty {
            derived.apply(result.reports, removed: result.removedReports, dataset: data)
        } else {
            derived = Derived(data)
        }
        refreshAlerts()
        InboxScreen.refilter(&self, keepSelection: true)
        if let id = inbox.openReportID, removed.contains(id) { inbox.openReportID = nil }
    }

    mutating func refreshAlerts() {
        guard let dataset else { return }
        alerts = HotSpotAlerts.alerts(in: dataset.hotSpots, rules: dataset.configuration.hotSpotRules, at: now)
        guidanceAlerts = GuidanceAlerts.overdue(in: dataset.guidance, asOf: now.day)
    }

    /// On start: overdue hot-spot alerts are the first thing said.
    mutating func greet() {
        greeted = true
        let overdue = overdueAlerts
        let acks = guidanceAlerts.count
        if overdue > 0 && acks > 0 {
            toast = GuidanceUI.bothOnStart(overdue, acks)
        } else if overdue > 0 {
            toast = UIText.overdueOnStart(overdue)
        } else if acks > 0 {
            toast = GuidanceUI.overdueOnStart(acks)
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        // An overlay has the keyboard first.
        if overlay != nil { return handleOverlay(key) }
        toast = nil
        // Then whatever is being typed into on the current screen.
        if let effects = GuidanceScreen.handleInput(key, state: &self) { return effects }
        if screen == .inbox, let effects = InboxScreen.handleInput(key, state: &self) { return effects }
        if screen == .hotSpots, let effects = HotSpotsScreen.handleInput(key, state: &self) { return effects }
        if screen == .entry, let effects = EntryScreen.handleInput(key, state: &self) { return effects }
        if screen == .dashboard, let effects = DashboardScreen.handleInput(key, state: &self) { return effects }
        // The report preview covers whichever screen it was opened on, and has the keys it shows.
        if preview != nil {
            if key == .control("c") { return perform(.quit) }
            return DashboardScreen.previewKey(key, state: &self)
        }
        // Then the screen's keys, then the global ones.
        for binding in bindings(for: screen) where binding.matches(key) {
            return perform(binding.command)
        }
        for binding in globalBindingsNow where binding.matches(key) {
            return perform(binding.command)
        }
        return []
    }

    mutating func handleOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .help, .lines:
            if key == .escape || key == .character("?") || key == .character("q") || key == .enter { overlay = nil }
            return []
        case .confirm(let dialog):
            switch dialog.answer(key) {
            case .yes:
                overlay = nil
                return perform(dialog.onYes, confirmed: true)
            case .no: overlay = nil
            case .undecided: break
            }
            return []
        case .picker(var picker, let purpose):
            switch key {
            case .escape:
                overlay = nil
            case .enter:
                overlay = nil
                if let option = picker.selected { return picked(option, for: purpose) }
            default:
                _ = picker.handle(key)
                overlay = .picker(picker, purpose)
            }
            return []
        case .prompt(var prompt):
            switch key {
            case .escape:
                overlay = nil
            case .enter:
                overlay = nil
                switch prompt.purpose {
                case .hotSpotUpdate, .escalationNote:
                    return HotSpotsScreen.answered(prompt.field.text, for: prompt.purpose, state: &self)
                case .returnReason, .ackNote, .relayLetterFile, .guidanceReminderFile:
                    return GuidanceScreen.answered(prompt.field.text, for: prompt.purpose, state: &self)
                case .exemptReason, .deactivateOn, .reportFile, .reminderFile:
                    return DashboardScreen.answered(prompt.field.text, for: prompt.purpose, state: &self)
                default:
                    return InboxScreen.answered(prompt.field.text, for: prompt.purpose, state: &self)
                }
            default:
                _ = prompt.field.handle(key)
                overlay = .prompt(prompt)
            }
            return []
        case .conflict(var dialog):
            switch dialog.handle(key) {
            case .save?:
                overlay = nil
                return [.save(dialog.resolvedSave)]
            case .backToEditing?:
                overlay = nil
                reopenForEditing(dialog.retry, asNew: false)
            default:
                overlay = .conflict(dialog)
            }
            return []
        case nil:
            return []
        }
    }

    /// A refused save of an edited record: its form opens again with what the person typed,
    /// still based on the version they first opened (so saving again merges the same way).
    mutating func reopenForEditing(_ save: Save, asNew: Bool) {
        switch save {
        case .report(var report, let base, _):
            if asNew {
                report.id = ""
                report.items = report.items.map { item in
                    var copy = item
                    copy.revision = nil
                    return copy
                }
            }
            EntryScreen.openEdit(&self, report: report)
            if asNew {
                entry.editingReportID = nil
                entry.opened = nil
            } else {
                entry.opened = base
            }
            entry.form?.isDirty = true
            entry.editedItems = true
            entry.draftPending = true
        case .hotSpotRecord(let spot, let base, _):
            screen = .hotSpots
            hotSpots.form = HotSpotsScreen.recordForm(self, spot: spot)
            hotSpots.form?.isDirty = true
            hotSpots.editingID = spot.id
            hotSpots.opened = base
        case .unit(let unit, let base, _):
            screen = .dashboard
            dashboard.unitForm = DashboardScreen.unitForm(self, unit: unit)
            dashboard.unitForm?.isDirty = true
            dashboard.editingUnitID = base == nil ? nil : unit.id
            dashboard.openedUnit = base
        default:
            break
        }
    }

    /// A picker closed with a choice: the screen that asked takes it.
    mutating func picked(_ option: Picker.Option, for purpose: PickerPurpose) -> [Effect] {
        switch purpose {
        case .classify, .bulkAction, .view, .hotSpotKind:
            return InboxScreen.picked(option.id, for: purpose, state: &self)
        case .hotSpotFilter, .hotSpotFilterUnit, .hotSpotFilterKind, .hotSpotStatus, .hotSpotEscalation,
            .hotSpotWrittenReport, .formChoice:
            return HotSpotsScreen.picked(option, for: purpose, state: &self)
        case .entryChoice, .duplicateReport:
            return EntryScreen.picked(option, for: purpose, state: &self)
        case .unitChoice:
            return DashboardScreen.picked(option, for: purpose, state: &self)
        case .guidanceIssuer, .guidanceAckUnit:
            return GuidanceScreen.picked(option, for: purpose, state: &self)
        }
    }

    mutating func perform(_ command: Command, confirmed: Bool = false) -> [Effect] {
        switch command {
        case .quit:
            if hasUnsavedForm && !confirmed {
                overlay = .confirm(ConfirmDialog(question: UIText.quitDirty(language), onYes: .quit))
                return []
            }
            return finalSaves + [.quit]
        case .help: overlay = .help
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .refresh: return [.checkForChanges, .processIncoming]
        case .preview:
            DashboardScreen.openPreview(&self, period: screen == .dashboard ? DashboardScreen.selected(self) : DashboardScreen.current(self))
        case .screen(let id): screen = id
        case .nextScreen: screen = ScreenID(rawValue: screen.rawValue % 4 + 1)!
        case .previousScreen: screen = ScreenID(rawValue: (screen.rawValue + 2) % 4 + 1)!
        case .undo: return undo()
        case .restoreDraft: return EntryScreen.perform(.restoreDraft, state: &self)
        case .newHotSpot:
            screen = .hotSpots
            HotSpotsScreen.openPhoneIn(&self)
        case .discardForm where guidance.form != nil:
            guidance.form = nil  // confirmed: the guidance form's typing thrown away
        default:
            switch screen {
            case .inbox: return InboxScreen.perform(command, state: &self)
            case .entry: return EntryScreen.perform(command, state: &self)
            case .hotSpots: return HotSpotsScreen.perform(command, state: &self)
            case .dashboard:
                if guidance.isOpen { return GuidanceScreen.perform(command, state: &self) }
                return DashboardScreen.perform(command, state: &self)
            }
        }
        return []
    }

    /// What must be written before the program ends, however it ends (q, Ctrl-C, a signal): the
    /// entry form's text typed since the last tick goes into its draft.
    public var finalSaves: [Effect] {
        guard entry.draftPending, let draft = EntryScreen.draft(self) else { return [] }
        return [.save(.draft(draft))]
    }

    /// Takes back the last change made in this session.
    mutating func undo() -> [Effect] {
        guard let last = undoStack.popLast() else {
            toast = UIText.nothingToUndo
            return []
        }
        undoing = UIText.undone(last.description(language))
        toast = undoing
        return [.save(last.save)]
    }

    func bindings(for screen: ScreenID) -> [KeyBinding] {
        if guidance.form != nil { return [] }  // the guidance form has the keyboard
        return switch screen {
        case .inbox: inbox.openReportID == nil ? InboxScreen.listBindings : InboxScreen.reportBindings
        case .hotSpots: hotSpots.openID == nil ? HotSpotsScreen.listBindings : HotSpotsScreen.recordBindings
        case .entry: entry.form == nil ? EntryScreen.listBindings : EntryScreen.formBindings
        case .dashboard: guidance.isOpen ? GuidanceScreen.bindings : DashboardScreen.bindings(self)
        }
    }

    /// Keys every list understands.
    static let listBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", UIText.keyMove, .moveUp, status: "↑↓"),
        KeyBinding([.down, .character("j")], "↓/j", UIText.keyMove, .moveDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", UIText.keyPage, .pageUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn", UIText.keyPage, .pageDown),
        KeyBinding([.character("g"), .home], "g", UIText.keyFirstLast, .first),
        KeyBinding([.character("G"), .end], "G", UIText.keyFirstLast, .last),
    ]

    /// What stays global while a form has the keyboard.
    static let formGlobalBindings: [KeyBinding] = [
        KeyBinding([.function(1)], "F1", UIText.keyHelp, .help, status: "F1"),
        KeyBinding([.control("c")], "Ctrl-C", UIText.keyQuit, .quit, status: "Ctrl-C"),
    ]

    /// Keys that work on every screen.
    static let globalBindings: [KeyBinding] = [
        KeyBinding([.character("1")], "1", UIText.keyScreens, .screen(.inbox), status: "1-4/Tab"),
        KeyBinding([.character("2")], "2", UIText.keyScreens, .screen(.entry)),
        KeyBinding([.character("3")], "3", UIText.keyScreens, .screen(.hotSpots)),
        KeyBinding([.character("4")], "4", UIText.keyScreens, .screen(.dashboard)),
        KeyBinding([.tab], "Tab", UIText.keyNextScreen, .nextScreen),
        KeyBinding([.backTab], "Shift-Tab", UIText.keyNextScreen, .previousScreen),
        KeyBinding([.control("n"), .function(2)], "Ctrl-N", UIText.keyPhoneIn, .newHotSpot),
        KeyBinding([.character("u")], "u", UIText.keyUndo, .undo),
        KeyBinding([.character("R")], "R", UIText.keyPreview, .preview),
        KeyBinding([.character("?"), .function(1)], "?", UIText.keyHelp, .help, status: "?"),
        KeyBinding([.character("q"), .control("c")], "q", UIText.keyQuit, .quit, status: "q"),
        KeyBinding([.control("l")], "Ctrl-L", UIText.keyRedraw, .redraw),
        KeyBinding([.control("r"), .function(5)], "Ctrl-R", UIText.keyRefresh, .refresh),
        KeyBinding([.control("z")], "Ctrl-Z", UIText.keySuspend, .suspend),
    ]
}
