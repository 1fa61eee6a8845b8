// The zip of a workshop pack: the names it may hold and their limits, for
// the checked zip reader of lib/cases.
#pragma once

#include "cases/checked_zip.h"
#include "workshop/workshop_pack.h"

#include <QString>

namespace zanlink::pack {

inline const QString kManifestEntry = QStringLiteral("manifest.json");
inline const QString kNotesEntry = QStringLiteral("notes.json");
inline const QString kProvisionsEntry = QStringLiteral("provisions.json");
inline const QString kEditionsPrefix = QStringLiteral("editions/");
inline const QString kCasesPrefix = QStringLiteral("cases/");
inline const QString kShortNoun = QStringLiteral("pack");

// "editions/<act>.<lang>.json"
QString editionEntryName(const QString& actId, Language lang);
// The names a pack may hold, each within workshopPackLimits().
ZipArchiveRules zipRules();
// Why a name is not one a pack may hold; empty when it may.
QString entryNameProblem(const QString& name);

} // namespace zanlink::pack
