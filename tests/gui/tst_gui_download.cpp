// The reader's download from Adilet against a local server: the page is
// imported and opened; the script-only shell, a stalled answer and a cancel
// give the user a clear message and leave the library unchanged.
#include "../store/test_http_server.h"
#include "importer/adilet_fetcher.h"
#include "main_window.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zanlink;

class TestGuiDownload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QSettings().clear();
    }

    void init()
    {
        UserPrompts::shownMessages().clear();
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots()));
        m_server->setRoute("/rus/docs/Z040000567_", TestHttpServer::page(TestHttpServer::legacyActPage(QStringLiteral("Z040000567_"))));
        m_server->setRoute("/kaz/docs/Z040000567_", TestHttpServer::page(TestHttpServer::scriptOnlyShell()));
        m_server->setRoute("/eng/docs/Z040000567_", TestHttpServer::stall());
    }

    void cleanup() { m_server.reset(); }

    void downloadedPageIsImportedAndOpened()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("a.sqlite")));
        w.show();
        w.fetcher().setBaseUrl(m_server->baseUrl());
        w.startDownload(QStringLiteral("Z040000567_"), Language::Ru);
        QVERIFY(w.findChild<QProgressDialog*>(QStringLiteral("downloadProgress")));
        QTRY_VERIFY_WITH_TIMEOUT(w.store().latestEdition(QStringLiteral("Z040000567_"), Language::Ru).has_value(), 5000);
        QCOMPARE(w.location().actId, QStringLiteral("Z040000567_"));
        QTRY_VERIFY(!w.findChild<QProgressDialog*>(QStringLiteral("downloadProgress")));
        QVERIFY(UserPrompts::shownMessages().isEmpty());
    }

    void scriptOnlyShellExplainsHowToSaveThePage()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("b.sqlite")));
        w.fetcher().setBaseUrl(m_server->baseUrl());
        w.startDownload(QStringLiteral("Z040000567_"), Language::Kk);
        QTRY_COMPARE_WITH_TIMEOUT(UserPrompts::shownMessages().size(), 1, 5000);
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("script-only")));
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("Ctrl+S")));
        QVERIFY(w.store().actIds().isEmpty());
    }

    void stalledServerTimesOut()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("c.sqlite")));
        w.fetcher().setBaseUrl(m_server->baseUrl());
        w.fetcher().setTimeout(500);
        w.startDownload(QStringLiteral("Z040000567_"), Language::En);
        QTRY_COMPARE_WITH_TIMEOUT(UserPrompts::shownMessages().size(), 1, 5000);
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("did not answer")));
        QVERIFY(w.store().actIds().isEmpty());
    }

    void cancelStopsTheDownload()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("d.sqlite")));
        w.fetcher().setBaseUrl(m_server->baseUrl());
        w.startDownload(QStringLiteral("Z040000567_"), Language::En);
        auto* progress = w.findChild<QProgressDialog*>(QStringLiteral("downloadProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(w.fetcher().isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->paths().contains("/eng/docs/Z040000567_"), 5000);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(UserPrompts::shownMessages().size(), 1, 5000);
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("cancelled")));
        QVERIFY(w.store().actIds().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_server;
};

QTEST_MAIN(TestGuiDownload)
#include "tst_gui_download.moc"
