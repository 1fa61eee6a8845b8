#include "cli_commands.h"

#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "importer/adilet_fetcher.h"
#include "importer/importer.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zanlink::cli {

bool openStore(const Options& o, LibraryStore& store, QTextStream& err)
{
    QString error;
    if (!store.open(o.db, &error)) {
        err << "zanlink-cli: " << error << '\n';
        return false;
    }
    return true;
}

std::optional<Language> requireLanguage(const Options& o, QTextStream& err, bool required)
{
    if (o.lang.isEmpty()) {
        if (required)
            err << "zanlink-cli: give the language with --lang kk|ru|en\n";
        return std::nullopt;
    }
    const std::optional<Language> l = languageFromCode(o.lang);
    if (!l)
        err << "zanlink-cli: unknown language \"" << o.lang << "\" (use kk, ru or en)\n";
    return l;
}

namespace {

QString editionDateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("date unknown");
}

int storeEditions(const Options& o, const QList<ActEdition>& editions, const QStringList& warnings, QTextStream& out,
    QTextStream& err)
{
    for (const QString& w : warnings)
        err << "warning: " << w << '\n';
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    QString error;
    const std::optional<QList<StoreReport>> reports = store.addEditions(editions, &error);
    if (!reports) {
        err << "zanlink-cli: " << error << "\nThe library is unchanged.\n";
        return 1;
    }
    for (qsizetype i = 0; i < reports->size(); ++i) {
        const ActEdition& e = editions.at(i);
        const StoreReport& r = reports->at(i);
        out << e.actId << ' ' << languageCode(e.language) << ' ' << editionDateText(e.editionDate) << ": ";
        if (r.alreadyPresent) {
            out << "already in the library, nothing changed\n";
            continue;
        }
        out << r.provisions << " provisions imported";
        if (r.previousEditionId)
            out << "; against the previous edition " << r.changed << " changed, " << r.added << " new";
        out << '\n';
    }
    return 0;
}

QJsonObject provisionJson(const StoredProvision& p)
{
    QJsonArray notes;
    for (const ProvisionNote& n : p.notes) {
        notes.append(
            QJsonObject { { QStringLiteral("kind"),
                              n.kind == NoteKind::Footnote ? QStringLiteral("footnote") : QStringLiteral("editorial") },
                { QStringLiteral("text"), n.text } });
    }
    static const char* const kChange[] = { "unchanged", "changed", "added" };
    const int change = static_cast<int>(p.change);
    return QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("kind"), provisionKindName(p.kind) },
        { QStringLiteral("number"), p.number }, { QStringLiteral("heading"), p.heading },
        { QStringLiteral("text"), p.text }, { QStringLiteral("anchor"), p.anchor },
        { QStringLiteral("change"), QString::fromLatin1(change >= 0 && change <= 2 ? kChange[change] : "unchanged") },
        { QStringLiteral("notes"), notes } };
}

} // namespace

QString resolveAct(const QString& query, LibraryStore& store)
{
    if (const CatalogueAct* a = Catalogue::builtin().find(query))
        return a->id;
    for (const QString& id : store.actIds()) {
        if (id.compare(query, Qt::CaseInsensitive) == 0)
            return id;
    }
    return {};
}

int runActs(const Options& o, QTextStream& out, QTextStream& err)
{
    if (!o.args.isEmpty()) {
        err << "zanlink-cli: acts takes no arguments (\"" << o.args.join(u' ') << "\" is not understood)\n";
        return 2;
    }
    LibraryStore store;
    if (!openStore(o, store, err))
        return 1;
    QStringList ids;
    for (const CatalogueAct& a : Catalogue::builtin().acts())
        ids << a.id;
    for (const QString& id : store.actIds()) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString& id : ids) {
        const CatalogueAct* known = Catalogue::builtin().byId(id);
        QStringList langs;
        QString title = known ? known->title(Language::Ru) : QString();
        for (Language l : kAllLanguages) {
            const std::optional<EditionInfo> e = store.latestEdition(id, l);
            langs << languageCode(l) + u' ' + (e ? editionDateText(e->editionDate) : QStringLiteral("-"));
            if (title.isEmpty() && e)
                title = e->title;
        }
        out << id << '\t' << (known ? known->number : QString()) << '\t' << title << '\t' << langs.join(u", ") << '\n';
    }
    return 0;
}

int runImport(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 1) {
        err << "zanlink-cli: import takes one FILE\n";
        return 2;
    }
    ImportRequest req;
    req.path = o.args.first();
    if (!o.lang.isEmpty()) {
        req.language = requireLanguage(o, err);
        if (!req.language)
            return 2;
    }
    req.actId = o.act;
    if (!o.edition.isEmpty()) {
        req.editionDate = QDate::fromString(o.edition, Qt::ISODate);
        if (!req.editionDate.isValid()) {
            err << "zanlink-cli: --edition takes a date as YYYY-MM-DD\n";
            return 2;
        }
    }
    for (const QString& id : o.only.split(u',', Qt::SkipEmptyParts))
        req.onlyActs.insert(id.trimmed());
    QByteArray head;
    {
        QFile f(req.path);
        if (f.open(QIODevice::ReadOnly))
            head = f.peek(65536);
    }
    if (!req.language && detectSourceKind(req.path, head) != SourceKind::AdiletCodex) {
        err << "zanlink-cli: give the language with --lang kk|ru|en\n";
        return 2;
    }
    ImportError error;
    const std::optional<ImportOutcome> outcome = readSource(req, &error);
    if (!outcome) {
        err << "zanlink-cli: " << error.toString() << "\nThe library is unchanged.\n";
        return 1;
    }
    return storeEditions(o, outcome->editions, outcome->warnings, out, err);
}

int runFetch(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 1) {
        err << "zanlink-cli: fetch takes one act (Adilet id, number or alias)\n";
        return 2;
    }
    const std::optional<Language> lang = requireLanguage(o, err);
    if (!lang)
        return 2;
    QDate editionDate;
    if (!o.edition.isEmpty()) {
        editionDate = QDate::fromString(o.edition, Qt::ISODate);
        if (!editionDate.isValid()) {
            err << "zanlink-cli: --edition takes a date as YYYY-MM-DD\n";
            return 2;
        }
    }
    const CatalogueAct* known = Catalogue::builtin().find(o.args.first());
    const QString actId = known ? known->id : o.args.first();
    AdiletFetcher fetcher;
    if (!o.baseUrl.isEmpty())
        fetcher.setBaseUrl(QUrl(o.baseUrl));
    fetcher.setTimeout(o.timeoutSeconds * 1000);
    FetchFailure failure = FetchFailure::None;
    QString message;
    err << "Downloading " << fetcher.pageUrl(actId, *lang).toString() << " …\n";
    err.flush();
    const QByteArray page = fetcher.fetchBlocking(actId, *lang, &failure, &message);
    if (failure != FetchFailure::None) {
        err << "zanlink-cli: " << message << '\n';
        return 1;
    }
    ImportRequest req;
    req.path = fetcher.pageUrl(actId, *lang).toString();
    req.language = lang;
    req.actId = actId;
    req.kind = SourceKind::AdiletHtml;
    req.editionDate = editionDate;
    ImportError error;
    const std::optional<ImportOutcome> outcome = readBytes(page, req, &error);
    if (!outcome) {
        err << "zanlink-cli: " << error.toString() << "\nThe library is unchanged.\n";
        return 1;
    }
    return storeEditions(o, outcome->editions, outcome->warnings, out, err);
}

int runShow(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 2) {
        err << "zanlink-cli: show takes ACT and KEY, e.g. show communications 41-1/1-2\n";
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
    std::optional<EditionInfo> edition;
    if (!o.lang.isEmpty()) {
        const std::optional<Language> lang = requireLanguage(o, err);
        if (!lang)
            return 2;
        edition = store.latestEdition(actId, *lang);
    } else {
        edition = store.latestEditionPreferring(actId, Language::Ru);
    }
    if (!edition) {
        err << "zanlink-cli: act " << actId << " is not in the library" << (o.lang.isEmpty() ? "" : " in that language")
            << "; import or fetch it first\n";
        return 1;
    }
    const QString key = o.args.at(1);
    const QList<StoredProvision> nodes = store.subtree(edition->id, key);
    if (nodes.isEmpty()) {
        err << "zanlink-cli: act " << actId << " (" << languageCode(edition->language) << ") has no provision \"" << key
            << "\"\n";
        return 1;
    }
    const CitationTarget target = citationTarget(store, *edition, key);
    if (o.json) {
        QJsonArray list;
        for (const StoredProvision& p : nodes)
            list.append(provisionJson(p));
        const QJsonObject doc {
            { QStringLiteral("act"), actId },
            { QStringLiteral("key"), key },
            { QStringLiteral("lang"), languageCode(edition->language) },
            { QStringLiteral("edition_date"),
                edition->editionDate.isValid() ? edition->editionDate.toString(Qt::ISODate) : QString() },
            { QStringLiteral("url"), officialUrl(actId, edition->language, target.anchor).toString() },
            { QStringLiteral("citation"), shortCitation(target) },
            { QStringLiteral("provisions"), list },
        };
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << fullCitation(target) << "\n\n";
    const int base = nodes.first().depth;
    for (const StoredProvision& p : nodes) {
        const QString indent(2 * (p.depth - base), u' ');
        const QString label = provisionLabel(p.kind, p.number, edition->language);
        QString first = label;
        if (!p.heading.isEmpty())
            first += (first.isEmpty() ? QString() : QStringLiteral(" ")) + p.heading;
        if (!first.isEmpty())
            out << indent << first << (p.heading.isEmpty() && !p.text.isEmpty() ? " " : "\n");
        if (!p.text.isEmpty())
            out << (first.isEmpty() || !p.heading.isEmpty() ? indent : QString())
                << QString(p.text).replace(u'\n', u'\n' + indent) << '\n';
        for (const ProvisionNote& n : p.notes)
            out << indent << "  [" << (n.kind == NoteKind::Footnote ? "footnote" : "editor's note") << "] " << n.text
                << '\n';
    }
    return 0;
}

} // namespace zanlink::cli
