#pragma once

#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "legalforms/grammatical_case.h"

#include <QList>
#include <QString>

namespace zanlink {

// A provision cited in running text.
struct CitedProvision {
    QString actId;
    ActKind actKind = ActKind::Law;
    // Short title in the citation's language, with or without quotes: «О связи»
    // and О связи both give «О связи». Empty: the act is named by its id.
    QString actTitle;
    QList<CitationStep> path; // from the article down, as in corpus/citation.h
    // The act is the one being cited from: "настоящего Закона" / "осы Заңның" / "of this Law".
    bool thisAct = false;
    // Numbered paragraphs of the articles are parts (часть / бөлік / part), as in codes.
    bool paragraphsAreParts = false;
};

// A provision in the case the sentence needs, from the provision up to the act in
// ru/en and from the act down in kk:
//   ru Instrumental: "пунктом 1-2 статьи 41-1 Закона Республики Казахстан «О связи»"
//   kk Dative:       "«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабының 1-2-тармағына"
//   en:              "paragraph 1-2 of Article 41-1 of the Law of the Republic of Kazakhstan \"On Communications\""
// With an empty path the act itself is in the case: ru "Законом Республики Казахстан «О связи»",
// kk "«Байланыс туралы» Қазақстан Республикасы Заңына".
QString citationPhrase(const CitedProvision& p, Language lang, GramCase c);

// Several provisions joined; provisions of the same act share one act name:
//   ru "пунктом 1 статьи 9 и статьей 11 Закона …", kk "… Заңының 9-бабының 1-тармағына және 11-бабына",
//   en "paragraph 1 of Article 9 and Article 11 of the Law …".
// Provisions of different acts are cited one after another, joined by commas and
// "и"/"және"/"and".
QString citationList(const QList<CitedProvision>& list, Language lang, GramCase c);

// The act in full, as in the heading of a request:
//   ru "Закон Республики Казахстан от 10 июля 2023 года № 18-VIII «Об онлайн-платформах и онлайн-рекламе»"
//   kk "«Онлайн-платформалар және онлайн-жарнама туралы» Қазақстан Республикасының 2023 жылғы 10 шілдедегі № 18-VIII
//   Заңы" en "Law of the Republic of Kazakhstan No. 18-VIII dated 10 July 2023 \"On Online Platforms and Online
//   Advertising\""
// Parts that are unknown (date, number) are left out.
QString fullActName(const CatalogueAct& act, Language lang, GramCase c = GramCase::Nominative);

// Builds a CitedProvision from the built-in catalogue and a provision key
// ("41-1", "41-1/1-2", "41-1/1-2/3" → article/paragraph/subparagraph; "ch:3" → chapter,
// "sec:2" → section, "5/note" → the note to article 5). The act is found by id, number
// or alias; codes cite parts; rules are numbered in points, so their keys start at the
// paragraph ("5/2" is subparagraph 2) of paragraph 5). An act missing from the catalogue keeps its id, an empty
// title and a kind guessed from the id's letter (Z law, K code, V rules).
CitedProvision citedProvision(const QString& actId, const QString& key, Language lang);
// The same against a given catalogue.
CitedProvision citedProvision(const Catalogue& catalogue, const QString& actId, const QString& key, Language lang);

} // namespace zanlink
