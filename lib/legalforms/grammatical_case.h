#pragma once

#include "corpus/language.h"
#include "corpus/provision.h"

#include <QString>

namespace zanlink {

// The cases the citation formatter knows. Russian uses Nominative … Prepositional;
// Kazakh uses Nominative, Genitive, Dative, Accusative, Locative, Ablative,
// Instrumental; English ignores the case.
enum class GramCase {
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional /* ru */,
    Locative /* kk */,
    Ablative /* kk */
};

// The noun of a provision level in a case.
//   ru: "статьей", "пунктами" (plural), "подпункта", "части", "главе";
//   en: "Article", "paragraph", "subparagraph", "Chapter", "Section" (plural "Articles", …);
//   kk: the noun with its possessive (3rd person) and case ending, without the
//       number: "бабының", "тармағына", "тармақшасында", "бөлігіне", "тарауы";
//       Nominative is the possessive nominative ("бабы"), as after a genitive owner.
//       Plurals: "баптарының", "тармақтарына", ….
// Russian: a Kazakh-only case (Locative, Ablative) falls back to Prepositional /
// Genitive; Kazakh: Prepositional is taken as Locative.
// ProvisionKind::Paragraph is "пункт"/"тармақ"/"paragraph"; use ProvisionPart below
// for "часть"/"бөлік"/"part". Unsupported kinds give an empty string.
QString provisionNoun(ProvisionKind kind, GramCase c, Language lang, bool plural = false);

// The noun for "part" (ru часть, kk бөлік, en part) — used for articles whose
// numbered paragraphs are parts (codes).
QString partNoun(GramCase c, Language lang, bool plural = false);

// Kazakh: the number joined to the inflected noun: ("41-1", Article, Genitive) ->
// "41-1-бабының"; ("3", Subparagraph, Dative) -> "3) тармақшасына";
// ("1-2", Paragraph, Nominative, possessive=false) -> "1-2-тармақ".
// With possessive=false only Nominative is bare; other cases keep the possessive,
// as in citations.
QString kazakhNumberedNoun(
    ProvisionKind kind, const QString& number, GramCase c, bool plural = false, bool possessive = true);

// Kazakh case endings on a word that ends in the 3rd-person possessive (-ы/-і,
// -сы/-сі): "Заңы" + Genitive -> "Заңының", "бөлігі" + Dative -> "бөлігіне",
// "қағидалары" + Locative -> "қағидаларында". Prepositional is taken as Locative.
QString kazakhPossessiveCase(const QString& possessive, GramCase c);

} // namespace zanlink
