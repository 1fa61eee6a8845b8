#pragma once

#include "corpus/language.h"

#include <QList>
#include <QString>

namespace zanlink {

struct DefinedTerm {
    QString term;
    QString key; // the subparagraph that defines it: "1/3"
};

struct ProvisionText {
    QString key;
    QString heading;
    QString text;
    bool isArticle = false;
};

// Terms defined in definitions articles ("Основные понятия, используемые в настоящем
// Законе", "Осы Заңда пайдаланылатын негізгі ұғымдар", "Basic concepts used in this Law"):
// each numbered subparagraph "N) term – definition" gives one term. Provisions in document order.
QList<DefinedTerm> findDefinedTerms(const QList<ProvisionText>& provisions, Language lang);

// True for headings of definitions articles in any of the three languages.
bool isDefinitionsHeading(const QString& heading);

} // namespace zanlink
