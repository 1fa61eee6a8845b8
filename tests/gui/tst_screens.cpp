// The main screens in each interface language: the reader with the three
// languages side by side, a case, the presentation view and the welcome.
// Each screen's own words come out in the language chosen. With
// ZANLINK_SCREENSHOT_DIR set, the test leaves a picture of each screen in
// each language (docs/screens/ is made this way: scripts/screenshots). All
// data is fictional.

#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "cases/case_store.h"
#include "main_window.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "welcome/welcome_dialog.h"
#include "workshop/presentation_view.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

QString menuTitle(MainWindow& w, int index)
{
    return w.menuBar()->actions().value(index) ? w.menuBar()->actions().at(index)->text() : QString();
}

} // namespace

class TestScreens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_casesDb = m_dir.filePath(QStringLiteral("cases.sqlite"));
        QString error;
        {
            LibraryStore library;
            QVERIFY2(library.open(m_db, &error), qPrintable(error));
            QVERIFY(importRefsFixture(library));
        }
        CaseStore cases;
        QVERIFY2(cases.open(m_casesDb, &error), qPrintable(error));
        CaseRecord r;
        r.title = QStringLiteral("Вымышленное дело: блокировка блога");
        r.kind = CaseKind::Restriction;
        const std::optional<qint64> id = cases.saveCase(r, &error);
        QVERIFY2(id, qPrintable(error));
        m_caseId = *id;
        Party blogger;
        blogger.caseId = m_caseId;
        blogger.role = PartyRole::Applicant;
        blogger.name = QStringLiteral("Ерлан Ойдан-Шығарылған");
        QVERIFY(cases.saveParty(blogger, &error));
        ContentItem page;
        page.caseId = m_caseId;
        page.url = QStringLiteral("https://blog.example/fictional");
        QVERIFY(cases.saveContentItem(page, &error));
    }

    void init()
    {
        QSettings().clear();
        // Seen already: the welcome is not offered over the screens.
        QSettings().setValue(QStringLiteral("welcome/shown"), true);
    }

    void cleanupTestCase() { UiLanguage::apply(Language::En); }

    void mainScreens_data()
    {
        QTest::addColumn<int>("language");
        for (Language l : kAllLanguages)
            QTest::newRow(qPrintable(languageCode(l))) << static_cast<int>(l);
    }

    void mainScreens()
    {
        QFETCH(int, language);
        const auto lang = static_cast<Language>(language);
        UiLanguage::apply(lang);
        const QString code = languageCode(lang);
        // The project's own words in the language chosen; kk and ru are not English.
        const QString file = QCoreApplication::translate("zanlink::MainWindow", "&File");
        if (lang != Language::En)
            QVERIFY2(file != u"&File", qPrintable(code));

        MainWindow window(m_db, m_casesDb);
        window.resize(1280, 800);
        window.setViewMode(ViewMode::SideBySide);
        window.openLocation(kRefsAct, QStringLiteral("2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitle(window, 0), file);
        QCOMPARE(window.location().actId, kRefsAct);
        QVERIFY(saveShot(window, code + QStringLiteral("-reader.png")));

        window.openCase(m_caseId);
        QVERIFY(window.isCasesMode());
        QTest::qWait(50);
        QVERIFY(saveShot(window, code + QStringLiteral("-case.png")));

        PresentationView view(window.store());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.resize(1280, 720);
        view.setItems({ { kRefsAct, QStringLiteral("2") }, { kRefsAct, QStringLiteral("3") } });
        view.setLanguages(kAllLanguages);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.currentHtml().isEmpty());
        QVERIFY(saveShot(view, code + QStringLiteral("-presentation.png")));
        view.close();

        WelcomeDialog welcome([](const QList<ActEdition>&) { return StoreOutcome {}; },
            QUrl(QStringLiteral("https://old.adilet.zan.kz")), &window);
        welcome.resize(860, 620);
        welcome.setPage(WelcomeDialog::StartPage);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QCOMPARE(welcome.windowTitle().isEmpty(), false);
        QVERIFY(saveShot(welcome, code + QStringLiteral("-welcome.png")));
        welcome.close();
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_casesDb;
    qint64 m_caseId = 0;
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
