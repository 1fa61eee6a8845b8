// Offscreen tests of the reader window: opening an act, navigating with
// history, the side-by-side view, citations, the interface language and
// import errors. The act used is fictional.
#include "act_tree.h"
#include "corpus/catalogue.h"
#include "import_dialogs.h"
#include "main_window.h"
#include "reader_view.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zanlink;

namespace {

const QString kActId = QStringLiteral("Z9900000001");

Provision node(ProvisionKind kind, const QString& key, const QString& number, const QString& heading,
               const QString& text, QList<Provision> children = {})
{
    Provision p;
    p.kind = kind;
    p.key = key;
    p.number = number;
    p.heading = heading;
    p.text = text;
    p.children = std::move(children);
    return p;
}

// A fictional two-article act, the same structure in each language.
ActEdition fictionalAct(Language lang)
{
    struct Words {
        const char16_t* chapter;
        const char16_t* art1;
        const char16_t* art2;
        const char16_t* p1;
        const char16_t* p2;
        const char16_t* title;
    };
    const Words ru{u"ОБЩИЕ ПОЛОЖЕНИЯ (вымышлено)", u"Вымышленные понятия", u"Вымышленный порядок",
                   u"Вымышленная платформа обязана ответить в течение суток.",
                   u"Вымышленный орган рассматривает жалобу.", u"О вымышленных платформах"};
    const Words kk{u"ЖАЛПЫ ЕРЕЖЕЛЕР (ойдан шығарылған)", u"Ойдан шығарылған ұғымдар", u"Ойдан шығарылған тәртіп",
                   u"Ойдан шығарылған платформа бір тәулік ішінде жауап береді.",
                   u"Ойдан шығарылған орган шағымды қарайды.", u"Ойдан шығарылған платформалар туралы"};
    const Words en{u"GENERAL PROVISIONS (fictional)", u"Fictional concepts", u"Fictional procedure",
                   u"A fictional platform shall answer within a day.", u"A fictional body considers the complaint.",
                   u"On Fictional Platforms"};
    const Words& w = lang == Language::Kk ? kk : (lang == Language::En ? en : ru);
    auto s = [](const char16_t* t) { return QString::fromUtf16(t); };
    ActEdition e;
    e.actId = kActId;
    e.language = lang;
    e.title = s(w.title);
    e.editionDate = QDate(2026, 6, 3);
    e.sourceKind = QStringLiteral("text");
    e.provisions = {node(ProvisionKind::Chapter, QStringLiteral("ch:1"), QStringLiteral("1"), s(w.chapter), {},
                         {node(ProvisionKind::Article, QStringLiteral("1"), QStringLiteral("1"), s(w.art1), {},
                               {node(ProvisionKind::Paragraph, QStringLiteral("1/1"), QStringLiteral("1"), {},
                                     s(w.p1))}),
                          node(ProvisionKind::Article, QStringLiteral("2"), QStringLiteral("2"), s(w.art2), {},
                               {node(ProvisionKind::Paragraph, QStringLiteral("2/1-2"), QStringLiteral("1-2"), {},
                                     s(w.p2))})})};
    return e;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_n));
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(store.addEditions({fictionalAct(Language::Kk), fictionalAct(Language::Ru), fictionalAct(Language::En)},
                                   &error),
                 qPrintable(error));
        UserPrompts::shownMessages().clear();
        QSettings().clear();
    }

    void keyboardShortcutsListTheMenus()
    {
        MainWindow w(m_db);
        QStringList listed;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* list = d->findChild<QTreeWidget*>(QStringLiteral("shortcutsList"));
            if (!list)
                return int(QDialog::Rejected);
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
                    listed << list->topLevelItem(i)->child(j)->text(0) + u'=' + list->topLevelItem(i)->child(j)->text(1);
            }
            return int(QDialog::Rejected);
        });
        w.findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
        UserPrompts::setDialogHandler({});
        // Commands from several menus, with their keys as the menus show them.
        QVERIFY2(listed.contains(u"Keyboard shortcuts=F1"_qs), qPrintable(listed.join(u", ")));
        QVERIFY2(listed.contains(u"New case=Ctrl+N"_qs), qPrintable(listed.join(u", ")));
        QVERIFY2(listed.contains(u"Cases=Alt+2"_qs), qPrintable(listed.join(u", ")));
    }

    void treeListsChaptersAndArticles()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<ActTree*>(QStringLiteral("actTree"));
        QVERIFY(tree);
        QTreeWidgetItem* act = tree->itemFor(kActId, QString());
        QVERIFY(act);
        QCOMPARE(act->childCount(), 1);
        QTreeWidgetItem* chapter = act->child(0);
        QCOMPARE(chapter->text(0), QStringLiteral("Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ (вымышлено)"));
        QCOMPARE(chapter->childCount(), 2);
        QCOMPARE(chapter->child(1)->text(0), QStringLiteral("Статья 2. Вымышленный порядок"));
        // Acts of the catalogue that are not imported are listed too.
        QVERIFY(tree->itemFor(QStringLiteral("Z040000567_"), QString()));
        QVERIFY(!tree->itemFor(QStringLiteral("Z040000567_"), QString())->data(0, ActTree::ImportedRole).toBool());
    }

    void theTreeReadsAnActWhenItIsOpened()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<ActTree*>(QStringLiteral("actTree"));
        QVERIFY(tree);
        QTreeWidgetItem* act = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, ActTree::ActIdRole).toString() == kActId)
                act = tree->topLevelItem(i);
        }
        QVERIFY(act);
        // Nothing of the act is read until it is opened, yet it shows it can be.
        QCOMPARE(act->childCount(), 0);
        QCOMPARE(act->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);
        act->setExpanded(true);
        QCOMPARE(act->childCount(), 1);
        QCOMPARE(act->child(0)->childCount(), 2);
        // Opened once: expanding again adds nothing.
        act->setExpanded(false);
        act->setExpanded(true);
        QCOMPARE(act->childCount(), 1);
    }

    void clickingAnArticleShowsItAndHistoryWorks()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<ActTree*>(QStringLiteral("actTree"));
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        QVERIFY(tree && view);

        tree->setCurrentItem(tree->itemFor(kActId, QStringLiteral("1")));
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Вымышленная платформа обязана")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Вымышленный орган")));

        tree->setCurrentItem(tree->itemFor(kActId, QStringLiteral("2")));
        QCOMPARE(w.location().key, QStringLiteral("2"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("1-2. Вымышленный орган рассматривает жалобу.")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Edition as of 03.06.2026")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("https://adilet.zan.kz/rus/docs/Z9900000001")));

        auto* back = w.findChild<QAction*>(QStringLiteral("backAction"));
        auto* forward = w.findChild<QAction*>(QStringLiteral("forwardAction"));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->trigger();
        QCOMPARE(w.location().key, QStringLiteral("1"));
        QCOMPARE(tree->currentItem()->data(0, ActTree::KeyRole).toString(), QStringLiteral("1"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Вымышленная платформа обязана")));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(w.location().key, QStringLiteral("2"));
    }

    void sideBySideAlignsTheThreeLanguages()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openLocation(kActId, QStringLiteral("2"));
        w.findChild<QAction*>(QStringLiteral("modeSideBySide"))->trigger();
        QCOMPARE(w.viewMode(), ViewMode::SideBySide);
        const QString text = w.findChild<ReaderView*>(QStringLiteral("readerView"))->toPlainText();
        QVERIFY(text.contains(QStringLiteral("2-бап. Ойдан шығарылған тәртіп")));
        QVERIFY(text.contains(QStringLiteral("Статья 2. Вымышленный порядок")));
        QVERIFY(text.contains(QStringLiteral("Article 2. Fictional procedure")));
        QVERIFY(text.contains(QStringLiteral("unofficial translation")));
        // Rows are aligned: the kk, ru and en paragraphs 1-2 follow the headings in one row each.
        const qsizetype kkPara = text.indexOf(QStringLiteral("Ойдан шығарылған орган"));
        const qsizetype ruHeading = text.indexOf(QStringLiteral("Статья 2."));
        QVERIFY(kkPara > ruHeading);
    }

    void copyCitationCarriesActLanguageEditionAndLink()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setViewMode(ViewMode::Ru);
        w.openLocation(kActId, QStringLiteral("2/1-2"));
        w.findChild<QAction*>(QStringLiteral("copyCitationAction"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("п. 1-2 ст. 2 Закона РК «О вымышленных платформах»")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("03.06.2026")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("https://adilet.zan.kz/rus/docs/Z9900000001")), qPrintable(copied));

        w.setViewMode(ViewMode::Kk);
        w.findChild<QAction*>(QStringLiteral("copyCitationAction"))->trigger();
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(
                     QStringLiteral("«Ойдан шығарылған платформалар туралы» ҚР Заңының 2-бабының 1-2-тармағы")),
                 qPrintable(QGuiApplication::clipboard()->text()));
    }

    void interfaceLanguageSwitchesAtOnce()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/zanlink_ru.qm")));
        auto* importAction = w.findChild<QAction*>(QStringLiteral("importAction"));
        QCOMPARE(importAction->text(), QStringLiteral("&Import file…"));
        w.findChild<QAction*>(QStringLiteral("uiLanguage_ru"))->trigger();
        QTRY_COMPARE(importAction->text(), QStringLiteral("&Импорт файла…"));
        w.findChild<QAction*>(QStringLiteral("uiLanguage_kk"))->trigger();
        QTRY_COMPARE(importAction->text(), QStringLiteral("Файлды &импорттау…"));
        w.findChild<QAction*>(QStringLiteral("uiLanguage_en"))->trigger();
        QTRY_COMPARE(importAction->text(), QStringLiteral("&Import file…"));
    }

    void badImportTellsWhatAndLeavesLibraryUnchanged()
    {
        MainWindow w(m_db);
        const int before = static_cast<int>(w.store().editions(kActId).size());
        const QString empty = m_dir.filePath(QStringLiteral("empty.html"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!w.importFile(empty, Language::Ru, kActId));
        QCOMPARE(UserPrompts::shownMessages().size(), 1);
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("empty.html")));
        QVERIFY(UserPrompts::shownMessages().first().contains(QStringLiteral("unchanged")));
        QCOMPARE(static_cast<int>(w.store().editions(kActId).size()), before);
    }

    void plainTextImportOpensTheAct()
    {
        MainWindow w(m_db);
        const QString path = m_dir.filePath(QStringLiteral("copied.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Статья 1. Вымышленная статья\n1. Вымышленный текст первого пункта.\n"
                               "Статья 2. Другая вымышленная статья\nТекст без пунктов.\n")
                    .toUtf8());
        f.close();
        w.setViewMode(ViewMode::Kk);
        QVERIFY(w.importFile(path, Language::Ru, QStringLiteral("Z9900000002")));
        QCOMPARE(w.location().actId, QStringLiteral("Z9900000002"));
        QVERIFY(w.findChild<ReaderView*>(QStringLiteral("readerView"))
                    ->toPlainText()
                    .contains(QStringLiteral("1. Вымышленный текст первого пункта.")));
        // Asked for Kazakh, which this act lacks: the Russian text is shown, and the reader says so.
        QVERIFY(w.findChild<ReaderView*>(QStringLiteral("readerView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Not imported in Қазақша; shown in Русский.")));
    }

    void newerEditionIsShownAndOlderCanBeChosen()
    {
        ActEdition newer = fictionalAct(Language::Ru);
        newer.editionDate = QDate(2026, 9, 1);
        newer.provisions[0].children[1].children[0].text = QStringLiteral("Вымышленный орган рассматривает жалобу за три дня.");
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(m_db, &error));
            QVERIFY2(store.addEditions({newer}, &error), qPrintable(error));
        }
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setViewMode(ViewMode::Ru);
        w.openLocation(kActId, QStringLiteral("2"));
        auto* view = w.findChild<ReaderView*>(QStringLiteral("readerView"));
        QString text = view->toPlainText();
        QVERIFY(text.contains(QStringLiteral("за три дня")));
        QVERIFY(text.contains(QStringLiteral("Edition as of 01.09.2026")));
        QVERIFY(text.contains(QStringLiteral("changed in this edition")));

        auto* combo = w.findChild<QComboBox*>(QStringLiteral("editionCombo"));
        QVERIFY(combo && combo->isEnabled());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), QStringLiteral("01.09.2026 (newest)"));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        text = view->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("за три дня")));
        QVERIFY(text.contains(QStringLiteral("Edition as of 03.06.2026")));
        QVERIFY(text.contains(QStringLiteral("This is an older edition")));
    }

    void dialogsOfferTheActsAndLanguages()
    {
        FileSniff sniff;
        sniff.language = Language::Kk;
        sniff.actId = kActId;
        ImportOptionsDialog import(QStringLiteral("/tmp/saved-page.html"), sniff);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QCOMPARE(import.language(), Language::Kk);
        QCOMPARE(import.actId(), QString()); // as the page says
        auto* act = import.findChild<QComboBox*>(QStringLiteral("actCombo"));
        act->setCurrentIndex(2); // the second act of the catalogue
        QCOMPARE(import.actId(), QStringLiteral("Z040000567_"));
        act->setEditText(QStringLiteral("Z9900000009"));
        QCOMPARE(import.actId(), QStringLiteral("Z9900000009"));
        saveShot(import, QStringLiteral("import-dialog.png"));

        DownloadDialog download;
        download.show();
        QVERIFY(QTest::qWaitForWindowExposed(&download));
        // Every act of the catalogue can be downloaded.
        QCOMPARE(download.findChild<QComboBox*>(QStringLiteral("actCombo"))->count(), Catalogue::builtin().acts().size());
        QCOMPARE(download.actId(), QStringLiteral("Z2300000018"));
        QCOMPARE(download.language(), Language::Ru);
        saveShot(download, QStringLiteral("download-dialog.png"));
    }

private:
    // With ZANLINK_SCREENSHOT_DIR set, tests leave pictures of what they showed.
    static void saveShot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ZANLINK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + u'/' + name);
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
