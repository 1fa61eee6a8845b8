// search, links and cited-by: the command line over the search index and the
// references found in the law.
#include "cli_commands.h"
#include "corpus/citation.h"
#include "store/library_search.h"
#include "store/library_store.h"
#include "store/link_queries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zanlink::cli {

namespace {

void printJson(QTextStream& out, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    return s;
}

// The newest edition of `actId`, in `lang` when given, else the first of ru, kk, en.
std::optional<EditionInfo> pickEdition(LibraryStore& store, const QString& actId, std::optional<Language> lang)
{
    if (lang)
        return store.latestEdition(actId, *lang);
    for (Language l : { Language::Ru, Language::Kk, Language::En }) {
        if (auto e = store.latestEdition(actId, l))
            return e;
    }
    return std::nullopt;
}

} // namespace

int runSearch(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.isEmpty()) {
        err << "zanlink-cli: search takes a QUERY, e.g. search \"онлайн-платформа\"\n";
        return 2;
    }
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    SearchOptions options;
    if (!o.lang.isEmpty()) {
        options.language = requireLanguage(o, err);
        if (!options.language)
            return 2;
    }
    if (!o.act.isEmpty()) {
        options.actId = resolveAct(o.act, store);
        if (options.actId.isEmpty()) {
            err << "zanlink-cli: no act \"" << o.act << "\" (give its Adilet id, number or alias; see acts)\n";
            return 2;
        }
    }
    const SearchResults results = searchLibrary(store.database(), o.args.join(u' '), options);
    if (!results.message.isEmpty())
        err << "note: " << results.message << '\n';
    if (o.json) {
        QJsonArray hits;
        for (const SearchHit& h : results.hits) {
            hits.append(QJsonObject { { QStringLiteral("act"), h.actId }, { QStringLiteral("key"), h.key },
                { QStringLiteral("lang"), languageCode(h.language) },
                { QStringLiteral("kind"), provisionKindName(h.kind) }, { QStringLiteral("heading"), h.heading },
                { QStringLiteral("snippet"), markMatches(h.snippet, QStringLiteral("["), QStringLiteral("]")) },
                { QStringLiteral("exact_phrase"), h.exactPhrase } });
        }
        printJson(out, hits);
        return 0;
    }
    if (results.hits.isEmpty()) {
        err << "nothing found\n";
        return 0;
    }
    for (const SearchHit& h : results.hits) {
        out << h.actId << '\t' << h.key << '\t' << languageCode(h.language) << '\t'
            << oneLine(markMatches(h.snippet, QStringLiteral("["), QStringLiteral("]"))) << '\n';
    }
    return 0;
}

int runLinks(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 2) {
        err << "zanlink-cli: links takes ACT and KEY, e.g. links online-platforms 9\n";
        return 2;
    }
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    const QString actId = resolveAct(o.args.at(0), store);
    std::optional<Language> lang;
    if (!o.lang.isEmpty() && !(lang = requireLanguage(o, err)))
        return 2;
    const std::optional<EditionInfo> edition = actId.isEmpty() ? std::nullopt : pickEdition(store, actId, lang);
    if (!edition) {
        err << "zanlink-cli: act \"" << o.args.at(0) << "\" is not in the library" << (lang ? " in that language" : "")
            << "; import or fetch it first\n";
        return 1;
    }
    const QString key = o.args.at(1);
    if (store.subtree(edition->id, key).isEmpty()) {
        err << "zanlink-cli: act " << actId << " (" << languageCode(edition->language) << ") has no provision \"" << key
            << "\"\n";
        return 1;
    }
    const QList<OutgoingLink> links = LinkQueries(store.database()).outgoing(edition->id, key);
    if (o.json) {
        QJsonArray list;
        for (const OutgoingLink& l : links) {
            list.append(QJsonObject { { QStringLiteral("from"), l.sourceKey }, { QStringLiteral("words"), l.words },
                { QStringLiteral("kind"), linkKindName(l.link.kind) }, { QStringLiteral("act"), l.link.targetAct },
                { QStringLiteral("key"), l.link.targetKey }, { QStringLiteral("act_name"), l.link.actName },
                { QStringLiteral("state"), targetStateName(l.state) } });
        }
        printJson(out, list);
        return 0;
    }
    if (links.isEmpty())
        err << "no references found in " << actId << ' ' << key << '\n';
    for (const OutgoingLink& l : links) {
        out << l.sourceKey << '\t' << oneLine(l.words) << "\t→ " << linkKindName(l.link.kind) << ' '
            << (l.link.targetAct.isEmpty() ? l.link.actName : l.link.targetAct)
            << (l.link.targetKey.isEmpty() ? QString() : u' ' + l.link.targetKey) << " (" << targetStateName(l.state)
            << ")\n";
    }
    return 0;
}

int runCitedBy(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 2) {
        err << "zanlink-cli: cited-by takes ACT and KEY, e.g. cited-by communications 41-1\n";
        return 2;
    }
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    const QString actId = resolveAct(o.args.at(0), store);
    if (actId.isEmpty()) {
        err << "zanlink-cli: no act \"" << o.args.at(0) << "\" (give its Adilet id, number or alias; see acts)\n";
        return 1;
    }
    const QList<Backlink> backlinks = LinkQueries(store.database()).citedBy(actId, o.args.at(1));
    if (o.json) {
        QJsonArray list;
        for (const Backlink& b : backlinks) {
            list.append(
                QJsonObject { { QStringLiteral("act"), b.actId }, { QStringLiteral("lang"), languageCode(b.language) },
                    { QStringLiteral("key"), b.key }, { QStringLiteral("cites"), b.targetKey },
                    { QStringLiteral("words"), b.words }, { QStringLiteral("sentence"), b.sentence } });
        }
        printJson(out, list);
        return 0;
    }
    if (backlinks.isEmpty())
        err << "nothing in the library cites " << actId << ' ' << o.args.at(1) << '\n';
    for (const Backlink& b : backlinks)
        out << b.actId << '\t' << b.key << '\t' << languageCode(b.language) << '\t' << oneLine(b.sentence) << '\n';
    return 0;
}

} // namespace zanlink::cli
