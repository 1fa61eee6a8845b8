#pragma once

#include "refs/reference.h"
#include "store/link_queries.h"

#include <optional>

namespace zanlink {

// A citation found in a text a user wrote or pasted (a note, a news item, a
// court decision), with whether the library holds what it names.
struct TextCitation {
    Reference reference;
    TargetState actState = TargetState::Unresolved; // the act as a whole
    QList<TargetState> targetStates; // one per reference.targets
};

// Finds the acts and provisions a free text mentions, including acts named
// loosely ("закон о связи", "the law on online platforms"). Without a
// language all three grammars run and overlapping finds keep the longest.
QList<TextCitation> findCitationsInText(Database& db, const QString& text, std::optional<Language> lang = {});

} // namespace zanlink
