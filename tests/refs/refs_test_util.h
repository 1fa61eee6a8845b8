#pragma once

// Helpers shared by the reference grammar suites. Every sentence in these
// suites is fictional: it has the shape of an official citation, not its words.

#include "refs/act_directory.h"
#include "refs/reference.h"

#include <QStringList>

namespace zanlink::test {

// "other-act Z040000567_ [41-1/5@5]": kind, act, and each target's key @ its span's text.
inline QString describe(const Reference& r, const QString& text)
{
    QStringList targets;
    for (const ReferenceTarget& t : r.targets)
        targets << t.key + u'@' + text.mid(t.start, t.length);
    return referenceKindName(r.kind) + u' ' + (r.actId.isEmpty() ? QStringLiteral("-") : r.actId) + u" ["
        + targets.join(u' ') + u']';
}

inline QStringList describeAll(const QList<Reference>& refs, const QString& text)
{
    QStringList out;
    for (const Reference& r : refs)
        out << describe(r, text);
    return out;
}

inline const ActDirectory& directory()
{
    static const ActDirectory d = [] {
        ActDirectory a = ActDirectory::fromCatalogue();
        // an imported act that the catalogue does not know (fictional title)
        a.addAct(QStringLiteral("Z2000000999"), Language::Ru, QStringLiteral("«О вымышленных реестрах»"));
        a.addAct(QStringLiteral("Z2000000999"), Language::Kk, QStringLiteral("Ойдан шығарылған тізілімдер туралы"));
        a.addAct(QStringLiteral("Z2000000999"), Language::En, QStringLiteral("\"On Fictional Registers\""));
        return a;
    }();
    return d;
}

} // namespace zanlink::test
