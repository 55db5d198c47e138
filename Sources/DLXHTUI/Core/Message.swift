import DLXHDomain

/// Everything that can happen to the application: input from the terminal, and the results of
/// the effects it asked for. `update` turns each into a new state and, perhaps, more effects.
public enum Message: Sendable {
    case key(Key)
    /// Several characters at once, as an input method or a paste delivers them.
    case text(String)
    case resize(width: Int, height: Int)
    /// The clock moved on (once a second or so): deadlines, alerts and change checks.
    case tick(Moment)
    /// The store was (re)loaded, on start or after another process changed it.
    case loaded(Dataset)
    /// The whole history, read after the first frame, with the interface's derived data already
    /// worked out from it on the reading thread: taking it in costs the loop no sorting or folding.
    case loadedPrepared(Dataset, Derived)
    /// Reloaded after a change of ours that touches everything (the roster); the text says what.
    case loadedWith(Dataset, Localized)
    /// This staff member's read marks and saved views, on start and after they change.
    case staffState(read: Set<String>, views: [SavedView])
    /// A save finished: the reports and hot spots as written, the reports removed, and the
    /// confirmation for the status line.
    case saved(SaveResult)
    /// An effect failed; the message goes to the status line.
    case failed(Localized)
    /// The store could not be read again: the message goes to the status line, and the screen
    /// says its data may be stale until a `loaded` arrives.
    case stale(Localized)
    /// A save of an edited record was refused: someone else changed the same fields since it
    /// was opened (or deleted the record). `retry` is the save to send again once the person chose.
    case conflict(EditConflict, retry: Save)
    /// An unsaved draft of the entry form was found at start.
    case draftFound(ReportDraft)
    /// Something to tell the user (files picked up from incoming/, a file written).
    case notice(Localized)
    /// A file the user named exists already (`path`, absolute): the app asks before `overwrite`,
    /// the same save allowed to replace it.
    case fileExists(path: String, overwrite: Save)
    /// A change landed and can be taken back: the records it changed, before and after. `from`
    /// says whether the change was itself an undo or a redo (nil: an ordinary change).
    case undoable(UndoEntry, from: UndoDirection?)
}

/// Which way a change of this session is being taken: back (undo) or forward again (redo).
public enum UndoDirection: Sendable, Equatable { case undo, redo }

/// What a save changed, so the interface can update without reloading the whole store.
public struct SaveResult: Sendable {
    public var reports: [Report]
    public var removedReports: [String]
    public var hotSpots: [HotSpot]
    /// The store's audit trail after the save, when it changed.
    public var audit: [AuditEntry]?
    /// What the status line says; nil for saves the user need not hear of (drafts).
    public var text: Localized?

    public init(
        reports: [Report] = [], removedReports: [String] = [], hotSpots: [HotSpot] = [], audit: [AuditEntry]? = nil,
        text: Localized?
    ) {
        self.reports = reports
        self.removedReports = removedReports
        self.hotSpots = hotSpots
        self.audit = audit
        self.text = text
    }
}

/// What `update` asks the runtime to do; the result comes back as a `Message`.
public enum Effect: Sendable, Equatable {
    case quit
    /// Redraw the whole screen from scratch (Ctrl-L).
    case redraw
    /// Stop the program (Ctrl-Z), handing the terminal back until it is resumed.
    case suspend
    /// Reload the store if another process changed it.
    case checkForChanges
    /// Pick up exchange files dropped into the store's incoming/ folder (at start, Ctrl-R).
    case processIncoming
    /// Write a change through the store (with its audit entry).
    case save(Save)
}

/// A change to write. Every one is audited by the store with the staff name and the time.
public enum Save: Sendable, Equatable {
    case items([ItemReference], [ItemChange])
    case reports([String], [ReportChange])
    case deleteReport(String)
    case markRead(String)
    case saveViews([SavedView])
    /// A new hot spot from an opinion item (the hot-spot panel takes it from there).
    case hotSpotFromItem(ItemReference, kind: HotSpot.Kind, title: String)
    /// A hot spot phoned in (its id is given by the store).
    case newHotSpot(HotSpot)
    /// A report from the entry form: new (id empty, base nil) or edited from `base`, the version
    /// the form opened, merged onto the one on disk (`resolutions`: the person's choices for
    /// fields someone else changed too).
    case report(Report, base: Report?, resolutions: [String: MergeSide] = [:])
    /// The entry form as typed so far (nil: there is none any more).
    case draft(ReportDraft?)
    case hotSpot(String, HotSpotChange)
    /// The hot spot's record as edited in the full form, from `base`, the version it opened.
    case hotSpotRecord(HotSpot, base: HotSpot, resolutions: [String: MergeSide] = [:])
    /// The board excuses a unit from one period's report.
    case exempt(unitID: String, Period, reason: String)
    /// A unit added to the roster (base nil) or changed on it from `base`, the version opened.
    case unit(ReportingUnit, base: ReportingUnit?, resolutions: [String: MergeSide] = [:])
    /// A file the user named: the consolidated report (format from the extension) or a reminder.
    /// An existing file is replaced only with `overwrite` (else the answer is `fileExists`).
    case reportFile(Period, path: String, overwrite: Bool = false)
    case reminderFile(Period, path: String, overwrite: Bool = false)
    /// The staff-written parts of a period's report (assessment, causes, forecast, tasks) as
    /// edited in the preview from `base`, merged onto the parts on disk (`resolutions`: the
    /// person's choices for parts someone else changed too).
    case reportParts(ReportParts, base: ReportParts, resolutions: [String: MergeSide] = [:])
    /// Step 4 (GuidanceScreen): guidance recorded against items; relayed to units (nil: those
    /// that raised its items), with the công văn written to `letter` when given; acknowledged.
    case newGuidance(Guidance)
    case relayGuidance(String, units: [String]?, letter: String?, overwrite: Bool = false)
    case acknowledgeGuidance(String, unitID: String, note: String)
    case guidanceOwner(String, owner: String?)
    /// The reminder to the units overdue with their acknowledgement, written to a file.
    case guidanceReminderFile(path: String, overwrite: Bool = false)
    /// A report sent back to its unit for more (yêu cầu bổ sung).
    case returnReport(String, reason: String)
    case hotSpotOwner(String, owner: String?)
    /// A staff decision on streams of opinion (StreamsScreen): confirm, rename, merge, move.
    case streams(StreamChange)
    /// Undo or redo one change of this session: each record goes back from `after` to `before`,
    /// merged onto the record as it is on disk now, so a change someone else made since is kept
    /// and a field both changed is a conflict to choose (`resolutions`: the choices, by record id).
    case revert(UndoEntry, UndoDirection, resolutions: [String: [String: MergeSide]] = [:])
}
