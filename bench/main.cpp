// zanlink-bench: import, store, search and link throughput of the library on a
// synthetic (fictional) corpus; writes a Markdown report. No timing assertions:
// the numbers are for reading, not for failing a build.

#include "bench_report.h"
#include "corpus_generator.h"
#include "importer/importer.h"
#include "refs/act_directory.h"
#include "refs/reference_finder.h"
#include "store/library_search.h"
#include "store/library_store.h"
#include "store/link_queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <sqlite3.h>

#ifndef ZANLINK_BENCH_BUILD_TYPE
#define ZANLINK_BENCH_BUILD_TYPE "unknown"
#endif

using namespace zanlink;
using namespace zanlink::bench;

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

struct Query {
    QString label;
    QString text;
    bool prefix = false;
    QString needle; // what the plain scan looks for
};

QList<Query> queryMix()
{
    return {
        { QStringLiteral("ru word"), QStringLiteral("оператор"), false, QStringLiteral("оператор") },
        { QStringLiteral("ru inflected"), QStringLiteral("операторами"), false, QStringLiteral("операторами") },
        { QStringLiteral("ru two words"), QStringLiteral("защиту детей"), false, QStringLiteral("защиту детей") },
        { QStringLiteral("kk Cyrillic"), QStringLiteral("құқығын"), false, QStringLiteral("құқығын") },
        { QStringLiteral("kk inflected"), QStringLiteral("пайдаланушылардың құқықтары"), false,
            QStringLiteral("пайдаланушылардың құқықтары") },
        { QStringLiteral("kk on a Russian keyboard"), QStringLiteral("кукык"), false, QStringLiteral("кукык") },
        { QStringLiteral("kk Latin"), QStringLiteral("quqyq"), false, QStringLiteral("quqyq") },
        { QStringLiteral("kk Latin, two words"), QStringLiteral("paidalanushylardyn quqygyn"), false,
            QStringLiteral("paidalanushylardyn quqygyn") },
        { QStringLiteral("en words"), QStringLiteral("protection of children"), false,
            QStringLiteral("protection of children") },
        { QStringLiteral("ru phrase"), QStringLiteral("\"хранит архив\""), false, QStringLiteral("хранит архив") },
        { QStringLiteral("en phrase"), QStringLiteral("\"paragraph 2 of Article 14\""), false,
            QStringLiteral("paragraph 2 of Article 14") },
        { QStringLiteral("ru prefix (typing)"), QStringLiteral("опер"), true, QStringLiteral("опер") },
        { QStringLiteral("kk prefix (typing)"), QStringLiteral("пайдалан"), true, QStringLiteral("пайдалан") },
        { QStringLiteral("en prefix (typing)"), QStringLiteral("journ"), true, QStringLiteral("journ") },
        { QStringLiteral("rare word (once per act)"), QStringLiteral("синтетический"), false,
            QStringLiteral("синтетический") },
        { QStringLiteral("no match"), QStringLiteral("несуществующееслово"), false,
            QStringLiteral("несуществующееслово") },
    };
}

struct QueryResult {
    Samples fts;
    Samples scan;
    int hits = 0;
    qint64 scanMatches = 0;
    QString message;
};

QList<QueryResult> runQueries(
    Database& db, const QList<Query>& queries, const QStringList& texts, int repeats, int scanRepeats)
{
    QList<QueryResult> out;
    for (const Query& q : queries) {
        QueryResult r;
        SearchOptions opt;
        opt.prefixLast = q.prefix;
        const SearchResults warm = searchLibrary(db, q.text, opt); // warm the page cache and statements
        r.hits = static_cast<int>(warm.hits.size());
        r.message = warm.message;
        for (int i = 0; i < repeats; ++i)
            r.fts.add(timed([&] { (void)searchLibrary(db, q.text, opt); }));
        for (int i = 0; i < scanRepeats; ++i) {
            qint64 matches = 0;
            r.scan.add(timed([&] {
                for (const QString& t : texts)
                    matches += t.contains(q.needle, Qt::CaseInsensitive) ? 1 : 0;
            }));
            r.scanMatches = matches;
        }
        out << r;
    }
    return out;
}

QString queryTable(const QList<Query>& queries, const QList<QueryResult>& results)
{
    Table t({ QStringLiteral("query"), QStringLiteral("typed"), QStringLiteral("hits (limit 50)"),
        QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("scan matches"),
        QStringLiteral("scan p50"), QStringLiteral("scan / index") });
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QueryResult& r = results.at(i);
        const qint64 p50 = r.fts.percentile(50);
        const qint64 s50 = r.scan.percentile(50);
        const QString ratio = p50 > 0
            ? QString::number(static_cast<double>(s50) / static_cast<double>(p50), 'f', 1) + u'×'
            : QStringLiteral("–");
        t.row({ queries.at(i).label, u'`' + queries.at(i).text + u'`',
            QString::number(r.hits) + (r.message.isEmpty() ? QString() : QStringLiteral(" (") + r.message + u')'),
            ms(p50), ms(r.fts.percentile(95)), ms(r.fts.percentile(99)), grouped(r.scanMatches), ms(s50), ratio });
    }
    return t.markdown();
}

// ---- link extraction check ---------------------------------------------------

const char* const kCitedNames[kCitedActKinds] = { "this act", "catalogue act", "other synthetic act", "unknown act" };

struct LinkCheck {
    qint64 expected[kCitedActKinds] = {};
    qint64 found[kCitedActKinds] = {};
    qint64 extra = 0; // found but not written by the generator
    QStringList missExamples;
    QStringList extraExamples;
};

QString entry(const QString& provisionKey, const QString& actId, const QString& key)
{
    return provisionKey + u'|' + actId + u'|' + key;
}

struct LinkRun {
    qint64 ns = 0;
    qint64 bytes = 0;
    qint64 references = 0;
    qint64 targets = 0;
    qint64 byKind[3] = {}; // internal, other act, unresolved
};

void findInEdition(const ActEdition& e, const QList<ExpectedTarget>& expected, const ActDirectory& acts, LinkRun* run,
    LinkCheck* check)
{
    QHash<QString, int> found;
    QHash<QString, QString> textOf;
    const auto walk = [&](const auto& self, const QList<Provision>& list) -> void {
        for (const Provision& p : list) {
            const ReferenceContext ctx { e.actId, e.language, p.key };
            for (const QString* s : { &p.heading, &p.text }) {
                if (s->isEmpty())
                    continue;
                QList<Reference> refs;
                run->ns += timed([&] { refs = findReferences(*s, ctx, acts); });
                run->bytes += s->toUtf8().size();
                run->references += refs.size();
                for (const Reference& r : refs) {
                    ++run->byKind[static_cast<int>(r.kind)];
                    const QString act = r.kind == ReferenceKind::Unresolved ? QString() : r.actId;
                    if (r.targets.isEmpty()) {
                        if (r.kind != ReferenceKind::Internal)
                            ++found[entry(p.key, act, QString())];
                        continue;
                    }
                    run->targets += r.targets.size();
                    for (const ReferenceTarget& t : r.targets)
                        ++found[entry(p.key, act, t.key)];
                }
            }
            textOf.insert(p.key, p.text);
            self(self, p.children);
        }
    };
    walk(walk, e.provisions);
    for (const ExpectedTarget& x : expected) {
        const int kind = static_cast<int>(x.cited);
        ++check->expected[kind];
        const QString k = entry(x.provisionKey, x.actId, x.key);
        auto it = found.find(k);
        if (it != found.end() && it.value() > 0) {
            --it.value();
            ++check->found[kind];
        } else if (check->missExamples.size() < 12) {
            check->missExamples << QStringLiteral("%1 %2 %3: expected %4 `%5` in «%6»")
                                       .arg(languageCode(e.language), e.actId, x.provisionKey,
                                           QString::fromLatin1(kCitedNames[kind]), entry(QString(), x.actId, x.key),
                                           textOf.value(x.provisionKey));
        }
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        check->extra += it.value();
        if (check->extraExamples.size() < 8) {
            const QString provisionKey = it.key().section(u'|', 0, 0);
            check->extraExamples << QStringLiteral("%1 %2 %3: found `%4` in «%5»")
                                        .arg(languageCode(e.language), e.actId, provisionKey, it.key(),
                                            textOf.value(provisionKey));
        }
    }
}

// ---- the run --------------------------------------------------------------------

// Above this many provisions per language the one-call store (which holds the
// whole corpus in memory) is left out.
constexpr qint64 kBulkLimit = 200000;

struct Options {
    qint64 provisions = 20000;
    QString out;
    QString workdir;
    quint64 seed = 20240601;
    QString library;
    QString revision;
    QString loadAtStart;
    int repeats = 20;
};

qint64 fileSize(const QString& path)
{
    const QFileInfo fi(path);
    return fi.exists() ? fi.size() : 0;
}

bool copyLibrary(const QString& from, const QString& to, QString* error)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix);
            return false;
        }
    }
    return true;
}

int run(const Options& o)
{
    QDir().mkpath(o.workdir);
    const QString dbPath = QDir(o.workdir).filePath(QStringLiteral("bench-library.sqlite"));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(dbPath + suffix);

    const CorpusGenerator gen(o.provisions, o.seed);
    QList<QPair<QString, qint64>> rss;
    rss << qMakePair(QStringLiteral("start"), peakRssBytes());

    ActDirectory acts = ActDirectory::fromCatalogue();
    for (int i = 0; i < gen.actCount(); ++i) {
        for (Language l : kAllLanguages)
            acts.addAct(CorpusGenerator::actId(i), l, gen.title(i, l));
    }

    LibraryStore store;
    QString error;
    if (!store.open(dbPath, &error)) {
        err() << "zanlink-bench: " << error << Qt::endl;
        return 1;
    }

    qint64 provisions[3] = {}, textBytesTotal = 0, htmlBytes = 0, generateNs = 0, importNs = 0, importedProvisions = 0,
           storeNs = 0, storedProvisions = 0;
    QStringList importMismatches;
    Samples perAct;
    QList<QStringList> perActRows;
    LinkRun links;
    LinkCheck check;
    QStringList scanTexts;
    for (int i = 0; i < gen.actCount(); ++i) {
        GeneratedAct act;
        generateNs += timed([&] { act = gen.act(i); });
        qint64 actProvisions = 0;
        for (qsizetype l = 0; l < act.editions.size(); ++l) {
            const ActEdition& e = act.editions.at(l);
            provisions[l] += e.provisionCount();
            actProvisions += e.provisionCount();
            textBytesTotal += textBytes(e);

            const QByteArray html = adiletHtml(e);
            htmlBytes += html.size();
            ImportRequest req;
            req.path = QStringLiteral("bench/%1_%2.html").arg(languageCode(e.language), e.actId);
            req.language = e.language;
            req.actId = e.actId;
            req.kind = SourceKind::AdiletHtml;
            ImportError ie;
            std::optional<ImportOutcome> outcome;
            importNs += timed([&] { outcome = readBytes(html, req, &ie); });
            const int got
                = outcome && !outcome->editions.isEmpty() ? outcome->editions.constFirst().provisionCount() : -1;
            importedProvisions += qMax(got, 0);
            if (got != e.provisionCount() && importMismatches.size() < 6)
                importMismatches << QStringLiteral("%1 (%2): generated %3 provisions, the importer read %4%5")
                                        .arg(e.actId, languageCode(e.language))
                                        .arg(e.provisionCount())
                                        .arg(got)
                                        .arg(outcome ? QString() : QStringLiteral(" (") + ie.message + u')');

            findInEdition(e, act.expected.at(l), acts, &links, &check);

            const auto collect = [&](const auto& self, const QList<Provision>& list) -> void {
                for (const Provision& p : list) {
                    scanTexts << (p.heading.isEmpty() ? p.text : QString(p.heading + u'\n' + p.text));
                    self(self, p.children);
                }
            };
            collect(collect, e.provisions);
        }
        qint64 unresolvedEditions = 0;
        {
            Statement u = store.database().prepare(QStringLiteral(
                "SELECT COUNT(DISTINCT p.edition_id) FROM links l JOIN provisions p ON p.id = l.provision_id "
                "WHERE l.kind = 'unresolved'"));
            if (u.next())
                unresolvedEditions = u.integer(0);
        }
        std::optional<QList<StoreReport>> stored;
        const qint64 ns = timed([&] { stored = store.addEditions(act.editions, &error); });
        if (!stored) {
            err() << "zanlink-bench: storing " << act.actId << " failed: " << error << Qt::endl;
            return 1;
        }
        storeNs += ns;
        perAct.add(ns);
        perActRows << QStringList { QString::number(i + 1), QString::number(i * 3), grouped(unresolvedEditions),
            ms(ns) };
        storedProvisions += actProvisions;
        err() << "act " << (i + 1) << "/" << gen.actCount() << ": stored in " << ms(ns) << Qt::endl;
    }
    rss << qMakePair(QStringLiteral("after generating, importing, linking and storing"), peakRssBytes());

    // The same corpus stored again in one call into a second library: the
    // index work is the same, only the per-call work differs.
    qint64 bulkNs = -1;
    if (o.provisions <= kBulkLimit) {
        err() << "storing all acts in one call…" << Qt::endl;
        const QString bulkPath = QDir(o.workdir).filePath(QStringLiteral("bench-library-bulk.sqlite"));
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(bulkPath + suffix);
        LibraryStore bulk;
        QList<ActEdition> all;
        for (int i = 0; i < gen.actCount(); ++i)
            all += gen.act(i).editions;
        if (!bulk.open(bulkPath, &error)) {
            err() << "zanlink-bench: " << error << Qt::endl;
            return 1;
        }
        std::optional<QList<StoreReport>> stored;
        bulkNs = timed([&] { stored = bulk.addEditions(all, &error); });
        if (!stored) {
            err() << "zanlink-bench: storing all acts at once failed: " << error << Qt::endl;
            return 1;
        }
        rss << qMakePair(QStringLiteral("after storing all acts in one call"), peakRssBytes());
    }
    const qint64 totalProvisions = provisions[0] + provisions[1] + provisions[2];

    // Index size on disk.
    Database& db = store.database();
    const qint64 dbBytes = fileSize(dbPath);
    const qint64 walBytes = fileSize(dbPath + QStringLiteral("-wal"));
    QList<QPair<QString, qint64>> objects;
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT CASE WHEN name LIKE 'search_kk%' THEN 'search_kk (FTS5)' WHEN name LIKE 'search_ru%' THEN "
            "'search_ru (FTS5)' WHEN name LIKE 'search_en%' THEN 'search_en (FTS5)' ELSE name END AS n, SUM(pgsize) "
            "FROM dbstat GROUP BY n ORDER BY 2 DESC"));
        while (s.next())
            objects << qMakePair(s.text(0), s.integer(1));
        db.setError(QString());
    }
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbAfterCheckpoint = fileSize(dbPath);
    QList<QPair<QString, qint64>> linkRows;
    {
        Statement s = db.prepare(QStringLiteral("SELECT kind, COUNT(*) FROM links GROUP BY kind ORDER BY kind"));
        while (s.next())
            linkRows << qMakePair(s.text(0), s.integer(1));
    }

    // Search.
    err() << "searching…" << Qt::endl;
    const QList<Query> queries = queryMix();
    const int scanRepeats = totalProvisions <= 300000 ? o.repeats : 3;
    const QList<QueryResult> searchResults = runQueries(db, queries, scanTexts, o.repeats, scanRepeats);
    rss << qMakePair(QStringLiteral("after the query mix"), peakRssBytes());

    // Backlinks.
    err() << "backlinks…" << Qt::endl;
    LinkQueries lq(db);
    const QString first = CorpusGenerator::actId(0);
    const QList<QPair<QString, QString>> citedCases {
        { first, QStringLiteral("5") },
        { first, QStringLiteral("5/1") },
        { first, QString() },
        { QStringLiteral("Z040000567_"), QStringLiteral("12") },
        { QStringLiteral("Z040000567_"), QString() },
    };
    Table cited({ QStringLiteral("act"), QStringLiteral("key"), QStringLiteral("backlinks"), QStringLiteral("p50"),
        QStringLiteral("p95"), QStringLiteral("p99") });
    for (const auto& [act, key] : citedCases) {
        Samples s;
        const qsizetype n = lq.citedBy(act, key).size();
        for (int i = 0; i < o.repeats; ++i)
            s.add(timed([&] { (void)lq.citedBy(act, key); }));
        cited.row({ act, key.isEmpty() ? QStringLiteral("(whole act)") : key, grouped(n), ms(s.percentile(50)),
            ms(s.percentile(95)), ms(s.percentile(99)) });
    }

    // An existing library ("three laws"), on a copy so the user's file is not touched.
    QString libraryPart;
    if (!o.library.isEmpty()) {
        err() << "searching " << o.library << "…" << Qt::endl;
        const QString copy = QDir(o.workdir).filePath(QStringLiteral("user-library-copy.sqlite"));
        LibraryStore user;
        if (!copyLibrary(o.library, copy, &error) || !user.open(copy, &error)) {
            libraryPart = QStringLiteral("Could not open %1: %2\n").arg(o.library, error);
        } else {
            QStringList texts;
            Statement s = user.database().prepare(QStringLiteral(
                "SELECT p.heading, p.text FROM provisions p WHERE p.edition_id IN (SELECT id FROM latest_editions)"));
            while (s.next())
                texts << (s.text(0).isEmpty() ? s.text(1) : QString(s.text(0) + u'\n' + s.text(1)));
            const QList<QueryResult> r = runQueries(user.database(), queries, texts, o.repeats, o.repeats);
            libraryPart = QStringLiteral("Library `%1` (searched on a copy): %2 acts, %3 provisions in the newest "
                                         "editions, %4 on disk with its WAL.\n\n")
                              .arg(QFileInfo(o.library).fileName())
                              .arg(user.actIds().size())
                              .arg(grouped(texts.size()))
                              .arg(mb(fileSize(o.library) + fileSize(o.library + QStringLiteral("-wal"))))
                + queryTable(queries, r);
        }
    }
    rss << qMakePair(QStringLiteral("end"), peakRssBytes());

    // ---- the report ----
    const Machine m = machine();
    QString md;
    QTextStream r(&md);
    r << "# ZanLink benchmarks\n\n"
      << "Written by `zanlink-bench` (bench/, run with `bench/run.sh`). The corpus is synthetic and fictional: "
         "generated from a small vocabulary in the shape of real acts (chapters, articles, paragraphs `1-2.`, "
         "subparagraphs `3)`, definitions, footnotes, citations), never statute text. Timings are wall-clock "
         "(QElapsedTimer) on a machine that may be busy with other work (see the load average); nothing here is "
         "asserted. To measure again: `bench/run.sh`; `SIZE=200000 bench/run.sh` for a larger corpus (up to "
         "1 000 000 provisions per language), `LIBRARY=path/to/library.sqlite bench/run.sh` to add the query mix on "
         "a copy of an existing library.\n\n"
      << "## Machine\n\n"
      << Table({ QStringLiteral("item"), QStringLiteral("value") }).markdown().trimmed() << '\n'
      << "| CPU | " << m.cpu << " |\n"
      << "| cores | " << m.cores << " |\n"
      << "| RAM | " << QString::number(static_cast<double>(m.ramBytes) / (1024.0 * 1024 * 1024), 'f', 1) << " GiB |\n"
      << "| OS | " << m.os << " |\n"
      << "| build type | " << ZANLINK_BENCH_BUILD_TYPE << " |\n"
      << "| source | " << (o.revision.isEmpty() ? QStringLiteral("not given") : o.revision) << " |\n"
      << "| load average at start (1, 5, 15 min) | " << o.loadAtStart << " |\n"
      << "| compiler | " << __VERSION__ << " |\n"
      << "| Qt | " << qVersion() << " |\n"
      << "| SQLite | " << sqlite3_libversion() << " |\n\n";

    r << "## Corpus\n\n"
      << Table({ QStringLiteral("item"), QStringLiteral("value") }).markdown().trimmed() << '\n'
      << "| seed | " << o.seed << " |\n"
      << "| acts | " << gen.actCount() << " (about 2 000 provisions each, in kk, ru and en) |\n"
      << "| provisions | " << grouped(totalProvisions) << " (kk " << grouped(provisions[0]) << ", ru "
      << grouped(provisions[1]) << ", en " << grouped(provisions[2]) << ") |\n"
      << "| text (UTF-8: headings, texts, notes) | " << mb(textBytesTotal) << " |\n"
      << "| Adilet-like HTML | " << mb(htmlBytes) << " |\n"
      << "| generating it | " << ms(generateNs) << " (not counted below) |\n\n";

    r << "## Against the targets\n\n"
      << "The targets are for 1 000 000 provisions on one core; this run had " << grouped(totalProvisions)
      << " provisions on " << m.cores << " cores, with the load average above. Start-up is measured by "
         "`bench/run.sh` (see Start-up at the end).\n\n";
    {
        qint64 worstP95 = 0;
        QString worstQuery;
        Samples p95s;
        for (qsizetype i = 0; i < searchResults.size(); ++i) {
            const qint64 p95 = searchResults.at(i).fts.percentile(95);
            p95s.add(p95);
            if (p95 > worstP95) {
                worstP95 = p95;
                worstQuery = queries.at(i).label;
            }
        }
        const double importMbs = static_cast<double>(htmlBytes) / 1e6 / (static_cast<double>(importNs) / 1e9);
        const double storeMbs = static_cast<double>(textBytesTotal) / 1e6 / (static_cast<double>(storeNs) / 1e9);
        qint64 peak = 0;
        for (const auto& [what, bytes] : rss)
            peak = qMax(peak, bytes);
        Table t({ QStringLiteral("figure"), QStringLiteral("target"), QStringLiteral("measured") });
        t.row({ QStringLiteral("search p95, the query mix"), QStringLiteral("≤ 20 ms"),
            QStringLiteral("median of the queries' p95 %1; worst %2 (%3)")
                .arg(ms(p95s.percentile(50)), ms(worstP95), worstQuery) });
        t.row({ QStringLiteral("import"), QStringLiteral("≥ 20 MB/s of HTML"),
            QStringLiteral("reading %1 MB/s of HTML; storing and indexing %2 MB/s of text")
                .arg(importMbs, 0, 'f', 1)
                .arg(storeMbs, 0, 'f', 1) });
        t.row({ QStringLiteral("peak memory"), QStringLiteral("≤ 250 MB"),
            QStringLiteral("%1 (this process holds the whole generated corpus in memory besides the library)")
                .arg(mb(peak)) });
        t.row({ QStringLiteral("window shown"), QStringLiteral("≤ 300 ms"), QStringLiteral("see Start-up") });
        r << t.markdown() << '\n';
    }

    r << "## Throughput\n\n"
      << Table({ QStringLiteral("stage"), QStringLiteral("time"), QStringLiteral("MB/s"),
                   QStringLiteral("provisions/s"), QStringLiteral("notes") })
             .markdown()
             .trimmed()
      << '\n'
      << "| HTML import (`readBytes`, AdiletHtml) | " << ms(importNs) << " | "
      << perSecond(static_cast<double>(htmlBytes) / 1e6, importNs) << " (of HTML) | "
      << perSecond(static_cast<double>(importedProvisions), importNs) << " | read back " << grouped(importedProvisions)
      << " of " << grouped(totalProvisions) << " provisions |\n"
      << "| store (`addEditions`: rows, FTS5, links, terms; one call per act) | " << ms(storeNs) << " | "
      << perSecond(static_cast<double>(textBytesTotal) / 1e6, storeNs) << " (of text) | "
      << perSecond(static_cast<double>(storedProvisions), storeNs) << " | per act: first " << ms(perAct.percentile(0))
      << "… see below |\n"
      << "| store, all acts in one `addEditions` call (a second library) | "
      << (bulkNs >= 0 ? ms(bulkNs) + QStringLiteral(" | ")
                     + perSecond(static_cast<double>(textBytesTotal) / 1e6, bulkNs) + QStringLiteral(" (of text) | ")
                     + perSecond(static_cast<double>(storedProvisions), bulkNs) + QStringLiteral(" | same corpus |")
                      : QStringLiteral("– | – | – | left out above %1 provisions per language |").arg(kBulkLimit))
      << '\n'
      << "| link extraction (`findReferences`, headings and texts) | " << ms(links.ns) << " | "
      << perSecond(static_cast<double>(links.bytes) / 1e6, links.ns) << " | "
      << perSecond(static_cast<double>(totalProvisions), links.ns) << " | " << grouped(links.references)
      << " references (" << perSecond(static_cast<double>(links.references), links.ns) << "/s), "
      << grouped(links.targets) << " provision targets |\n\n";
    r << "Store time per act (" << perAct.count() << " calls of `addEditions`, three editions each): p50 "
      << ms(perAct.percentile(50)) << ", p95 " << ms(perAct.percentile(95)) << ", slowest "
      << ms(perAct.percentile(100)) << ", fastest " << ms(perAct.percentile(0)) << ".\n\n";
    {
        Table t({ QStringLiteral("act stored"), QStringLiteral("editions already in the library"),
            QStringLiteral("of them holding unresolved links"), QStringLiteral("addEditions") });
        const qsizetype n = perActRows.size();
        for (qsizetype i = 0; i < n; ++i) {
            // Ten rows spread over the run, first and last included.
            if (n <= 10 || i == n - 1 || (i * 9) / (n - 1) != ((i + 1) * 9) / (n - 1) || i == 0)
                t.row(perActRows.at(i));
        }
        r << t.markdown() << '\n';
    }
    if (!importMismatches.isEmpty())
        r << "Import round trip differed:\n\n- " << importMismatches.join(QStringLiteral("\n- ")) << "\n\n";

    r << "## Index size on disk\n\n"
      << "Library file " << mb(dbBytes) << " + WAL " << mb(walBytes) << " = " << mb(dbBytes + walBytes)
      << " right after the import; " << mb(dbAfterCheckpoint) << " after `PRAGMA wal_checkpoint(TRUNCATE)`. "
      << "That is "
      << QString::number(static_cast<double>(dbAfterCheckpoint) / static_cast<double>(textBytesTotal), 'f', 1)
      << "× the UTF-8 text.\n\n";
    if (!objects.isEmpty()) {
        Table t({ QStringLiteral("table or index (dbstat)"), QStringLiteral("size") });
        for (const auto& [name, bytes] : objects) {
            if (bytes * 200 >= dbAfterCheckpoint) // the objects that make up at least half a per cent
                t.row({ name, mb(bytes) });
        }
        r << t.markdown() << '\n';
    }

    r << "## Search latency\n\n"
      << "`searchLibrary` over all three languages (default options, limit 50; prefix rows with `prefixLast`), "
      << o.repeats
      << " runs per query after one warm-up run. The scan is `QString::contains(…, "
         "Qt::CaseInsensitive)` over every provision's heading and text held in memory ("
      << grouped(scanTexts.size()) << " strings, " << scanRepeats
      << " runs): it finds only the letters as typed — no inflections, no Russian-keyboard or Latin Kazakh.\n\n"
      << queryTable(queries, searchResults) << '\n';

    r << "## Backlinks (`LinkQueries::citedBy`)\n\n" << cited.markdown() << '\n';
    r << "Links stored by the library: ";
    QStringList lr;
    for (const auto& [kind, n] : linkRows)
        lr << kind + u' ' + grouped(n);
    r << lr.join(QStringLiteral(", ")) << ".\n\n";

    r << "## Citations found against citations written\n\n"
      << "The generator records every provision each citation names; `findReferences` (with the catalogue and the "
         "synthetic acts' titles in the directory) should find each one in the citing provision.\n\n";
    {
        Table t({ QStringLiteral("cited act"), QStringLiteral("written"), QStringLiteral("found"),
            QStringLiteral("share") });
        for (int k = 0; k < kCitedActKinds; ++k) {
            t.row({ QString::fromLatin1(kCitedNames[k]), grouped(check.expected[k]), grouped(check.found[k]),
                check.expected[k]
                    ? QString::number(
                          100.0 * static_cast<double>(check.found[k]) / static_cast<double>(check.expected[k]), 'f', 1)
                        + u'%'
                    : QStringLiteral("–") });
        }
        r << t.markdown() << '\n'
          << "Found but not written: " << grouped(check.extra) << ". References by kind: internal "
          << grouped(links.byKind[0]) << ", other act " << grouped(links.byKind[1]) << ", unresolved "
          << grouped(links.byKind[2]) << ".\n\n";
        if (!check.missExamples.isEmpty())
            r << "Examples of misses:\n\n- " << check.missExamples.join(QStringLiteral("\n- ")) << "\n\n";
        if (!check.extraExamples.isEmpty())
            r << "Examples of extra finds:\n\n- " << check.extraExamples.join(QStringLiteral("\n- ")) << "\n\n";
    }

    if (!libraryPart.isEmpty())
        r << "## An existing library\n\n" << libraryPart << '\n';

    r << "## Peak memory (getrusage ru_maxrss)\n\n";
    {
        Table t({ QStringLiteral("after"), QStringLiteral("peak RSS") });
        for (const auto& [what, bytes] : rss)
            t.row({ what, mb(bytes) });
        r << t.markdown();
    }
    r.flush();

    if (o.out.isEmpty()) {
        QTextStream(stdout) << md;
        return 0;
    }
    QSaveFile f(o.out);
    if (!f.open(QIODevice::WriteOnly) || f.write(md.toUtf8()) < 0 || !f.commit()) {
        err() << "zanlink-bench: cannot write " << o.out << ": " << f.errorString() << Qt::endl;
        return 1;
    }
    err() << "report written to " << o.out << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zanlink-bench"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Measures ZanLink's import, store, search and link extraction on a "
                                               "synthetic fictional corpus and writes a Markdown report."));
    p.addHelpOption();
    const QCommandLineOption provisions(QStringLiteral("provisions"),
        QStringLiteral("Provisions per language (default 20000)."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("Write the report here (default: stdout)."), QStringLiteral("REPORT.md"));
    const QCommandLineOption workdir(QStringLiteral("workdir"),
        QStringLiteral("Folder for the benchmark library (default: a folder in the temp dir)."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Corpus seed (default 20240601)."),
        QStringLiteral("S"), QStringLiteral("20240601"));
    const QCommandLineOption library(QStringLiteral("library"),
        QStringLiteral("Also run the query mix on a copy of this existing library."), QStringLiteral("PATH"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
        QStringLiteral("Runs per query and per backlink lookup (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption revision(QStringLiteral("revision"),
        QStringLiteral("The source revision to name in the report (run.sh passes git's)."), QStringLiteral("TEXT"));
    p.addOptions({ provisions, out, workdir, seed, library, repeats, revision });
    p.process(app);

    Options o;
    bool ok = true;
    o.provisions = p.value(provisions).toLongLong(&ok);
    if (!ok || o.provisions < 100 || o.provisions > 5000000) {
        err() << "zanlink-bench: --provisions takes a number from 100 to 5000000" << Qt::endl;
        return 2;
    }
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << "zanlink-bench: --seed takes a non-negative number" << Qt::endl;
        return 2;
    }
    o.repeats = p.value(repeats).toInt(&ok);
    if (!ok || o.repeats < 1) {
        err() << "zanlink-bench: --repeats takes a positive number" << Qt::endl;
        return 2;
    }
    o.out = p.value(out);
    o.library = p.value(library);
    o.revision = p.value(revision);
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        o.loadAtStart = QString::fromUtf8(load.readAll()).section(u' ', 0, 2);
    o.workdir = p.isSet(workdir)
        ? p.value(workdir)
        : QDir::temp().filePath(QStringLiteral("zanlink-bench-%1").arg(QCoreApplication::applicationPid()));
    if (!o.library.isEmpty() && !QFileInfo::exists(o.library)) {
        err() << "zanlink-bench: no library at " << o.library << Qt::endl;
        return 2;
    }
    return run(o);
}
