#include "text/phrase_matcher.h"

#include "text/word_breaker.h"

#include <algorithm>

namespace zanlink {

namespace {

// Whether the text between two words keeps them in one phrase.
bool joins(QStringView gap)
{
    for (const QChar c : gap) {
        if (c == u'\n' || c == u'\r' || c == u'\u2029')
            return false;
        if (c.isSpace() || c == u',' || c == u'"' || c == u'(' || c == u')')
            continue;
        const QChar::Category cat = c.category();
        if (cat == QChar::Punctuation_Dash || cat == QChar::Punctuation_InitialQuote
            || cat == QChar::Punctuation_FinalQuote || cat == QChar::Punctuation_Open
            || cat == QChar::Punctuation_Close)
            continue;
        return false;
    }
    return true;
}

} // namespace

PhraseMatcher::PhraseMatcher(Language lang, const QStringList& phrases) : m_keys(lang)
{
    for (const QString& phrase : phrases) {
        QStringList keys = m_keys.keys(phrase);
        if (!keys.isEmpty())
            m_byFirstKey[keys.first()].append(static_cast<int>(m_phraseKeys.size()));
        m_phraseKeys.append(std::move(keys));
    }
}

QList<PhraseMatcher::Match> PhraseMatcher::find(const QString& text) const
{
    if (m_byFirstKey.isEmpty())
        return {};
    const QList<WordSpan> spans = wordSpans(text);
    QStringList keys;
    keys.reserve(spans.size());
    for (const WordSpan& w : spans)
        keys.append(m_keys.key(text.mid(w.start, w.length)));

    struct Candidate {
        qsizetype first;
        qsizetype words;
        int phrase;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto it = m_byFirstKey.constFind(keys.at(i));
        if (it == m_byFirstKey.cend())
            continue;
        for (const int p : it.value()) {
            const QStringList& pk = m_phraseKeys.at(p);
            if (i + pk.size() > keys.size())
                continue;
            bool ok = true;
            for (qsizetype k = 1; ok && k < pk.size(); ++k) {
                const WordSpan& prev = spans.at(i + k - 1);
                ok = keys.at(i + k) == pk.at(k)
                    && joins(QStringView(text).mid(prev.end(), spans.at(i + k).start - prev.end()));
            }
            if (ok)
                candidates.append({ i, pk.size(), p });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.words != b.words ? a.words > b.words : a.first < b.first;
    });
    QList<bool> taken(keys.size(), false);
    QList<Match> out;
    for (const Candidate& c : candidates) {
        if (std::any_of(taken.cbegin() + c.first, taken.cbegin() + c.first + c.words, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + c.first, taken.begin() + c.first + c.words, true);
        const WordSpan& a = spans.at(c.first);
        const WordSpan& z = spans.at(c.first + c.words - 1);
        out.append({ a.start, z.end() - a.start, c.phrase });
    }
    std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
    return out;
}

} // namespace zanlink
