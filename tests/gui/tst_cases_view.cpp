// Offscreen tests of the Cases view: a new case, its fields saved as typed and
// undone, parts added through their forms, a deadline the law sets, a note
// that saves itself and captures its citations, evidence, and the Cases tab
// of the reader. All data is fictional.
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "cases/case_notes_panel.h"
#include "cases/case_page.h"
#include "cases/cases_citing_panel.h"
#include "cases/cases_view.h"
#include "cases/deadline_rule_dialog.h"
#include "cases/evidence_table.h"
#include "cases/part_form.h"
#include "cases/part_table.h"
#include "main_window.h"
#include "startup_recovery.h"
#include "store/backups.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

// Fills a part form's fields by name and accepts it.
std::function<int(QDialog*)> fillForm(const QVariantMap& values)
{
    return [values](QDialog* d) {
        auto* form = qobject_cast<PartForm*>(d);
        if (!form)
            return int(QDialog::Rejected);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QWidget* e = form->editor(it.key());
            if (auto* line = qobject_cast<QLineEdit*>(e))
                line->setText(it.value().toString());
            else if (auto* combo = qobject_cast<QComboBox*>(e))
                combo->setCurrentIndex(combo->findData(it.value().toString()));
        }
        form->accept();
        return form->result();
    };
}

} // namespace

class TestCasesView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QVERIFY(m_dir.isValid());
        QDir(StartupRecovery::backupFolder()).removeRecursively(); // backups of earlier runs
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY(importRefsFixture(store));
    }

    void init() { QSettings().clear(); }

    void aCaseFromStartToFinish()
    {
        MainWindow w(m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.cases().isOpen());
        QCOMPARE(w.cases().path(), m_dir.filePath(QStringLiteral("cases.sqlite"))); // beside the library

        w.findChild<QAction*>(QStringLiteral("newCaseAction"))->trigger();
        QVERIFY(w.isCasesMode());
        auto* view = w.findChild<CasesView*>(QStringLiteral("casesView"));
        CasePage* page = view->page();
        QVERIFY(page->caseId() != 0);
        const qint64 id = page->caseId();

        // The title saves as typed; undo brings the old one back.
        auto* title = page->findChild<QLineEdit*>(QStringLiteral("caseTitle"));
        const QString first = title->text();
        title->setText(QStringLiteral("Блогер А. (вымышленный): аккаунт TikTok ограничен"));
        Q_EMIT title->editingFinished();
        QCOMPARE(w.cases().caseRecord(id)->title, QStringLiteral("Блогер А. (вымышленный): аккаунт TikTok ограничен"));
        page->undoStack()->undo();
        QCOMPARE(w.cases().caseRecord(id)->title, first);
        page->undoStack()->redo();
        QCOMPARE(w.cases().caseRecord(id)->title, QStringLiteral("Блогер А. (вымышленный): аккаунт TikTok ограничен"));
        auto* status = page->findChild<QComboBox*>(QStringLiteral("caseStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("waiting")));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(w.cases().caseFile(id)->statusHistory.size(), 2);

        // A party through its form; removing it is undone.
        PartTable* parties = page->table(PartType::Party);
        UserPrompts::setDialogHandler(fillForm({ { QStringLiteral("name"), QStringLiteral("Асель Вымышленная") },
            { QStringLiteral("role"), QStringLiteral("applicant") } }));
        parties->addPart();
        UserPrompts::setDialogHandler(
            fillForm({ { QStringLiteral("name"), QStringLiteral("ТОО «Вымышленная платформа»") },
                { QStringLiteral("role"), QStringLiteral("platform-representative") },
                { QStringLiteral("kind"), QStringLiteral("organisation") } }));
        parties->addPart();
        QCOMPARE(w.cases().caseFile(id)->parties.size(), 2);
        parties->tree()->setCurrentItem(parties->tree()->topLevelItem(0));
        parties->removeCurrent();
        QCOMPARE(w.cases().caseFile(id)->parties.size(), 1);
        page->undoStack()->undo();
        QCOMPARE(w.cases().caseFile(id)->parties.size(), 2);

        // A required field left empty keeps the form open and names the field.
        UserPrompts::setDialogHandler([](QDialog* d) {
            auto* form = qobject_cast<PartForm*>(d);
            form->accept();
            const bool stayed = !form->findChild<QLabel*>(QStringLiteral("formProblem"))->text().isEmpty();
            return stayed ? int(QDialog::Rejected) : int(QDialog::Accepted);
        });
        parties->addPart();
        QCOMPARE(w.cases().caseFile(id)->parties.size(), 2);

        // Content, an event, and a deadline the law sets, counted from the event.
        UserPrompts::setDialogHandler(
            fillForm({ { QStringLiteral("url"), QStringLiteral("https://example.org/@blogger_a") },
                { QStringLiteral("platform"), QStringLiteral("TikTok") } }));
        page->table(PartType::ContentItem)->addPart();
        UserPrompts::setDialogHandler(
            fillForm({ { QStringLiteral("kind"), QStringLiteral("blocked-without-order") } }));
        page->table(PartType::Event)->addPart();
        QCOMPARE(w.cases().caseFile(id)->events.first().kind, EventKind::BlockedWithoutOrder);
        UserPrompts::setDialogHandler([](QDialog* d) {
            auto* dialog = qobject_cast<DeadlineRuleDialog*>(d);
            dialog->ruleCombo()->setCurrentIndex(dialog->ruleCombo()->findData(QStringLiteral("platform-request-24h")));
            return int(QDialog::Accepted);
        });
        page->findChild<QPushButton*>(QStringLiteral("ruleDeadlineButton"))->click();
        const CaseFile withDeadline = *w.cases().caseFile(id);
        QCOMPARE(withDeadline.deadlines.size(), 1);
        QCOMPARE(withDeadline.deadlines.first().ruleId, QStringLiteral("platform-request-24h"));
        QCOMPARE(withDeadline.deadlines.first().dueUtc, withDeadline.events.first().atUtc.addSecs(24 * 3600));
        QCOMPARE(withDeadline.deadlines.first().fromEventId, withDeadline.events.first().id);

        // Evidence: a file kept as an untouched original.
        QFile shot(m_dir.filePath(QStringLiteral("screenshot.png")));
        QVERIFY(shot.open(QIODevice::WriteOnly));
        shot.write(QByteArray("fictional screenshot bytes"));
        shot.close();
        page->evidence()->attachFiles({ shot.fileName() });
        QCOMPARE(w.cases().caseFile(id)->evidence.size(), 1);
        QCOMPARE(page->evidence()->tree()->topLevelItemCount(), 1);
        // What is known of its capture can be edited; the file cannot.
        const QString hash = w.cases().caseFile(id)->evidence.first().sha256;
        UserPrompts::setDialogHandler(
            fillForm({ { QStringLiteral("measurementId"), QStringLiteral("20261123T000000Z_fictional") },
                { QStringLiteral("captureMethod"), QStringLiteral("screenshot") } }));
        QTreeWidget* evidenceTree = page->evidence()->tree();
        evidenceTree->setCurrentItem(evidenceTree->topLevelItem(0));
        Q_EMIT evidenceTree->itemActivated(evidenceTree->topLevelItem(0), 0);
        const Evidence edited = w.cases().caseFile(id)->evidence.first();
        QCOMPARE(edited.measurementId, QStringLiteral("20261123T000000Z_fictional"));
        QCOMPARE(edited.captureMethod, QStringLiteral("screenshot"));
        QCOMPARE(edited.sha256, hash);

        // A note saves itself and finds its citations, each with its edition.
        CaseNotesPanel* notes = page->notes();
        notes->newNote();
        notes->editor()->setPlainText(
            QStringLiteral("Ограничение противоречит пункту 1 статьи 2 Закона «О вымышленном доступе» и статье 41-1 "
                           "закона о связи."));
        QTRY_VERIFY(notes->currentNoteId() != 0); // autosaved without being asked
        const CaseNote note = w.cases().caseFile(id)->notes.first();
        QStringList cited;
        for (const NoteCitation& c : note.citations)
            cited << c.actId + u' ' + c.key + u' ' + c.editionDate.toString(Qt::ISODate);
        QVERIFY2(cited.contains(kRefsAct + QStringLiteral(" 2/1 2099-06-01")), qPrintable(cited.join(u", ")));
        QVERIFY2(cited.contains(QStringLiteral("Z040000567_ 41-1 ")), qPrintable(cited.join(u", ")));
        QVERIFY(notes->citations()->topLevelItemCount() >= 2);

        // Every change above is in the audit log, newest first.
        auto* audit = page->findChild<QTreeWidget*>(QStringLiteral("caseAudit"));
        QVERIFY(audit->topLevelItemCount() >= 8);
        QCOMPARE(audit->topLevelItem(0)->text(3), QStringLiteral("note"));
        page->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->setCurrentIndex(3);
        saveShot(w, QStringLiteral("case-page.png"));

        // The reader's Cases tab lists the case under the provision it cites.
        w.showLaw();
        w.openLocation(kRefsAct, QStringLiteral("2"));
        auto* citing = w.findChild<QTreeWidget*>(QStringLiteral("casesCitingList"));
        QCOMPARE(citing->topLevelItemCount(), 1);
        Q_EMIT citing->itemActivated(citing->topLevelItem(0), 0);
        QVERIFY(w.isCasesMode());
        QCOMPARE(page->caseId(), id);
        UserPrompts::setDialogHandler({});
    }

    void exportAndImportThroughTheView()
    {
        MainWindow w(m_db);
        auto* view = w.findChild<CasesView*>(QStringLiteral("casesView"));
        w.showCases();
        QVERIFY(view->list()->topLevelItemCount() >= 1);
        const qint64 id = view->list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        view->openCase(id);
        const QString bundle = m_dir.filePath(QStringLiteral("exported.zlcase"));
        UserPrompts::setNextFileName(bundle);
        UserPrompts::setNextAnswer(false); // leave confidential data out
        view->exportCurrent();
        QVERIFY(QFile::exists(bundle));
        const int before = static_cast<int>(w.cases().cases().size());
        UserPrompts::setNextFileName(bundle);
        view->importBundle();
        QCOMPARE(static_cast<int>(w.cases().cases().size()), before + 1);
        QVERIFY(view->page()->caseId() != id); // the imported copy is shown
        QCOMPARE(w.cases().caseFile(view->page()->caseId())->evidence.size(), w.cases().caseFile(id)->evidence.size());
        // A file that is not a bundle is refused and nothing is added.
        UserPrompts::shownMessages().clear();
        UserPrompts::setNextFileName(m_db);
        view->importBundle();
        QCOMPARE(static_cast<int>(w.cases().cases().size()), before + 1);
        QVERIFY(UserPrompts::shownMessages().constLast().contains(QStringLiteral("Nothing was added")));
    }

    void filtersFindCases()
    {
        MainWindow w(m_db);
        auto* view = w.findChild<CasesView*>(QStringLiteral("casesView"));
        w.showCases();
        QVERIFY(view->list()->topLevelItemCount() >= 1);
        view->findChild<QLineEdit*>(QStringLiteral("casesPlatformFilter"))->setText(QStringLiteral("tiktok"));
        QCOMPARE(view->list()->topLevelItemCount(), 2); // the case and its imported copy
        view->findChild<QLineEdit*>(QStringLiteral("casesPlatformFilter"))->setText(QStringLiteral("Instagram"));
        QCOMPARE(view->list()->topLevelItemCount(), 0);
    }

    void aCaseFileThatCannotOpenLeavesTheLawWorking()
    {
        QFile bad(m_dir.filePath(QStringLiteral("not-a-case-file.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'x'));
        bad.close();
        UserPrompts::shownMessages().clear();
        UserPrompts::setNextAnswer(false); // were a backup offered: no
        MainWindow w(m_db, bad.fileName());
        QVERIFY(w.isLibraryOpen());
        QVERIFY(!w.cases().isOpen());
        QVERIFY(!UserPrompts::shownMessages().isEmpty());
        QVERIFY(UserPrompts::shownMessages().constLast().contains(QStringLiteral("not-a-case-file.sqlite")));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    }

    void aDamagedCaseFileIsOfferedItsBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("recover/cases.sqlite"));
        QString error;
        {
            CaseStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            CaseRecord r;
            r.title = QStringLiteral("Вымышленное дело для проверки резервной копии");
            QVERIFY(store.saveCase(r, &error));
            QVERIFY(QDir().mkpath(StartupRecovery::backupFolder()));
            Backups backups(StartupRecovery::backupFolder(), QStringLiteral("cases"));
            QVERIFY2(backups.make(store.database(), &error), qPrintable(error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(100, '\0')); // the header is gone
        f.close();
        UserPrompts::shownMessages().clear();
        UserPrompts::setNextAnswer(true); // yes, put the backup back
        MainWindow w(m_db, path);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(w.cases().cases().size(), 1);
        QVERIFY(UserPrompts::shownMessages().constFirst().contains(QStringLiteral("cannot be used")));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("recover")))
                     .entryList({ QStringLiteral("cases.sqlite.damaged-*") })
                     .size(),
            1);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestCasesView)
#include "tst_cases_view.moc"
