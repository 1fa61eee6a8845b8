// Offscreen tests of links in the reader: references in the text navigate,
// the Where cited pane lists the citing provisions, Ctrl+K jumps to a
// provision, and search as you type opens results. The act is fictional
// (tests/fixtures/refs).
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "cited_by_panel.h"
#include "linked_text.h"
#include "main_window.h"
#include "quick_open_dialog.h"
#include "reader_view.h"
#include "search_panel.h"
#include "text_citations_dialog.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

// QTest::keyClicks cannot type Cyrillic in Qt 6.4: one event per character.
void typeText(QWidget* w, const QString& text)
{
    for (QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QTreeWidgetItem* firstLeaf(QTreeWidget* tree)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->childCount() > 0)
            return tree->topLevelItem(i)->child(0);
    }
    return nullptr;
}

} // namespace

class TestReaderLinks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY(importRefsFixture(store));
    }

    void init() { QSettings().clear(); }

    void referencesInTheTextNavigate()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(1280, 720);
        w.openLocation(kRefsAct, QStringLiteral("2"));
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        QVERIFY(view);
        saveShot(w, QStringLiteral("reader-links.png"));
        const QString html = view->toHtml();
        // The internal citation "пункта 1 настоящей статьи" and the other act's paragraph.
        const QString internal = goUrl(kRefsAct, QStringLiteral("2/1")).toString(QUrl::FullyEncoded);
        const QString other
            = goUrl(QStringLiteral("Z040000567_"), QStringLiteral("41-1/1-2")).toString(QUrl::FullyEncoded);
        QVERIFY2(html.contains(internal), qPrintable(internal));
        QVERIFY2(html.contains(other), qPrintable(other));
        // A defined term links to its definition.
        QVERIFY(html.contains(goUrl(kRefsAct, QStringLiteral("1/2")).toString(QUrl::FullyEncoded)));

        Q_EMIT view->anchorClicked(QUrl(internal));
        QCOMPARE(w.location().actId, kRefsAct);
        QCOMPARE(w.location().key, QStringLiteral("2/1"));
        // The other act is not imported: its page says so, with the official link.
        Q_EMIT view->anchorClicked(QUrl(other));
        QCOMPARE(w.location().actId, QStringLiteral("Z040000567_"));
        QCOMPARE(w.location().key, QStringLiteral("41-1/1-2"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("not in the library")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("https://adilet.zan.kz/rus/docs/Z040000567_")));
        // History takes the user back.
        w.goBack();
        QCOMPARE(w.location().key, QStringLiteral("2/1"));
    }

    void whereCitedListsTheCitingProvisions()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openLocation(kRefsAct, QStringLiteral("3"));
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("citedByList"));
        QVERIFY(list);
        int rows = 0;
        QStringList keys;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
                ++rows;
                keys << list->topLevelItem(i)->child(j)->data(0, Qt::UserRole + 2).toString();
            }
        }
        QCOMPARE(rows, 6); // 2/2 and 2/3, in kk, ru and en
        QVERIFY(keys.contains(QStringLiteral("2/2")) && keys.contains(QStringLiteral("2/3")));
        // Activating a row opens the citing provision.
        QTreeWidgetItem* first = firstLeaf(list);
        Q_EMIT list->itemActivated(first, 0);
        QVERIFY(w.location().key == u"2/2" || w.location().key == u"2/3");
        // An uncited provision says so.
        w.openLocation(kRefsAct, QStringLiteral("4/1"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("citedByTitle"))->text().contains(QStringLiteral("Nothing")));
    }

    void quickOpenJumpsToAProvision_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("act");
        QTest::addColumn<QString>("key");
        QTest::newRow("numbers in the open act") << QStringLiteral("3 1 2") << kRefsAct << QStringLiteral("3/1/2");
        QTest::newRow("ru abbreviations") << QStringLiteral("ст. 2 п. 3") << kRefsAct << QStringLiteral("2/3");
        QTest::newRow("kk") << QStringLiteral("3-бап") << kRefsAct << QStringLiteral("3");
        QTest::newRow("act by name") << QStringLiteral("связь 41-1 1-2") << QStringLiteral("Z040000567_")
                                     << QStringLiteral("41-1/1-2");
    }
    void quickOpenJumpsToAProvision()
    {
        QFETCH(QString, typed);
        QFETCH(QString, act);
        QFETCH(QString, key);
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openLocation(kRefsAct, QStringLiteral("1"));
        QString preview;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* q = qobject_cast<QuickOpenDialog*>(d);
            if (!q)
                return int(QDialog::Rejected);
            typeText(q->input(), typed);
            preview = q->findChild<QLabel*>(QStringLiteral("quickOpenPreview"))->text();
            q->show();
            saveShot(*q, QStringLiteral("quick-open.png"));
            q->accept();
            return q->result();
        });
        w.findChild<QAction*>(QStringLiteral("quickOpenAction"))->trigger();
        UserPrompts::setDialogHandler({});
        QCOMPARE(w.location().actId, act);
        QCOMPARE(w.location().key, key);
        QVERIFY2(!preview.isEmpty(), qPrintable(preview));
    }

    void quickOpenStaysOnNonsense()
    {
        MainWindow w(m_db);
        w.openLocation(kRefsAct, QStringLiteral("1"));
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* q = qobject_cast<QuickOpenDialog*>(d);
            typeText(q->input(), QStringLiteral("qwertyuiop"));
            q->accept(); // refused: nothing is named
            return q->result();
        });
        w.findChild<QAction*>(QStringLiteral("quickOpenAction"))->trigger();
        UserPrompts::setDialogHandler({});
        QCOMPARE(w.location().key, QStringLiteral("1"));
    }

    void searchAsYouTypeOpensAResult()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction*>(QStringLiteral("findAction"))->trigger();
        auto* edit = w.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        auto* results = w.findChild<QTreeWidget*>(QStringLiteral("searchResults"));
        QVERIFY(edit && results);
        QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("searchDock"))->isVisible());
        // Kazakh typed on a Russian keyboard.
        typeText(edit, QStringLiteral("колжетимдилик"));
        QTRY_VERIFY(results->topLevelItemCount() > 0);
        QTreeWidgetItem* hit = firstLeaf(results);
        QVERIFY(hit);
        QVERIFY2(hit->text(0).contains(QStringLiteral("<b>")), qPrintable(hit->text(0)));
        saveShot(w, QStringLiteral("search-panel.png"));
        // Down moves into the results, Enter opens the hit.
        QTest::keyClick(edit, Qt::Key_Down);
        QVERIFY(results->hasFocus() || results->currentItem());
        Q_EMIT results->itemActivated(results->currentItem(), 0);
        QCOMPARE(w.location().actId, kRefsAct);
        QVERIFY(!w.location().key.isEmpty());
        // Nothing found says how Kazakh may be typed.
        edit->setText(QStringLiteral("zzzzqqq"));
        w.findChild<SearchPanel*>(QStringLiteral("searchPanel"))->runNow();
        QCOMPARE(results->topLevelItemCount(), 0);
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("searchMessage"))->text().isEmpty());
    }

    void citationsInAPastedText()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction*>(QStringLiteral("textCitationsAction"))->trigger();
        auto* dialog = w.findChild<TextCitationsDialog*>(QStringLiteral("textCitationsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->input()->setPlainText(
            QStringLiteral("Вымышленная новость: блогер сослался на статью 41-1 закона о связи, а суд — на пункт 1 "
                           "статьи 2 Закона «О вымышленном доступе»."));
        dialog->findNow();
        QTreeWidget* results = dialog->results();
        QCOMPARE(results->topLevelItemCount(), 2);
        QCOMPARE(results->topLevelItem(0)->data(0, Qt::UserRole + 1).toString(), QStringLiteral("Z040000567_"));
        QCOMPARE(results->topLevelItem(0)->data(0, Qt::UserRole + 2).toString(), QStringLiteral("41-1"));
        QVERIFY(results->topLevelItem(0)->text(2).contains(QStringLiteral("not imported")));
        QTreeWidgetItem* ours = results->topLevelItem(1);
        QCOMPARE(ours->data(0, Qt::UserRole + 2).toString(), QStringLiteral("2/1"));
        QCOMPARE(ours->text(2), QStringLiteral("in the library"));
        saveShot(*dialog, QStringLiteral("text-citations.png"));
        Q_EMIT results->itemActivated(ours, 0);
        QCOMPARE(w.location().actId, kRefsAct);
        QCOMPARE(w.location().key, QStringLiteral("2/1"));
        // Text with no citations says so.
        dialog->input()->setPlainText(QStringLiteral("Просто текст без ссылок."));
        dialog->findNow();
        QCOMPARE(results->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("textCitationsSummary"))->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestReaderLinks)
#include "tst_reader_links.moc"
