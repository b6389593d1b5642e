#ifndef AZAD_CNCURSESW_SHIM_H
#define AZAD_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, setcchar, wget_wch) is only declared with these set.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Curses exposes many constants and accessors as macros, which Swift cannot import when they
// expand to expressions; these functions give them to Swift by value.

/// `COLOR_PAIR` is a macro.
static inline attr_t azad_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
/// `A_*` attributes are macros built from `NCURSES_BITS`.
static inline attr_t azad_attr_bold(void) { return A_BOLD; }
static inline attr_t azad_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t azad_attr_reverse(void) { return A_REVERSE; }
static inline attr_t azad_attr_dim(void) { return A_DIM; }
static inline attr_t azad_attr_italic(void) { return A_ITALIC; }
static inline attr_t azad_attr_standout(void) { return A_STANDOUT; }
static inline attr_t azad_attr_normal(void) { return A_NORMAL; }
/// `getmaxy`/`getmaxx` are macros in some builds.
static inline int azad_lines(void) { return LINES; }
static inline int azad_cols(void) { return COLS; }
/// `KEY_*` codes are macros.
static inline int azad_key_resize(void) { return KEY_RESIZE; }
static inline int azad_key_mouse(void) { return KEY_MOUSE; }
static inline int azad_key_up(void) { return KEY_UP; }
static inline int azad_key_down(void) { return KEY_DOWN; }
static inline int azad_key_left(void) { return KEY_LEFT; }
static inline int azad_key_right(void) { return KEY_RIGHT; }
static inline int azad_key_npage(void) { return KEY_NPAGE; }
static inline int azad_key_ppage(void) { return KEY_PPAGE; }
static inline int azad_key_home(void) { return KEY_HOME; }
static inline int azad_key_end(void) { return KEY_END; }
static inline int azad_key_enter(void) { return KEY_ENTER; }
static inline int azad_key_backspace(void) { return KEY_BACKSPACE; }
static inline int azad_key_btab(void) { return KEY_BTAB; }
static inline int azad_key_dc(void) { return KEY_DC; }
/// `OK`/`ERR` and the `wget_wch` result codes are macros.
static inline int azad_ok(void) { return OK; }
static inline int azad_err(void) { return ERR; }
/// Mouse event masks are macros.
static inline mmask_t azad_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t azad_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t azad_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t azad_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t azad_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t azad_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t azad_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t azad_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
/// `stdscr` is a macro over a global in threaded builds.
static inline WINDOW *azad_stdscr(void) { return stdscr; }
/// `setlocale` for all categories from the environment, since `LC_ALL` is a macro.
static inline const char *azad_setlocale_from_environment(void) { return setlocale(LC_ALL, ""); }
/// `setlocale` to a named locale for all categories.
static inline const char *azad_setlocale(const char *name) { return setlocale(LC_ALL, name); }
/// `nl_langinfo(CODESET)`: the locale's character encoding.
#include <langinfo.h>
static inline const char *azad_locale_codeset(void) { return nl_langinfo(CODESET); }

/// `wcwidth`: Swift's Glibc module is built without `_XOPEN_SOURCE`, which hides it; what ncursesw
/// counts a character as, so tests measure azad's display width against it.
static inline int azad_wcwidth(int32_t c) { return wcwidth((wchar_t)c); }

/// `KEY_CODE_YES` (what `wget_wch` returns for a function key) is a macro.
static inline int azad_key_code_yes(void) { return KEY_CODE_YES; }
/// `KEY_F(n)` is a macro.
static inline int azad_key_f(int n) { return KEY_F(n); }
/// `COLORS` is a macro over a global (a function in threaded builds).
static inline int azad_colors(void) { return COLORS; }
/// `getmouse` fills a struct; returning the fields by pointer keeps MEVENT's layout on the C side.
static inline int azad_getmouse(int *y, int *x, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *y = event.y;
    *x = event.x;
    *state = event.bstate;
    return OK;
}
/// `setcchar` plus `mvwadd_wch` for one cell: `cchar_t` is opaque to Swift (its size varies by build).
static inline int azad_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

#endif
