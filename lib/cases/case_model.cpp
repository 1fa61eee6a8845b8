#include "cases/case_model.h"

#include <utility>

namespace zanlink {

namespace {

template <typename E, std::size_t N> QString nameOf(const std::pair<E, const char16_t*> (&table)[N], E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char16_t*> (&table)[N], const QString& name)
{
    for (const auto& [e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::pair<E, const char16_t*> (&table)[N])
{
    QList<E> list;
    for (const auto& entry : table)
        list << entry.first;
    return list;
}

const std::pair<CaseKind, const char16_t*> kCaseKinds[] = {
    { CaseKind::RemovalRequest, u"removal-request" },
    { CaseKind::Restriction, u"restriction" },
    { CaseKind::ChildCyberbullying, u"child-cyberbullying" },
    { CaseKind::AppealObjection, u"appeal-objection" },
    { CaseKind::RestorationOfAccess, u"restoration-of-access" },
    { CaseKind::Consultation, u"consultation" },
};

const std::pair<CaseStatus, const char16_t*> kStatuses[] = {
    { CaseStatus::Open, u"open" },
    { CaseStatus::Waiting, u"waiting" },
    { CaseStatus::Closed, u"closed" },
};

const std::pair<PartyRole, const char16_t*> kRoles[] = {
    { PartyRole::Applicant, u"applicant" },
    { PartyRole::Platform, u"platform" },
    { PartyRole::PlatformRepresentative, u"platform-representative" },
    { PartyRole::StateBody, u"state-body" },
    { PartyRole::Lawyer, u"lawyer" },
    { PartyRole::Other, u"other" },
};

const std::pair<PartyKind, const char16_t*> kPartyKinds[] = {
    { PartyKind::Person, u"person" },
    { PartyKind::Organisation, u"organisation" },
};

const std::pair<EventKind, const char16_t*> kEventKinds[] = {
    { EventKind::NoticeReceived, u"notice-received" },
    { EventKind::OrderIssued, u"order-issued" },
    { EventKind::ContentRemoved, u"content-removed" },
    { EventKind::AccessRestricted, u"access-restricted" },
    { EventKind::BlockedWithoutOrder, u"blocked-without-order" },
    { EventKind::AppealFiled, u"appeal-filed" },
    { EventKind::AccessRestored, u"access-restored" },
    { EventKind::RequestSent, u"request-sent" },
    { EventKind::ComplaintFiled, u"complaint-filed" },
    { EventKind::DecisionReceived, u"decision-received" },
    { EventKind::Other, u"other" },
};

} // namespace

QString caseKindName(CaseKind kind)
{
    return nameOf(kCaseKinds, kind);
}
std::optional<CaseKind> caseKindFromName(const QString& name)
{
    return valueOf(kCaseKinds, name);
}
QList<CaseKind> allCaseKinds()
{
    return valuesOf(kCaseKinds);
}

QString caseStatusName(CaseStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<CaseStatus> caseStatusFromName(const QString& name)
{
    return valueOf(kStatuses, name);
}
QList<CaseStatus> allCaseStatuses()
{
    return valuesOf(kStatuses);
}

QString partyRoleName(PartyRole role)
{
    return nameOf(kRoles, role);
}
std::optional<PartyRole> partyRoleFromName(const QString& name)
{
    return valueOf(kRoles, name);
}
QList<PartyRole> allPartyRoles()
{
    return valuesOf(kRoles);
}

QString partyKindName(PartyKind kind)
{
    return nameOf(kPartyKinds, kind);
}
std::optional<PartyKind> partyKindFromName(const QString& name)
{
    return valueOf(kPartyKinds, name);
}

QString eventKindName(EventKind kind)
{
    return nameOf(kEventKinds, kind);
}
std::optional<EventKind> eventKindFromName(const QString& name)
{
    return valueOf(kEventKinds, name);
}
QList<EventKind> allEventKinds()
{
    return valuesOf(kEventKinds);
}

} // namespace zanlink
