#include "refs/reference_finder.h"

#include "refs/refs_internal.h"

namespace zanlink {

QString referenceKindName(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Internal:
        return QStringLiteral("internal");
    case ReferenceKind::OtherAct:
        return QStringLiteral("other-act");
    case ReferenceKind::Unresolved:
        break;
    }
    return QStringLiteral("unresolved");
}

QList<Reference> findReferences(const QString& text, const ReferenceContext& ctx, const ActDirectory& acts)
{
    const QList<refs::Token> tokens = refs::tokenize(text);
    QList<refs::Chain> chains;
    switch (ctx.language) {
    case Language::Kk:
        chains = refs::findChainsKk(text, tokens, acts);
        break;
    case Language::En:
        chains = refs::findChainsEn(text, tokens, acts);
        break;
    case Language::Ru:
        chains = refs::findChainsRu(text, tokens, acts);
        break;
    }
    QList<Reference> out;
    for (const refs::Chain& c : chains) {
        Reference r;
        if (refs::buildReference(text, c, ctx, &r))
            out << r;
    }
    return out;
}

} // namespace zanlink
