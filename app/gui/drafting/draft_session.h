#pragma once

#include "cases/case_model.h"
#include "drafting/draft.h"
#include "drafting/template_engine.h"

namespace zanlink {

class LibraryStore;

// What the drafting wizard's pages share: the case, the draft being written
// and what will be saved with the case.
struct DraftSession {
    CaseFile file;
    Draft draft;
    qint64 recordId = 0; // the saved draft being edited; 0 for a new one
    qint64 parentId = 0; // the draft this one follows; 0 for none
    QString title;
    bool final = false;
    bool built = false; // draft holds a prefill for its type, language and parent
    QDate today;
    LibraryStore* library = nullptr;
    RenderOptions renderOptions() const;
};

// The folder where a trainer's own templates override the built-in ones:
// "<app data>/templates/<lang>/<type>.mustache".
QString userTemplateFolder();

} // namespace zanlink
