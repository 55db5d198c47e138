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
        let size = terminal.size
        var state = AppState(session: session, now: clock(), width: size.width, height: size.height)
        _ = state.update(.loaded(contents.dataset))
        if let staffState = try? store.staffState(session.staff) {
            _ = state.update(.staffState(read: Set(staffState.readReports), views: staffState.savedViews))
        }
        if let draft = try? store.draft(session.staff) { _ = state.update(.draftFound(draft)) }
        // Files that arrived while nobody was looking are picked up first thing.
        // The overdue-alert notice, if any, keeps the message line; the badge and inbox show the rest.
        for message in pickUpIncoming(staff: session.staff) {
            if case .notice = message, state.toast != nil { continue }
            _ = state.update(message)
        }
        let idleFile = ProcessInfo.processInfo.environment["DLXH_IDLE_FILE"]
        var frame = 0
        var lastTick = DispatchTime.now().uptimeNanoseconds
        var signal: Int32 = 0

        loop: while true {
            terminal.draw(state.view())
            frame += 1
            if let idleFile { try? "\(frame)\n".write(toFile: idleFile, atomically: true, encoding: .utf8) }

            let inputs = terminal.read(timeout: 500)
            signal = terminal.takeSignal()
            if signal != 0 {
                // A closed terminal (SIGHUP) or a kill: keep the last second of typing too.
                for case .save(let save) in state.finalSaves { _ = perform(save, staff: session.staff) }
                break loop
            }
            var messages: [Message] = inputs.map {
                switch $0 {
                case .key(let key): .key(key)
                case .text(let text): .text(text)
                case .resize(let w, let h): .resize(width: w, height: h)
                }
            }
            let nowNanos = DispatchTime.now().uptimeNanoseconds
            if nowNanos - lastTick >= 1_000_000_000 {
                lastTick = nowNanos
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
                        if let reloaded = reloadIfChanged() { messages.append(.loaded(reloaded)) }
                    case .save(let save):
                        messages.append(perform(save, staff: session.staff))
                    case .processIncoming:
                        messages.append(contentsOf: pickUpIncoming(staff: session.staff))
                    }
                }
            }
        }
        return signal
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

