#pragma once

#include "cases/case_model.h"

#include <QCoreApplication>

namespace zanlink {

// How the case model's kinds and states are named on screen, in the
// interface language.
class CaseLabels {
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)
public:
    static QString kind(CaseKind k);
    static QString status(CaseStatus s);
    static QString role(PartyRole r);
    static QString partyKind(PartyKind k);
    static QString event(EventKind k);
};

} // namespace zanlink
