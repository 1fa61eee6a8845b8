#pragma once

#include "cases/case_model.h"
#include "workshop/trainer_note.h"

#include <QList>

namespace zanlink {

class LibraryStore;

// The prepared lists a presentation steps through.

// The provisions the case's notes cite, in the order they are first cited
// (a citation of a whole act is left out).
QList<PackProvisionRef> provisionsCitedBy(const CaseFile& file);
// The act's articles in document order, from its newest edition in
// `preferred` (else in another language).
QList<PackProvisionRef> articlesOf(LibraryStore& library, const QString& actId, Language preferred);

} // namespace zanlink
