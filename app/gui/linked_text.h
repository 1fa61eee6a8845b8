#pragma once

#include "store/link_queries.h"

#include <QPalette>
#include <QString>
#include <QUrl>

namespace zanlink {

// The colours of the reader's rich text, taken from a palette so that the
// text reads in the light and the dark theme alike (and on paper, from a
// light palette). Each is a CSS colour ("#rrggbb").
struct HtmlColours {
    QString muted; // column headers
    QString note; // footnotes and the "cite" links
    QString faint; // "not in this language"
    QString rule; // the lines between aligned rows
    QString warning; // an older edition, a missing language, notes on amendments
    QString term; // links of defined terms
    QString unresolved; // citations of an act the library cannot identify
    QString changedBackground; // "changed in this edition"
    QString addedBackground; // "new in this edition"
    QString link; // references
    bool dark = false;

    static HtmlColours from(const QPalette& palette);
    // From the application's palette, as the reader shows it now.
    static HtmlColours current();
};

// The reader's own link to a provision: go:ACT?key=41-1/1-2 (no key: the act).
QUrl goUrl(const QString& actId, const QString& key);
// Reads a go: link back; false for any other link.
bool parseGoUrl(const QUrl& url, QString* actId, QString* key);

// Escaped rich text of one place of a provision (its text, heading or a note)
// with the references found in it: each cited number links to its provision,
// a whole-act citation to the act, a defined term to its definition;
// citations whose act is unknown are marked but lead nowhere.
QString linkedHtml(const QString& text, const QList<StoredLink>& links, int place,
    const HtmlColours& colours = HtmlColours::current());

} // namespace zanlink
