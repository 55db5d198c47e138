import DLXHDomain
import DLXHReport
import DLXHStore
import DLXHTUI
import Foundation

extension Effects {
    /// A file the user named, relative to the current folder, as an absolute path (what the
    /// message after writing shows, so the person can find it).
    static func userFile(_ path: String) -> URL {
        let expanded = path.hasPrefix("~/") ? NSString(string: path).expandingTildeInPath : path
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }

    /// Writes a change through the store (or a file the user named) and says what happened.
    /// The caller holds the store lock for the saves that need it (`submit`).
    mutating func write(_ save: Save) -> [Message] {
        let editor = self.editor
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
                return [.staffState(read: Set(file.readReports), views: file.savedViews)]
            case .saveViews(let views):
                let file = try store.updateStaffState(staff) { $0.savedViews = views }
                return [.staffState(read: Set(file.readReports), views: file.savedViews)]
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
                return [.saved(SaveResult(text: nil))]
            case .exempt(let unitID, let period, let reason):
                try store.exempt(unitID: unitID, period: period, reason: reason, by: editor)
                return reloaded(UIText.exempted(contents.dataset.unit(unitID)?.name ?? unitID))
            case .unit(let unit, let base, let resolutions):
                try store.saveEdited(unit: base, as: unit, resolutions: resolutions, by: editor)
                return reloaded(UIText.unitSaved(unit.name))
            case .reportFile(let period, let path, let overwrite):
                let file = Self.userFile(path)
                if !overwrite, FileManager.default.fileExists(atPath: file.path) {
                    return [.fileExists(path: file.path, overwrite: .reportFile(period, path: file.path, overwrite: true))]
                }
                let format = ReportFormat(rawValue: file.pathExtension.lowercased()) ?? .docx
                let data = try ReportOutput.data(format, dataset: contents.dataset, period: period, today: editor.now.day, language: language)
                try SafeFile.write(data, to: file, displayName: file.path)
                return [.notice(UIText.fileWritten(file.path))]
            case .reminderFile(let period, let path, let overwrite):
                let file = Self.userFile(path)
                if !overwrite, FileManager.default.fileExists(atPath: file.path) {
                    return [.fileExists(path: file.path, overwrite: .reminderFile(period, path: file.path, overwrite: true))]
                }
                let text = ReminderLetter.text(dataset: contents.dataset, period: period, today: editor.now.day)
                try SafeFile.write(Data(text.utf8), to: file, displayName: file.path)
                return [.notice(UIText.fileWritten(file.path))]
            case .reportParts(let parts, let base, let resolutions):
                let saved = try store.saveReportParts(base: base, as: parts, resolutions: resolutions, by: editor)
                return reloaded(PreviewText.partsSaved(saved.period))
            case .hotSpotRecord(let spot, let base, let resolutions):
                let updated = try store.saveEdited(hotSpot: base, as: spot, resolutions: resolutions, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: UIText.hotSpotSaved(spot.id)))
            case .newGuidance(let guidance):
                let stored = try store.addGuidance(guidance, by: editor)
                return reloaded(GuidanceUI.recorded(stored.id))
            case .relayGuidance(let id, let units, let letter, let overwrite):
                if let letter, !overwrite, FileManager.default.fileExists(atPath: Self.userFile(letter).path) {
                    // Nothing is relayed until the person says the file may be replaced.
                    let file = Self.userFile(letter).path
                    return [.fileExists(path: file, overwrite: .relayGuidance(id, units: units, letter: file, overwrite: true))]
                }
                if let letter = letter.map({ Self.userFile($0).path }), var relayed = contents.dataset.guidance.first(where: { $0.id == id }) {
                    // The letter first: one that cannot be written relays nothing.
                    let targets = units ?? relayed.raisingUnits(in: contents.dataset.reports)
                    for unit in targets where relayed.recipient(unit) == nil {
                        relayed.recipients.append(GuidanceRecipient(unitID: unit, relayedOn: editor.now.day))
                    }
                    let format = ReportFormat(rawValue: URL(fileURLWithPath: letter).pathExtension.lowercased()) ?? .docx
                    let data = try GuidanceRelayLetter.data(
                        format, guidance: relayed, units: targets, dataset: contents.dataset, issuedOn: editor.now.day, language: language)
                    try SafeFile.write(data, to: URL(fileURLWithPath: letter), displayName: letter)
                }
                let stored = try store.relayGuidance(id: id, to: units, on: editor.now.day, by: editor)
                return reloaded(GuidanceUI.relayed(stored.id, units?.count ?? stored.recipients.count))
            case .acknowledgeGuidance(let id, let unitID, let note):
                try store.acknowledgeGuidance(id: id, unitID: unitID, on: editor.now.day, note: note, by: editor)
                return reloaded(GuidanceUI.acknowledged(contents.dataset.unit(unitID)?.name ?? unitID))
            case .guidanceOwner(let id, let owner):
                try store.setGuidanceOwner(id: id, owner: owner, by: editor)
                return reloaded(owner.map { GuidanceUI.ownerSet($0) } ?? GuidanceUI.ownerCleared)
            case .guidanceReminderFile(let path, let overwrite):
                let file = Self.userFile(path)
                if !overwrite, FileManager.default.fileExists(atPath: file.path) {
                    return [.fileExists(path: file.path, overwrite: .guidanceReminderFile(path: file.path, overwrite: true))]
                }
                let overdue = GuidanceAlerts.overdue(in: contents.dataset.guidance, asOf: editor.now.day)
                let text = GuidanceScreen.reminderText(dataset: contents.dataset, overdue: overdue, today: editor.now.day)
                try SafeFile.write(Data(text.utf8), to: file, displayName: file.path)
                return [.notice(UIText.fileWritten(file.path))]
            case .returnReport(let id, let reason):
                let report = try store.returnReport(id: id, reason: reason, on: editor.now.day, by: editor)
                return saved(SaveResult(reports: [report], text: GuidanceUI.returned(id)))
            case .hotSpotOwner(let id, let owner):
                let updated = try store.setHotSpotOwner(id: id, owner: owner, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: owner.map { GuidanceUI.ownerSet($0) } ?? GuidanceUI.ownerCleared))
            case .hotSpot(let id, let change):
                let updated = try store.change(hotSpot: id, change, by: editor)
                return saved(SaveResult(hotSpots: [updated], text: UIText.hotSpotSaved(id)))
            case .streams(let change):
                try store.decideStreams(change, by: editor)
                return reloaded(StreamsUI.saved(change))
            case .revert(let entry, let direction, let resolutions):
                return try revert(entry, direction, resolutions: resolutions)
            }
        } catch StoreError.conflict(let conflict) {
            return [.conflict(conflict, retry: save)]
        } catch {
            return [failure(error)]
        }
    }
}
