// search, links and cited-by: the command line over the search index and the
// references found in the law.
#include "cli_commands.h"
#include "corpus/citation.h"
#include "store/library_search.h"
#include "store/library_store.h"
#include "store/link_queries.h"
#include "store/text_citations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zanlink::cli {

namespace {

constexpr qint64 kMaxFreeTextBytes = 16LL * 1024 * 1024;

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
    return lang ? store.latestEdition(actId, *lang) : store.latestEditionPreferring(actId, Language::Ru);
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
    options.prefixLast = o.prefixLast;
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

namespace zanlink::cli {

int runFindRefs(const Options& o, QTextStream& out, QTextStream& err)
{
    QString text = o.args.join(u' ');
    if (!o.file.isEmpty()) {
        if (!o.args.isEmpty()) {
            err << "zanlink-cli: find-refs takes a TEXT or --file, not both\n";
            return 2;
        }
        QFile f;
        const bool ok = o.file == u"-" ? f.open(stdin, QIODevice::ReadOnly)
                                       : (f.setFileName(o.file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            err << "zanlink-cli: " << o.file << ": cannot read (" << f.errorString() << ")\n";
            return 1;
        }
        const QByteArray bytes = f.read(kMaxFreeTextBytes + 1);
        if (bytes.size() > kMaxFreeTextBytes) {
            err << "zanlink-cli: " << o.file << ": larger than " << kMaxFreeTextBytes / (1024 * 1024)
                << " MB; split the text\n";
            return 1;
        }
        text = QString::fromUtf8(bytes);
    }
    if (text.trimmed().isEmpty()) {
        err << "zanlink-cli: find-refs takes a TEXT (or --file F, - for standard input), e.g. "
               "find-refs \"статья 41-1 закона о связи\"\n";
        return 2;
    }
    std::optional<Language> lang;
    if (!o.lang.isEmpty() && !(lang = requireLanguage(o, err)))
        return 2;
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    const QList<TextCitation> found = findCitationsInText(store.database(), text, lang);
    if (o.json) {
        QJsonArray list;
        for (const TextCitation& c : found) {
            QJsonArray targets;
            for (qsizetype i = 0; i < c.reference.targets.size(); ++i) {
                targets.append(QJsonObject { { QStringLiteral("key"), c.reference.targets.at(i).key },
                    { QStringLiteral("state"), targetStateName(c.targetStates.at(i)) } });
            }
            list.append(QJsonObject { { QStringLiteral("start"), c.reference.start },
                { QStringLiteral("length"), c.reference.length }, { QStringLiteral("words"), c.reference.text },
                { QStringLiteral("kind"), referenceKindName(c.reference.kind) },
                { QStringLiteral("act"), c.reference.actId }, { QStringLiteral("act_name"), c.reference.actName },
                { QStringLiteral("act_state"), targetStateName(c.actState) }, { QStringLiteral("targets"), targets } });
        }
        printJson(out, list);
        return 0;
    }
    if (found.isEmpty())
        err << "no acts or provisions found in the text\n";
    for (const TextCitation& c : found) {
        const Reference& r = c.reference;
        const QString act
            = !r.actId.isEmpty() ? r.actId : (!r.actName.isEmpty() ? r.actName : QStringLiteral("(act not named)"));
        out << oneLine(r.text) << "\t→ " << act;
        if (r.targets.isEmpty())
            out << " (" << targetStateName(c.actState) << ")";
        for (qsizetype i = 0; i < r.targets.size(); ++i)
            out << ' ' << r.targets.at(i).key << " (" << targetStateName(c.targetStates.at(i)) << ")";
        out << '\n';
    }
    return 0;
}

} // namespace zanlink::cli
