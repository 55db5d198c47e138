import DLXHDomain
import DLXHReport
import DLXHStore
import DLXHTUI
import DLXHTerminal
import Foundation

/// The loop of the full-screen interface: draw the state, read input, update, perform the
/// effects `update` asked for (reading and writing the store), and around it all, hand the
/// terminal back whatever happens.
struct TUIRunner {
    var context: AppContext
    let store: Store
    var contents: StoreContents
    /// Saves waiting for another writer's store lock, oldest first; retried once a second.
    var pendingSaves: [Save] = []
    /// Who held the lock when a save last found it busy (nil: not saying, or not busy).
    var lockHolder: LockHolder?
    /// Saves still pending when the interface ended: said on standard error once the terminal is back.
    var unsavedOnExit: [Save] = []

    /// How long a save from the interface waits for another writer's lock before it is kept
    /// pending: short, so that the loop (and q, Ctrl-C) never stops on a lock held by someone else.
    static let interfaceLockWait = 0.2

    init(context: AppContext, store: Store, contents: StoreContents) {
        self.context = context
        self.store = store.waitingForLock(atMost: Self.interfaceLockWait)
        self.contents = contents
    }

    /// With --today the clock stands still (tests and demos); otherwise it is the wall clock.
    func clock() -> Moment {
        if context.clockIsFixed { return context.now }
        return Moment(secondsSinceEpoch: Int64(Date().timeIntervalSince1970), utcOffsetMinutes: context.now.utcOffsetMinutes)
    }

    /// Runs until quit; returns the signal that ended it (SIGTERM, SIGINT, SIGHUP), or 0.
    mutating func run() throws -> Int32 {
        do {
            try TerminalLocale.ensureUTF8()
        } catch {
            throw CLIError(TUIText.noUTF8Locale)
        }
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch CursesTerminal.StartError.notATerminal {
            throw CLIError(TUIText.notATerminal)
        } catch CursesTerminal.StartError.unknownTerminal(let name) {
            throw CLIError(TUIText.unknownTerminal(name))
        }
        defer { terminal.stop() }

        let configuration = contents.config.configuration
        let session = Session(
            storeName: store.root.lastPathComponent, staff: context.staff(configuration), language: context.language)
        Store.setLockOwner(session.staff)
        let size = terminal.size
        var state = AppState(session: session, now: clock(), width: size.width, height: size.height)
        _ = state.update(.loaded(contents.dataset))
        if let staffState = try? store.staffState(session.staff) {
            _ = state.update(.staffState(read: Set(staffState.readReports), views: staffState.savedViews))
        }
        if let draft = try? store.draft(session.staff) { _ = state.update(.draftFound(draft)) }
        // Files that arrived while nobody was looking are picked up first thing.
        // The overdue-alert notice, if any, keeps the message line; the badge and inbox show the rest.
        if contents.damaged.isEmpty {
            for message in pickUpIncoming(staff: session.staff) {
                if case .notice = message, state.toast != nil { continue }
                _ = state.update(message)
            }
        } else {
            // A damaged or missing record file: the rest is shown, read-only, and the file named first thing.
            _ = state.update(.failed(readOnlyNotice()))
        }
        // The months not read before the first frame, read on another thread (issue 13).
        let background = contents.isComplete ? nil : BackgroundLoad(store: store, paths: contents.deferred)
        let idleFile = ProcessInfo.processInfo.environment["DLXH_IDLE_FILE"]
        var frame = 0
        var lastTick = DispatchTime.now().uptimeNanoseconds
        var signal: Int32 = 0

        loop: while true {
            terminal.draw(state.view())
            frame += 1
            // Idle only once the whole history is in (a test then sees every month).
            if let idleFile, contents.isComplete { try? "\(frame)\n".write(toFile: idleFile, atomically: true, encoding: .utf8) }

            let inputs = terminal.read(timeout: 500)
            signal = terminal.takeSignal()
            if signal != 0 {
                // A closed terminal (SIGHUP) or a kill: keep the last second of typing too.
                for case .save(let save) in state.finalSaves { _ = submit(save, staff: session.staff) }
                break loop
            }
            var messages: [Message] = inputs.map {
                switch $0 {
                case .key(let key): .key(key)
                case .text(let text): .text(text)
                case .resize(let w, let h): .resize(width: w, height: h)
                }
            }
            if let rest = background?.take() {
                contents.merge(rest)
                let toast = state.toast  // the rest of the history is no news to the person
                _ = state.update(.loaded(contents.dataset))
                state.toast = toast
                if !contents.damaged.isEmpty { messages.append(.failed(readOnlyNotice())) }
            }
            let nowNanos = DispatchTime.now().uptimeNanoseconds
            if nowNanos - lastTick >= 1_000_000_000 {
                lastTick = nowNanos
                messages.append(contentsOf: retryPendingSaves(staff: session.staff))
                messages.append(.tick(clock()))
            }
            while !messages.isEmpty {
                let message = messages.removeFirst()
                for effect in state.update(message) {
                    switch effect {
                    case .quit: break loop
                    case .redraw: terminal.invalidate()
                    case .suspend: terminal.suspend()
                    case .checkForChanges:
                        if let reloaded = reloadIfChanged() {
                            messages.append(.loaded(reloaded))
                            // A file that went bad (or missing) meanwhile: read-only from now on, and said.
                            if !contents.damaged.isEmpty { messages.append(.failed(readOnlyNotice())) }
                        }
                    case .save(let save):
                        messages.append(submit(save, staff: session.staff))
                    case .processIncoming:
                        messages.append(contentsOf: pickUpIncoming(staff: session.staff))
                    }
                }
            }
        }
        // One last try for what is still waiting; what cannot be written is said, not hidden.
        _ = retryPendingSaves(staff: session.staff)
        unsavedOnExit = pendingSaves
        return signal
    }

    // MARK: Saves that wait for the lock

    /// Makes `save` under one hold of the store lock, or, when another writer keeps the lock
    /// past the short wait, keeps it pending (behind any already pending, so saves land in
    /// order) and says so. Never reports a save it has not made.
    mutating func submit(_ save: Save, staff: String) -> Message {
        switch save {
        case .reportFile, .reminderFile, .guidanceReminderFile:
            return perform(save, staff: staff)  // the user's own file: no store lock needed
        default: break
        }
        if !contents.damaged.isEmpty { return .failed(readOnlyNotice()) }
        if !pendingSaves.isEmpty {
            enqueue(save)
            return waitingNotice()
        }
        return attempt(save, staff: staff) ?? waitingNotice()
    }

    /// The save's message, or nil when the lock was busy and the save went to the front of the queue.
    private mutating func attempt(_ save: Save, staff: String) -> Message? {
        do {
            let message = try store.holdingLock { perform(save, staff: staff) }
            lockHolder = nil
            return message
        } catch StoreError.locked(let holder) {
            lockHolder = holder
            if case .draft = save { pendingSaves.removeAll { if case .draft = $0 { true } else { false } } }
            pendingSaves.insert(save, at: 0)
            return nil
        } catch {
            return failure(error)
        }
    }

    private mutating func enqueue(_ save: Save) {
        // Only the latest draft matters: the form as typed now.
        if case .draft = save { pendingSaves.removeAll { if case .draft = $0 { true } else { false } } }
        pendingSaves.append(save)
    }

    /// Once a second: the pending saves, oldest first, until the lock is busy again.
    mutating func retryPendingSaves(staff: String) -> [Message] {
        guard !pendingSaves.isEmpty else { return [] }
        var messages: [Message] = []
        var landed = 0
        while !pendingSaves.isEmpty {
            let save = pendingSaves.removeFirst()
            guard let message = attempt(save, staff: staff) else {
                messages.append(waitingNotice())
                return messages
            }
            messages.append(message)
            landed += 1
        }
        messages.append(.notice(Self.pendingSaved(landed)))
        return messages
    }

    /// The store was opened read-only: which record file is damaged or missing (and how many more).
    func readOnlyNotice() -> Localized {
        let first = contents.damaged.first
        let file = first?.file ?? "?"
        let more = contents.damaged.count > 1 ? " (+\(contents.damaged.count - 1))" : ""
        if case .missingFile = first {
            return Localized(
                vi: "⚠ Chỉ đọc: mất tệp \(file)\(more); không lưu được thay đổi, hãy chạy dlxh check",
                en: "⚠ Read-only: file \(file) is missing\(more); changes cannot be saved, run dlxh check")
        }
        return Localized(
            vi: "⚠ Chỉ đọc: tệp \(file) bị hỏng\(more); không lưu được thay đổi, hãy chạy dlxh check",
            en: "⚠ Read-only: file \(file) is damaged\(more); changes cannot be saved, run dlxh check")
    }

    func waitingNotice() -> Message { .failed(Self.waiting(pendingSaves.count, holder: lockHolder)) }

    static func waiting(_ count: Int, holder: LockHolder?) -> Localized {
        guard let holder else {
            return Localized(
                vi: "⚠ Đang chờ khóa kho dữ liệu (một tiến trình khác giữ): \(count) thay đổi chưa lưu, tự thử lại mỗi giây",
                en: "⚠ Waiting for the store lock (held by another process): \(count) change(s) not saved yet, retrying every second")
        }
        return Localized(
            vi: "⚠ Đang chờ khóa kho dữ liệu, do \(holder.staff) giữ (\(holder.command), pid \(holder.pid)): \(count) thay đổi chưa lưu, tự thử lại mỗi giây",
            en: "⚠ Waiting for the store lock, held by \(holder.staff) (\(holder.command), pid \(holder.pid)): \(count) change(s) not saved yet, retrying every second")
    }

    static func pendingSaved(_ count: Int) -> Localized {
        Localized(
            vi: "Khóa kho dữ liệu đã được trả: đã lưu \(count) thay đổi đang chờ.",
            en: "The store lock was released: \(count) waiting change(s) saved.")
    }

    /// Said on standard error after the interface, when changes could not be saved.
    func unsavedReport(_ language: Language) -> String? {
        guard !unsavedOnExit.isEmpty else { return nil }
        let why = StoreError.locked(holder: lockHolder).message(language)
        return language == .vi
            ? "\(unsavedOnExit.count) thay đổi chưa được lưu khi thoát: \(why)"
            : "\(unsavedOnExit.count) change(s) were not saved on quitting: \(why)"
    }

    /// The dataset again, if another process changed the store since it was loaded.
    mutating func reloadIfChanged() -> Dataset? {
        guard (try? store.refresh(&contents)) == true else { return nil }
        return contents.dataset
    }

    /// Writes a change through the store and says what happened, as a message for `update`.
    mutating func perform(_ save: Save, staff: String) -> Message {
        var editor = context.editor(contents.config.configuration)
        editor.staff = staff
        editor.now = clock()
        do {
            switch save {
            case .items(let refs, let changes):
                let reports = try store.updateItems(refs, changes: changes, by: editor)
                return saved(SaveResult(reports: reports, text: UIText.savedItems(refs.count)))
            case .reports(let ids, let changes):
                var reports: [Report] = []
                for id in ids {
                    reports.append(try store.updateReport(id: id, by: editor) { report in changes.forEach { $0.apply(to: &report) } })
                }
                return saved(SaveResult(reports: reports, text: UIText.savedReports(ids.count)))
            case .deleteReport(let id):
                try store.deleteReport(id: id, by: editor)
                return saved(SaveResult(removedReports: [id], text: UIText.deleted(id)))
            case .markRead(let id):
                let file = try store.updateStaffState(staff) { if !$0.readReports.contains(id) { $0.readReports.append(id) } }
                return .staffState(read: Set(file.readReports), views: file.savedViews)
            case .saveViews(let views):
                let file = try store.updateStaffState(staff) { $0.savedViews = views }
                return .staffState(read: Set(file.readReports), views: file.savedViews)
            case .hotSpotFromItem(let ref, let kind, let title):
                guard let report = contents.dataset.report(ref.reportID) else {
                    throw StoreError.notFound(kind: "report", id: ref.reportID)
                }
                let spot = HotSpot(
                    id: "", title: Text.clean(title, multiline: false), kind: kind, unitID: report.unitID,
                    enterprise: Enterprise(name: ""), phonedInAt: editor.now, phonedInBy: staff, linkedItems: [ref],
                    linkedReports: [report.id])
                let stored = try store.addHotSpot(spot, by: editor)
                return saved(SaveResult(hotSpots: [stored], text: UIText.hotSpotCreated(stored.id)))
            case .newHotSpot(let spot):
                let stored = try store.addHotSpot(spot, by: editor)
                return saved(SaveResult(hotSpots: [stored], text: UIText.hotSpotCreated(stored.id)))
            case .report(let report, let base, let resolutions):
                let stored: Report
                if report.id.isEmpty {
                    stored = try store.addReport(report, by: editor)
                } else {
                    let base = base ?? contents.dataset.report(report.id) ?? report
                    stored = try store.saveEdited(report: base, as: report, resolutions: resolutions, by: editor)
                }
                try store.saveDraft(nil, staff: staff)
                return saved(SaveResult(reports: [stored], text: UIText.reportSaved(stored.id)))
            case .draft(let draft):
                try store.saveDraft(draft, staff: staff)
                return .saved(SaveResult(text: nil))
            case .exempt(let unitID, let period, let reason):
                try store.exempt(unitID: unitID, period: period, reason: reason, by: editor)
                return reloaded(UIText.exempted(contents.dataset.unit(unitID)?.name ?? unitID))
            case .unit(let unit, let base, let resolutions):
                try store.saveEdited(unit: base, as: unit, resolutions: resolutions, by: editor)
                return reloaded(UIText.unitSaved(unit.name))
            case .reportFile(let period, let path):
                let format = ReportFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .docx
                let data = try ReportOutput.data(format, dataset: contents.dataset, period: period, today: editor.now.day, language: context.language)
                try emit(data, to: path)
                return .notice(UIText.fileWritten(path))
            case .reminderFile(let period, let path):
                let text = ReminderLetter.text(dataset: contents.dataset, period: period, today: editor.now.day)
                try emit(Data(text.utf8), to: path)
                return .notice(UIText.fileWritten(path))
            case .hotSpotRecord(let spot, let base, let resolutions):
                let updated = try store.saveEdited(hotSpot: base, as: spot, resolutions: resolutions, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: UIText.hotSpotSaved(spot.id)))
            case .newGuidance(let guidance):
                let stored = try store.addGuidance(guidance, by: editor)
                return reloaded(GuidanceUI.recorded(stored.id))
            case .relayGuidance(let id, let units, let letter):
                if let letter, var relayed = contents.dataset.guidance.first(where: { $0.id == id }) {
                    // The letter first: one that cannot be written relays nothing.
                    let targets = units ?? relayed.raisingUnits(in: contents.dataset.reports)
                    for unit in targets where relayed.recipient(unit) == nil {
                        relayed.recipients.append(GuidanceRecipient(unitID: unit, relayedOn: editor.now.day))
                    }
                    let format = ReportFormat(rawValue: URL(fileURLWithPath: letter).pathExtension.lowercased()) ?? .docx
                    let data = try GuidanceRelayLetter.data(
                        format, guidance: relayed, units: targets, dataset: contents.dataset, issuedOn: editor.now.day, language: context.language)
                    try emit(data, to: letter)
                }
                let stored = try store.relayGuidance(id: id, to: units, on: editor.now.day, by: editor)
                return reloaded(GuidanceUI.relayed(stored.id, units?.count ?? stored.recipients.count))
            case .acknowledgeGuidance(let id, let unitID, let note):
                try store.acknowledgeGuidance(id: id, unitID: unitID, on: editor.now.day, note: note, by: editor)
                return reloaded(GuidanceUI.acknowledged(contents.dataset.unit(unitID)?.name ?? unitID))
            case .guidanceOwner(let id, let owner):
                try store.setGuidanceOwner(id: id, owner: owner, by: editor)
                return reloaded(owner.map { GuidanceUI.ownerSet($0) } ?? GuidanceUI.ownerCleared)
            case .guidanceReminderFile(let path):
                let overdue = GuidanceAlerts.overdue(in: contents.dataset.guidance, asOf: editor.now.day)
                let text = GuidanceScreen.reminderText(dataset: contents.dataset, overdue: overdue, today: editor.now.day)
                try emit(Data(text.utf8), to: path)
                return .notice(UIText.fileWritten(path))
            case .returnReport(let id, let reason):
                let report = try store.returnReport(id: id, reason: reason, on: editor.now.day, by: editor)
                return saved(SaveResult(reports: [report], text: GuidanceUI.returned(id)))
            case .hotSpotOwner(let id, let owner):
                let updated = try store.setHotSpotOwner(id: id, owner: owner, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: owner.map { GuidanceUI.ownerSet($0) } ?? GuidanceUI.ownerCleared))
            case .hotSpot(let id, let change):
                let updated = try store.change(hotSpot: id, change, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: UIText.hotSpotSaved(id)))
            }
        } catch StoreError.conflict(let conflict) {
            return .conflict(conflict, retry: save)
        } catch {
            return failure(error)
        }
    }

    /// After a change to the roster: the whole dataset again (every screen reads the roster).
    mutating func reloaded(_ text: Localized) -> Message {
        _ = try? store.refresh(&contents)
        return .loadedWith(contents.dataset, text)
    }

    /// Exchange files dropped into incoming/: imported or set aside with a note; says what happened.
    mutating func pickUpIncoming(staff: String) -> [Message] {
        if !contents.damaged.isEmpty { return [.failed(readOnlyNotice())] }
        var editor = context.editor(contents.config.configuration)
        editor.staff = staff
        editor.now = clock()
        do {
            let summary = try store.processIncoming(by: editor)
            guard !summary.isEmpty else { return [] }
            var messages: [Message] = []
            if (try? store.refresh(&contents)) == true { messages.append(.loaded(contents.dataset)) }
            messages.append(.notice(Localized(vi: summary.lines(.vi).last ?? "", en: summary.lines(.en).last ?? "")))
            return messages
        } catch {
            return [failure(error)]
        }
    }

    /// An error for the status line, in both languages where the store words it.
    func failure(_ error: Error) -> Message {
        if let error = error as? StoreError { return .failed(Localized(vi: error.message(.vi), en: error.message(.en))) }
        return .failed(Localized(vi: "\(error)", en: "\(error)"))
    }

    /// A save's result with the audit trail as it now stands on disk.
    mutating func saved(_ result: SaveResult) -> Message {
        var result = result
        if (try? store.refresh(&contents)) == true { result.audit = contents.audit }
        return .saved(result)
    }
}

