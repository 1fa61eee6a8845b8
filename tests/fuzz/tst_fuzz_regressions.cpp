// Every file in tests/fixtures/fuzz/<target>/ goes through the entry point of
// the fuzz target of that name (fuzz/fuzz_<target>.cpp) and must come back
// normally, with a result or a clear error, within the fuzzers' 10 s. The
// text targets read the first byte as the language (% 3: kk, ru, en) or mode.

#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "importer/decode.h"
#include "importer/importer.h"
#include "importer/numbering_grammar.h"
#include "importer/plain_text_blocks.h"
#include "refs/act_directory.h"
#include "refs/act_mentions.h"
#include "refs/quick_open.h"
#include "refs/reference_finder.h"
#include "text/fts_tokenizer.h"
#include "text/search_folding.h"
#include "text/search_key.h"
#include "text/search_query.h"
#include "text/sentence.h"
#include "text/word_breaker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace zanlink;

namespace {

constexpr qint64 kTimeLimitMs = 10000;

QString fuzzFixtures(const QString& target)
{
    return QStringLiteral(ZANLINK_TEST_FIXTURES "/fuzz/") + target;
}

void addFiles(const QString& target)
{
    QTest::addColumn<QString>("path");
    const QDir dir(fuzzFixtures(target));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    if (names.isEmpty())
        QTest::newRow("none") << QString();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Language languageOf(char b)
{
    switch (static_cast<unsigned char>(b) % 3) {
    case 0:
        return Language::Kk;
    case 1:
        return Language::Ru;
    default:
        return Language::En;
    }
}

#define FETCH_INPUT()                                                                                                  \
    QFETCH(QString, path);                                                                                             \
    if (path.isEmpty())                                                                                                \
        QSKIP("no inputs for this target");                                                                            \
    const QByteArray input = readAll(path);                                                                            \
    QElapsedTimer timer;                                                                                               \
    timer.start()

#define CHECK_TIME() QVERIFY2(timer.elapsed() < kTimeLimitMs, qPrintable(QString::number(timer.elapsed()) + u" ms"))

bool spansInside(const QList<Reference>& refs, const QString& text)
{
    for (const Reference& r : refs) {
        if (r.start < 0 || r.length < 0 || r.start + r.length > text.size())
            return false;
        for (const ReferenceTarget& t : r.targets) {
            if (t.start < 0 || t.length < 0 || t.start + t.length > text.size())
                return false;
        }
    }
    return true;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void htmlImport_data() { addFiles(QStringLiteral("html_import")); }
    void htmlImport()
    {
        FETCH_INPUT();
        ImportRequest req;
        req.path = QStringLiteral("page.html");
        req.kind = SourceKind::AdiletHtml;
        ImportError error;
        const std::optional<ImportOutcome> out = readBytes(input, req, &error);
        CHECK_TIME();
        QVERIFY(out ? out->editions.size() == 1 : !error.message.isEmpty());
        if (!out) {
            QCOMPARE(error.file, QStringLiteral("page.html"));
            qInfo().noquote() << error.toString();
        }
    }

    void numbering_data() { addFiles(QStringLiteral("numbering")); }
    void numbering()
    {
        FETCH_INPUT();
        QVERIFY(!input.isEmpty());
        ImportRequest req;
        req.path = QStringLiteral("act.txt");
        req.kind = SourceKind::PlainText;
        req.language = languageOf(input.at(0));
        req.actId = QStringLiteral("Z9900000001");
        ImportError error;
        const std::optional<ImportOutcome> out = readBytes(input.mid(1), req, &error);
        (void)detectLanguage(plainTextBlocks(decodeText(input.mid(1))).blocks);
        CHECK_TIME();
        QVERIFY(out || !error.message.isEmpty());
        if (!out)
            qInfo().noquote() << error.toString();
    }

    void docxImport_data() { addFiles(QStringLiteral("docx_import")); }
    void docxImport()
    {
        FETCH_INPUT();
        ImportRequest req;
        req.path = QStringLiteral("act.docx");
        req.kind = SourceKind::Docx;
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError error;
        const std::optional<ImportOutcome> out = readBytes(input, req, &error);
        CHECK_TIME();
        QVERIFY(out || !error.message.isEmpty());
        if (!out)
            qInfo().noquote() << error.toString();
    }

    void refs_data() { addFiles(QStringLiteral("refs")); }
    void refs()
    {
        FETCH_INPUT();
        QVERIFY(!input.isEmpty());
        static const ActDirectory acts = [] {
            ActDirectory a = ActDirectory::fromCatalogue();
            a.setDerivesIds(true);
            return a;
        }();
        const Language lang = languageOf(input.at(0));
        const QString text = QString::fromUtf8(input.mid(1));
        ReferenceContext ctx;
        ctx.actId = QStringLiteral("Z9900000003");
        ctx.language = lang;
        ctx.provisionKey = QStringLiteral("2/1");
        QVERIFY(spansInside(findReferences(text, ctx, acts), text));
        QVERIFY(spansInside(findReferencesInFreeText(text, lang, acts), text));
        for (const ActMention& m : findActMentions(text, acts))
            QVERIFY(m.start >= 0 && m.length >= 0 && m.start + m.length <= text.size());
        (void)parseQuickOpen(text.left(256), acts);
        CHECK_TIME();
    }

    void searchQuery_data() { addFiles(QStringLiteral("search_query")); }
    void searchQuery()
    {
        FETCH_INPUT();
        QVERIFY(!input.isEmpty());
        const uchar mode = static_cast<uchar>(input.at(0));
        const QString text = QString::fromUtf8(input.mid(1));
        const SearchQuery q = parseSearchQuery(text, mode & 1);
        QVERIFY(q.words.size() <= kMaxQueryWords);
        QCOMPARE(q.isEmpty(), q.words.isEmpty());
        QVERIFY(q.isEmpty() ? !q.message.isEmpty() : true);
        qInfo().noquote() << q.matchExpression.left(120) << u'|' << q.message;
        const SearchKeyMaker keys(languageOf(static_cast<char>(mode >> 1)));
        for (const WordSpan& w : wordSpans(text)) {
            QVERIFY(w.start >= 0 && w.length > 0 && w.end() <= text.size());
            const QString word = normaliseText(text.mid(w.start, w.length));
            if (isLatinWord(word))
                (void)kazakhLatinToCyrillic(word);
            (void)keys.key(word, true);
        }
        for (int s : sentenceStarts(text))
            QVERIFY(s >= 0 && s <= text.size());
        CHECK_TIME();
    }

    void searchTokenizer_data() { addFiles(QStringLiteral("search_tokenizer")); }
    void searchTokenizer()
    {
        FETCH_INPUT();
        QVERIFY(!input.isEmpty());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
        QString error;
        QVERIFY2(registerSearchTokenizer(db, &error), qPrintable(error));
        const QByteArray lang = QByteArray("kk ru en").split(' ').at(static_cast<uchar>(input.at(0)) % 3);
        QCOMPARE(
            sqlite3_exec(db,
                QByteArray("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'zanlink " + lang + "')").constData(),
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t(text) VALUES (?1)", -1, &st, nullptr), SQLITE_OK);
        sqlite3_bind_text(st, 1, input.constData() + 1, static_cast<int>(input.size() - 1), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
        const SearchQuery q = parseSearchQuery(QString::fromUtf8(input.mid(1)), (input.at(0) & 4) != 0);
        if (!q.isEmpty()) {
            QCOMPARE(
                sqlite3_prepare_v2(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1", -1, &st, nullptr),
                SQLITE_OK);
            const QByteArray expr = q.matchExpression.toUtf8();
            sqlite3_bind_text(st, 1, expr.constData(), static_cast<int>(expr.size()), SQLITE_TRANSIENT);
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) { }
            sqlite3_finalize(st);
            QVERIFY2(rc == SQLITE_DONE, qPrintable(QString::fromUtf8(sqlite3_errmsg(db)) + u": " + q.matchExpression));
        }
        CHECK_TIME();
    }

    void caseBundle_data() { addFiles(QStringLiteral("case_bundle")); }
    void caseBundle()
    {
        FETCH_INPUT();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundlePath = dir.filePath(QStringLiteral("input.zlcase"));
        QFile f(bundlePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(input);
        f.close();
        QString error;
        const std::optional<BundleContents> contents = readBundle(bundlePath, &error);
        if (!contents) {
            QVERIFY(!error.isEmpty());
            qInfo().noquote() << error;
            CHECK_TIME();
            return;
        }
        CaseStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("cases.sqlite")), &error), qPrintable(error));
        const std::optional<qint64> id = importCase(store, bundlePath, &error);
        QVERIFY(id || !error.isEmpty());
        CHECK_TIME();
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
