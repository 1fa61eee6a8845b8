#pragma once

#include "corpus/catalogue.h"
#include "corpus/provision.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zanlink {

struct CitationStep {
    ProvisionKind kind;
    QString number;
};

// What a citation names: an act, a path of numbered provisions inside it,
// and the edition the text was taken from.
struct CitationTarget {
    QString actId;
    ActKind actKind = ActKind::Law;
    QString actTitle; // short title in the citation's language: «О связи»
    Language language = Language::Ru;
    QList<CitationStep> path; // from the top (article) down
    QDate editionDate;
    QString anchor;
};

// The short legal form, e.g.
//   ru: п. 1-2 ст. 41-1 Закона РК «О связи»
//   kk: «Байланыс туралы» ҚР Заңының 41-1-бабының 1-2-тармағы
//   en: para. 1-2 of Art. 41-1 of the Law of the RK "On Communications"
QString shortCitation(const CitationTarget& target);

// The short form followed by language, edition date and official link, as
// copied to the clipboard: every quoted provision carries its source.
QString fullCitation(const CitationTarget& target);

// How the provision's number is written before its text in that language:
// "Статья 41-1." / "41-1-бап." / "Article 41-1.", "Глава 2." / "2-тарау.",
// "1-2.", "3)"; empty for unnumbered nodes.
QString provisionLabel(ProvisionKind kind, const QString& number, Language lang);

// A provision key as a short label for lists: ru "ст. 41-1, п. 1-2, пп. 3)",
// kk "41-1-бап, 1-2-тармақ, 3) тармақша", en "Art. 41-1(1-2)(3)".
QString compactKeyLabel(const QString& key, Language lang);

} // namespace zanlink
