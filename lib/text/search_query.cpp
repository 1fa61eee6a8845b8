#include "text/search_query.h"

#include "text/word_breaker.h"

#include <QCoreApplication>

namespace zanlink {

namespace {

// The closing quote for an opening one; a null QChar for anything else.
QChar closingQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
        return u'"';
    case u'«':
        return u'»';
    case u'“':
        return u'”';
    case u'„':
        return u'“';
    default:
        return {};
    }
}

QString quoted(const QString& s)
{
    QString inner = s;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

struct Segment {
    QString text;
    bool phrase = false;
};

QList<Segment> segments(const QString& text)
{
    QList<Segment> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar close = closingQuote(text.at(i));
        if (close.isNull()) {
            qsizetype j = i;
            while (j < n && closingQuote(text.at(j)).isNull())
                ++j;
            out.append({ text.mid(i, j - i), false });
            i = j;
            continue;
        }
        qsizetype j = text.indexOf(close, i + 1);
        // „…” is also written.
        if (j < 0 && text.at(i) == u'„')
            j = text.indexOf(u'”', i + 1);
        if (j < 0)
            j = n;
        out.append({ text.mid(i + 1, j - i - 1), true });
        i = j + 1;
    }
    return out;
}

} // namespace

SearchQuery parseSearchQuery(const QString& userText, bool prefixLast)
{
    SearchQuery q;
    QString text = userText;
    QStringList notes;
    if (text.size() > kMaxQueryChars) {
        text.truncate(kMaxQueryChars);
        // Do not leave half a surrogate pair.
        if (text.back().isHighSurrogate())
            text.chop(1);
        notes.append(QCoreApplication::translate(
            "zanlink::SearchQuery", "The search text was shortened to its first %1 characters.")
                         .arg(kMaxQueryChars));
    }

    QStringList terms;
    bool lastIsLoose = false;
    bool capped = false;
    for (const Segment& seg : segments(text)) {
        QStringList ws = words(seg.text);
        if (q.words.size() + ws.size() > kMaxQueryWords) {
            ws = ws.mid(0, kMaxQueryWords - q.words.size());
            capped = true;
        }
        if (ws.isEmpty())
            continue;
        q.words.append(ws);
        if (seg.phrase && ws.size() > 1) {
            const QString phrase = ws.join(u' ');
            q.phrases.append(phrase);
            terms.append(quoted(phrase));
            lastIsLoose = false;
        } else {
            for (const QString& w : ws)
                terms.append(quoted(w));
            lastIsLoose = !seg.phrase;
        }
        if (capped)
            break;
    }
    if (capped)
        notes.append(QCoreApplication::translate("zanlink::SearchQuery", "Only the first %1 words are searched for.")
                         .arg(kMaxQueryWords));

    if (terms.isEmpty()) {
        q.message = userText.trimmed().isEmpty()
            ? QCoreApplication::translate("zanlink::SearchQuery", "Type a word to search for.")
            : QCoreApplication::translate("zanlink::SearchQuery", "Nothing to search for: type letters or numbers.");
        return q;
    }
    if (prefixLast && lastIsLoose)
        terms.last() += u" *";
    q.matchExpression = terms.join(u' ');
    q.message = notes.join(u' ');
    return q;
}

} // namespace zanlink
