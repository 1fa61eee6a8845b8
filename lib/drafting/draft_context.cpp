#include "corpus/citation.h"
#include "draft_context_p.h"
#include "drafting/template_engine.h"
#include "legalforms/citation_phrase.h"
#include "legalforms/legal_date.h"
#include "store/library_store.h"

namespace zanlink {

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

const QList<std::pair<GramCase, QString>>& caseNames()
{
    static const QList<std::pair<GramCase, QString>> names {
        { GramCase::Nominative, QStringLiteral("Nominative") },
        { GramCase::Genitive, QStringLiteral("Genitive") },
        { GramCase::Dative, QStringLiteral("Dative") },
        { GramCase::Accusative, QStringLiteral("Accusative") },
        { GramCase::Instrumental, QStringLiteral("Instrumental") },
        { GramCase::Prepositional, QStringLiteral("Prepositional") },
        { GramCase::Locative, QStringLiteral("Locative") },
        { GramCase::Ablative, QStringLiteral("Ablative") },
    };
    return names;
}

std::optional<GramCase> caseFromName(const QString& name)
{
    for (const auto& [c, n] : caseNames()) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString lowerFirst(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toLower() + s.mid(1);
}

mstch::array textList(const QStringList& list, const std::string& key)
{
    mstch::array out;
    int n = 0;
    for (const QString& item : list)
        out.push_back(mstch::map { { key, s(item) }, { "number", ++n } });
    return out;
}

// The provision's own text and its descendants', each line with its label.
QStringList quotedText(LibraryStore& library, const PinnedCitation& c)
{
    if (c.key.isEmpty())
        return {};
    for (const EditionInfo& e : library.editions(c.actId)) {
        if (e.language != c.language || e.editionDate != c.editionDate)
            continue;
        QStringList lines;
        for (const StoredProvision& p : library.subtree(e.id, c.key)) {
            const QString label = provisionLabel(p.kind, p.number, c.language);
            const QString line = QString(label + u' ' + p.heading + u' ' + p.text).simplified();
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines;
    }
    return {};
}

// ru "в соответствии с(о) …", kk "… сәйкес", en "pursuant to …"; empty without citations.
QString accordingTo(const QString& instrumental, const QString& dative, const QString& nominative, Language lang)
{
    switch (lang) {
    case Language::Ru: {
        if (instrumental.isEmpty())
            return {};
        // "со" before с/з followed by a consonant: "со статьей", "с пунктом".
        static const QString consonants = QStringLiteral("бвгджзйклмнпрстфхцчшщ");
        const QString w = instrumental.toLower();
        const bool so = w.size() > 1 && (w.at(0) == u'с' || w.at(0) == u'з') && consonants.contains(w.at(1));
        return (so ? QStringLiteral("в соответствии со ") : QStringLiteral("в соответствии с ")) + instrumental;
    }
    case Language::Kk:
        return dative.isEmpty() ? QString() : QString(dative + u" сәйкес");
    case Language::En:
        return nominative.isEmpty() ? QString() : QString(u"pursuant to " + nominative);
    }
    return {};
}

} // namespace

mstch::map draftContext(const Draft& draft, Language lang, LibraryStore* library)
{
    mstch::map ctx;
    for (const char16_t* f : { DraftField::Issuer, DraftField::IssuerCapacity, DraftField::IssuerDetails,
             DraftField::Addressee, DraftField::AddresseeDetails, DraftField::Subject, DraftField::ActionRequested,
             DraftField::TerritorialScope, DraftField::Deadline, DraftField::DeadlineStart, DraftField::OrderReference,
             DraftField::Redress, DraftField::Place }) {
        const QString name = QString::fromUtf16(f);
        ctx[s(name)] = s(draft.text(name, lang));
    }
    const QStringList facts = draft.list(QString::fromUtf16(DraftField::Facts), lang);
    const QStringList urls = draft.list(QString::fromUtf16(DraftField::Urls), lang);
    const QStringList attachments = draft.list(QString::fromUtf16(DraftField::Attachments), lang);
    ctx["facts"] = textList(facts, "text");
    ctx["hasFacts"] = !facts.isEmpty();
    ctx["urls"] = textList(urls, "url");
    ctx["hasUrls"] = !urls.isEmpty();
    ctx["attachments"] = textList(attachments, "text");
    ctx["hasAttachments"] = !attachments.isEmpty();
    ctx["wholePlatformRequested"] = draft.fields.value(QString::fromUtf16(DraftField::WholePlatformRequested)).toBool();
    ctx["dateText"] = s(legalDate(draft.date(QString::fromUtf16(DraftField::Date)), lang));
    ctx["deadlineDateText"] = s(legalDate(draft.date(QString::fromUtf16(DraftField::DeadlineDate)), lang));
    const RequestTypeInfo& info = requestTypeInfo(draft.type);
    ctx["title"] = s(info.title(lang));
    ctx["type"] = s(info.id);
    ctx["lang"] = s(languageCode(lang));

    QList<CitedProvision> cited;
    mstch::array citations;
    bool hasQuotes = false;
    int number = 0;
    for (const PinnedCitation& c : draft.citationsIn(lang)) {
        const CitedProvision p = citedProvision(c.actId, c.key, lang);
        cited.append(p);
        mstch::map item;
        for (const auto& [gc, name] : caseNames())
            item[s(lowerFirst(name))] = s(citationPhrase(p, lang, gc));
        item["number"] = ++number;
        item["label"] = s(compactKeyLabel(c.key, lang));
        item["actId"] = s(c.actId);
        item["editionDateText"] = s(legalDate(c.editionDate, lang));
        const QStringList quote = c.quote && library ? quotedText(*library, c) : QStringList();
        item["quote"] = !quote.isEmpty();
        item["quoteText"] = textList(quote, "line");
        hasQuotes = hasQuotes || !quote.isEmpty();
        citations.push_back(item);
    }
    ctx["citations"] = citations;
    ctx["hasCitations"] = !cited.isEmpty();
    ctx["hasQuotes"] = hasQuotes;
    for (const auto& [gc, name] : caseNames())
        ctx[s(u"basis" + name)] = s(citationList(cited, lang, gc));

    ctx["basisAccordingTo"] = s(accordingTo(citationList(cited, lang, GramCase::Instrumental),
        citationList(cited, lang, GramCase::Dative), citationList(cited, lang, GramCase::Nominative), lang));

    // {{#cite}}Z040000567_ 41-1/1-2 instrumental{{/cite}}
    ctx["cite"] = mstch::lambda { [lang](const std::string& body) -> mstch::node {
        const QStringList parts = QString::fromStdString(body).simplified().split(u' ');
        if (parts.size() != 3)
            return s(escapeXml(u"[cite: expected \"act key case\", got \"" + QString::fromStdString(body) + u"\"]"));
        const std::optional<GramCase> gc = caseFromName(parts.at(2));
        if (!gc)
            return s(escapeXml(u"[cite: unknown case \"" + parts.at(2) + u"\"]"));
        const QString key = parts.at(1) == u"-" ? QString() : parts.at(1);
        return s(escapeXml(citationPhrase(citedProvision(parts.at(0), key, lang), lang, *gc)));
    } };
    return ctx;
}

void collectNames(const mstch::node& node, QSet<QString>& names)
{
    if (const auto* m = boost::get<mstch::map>(&node)) {
        for (const auto& [key, value] : *m) {
            names.insert(QString::fromStdString(key));
            collectNames(value, names);
        }
    } else if (const auto* a = boost::get<mstch::array>(&node)) {
        for (const mstch::node& n : *a)
            collectNames(n, names);
    }
}

} // namespace zanlink
