#include "store/text_citations.h"

#include "refs/act_mentions.h"
#include "store/library_acts.h"

#include <algorithm>

namespace zanlink {

QList<TextCitation> findCitationsInText(Database& db, const QString& text, std::optional<Language> lang)
{
    const ActDirectory acts = libraryActDirectory(db);
    QList<Reference> found;
    const QList<Language> languages = lang ? QList<Language> { *lang } : kAllLanguages;
    for (Language l : languages)
        found += findReferencesInFreeText(text, l, acts);
    // Longest first, then drop whatever overlaps a longer find.
    std::stable_sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        if (a.length != b.length)
            return a.length > b.length;
        return a.start < b.start;
    });
    QList<Reference> kept;
    for (const Reference& r : found) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(),
            [&](const Reference& k) { return r.start < k.start + k.length && k.start < r.start + r.length; });
        if (!overlaps)
            kept << r;
    }
    std::sort(kept.begin(), kept.end(), [](const Reference& a, const Reference& b) { return a.start < b.start; });

    LinkQueries links(db);
    const Language preferred = lang.value_or(Language::Ru);
    QList<TextCitation> out;
    for (const Reference& r : kept) {
        TextCitation c;
        c.reference = r;
        c.actState = r.kind == ReferenceKind::Unresolved ? TargetState::Unresolved
                                                         : links.targetState(r.actId, QString(), preferred);
        for (const ReferenceTarget& t : r.targets)
            c.targetStates << (r.kind == ReferenceKind::Unresolved ? TargetState::Unresolved
                                                                   : links.targetState(r.actId, t.key, preferred));
        out << c;
    }
    return out;
}

} // namespace zanlink
