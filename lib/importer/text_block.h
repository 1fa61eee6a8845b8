#pragma once

#include "corpus/provision.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zanlink {

// One paragraph-level piece of text from any source (saved page, DOCX, plain
// text, dataset). Every source is reduced to a stream of these, so the
// numbering grammar is written once.
struct TextBlock {
    QString text;      // whitespace folded, trimmed
    QString anchor;    // Adilet anchor (z123) when the source had one
    int line = 0;      // line in the source file, 1-based; 0 when unknown
    bool bold = false; // the whole block was bold (headings)
    bool noteStyled = false; // Adilet's note style (span.note, p.note)
    bool red = false;        // editor's red text
    bool inTable = false;
    QList<NoteLink> links;
};

// What a source says about itself besides its text.
struct BlockDocument {
    QString actId;    // from the page's own links, when present
    std::optional<Language> language; // from the page's own links, when present
    QString title;
    QString actLine;
    QString statusText;
    QDate editionDate;
    QList<TextBlock> blocks;
};

// Folds runs of white space (including no-break spaces) to one space and trims.
QString foldWhitespace(const QString& s);

// Official Kazakh text sometimes has Latin i/I where Cyrillic і/І is meant.
QString normaliseKazakhLetters(const QString& s);

// Finds the "Закон Республики Казахстан от …" line among the first blocks and
// takes it and the title above it out of the block stream.
void takeTitleFromBlocks(BlockDocument& doc);

} // namespace zanlink
