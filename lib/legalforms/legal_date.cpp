#include "legalforms/legal_date.h"

namespace zanlink {
} // namespace zanlink

namespace zanlink {
QString legalDate(const QDate&, Language, DateForm)
{
    return {};
}
QString actNumberText(const QString&, Language)
{
    return {};
}
QString kazakhLocativeAttributive(const QString&)
{
    return {};
}
} // namespace zanlink
