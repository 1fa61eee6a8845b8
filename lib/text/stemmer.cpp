#include "text/stemmer.h"

#include "text/kazakh_stemmer.h"

#include <libstemmer.h>

namespace zanlink {

Stemmer::Stemmer(Language lang) : m_lang(lang)
{
    const char* algorithm = lang == Language::Ru ? "russian" : lang == Language::En ? "english" : nullptr;
    if (algorithm)
        m_snowball.reset(sb_stemmer_new(algorithm, "UTF_8"), sb_stemmer_delete);
}

QString Stemmer::stem(const QString& foldedWord) const
{
    if (foldedWord.isEmpty())
        return foldedWord;
    if (m_lang == Language::Kk)
        return kazakhStem(foldedWord);
    if (!m_snowball)
        return foldedWord;
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol* out = sb_stemmer_stem(
        m_snowball.get(), reinterpret_cast<const sb_symbol*>(utf8.constData()), static_cast<int>(utf8.size()));
    if (!out)
        return foldedWord;
    return QString::fromUtf8(reinterpret_cast<const char*>(out), sb_stemmer_length(m_snowball.get()));
}

} // namespace zanlink
