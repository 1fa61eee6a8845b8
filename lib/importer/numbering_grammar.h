#pragma once

#include "importer/import_error.h"
#include "importer/text_block.h"

#include <QStringList>
#include <optional>

namespace zanlink {

struct GrammarResult {
    QList<Provision> provisions;
    QStringList warnings;
};

// Counts article headings of each language in the blocks ("Статья 1.",
// "1-бап.", "Article 1."), to tell which language a text is in.
std::optional<Language> detectLanguage(const QList<TextBlock>& blocks);

// Builds the provision tree of one language from a block stream: sections,
// chapters, articles, paragraphs ("1.", "1-2."), subparagraphs ("3)", "3-1)"),
// notes, unnumbered text, the signature; amendment footnotes and editor's
// notes are attached to the provision they belong to.
std::optional<GrammarResult> parseNumbering(const QList<TextBlock>& blocks, Language lang, const QString& fileName,
                                            ImportError* error);

} // namespace zanlink
