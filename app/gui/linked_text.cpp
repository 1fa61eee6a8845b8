#include "linked_text.h"

#include <QUrlQuery>
#include <algorithm>

namespace zanlink {

namespace {

QString escapedLines(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QUrl goUrl(const QString& actId, const QString& key)
{
    QUrl url;
    url.setScheme(QStringLiteral("go"));
    url.setPath(actId);
    if (!key.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("key"), key);
        url.setQuery(q);
    }
    return url;
}

bool parseGoUrl(const QUrl& url, QString* actId, QString* key)
{
    if (url.scheme() != u"go" || url.path().isEmpty())
        return false;
    *actId = url.path();
    *key = QUrlQuery(url).queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    return true;
}

QString linkedHtml(const QString& text, const QList<StoredLink>& links, int place)
{
    QList<StoredLink> here;
    for (const StoredLink& l : links) {
        if (l.place == place && l.start >= 0 && l.length > 0 && l.start + l.length <= text.size())
            here << l;
    }
    std::sort(here.begin(), here.end(), [](const StoredLink& a, const StoredLink& b) { return a.start < b.start; });
    QString html;
    int pos = 0;
    for (const StoredLink& l : here) {
        if (l.start < pos)
            continue; // overlaps the previous link
        html += escapedLines(text.mid(pos, l.start - pos));
        const QString words = escapedLines(text.mid(l.start, l.length));
        switch (l.kind) {
        case LinkKind::Unresolved:
            html += QStringLiteral("<span style=\"color:#8a5a00;\">%1</span>").arg(words);
            break;
        case LinkKind::Term:
            html += QStringLiteral("<a href=\"%1\" style=\"color:#1d6b3a; text-decoration:none;\">%2</a>")
                        .arg(goUrl(l.targetAct, l.targetKey).toString(QUrl::FullyEncoded).toHtmlEscaped(), words);
            break;
        case LinkKind::Internal:
        case LinkKind::OtherAct:
            html += QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(goUrl(l.targetAct, l.targetKey).toString(QUrl::FullyEncoded).toHtmlEscaped(), words);
            break;
        }
        pos = l.start + l.length;
    }
    html += escapedLines(text.mid(pos));
    return html;
}

} // namespace zanlink
