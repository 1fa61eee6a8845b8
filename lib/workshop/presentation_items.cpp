#include "workshop/presentation_items.h"

#include "store/library_store.h"

namespace zanlink {

QList<PackProvisionRef> provisionsCitedBy(const CaseFile& file)
{
    QList<PackProvisionRef> list;
    for (const CaseNote& note : file.notes) {
        for (const NoteCitation& c : note.citations) {
            const PackProvisionRef ref { c.actId, c.key };
            if (!c.key.isEmpty() && !list.contains(ref))
                list << ref;
        }
    }
    return list;
}

QList<PackProvisionRef> articlesOf(LibraryStore& library, const QString& actId, Language preferred)
{
    QList<PackProvisionRef> list;
    const std::optional<EditionInfo> edition = library.latestEditionPreferring(actId, preferred);
    if (!edition)
        return list;
    for (const StoredProvision& p : library.provisions(edition->id)) {
        if (p.kind == ProvisionKind::Article)
            list << PackProvisionRef { actId, p.key };
    }
    return list;
}

} // namespace zanlink
