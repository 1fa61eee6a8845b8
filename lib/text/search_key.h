#pragma once

#include "corpus/language.h"
#include "text/stemmer.h"

#include <QString>

namespace zanlink {

// The whole pipeline for one word, as the index and the query see it:
// normaliseText, then per language
// - kk: a Latin word is transliterated (kazakhLatinToCyrillic),
//   foldKazakhKeyboard, ъ ь dropped and э → е (Latin spelling has neither),
//   the Kazakh stem, then й → и (Latin i is both);
// - ru: foldKazakhKeyboard (a Kazakh word in Russian text still matches),
//   Snowball Russian;
// - en: Snowball English.
// With `prefix` (a word still being typed) the key is the folded word cut
// where its stem departs from it (their common prefix): "информаци" gives
// "информац", which is a prefix of the indexed stem, where the unstemmed word
// would not be. Not thread-safe (see Stemmer).
class SearchKeyMaker {
public:
    explicit SearchKeyMaker(Language lang);

    Language language() const { return m_stemmer.language(); }
    QString key(const QString& word, bool prefix = false) const;
    // Keys of the words of `text` (wordSpans), in order.
    QStringList keys(const QString& text) const;

private:
    QString folded(const QString& word) const;
    Stemmer m_stemmer;
};

} // namespace zanlink
