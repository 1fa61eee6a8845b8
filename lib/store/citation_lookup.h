#pragma once

#include "corpus/citation.h"
#include "store/library_store.h"

namespace zanlink {

// The short title an act is cited by in a language: the catalogue's, or the
// imported edition's when the act is not in the catalogue.
QString citationTitle(const QString& actId, Language lang, const QString& editionTitle);

// Everything a citation of `key` in `edition` needs: act, path, language,
// edition date and anchor.
CitationTarget citationTarget(LibraryStore& store, const EditionInfo& edition, const QString& key);

} // namespace zanlink
