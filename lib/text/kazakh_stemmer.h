#pragma once

#include <QString>

namespace zanlink {

// A light Kazakh stemmer for keyboard-folded words (ә→а, і→и, қ→к, …: see
// foldKazakhKeyboard). A Kazakh noun is stem + plural + possessive + case, so
// it strips, from the end, one case ending (дын/нын/тын, га/ка/на, ды/ны/н,
// да/та/нда, дан/тан/нан, мен/бен/пен, дагы/тагы/ндагы, with their front-vowel
// forms), then one 3rd-person possessive (сы/ы, си/и), then one plural
// (лар/дар/тар, лер/дер/тер), and repeats while something was stripped and at
// least kMinStem letters remain. Each ending is stripped only after the sounds
// it follows in Kazakh (тын after a voiceless consonant, ны after a vowel,
// н after the possessive ы/и…), which keeps most stems intact.
// Finally a stem-final б/г becomes п/к, undoing the voicing before a vowel
// (бабы → бап, кукыгы → кукык). Words ending in "стан" keep it.
// Derivational suffixes (лык, сыз, шы…) and verbs are left alone.
QString kazakhStem(const QString& foldedWord);

inline constexpr int kKazakhMinStem = 3;

} // namespace zanlink
