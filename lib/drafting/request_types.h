#pragma once

#include "cases/case_model.h"
#include "corpus/language.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zanlink {

// The documents ZanLink drafts. The ids are stable: drafts saved with a case
// and template file names use them.
enum class RequestType {
    RemovalRequest, // to a platform's legal representative: remove specific content
    CyberbullyingComplaint, // to the authorised body: cyberbullying of a child
    TargetedRestriction, // restrict access to specific URLs, not a whole platform
    ObjectionAppeal, // against a restriction or removal order
    RestorationRequest, // restore access after the violation was removed
};

// A provision a request rests on: an act and a provision key ("41-1/1-1");
// an empty key cites the whole act.
struct ProvisionRef {
    QString actId;
    QString key;
    bool operator==(const ProvisionRef&) const = default;
};

struct RequestTypeInfo {
    RequestType type = RequestType::RemovalRequest;
    QString id; // "removal-request", also the template's file name
    QString titleKk;
    QString titleRu;
    QString titleEn;
    QList<ProvisionRef> defaultProvisions;
    QStringList requiredFields; // Draft field names, see draft.h
    PartyRole addresseeRole = PartyRole::StateBody;
    bool needsTargetedUrls = false; // a bare domain or a whole platform is refused unless asked

    QString title(Language lang) const;
};

const RequestTypeInfo& requestTypeInfo(RequestType type);
QList<RequestType> allRequestTypes();
// "removal-request", "cyberbullying-complaint", "targeted-restriction",
// "objection-appeal", "restoration-request"
QString requestTypeId(RequestType type);
std::optional<RequestType> requestTypeFromId(const QString& id);
// The request a case of that kind usually leads to; none for a consultation.
std::optional<RequestType> requestTypeForCaseKind(CaseKind kind);

} // namespace zanlink
