#include "text/search_key.h"

#include "text/search_folding.h"
#include "text/word_breaker.h"

namespace zanlink {

namespace {

QString kazakhLatinFold(QString w)
{
    w.remove(u'ъ');
    w.remove(u'ь');
    w.replace(u'э', u'е');
    return w;
}

} // namespace

SearchKeyMaker::SearchKeyMaker(Language lang) : m_stemmer(lang)
{
}

QString SearchKeyMaker::folded(const QString& word) const
{
    const QString n = normaliseText(word);
    switch (m_stemmer.language()) {
    case Language::Kk:
        return kazakhLatinFold(foldKazakhKeyboard(isLatinWord(n) ? kazakhLatinToCyrillic(n) : n));
    case Language::Ru:
        return foldKazakhKeyboard(n);
    case Language::En:
        return n;
    }
    return n;
}

QString SearchKeyMaker::key(const QString& word, bool prefix) const
{
    const QString f = folded(word);
    QString k = m_stemmer.stem(f);
    if (prefix) {
        qsizetype common = 0;
        while (common < f.size() && common < k.size() && f.at(common) == k.at(common))
            ++common;
        k = f.left(common);
        // A stem with nothing in common with its word: take the word.
        if (k.isEmpty())
            k = f;
    }
    if (m_stemmer.language() == Language::Kk)
        k.replace(u'й', u'и');
    return k;
}

QStringList SearchKeyMaker::keys(const QString& text) const
{
    QStringList out;
    for (const WordSpan& w : wordSpans(text))
        out.append(key(text.mid(w.start, w.length)));
    return out;
}

} // namespace zanlink
