#pragma once

#include "refs/act_directory.h"
#include "refs/reference.h"

namespace zanlink {

// An act named loosely in free text (news, notes, court decisions):
// «закон о связи», "the law on online platforms", «Онлайн-платформалар туралы заң».
struct ActMention {
    int start = 0;
    int length = 0;
    QString actId;
    QString text;
};

// Mentions of known acts, in any of the three languages, in text order.
QList<ActMention> findActMentions(const QString& text, const ActDirectory& acts);

// Free text end to end: provision citations (resolved to the act named after or,
// in Kazakh, before them: "статья 41-1 закона о связи" → Z040000567_ 41-1) and
// mentions of whole acts. Citations naming no act are Unresolved.
QList<Reference> findReferencesInFreeText(const QString& text, Language lang, const ActDirectory& acts);

} // namespace zanlink
