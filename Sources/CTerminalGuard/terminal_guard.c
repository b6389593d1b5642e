#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include "terminal_guard.h"

#include <ncursesw/curses.h>
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/// The terminal's modes before curses changed them.
static struct termios shell_modes;
static volatile sig_atomic_t shell_modes_saved = 0;

/// The thread that took the terminal: the one that draws, and the only one that may call curses.
static pthread_t curses_thread;

/// How long a crashing thread waits for the curses thread to end the process, in tenths of a second.
enum { handover_tenths = 20 };

static void write_all(const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static void fatal_signal(int signal_number) {
    if (!pthread_equal(pthread_self(), curses_thread)) {
        // Another thread crashed while the curses thread may be drawing: two threads in curses at once
        // could leave the alternate screen on after endwin. The curses thread takes the same signal and
        // ends the process from its own handler; this one waits. Should it not come (a thread that
        // blocks the signal, one stopped for good), the terminal is given back from here after all.
        if (pthread_kill(curses_thread, signal_number) == 0) {
            for (int tenth = 0; tenth < handover_tenths; tenth++) {
                struct timespec pause = {.tv_sec = 0, .tv_nsec = 100000000};
                nanosleep(&pause, NULL);
            }
        }
    }
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
    curses_thread = pthread_self();
    if (tcgetattr(STDIN_FILENO, &shell_modes) == 0) shell_modes_saved = 1;
    signal(SIGSEGV, fatal_signal);
    signal(SIGBUS, fatal_signal);
    signal(SIGILL, fatal_signal);
    signal(SIGTRAP, fatal_signal);
    signal(SIGFPE, fatal_signal);
    signal(SIGABRT, fatal_signal);
}
