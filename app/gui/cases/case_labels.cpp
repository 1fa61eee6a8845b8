#include "case_labels.h"

namespace zanlink {

QString CaseLabels::kind(CaseKind k)
{
    switch (k) {
    case CaseKind::RemovalRequest:
        return tr("Removal request");
    case CaseKind::Restriction:
        return tr("Restriction of access");
    case CaseKind::ChildCyberbullying:
        return tr("Cyberbullying of a child");
    case CaseKind::AppealObjection:
        return tr("Appeal / objection");
    case CaseKind::RestorationOfAccess:
        return tr("Restoration of access");
    case CaseKind::Consultation:
        break;
    }
    return tr("Consultation");
}

QString CaseLabels::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Waiting:
        return tr("Waiting");
    case CaseStatus::Closed:
        break;
    }
    return tr("Closed");
}

QString CaseLabels::role(PartyRole r)
{
    switch (r) {
    case PartyRole::Applicant:
        return tr("Applicant");
    case PartyRole::Platform:
        return tr("Platform");
    case PartyRole::PlatformRepresentative:
        return tr("Platform's legal representative");
    case PartyRole::StateBody:
        return tr("State body");
    case PartyRole::Lawyer:
        return tr("Lawyer");
    case PartyRole::Other:
        break;
    }
    return tr("Other");
}

QString CaseLabels::partyKind(PartyKind k)
{
    return k == PartyKind::Person ? tr("Person") : tr("Organisation");
}

QString CaseLabels::event(EventKind k)
{
    switch (k) {
    case EventKind::NoticeReceived:
        return tr("Notice received");
    case EventKind::OrderIssued:
        return tr("Order issued");
    case EventKind::ContentRemoved:
        return tr("Content removed");
    case EventKind::AccessRestricted:
        return tr("Access restricted");
    case EventKind::BlockedWithoutOrder:
        return tr("Blocked with no order received");
    case EventKind::AppealFiled:
        return tr("Appeal filed");
    case EventKind::AccessRestored:
        return tr("Access restored");
    case EventKind::RequestSent:
        return tr("Request sent");
    case EventKind::ComplaintFiled:
        return tr("Complaint filed");
    case EventKind::DecisionReceived:
        return tr("Decision received");
    case EventKind::Other:
        break;
    }
    return tr("Other event");
}

} // namespace zanlink
