// Offscreen tests of the reader's tabs, the session kept between runs, the
// light and dark themes and printing. The acts used are fictional: the refs
// fixture (Z9900000003) and a long act made here (Z9900000005).
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "act_tree.h"
#include "cases/case_page.h"
#include "cases/cases_view.h"
#include "linked_text.h"
#include "main_window.h"
#include "reader_view.h"
#include "session/reader_tabs.h"
#include "session/session_state.h"
#include "session/theme.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

const QString kLongAct = QStringLiteral("Z9900000005");

// A fictional act of 40 articles, long enough to scroll.
ActEdition longAct()
{
    ActEdition e;
    e.actId = kLongAct;
    e.language = Language::Ru;
    e.title = QStringLiteral("О вымышленных длинных текстах");
    e.editionDate = QDate(2099, 1, 15);
    e.sourceKind = QStringLiteral("text");
    for (int i = 1; i <= 40; ++i) {
        Provision article;
        article.kind = ProvisionKind::Article;
        article.key = QString::number(i);
        article.number = QString::number(i);
        article.heading = QStringLiteral("Вымышленная статья номер %1").arg(i);
        for (int j = 1; j <= 2; ++j) {
            Provision p;
            p.kind = ProvisionKind::Paragraph;
            p.key = QStringLiteral("%1/%2").arg(i).arg(j);
            p.number = QString::number(j);
            p.text = QStringLiteral("Вымышленный текст пункта %1 статьи %2, достаточно длинный, чтобы занять строку.")
                         .arg(j)
                         .arg(i);
            article.children << p;
        }
        e.provisions << article;
    }
    return e;
}

// The point in the view's viewport of the first link whose target starts with `prefix`.
std::optional<QPoint> linkPoint(ReaderView* view, const QString& prefix)
{
    QTextDocument* doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref().startsWith(prefix)) {
                QTextCursor c(doc);
                c.setPosition(f.position() + 1);
                return view->cursorRect(c).center();
            }
        }
    }
    return std::nullopt;
}

QAction* action(QWidget& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Settings of these tests live in the temporary folder, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY(importRefsFixture(store));
        QVERIFY2(store.addEditions({ longAct() }, &error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
        UserPrompts::shownMessages().clear();
        UserPrompts::setDialogHandler({});
        Theme::apply(Theme::System);
    }

    void cleanupTestCase() { Theme::apply(Theme::System); }

    void tabsOpenCloseSwitchAndKeepTheirOwnHistory()
    {
        MainWindow w(m_db);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setViewMode(ViewMode::Ru);
        ReaderTabs* tabs = w.tabs();
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        QCOMPARE(tabs->count(), 1);
        QVERIFY(!tabs->isVisible()); // one tab: no bar

        w.openLocation(kRefsAct, QStringLiteral("1"));
        w.openLocation(kRefsAct, QStringLiteral("2"));
        QCOMPARE(action(w, "newTabAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
        QCOMPARE(action(w, "closeTabAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+W")));
        QCOMPARE(action(w, "nextTabAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Tab")));
        QCOMPARE(action(w, "previousTabAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Tab")));

        // Help ▸ Keyboard shortcuts lists the tab and print commands.
        QStringList listed;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            if (auto* list = d->findChild<QTreeWidget*>(QStringLiteral("shortcutsList"))) {
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
                        listed << list->topLevelItem(i)->child(j)->text(0) + u'='
                                + list->topLevelItem(i)->child(j)->text(1);
                }
            }
            return int(QDialog::Rejected);
        });
        action(w, "shortcutsAction")->trigger();
        UserPrompts::setDialogHandler({});
        for (const QString& entry :
            { QStringLiteral("New tab=Ctrl+T"), QStringLiteral("Close tab=Ctrl+W"), QStringLiteral("Next tab=Ctrl+Tab"),
                QStringLiteral("Previous tab=Ctrl+Shift+Tab"), QStringLiteral("Print…=Ctrl+P") })
            QVERIFY2(listed.contains(entry), qPrintable(listed.join(u", ")));

        // Ctrl+T: a second tab at the same place, shown.
        action(w, "newTabAction")->trigger();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(tabs->isVisible());
        QCOMPARE(w.location(), (Location { kRefsAct, QStringLiteral("2") }));
        QVERIFY(!action(w, "backAction")->isEnabled()); // the new tab's history starts here
        w.openLocation(kRefsAct, QStringLiteral("3"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Статья 3. Восстановление доступа")));
        QVERIFY(action(w, "backAction")->isEnabled());

        // Titles are short citations; tooltips the full ones.
        QCOMPARE(tabs->tabText(1), QStringLiteral("ст. 3 Закона РК «О вымышленном доступе»"));
        QVERIFY2(tabs->tabToolTip(1).contains(QStringLiteral("https://adilet.zan.kz/rus/docs/Z9900000003")),
            qPrintable(tabs->tabToolTip(1)));
        QVERIFY(tabs->tabToolTip(1).contains(QStringLiteral("01.06.2099")));
        QCOMPARE(tabs->tabText(0), QStringLiteral("ст. 2 Закона РК «О вымышленном доступе»"));

        // Back and forward work in each tab on its own history.
        action(w, "previousTabAction")->trigger();
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.location().key, QStringLiteral("2"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Статья 2. Ограничение доступа")));
        w.goBack();
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QVERIFY(action(w, "forwardAction")->isEnabled());
        action(w, "nextTabAction")->trigger();
        QCOMPARE(w.location().key, QStringLiteral("3"));
        w.goBack();
        QCOMPARE(w.location().key, QStringLiteral("2"));
        QVERIFY(!action(w, "backAction")->isEnabled());
        QVERIFY(action(w, "forwardAction")->isEnabled());
        action(w, "nextTabAction")->trigger(); // wraps round
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.location().key, QStringLiteral("1"));

        // Each tab keeps its language mode.
        action(w, "nextTabAction")->trigger();
        w.setViewMode(ViewMode::SideBySide);
        action(w, "previousTabAction")->trigger();
        QCOMPARE(w.viewMode(), ViewMode::Ru);
        QVERIFY(action(w, "modeRu")->isChecked());
        action(w, "nextTabAction")->trigger();
        QCOMPARE(w.viewMode(), ViewMode::SideBySide);
        QVERIFY(view->toPlainText().contains(QStringLiteral("Article 2. Restriction of access"))
            || view->toPlainText().contains(QStringLiteral("Article 2.")));
        saveShot(w, QStringLiteral("reader-tabs-light.png"));

        // Ctrl+W closes the current tab, never the last.
        action(w, "closeTabAction")->trigger();
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Статья 1.")));
        QVERIFY(!action(w, "closeTabAction")->isEnabled());
        action(w, "closeTabAction")->trigger();
        QCOMPARE(tabs->count(), 1);
        QVERIFY(!tabs->closeTabAt(0));
    }

    void middleClickCtrlClickAndTheMenuOpenInNewTabs()
    {
        MainWindow w(m_db);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setViewMode(ViewMode::Ru);
        w.openLocation(kRefsAct, QStringLiteral("1"));
        ReaderTabs* tabs = w.tabs();
        auto* tree = w.findChild<ActTree*>(QStringLiteral("actTree"));
        QTreeWidgetItem* article3 = tree->itemFor(kRefsAct, QStringLiteral("3"));
        QVERIFY(article3 && article3->data(0, ActTree::KeyRole).toString() == u"3");
        tree->scrollToItem(article3);

        // A middle click on an act-tree item: a new tab after the current one, which stays.
        QTest::mouseClick(tree->viewport(), Qt::MiddleButton, {}, tree->visualItemRect(article3).center());
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QCOMPARE(tabs->at(1).history.current(), (Location { kRefsAct, QStringLiteral("3") }));

        // Ctrl+click on another article.
        QTreeWidgetItem* article4 = tree->itemFor(kRefsAct, QStringLiteral("4"));
        tree->scrollToItem(article4);
        QTest::mouseClick(
            tree->viewport(), Qt::LeftButton, Qt::ControlModifier, tree->visualItemRect(article4).center());
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QCOMPARE(tabs->at(1).history.current().key, QStringLiteral("4")); // right after the current tab

        // "Open in new tab" in the item's context menu.
        const std::unique_ptr<QMenu> menu(tree->contextMenuFor(tree->itemFor(kRefsAct, QStringLiteral("2"))));
        auto* open = menu->findChild<QAction*>(QStringLiteral("openInNewTab"));
        QVERIFY(open);
        open->trigger();
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->at(1).history.current().key, QStringLiteral("2"));

        // A middle click and a Ctrl+click on a reference in the text.
        w.openLocation(kRefsAct, QStringLiteral("2"));
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        const std::optional<QPoint> at = linkPoint(view, QStringLiteral("go:Z9900000003?key=3"));
        QVERIFY2(at, qPrintable(view->toHtml()));
        QTest::mouseClick(view->viewport(), Qt::MiddleButton, {}, *at);
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(w.location().key, QStringLiteral("2"));
        QVERIFY(tabs->at(1).history.current().key.startsWith(u"3"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, *at);
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(w.location().key, QStringLiteral("2"));
        // A plain click still follows the link in the same tab.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *at);
        QCOMPARE(tabs->count(), 6);
        QVERIFY(w.location().key.startsWith(u"3"));
    }

    void sessionStateRoundTripsAndDropsMissingPlaces()
    {
        SessionState s;
        s.geometry = QByteArrayLiteral("geometry");
        s.windowState = QByteArrayLiteral("docks");
        s.casesMode = true;
        s.caseId = 42;
        s.tabs = { { QStringLiteral("Z1"), QStringLiteral("2"), ViewMode::Kk, 10 },
            { QStringLiteral("Z2"), QString(), ViewMode::SideBySide, 0 },
            { QStringLiteral("Z1"), QStringLiteral("9/1"), ViewMode::En, 300 } };
        s.currentTab = 2;
        {
            QSettings settings;
            s.save(settings);
        }
        QSettings settings;
        SessionState loaded = SessionState::load(settings);
        QCOMPARE(loaded.geometry, s.geometry);
        QCOMPARE(loaded.windowState, s.windowState);
        QCOMPARE(loaded.casesMode, true);
        QCOMPARE(loaded.caseId, qint64(42));
        QCOMPARE(loaded.tabs, s.tabs);
        QCOMPARE(loaded.currentTab, 2);

        // Z2 is gone: the current tab stays on the same place.
        loaded.dropMissing([](const QString& act, const QString&) { return act != u"Z2"; });
        QCOMPARE(loaded.tabs.size(), 2);
        QCOMPARE(loaded.currentTab, 1);
        QCOMPARE(loaded.tabs.at(1).key, QStringLiteral("9/1"));
        // The current tab's provision is gone: the one before it is current.
        loaded.dropMissing([](const QString&, const QString& key) { return key != u"9/1"; });
        QCOMPARE(loaded.tabs.size(), 1);
        QCOMPARE(loaded.currentTab, 0);
        // Fewer tabs saved than before: none of the old ones come back.
        s.tabs.removeLast();
        s.currentTab = 0;
        s.save(settings);
        QCOMPARE(SessionState::load(settings).tabs.size(), 2);
    }

    void aSessionComesBackInANewWindow()
    {
        qint64 caseId = 0;
        int scroll = 0;
        {
            MainWindow w(m_db);
            w.resize(1000, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setViewMode(ViewMode::Ru);
            w.openLocation(kRefsAct, QStringLiteral("2"));
            w.openInNewTab(kLongAct, QString(), true);
            auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
            QScrollBar* bar = view->verticalScrollBar();
            QVERIFY2(bar->maximum() > 600, qPrintable(QString::number(bar->maximum())));
            bar->setValue(bar->maximum() / 2);
            scroll = bar->value();
            w.openInNewTab(kRefsAct, QStringLiteral("3"), true);
            w.setViewMode(ViewMode::SideBySide);
            w.tabs()->setCurrentIndex(1);
            QCOMPARE(bar->value(), scroll); // the tab's place on its page, when shown again
            // A case open in the Cases view.
            action(w, "newCaseAction")->trigger();
            QVERIFY(w.isCasesMode());
            caseId = w.findChild<CasesView*>(QStringLiteral("casesView"))->page()->caseId();
            QVERIFY(caseId != 0);
            w.close();
        }
        MainWindow w(m_db);
        QVERIFY(w.restoreSession()); // the geometry
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1000, 640));
        ReaderTabs* tabs = w.tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(w.location(), (Location { kLongAct, QString() }));
        QCOMPARE(tabs->at(0).history.current(), (Location { kRefsAct, QStringLiteral("2") }));
        QCOMPARE(tabs->at(2).history.current(), (Location { kRefsAct, QStringLiteral("3") }));
        QCOMPARE(tabs->at(2).mode, ViewMode::SideBySide);
        QCOMPARE(w.viewMode(), ViewMode::Ru);
        QVERIFY(w.isCasesMode());
        QCOMPARE(w.findChild<CasesView*>(QStringLiteral("casesView"))->page()->caseId(), caseId);
        w.showLaw();
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Вымышленная статья номер 40")));
        QTRY_COMPARE(view->verticalScrollBar()->value(), scroll);
        // The Where cited and Search docks came back as the Law view had them.
        QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("citedByDock"))->isVisible());
    }

    void placesNoLongerInTheLibraryAreSkipped()
    {
        SessionState s;
        s.tabs = { { kRefsAct, QStringLiteral("2"), ViewMode::Ru, 0 },
            { QStringLiteral("Z9900000099"), QString(), ViewMode::Ru, 0 }, // an act removed
            { kRefsAct, QStringLiteral("99/1"), ViewMode::Ru, 0 }, // a provision removed
            { kLongAct, QStringLiteral("7"), ViewMode::Kk, 0 } };
        s.currentTab = 3;
        {
            QSettings settings;
            s.save(settings);
        }
        MainWindow w(m_db);
        w.restoreSession();
        QCOMPARE(w.tabs()->count(), 2);
        QCOMPARE(w.tabs()->currentIndex(), 1);
        QCOMPARE(w.location(), (Location { kLongAct, QStringLiteral("7") }));
        QVERIFY(UserPrompts::shownMessages().isEmpty()); // quietly

        // An empty library restores no places.
        MainWindow empty(m_dir.filePath(QStringLiteral("empty.sqlite")));
        empty.restoreSession();
        QCOMPARE(empty.tabs()->count(), 1);
        QCOMPARE(empty.location(), Location());
        QVERIFY(!empty.isCasesMode());
    }

    void themesChangeThePaletteAndAreRemembered()
    {
        const QString systemStyle = QApplication::style()->name();
        {
            MainWindow w(m_db);
            w.resize(1100, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setViewMode(ViewMode::Ru);
            w.openLocation(kRefsAct, QStringLiteral("2"));
            w.openInNewTab(kRefsAct, QStringLiteral("3"));
            QVERIFY(action(w, "themeSystem")->isChecked());

            action(w, "themeDark")->trigger();
            QCoreApplication::processEvents(); // the windows learn of the new palette from a posted event
            QCOMPARE(Theme::current(), Theme::Dark);
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            const QPalette dark = QApplication::palette();
            QVERIFY(dark.color(QPalette::Window).lightness() < 80);
            QVERIFY(dark.color(QPalette::Base).lightness() < 80);
            QVERIFY(dark.color(QPalette::Text).lightness() > 200);
            QVERIFY(dark.color(QPalette::WindowText).lightness() > 200);
            QVERIFY(dark.color(QPalette::ToolTipText).lightness() > dark.color(QPalette::ToolTipBase).lightness());
            QVERIFY(dark.color(QPalette::Link).lightness() > 150);
            QVERIFY(dark.color(QPalette::Disabled, QPalette::Text).lightness()
                < dark.color(QPalette::Active, QPalette::Text).lightness());
            auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
            QVERIFY2(view->palette().color(QPalette::Base).lightness() < 80,
                qPrintable(view->palette().color(QPalette::Base).name() + u' '
                    + QApplication::palette(view).color(QPalette::Base).name() + u' '
                    + w.palette().color(QPalette::Base).name()));
            // The reader's own colours turned light on the dark page.
            const HtmlColours colours = HtmlColours::current();
            QVERIFY(colours.dark);
            for (const QString& c : { colours.muted, colours.note, colours.warning, colours.term, colours.unresolved })
                QVERIFY2(QColor(c).lightness() > 128, qPrintable(c));
            QVERIFY2(view->toHtml().contains(colours.muted), "the page was rendered again in the dark colours");
            saveShot(w, QStringLiteral("reader-tabs-dark.png"));
            QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        }
        // The next start (here: the next window) comes back dark.
        Theme::apply(Theme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        MainWindow w(m_db);
        QCOMPARE(Theme::current(), Theme::Dark);
        QVERIFY(action(w, "themeDark")->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);

        action(w, "themeLight")->trigger();
        QCoreApplication::processEvents();
        QVERIFY(w.palette().color(QPalette::Window).lightness() > 200);
        const QPalette light = QApplication::palette();
        QVERIFY(light.color(QPalette::Window).lightness() > 200);
        QVERIFY(light.color(QPalette::Text).lightness() < 60);
        QVERIFY(light.color(QPalette::PlaceholderText) != light.color(QPalette::Text));
        QVERIFY(!HtmlColours::current().dark);

        action(w, "themeSystem")->trigger();
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
    }

    void printDocumentCarriesTheFullCitation()
    {
        MainWindow w(m_db);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!action(w, "printAction")->isEnabled()); // nothing shown yet
        QVERIFY(!w.printDocument());
        QCOMPARE(action(w, "printAction")->shortcut(), QKeySequence(QKeySequence::Print));
        w.setViewMode(ViewMode::Ru);
        w.openLocation(kRefsAct, QStringLiteral("2"));
        QVERIFY(action(w, "printAction")->isEnabled());

        std::unique_ptr<QTextDocument> doc = w.printDocument();
        QVERIFY(doc);
        const QString text = doc->toPlainText();
        QVERIFY2(
            text.startsWith(QStringLiteral("ст. 2 Закона РК «О вымышленном доступе» (на русском языке, редакция "
                                           "по состоянию на 01.06.2099; https://adilet.zan.kz/rus/docs/Z9900000003")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Статья 2. Ограничение доступа")));
        QVERIFY(text.contains(QStringLiteral("Вымышленное ограничение применяется")));
        QVERIFY(!text.contains(QStringLiteral("cite"))); // no "cite" links on paper
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle).left(9), QStringLiteral("ст. 2 Зак"));

        // Side by side: one citation per language, in its legal form.
        w.setViewMode(ViewMode::SideBySide);
        const QString all = w.printDocument()->toPlainText();
        QVERIFY2(all.contains(QStringLiteral("қазақ тілінде, 01.06.2099 жағдай бойынша")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("in English, unofficial translation, as of 01.06.2099")));
        QVERIFY(all.contains(QStringLiteral("https://adilet.zan.kz/eng/docs/Z9900000003")));

        // Print and Print preview open their dialogs (answered here, no printer used).
        QStringList dialogs;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            dialogs << d->objectName();
            if (qobject_cast<QPrintPreviewDialog*>(d)) {
                d->show();
                if (QTest::qWaitForWindowExposed(d))
                    saveShot(*d, QStringLiteral("print-preview.png"));
            }
            return int(QDialog::Rejected);
        });
        w.setViewMode(ViewMode::Ru);
        action(w, "printPreviewAction")->trigger();
        action(w, "printAction")->trigger();
        UserPrompts::setDialogHandler({});
        QCOMPARE(dialogs, (QStringList { QStringLiteral("printPreviewDialog"), QStringLiteral("printDialog") }));
    }

    void printDocumentIsDarkOnWhiteInTheDarkTheme()
    {
        MainWindow w(m_db);
        w.setViewMode(ViewMode::Ru);
        w.openLocation(kRefsAct, QStringLiteral("2"));
        Theme::apply(Theme::Dark);
        const QString html = w.printDocument()->toHtml();
        // The reader's dark-theme colours are not put on paper.
        QVERIFY(!html.contains(HtmlColours::current().muted));
        QVERIFY(!html.contains(HtmlColours::current().link));
        Theme::apply(Theme::System);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
