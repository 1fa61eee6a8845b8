#pragma once

#include "store/sqlite_db.h"

#include <QString>

namespace zanlink {

// PRAGMA application_id of a ZanLink case file ("ZLCF").
inline constexpr qint64 kCaseFileApplicationId = 0x5A4C4346;

// The schema version this build writes.
int caseSchemaVersion();
// Brings the case file up to caseSchemaVersion(), one transaction per step;
// refuses a file with a newer schema.
bool migrateCases(Database& db, QString* error);

} // namespace zanlink
