#ifndef KUMPPANI_CNCURSES_SHIM_H
#define KUMPPANI_CNCURSES_SHIM_H
// The wide-character API (get_wch, setcchar, cchar_t) and wcwidth only appear with these.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// C macros do not import into Swift; wrap the ones we need.
static inline int kumppani_color_pair(int n) { return COLOR_PAIR(n); }
static inline int kumppani_max_y(WINDOW *w) { return getmaxy(w); }
static inline int kumppani_max_x(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *kumppani_stdscr(void) { return stdscr; }
static inline int kumppani_colors(void) { return COLORS; }
static inline int kumppani_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t kumppani_a_bold(void) { return A_BOLD; }
static inline attr_t kumppani_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kumppani_a_reverse(void) { return A_REVERSE; }
static inline attr_t kumppani_a_normal(void) { return A_NORMAL; }
static inline attr_t kumppani_a_dim(void) { return A_DIM; }
static inline WINDOW *kumppani_curscr(void) { return curscr; }
static inline int kumppani_lines(void) { return LINES; }
static inline int kumppani_cols(void) { return COLS; }
static inline int kumppani_key_f(int n) { return KEY_F(n); }
// The locale's character set, to tell the app whether box-drawing characters will show.
#include <langinfo.h>
static inline const char *kumppani_codeset(void) { return nl_langinfo(CODESET); }
// stdin/stdout are mutable C globals, which Swift 6 refuses to touch directly.
static inline FILE *kumppani_stdin(void) { return stdin; }
static inline FILE *kumppani_stdout(void) { return stdout; }
#endif
