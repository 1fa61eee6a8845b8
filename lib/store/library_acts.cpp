#include "store/library_acts.h"

namespace zanlink {

ActDirectory libraryActDirectory(Database& db)
{
    ActDirectory acts = ActDirectory::fromCatalogue();
    Statement s = db.prepare(QStringLiteral("SELECT DISTINCT act_id, lang, title FROM editions WHERE title <> ''"));
    while (s.next())
        acts.addAct(s.text(0), languageFromCode(s.text(1)).value_or(Language::Ru), s.text(2));
    return acts;
}

} // namespace zanlink
