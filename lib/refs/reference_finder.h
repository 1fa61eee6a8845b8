#pragma once

#include "refs/act_directory.h"
#include "refs/reference.h"

namespace zanlink {

// Every citation in a provision's text, in text order, parsed with the grammar
// of ctx.language. Citations of other acts by name, date or number are resolved
// through acts; unknown acts are kept as Unresolved with their words.
QList<Reference> findReferences(const QString& text, const ReferenceContext& ctx, const ActDirectory& acts);

} // namespace zanlink
