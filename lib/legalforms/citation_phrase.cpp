#include "legalforms/citation_phrase.h"

#include "legalforms/act_name_p.h"

#include <QStringList>

namespace zanlink {

namespace {

// A provision, or several sibling provisions of one kind, under one parent path.
struct Item {
    QList<CitationStep> parents; // from the article down, without the last step
    ProvisionKind kind = ProvisionKind::Article;
    QStringList numbers;
    bool empty = false; // the act itself
};

bool sameSteps(const QList<CitationStep>& a, const QList<CitationStep>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).number != b.at(i).number)
            return false;
    }
    return true;
}

QList<CitationStep> citable(const QList<CitationStep>& path)
{
    QList<CitationStep> out;
    for (const CitationStep& s : path) {
        if (s.kind == ProvisionKind::Text || s.kind == ProvisionKind::Preamble || s.kind == ProvisionKind::Signature)
            continue;
        out << s;
    }
    return out;
}

// "5–7" (with an en dash) is a range of provisions and takes the plural.
bool isRange(const QString& number)
{
    return number.contains(u'\u2013');
}

QString joinWords(const QStringList& parts, Language lang)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = lang == Language::Ru ? QStringLiteral(" и ")
        : lang == Language::Kk                ? QStringLiteral(" және ")
                                              : QStringLiteral(" and ");
    return QStringList(parts.mid(0, parts.size() - 1)).join(QStringLiteral(", ")) + last + parts.last();
}

QString numberText(ProvisionKind kind, const QString& number, Language lang)
{
    QString n = number.trimmed();
    if (kind == ProvisionKind::Subparagraph && !n.endsWith(u')'))
        n += u')';
    if (lang == Language::En && isRange(n))
        n.replace(QString(u'\u2013'), QStringLiteral(" to "));
    return n;
}

QString noun(ProvisionKind kind, GramCase c, Language lang, bool plural, bool parts)
{
    if (kind == ProvisionKind::Paragraph && parts)
        return partNoun(c, lang, plural);
    return provisionNoun(kind, c, lang, plural);
}

// ru/en: "пунктами 1 и 2", "Article 11", "примечанием"; kk: "1 және 2-тармақтарына", "3) тармақшасы".
QString head(ProvisionKind kind, const QStringList& numbers, GramCase c, Language lang, bool parts)
{
    const bool plural = numbers.size() > 1 || (numbers.size() == 1 && isRange(numbers.first()));
    const QString word = noun(kind, c, lang, plural, parts);
    if (kind == ProvisionKind::Note || numbers.isEmpty())
        return lang == Language::En ? QString(u"the " + word) : word;
    QStringList texts;
    for (const QString& n : numbers)
        texts << numberText(kind, n, lang);
    const QString list = joinWords(texts, lang);
    if (lang != Language::Kk)
        return word + u' ' + list;
    return kind == ProvisionKind::Subparagraph ? QString(list + u' ' + word) : QString(list + u'-' + word);
}

QString renderItem(const Item& item, Language lang, GramCase c, bool parts)
{
    QStringList out;
    if (lang == Language::Kk) {
        for (const CitationStep& s : item.parents)
            out << head(s.kind, { s.number }, GramCase::Genitive, lang, parts);
        out << head(item.kind, item.numbers, c, lang, parts);
        return out.join(u' ');
    }
    // Russian and English run upwards; a note governs its parent with к + dative / "to".
    QString text = head(item.kind, item.numbers, c, lang, parts);
    bool afterNote = item.kind == ProvisionKind::Note;
    for (qsizetype i = item.parents.size() - 1; i >= 0; --i) {
        const CitationStep& s = item.parents.at(i);
        const GramCase sc = afterNote && lang == Language::Ru ? GramCase::Dative : GramCase::Genitive;
        const QString link = lang == Language::Ru ? (afterNote ? QStringLiteral(" к ") : QStringLiteral(" "))
                                                  : (afterNote ? QStringLiteral(" to ") : QStringLiteral(" of "));
        text += link + head(s.kind, { s.number }, sc, lang, parts);
        afterNote = s.kind == ProvisionKind::Note;
    }
    return text;
}

struct Group {
    CitedProvision act; // act fields of the first provision
    QList<Item> items;
};

bool sameAct(const CitedProvision& a, const CitedProvision& b)
{
    return a.actId == b.actId && a.thisAct == b.thisAct && a.actKind == b.actKind
        && detail::bareTitle(a.actTitle) == detail::bareTitle(b.actTitle)
        && a.paragraphsAreParts == b.paragraphsAreParts;
}

QList<Group> groupByAct(const QList<CitedProvision>& list)
{
    QList<Group> groups;
    for (const CitedProvision& p : list) {
        const QList<CitationStep> path = citable(p.path);
        Item item;
        if (path.isEmpty()) {
            item.empty = true;
        } else {
            item.parents = path.mid(0, path.size() - 1);
            item.kind = path.last().kind;
            if (path.last().kind != ProvisionKind::Note)
                item.numbers << path.last().number;
        }
        Group* group = nullptr;
        for (Group& g : groups) {
            if (sameAct(g.act, p) && !item.empty && !g.items.first().empty)
                group = &g;
        }
        if (!group) {
            groups.append(Group { p, { item } });
            continue;
        }
        // Siblings of one kind under the same parent merge into a plural: "пунктами 1 и 2".
        Item& prev = group->items.last();
        const bool mergeable = prev.kind == item.kind && item.kind != ProvisionKind::Note
            && sameSteps(prev.parents, item.parents) && !isRange(prev.numbers.last()) && !isRange(item.numbers.last());
        if (mergeable)
            prev.numbers << item.numbers;
        else
            group->items << item;
    }
    return groups;
}

QString renderGroup(const Group& g, Language lang, GramCase c)
{
    const detail::ActRef act { g.act.actId, g.act.actKind, g.act.actTitle, g.act.thisAct };
    if (g.items.first().empty)
        return detail::actPhrase(act, lang, c);
    QStringList items;
    for (const Item& item : g.items)
        items << renderItem(item, lang, c, g.act.paragraphsAreParts);
    const QString provisions = joinWords(items, lang);
    switch (lang) {
    case Language::Ru:
        return provisions + u' ' + detail::actPhrase(act, lang, GramCase::Genitive);
    case Language::Kk:
        return detail::actPhrase(act, lang, GramCase::Genitive) + u' ' + provisions;
    case Language::En:
        break;
    }
    return provisions + u" of " + detail::actPhrase(act, lang, GramCase::Genitive);
}

ActKind kindFromId(const QString& id)
{
    if (id.startsWith(u'Z'))
        return ActKind::Law;
    if (id.startsWith(u'K'))
        return ActKind::Code;
    if (id.startsWith(u'V'))
        return ActKind::Rules;
    return ActKind::Other;
}

} // namespace

QString citationPhrase(const CitedProvision& p, Language lang, GramCase c)
{
    return citationList({ p }, lang, c);
}

QString citationList(const QList<CitedProvision>& list, Language lang, GramCase c)
{
    QStringList groups;
    for (const Group& g : groupByAct(list))
        groups << renderGroup(g, lang, c);
    return joinWords(groups, lang);
}

CitedProvision citedProvision(const Catalogue& catalogue, const QString& actId, const QString& key, Language lang)
{
    CitedProvision p;
    if (const CatalogueAct* act = catalogue.find(actId.trimmed())) {
        p.actId = act->id;
        p.actKind = act->kind;
        p.actTitle = act->titles.value(lang);
        if (p.actTitle.isEmpty())
            p.actTitle = act->title(lang);
    } else {
        p.actId = actId.trimmed();
        p.actKind = kindFromId(p.actId);
    }
    p.paragraphsAreParts = p.actKind == ActKind::Code;

    const QString k = key.trimmed();
    if (k.startsWith(u"ch:") || k.startsWith(u"sec:")) {
        p.path << CitationStep { k.startsWith(u"ch:") ? ProvisionKind::Chapter : ProvisionKind::Section,
            k.section(u':', 1) };
        return p;
    }
    const QStringList segments = k.split(u'/', Qt::SkipEmptyParts);
    int depth = 0;
    for (const QString& s : segments) {
        if (s == u"note") {
            p.path << CitationStep { ProvisionKind::Note, {} };
            continue;
        }
        if (s == u"preamble" || s == u"signature" || s.startsWith(u't'))
            continue;
        // Rules and other by-laws are numbered in points (пункты), not articles.
        const int level = p.actKind == ActKind::Rules ? depth + 1 : depth;
        const ProvisionKind kind = level == 0 ? ProvisionKind::Article
            : level == 1                      ? ProvisionKind::Paragraph
                                              : ProvisionKind::Subparagraph;
        p.path << CitationStep { kind, s };
        ++depth;
    }
    return p;
}

CitedProvision citedProvision(const QString& actId, const QString& key, Language lang)
{
    return citedProvision(Catalogue::builtin(), actId, key, lang);
}

} // namespace zanlink
