#pragma once

#include "cases/case_model.h"
#include "drafting/draft.h"

#include <optional>

namespace zanlink {

// A draft as the case file keeps it: the type and language ids, the field
// values as JSON (dates as ISO "2026-03-10", lists as arrays) and the pinned
// citations. title and parentId are the caller's.
CaseDraft toCaseDraft(const Draft& draft, qint64 caseId, const QString& title, qint64 parentId = 0);

// The draft back from the case file, ready to render again with the same
// editions. Fails on an unknown type or language, or fields that are not a
// JSON object, naming which.
std::optional<Draft> draftFromRecord(const CaseDraft& record, QString* error);

// The field values as JSON, and back.
QString fieldsToJson(const QVariantMap& fields);
std::optional<QVariantMap> fieldsFromJson(const QString& json, QString* error);

// The usual next step after a request of that type: an objection is followed
// by an appeal (an objection to the next body up), then a request to restore
// access; a removal request by the complaint to the authorised body.
QList<RequestType> followingTypes(RequestType type);

// The next draft of a chain: prefilled from the case for its own type (its
// addressee, its provisions), then carrying over from the draft before it who
// issues it, the person concerned, the facts, the URLs, the order referred to,
// the place and the attachments, with the earlier draft itself added as an
// attachment; its citations keep their pinned editions.
Draft chainedDraft(const Draft& previous, const QString& previousTitle, RequestType type, const CaseFile& file,
    const QDate& today);

} // namespace zanlink
