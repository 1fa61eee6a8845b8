// Offscreen tests of the presentation view: stepping with the keys, font
// scaling, one language and kk | ru | en side by side with rows aligned by
// key, high contrast, the footer's citation; and the workshop entries of the
// main window (F5, export and import of a pack). All acts are fictional.
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "main_window.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "workshop/pack_export_dialog.h"
#include "workshop/pack_import_dialog.h"
#include "workshop/presentation_view.h"
#include "workshop/workshop_store.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

QString ownText(LibraryStore& library, Language lang, const QString& key)
{
    const auto edition = library.latestEdition(kRefsAct, lang);
    const QList<StoredProvision> nodes = edition ? library.subtree(edition->id, key) : QList<StoredProvision>();
    return nodes.isEmpty() ? QString() : nodes.first().text;
}

const QList<PackProvisionRef> kItems { { kRefsAct, QStringLiteral("1") }, { kRefsAct, QStringLiteral("2") },
    { kRefsAct, QStringLiteral("3") } };

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    LibraryStore m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(m_library.open(m_db, &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_library));
    }

    void init() { QSettings().clear(); }

    void stepsWithTheKeys()
    {
        PresentationView view(m_library);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.setItems(kItems);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.currentIndex(), 0);
        const QList<std::pair<Qt::Key, int>> steps { { Qt::Key_Right, 1 }, { Qt::Key_Space, 2 },
            { Qt::Key_PageDown, 2 }, // stays on the last
            { Qt::Key_Left, 1 }, { Qt::Key_PageUp, 0 }, { Qt::Key_PageUp, 0 }, { Qt::Key_End, 2 },
            { Qt::Key_Home, 0 }, { Qt::Key_PageDown, 1 } };
        for (const auto& [key, expected] : steps) {
            QTest::keyClick(&view, key);
            QCOMPARE(view.currentIndex(), expected);
        }
        // What is shown is the provision at the index: article 2 in Russian.
        QVERIFY(view.currentHtml().contains(ownText(m_library, Language::Ru, QStringLiteral("2/1")).toHtmlEscaped()));
        QVERIFY(!view.currentHtml().contains(ownText(m_library, Language::Ru, QStringLiteral("3/2")).toHtmlEscaped()));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("presentationHeader"))->text().contains(u"2 of 3"));
    }

    void footerCitesWhatIsShown()
    {
        PresentationView view(m_library);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.setItems({ { kRefsAct, QStringLiteral("3/1") } });
        view.show();
        const QString footer = view.findChild<QLabel*>(QStringLiteral("presentationFooter"))->text();
        QCOMPARE(footer, view.citationText());
        QVERIFY2(footer.contains(u"п. 1 ст. 3"), qPrintable(footer));
        QVERIFY2(footer.contains(u"О вымышленном доступе"), qPrintable(footer));
        QVERIFY2(footer.contains(u"Русский"), qPrintable(footer));
        QVERIFY2(footer.contains(u"01.06.2099"), qPrintable(footer));
        QTest::keyClick(&view, Qt::Key_1); // Kazakh
        QCOMPARE(view.languages(), QList<Language> { Language::Kk });
        QVERIFY2(view.citationText().contains(u"Қазақша"), qPrintable(view.citationText()));
        QVERIFY(!view.citationText().contains(u"Русский"));
    }

    void scalesTheFont()
    {
        PresentationView view(m_library);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.setItems(kItems);
        view.show();
        auto* text = view.findChild<QTextBrowser*>(QStringLiteral("presentationText"));
        const int base = PresentationView::kBasePointSize;
        QCOMPARE(text->document()->defaultFont().pointSize(), base);
        QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view.pointSize(), base + 2);
        QCOMPARE(text->document()->defaultFont().pointSize(), base + 2);
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view.pointSize(), base + 4);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view.pointSize(), base - 2);
        QCOMPARE(text->document()->defaultFont().pointSize(), base - 2);
        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view.pointSize(), base);
        QCOMPARE(view.currentIndex(), 0); // the keys did not step
        for (int i = 0; i < 60; ++i)
            view.zoomIn();
        QVERIFY(view.pointSize() <= 96);
    }

    void sideBySideAlignsRowsByKey()
    {
        PresentationView view(m_library);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.resize(1600, 900);
        view.setTitle(QStringLiteral("Вымышленный семинар"));
        view.setItems(kItems);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClick(&view, Qt::Key_4);
        QCOMPARE(view.languages(), kAllLanguages);
        QTest::keyClick(&view, Qt::Key_End); // article 3
        const QString html = view.currentHtml();
        QVERIFY(html.contains(u"<table"));
        for (Language l : kAllLanguages)
            QVERIFY(html.contains(languageNativeName(l)));
        // Each paragraph of article 3 is on one row in all three languages.
        const QStringList rows = html.split(QStringLiteral("<tr>"));
        for (const QString& key : { QStringLiteral("3/1"), QStringLiteral("3/1/2"), QStringLiteral("3/2") }) {
            const QString ru = ownText(m_library, Language::Ru, key).toHtmlEscaped();
            QVERIFY2(!ru.isEmpty(), qPrintable(key));
            int found = 0;
            for (const QString& row : rows) {
                if (!row.contains(ru))
                    continue;
                ++found;
                QVERIFY2(row.contains(ownText(m_library, Language::Kk, key).toHtmlEscaped()), qPrintable(key));
                QVERIFY2(row.contains(ownText(m_library, Language::En, key).toHtmlEscaped()), qPrintable(key));
            }
            QCOMPARE(found, 1);
        }
        const QStringList footer = view.citationText().split(u'\n');
        QCOMPARE(footer.size(), 3);
        QVERIFY(footer.at(0).contains(u"Қазақша") && footer.at(1).contains(u"Русский")
            && footer.at(2).contains(u"English"));
        for (const QString& line : footer)
            QVERIFY2(line.contains(u"01.06.2099"), qPrintable(line));
        view.setPointSize(PresentationView::kBasePointSize - 4);
        saveShot(view, QStringLiteral("presentation.png"));

        QTest::keyClick(&view, Qt::Key_H);
        QVERIFY(view.highContrast());
        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(5, 5), QColor(Qt::black));
        QCOMPARE(view.findChild<QTextBrowser*>(QStringLiteral("presentationText"))->palette().color(QPalette::Text),
            QColor(Qt::white));
        saveShot(view, QStringLiteral("presentation-contrast.png"));
        QTest::keyClick(&view, Qt::Key_H);
        QVERIFY(!view.highContrast());
        QVERIFY(view.grab().toImage().pixelColor(5, 5) != QColor(Qt::black));
    }

    void escapeLeavesFullScreenThenCloses()
    {
        QPointer<PresentationView> view = new PresentationView(m_library);
        view->setItems(kItems);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QTest::keyClick(view, Qt::Key_F11);
        QTRY_VERIFY(view->isFullScreen());
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!view->isFullScreen());
        QVERIFY(view->isVisible());
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(view.isNull()); // closed and deleted
    }

    void f5PresentsTheActShown()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openLocation(kRefsAct, QStringLiteral("2"));
        QString offered;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* list = d->findChild<QListWidget*>(QStringLiteral("presentationSources"));
            if (list && list->count() > 0)
                offered = list->item(0)->text();
            return int(QDialog::Accepted);
        });
        auto* action = w.findChild<QAction*>(QStringLiteral("presentationAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
        action->trigger();
        auto* view = qobject_cast<PresentationView*>(
            [] {
                for (QWidget* top : QApplication::topLevelWidgets()) {
                    if (qobject_cast<PresentationView*>(top) && top->isVisible())
                        return top;
                }
                return static_cast<QWidget*>(nullptr);
            }());
        QVERIFY(view);
        QCOMPARE(view->items().size(), 4); // the fictional act's four articles
        QCOMPARE(view->items().first().key, QStringLiteral("1"));
        // The trainer's notes stay off the projector until N is pressed.
        QVERIFY(!view->notesShown());
        QVERIFY(!view->findChild<QTextBrowser*>(QStringLiteral("presentationNotes"))->isVisible());
        QTest::keyClick(view, Qt::Key_N);
        QVERIFY(view->findChild<QTextBrowser*>(QStringLiteral("presentationNotes"))->isVisible());
        view->close();
        UserPrompts::setDialogHandler({});
        Q_UNUSED(offered);
    }

    void packExportAndImportThroughTheMenus()
    {
        // Export from this library, import into an empty one through File ▸ Import workshop pack.
        const QString pack = m_dir.filePath(QStringLiteral("gui.zlpack"));
        {
            MainWindow w(m_db);
            w.show();
            UserPrompts::setDialogHandler([](QDialog* d) {
                auto* dialog = qobject_cast<PackExportDialog*>(d);
                if (!dialog)
                    return int(QDialog::Rejected);
                dialog->setTitle(QStringLiteral("Вымышленный семинар"));
                dialog->checkAct(kRefsAct, QStringLiteral("2"));
                dialog->checkAct(kRefsAct, QStringLiteral("3"));
                return int(QDialog::Accepted);
            });
            UserPrompts::setNextFileName(pack);
            UserPrompts::shownMessages().clear();
            w.findChild<QAction*>(QStringLiteral("exportPackAction"))->trigger();
            QVERIFY2(QFile::exists(pack), qPrintable(UserPrompts::shownMessages().join(u'\n')));
        }
        QTemporaryDir other;
        const QString otherDb = other.filePath(QStringLiteral("library.sqlite"));
        MainWindow w(otherDb);
        w.show();
        QVERIFY(w.store().actIds().isEmpty());
        QString summary;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* text = d->findChild<QTextBrowser*>(QStringLiteral("packSummary"));
            if (!qobject_cast<PackImportDialog*>(d) || !text)
                return int(QDialog::Rejected);
            summary = text->toPlainText();
            return int(QDialog::Accepted);
        });
        UserPrompts::setNextFileName(pack);
        w.findChild<QAction*>(QStringLiteral("importPackAction"))->trigger();
        QVERIFY2(summary.contains(u"3 new editions, 0 already in the library"), qPrintable(summary));
        QVERIFY2(summary.contains(u"Provisions to present: 2"), qPrintable(summary));
        QCOMPARE(w.store().actIds(), QStringList { kRefsAct });
        WorkshopStore workshop;
        QString error;
        QVERIFY(workshop.open(WorkshopStore::pathBeside(otherDb), &error));
        QCOMPARE(workshop.packs().size(), 1);
        QCOMPARE(workshop.packs().first().provisions,
            QList<PackProvisionRef>({ { kRefsAct, QStringLiteral("2") }, { kRefsAct, QStringLiteral("3") } }));

        // A damaged pack: the error names the entry and nothing changes.
        QFile f(pack);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        UserPrompts::shownMessages().clear();
        UserPrompts::setNextFileName(pack);
        w.findChild<QAction*>(QStringLiteral("importPackAction"))->trigger();
        const QString shown = UserPrompts::shownMessages().join(u'\n');
        QVERIFY2(shown.contains(u"not a complete zip archive"), qPrintable(shown));
        QCOMPARE(workshop.packs().size(), 1);
        UserPrompts::setDialogHandler({});
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
