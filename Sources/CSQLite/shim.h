#ifndef KUMPPANI_CSQLITE_SHIM_H
#define KUMPPANI_CSQLITE_SHIM_H
// The session extension (changesets) is compiled into the system library but its
// declarations are hidden behind these macros in sqlite3.h.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro cast and does not import into Swift.
static inline sqlite3_destructor_type kumppani_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
