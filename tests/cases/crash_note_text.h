#pragma once

// The note text the crash test's writer saves as note number `n`: long enough
// to span pages of the database, so a torn write would show.
#include <QString>

inline QString crashNoteText(int n)
{
    return QString(QStringLiteral("Заметка %1: блогер Ержан Т. (вымышленный), ст. 41-1. ").arg(n)).repeated(120)
        + QStringLiteral("[end %1]").arg(n);
}

inline QString crashNoteHtml(int n)
{
    return QStringLiteral("<p>") + crashNoteText(n) + QStringLiteral("</p>");
}
