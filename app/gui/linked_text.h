#pragma once

#include "store/link_queries.h"

#include <QString>
#include <QUrl>

namespace zanlink {

// The reader's own link to a provision: go:ACT?key=41-1/1-2 (no key: the act).
QUrl goUrl(const QString& actId, const QString& key);
// Reads a go: link back; false for any other link.
bool parseGoUrl(const QUrl& url, QString* actId, QString* key);

// Escaped rich text of one place of a provision (its text, heading or a note)
// with the references found in it: each cited number links to its provision,
// a whole-act citation to the act, a defined term to its definition;
// citations whose act is unknown are marked but lead nowhere.
QString linkedHtml(const QString& text, const QList<StoredLink>& links, int place);

} // namespace zanlink
