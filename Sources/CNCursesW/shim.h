// The C side of the curses backend: what Swift cannot see of ncursesw (macros, globals that
// Swift 6 rejects as not concurrency-safe, attribute and key constants) as small functions.
#ifndef DLXH_CNCURSESW_SHIM_H
#define DLXH_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *dlxh_stdscr(void) { return stdscr; }
static inline int dlxh_lines(void) { return LINES; }
static inline int dlxh_cols(void) { return COLS; }
static inline int dlxh_colors(void) { return COLORS; }
static inline int dlxh_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t dlxh_a_normal(void) { return A_NORMAL; }
static inline attr_t dlxh_a_bold(void) { return A_BOLD; }
static inline attr_t dlxh_a_reverse(void) { return A_REVERSE; }
static inline attr_t dlxh_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dlxh_a_dim(void) { return A_DIM; }

static inline int dlxh_key_f(int n) { return KEY_F(n); }
static inline int dlxh_key_resize(void) { return KEY_RESIZE; }
static inline int dlxh_key_btab(void) { return KEY_BTAB; }

/// The screen size, as getmaxyx reports it.
static inline void dlxh_screen_size(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

/// Draws one cell: a base character with up to four combining marks, with attributes and a colour pair.
static inline int dlxh_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Whether the current LC_CTYPE encodes UTF-8.
static inline int dlxh_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') &&
           (codeset[2] == 'F' || codeset[2] == 'f');
}

#endif
