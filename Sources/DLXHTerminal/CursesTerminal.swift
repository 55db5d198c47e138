import CNCursesW
import DLXHTUI
import Foundation

/// The only code that talks to curses. It turns key presses into `Key`s and grids into screen
/// cells, and it always hands the terminal back as it found it.
public final class CursesTerminal {
    public enum Input: Equatable {
        case key(Key)
        case text(String)
        case resize(width: Int, height: Int)
    }

    public enum StartError: Error {
        case notATerminal
        case unknownTerminal(String)
    }

    private var screen: OpaquePointer?
    private var previous: Grid?
    private var pairs: [UInt16: Int16] = [:]
    private var colors = false
    public private(set) var isActive = false

    public init() {}

    public func start() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
        guard let screen = dlxh_newterm() else {
            throw StartError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        isActive = true
        dlxh_install_signal_handlers()
        raw()
        noecho()
        nonl()
        keypad(dlxh_stdscr(), true)
        set_escdelay(25)  // ncurses waits a whole second after Esc by default
        curs_set(0)  // the widgets draw their own cursor
        colors = has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        previous = nil
        dlxh_bracketed_paste(1)
    }

    /// Hands the terminal back: cooked mode, cursor visible, screen as before.
    public func stop() {
        guard isActive else { return }
        isActive = false
        // Terminals without an alternate screen (vt100, linux) would keep the last frame under
        // the shell's prompt: leave them a clean screen.
        erase()
        refresh()
        curs_set(1)
        endwin()
        dlxh_bracketed_paste(0)
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { stop() }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var cols: Int32 = 0
        dlxh_screen_size(&rows, &cols)
        return (Int(cols), Int(rows))
    }

    /// The signal (SIGTERM, SIGINT, SIGHUP) received since the last call, or 0.
    public func takeSignal() -> Int32 { dlxh_take_signal() }

    // MARK: Input

    /// Waits up to `timeout` milliseconds for input, then reads everything already pending, so
    /// an input method's burst (a Backspace and the corrected letter) is applied in one go. What
    /// was read is decoded by `InputDecoder`: a bracketed paste is one `Key.paste` however many
    /// reads it spans (the loop reads on while one is open, and gives up after a second of
    /// silence), and a burst holding a line break between printable text is a paste too.
    public func read(timeout: Int32) -> [Input] {
        var events = decoder.decode(readPending(timeout))
        var silentRounds = 0
        while decoder.isInsidePaste || decoder.isHolding {
            let more = readPending(decoder.isInsidePaste ? 100 : 30)
            if more.isEmpty {
                silentRounds += 1
                if decoder.isHolding || silentRounds >= 10 { events += decoder.flush() }
                continue
            }
            silentRounds = 0
            events += decoder.decode(more)
        }
        return events.map { event -> Input in
            switch event {
            case .key(let key): return .key(key)
            case .text(let text): return .text(text)
            case .resize:
                let s = size
                return .resize(width: s.width, height: s.height)
            }
        }
    }

    private var decoder = InputDecoder()

    /// Waits up to `timeout` ms for the first input, then takes what is already there.
    private func readPending(_ timeout: Int32) -> [InputDecoder.Raw] {
        var raws: [InputDecoder.Raw] = []
        var wait = timeout
        while true {
            dlxh_timeout(wait)
            var ch: wint_t = 0
            let result = dlxh_get_wch(&ch)
            if result == ERR { break }
            wait = 0
            if result == dlxh_key_code_yes() {
                if Int32(ch) == KEY_RESIZE {
                    raws.append(.resize)
                } else if let key = Self.functionKey(Int32(ch)) {
                    raws.append(.key(key))
                }
            } else if let scalar = Unicode.Scalar(UInt32(ch)) {
                raws.append(.scalar(scalar))
            }
        }
        return raws
    }

    static func controlKey(_ scalar: Unicode.Scalar) -> Key? { InputDecoder.controlKey(scalar) }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            for n in 1...12 where code == dlxh_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    // MARK: Output

    /// Forgets what is on the screen, so the next draw repaints every cell (Ctrl-L, resume).
    public func invalidate() {
        previous = nil
        clearok(dlxh_stdscr(), true)
    }

    /// Copies the grid to the screen, touching only the cells that changed.
    public func draw(_ grid: Grid) {
        let (width, height) = size
        if previous?.width != grid.width || previous?.height != grid.height {
            previous = nil
            erase()
        }
        for y in 0..<min(height, grid.height) {
            for x in 0..<min(width, grid.width) {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = grid
        refresh()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var chars: [wchar_t] = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        chars.append(0)
        let (attrs, pair) = attributes(cell.style)
        // The bottom-right cell returns ERR though it draws: nothing to do about it.
        _ = dlxh_put_cell(Int32(y), Int32(x), chars, attrs, pair)
    }

    /// Curses attributes and colour pair for a style. Without colours, a coloured background
    /// becomes reverse video, so bars and badges stay distinct on a monochrome terminal.
    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var attrs = dlxh_a_normal()
        if style.bold { attrs |= dlxh_a_bold() }
        if style.underline { attrs |= dlxh_a_underline() }
        if style.dim { attrs |= dlxh_a_dim() }
        var reverse = style.reverse
        var pair: Int16 = 0
        if colors {
            pair = colorPair(style.foreground, style.background)
        } else if style.background != .default {
            reverse.toggle()
        }
        if reverse { attrs |= dlxh_a_reverse() }
        return (attrs, pair)
    }

    private func colorPair(_ fg: Color, _ bg: Color) -> Int16 {
        if fg == .default && bg == .default { return 0 }
        let key = UInt16(fg.rawValue) << 8 | UInt16(bg.rawValue)
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < dlxh_color_pairs() else { return 0 }
        init_pair(next, curses(fg), curses(bg))
        pairs[key] = next
        return next
    }

    private func curses(_ color: Color) -> Int16 {
        switch color {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }

    // MARK: Suspend

    /// Ctrl-Z: give the terminal back (pastes unmarked again, for the shell), stop, and take it
    /// again when continued.
    public func suspend() {
        endwin()
        dlxh_bracketed_paste(0)
        dlxh_stop_self()
        dlxh_bracketed_paste(1)
        refresh()
        invalidate()
    }
}
