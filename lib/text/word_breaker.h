#pragma once

#include <QList>
#include <QString>

namespace zanlink {

// A word in a QString: UTF-16 offsets.
struct WordSpan {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const WordSpan&, const WordSpan&) = default;
};

// Words by ICU's word break rules (root locale): letters and numbers only,
// punctuation and spaces skipped. "41-1" gives "41" and "1"; "онлайн-платформа"
// gives two words; "1.2" and "don't" stay one word each.
QList<WordSpan> wordSpans(const QString& text);

// The words themselves.
QStringList words(const QString& text);

} // namespace zanlink
