// Tests of zanlink-cli, run as a separate process. The act texts are
// fictional, written into a temporary folder by the test.
#include "store/library_store.h"
#include "test_http_server.h"

#include "corpus/catalogue.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zanlink;

namespace {

const QString kAct = QStringLiteral("Z9900000001");

// A fictional act in plain text, as copied from a page.
const char kFictionalAct[] = "ВЫМЫШЛЕННЫЙ ЗАКОН ДЛЯ ТЕСТОВ (fictional text, not a real act)\n"
                             "Глава 1. ВЫМЫШЛЕННЫЕ ПОЛОЖЕНИЯ\n"
                             "Статья 1. Предмет\n"
                             "1. Этот вымышленный закон регулирует тестовые отношения.\n"
                             "2. Второй пункт вымышленного закона.\n"
                             "Статья 2. Понятия\n"
                             "1. В вымышленном законе используются понятия:\n"
                             "1) первое вымышленное понятие;\n"
                             "2) второе вымышленное понятие.\n"
                             "2. Пункт с апострофом ' и «кавычками».\n";

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actsListsTheCatalogue();
    void importThenShow();
    void showJson();
    void reimportChangesNothing();
    void fetchFromLocalServer();
    void fetchFailuresLeaveLibraryAlone();
    void badInput_data();
    void badInput();

private:
    // Runs the CLI without blocking the event loop (the test's server runs on it).
    Run run(const QStringList& args, int timeoutMs = 20000);
    QString db() const { return m_dir->filePath(QStringLiteral("lib/library.sqlite")); }
    QString writeFile(const QString& name, const QByteArray& bytes);
    // A digest of every row of the library.
    QByteArray libraryDigest();
    void importFictional();
    QTemporaryDir* m_dir = nullptr;
};

void TestCli::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ZANLINK_CLI)), ZANLINK_CLI);
}

void TestCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

Run TestCli::run(const QStringList& args, int timeoutMs)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(ZANLINK_CLI), args);
    timer.start(timeoutMs);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        r.err = QStringLiteral("(timed out)");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCli::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QByteArray TestCli::libraryDigest()
{
    if (!QFile::exists(db()))
        return QByteArrayLiteral("no library");
    Database d;
    if (!d.open(db(), false))
        return "cannot open: " + d.lastError().toUtf8();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char16_t* sql :
         {u"SELECT id, first_seen FROM acts ORDER BY id",
          u"SELECT id, act_id, lang, edition_date, title, content_hash, imported_at FROM editions ORDER BY id",
          u"SELECT id, edition_id, parent_id, ord, depth, kind, key, number, heading, text, anchor, change_mark "
          u"FROM provisions ORDER BY id",
          u"SELECT id, provision_id, ord, kind, text, links FROM provision_notes ORDER BY id"}) {
        Statement s = d.prepare(QString::fromUtf16(sql));
        if (!s.isValid())
            return "bad query: " + d.lastError().toUtf8();
        int rows = 0;
        while (s.next()) {
            ++rows;
            for (int c = 0; c < 12; ++c)
                h.addData((s.text(c) + u'\x1f').toUtf8());
        }
        h.addData(QByteArray::number(rows));
    }
    return h.result().toHex();
}

void TestCli::importFictional()
{
    const QString file = writeFile(QStringLiteral("fictional.txt"), kFictionalAct);
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("import"), file, QStringLiteral("--lang"),
                       QStringLiteral("ru"), QStringLiteral("--act"), kAct});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(kAct + u" ru"), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"provisions imported"), qPrintable(r.out));
}

void TestCli::actsListsTheCatalogue()
{
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("acts")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char* id : {"Z2300000018", "Z040000567_", "Z1800000169", "Z2400000093", "Z020000345_", "V2200029473"})
        QVERIFY2(r.out.contains(QString::fromLatin1(id)), id);
    QVERIFY(r.out.contains(u"18-VIII"));
    QVERIFY(r.out.contains(u"О связи"));
    QCOMPARE(r.out.count(u'\n'), Catalogue::builtin().acts().size()); // one line per known act
    QVERIFY(!r.out.contains(kAct));

    importFictional();
    const Run after = run({QStringLiteral("--db"), db(), QStringLiteral("acts")});
    QCOMPARE(after.code, 0);
    QCOMPARE(after.out.count(u'\n'), Catalogue::builtin().acts().size() + 1);
    const QStringList line = after.out.split(u'\n').filter(kAct);
    QCOMPARE(line.size(), 1);
    QVERIFY2(line.first().contains(u"ru date unknown"), qPrintable(line.first()));
    QVERIFY2(line.first().contains(u"kk -"), qPrintable(line.first()));
}

void TestCli::importThenShow()
{
    importFictional();
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("show"), kAct, QStringLiteral("2/1"),
                       QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n');
    // The citation first, with its language and the official link.
    QVERIFY2(lines.first().startsWith(u"п. 1 ст. 2 "), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"на русском языке"), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"https://adilet.zan.kz/rus/docs/" + kAct), qPrintable(lines.first()));
    QVERIFY2(!lines.first().contains(u"«»"), qPrintable(lines.first()));
    QVERIFY(r.out.contains(u"1. В вымышленном законе используются понятия:"));
    QVERIFY(r.out.contains(u"  1) первое вымышленное понятие;"));
    QVERIFY(r.out.contains(u"  2) второе вымышленное понятие."));
    QVERIFY(!r.out.contains(u"апострофом")); // paragraph 2 is not part of 2/1

    // Without --lang, and with the article key.
    const Run article = run({QStringLiteral("--db"), db(), QStringLiteral("show"), kAct, QStringLiteral("2")});
    QVERIFY2(article.code == 0, qPrintable(article.err));
    QVERIFY(article.out.contains(u"Статья 2. Понятия"));
    QVERIFY(article.out.contains(u"Пункт с апострофом ' и «кавычками»."));
}

void TestCli::showJson()
{
    importFictional();
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("show"), kAct, QStringLiteral("2/1"),
                       QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    QVERIFY2(!doc.isNull(), qPrintable(pe.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"act").toString(), kAct);
    QCOMPARE(o.value(u"key").toString(), QStringLiteral("2/1"));
    QCOMPARE(o.value(u"lang").toString(), QStringLiteral("ru"));
    QCOMPARE(o.value(u"url").toString(), u"https://adilet.zan.kz/rus/docs/" + kAct);
    QVERIFY(o.value(u"citation").toString().startsWith(u"п. 1 ст. 2 "));
    const QJsonArray list = o.value(u"provisions").toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(u"key").toString(), QStringLiteral("2/1"));
    QCOMPARE(list.at(0).toObject().value(u"kind").toString(), QStringLiteral("paragraph"));
    QCOMPARE(list.at(1).toObject().value(u"key").toString(), QStringLiteral("2/1/1"));
    QCOMPARE(list.at(2).toObject().value(u"text").toString(), QStringLiteral("второе вымышленное понятие."));
    QCOMPARE(list.at(2).toObject().value(u"change").toString(), QStringLiteral("unchanged"));
}

void TestCli::reimportChangesNothing()
{
    importFictional();
    const QByteArray before = libraryDigest();
    const QString file = m_dir->filePath(QStringLiteral("fictional.txt"));
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("import"), file, QStringLiteral("--lang"),
                       QStringLiteral("ru"), QStringLiteral("--act"), kAct});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"already in the library"), qPrintable(r.out));
    QCOMPARE(libraryDigest(), before);
}

void TestCli::fetchFromLocalServer()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots()));
    server.setRoute("/rus/docs/" + kAct.toLatin1(), TestHttpServer::page(TestHttpServer::legacyActPage(kAct, 5)));
    const Run r = run({QStringLiteral("--db"), db(), QStringLiteral("fetch"), kAct, QStringLiteral("--lang"),
                       QStringLiteral("ru"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                       QStringLiteral("--timeout"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(kAct + u" ru 2024-02-01"), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"provisions imported"), qPrintable(r.out));
    QCOMPARE(server.paths(), (QList<QByteArray>{"/robots.txt", "/rus/docs/" + kAct.toLatin1()}));
    for (const TestRequest& req : server.requests())
        QVERIFY(req.headers.value("user-agent").contains("ZanLink"));

    const Run show = run({QStringLiteral("--db"), db(), QStringLiteral("show"), kAct, QStringLiteral("5/3"),
                          QStringLiteral("--json")});
    QVERIFY2(show.code == 0, qPrintable(show.err));
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(u"edition_date").toString(), QStringLiteral("2024-02-01"));
    QVERIFY(o.value(u"provisions").toArray().first().toObject().value(u"text").toString().contains(u"Вымышленный"));
    QVERIFY2(o.value(u"url").toString().contains(u"#z"), qPrintable(o.value(u"url").toString()));

    // --edition overrides the page's date for a fetch too.
    const Run dated = run({QStringLiteral("--db"), db(), QStringLiteral("fetch"), kAct, QStringLiteral("--lang"),
                           QStringLiteral("ru"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                           QStringLiteral("--edition"), QStringLiteral("2024-03-15")});
    QVERIFY2(dated.code == 0, qPrintable(dated.err));
    QVERIFY2(dated.out.contains(kAct + u" ru 2024-03-15"), qPrintable(dated.out));
}

void TestCli::fetchFailuresLeaveLibraryAlone()
{
    importFictional();
    const QByteArray before = libraryDigest();
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots()));
    server.setRoute("/rus/docs/Z9900000004", TestHttpServer::page(TestHttpServer::scriptOnlyShell()));
    server.setRoute("/rus/docs/Z9900000002", TestHttpServer::stall());
    const QStringList common{QStringLiteral("--db"), db(), QStringLiteral("--lang"), QStringLiteral("ru"),
                             QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--timeout"),
                             QStringLiteral("1"), QStringLiteral("fetch")};
    Run r = run(common + QStringList{QStringLiteral("Z9900000003")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"404"), qPrintable(r.err));
    r = run(common + QStringList{QStringLiteral("Z9900000004")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"script-only"), qPrintable(r.err));
    r = run(common + QStringList{QStringLiteral("Z9900000002")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"did not answer"), qPrintable(r.err));
    r = run({QStringLiteral("--db"), db(), QStringLiteral("fetch"), kAct, QStringLiteral("--lang"), QStringLiteral("ru"),
             QStringLiteral("--base-url"), QStringLiteral("http://example.org")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"HTTPS"), qPrintable(r.err));
    QCOMPARE(libraryDigest(), before);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("problem"); // what stderr must name
    const QString missing = QStringLiteral("@DIR@/no-such-file.txt");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), missing, QStringLiteral("--lang"),
                                                 QStringLiteral("ru"), QStringLiteral("--act"), kAct}
                                  << QStringLiteral("no-such-file.txt");
    QTest::newRow("empty file") << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/empty.txt"),
                                               QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--act"),
                                               kAct}
                                << QStringLiteral("empty");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("acts");
    QTest::newRow("bad --lang import")
        << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/fictional.txt"), QStringLiteral("--lang"),
                       QStringLiteral("de"), QStringLiteral("--act"), kAct}
        << QStringLiteral("\"de\"");
    QTest::newRow("bad --lang show") << QStringList{QStringLiteral("show"), kAct, QStringLiteral("1"),
                                                    QStringLiteral("--lang"), QStringLiteral("xx")}
                                     << QStringLiteral("\"xx\"");
    QTest::newRow("bad --lang fetch") << QStringList{QStringLiteral("fetch"), kAct, QStringLiteral("--lang"),
                                                     QStringLiteral("fr")}
                                      << QStringLiteral("\"fr\"");
    QTest::newRow("no --lang import") << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/fictional.txt"),
                                                     QStringLiteral("--act"), kAct}
                                      << QStringLiteral("--lang");
    QTest::newRow("unknown act import")
        << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/fictional.txt"), QStringLiteral("--lang"),
                       QStringLiteral("ru"), QStringLiteral("--act"), QStringLiteral("nosuchact")}
        << QStringLiteral("nosuchact");
    QTest::newRow("unknown act show") << QStringList{QStringLiteral("show"), QStringLiteral("nosuchact"),
                                                     QStringLiteral("1")}
                                      << QStringLiteral("nosuchact");
    QTest::newRow("act not imported") << QStringList{QStringLiteral("show"), QStringLiteral("communications"),
                                                     QStringLiteral("41-1")}
                                      << QStringLiteral("Z040000567_");
    QTest::newRow("missing key") << QStringList{QStringLiteral("show"), kAct, QStringLiteral("99/9"),
                                                QStringLiteral("--lang"), QStringLiteral("ru")}
                                 << QStringLiteral("\"99/9\"");
    QTest::newRow("language not imported") << QStringList{QStringLiteral("show"), kAct, QStringLiteral("1"),
                                                          QStringLiteral("--lang"), QStringLiteral("kk")}
                                           << QStringLiteral("not in the library");
    QTest::newRow("show without key") << QStringList{QStringLiteral("show"), kAct} << QStringLiteral("KEY");
    QTest::newRow("bad --edition") << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/fictional.txt"),
                                                  QStringLiteral("--lang"), QStringLiteral("ru"),
                                                  QStringLiteral("--act"), kAct, QStringLiteral("--edition"),
                                                  QStringLiteral("01.02.2024")}
                                   << QStringLiteral("--edition");
    QTest::newRow("bad --timeout") << QStringList{QStringLiteral("fetch"), kAct, QStringLiteral("--lang"),
                                                  QStringLiteral("ru"), QStringLiteral("--timeout"),
                                                  QStringLiteral("soon")}
                                   << QStringLiteral("--timeout");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("acts"), QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("acts"), QStringLiteral("extra")}
                                    << QStringLiteral("extra");
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, problem);
    importFictional();
    writeFile(QStringLiteral("empty.txt"), QByteArray());
    const QByteArray before = libraryDigest();
    for (QString& a : args)
        a.replace(QStringLiteral("@DIR@"), m_dir->path());
    const Run r = run(QStringList{QStringLiteral("--db"), db()} + args);
    QVERIFY2(r.code > 0, qPrintable(QString::number(r.code) + u' ' + r.err));
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(libraryDigest(), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
