#include "legalforms/grammatical_case.h"

#include <array>

namespace zanlink {

namespace {

// Russian cases in table order.
enum RuCase { RuNom, RuGen, RuDat, RuAcc, RuIns, RuPrep };

RuCase ruCase(GramCase c)
{
    switch (c) {
    case GramCase::Nominative:
        return RuNom;
    case GramCase::Genitive:
    case GramCase::Ablative:
        return RuGen;
    case GramCase::Dative:
        return RuDat;
    case GramCase::Accusative:
        return RuAcc;
    case GramCase::Instrumental:
        return RuIns;
    case GramCase::Prepositional:
    case GramCase::Locative:
        break;
    }
    return RuPrep;
}

using RuForms = std::array<const char16_t*, 12>; // six singular, then six plural

const RuForms* ruForms(ProvisionKind kind)
{
    static const RuForms article { u"статья", u"статьи", u"статье", u"статью", u"статьей", u"статье", u"статьи",
        u"статей", u"статьям", u"статьи", u"статьями", u"статьях" };
    static const RuForms paragraph { u"пункт", u"пункта", u"пункту", u"пункт", u"пунктом", u"пункте", u"пункты",
        u"пунктов", u"пунктам", u"пункты", u"пунктами", u"пунктах" };
    static const RuForms subparagraph { u"подпункт", u"подпункта", u"подпункту", u"подпункт", u"подпунктом",
        u"подпункте", u"подпункты", u"подпунктов", u"подпунктам", u"подпункты", u"подпунктами", u"подпунктах" };
    static const RuForms chapter { u"глава", u"главы", u"главе", u"главу", u"главой", u"главе", u"главы", u"глав",
        u"главам", u"главы", u"главами", u"главах" };
    static const RuForms section { u"раздел", u"раздела", u"разделу", u"раздел", u"разделом", u"разделе", u"разделы",
        u"разделов", u"разделам", u"разделы", u"разделами", u"разделах" };
    static const RuForms note { u"примечание", u"примечания", u"примечанию", u"примечание", u"примечанием",
        u"примечании", u"примечания", u"примечаний", u"примечаниям", u"примечания", u"примечаниями", u"примечаниях" };
    switch (kind) {
    case ProvisionKind::Article:
        return &article;
    case ProvisionKind::Paragraph:
        return &paragraph;
    case ProvisionKind::Subparagraph:
        return &subparagraph;
    case ProvisionKind::Chapter:
        return &chapter;
    case ProvisionKind::Section:
        return &section;
    case ProvisionKind::Note:
        return &note;
    default:
        return nullptr;
    }
}

const RuForms kRuPart { u"часть", u"части", u"части", u"часть", u"частью", u"части", u"части", u"частей", u"частям",
    u"части", u"частями", u"частях" };

QString ruNoun(const RuForms& forms, GramCase c, bool plural)
{
    return QString::fromUtf16(forms[static_cast<size_t>(ruCase(c) + (plural ? 6 : 0))]);
}

// A Kazakh noun: its bare forms and the stems with the 3rd-person possessive.
struct KkNoun {
    const char16_t* bare;
    const char16_t* barePlural;
    const char16_t* possessive; // бабы
    const char16_t* possessivePlural; // баптары
};

const KkNoun* kkNoun(ProvisionKind kind)
{
    static const KkNoun article { u"бап", u"баптар", u"бабы", u"баптары" };
    static const KkNoun paragraph { u"тармақ", u"тармақтар", u"тармағы", u"тармақтары" };
    static const KkNoun subparagraph { u"тармақша", u"тармақшалар", u"тармақшасы", u"тармақшалары" };
    static const KkNoun chapter { u"тарау", u"тараулар", u"тарауы", u"тараулары" };
    static const KkNoun section { u"бөлім", u"бөлімдер", u"бөлімі", u"бөлімдері" };
    static const KkNoun note { u"ескертпе", u"ескертпелер", u"ескертпесі", u"ескертпелері" };
    switch (kind) {
    case ProvisionKind::Article:
        return &article;
    case ProvisionKind::Paragraph:
        return &paragraph;
    case ProvisionKind::Subparagraph:
        return &subparagraph;
    case ProvisionKind::Chapter:
        return &chapter;
    case ProvisionKind::Section:
        return &section;
    case ProvisionKind::Note:
        return &note;
    default:
        return nullptr;
    }
}

const KkNoun kKkPart { u"бөлік", u"бөліктер", u"бөлігі", u"бөліктері" };

QString kkNoun(const KkNoun& noun, GramCase c, bool plural)
{
    return kazakhPossessiveCase(QString::fromUtf16(plural ? noun.possessivePlural : noun.possessive), c);
}

struct EnNoun {
    const char16_t* singular;
    const char16_t* plural;
};

const EnNoun* enNoun(ProvisionKind kind)
{
    static const EnNoun article { u"Article", u"Articles" };
    static const EnNoun paragraph { u"paragraph", u"paragraphs" };
    static const EnNoun subparagraph { u"subparagraph", u"subparagraphs" };
    static const EnNoun chapter { u"Chapter", u"Chapters" };
    static const EnNoun section { u"Section", u"Sections" };
    static const EnNoun note { u"note", u"notes" };
    switch (kind) {
    case ProvisionKind::Article:
        return &article;
    case ProvisionKind::Paragraph:
        return &paragraph;
    case ProvisionKind::Subparagraph:
        return &subparagraph;
    case ProvisionKind::Chapter:
        return &chapter;
    case ProvisionKind::Section:
        return &section;
    case ProvisionKind::Note:
        return &note;
    default:
        return nullptr;
    }
}

bool isFrontWord(const QString& word)
{
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const QChar ch = word.at(i).toLower();
        if (QStringView(u"әөүіеи").contains(ch))
            return true;
        if (QStringView(u"аоұыяёэ").contains(ch))
            return false;
    }
    return false;
}

} // namespace

QString kazakhPossessiveCase(const QString& possessive, GramCase c)
{
    const bool front = isFrontWord(possessive);
    switch (c) {
    case GramCase::Nominative:
        return possessive;
    case GramCase::Genitive:
        return possessive + (front ? u"нің" : u"ның");
    case GramCase::Dative:
        return possessive + (front ? u"не" : u"на");
    case GramCase::Accusative:
        return possessive + u'н';
    case GramCase::Locative:
    case GramCase::Prepositional:
        return possessive + (front ? u"нде" : u"нда");
    case GramCase::Ablative:
        return possessive + (front ? u"нен" : u"нан");
    case GramCase::Instrumental:
        break;
    }
    return possessive + u"мен";
}

QString provisionNoun(ProvisionKind kind, GramCase c, Language lang, bool plural)
{
    switch (lang) {
    case Language::Ru:
        if (const RuForms* forms = ruForms(kind))
            return ruNoun(*forms, c, plural);
        return {};
    case Language::Kk:
        if (const KkNoun* noun = kkNoun(kind))
            return kkNoun(*noun, c, plural);
        return {};
    case Language::En:
        break;
    }
    if (const EnNoun* noun = enNoun(kind))
        return QString::fromUtf16(plural ? noun->plural : noun->singular);
    return {};
}

QString partNoun(GramCase c, Language lang, bool plural)
{
    switch (lang) {
    case Language::Ru:
        return ruNoun(kRuPart, c, plural);
    case Language::Kk:
        return kkNoun(kKkPart, c, plural);
    case Language::En:
        break;
    }
    return plural ? QStringLiteral("parts") : QStringLiteral("part");
}

QString kazakhNumberedNoun(ProvisionKind kind, const QString& number, GramCase c, bool plural, bool possessive)
{
    const KkNoun* noun = kkNoun(kind);
    if (!noun)
        return {};
    const QString word = (!possessive && c == GramCase::Nominative)
        ? QString::fromUtf16(plural ? noun->barePlural : noun->bare)
        : kkNoun(*noun, c, plural);
    QString n = number.trimmed();
    if (n.isEmpty())
        return word;
    if (kind == ProvisionKind::Subparagraph) {
        if (!n.endsWith(u')'))
            n += u')';
        return n + u' ' + word;
    }
    return n + u'-' + word;
}

} // namespace zanlink
