// The download queue against a local fictional server: a list of documents
// fetched one at a time and stored as each arrives; a failure named with its
// act, language and reason while the rest go on; cancel drops the document in
// progress and keeps the finished ones; a page stored before counts as already
// present. The pages are the fictional act of tests/fixtures/adilet under the
// catalogue's ids.
#include "../store/test_http_server.h"
#include "corpus/catalogue.h"
#include "importer/download_queue.h"
#include "store/library_store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

const QString kPlatforms = QStringLiteral("Z2300000018");
const QString kCommunications = QStringLiteral("Z040000567_");
const QString kChildren = QStringLiteral("Z1800000169");

// The fictional act's page in `lang`, as the page of `actId`.
QByteArray fictionalPage(const QString& actId, Language lang)
{
    QFile f(QStringLiteral(ZANLINK_TEST_FIXTURES "/adilet/%1_Z9900000001.html").arg(languageCode(lang)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().replace("Z9900000001", actId.toUtf8());
}

QByteArray pathOf(const DownloadItem& item)
{
    return (u'/' + adiletPathSegment(item.language) + u"/docs/" + item.actId).toUtf8();
}

EditionSink sinkInto(LibraryStore& store)
{
    return [&store](const QList<ActEdition>& editions) {
        StoreOutcome out;
        const std::optional<QList<StoreReport>> reports = store.addEditions(editions, &out.error);
        if (!reports)
            return out;
        out.ok = true;
        out.alreadyPresent = !reports->isEmpty();
        for (const StoreReport& r : *reports) {
            out.alreadyPresent = out.alreadyPresent && r.alreadyPresent;
            out.provisions += r.provisions;
        }
        return out;
    };
}

} // namespace

class TestDownloadQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots()));
        for (const DownloadItem& item : DownloadQueue::missionItems())
            m_server->setRoute(pathOf(item), TestHttpServer::page(fictionalPage(item.actId, item.language)));
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_run)), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
    }

    void missionItemsAreTheThreeLawsInThreeLanguages()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        QCOMPARE(items.size(), 9);
        for (const QString& act : { kPlatforms, kCommunications, kChildren }) {
            QVERIFY(Catalogue::builtin().byId(act)->mission);
            for (Language lang : kAllLanguages)
                QVERIFY(items.contains(DownloadItem { act, lang }));
        }
    }

    void allDocumentsAreImportedOneAtATime()
    {
        DownloadQueue queue(sinkInto(*m_store));
        queue.setPause(0);
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy started(&queue, &DownloadQueue::itemStarted);
        QSignalSpy done(&queue, &DownloadQueue::itemFinished);
        QSignalSpy progress(&queue, &DownloadQueue::progress);
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        QVERIFY(m_server->requests().isEmpty()); // nothing leaves before start()
        QVERIFY(queue.start(items));
        QVERIFY(queue.isRunning());
        QVERIFY(!queue.start(items)); // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!queue.isRunning());

        const DownloadSummary summary = queue.summary();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.count(DownloadState::Imported), 9);
        QVERIFY(summary.bytes() > 0);
        QCOMPARE(started.size(), 9);
        QCOMPARE(done.size(), 9);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(started.at(i).at(0).toInt(), i);
            QVERIFY(summary.results.at(i).provisions > 0);
        }
        // Bytes were reported for the last document, with its place in the list.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 8);
        QCOMPARE(progress.last().at(1).toInt(), 9);
        QVERIFY(progress.last().at(2).toLongLong() > 0);

        for (const DownloadItem& item : items)
            QVERIFY2(m_store->latestEdition(item.actId, item.language).has_value(), qPrintable(item.actId));
        // Polite: robots.txt once, then the pages in order, never two at once.
        QList<QByteArray> expected { "/robots.txt" };
        for (const DownloadItem& item : items)
            expected << pathOf(item);
        QCOMPARE(m_server->paths(), expected);
        QCOMPARE(m_server->maxInFlight(), 1);
    }

    void failuresAreNamedAndTheRestGoOn()
    {
        m_server->setRoute(pathOf({ kCommunications, Language::Kk }), TestHttpServer::page("<html>gone</html>", 404));
        QFile garbage(QStringLiteral(ZANLINK_TEST_FIXTURES "/broken/not_an_act.html"));
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        m_server->setRoute(pathOf({ kPlatforms, Language::Ru }), TestHttpServer::page(garbage.readAll()));

        DownloadQueue queue(sinkInto(*m_store));
        queue.setPause(0);
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QVERIFY(queue.start(DownloadQueue::missionItems()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

        const DownloadSummary summary = queue.summary();
        QCOMPARE(summary.count(DownloadState::Imported), 7);
        QCOMPARE(summary.count(DownloadState::Failed), 2);
        for (const DownloadResult& r : summary.results) {
            const bool missing = r.item == DownloadItem { kCommunications, Language::Kk };
            const bool notAnAct = r.item == DownloadItem { kPlatforms, Language::Ru };
            QCOMPARE(r.state, missing || notAnAct ? DownloadState::Failed : DownloadState::Imported);
            QCOMPARE(m_store->latestEdition(r.item.actId, r.item.language).has_value(), !missing && !notAnAct);
            if (missing) {
                QCOMPARE(r.failure, FetchFailure::HttpError);
                QVERIFY2(r.error.contains(u"404"), qPrintable(r.error));
                QVERIFY2(r.describe().startsWith(kCommunications + u" (kk): "), qPrintable(r.describe()));
            }
            if (notAnAct) {
                QCOMPARE(r.failure, FetchFailure::None); // the page came; reading it failed
                QVERIFY(!r.error.isEmpty());
                QVERIFY2(r.describe().startsWith(kPlatforms + u" (ru): "), qPrintable(r.describe()));
            }
        }
    }

    void aStoreErrorIsNamedToo()
    {
        LibraryStore& store = *m_store;
        DownloadQueue queue([&store](const QList<ActEdition>& editions) {
            if (editions.first().actId == kChildren) {
                StoreOutcome refused;
                refused.error = QStringLiteral("disk full (fictional)");
                return refused;
            }
            return sinkInto(store)(editions);
        });
        queue.setPause(0);
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QVERIFY(queue.start({ { kChildren, Language::En }, { kCommunications, Language::En } }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(queue.results().at(0).state, DownloadState::Failed);
        QCOMPARE(queue.results().at(0).describe(), QString(kChildren + u" (en): disk full (fictional)"));
        QCOMPARE(queue.results().at(1).state, DownloadState::Imported);
    }

    void cancelDropsTheDocumentInProgressAndKeepsTheFinished()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        m_server->setRoute(pathOf(items.at(3)), TestHttpServer::stall());
        DownloadQueue queue(sinkInto(*m_store));
        queue.setPause(0);
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QVERIFY(queue.start(items));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->paths().contains(pathOf(items.at(3))), 10000);
        QCOMPARE(queue.currentIndex(), 3);
        QCOMPARE(queue.results().at(3).state, DownloadState::Downloading);
        queue.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!queue.isRunning());

        const DownloadSummary summary = queue.summary();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.count(DownloadState::Imported), 3);
        QCOMPARE(summary.count(DownloadState::Cancelled), 6);
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(summary.results.at(i).state, i < 3 ? DownloadState::Imported : DownloadState::Cancelled);
            QCOMPARE(m_store->latestEdition(items.at(i).actId, items.at(i).language).has_value(), i < 3);
        }
        // Nothing after the cancelled document was asked for.
        for (int i = 4; i < items.size(); ++i)
            QVERIFY(!m_server->paths().contains(pathOf(items.at(i))));
    }

    void cancelDuringThePauseStopsBeforeTheNext()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        DownloadQueue queue(sinkInto(*m_store));
        queue.setPause(60 * 60 * 1000); // the next document waits for as long as the test needs
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy done(&queue, &DownloadQueue::itemFinished);
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QVERIFY(queue.start(items));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        queue.cancel();
        QCOMPARE(finished.size(), 1); // nothing in flight: the run ends at once
        QCOMPARE(queue.summary().count(DownloadState::Imported), 1);
        QCOMPARE(queue.summary().count(DownloadState::Cancelled), 8);
        QCOMPARE(m_server->paths(), (QList<QByteArray> { "/robots.txt", pathOf(items.first()) }));
    }

    void aPageStoredBeforeIsAlreadyPresent()
    {
        const QList<DownloadItem> items { { kCommunications, Language::Ru }, { kCommunications, Language::Kk } };
        DownloadQueue queue(sinkInto(*m_store));
        queue.setPause(0);
        queue.fetcher().setBaseUrl(m_server->baseUrl());
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QVERIFY(queue.start({ items.first() }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(queue.results().at(0).state, DownloadState::Imported);

        QVERIFY(queue.start(items));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        const DownloadSummary summary = queue.summary();
        QCOMPARE(summary.results.size(), 2);
        QCOMPARE(summary.results.at(0).state, DownloadState::AlreadyPresent);
        QVERIFY(summary.results.at(0).provisions > 0);
        QCOMPARE(summary.results.at(1).state, DownloadState::Imported);
        QCOMPARE(m_store->editions(kCommunications).size(), 2); // no second copy of the ru text
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<LibraryStore> m_store;
};

QTEST_MAIN(TestDownloadQueue)
#include "tst_download_queue.moc"
