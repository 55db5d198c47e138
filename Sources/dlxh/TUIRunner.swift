import DLXHDomain
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

    mutating func run() throws {
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
        let idleFile = ProcessInfo.processInfo.environment["DLXH_IDLE_FILE"]
        var frame = 0
        var lastTick = DispatchTime.now().uptimeNanoseconds

        loop: while true {
            terminal.draw(state.view())
            frame += 1
            if let idleFile { try? "\(frame)\n".write(toFile: idleFile, atomically: true, encoding: .utf8) }

            let inputs = terminal.read(timeout: 500)
            if terminal.takeSignal() != 0 { break loop }
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
            for message in messages {
                for effect in state.update(message) {
                    switch effect {
                    case .quit: break loop
                    case .redraw: terminal.invalidate()
                    case .suspend: terminal.suspend()
                    case .checkForChanges:
                        if let reloaded = reloadIfChanged() { _ = state.update(.loaded(reloaded)) }
                    }
                }
            }
        }
    }

    /// The dataset again, if another process changed the store since it was loaded.
    mutating func reloadIfChanged() -> Dataset? {
        guard (try? store.hasChanged(since: contents)) == true, let fresh = try? store.load() else { return nil }
        contents = fresh
        return fresh.dataset
    }
}

