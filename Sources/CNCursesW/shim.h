// The C side of the curses backend: what Swift cannot see of ncursesw (macros, globals that
// Swift 6 rejects as not concurrency-safe, attribute and key constants) as small functions,
// and the signal handlers, which must be plain C to be async-signal-safe.
#ifndef DLXH_CNCURSESW_SHIM_H
#define DLXH_CNCURSESW_SHIM_H

// NCURSES_WIDECHAR alone exposes get_wch, setcchar and cchar_t. (_XOPEN_SOURCE would too, but
// it changes how <signal.h> declares its structs and clashes with the Glibc module Swift uses.)
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *dlxh_stdscr(void) { return stdscr; }
static inline int dlxh_colors(void) { return COLORS; }
static inline int dlxh_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t dlxh_a_normal(void) { return A_NORMAL; }
static inline attr_t dlxh_a_bold(void) { return A_BOLD; }
static inline attr_t dlxh_a_reverse(void) { return A_REVERSE; }
static inline attr_t dlxh_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dlxh_a_dim(void) { return A_DIM; }

static inline int dlxh_key_f(int n) { return KEY_F(n); }
static inline int dlxh_key_code_yes(void) { return KEY_CODE_YES; }

/// The screen size, as getmaxyx reports it.
static inline void dlxh_screen_size(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

/// Opens the terminal without exiting on an unknown TERM (initscr would): NULL on failure.
static inline SCREEN *dlxh_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline int dlxh_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
static inline void dlxh_timeout(int ms) { wtimeout(stdscr, ms); }

/// Draws one cell: a base character with up to four combining marks, attributes, a colour pair.
static inline int dlxh_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Whether the current LC_CTYPE encodes UTF-8.
static inline int dlxh_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset) return 0;
    return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf-8") == 0 || strcmp(codeset, "utf8") == 0;
}

/// Asks the terminal to mark pasted text with ESC[200~ … ESC[201~ (on), or stops it (off): on
/// start and resume, off on exit, suspend and crash, so the shell never gets the markers.
/// Only write(2), so the crash handler may call it.
static inline void dlxh_bracketed_paste(int on) {
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, sequence, 8);
    (void)written;
}

// Termination signals only set a flag (async-signal-safe); the main loop notices it at once,
// because the signal interrupts get_wch, and restores the terminal before exiting.
static volatile sig_atomic_t dlxh_pending_signal = 0;
static void dlxh_on_signal(int sig) { dlxh_pending_signal = sig; }

// A crash (a Swift runtime trap is SIGILL or SIGTRAP) still hands the terminal back: endwin,
// then the default action, so the exit status and any core dump stay what they would have been.
static void dlxh_on_crash(int sig) {
    endwin();
    dlxh_bracketed_paste(0);
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void dlxh_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dlxh_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: get_wch returns so the loop can react
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = dlxh_on_crash;
    sigemptyset(&crash.sa_mask);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
}

static inline int dlxh_take_signal(void) {
    int sig = dlxh_pending_signal;
    dlxh_pending_signal = 0;
    return sig;
}

/// Stops the process as Ctrl-Z would in a cooked terminal; returns when it is continued.
static inline void dlxh_stop_self(void) {
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
}

#endif
