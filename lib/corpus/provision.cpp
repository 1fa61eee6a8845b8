#include "corpus/provision.h"

#include <array>

namespace zanlink {

namespace {
struct KindName {
    ProvisionKind kind;
    const char16_t* name;
};
constexpr std::array<KindName, 9> kKindNames{{
    {ProvisionKind::Preamble, u"preamble"},
    {ProvisionKind::Section, u"section"},
    {ProvisionKind::Chapter, u"chapter"},
    {ProvisionKind::Article, u"article"},
    {ProvisionKind::Paragraph, u"paragraph"},
    {ProvisionKind::Subparagraph, u"subparagraph"},
    {ProvisionKind::Note, u"note"},
    {ProvisionKind::Text, u"text"},
    {ProvisionKind::Signature, u"signature"},
}};

int countNodes(const QList<Provision>& nodes)
{
    int n = 0;
    for (const Provision& p : nodes)
        n += 1 + countNodes(p.children);
    return n;
}
} // namespace

QString provisionKindName(ProvisionKind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<ProvisionKind> provisionKindFromName(const QString& name)
{
    for (const KindName& k : kKindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

int ActEdition::provisionCount() const
{
    return countNodes(provisions);
}

QString keyJoin(const QString& parent, const QString& segment)
{
    if (parent.isEmpty())
        return segment;
    return parent + u'/' + segment;
}

} // namespace zanlink
