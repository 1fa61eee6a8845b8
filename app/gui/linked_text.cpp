#include "linked_text.h"

#include <QGuiApplication>
#include <QUrlQuery>
#include <algorithm>

namespace zanlink {

namespace {

QString escapedLines(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QString css(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

HtmlColours HtmlColours::from(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    HtmlColours c;
    c.dark = base.lightnessF() < text.lightnessF();
    // Greys between the text and its background, as far from the text as on
    // the light page they were first chosen for (#444, #555, #888 on white).
    c.muted = css(mix(text, base, 0.27));
    c.note = css(mix(text, base, 0.40));
    c.faint = css(mix(text, base, 0.55));
    c.rule = css(mix(text, base, 0.82));
    c.link = css(palette.color(QPalette::Active, QPalette::Link));
    // Accents keep their hue; on a dark background they are lighter.
    c.warning = c.dark ? QStringLiteral("#ff8a80") : QStringLiteral("#a01010");
    c.term = c.dark ? QStringLiteral("#7ad69a") : QStringLiteral("#1d6b3a");
    c.unresolved = c.dark ? QStringLiteral("#e8b860") : QStringLiteral("#8a5a00");
    c.changedBackground = c.dark ? QStringLiteral("#5c4c08") : QStringLiteral("#fff2b3");
    c.addedBackground = c.dark ? QStringLiteral("#1f4a2a") : QStringLiteral("#d4f5d4");
    return c;
}

HtmlColours HtmlColours::current()
{
    return from(QGuiApplication::palette());
}

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

QString linkedHtml(const QString& text, const QList<StoredLink>& links, int place, const HtmlColours& colours)
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
            html += QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(colours.unresolved, words);
            break;
        case LinkKind::Term:
            html += QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none;\">%3</a>")
                        .arg(goUrl(l.targetAct, l.targetKey).toString(QUrl::FullyEncoded).toHtmlEscaped(), colours.term,
                            words);
            break;
        case LinkKind::Internal:
        case LinkKind::OtherAct:
            html += QStringLiteral("<a href=\"%1\" style=\"color:%2;\">%3</a>")
                        .arg(goUrl(l.targetAct, l.targetKey).toString(QUrl::FullyEncoded).toHtmlEscaped(), colours.link,
                            words);
            break;
        }
        pos = l.start + l.length;
    }
    html += escapedLines(text.mid(pos));
    return html;
}

} // namespace zanlink
