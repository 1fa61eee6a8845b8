#pragma once

#include "corpus/language.h"

#include <QList>
#include <QString>

namespace zanlink {

enum class ReferenceKind {
    Internal, // a provision of the citing act ("настоящей статьи", "осы Заңның", "of this Law", or no act named)
    OtherAct, // an identified other act (Adilet id known), maybe down to a provision
    Unresolved // a citation whose act could not be identified: kept with the words, never dropped
};

// The span (UTF-16 offsets into the text) of the number that names one cited
// provision, e.g. "3)" or "1-2"; key is the provision key ("41-1/1-2/3"),
// empty for the whole act.
struct ReferenceTarget {
    int start = 0;
    int length = 0;
    QString key;
    bool operator==(const ReferenceTarget&) const = default;
};

struct Reference {
    int start = 0; // the whole citation phrase in the text
    int length = 0;
    QString text; // its words
    ReferenceKind kind = ReferenceKind::Internal;
    QString actId; // the citing act for Internal, the other act's id for OtherAct, empty for Unresolved
    QString actName; // how the act was named in the text (OtherAct, Unresolved)
    QList<ReferenceTarget> targets; // one per cited provision; empty when the whole act is cited
};

struct ReferenceContext {
    QString actId; // empty for free text
    Language language = Language::Ru;
    QString provisionKey; // the provision containing the text, for "настоящей статьи", "осы тармақтың", "this Article"
};

QString referenceKindName(ReferenceKind kind);

} // namespace zanlink
