// sqlite3_db_config behind a fixed signature; see include/shim.h.
#include "shim.h"

void azad_sqlite_checkpoint_on_close(sqlite3 *db, int checkpoint) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, checkpoint ? 0 : 1, (int *)0);
}
