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
            return [.checkForChanges] + broadcast(.tick)
        case .draftFound(let draft):
            return route(.offerDraft(draft))
        case .loaded(let data):
            let first = dataset == nil
            load(data)
            if first { greet() } else { toast = Toast(UIText.storeReloaded) }
            return broadcast(.reloaded)
        case .loadedPrepared(let data, let prepared):
            let first = dataset == nil
            load(data, derived: prepared)
            if first { greet() }
            return broadcast(.reloaded)
        case .loadedWith(let data, let text):
            load(data)
            toast = Toast(text)
            return broadcast(.reloaded)
        case .staffState(let read, let views):
            readReports = read
            savedViews = views
            return []
        case .saved(let result):
            guard result.text != nil else { return [] }  // a draft written: nothing to show
            apply(result)
            if !result.removedReports.isEmpty {
                // A report deleted for good takes its changes' undo with it.
                undoStack.removeAll { entry in result.removedReports.contains(where: entry.touches) }
                redoStack.removeAll { entry in result.removedReports.contains(where: entry.touches) }
            }
            toast = Toast(result.text!)
            return broadcast(.reloaded)
        case .failed(let text):
            toast = Toast(text, .warning)
            return []
        case .undoable(let entry, let from):
            switch from {
            case nil:
                undoStack.append(entry)
                redoStack.removeAll()
            case .undo?: redoStack.append(entry)
            case .redo?: undoStack.append(entry)
            }
            return []
        case .stale(let text): return markStale(text)
        case .notice(let text):
            toast = Toast(text)
            return []
        case .fileExists(let path, let save):
            overlay = .confirm(ConfirmDialog(question: UIText.overwriteFile(path)(language), reply: Reply(.app, AppAsk.overwrite(save))))
            return []
        case .conflict(let conflict, let retry):
            if conflict.deleted, case .revert(let entry, let direction, _) = retry {
                let who = conflict.theirsBy ?? "?"
                let when = conflict.theirsAt?.displayString ?? "?"
                toast = Toast(UIText.revertDeleted(direction, entry.description, conflict.id, who, when), .warning)
                return []
            }
            if conflict.deleted {
                // Nothing to choose: the record is gone. The person's version goes back into
                // its form, to save anew or copy from.
                let effects = route(.reopen(retry, asNew: true))
                toast = Toast(ConflictText.deletedMeanwhile(conflict.id, conflict.theirsBy ?? "?", conflict.theirsAt?.displayString ?? "?"), .warning)
                return effects
            }
            overlay = .conflict(ConflictDialog(conflict: conflict, retry: retry))
            toast = Toast(ConflictText.choose, .warning)
            return []
        case .text(let text):
            // A burst of text (input method, paste): the focused field takes it whole, in order;
            // anything else gets it as one key per character.
            if overlay == nil, let effects = focusedSlot.text(text, app: &self) { return effects }
            var effects: [Effect] = []
            for character in text { effects += handle(.character(character)) }
            return effects
        case .key(let key):
            return handle(key)
        }
    }

    /// `derived`: already worked out from `data` (on another thread); nil: worked out here.
    mutating func load(_ data: Dataset, derived prepared: Derived? = nil) {
        dataMayBeStale = false
        dataset = data
        derived = prepared ?? Derived(data)
        refreshAlerts()
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
    }

    mutating func refreshAlerts() {
        guard let dataset else { return }
        alerts = HotSpotAlerts.alerts(in: dataset.hotSpots, rules: dataset.configuration.hotSpotRules, at: now)
        guidanceAlerts = GuidanceAlerts.overdue(in: dataset.guidance, asOf: now.day)
    }

    /// On start: overdue hot-spot alerts are the first thing said.
    mutating func greet() {
        greeted = true
        let overdue = hotSpotTally.overdue
        let acks = guidanceAlerts.count
        if overdue > 0 && acks > 0 {
            toast = Toast(GuidanceUI.bothOnStart(overdue, acks), .warning)
        } else if overdue > 0 {
            toast = Toast(UIText.overdueOnStart(overdue, key: KeyNames.hotSpotsTab), .warning)
        } else if acks > 0 {
            toast = Toast(GuidanceUI.overdueOnStart(acks), .warning)
        }
    }

    /// A key: the overlay first, then the focused component (what is typed into, then its key
    /// map), then the global key map.
    mutating func handle(_ key: Key) -> [Effect] {
        if case .burst(let text) = key { return burst(text) }
        if overlay != nil { return handleOverlay(key) }
        toast = nil
        if let effects = focusedSlot.key(key, app: &self) { return effects }
        if let action: AppAction = globalKeyMap.action(for: key) { return perform(action) }
        // Pasted where nothing is being typed: never keys, and the person hears why nothing happened.
        if case .paste = key { toast = Toast(UIText.pasteNowhere) }
        return []
    }

    mutating func handleOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .help, .lines:
            scrollReadOnlyOverlay(key)
            return []
        case .confirm(let dialog):
            switch dialog.answer(key) {
            case .yes?:
                overlay = nil
                return deliver(dialog.reply, .confirmed)
            case .no?: overlay = nil
            case nil: break
            }
            return []
        case .picker(var picker, let reply):
            switch picker.handle(key) {
            case .closed: overlay = nil
            case .chosen(let option):
                overlay = nil
                return deliver(reply, .picked(option))
            case .none: overlay = .picker(picker, reply)
            }
            return []
        case .prompt(var prompt):
            switch Prompt.keyMap.action(for: key) {
            case .cancel?:
                overlay = nil
            case .save?:
                overlay = nil
                return deliver(prompt.reply, .answered(prompt.field.text))
            case nil:
                _ = prompt.field.handle(key)
                overlay = .prompt(prompt)
            }
            return []
        case .document(var preview):
            switch preview.handle(key, area: bodyArea) {
            case .write:
                overlay = nil
                return deliver(preview.reply, .confirmed)
            case .closed: overlay = nil
            case .stays: overlay = .document(preview)
            }
            return []
        case .conflict(var dialog):
            switch dialog.handle(key) {
            case .save?:
                overlay = nil
                return [.save(dialog.resolvedSave)]
            case .backToEditing?:
                overlay = nil
                if case .revert(let entry, let direction, _) = dialog.retry {
                    // Nothing was taken back: the change stays where it was, to try again.
                    if direction == .undo { undoStack.append(entry) } else { redoStack.append(entry) }
                    toast = Toast(direction == .undo ? UIText.notUndone(entry.description) : UIText.notRedone(entry.description))
                    return []
                }
                return route(.reopen(dialog.retry, asNew: false))
            default:
                overlay = .conflict(dialog)
            }
            return []
        case nil:
            return []
        }
    }

    /// An overlay's answer goes back to the component that asked.
    mutating func deliver(_ reply: Reply, _ answer: Answer) -> [Effect] {
        if reply.owner == .app {
            guard answer == .confirmed else { return [] }
            switch reply.ask(as: AppAsk.self) {
            case .quit?: return finalSaves + [.quit]
            case .overwrite(let save)?: return [.save(save)]
            case nil: return []
            }
        }
        guard let slot = Self.slots.first(where: { $0.id == reply.owner }) else { return [] }
        return slot.answer(reply, answer, app: &self)
    }

    /// App-level navigation: only the app routes it, to the components that answer it.
    mutating func route(_ navigation: Navigation) -> [Effect] {
        if case .screen(let id) = navigation {
            screen = id
            return []
        }
        var effects: [Effect] = []
        for slot in Self.slots where slot.accepts(navigation) { effects += slot.navigate(navigation, app: &self) }
        return effects
    }

    mutating func perform(_ action: AppAction) -> [Effect] {
        switch action {
        case .quit:
            if hasUnsavedForm {
                let question = unsavedInputLostOnQuit ? UIText.quitLosesInput : UIText.quitDirty
                overlay = .confirm(ConfirmDialog(question: question(language), reply: Reply(.app, AppAsk.quit)))
                return []
            }
            return finalSaves + [.quit]
        case .help: overlay = .help
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .refresh: return [.checkForChanges, .processIncoming]
        case .preview: return route(.preview(Period.containing(now.day, kind: dashboard.kind)))
        case .screen(let id): screen = id
        case .nextScreen, .previousScreen:
            let tabs = ScreenID.allCases
            let here = tabs.firstIndex(of: screen)!
            screen = tabs[(here + (action == .nextScreen ? 1 : tabs.count - 1)) % tabs.count]
        case .undo: return undo()
        case .redo: return redo()
        case .phoneIn: return route(.phoneIn)
        }
        return []
    }

    /// What must be written before the program ends, however it ends (q, Ctrl-C, a signal): the
    /// entry form's text typed since the last tick goes into its draft.
    public var finalSaves: [Effect] {
        let context = context()
        return Self.slots.flatMap { $0.finalSaves(self, context) }
    }

    /// Takes back the last change made in this session, through the store like any save: what
    /// someone else changed since is kept, and a field they changed too is theirs to choose.
    mutating func undo() -> [Effect] {
        guard let last = undoStack.popLast() else {
            toast = Toast(UIText.nothingToUndo)
            return []
        }
        guard !last.records.isEmpty else {
            toast = Toast(UIText.cannotUndo(last.description, key: KeyNames.key(for: .undo, in: Self.globalKeys)), .warning)
            return []
        }
        return [.save(.revert(last, .undo))]
    }

    /// Makes again the last change taken back.
    mutating func redo() -> [Effect] {
        guard let last = redoStack.popLast() else {
            toast = Toast(UIText.nothingToRedo)
            return []
        }
        return [.save(.revert(last, .redo))]
    }
}

/// What the global keys ask for.
enum AppAction: Sendable, Equatable {
    case screen(ScreenID), nextScreen, previousScreen, phoneIn, undo, redo, preview, help, quit, redraw, refresh, suspend
}

/// Why the app itself asked.
enum AppAsk: Sendable, Equatable {
    case quit
    /// A file exists: write it over with this save.
    case overwrite(Save)
}

/// How an overlay closed with an answer.
enum Answer: Sendable, Equatable {
    case picked(Picker.Option)
    case answered(String)
    case confirmed
}
