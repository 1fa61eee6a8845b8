#pragma once

#include <QList>
#include <QString>

namespace zanlink {

// Sentence starts of `text` (UTF-16 offsets, the first is 0), by ICU's
// sentence rules, post-filtered so that legal abbreviations do not end a
// sentence (ст. стт. п. пп. ч. см. т.б. т.с.с. ж. жж. Art. No. p. para. …)
// and neither does a number such as "1." or "1-2." at the start of a
// paragraph. A line break always ends a sentence.
QList<int> sentenceStarts(const QString& text);

// The sentence of `text` containing the UTF-16 range [start, start+length)
// (all the sentences it touches when it spans several), trimmed. The range is
// clamped to the text; an empty text gives an empty string.
QString sentenceAround(const QString& text, int start, int length);

} // namespace zanlink
