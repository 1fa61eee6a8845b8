#pragma once

#include "navigation_history.h"
#include "provision_html.h"

#include <QTextDocument>
#include <memory>

namespace zanlink {

class LibraryStore;

// The columns the reader shows at a place: one per language of the mode, in
// the pinned edition where one is chosen (one language only). A single
// language the act lacks is replaced by one it has, and the column says so.
// `any` tells whether any column has a text.
QList<LanguageColumn> readerColumns(
    LibraryStore& store, const Location& here, ViewMode mode, qint64 pinnedEdition, bool* any);

// What is printed of what the reader shows: the full citation of each
// column (act, article, language, edition date, official link), then the
// provisions in dark ink on white, without the "cite" links. The document's
// title is the first citation.
std::unique_ptr<QTextDocument> readerPrintDocument(
    LibraryStore& store, const Location& here, const QList<LanguageColumn>& columns);

// The colours of a printed page, whatever the theme on screen.
HtmlColours printColours();

} // namespace zanlink
