#pragma once

#include <QString>

namespace zanlink {

// Folding used on both sides of a search: what the index stores and what the
// user types are passed through the same functions.

// Unicode NFKC with full case folding (ICU's NFKC_Casefold, which also drops
// default-ignorable characters such as the soft hyphen), ё → е, and the Latin
// letter i written inside a word that has Cyrillic letters → Cyrillic і
// (official Kazakh texts contain "енгiзiледi" with Latin i). Everything else
// (hyphens, digits, spaces, punctuation) is kept.
QString normaliseText(const QString& text);

// Folds the Kazakh letters to what a Russian keyboard types:
// ә→а ғ→г қ→к ң→н ө→о ұ→у ү→у һ→х і→и. Expects normalised (lower-case) input.
QString foldKazakhKeyboard(const QString& normalised);

// Converts one word written in Kazakh Latin to keyboard-folded Cyrillic:
// "qazaqstan" → "казакстан", "quqyq" → "кукык", "respublikasy" → "республикасы".
// Accepts the official 2021 alphabet (ä ğ ı ñ ö ū ü ş ç), the 2018 one
// (á ǵ ı ń ó ú ý í) and typing without diacritics (sh ch zh gh, ng, q).
// Expects normalised (lower-case) input.
// Approximations, since Latin typing loses distinctions:
// - i is и, or й after a vowel (except after u, where Kazakh has і);
//   dotless ı is і → и;
// - "ng" is ң (→ н) at the end of a word or before a consonant, н+г before a
//   vowel ("tenge" → "тенге"); so loanwords such as "kongress" lose their г;
// - "ts" is ц only in "tsi" + vowel (-ция, -цио: "konstitutsiia");
//   elsewhere т+с ("aitsa" → "айтса");
// - "ia"/"iu" are я/ю at the start of a word, after a vowel and in "iia"/"iiu"
//   (и + я); after a consonant "ia" stays и+а ("material") and "iu" is ю
//   ("biudjet"); "io" stays и+о (ё is folded to е anyway);
// - y is ы, w is у, c alone is ц, x is кс.
QString kazakhLatinToCyrillic(const QString& normalisedLatinWord);

// True for a non-empty word made only of Latin letters (including the Kazakh
// Latin letters with diacritics above), digits and hyphens, with at least one
// letter.
bool isLatinWord(const QString& word);

} // namespace zanlink
