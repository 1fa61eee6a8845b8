// Tests of the Adilet downloader against a local fictional server.
#include "importer/adilet_fetcher.h"
#include "importer/importer.h"
#include "test_http_server.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace zanlink;

Q_DECLARE_METATYPE(zanlink::FetchFailure)

namespace {
const QString kAct = QStringLiteral("Z9900000001");
const QString kStall = QStringLiteral("Z9900000002");
const QString kMissing = QStringLiteral("Z9900000003");
const QString kShell = QStringLiteral("Z9900000004");
const QString kToApi = QStringLiteral("Z9900000005");
const QString kEmpty = QStringLiteral("Z9900000006");
} // namespace

class TestFetcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void downloadsLegacyPage();
    void robotsAskedOncePerSite();
    void timesOut();
    void notFoundIsHttpError();
    void scriptOnlyShell();
    void emptyAnswerIsAnError();
    void robotsDisallowed();
    void robotsServerErrorDisallows();
    void robotsOfAnotherSiteAreNotReused();
    void busyWhileRunning();
    void cancel();
    void redirectToApiIsNotFollowed();
    void redirectWithinSiteIsFollowed();
    void insecureUrlRefusedWithoutNetwork();
    void invalidIdRefusedWithoutNetwork();
    void closedPortIsOffline();

private:
    void checkPolite(const TestHttpServer& server);
    TestHttpServer* m_server = nullptr;
};

void TestFetcher::initTestCase()
{
    qRegisterMetaType<zanlink::FetchFailure>();
}

void TestFetcher::init()
{
    m_server = new TestHttpServer;
    QVERIFY(m_server->listen());
    m_server->setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots(), 200));
    m_server->setRoute("/robots.txt", [] {
        TestRoute r = TestHttpServer::page(TestHttpServer::robots());
        r.contentType = "text/plain";
        return r;
    }());
    m_server->setRoute("/rus/docs/" + kAct.toLatin1(), TestHttpServer::page(TestHttpServer::legacyActPage(kAct)));
    m_server->setRoute("/kaz/docs/" + kAct.toLatin1(), TestHttpServer::page(TestHttpServer::legacyActPage(kAct)));
    m_server->setRoute("/rus/docs/" + kStall.toLatin1(), TestHttpServer::stall());
    m_server->setRoute("/rus/docs/" + kShell.toLatin1(), TestHttpServer::page(TestHttpServer::scriptOnlyShell()));
    m_server->setRoute("/rus/docs/" + kToApi.toLatin1(), TestHttpServer::redirect("/api/documents/" + kToApi.toLatin1()));
    m_server->setRoute("/api/documents/" + kToApi.toLatin1(), TestHttpServer::page("{\"text\":\"fictional\"}"));
    m_server->setRoute("/rus/docs/" + kEmpty.toLatin1(), TestHttpServer::page(QByteArray()));
}

void TestFetcher::cleanup()
{
    if (m_server)
        checkPolite(*m_server);
    delete m_server;
    m_server = nullptr;
}

// What every exchange with a site must respect.
void TestFetcher::checkPolite(const TestHttpServer& server)
{
    for (const TestRequest& r : server.requests()) {
        QVERIFY2(!r.path.startsWith("/api/"), r.path.constData());
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY2(r.headers.value("user-agent").contains("ZanLink"), r.headers.value("user-agent").constData());
    }
    QVERIFY(server.maxInFlight() <= 1);
}

void TestFetcher::downloadsLegacyPage()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    QCOMPARE(f.pageUrl(kAct, Language::Kk), QUrl(m_server->baseUrl().toString() + u"/kaz/docs/" + kAct));
    QSignalSpy done(&f, &AdiletFetcher::finished);
    FetchFailure failure = FetchFailure::Cancelled;
    QString message;
    const QByteArray page = f.fetchBlocking(kAct, Language::Ru, &failure, &message);
    QCOMPARE(failure, FetchFailure::None);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QCOMPARE(page, TestHttpServer::legacyActPage(kAct));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).toUrl(), f.pageUrl(kAct, Language::Ru));
    QCOMPARE(m_server->paths(), (QList<QByteArray>{"/robots.txt", "/rus/docs/" + kAct.toLatin1()}));
    QVERIFY(!f.isBusy());
    QVERIFY(AdiletFetcher::userAgent().startsWith(u"ZanLink/"));

    // The page is a legacy page the importer reads.
    ImportRequest req;
    req.path = f.pageUrl(kAct, Language::Ru).toString();
    req.language = Language::Ru;
    req.actId = kAct;
    req.kind = SourceKind::AdiletHtml;
    ImportError error;
    const auto outcome = readBytes(page, req, &error);
    QVERIFY2(outcome, qPrintable(error.toString()));
    QCOMPARE(outcome->editions.size(), 1);
    QCOMPARE(outcome->editions.first().editionDate, QDate(2024, 2, 1));
}

void TestFetcher::robotsAskedOncePerSite()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(!f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QVERIFY(!f.fetchBlocking(kAct, Language::Kk, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::None);
    QCOMPARE(m_server->paths(), (QList<QByteArray>{"/robots.txt", "/rus/docs/" + kAct.toLatin1(),
                                                   "/kaz/docs/" + kAct.toLatin1()}));
}

void TestFetcher::timesOut()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(1000);
    QElapsedTimer t;
    t.start();
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kStall, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::TimedOut);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(message.contains(u"did not answer"), qPrintable(message));
    QVERIFY2(!message.contains(u"within 0 "), qPrintable(message));
    QVERIFY(!f.isBusy());
}

void TestFetcher::notFoundIsHttpError()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kMissing, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::HttpError);
    QVERIFY2(message.contains(u"404"), qPrintable(message));
    QVERIFY2(message.contains(kMissing), qPrintable(message));
}

void TestFetcher::scriptOnlyShell()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kShell, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::ScriptOnlyShell);
    QVERIFY2(message.contains(u"save"), qPrintable(message));
}

void TestFetcher::emptyAnswerIsAnError()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    QSignalSpy done(&f, &AdiletFetcher::finished);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kEmpty, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::HttpError);
    QVERIFY2(message.contains(u"empty"), qPrintable(message));
    QCOMPARE(done.size(), 0);
}

void TestFetcher::robotsDisallowed()
{
    m_server->setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots("/rus/docs/")));
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::RobotsDisallowed);
    QVERIFY2(message.contains(u"robots.txt"), qPrintable(message));
    QCOMPARE(m_server->paths(), QList<QByteArray>{"/robots.txt"});
    // Another language is still allowed, from the remembered robots.txt.
    QVERIFY(!f.fetchBlocking(kAct, Language::Kk, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::None);
    QCOMPARE(m_server->paths(), (QList<QByteArray>{"/robots.txt", "/kaz/docs/" + kAct.toLatin1()}));
}

void TestFetcher::robotsServerErrorDisallows()
{
    m_server->setRoute("/robots.txt", TestHttpServer::page("oops", 503));
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::RobotsDisallowed);
    QVERIFY2(message.contains(u"503"), qPrintable(message));
    QCOMPARE(m_server->paths(), QList<QByteArray>{"/robots.txt"});
}

void TestFetcher::robotsOfAnotherSiteAreNotReused()
{
    TestHttpServer strict;
    QVERIFY(strict.listen());
    strict.setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots("/rus/")));
    strict.setRoute("/rus/docs/" + kAct.toLatin1(), TestHttpServer::page(TestHttpServer::legacyActPage(kAct)));
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(!f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    f.setBaseUrl(strict.baseUrl());
    QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::RobotsDisallowed);
    QCOMPARE(strict.paths(), QList<QByteArray>{"/robots.txt"});
    checkPolite(strict);
}

void TestFetcher::busyWhileRunning()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    QSignalSpy failed(&f, &AdiletFetcher::failed);
    f.fetch(kStall, Language::Ru);
    QVERIFY(f.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->paths().size(), 2, 2000); // robots, then the stalled page
    f.fetch(kAct, Language::Ru);
    QCOMPARE(failed.size(), 1); // at once, without a request
    QCOMPARE(failed.first().at(0).value<FetchFailure>(), FetchFailure::Busy);
    QVERIFY(f.isBusy());
    QTest::qWait(100);
    QCOMPARE(m_server->paths().size(), 2);
    QCOMPARE(m_server->maxInFlight(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
    QCOMPARE(failed.at(1).at(0).value<FetchFailure>(), FetchFailure::TimedOut);
    QVERIFY(!f.isBusy());
}

void TestFetcher::cancel()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(10000);
    QSignalSpy failed(&f, &AdiletFetcher::failed);
    QSignalSpy done(&f, &AdiletFetcher::finished);
    f.fetch(kStall, Language::Ru);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->paths().size(), 2, 2000);
    QVERIFY(f.isBusy());
    f.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 1000);
    QCOMPARE(failed.first().at(0).value<FetchFailure>(), FetchFailure::Cancelled);
    QVERIFY(!f.isBusy());
    QCOMPARE(done.size(), 0);
    // The next download works.
    FetchFailure failure;
    QString message;
    QVERIFY(!f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::None);
    QCOMPARE(failed.size(), 1);
}

void TestFetcher::redirectToApiIsNotFollowed()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kToApi, Language::Ru, &failure, &message).isEmpty());
    QVERIFY(failure != FetchFailure::None);
    QVERIFY2(message.contains(u"/api/"), qPrintable(message));
    // cleanup() checks that /api/ was never asked for.
}

void TestFetcher::redirectWithinSiteIsFollowed()
{
    m_server->setRoute("/rus/docs/Z9900000007", TestHttpServer::redirect("/rus/docs/" + kAct.toLatin1()));
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QCOMPARE(f.fetchBlocking(QStringLiteral("Z9900000007"), Language::Ru, &failure, &message),
             TestHttpServer::legacyActPage(kAct));
    QCOMPARE(failure, FetchFailure::None);
    QCOMPARE(m_server->paths().last(), "/rus/docs/" + kAct.toLatin1());
}

void TestFetcher::insecureUrlRefusedWithoutNetwork()
{
    AdiletFetcher f;
    QCOMPARE(f.baseUrl(), QUrl(QStringLiteral("https://old.adilet.zan.kz")));
    f.setBaseUrl(QUrl(QStringLiteral("http://example.org")));
    QSignalSpy failed(&f, &AdiletFetcher::failed);
    f.fetch(kAct, Language::Ru);
    // Refused synchronously: no request was even started.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<FetchFailure>(), FetchFailure::InsecureUrl);
    QVERIFY(failed.first().at(1).toString().contains(u"HTTPS"));
    QVERIFY(!f.isBusy());
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::InsecureUrl);
    // Other schemes, and HTTP to a name that only looks local, are refused too.
    for (const char* base : {"ftp://127.0.0.1", "http://localhost.example.org", "http://127.0.0.1.example.org",
                             "file:///tmp"}) {
        f.setBaseUrl(QUrl(QString::fromLatin1(base)));
        QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
        QVERIFY2(failure == FetchFailure::InsecureUrl, base);
    }
}

void TestFetcher::invalidIdRefusedWithoutNetwork()
{
    AdiletFetcher f;
    f.setBaseUrl(m_server->baseUrl());
    for (const char* id : {"../api/documents", "Z9900000001/../../api", "", "Z9900000001\n"}) {
        FetchFailure failure = FetchFailure::None;
        QString message;
        QVERIFY(f.fetchBlocking(QString::fromLatin1(id), Language::Ru, &failure, &message).isEmpty());
        QVERIFY2(failure != FetchFailure::None, id);
        QVERIFY(!message.isEmpty());
    }
    QVERIFY(m_server->requests().isEmpty());
}

void TestFetcher::closedPortIsOffline()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    AdiletFetcher f;
    f.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    f.setTimeout(2000);
    FetchFailure failure;
    QString message;
    QVERIFY(f.fetchBlocking(kAct, Language::Ru, &failure, &message).isEmpty());
    QCOMPARE(failure, FetchFailure::Offline);
    QVERIFY2(message.contains(u"cannot be reached"), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
