#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace zanlink {

// A word of a text to check: where it is and what it is.
struct SpellWord {
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    bool operator==(const SpellWord&) const = default;
};

// The words of a text worth checking. Words keep every letter (Kazakh ә ғ қ ң
// ө ұ ү һ і included) and their inner hyphens and apostrophes
// ("онлайн-платформах", "don't"). Never offered for checking: numbers and
// anything with a digit in it ("2023", "18-VIII", "COVID-19", dates), act ids
// ("Z040000567_") and anything with an underscore, URLs ("https://…",
// "www.…", "adilet.zan.kz/rus/docs"), e-mail addresses, @accounts and
// #hashtags, ALL-CAPS abbreviations and their endings ("ҚР", "БАҚ-та",
// "NGO") and single letters. A number joined to a word by a hyphen, as
// Kazakh writes article numbers ("41-1-бабының", "3-тарау"), gives the word
// alone, when it has at least four letters (shorter ones are ordinal endings:
// "5-ші", "1-го").
QList<SpellWord> spellWords(QStringView text);

// The word at a position of the text (a position just after its last letter
// counts), if that word is one worth checking.
std::optional<SpellWord> spellWordAt(QStringView text, qsizetype position);

} // namespace zanlink
