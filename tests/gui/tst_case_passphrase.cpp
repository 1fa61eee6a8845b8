// Offscreen tests of the protected case file in the app: the passphrase asked
// at start (a wrong one, then the right one), Cancel, the auto-lock after
// idle time, and protecting / removing the protection from the File menu.
// Every name here is fictional; keys use SealParams::minimum().
#include "cases/case_file_lock.h"
#include "cases/case_page.h"
#include "cases/case_store.h"
#include "cases/cases_view.h"
#include "cases/new_passphrase_dialog.h"
#include "cases/passphrase_dialog.h"
#include "cases/passphrase_keychain.h"
#include "main_window.h"
#include "sealed/sealed_file.h"
#include "startup_recovery.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zanlink;

namespace {

const QString kPassphrase = QStringLiteral("дала жыры 1997");
const QString kCaseTitle = QStringLiteral("Блокировка аккаунта вымышленного блогера");

// A case file with one case; protected unless `plain`.
void makeCaseFile(const QString& path, bool plain = false)
{
    CaseStore store;
    QString error;
    if (!store.open(path, &error))
        qFatal("open: %s", qPrintable(error));
    CaseRecord r;
    r.title = kCaseTitle;
    if (!store.saveCase(r, &error))
        qFatal("saveCase: %s", qPrintable(error));
    if (!plain && !store.protect(kPassphrase, &error, SealParams::minimum()))
        qFatal("protect: %s", qPrintable(error));
}

// Plays the passphrase dialog: the answers in turn (an empty answer cancels);
// records the message the dialog showed each time.
struct PassphraseAnswers {
    QStringList answers;
    QStringList messages;
    int calls = 0;

    std::function<int(QDialog*)> handler()
    {
        return [this](QDialog* d) {
            auto* dialog = qobject_cast<PassphraseDialog*>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            QLineEdit* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
            if (!edit || edit->echoMode() != QLineEdit::Password || !edit->text().isEmpty())
                return int(QDialog::Rejected);
            messages << dialog->message();
            const QString answer = answers.value(calls++);
            if (answer.isEmpty())
                return int(QDialog::Rejected);
            edit->setText(answer);
            return int(QDialog::Accepted);
        };
    }
};

int listedCases(MainWindow& w)
{
    return w.findChild<CasesView*>(QStringLiteral("casesView"))->list()->topLevelItemCount();
}

} // namespace

class TestCasePassphrase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QDir(StartupRecovery::backupFolder()).removeRecursively();
        // An empty keychain of our own, never the user's.
        PassphraseStore::setSystemForTests(&m_keychain);
    }

    void init()
    {
        QSettings().clear();
        m_keychain.entries().clear();
        UserPrompts::shownMessages().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("library.sqlite"));
        m_cases = m_dir->filePath(QStringLiteral("cases.sqlite"));
    }

    void cleanup() { UserPrompts::setDialogHandler({}); }

    void wrongThenRightPassphraseAtStart()
    {
        makeCaseFile(m_cases);
        PassphraseAnswers answers { { QStringLiteral("дала жыры 1998"), kPassphrase }, {}, 0 };
        UserPrompts::setDialogHandler(answers.handler());
        MainWindow w(m_db, m_cases);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(answers.calls, 2);
        QCOMPARE(answers.messages.first(), QString());
        QVERIFY2(
            answers.messages.at(1).contains(QStringLiteral("Wrong passphrase")), qPrintable(answers.messages.at(1)));
        QVERIFY(w.cases().isOpen());
        QVERIFY(w.cases().isProtected());
        w.showCases();
        QCOMPARE(listedCases(w), 1);
        QCOMPARE(w.cases().cases().first().title, kCaseTitle);
        QCOMPARE(UserPrompts::shownMessages(), QStringList());
        QVERIFY(m_keychain.entries().isEmpty()); // remembering is off unless ticked
        // The File menu offers to change the passphrase, not to protect again.
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("protectCasesAction"))->isVisible());
        QVERIFY(w.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->isVisible());
    }

    void cancelLeavesCasesClosedAndLibraryUsable()
    {
        makeCaseFile(m_cases);
        PassphraseAnswers answers { { QString(), QString() }, {}, 0 };
        UserPrompts::setDialogHandler(answers.handler());
        MainWindow w(m_db, m_cases);
        QCOMPARE(answers.calls, 1);
        QVERIFY(!w.cases().isOpen());
        QVERIFY(w.isLibraryOpen());
        QCOMPARE(UserPrompts::shownMessages(), QStringList()); // no error for a cancel
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
        // Going to Cases asks again.
        w.showCases();
        QCOMPARE(answers.calls, 2);
        QVERIFY(!w.cases().isOpen());
        QCOMPARE(listedCases(w), 0);
        QVERIFY(isSealedFile(m_cases));
    }

    void autoLockAfterIdle()
    {
        makeCaseFile(m_cases);
        PassphraseAnswers answers { { kPassphrase, kPassphrase }, {}, 0 };
        UserPrompts::setDialogHandler(answers.handler());
        MainWindow w(m_db, m_cases);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.cases().isOpen());
        auto* lock = w.findChild<CaseFileLock*>(QStringLiteral("caseFileLock"));
        QVERIFY(lock);
        QCOMPARE(lock->idleInterval(), CaseFileLock::kDefaultAutoLockMinutes * 60 * 1000);
        const qint64 id = w.cases().cases().first().id;
        w.openCase(id);
        QVERIFY(w.isCasesMode());
        QCOMPARE(w.findChild<CasesView*>(QStringLiteral("casesView"))->page()->caseId(), id);
        // A change made before the lock is on disk.
        CaseNote note;
        note.caseId = id;
        note.plainText = QStringLiteral("Заметка до блокировки");
        note.html = note.plainText;
        QString error;
        QVERIFY2(w.cases().saveNote(note, &error), qPrintable(error));

        lock->setIdleInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(!w.cases().isOpen(), 5000);
        QVERIFY(lock->isLocked());
        QVERIFY(!w.isCasesMode());
        QCOMPARE(listedCases(w), 0);
        QCOMPARE(w.findChild<CasesView*>(QStringLiteral("casesView"))->page()->caseId(), 0);
        QVERIFY(!QFileInfo::exists(m_cases + QStringLiteral(".lock")));

        // Back to Cases: the passphrase is asked, and everything is there.
        lock->setIdleInterval(0);
        w.showCases();
        QCOMPARE(answers.calls, 2);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(listedCases(w), 1);
        QCOMPARE(w.cases().caseFile(id)->notes.size(), 1);
    }

    void autoLockSettingIsRead()
    {
        makeCaseFile(m_cases, true);
        QSettings().setValue(QStringLiteral("cases/autoLockMinutes"), 0);
        MainWindow w(m_db, m_cases);
        QCOMPARE(w.findChild<CaseFileLock*>(QStringLiteral("caseFileLock"))->idleInterval(), 0);
    }

    void protectAndRemoveFromTheMenu()
    {
        makeCaseFile(m_cases, true);
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QVERIFY(!w.cases().isProtected());
        auto* lock = w.findChild<CaseFileLock*>(QStringLiteral("caseFileLock"));
        lock->setSealParams(SealParams::minimum());
        QAction* protect = w.findChild<QAction*>(QStringLiteral("protectCasesAction"));
        QVERIFY(protect->isVisible() && protect->isEnabled());

        bool okWhileDifferent = true;
        QString hint;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* dialog = qobject_cast<NewPassphraseDialog*>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            dialog->findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit"))->setText(kPassphrase);
            dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit"))->setText(kPassphrase + u'!');
            okWhileDifferent = ok->isEnabled();
            dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit"))->setText(kPassphrase);
            hint = dialog->findChild<QLabel*>(QStringLiteral("passphraseStrength"))->text();
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        protect->trigger();
        QVERIFY(!okWhileDifferent);
        QVERIFY(!hint.isEmpty());
        QVERIFY(w.cases().isProtected());
        QVERIFY(isSealedFile(m_cases));
        QVERIFY(UserPrompts::shownMessages().join(u'\n').contains(QStringLiteral("Evidence files")));
        QVERIFY(!protect->isVisible());

        PassphraseAnswers answers { { QStringLiteral("не тот пароль"), kPassphrase }, {}, 0 };
        UserPrompts::setDialogHandler(answers.handler());
        QAction* remove = w.findChild<QAction*>(QStringLiteral("removeProtectionAction"));
        remove->trigger();
        QVERIFY(w.cases().isProtected()); // a wrong passphrase removes nothing
        QVERIFY(UserPrompts::shownMessages().last().contains(QStringLiteral("wrong passphrase")));
        remove->trigger();
        QVERIFY(!w.cases().isProtected());
        QVERIFY(w.cases().isOpen());
        QVERIFY(!isSealedFile(m_cases));
        QVERIFY(protect->isVisible());
    }

private:
    FakePassphraseStore m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_cases;
};

QTEST_MAIN(TestCasePassphrase)
#include "tst_case_passphrase.moc"
