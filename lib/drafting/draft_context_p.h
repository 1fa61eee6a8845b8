#pragma once
// Internal: the Mustache context of a draft. Not installed; includes libmstch.

#include "drafting/draft.h"

#include <QSet>
#include <mstch/mstch.hpp>

namespace zanlink {

class LibraryStore;

mstch::map draftContext(const Draft& draft, Language lang, LibraryStore* library);
// Every key of the context, nested lists' and maps' keys included.
void collectNames(const mstch::node& node, QSet<QString>& names);

} // namespace zanlink
