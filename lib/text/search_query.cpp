#include "text/search_query.h"

#include "text/word_breaker.h"

#include <QCoreApplication>
#include <QSet>

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

// Words that join others in kk, ru and en ("of", "и", "және"): in almost every
// provision, so requiring them makes FTS5 walk the longest lists for
// nothing. Typed loose among other words they are left out of the match;
// the ranking still prefers the words together as typed.
bool isJoiningWord(const QString& word)
{
    static const QSet<QString> words { u"a"_qs, u"an"_qs, u"the"_qs, u"of"_qs, u"and"_qs, u"or"_qs, u"to"_qs,
        u"in"_qs, u"on"_qs, u"for"_qs, u"by"_qs, u"with"_qs, u"at"_qs, u"from"_qs, u"as"_qs, u"is"_qs,
        u"be"_qs, u"и"_qs, u"в"_qs, u"во"_qs, u"на"_qs, u"о"_qs, u"об"_qs, u"по"_qs, u"к"_qs, u"с"_qs,
        u"со"_qs, u"у"_qs, u"из"_qs, u"за"_qs, u"от"_qs, u"до"_qs, u"для"_qs, u"или"_qs, u"а"_qs,
        u"және"_qs, u"мен"_qs, u"бен"_qs, u"пен"_qs, u"немесе"_qs };
    // As typed: AND, OR written in capitals are kept (and quoted).
    return words.contains(word);
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
    QList<bool> joining; // per term: a joining word typed loose
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
            joining.append(false);
            lastIsLoose = false;
        } else {
            for (const QString& w : ws) {
                terms.append(quoted(w));
                joining.append(!seg.phrase && isJoiningWord(w));
            }
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
    if (prefixLast && lastIsLoose) {
        terms.last() += u" *";
        joining.last() = false; // perhaps the beginning of a longer word
    }
    if (joining.contains(false)) {
        for (qsizetype i = terms.size() - 1; i >= 0; --i) {
            if (joining.at(i))
                terms.removeAt(i);
        }
    }
    q.matchExpression = terms.join(u' ');
    q.message = notes.join(u' ');
    return q;
}

} // namespace zanlink
