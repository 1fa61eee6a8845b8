// Offscreen tests of the first-run welcome: the language page switches the
// interface at once; the nine documents download from a local fictional
// server one at a time, a failing one shows its reason in its row while the
// others are imported and the act tree shows them; Cancel and Esc stop the run
// and keep what was finished; the welcome is offered once at the first start
// with an empty library, never with acts in it, and Help ▸ Welcome… opens it
// any time; import and workshop pack go to the existing paths.
// With ZANLINK_SCREENSHOT_DIR set, the pages are saved there in kk, ru and en.
#include "screenshot.h"
#include "../store/test_http_server.h"
#include "act_tree.h"
#include "corpus/catalogue.h"
#include "importer/download_queue.h"
#include "importer/importer.h"
#include "main_window.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "welcome/welcome_actions.h"
#include "welcome/welcome_dialog.h"
#include "welcome/welcome_download_page.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <memory>

using namespace zanlink;
using zanlink::testing::saveShot;

namespace {

const QString kPlatforms = QStringLiteral("Z2300000018");
const QString kCommunications = QStringLiteral("Z040000567_");

// The fictional act of tests/fixtures/adilet in `lang`, as the page of `actId`.
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

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

// A radio button takes clicks on its circle and label, not on the rest of its row.
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, Qt::NoModifier, QPoint(6, radio->height() / 2));
}

DownloadState rowState(QTreeWidget* list, int doc)
{
    return static_cast<DownloadState>(
        list->topLevelItem(doc / 3)->child(doc % 3)->data(1, WelcomeDownloadPage::StateRole).toInt());
}

QString rowText(QTreeWidget* list, int doc)
{
    return list->topLevelItem(doc / 3)->child(doc % 3)->text(1);
}

} // namespace

class TestWelcome : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_db = 0;
    std::unique_ptr<TestHttpServer> m_server;

    QString newLibrary() { return m_dir.filePath(QStringLiteral("library%1.sqlite").arg(++m_db)); }

    // Opens the welcome of `w` on the download page, with no pause between documents.
    WelcomeDialog* openDownloadPage(MainWindow& w)
    {
        w.fetcher().setBaseUrl(m_server->baseUrl());
        w.welcome()->showWelcome();
        WelcomeDialog* dialog = w.welcome()->dialog();
        if (!dialog)
            return nullptr;
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeContinue"), Qt::LeftButton);
        QTest::mouseClick(child<QCommandLinkButton>(dialog, "welcomeDownloadLaws"), Qt::LeftButton);
        dialog->downloadPage()->queue().setPause(0);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        UiLanguage::apply(Language::En);
        UserPrompts::shownMessages().clear();
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setRoute("/robots.txt", TestHttpServer::page(TestHttpServer::robots()));
        for (const DownloadItem& item : DownloadQueue::missionItems())
            m_server->setRoute(pathOf(item), TestHttpServer::page(fictionalPage(item.actId, item.language)));
    }

    void cleanup()
    {
        m_server.reset();
        UiLanguage::apply(Language::En);
    }

    void languagePageSwitchesTheInterfaceAtOnce()
    {
        MainWindow w(newLibrary());
        w.show();
        w.welcome()->showWelcome();
        WelcomeDialog* dialog = w.welcome()->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->page(), WelcomeDialog::LanguagePage);
        QVERIFY(child<QRadioButton>(dialog, "welcomeLanguage_en")->isChecked());
        auto* acts = child<QTreeWidget>(dialog, "welcomeDownloads");
        QCOMPARE(acts->topLevelItem(1)->text(0), QStringLiteral("On Communications"));
        QVERIFY(saveShot(*dialog, QStringLiteral("welcome_language_en.png")));

        clickRadio(child<QRadioButton>(dialog, "welcomeLanguage_ru"));
        QCOMPARE(UiLanguage::current(), Language::Ru);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
        QVERIFY(child<QAction>(&w, "uiLanguage_ru")->isChecked()); // the main window's menu follows
        // The dialog follows at once: the laws are named in Russian.
        QTRY_COMPARE(acts->topLevelItem(1)->text(0), QStringLiteral("О связи"));
        QCOMPARE(acts->topLevelItem(1)->child(0)->text(1), WelcomeDownloadPage::tr("Waiting"));

        // The keyboard: the arrow keys move between the languages and apply them.
        auto* ru = child<QRadioButton>(dialog, "welcomeLanguage_ru");
        ru->setFocus();
        QTest::keyClick(ru, Qt::Key_Up);
        QCOMPARE(UiLanguage::current(), Language::Kk);
        QVERIFY(child<QRadioButton>(dialog, "welcomeLanguage_kk")->isChecked());
        QTRY_COMPARE(acts->topLevelItem(1)->text(0), QStringLiteral("Байланыс туралы"));

        clickRadio(child<QRadioButton>(dialog, "welcomeLanguage_en"));
        QCOMPARE(UiLanguage::current(), Language::En);
        QTRY_COMPARE(acts->topLevelItem(1)->text(0), QStringLiteral("On Communications"));
        QTest::keyClick(child<QPushButton>(dialog, "welcomeContinue"), Qt::Key_Space);
        QCOMPARE(dialog->page(), WelcomeDialog::StartPage);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeBack"), Qt::LeftButton);
        QCOMPARE(dialog->page(), WelcomeDialog::LanguagePage);
    }

    void downloadsTheNineAndNamesTheOneThatFails()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        const int failing = static_cast<int>(items.indexOf(DownloadItem { kCommunications, Language::Kk }));
        QVERIFY(failing > 0);
        m_server->setRoute(pathOf(items.at(failing)), TestHttpServer::page("<html>gone</html>", 404));
        MainWindow w(newLibrary());
        w.show();
        WelcomeDialog* dialog = openDownloadPage(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), WelcomeDialog::DownloadPage);
        auto* list = child<QTreeWidget>(dialog, "welcomeDownloads");
        QCOMPARE(list->topLevelItemCount(), 3);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rowState(list, i), DownloadState::Waiting);
        QVERIFY(m_server->requests().isEmpty()); // nothing leaves before Download is pressed
        QVERIFY(child<QTextBrowser>(dialog, "welcomeErrors")->isHidden());

        auto* start = child<QPushButton>(dialog, "welcomeStartDownload");
        QVERIFY(start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog->downloadPage()->isRunning());
        QVERIFY(!child<QPushButton>(dialog, "welcomeClose")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 20000);

        for (int i = 0; i < 9; ++i) {
            QCOMPARE(rowState(list, i), i == failing ? DownloadState::Failed : DownloadState::Imported);
            QCOMPARE(w.store().latestEdition(items.at(i).actId, items.at(i).language).has_value(), i != failing);
        }
        QVERIFY2(rowText(list, failing).contains(u"404"), qPrintable(rowText(list, failing)));
        auto* errors = child<QTextBrowser>(dialog, "welcomeErrors");
        QVERIFY(errors->isVisible());
        QVERIFY(errors->toPlainText().contains(u"On Communications (Kazakh)"));
        QVERIFY(errors->toPlainText().contains(u"404"));
        const QString status = child<QLabel>(dialog, "welcomeStatus")->text();
        QVERIFY2(status.contains(u"8 imported") && status.contains(u"1 failed"), qPrintable(status));
        auto* progress = child<QProgressBar>(dialog, "welcomeProgress");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(saveShot(*dialog, QStringLiteral("welcome_download_errors_en.png")));

        // The main window's act tree shows the acts, and the first one is open.
        auto* tree = w.findChild<ActTree*>();
        QVERIFY(tree);
        for (const QString& act : { kPlatforms, kCommunications }) {
            QTreeWidgetItem* item = tree->itemFor(act, QString());
            QVERIFY(item);
            QVERIFY(item->data(0, ActTree::ImportedRole).toBool());
        }
        QCOMPARE(w.location().actId, kPlatforms);

        // Try again fetches only the document that failed.
        m_server->setRoute(
            pathOf(items.at(failing)), TestHttpServer::page(fictionalPage(kCommunications, Language::Kk)));
        const qsizetype asked = m_server->requests().size();
        QVERIFY(start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 10000);
        QCOMPARE(m_server->paths().mid(asked), QList<QByteArray> { pathOf(items.at(failing)) });
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rowState(list, i), DownloadState::Imported);
        QVERIFY(!start->isVisible()); // nothing left to do
        QVERIFY(errors->isHidden());
        auto* close = child<QPushButton>(dialog, "welcomeClose");
        QVERIFY(close->isDefault());
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!w.welcome()->dialog());
        QVERIFY(QSettings().value(QStringLiteral("welcome/finished")).toBool());
    }

    void aPageAlreadyInTheLibraryIsSaidSo()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        const QString db = newLibrary();
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            ImportRequest req;
            req.path = QStringLiteral("page.html");
            req.language = Language::Ru;
            req.actId = kCommunications;
            req.kind = SourceKind::AdiletHtml;
            ImportError importError;
            const auto outcome = readBytes(fictionalPage(kCommunications, Language::Ru), req, &importError);
            QVERIFY2(outcome, qPrintable(importError.toString()));
            QVERIFY(store.addEditions(outcome->editions, &error));
        }
        MainWindow w(db);
        WelcomeDialog* dialog = openDownloadPage(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeStartDownload"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 20000);
        auto* list = child<QTreeWidget>(dialog, "welcomeDownloads");
        const int present = static_cast<int>(items.indexOf(DownloadItem { kCommunications, Language::Ru }));
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rowState(list, i), i == present ? DownloadState::AlreadyPresent : DownloadState::Imported);
        QCOMPARE(rowText(list, present), WelcomeDownloadPage::tr("Already in the library"));
        QVERIFY(child<QLabel>(dialog, "welcomeStatus")->text().contains(u"1 already in the library"));
    }

    void cancelKeepsTheFinishedDocuments()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        m_server->setRoute(pathOf(items.at(3)), TestHttpServer::stall());
        MainWindow w(newLibrary());
        w.show();
        WelcomeDialog* dialog = openDownloadPage(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeStartDownload"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->paths().contains(pathOf(items.at(3))), 10000);
        auto* list = child<QTreeWidget>(dialog, "welcomeDownloads");
        QCOMPARE(rowState(list, 3), DownloadState::Downloading);
        QVERIFY(saveShot(*dialog, QStringLiteral("welcome_download_running_en.png")));
        auto* cancel = child<QPushButton>(dialog, "welcomeCancelDownload");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 5000);

        for (int i = 0; i < 9; ++i) {
            QCOMPARE(rowState(list, i), i < 3 ? DownloadState::Imported : DownloadState::Cancelled);
            QCOMPARE(w.store().latestEdition(items.at(i).actId, items.at(i).language).has_value(), i < 3);
        }
        QVERIFY(child<QLabel>(dialog, "welcomeStatus")->text().startsWith(u"Cancelled"));
        QVERIFY(child<QPushButton>(dialog, "welcomeStartDownload")->isVisible()); // Try again
        QVERIFY(dialog->isVisible());
    }

    void escapeCancelsARunningDownloadBeforeClosing()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        m_server->setRoute(pathOf(items.at(0)), TestHttpServer::stall());
        MainWindow w(newLibrary());
        w.show();
        WelcomeDialog* dialog = openDownloadPage(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeStartDownload"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->paths().contains(pathOf(items.at(0))), 10000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 5000);
        QVERIFY(dialog->isVisible()); // the first Esc only cancelled
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rowState(child<QTreeWidget>(dialog, "welcomeDownloads"), i), DownloadState::Cancelled);
        QVERIFY(w.store().actIds().isEmpty());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!w.welcome()->dialog());
    }

    void offeredOnceAtTheFirstStartWithAnEmptyLibrary()
    {
        {
            MainWindow w(newLibrary());
            w.show();
            w.welcome()->offerAtFirstRun();
            QVERIFY(w.welcome()->dialog());
            QVERIFY(w.welcome()->dialog()->isVisible());
            QVERIFY(QSettings().value(QStringLiteral("welcome/shown")).toBool());
            QTest::mouseClick(child<QPushButton>(w.welcome()->dialog(), "welcomeContinue"), Qt::LeftButton);
            QTest::mouseClick(child<QCommandLinkButton>(w.welcome()->dialog(), "welcomeSkip"), Qt::LeftButton);
            QTRY_VERIFY(!w.welcome()->dialog());
            QVERIFY(QSettings().value(QStringLiteral("welcome/finished")).toBool());
            w.welcome()->offerAtFirstRun();
            QVERIFY(!w.welcome()->dialog());
        }
        // The next start, still with an empty library: not again.
        MainWindow again(newLibrary());
        again.show();
        again.welcome()->offerAtFirstRun();
        QVERIFY(!again.welcome()->dialog());
        // Help ▸ Welcome… opens it any time.
        auto* action = child<QAction>(&again, "welcomeAction");
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        action->trigger();
        QVERIFY(again.welcome()->dialog());
        QVERIFY(again.welcome()->dialog()->isVisible());
    }

    void notOfferedWhenTheLibraryHasActs()
    {
        const QString db = newLibrary();
        {
            MainWindow first(db);
            QVERIFY(first.importFile(
                QStringLiteral(ZANLINK_TEST_FIXTURES "/codex/fictional_acts.jsonl"), std::nullopt, {}));
        }
        QSettings().clear();
        MainWindow w(db);
        w.show();
        QVERIFY(!w.store().actIds().isEmpty());
        w.welcome()->offerAtFirstRun();
        QVERIFY(!w.welcome()->dialog());
        QVERIFY(!QSettings().contains(QStringLiteral("welcome/shown")));
    }

    void importSavedPagesTakesTheImportPath()
    {
        MainWindow w(newLibrary());
        w.show();
        w.welcome()->showWelcome();
        WelcomeDialog* dialog = w.welcome()->dialog();
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeContinue"), Qt::LeftButton);
        UserPrompts::setNextFileName(QStringLiteral(ZANLINK_TEST_FIXTURES "/codex/fictional_acts.jsonl"));
        QTest::mouseClick(child<QCommandLinkButton>(dialog, "welcomeImportPages"), Qt::LeftButton);
        QTRY_VERIFY(!w.welcome()->dialog());
        QTRY_VERIFY(w.store().actIds().contains(QStringLiteral("Z9900000001")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void openPackTakesTheWorkshopImport()
    {
        MainWindow w(newLibrary());
        w.show();
        w.welcome()->showWelcome();
        WelcomeDialog* dialog = w.welcome()->dialog();
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeContinue"), Qt::LeftButton);
        UserPrompts::setNextFileName(m_dir.filePath(QStringLiteral("missing.zlpack")));
        QTest::mouseClick(child<QCommandLinkButton>(dialog, "welcomeOpenPack"), Qt::LeftButton);
        QTRY_VERIFY(!w.welcome()->dialog());
        // The workshop import read the chosen file (here: one that is not there) and said why it cannot.
        QTRY_COMPARE(UserPrompts::shownMessages().size(), 1);
        QVERIFY2(UserPrompts::shownMessages().first().contains(u"workshop pack"),
            qPrintable(UserPrompts::shownMessages().first()));
    }

    // Every page in each language: the texts are set, and with
    // ZANLINK_SCREENSHOT_DIR the pages are saved for a look.
    void pagesInEachLanguage()
    {
        const QList<DownloadItem> items = DownloadQueue::missionItems();
        m_server->setRoute(pathOf(items.at(4)), TestHttpServer::page("<html>gone</html>", 404));
        MainWindow w(newLibrary());
        w.show();
        WelcomeDialog* dialog = openDownloadPage(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "welcomeStartDownload"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->downloadPage()->isRunning(), 20000);
        for (Language lang : kAllLanguages) {
            child<QAction>(&w, qPrintable(u"uiLanguage_" + languageCode(lang)))->trigger();
            const QString title = Catalogue::builtin().byId(kCommunications)->title(lang);
            QTRY_COMPARE(child<QTreeWidget>(dialog, "welcomeDownloads")->topLevelItem(1)->text(0), title);
            QVERIFY(!child<QLabel>(dialog, "welcomeStatus")->text().isEmpty());
            const QString code = languageCode(lang);
            for (auto page : { WelcomeDialog::LanguagePage, WelcomeDialog::StartPage, WelcomeDialog::DownloadPage }) {
                dialog->setPage(page);
                QVERIFY(!dialog->windowTitle().isEmpty());
                const char* names[] = { "language", "start", "download" };
                QVERIFY(saveShot(*dialog, QStringLiteral("welcome_%1_%2.png").arg(QString::fromLatin1(names[page]), code)));
            }
        }
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
