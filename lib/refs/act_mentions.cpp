#include "refs/act_mentions.h"

#include "refs/reference_finder.h"
#include "refs/refs_internal.h"

namespace zanlink {

QList<ActMention> findActMentions(const QString& text, const ActDirectory& acts)
{
    using namespace refs;
    const QList<Token> t = tokenize(text);
    QList<ActMention> out;
    int i = 0;
    while (i < t.size()) {
        int next = i;
        ActRef act;
        for (auto parse : { parseActRu, parseActKk, parseActEn }) {
            ActRef a;
            const int k = parse(text, t, i, acts, &a);
            if (k > i && !a.actId.isEmpty()) {
                next = k;
                act = a;
                break;
            }
        }
        if (next == i) {
            ++i;
            continue;
        }
        out << ActMention { act.start, act.end - act.start, act.actId, act.name };
        i = next;
    }
    return out;
}

QList<Reference> findReferencesInFreeText(const QString& text, Language lang, const ActDirectory& acts)
{
    ReferenceContext ctx;
    ctx.language = lang;
    return findReferences(text, ctx, acts);
}

} // namespace zanlink
