#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include "terminal_guard.h"

#include <ncursesw/curses.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

/// The terminal's modes before curses changed them.
static struct termios shell_modes;
static volatile sig_atomic_t shell_modes_saved = 0;

static void write_all(const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static void fatal_signal(int signal_number) {
    endwin();
    // Button-event tracking is asked for outside curses' mouse mask (Terminal.trackDrags).
    static const char stop_drags[] = "\033[?1002l";
    write_all(stop_drags, sizeof stop_drags - 1);
    // The crash handler's copy of BidiMode.implicitModeSequence (AzadUI/Terminal/BidiMode+Terminal.swift).
    static const char restore_bidi[] = "\033[8h";
    write_all(restore_bidi, sizeof restore_bidi - 1);
    // endwin is not async-signal-safe: a signal taken on another thread while the main one is inside
    // curses may find it half way and leave echo and line editing off. tcsetattr is safe here, so the
    // modes saved before curses started are set again whatever endwin did.
    if (shell_modes_saved) (void)tcsetattr(STDIN_FILENO, TCSANOW, &shell_modes);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void azad_restore_terminal_on_crash(void) {
    if (tcgetattr(STDIN_FILENO, &shell_modes) == 0) shell_modes_saved = 1;
    signal(SIGSEGV, fatal_signal);
    signal(SIGBUS, fatal_signal);
    signal(SIGILL, fatal_signal);
    signal(SIGTRAP, fatal_signal);
    signal(SIGFPE, fatal_signal);
    signal(SIGABRT, fatal_signal);
}
