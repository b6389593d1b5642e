// crash-probe: the reader's crash handler (CTerminalGuard) under a program that crashes a thread
// other than the one that draws, on a key, while that one keeps drawing. azad has no way to crash a
// thread of its own on purpose, and a signal sent from outside is not the same: a real crash is
// raised by the faulting instruction on the faulting thread (ReaderCrashTmuxTests).
//
// It takes the terminal as the reader does (the alternate screen, no cursor, mouse and drag tracking)
// and redraws a counter every 10 ms. Keys: s (SIGSEGV), b (SIGBUS), i (SIGILL), t (SIGTRAP),
// f (SIGFPE) and a (SIGABRT) crash a new thread that way; q quits.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "terminal_guard.h"

/// A file shortened under its own mapping: touching the page past its end raises SIGBUS.
static volatile char *vanished_page(void) {
    FILE *file = tmpfile();
    if (file == NULL) return NULL;
    int descriptor = fileno(file);
    if (ftruncate(descriptor, 4096) != 0) return NULL;
    char *page = mmap(NULL, 4096, PROT_READ, MAP_SHARED, descriptor, 0);
    if (page == MAP_FAILED) return NULL;
    if (ftruncate(descriptor, 0) != 0) return NULL;
    return page;
}

static void *crash(void *kind) {
    static volatile int zero = 0;
    static volatile int *volatile nowhere = NULL;
    switch ((int)(long)kind) {
        case 's': *nowhere = 1; break;
        case 'b': {
            volatile char *page = vanished_page();
            if (page != NULL) (void)page[0];
            break;
        }
        case 'i': __builtin_trap();  // ud2 on x86-64, as Swift's runtime traps are
        case 't': __asm__ volatile("int3"); break;
        case 'f': zero = 1 / zero; break;
        case 'a': abort();
    }
    return NULL;
}

int main(void) {
    setlocale(LC_ALL, "");
    azad_restore_terminal_on_crash();
    if (initscr() == NULL) return 1;
    cbreak();
    noecho();
    curs_set(0);
    mousemask(ALL_MOUSE_EVENTS, NULL);
    timeout(10);
    mvaddstr(0, 0, "crash-probe up");
    refresh();
    // Button-event tracking, as the reader asks for it after its first frame (Terminal.trackDrags).
    static const char track_drags[] = "\033[?1002h";
    if (write(STDOUT_FILENO, track_drags, sizeof track_drags - 1) < 0) return 1;
    for (long frame = 0;; frame++) {
        int key = getch();
        if (key == 'q') break;
        if (key == 's' || key == 'b' || key == 'i' || key == 't' || key == 'f' || key == 'a') {
            pthread_t thread;
            if (pthread_create(&thread, NULL, crash, (void *)(long)key) != 0) return 1;
            mvaddstr(1, 0, "crashing");
        }
        mvprintw(2, 0, "frame %ld", frame);
        refresh();
    }
    endwin();
    return 0;
}
