import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import DLXHTerminal
import Foundation

/// The loop of the full-screen interface: draw the state, read input, update, hand the effects
/// `update` asked for to `Effects` (which reads and writes the store), and around it all, hand
/// the terminal back whatever happens. Only the terminal's own effects are done here.
struct TUIRunner {
    var context: AppContext
    let store: Store
    let contents: StoreContents
    /// The effects, once the interface runs; what could not be saved is read from it after.
    var effects: Effects?

    init(context: AppContext, store: Store, contents: StoreContents) {
        self.context = context
        self.store = store
        self.contents = contents
    }

    /// With --today the clock stands still (tests and demos); otherwise it is the wall clock.
    static func clock(_ context: AppContext) -> @Sendable () -> Moment {
        let now = context.now
        if context.clockIsFixed { return { now } }
        return { Moment(secondsSinceEpoch: Int64(Date().timeIntervalSince1970), utcOffsetMinutes: now.utcOffsetMinutes) }
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

        let session = Session(
            storeName: store.root.lastPathComponent, staff: context.staff(contents.config.configuration), language: context.language,
            folder: FileManager.default.currentDirectoryPath)
        Store.setLockOwner(session.staff)
        let clock = Self.clock(context)
        var effects = Effects(store: store, contents: contents, staff: session.staff, language: context.language, clock: clock)
        defer { self.effects = effects }
        let size = terminal.size
        var state = AppState(session: session, now: clock(), width: size.width, height: size.height)
        _ = state.update(.loaded(contents.dataset))
        for message in effects.start() { _ = state.update(message) }
        // Files that arrived while nobody was looking are picked up first thing.
        // The overdue-alert notice, if any, keeps the message line; the badge and inbox show the rest.
        for message in effects.startIncoming() {
            if case .notice = message, state.toast != nil { continue }
            _ = state.update(message)
        }
        // The months not read before the first frame, read and made ready on another thread.
        let background = contents.isComplete ? nil : HistoryLoad(store: store, contents: effects.contents, version: effects.contentsVersion)
        let idleFile = ProcessInfo.processInfo.environment["DLXH_IDLE_FILE"]
        var frame = 0
        var lastTick = DispatchTime.now().uptimeNanoseconds
        var signal: Int32 = 0

        loop: while true {
            terminal.draw(state.view())
            frame += 1
            // Idle only once the whole history is in (a test then sees every month).
            if let idleFile, effects.contents.isComplete { try? "\(frame)\n".write(toFile: idleFile, atomically: true, encoding: .utf8) }

            let inputs = terminal.read(timeout: 500)
            signal = terminal.takeSignal()
            if signal != 0 {
                // A closed terminal (SIGHUP) or a kill: keep the last second of typing too.
                for case .save(let save) in state.finalSaves { _ = effects.submit(save) }
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
                let taken = effects.takeHistory(rest)
                let toast = state.toast  // the rest of the history is no news to the person
                _ = state.update(taken[0])
                state.toast = toast
                messages.append(contentsOf: taken.dropFirst())
            }
            let nowNanos = DispatchTime.now().uptimeNanoseconds
            if nowNanos - lastTick >= 1_000_000_000 {
                lastTick = nowNanos
                messages.append(contentsOf: effects.retryPendingSaves())
                messages.append(.tick(clock()))
            }
            while !messages.isEmpty {
                let message = messages.removeFirst()
                for effect in state.update(message) {
                    switch effect {
                    case .quit: break loop
                    case .redraw: terminal.invalidate()
                    case .suspend: terminal.suspend()
                    default: messages.append(contentsOf: effects.perform(effect))
                    }
                }
            }
        }
        // One last try for what is still waiting; what cannot be written is said, not hidden.
        _ = effects.retryPendingSaves()
        return signal
    }

    /// Said on standard error after the interface, when changes could not be saved.
    func unsavedReport(_ language: Language) -> String? { effects?.unsavedReport(language) }
}
