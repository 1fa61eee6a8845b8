#include "store/citation_lookup.h"

#include "corpus/catalogue.h"

namespace zanlink {

QString citationTitle(const QString& actId, Language lang, const QString& editionTitle)
{
    const CatalogueAct* known = Catalogue::builtin().byId(actId);
    if (known && !known->titleIsWorking && !known->titles.value(lang).isEmpty())
        return known->titles.value(lang);
    return editionTitle.isEmpty() && known ? known->title(lang) : editionTitle;
}

CitationTarget citationTarget(LibraryStore& store, const EditionInfo& edition, const QString& key)
{
    CitationTarget t;
    t.actId = edition.actId;
    t.language = edition.language;
    t.editionDate = edition.editionDate;
    t.actTitle = citationTitle(edition.actId, edition.language, edition.title);
    if (const CatalogueAct* known = Catalogue::builtin().byId(edition.actId))
        t.actKind = known->kind;
    const QList<StoredProvision> path = store.ancestry(edition.id, key);
    for (const StoredProvision& p : path) {
        if (p.kind == ProvisionKind::Article || p.kind == ProvisionKind::Paragraph
            || p.kind == ProvisionKind::Subparagraph || p.kind == ProvisionKind::Note
            || (path.size() == 1 && (p.kind == ProvisionKind::Chapter || p.kind == ProvisionKind::Section)))
            t.path << CitationStep{p.kind, p.number};
    }
    if (!path.isEmpty())
        t.anchor = path.last().anchor;
    return t;
}

} // namespace zanlink
