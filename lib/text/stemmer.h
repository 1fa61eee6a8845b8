#pragma once

#include "corpus/language.h"

#include <QString>
#include <memory>

struct sb_stemmer;

namespace zanlink {

// One stemmer per language: Snowball (libstemmer) for Russian and English, a
// light suffix stripper for Kazakh (kazakh_stemmer.h) that works on
// keyboard-folded words. Expects normalised (lower-case) words.
// Not thread-safe (the Snowball stemmer keeps state); cheap to construct.
// Copies share the Snowball stemmer.
class Stemmer {
public:
    explicit Stemmer(Language lang);

    Language language() const { return m_lang; }
    QString stem(const QString& foldedWord) const;

private:
    Language m_lang;
    std::shared_ptr<sb_stemmer> m_snowball;
};

} // namespace zanlink
