#include "legalforms/citation_phrase.h"

namespace zanlink {
} // namespace zanlink

namespace zanlink {
QString citationPhrase(const CitedProvision&, Language, GramCase)
{
    return {};
}
QString citationList(const QList<CitedProvision>&, Language, GramCase)
{
    return {};
}
QString fullActName(const CatalogueAct&, Language, GramCase)
{
    return {};
}
CitedProvision citedProvision(const QString&, const QString&, Language)
{
    return {};
}
CitedProvision citedProvision(const Catalogue&, const QString&, const QString&, Language)
{
    return {};
}
} // namespace zanlink
