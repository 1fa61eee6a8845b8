#pragma once

// Internal: the act's name inflected for case, shared by the citation phrases
// and the full act name.

#include "corpus/catalogue.h"
#include "legalforms/grammatical_case.h"

#include <QString>

namespace zanlink::detail {

struct ActRef {
    QString id;
    ActKind kind = ActKind::Law;
    QString title; // without quotes; empty: named by its id
    bool thisAct = false;
};

// «О связи», "О связи", “О связи” -> О связи
QString bareTitle(const QString& title);

// The act's name in a case, as it follows provisions (ru/en) or precedes them (kk):
//   ru Genitive: "Закона Республики Казахстан «О связи»", "настоящего Закона",
//                "Уголовного кодекса Республики Казахстан", "акта Z0000000001"
//   kk Genitive: "«Байланыс туралы» Қазақстан Республикасы Заңының", "осы Заңның"
//   en:          "the Law of the Republic of Kazakhstan \"On Communications\"", "this Law"
QString actPhrase(const ActRef& act, Language lang, GramCase c);

// Whether the title names the act itself ("Уголовный кодекс Республики Казахстан",
// "Конституция …", "Правила …") rather than its subject («О связи»).
bool titleNamesAct(const QString& title, Language lang);

} // namespace zanlink::detail
