import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

/// Performs what the interface's `update` asks for (reading and writing the store, writing the
/// files the user named) and turns each result into the `Message`s that go back to `update`.
/// The curses loop in the executable only draws, reads keys and hands effects here, so every
/// effect runs in tests against a temporary store.
///
/// A store that cannot be read again is never passed over in silence: the error goes to the
/// message line as `.stale`, and the interface marks its data as possibly stale until a read
/// succeeds again (then a `.loaded` clears the mark).
public struct Effects {
    public let store: Store
    /// What was last read from the store; the interface shows the same.
    public private(set) var contents: StoreContents
    /// Counts the changes to `contents` since start: work done on a copy of it elsewhere (the
    /// history read after the first frame) is taken only if it is still of the same version.
    public private(set) var contentsVersion = 0
    /// Who makes the changes, as the audit trail names them.
    public let staff: String
    /// The language of the files written (the report, relay letters).
    public let language: Language
    /// Now, for each change: the wall clock, or a fixed moment in tests and demos.
    public let clock: @Sendable () -> Moment
    /// Saves waiting for another writer's store lock, oldest first; retried once a second.
    public private(set) var pendingSaves: [Save] = []
    /// Who held the lock when a save last found it busy (nil: not saying, or not busy).
    public private(set) var lockHolder: LockHolder?
    /// The last read of the store failed: what the interface shows may be stale. Holds the
    /// error said, so that the same error is said once, not every second.
    public private(set) var staleBecause: Localized?

    /// How long a save from the interface waits for another writer's lock before it is kept
    /// pending: short, so that the loop (and q, Ctrl-C) never stops on a lock held by someone else.
    public static let interfaceLockWait = 0.2

    public init(store: Store, contents: StoreContents, staff: String, language: Language, clock: @escaping @Sendable () -> Moment) {
        self.store = store.waitingForLock(atMost: Self.interfaceLockWait)
        self.contents = contents
        self.staff = staff
        self.language = language
        self.clock = clock
    }

    var editor: Editor { Editor(staff: staff, now: clock()) }

    // MARK: Start and the loop's effects

    /// What the interface learns after the first `.loaded`: this staff member's read marks and
    /// views, an unsaved draft, the files that arrived in incoming/ while nobody was looking (or,
    /// with a damaged record file, that the store is read-only).
    public func start() -> [Message] {
        var out: [Message] = []
        do {
            let staffState = try store.staffState(staff)
            out.append(.staffState(read: Set(staffState.readReports), views: staffState.savedViews))
        } catch {
            out.append(failure(error))
        }
        do {
            if let draft = try store.draft(staff) { out.append(.draftFound(draft)) }
        } catch {
            out.append(failure(error))
        }
        return out
    }

    /// The messages from checking incoming/ at start; a read-only store says so instead.
    public mutating func startIncoming() -> [Message] {
        contents.damaged.isEmpty ? pickUpIncoming() : [.failed(readOnlyNotice())]
    }

    /// Performs one effect; `.quit`, `.redraw` and `.suspend` belong to the terminal loop and
    /// give nothing here.
    public mutating func perform(_ effect: Effect) -> [Message] {
        switch effect {
        case .quit, .redraw, .suspend: return []
        case .checkForChanges: return checkForChanges()
        case .save(let save): return submit(save)
        case .processIncoming: return pickUpIncoming()
        }
    }

    /// The dataset again if another process changed the store (a file that went bad meanwhile
    /// makes it read-only, and says so); the error if the store cannot be read.
    mutating func checkForChanges() -> [Message] {
        switch reread() {
        case .unchanged: return []
        case .changed:
            var messages: [Message] = [.loaded(contents.dataset)]
            if !contents.damaged.isEmpty { messages.append(.failed(readOnlyNotice())) }
            return messages
        case .failed(let text, let new): return new ? [.stale(text)] : []
        }
    }

    enum Reread {
        case unchanged, changed
        /// `new`: not the error already said.
        case failed(Localized, new: Bool)
    }

    /// Reads what changed in the store. After a failed read, the next good one counts as a
    /// change, so the interface drops its stale mark.
    mutating func reread() -> Reread {
        do {
            let changed = try store.refresh(&contents)  // false: `contents` untouched
            if changed { contentsVersion += 1 }
            if staleBecause != nil {
                staleBecause = nil
                return .changed
            }
            return changed ? .changed : .unchanged
        } catch {
            let text = EffectText.storeUnreadable(Self.describe(error))
            let new = staleBecause != text
            staleBecause = text
            return .failed(text, new: new)
        }
    }

    // MARK: Saves that wait for the lock

    /// Makes `save` under one hold of the store lock, or, when another writer keeps the lock
    /// past the short wait, keeps it pending (behind any already pending, so saves land in
    /// order) and says so. Never reports a save it has not made.
    public mutating func submit(_ save: Save) -> [Message] {
        switch save {
        case .reportFile, .reminderFile, .guidanceReminderFile:
            return write(save)  // the user's own file: no store lock needed
        default: break
        }
        if !contents.damaged.isEmpty { return [.failed(readOnlyNotice())] }
        if !pendingSaves.isEmpty {
            enqueue(save)
            return [waitingNotice()]
        }
        return attempt(save) ?? [waitingNotice()]
    }

    /// The save's messages, or nil when the lock was busy and the save went to the front of the queue.
    private mutating func attempt(_ save: Save) -> [Message]? {
        do {
            let messages = try store.holdingLock { writeRecordingUndo(save) }
            lockHolder = nil
            return messages
        } catch StoreError.locked(let holder) {
            lockHolder = holder
            if case .draft = save { pendingSaves.removeAll { if case .draft = $0 { true } else { false } } }
            pendingSaves.insert(save, at: 0)
            return nil
        } catch {
            return [failure(error)]
        }
    }

    private mutating func enqueue(_ save: Save) {
        // Only the latest draft matters: the form as typed now.
        if case .draft = save { pendingSaves.removeAll { if case .draft = $0 { true } else { false } } }
        pendingSaves.append(save)
    }

    /// Once a second: the pending saves, oldest first, until the lock is busy again.
    public mutating func retryPendingSaves() -> [Message] {
        guard !pendingSaves.isEmpty else { return [] }
        var messages: [Message] = []
        var landed = 0
        while !pendingSaves.isEmpty {
            let save = pendingSaves.removeFirst()
            guard let result = attempt(save) else {
                messages.append(waitingNotice())
                return messages
            }
            messages.append(contentsOf: result)
            landed += 1
        }
        messages.append(.notice(EffectText.pendingSaved(landed)))
        return messages
    }

    /// The store was opened read-only: which record file is damaged or missing (and how many more).
    /// Takes in the months read on another thread after the first frame (`Store.loadRecent`):
    /// the whole dataset again, then a notice if one of them could not be read.
    public mutating func takeDeferred(_ rest: DeferredFiles) -> [Message] {
        contents.merge(rest)
        contentsVersion += 1
        var messages: [Message] = [.loaded(contents.dataset)]
        if !contents.damaged.isEmpty { messages.append(.failed(readOnlyNotice())) }
        return messages
    }

    /// Takes in the history read and prepared on another thread (`HistoryLoad`). When nothing
    /// changed the contents since the copy it worked on, its merged contents and derived data
    /// are taken as they are; else its files are merged here, as `takeDeferred` does.
    public mutating func takeHistory(_ history: HistoryLoad.Prepared) -> [Message] {
        guard history.version == contentsVersion else { return takeDeferred(history.files) }
        contents = history.contents
        contentsVersion += 1
        var messages: [Message] = [.loadedPrepared(history.dataset, history.derived)]
        if !contents.damaged.isEmpty { messages.append(.failed(readOnlyNotice())) }
        return messages
    }

    public func readOnlyNotice() -> Localized {
        let first = contents.damaged.first
        let more = contents.damaged.count > 1 ? " (+\(contents.damaged.count - 1))" : ""
        if case .missingFile = first { return EffectText.readOnlyMissing(first?.file ?? "?", more) }
        return EffectText.readOnlyDamaged(first?.file ?? "?", more)
    }

    func waitingNotice() -> Message { .failed(EffectText.waiting(pendingSaves.count, holder: lockHolder)) }

    /// Said on standard error after the interface, when changes could not be saved.
    public func unsavedReport(_ language: Language) -> String? {
        guard !pendingSaves.isEmpty else { return nil }
        let why = StoreError.locked(holder: lockHolder).message(language)
        return EffectText.unsavedOnQuit(pendingSaves.count, why)(language)
    }

    // MARK: Incoming files, failures, results

    /// Exchange files dropped into incoming/: imported or set aside with a note; says what happened.
    public mutating func pickUpIncoming() -> [Message] {
        if !contents.damaged.isEmpty { return [.failed(readOnlyNotice())] }
        do {
            let summary = try store.processIncoming(by: editor)
            guard !summary.isEmpty else { return [] }
            let notice = Message.notice(Localized(vi: summary.lines(.vi).last ?? "", en: summary.lines(.en).last ?? ""))
            switch reread() {
            case .changed: return [.loaded(contents.dataset), notice]
            case .unchanged: return [notice]
            case .failed(let text, _): return [notice, .stale(text)]
            }
        } catch {
            return [failure(error)]
        }
    }

    /// An error for the status line, in both languages where the store words it.
    func failure(_ error: Error) -> Message { .failed(Self.describe(error)) }

    static func describe(_ error: Error) -> Localized {
        if let error = error as? StoreError { return Localized(vi: error.message(.vi), en: error.message(.en)) }
        return Localized(vi: "\(error)", en: "\(error)")
    }

    /// A save's result with the audit trail as it now stands on disk; if the store cannot be
    /// read again, the save still counts (it landed) and the error follows it.
    mutating func saved(_ result: SaveResult) -> [Message] {
        var result = result
        switch reread() {
        case .changed, .unchanged:
            result.audit = contents.audit
            return [.saved(result)]
        case .failed(let text, _):
            return [.saved(result), .stale(text)]
        }
    }

    /// After a change to the roster: the whole dataset again (every screen reads the roster).
    mutating func reloaded(_ text: Localized) -> [Message] {
        switch reread() {
        case .changed, .unchanged: return [.loadedWith(contents.dataset, text)]
        case .failed(let error, _): return [.stale(EffectText.savedNotReread(text, error))]
        }
    }
}
