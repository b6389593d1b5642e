#ifndef AZAD_CSQLITE_SHIM_H
#define AZAD_CSQLITE_SHIM_H

// The SQLite calls azad makes that Swift cannot: sqlite3_db_config is variadic.

#include <sqlite3.h>

/// Whether closing the last connection to the database checkpoints its WAL into the main file (and
/// then deletes the WAL), as SQLite does unless told otherwise (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
void azad_sqlite_checkpoint_on_close(sqlite3 *db, int checkpoint);

#endif
