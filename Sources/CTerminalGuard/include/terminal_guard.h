#ifndef AZAD_CTERMINALGUARD_H
#define AZAD_CTERMINALGUARD_H

// The reader's crash handler, in C: a signal handler cannot safely be a Swift closure, and its state
// (the terminal's modes before curses) needs storage of its own, which a module header cannot give.

/// Saves the terminal's modes and installs a handler for the signals a crash raises (Swift traps
/// raise SIGILL or SIGTRAP) that gives the terminal back before the signal does its default.
/// Called before curses takes the terminal, on the thread that will draw: a crash on any other thread
/// is handed to that one, so that curses is never entered by two threads at once.
void azad_restore_terminal_on_crash(void);

#endif
