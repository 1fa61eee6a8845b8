#include "legalforms/grammatical_case.h"

namespace zanlink {
} // namespace zanlink

namespace zanlink {
QString provisionNoun(ProvisionKind, GramCase, Language, bool)
{
    return {};
}
QString partNoun(GramCase, Language, bool)
{
    return {};
}
QString kazakhNumberedNoun(ProvisionKind, const QString&, GramCase, bool, bool)
{
    return {};
}
} // namespace zanlink
