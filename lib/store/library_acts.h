#pragma once

#include "refs/act_directory.h"
#include "store/sqlite_db.h"

namespace zanlink {

// The acts references can name: the catalogue and every act imported into
// the library, under the titles its editions carry.
ActDirectory libraryActDirectory(Database& db);

} // namespace zanlink
