#pragma once

#include "store/sqlite_db.h"

namespace zanlink {

// The newest schema this build knows.
int librarySchemaVersion();

// Brings the library's schema up to date with forward migrations, each in
// its own transaction. Refuses a file made by a newer version.
bool migrateLibrary(Database& db, QString* error);

} // namespace zanlink
