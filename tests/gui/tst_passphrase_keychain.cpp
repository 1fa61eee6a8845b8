// Offscreen tests of the case file's passphrase remembered in the system
// keychain, with an in-memory keychain (FakePassphraseStore): a remembered
// passphrase opens the case file at start without a dialog, a wrong one is
// forgotten and the dialog says so, an unavailable keychain leaves the box
// disabled, changing the passphrase updates the entry, removing the
// protection or File ▸ Forget deletes it, and after a lock the passphrase is
// typed again. Every name here is fictional; keys use SealParams::minimum().
// ZANLINK_SCREENSHOT_DIR set: the dialog is saved as PNGs there.
#include "cases/case_file_lock.h"
#include "cases/case_store.h"
#include "cases/new_passphrase_dialog.h"
#include "cases/passphrase_dialog.h"
#include "cases/passphrase_keychain.h"
#include "main_window.h"
#include "sealed/sealed_file.h"
#include "startup_recovery.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

const QString kPassphrase = QStringLiteral("дала жыры 1997");
const QString kNewPassphrase = QStringLiteral("тау самалы 2026");

void makeProtectedCaseFile(const QString& path)
{
    CaseStore store;
    QString error;
    if (!store.open(path, &error))
        qFatal("open: %s", qPrintable(error));
    CaseRecord r;
    r.title = QStringLiteral("Ограничение аккаунта вымышленного блогера");
    if (!store.saveCase(r, &error))
        qFatal("saveCase: %s", qPrintable(error));
    if (!store.protect(kPassphrase, &error, SealParams::minimum()))
        qFatal("protect: %s", qPrintable(error));
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZANLINK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    if (QTest::qWaitForWindowExposed(w))
        w->grab().save(dir + u'/' + name);
    w->hide();
}

// What the unlock dialog looked like each time it was shown.
struct Shown {
    QString message;
    bool boxVisible = false;
    bool boxEnabled = false;
    bool boxChecked = false;
    QString boxToolTip;
    QString note;
    bool fieldEmpty = false;
};

// Plays the unlock dialog: types `answer` (empty: Cancel) and ticks the box
// when `tick`; records what it showed.
struct UnlockDialog {
    QString answer;
    bool tick = false;
    QString screenshotName;
    QList<Shown> shown;

    std::function<int(QDialog*)> handler()
    {
        return [this](QDialog* d) {
            auto* dialog = qobject_cast<PassphraseDialog*>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassphraseCheck"));
            auto* note = dialog->findChild<QLabel*>(QStringLiteral("rememberPassphraseNote"));
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
            if (!box || !note || !edit)
                return int(QDialog::Rejected);
            Shown s;
            s.message = dialog->message();
            s.boxVisible = !box->isHidden();
            s.boxEnabled = box->isEnabled();
            s.boxChecked = box->isChecked();
            s.boxToolTip = box->toolTip();
            s.note = note->isHidden() ? QString() : note->text();
            s.fieldEmpty = edit->text().isEmpty();
            shown << s;
            if (answer.isEmpty())
                return int(QDialog::Rejected);
            edit->setText(answer);
            // (a disabled box is ticked after the picture, which shows it as the user sees it)
            if (tick && box->isEnabled())
                box->setChecked(true);
            if (!screenshotName.isEmpty())
                screenshot(dialog, screenshotName);
            if (tick)
                box->setChecked(true);
            return int(QDialog::Accepted);
        };
    }
};

} // namespace

class TestPassphraseKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QDir(StartupRecovery::backupFolder()).removeRecursively();
    }

    void init()
    {
        QSettings().clear();
        UserPrompts::shownMessages().clear();
        m_keychain = std::make_unique<FakePassphraseStore>();
        PassphraseStore::setSystemForTests(m_keychain.get());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("library.sqlite"));
        m_cases = m_dir->filePath(QStringLiteral("cases.sqlite"));
        makeProtectedCaseFile(m_cases);
        m_key = PassphraseStore::keyFor(m_cases);
    }

    void cleanup()
    {
        UserPrompts::setDialogHandler({});
        PassphraseStore::setSystemForTests(nullptr);
    }

    void keyIsTheCanonicalPath()
    {
        QCOMPARE(m_key, QFileInfo(m_cases).canonicalFilePath());
        // Another spelling of the same file names the same entry.
        QCOMPARE(PassphraseStore::keyFor(m_dir->path() + QStringLiteral("/./cases.sqlite")), m_key);
        QCOMPARE(QString::fromUtf16(PassphraseStore::kService), QStringLiteral("ZanLink"));
    }

    void boxOffByDefaultStoresNothing()
    {
        UnlockDialog dialog { kPassphrase, false, QStringLiteral("passphrase-keychain-offer.png"), {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(dialog.shown.size(), 1);
        const Shown& s = dialog.shown.first();
        QVERIFY(s.boxVisible);
        QVERIFY(s.boxEnabled);
        QVERIFY(!s.boxChecked);
        QVERIFY2(s.note.contains(QStringLiteral("Anyone who can log in as this user")), qPrintable(s.note));
        QVERIFY2(s.boxToolTip.contains(QStringLiteral("still typed")), qPrintable(s.boxToolTip));
        QVERIFY(m_keychain->entries().isEmpty());
        QCOMPARE(m_keychain->writes, 0);
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"))->isVisible());
    }

    void tickedBoxRemembersAndTheNextStartNeedsNoDialog()
    {
        {
            UnlockDialog dialog { kPassphrase, true, QStringLiteral("passphrase-keychain-ticked.png"), {} };
            UserPrompts::setDialogHandler(dialog.handler());
            MainWindow w(m_db, m_cases);
            QVERIFY(w.cases().isOpen());
            QCOMPARE(dialog.shown.size(), 1);
            QCOMPARE(m_keychain->entries().value(m_key), kPassphrase);
            QCOMPARE(m_keychain->entries().size(), 1);
            QVERIFY(w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"))->isVisible());
        }
        UnlockDialog dialog { kPassphrase, false, {}, {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QVERIFY(w.cases().isProtected());
        QCOMPARE(dialog.shown.size(), 0);
        QCOMPARE(w.cases().cases().size(), 1);
        QCOMPARE(UserPrompts::shownMessages(), QStringList());
        QVERIFY(w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"))->isVisible());
    }

    void wrongRememberedPassphraseIsForgotten()
    {
        m_keychain->entries().insert(m_key, QStringLiteral("старый пароль 2019"));
        UnlockDialog dialog { kPassphrase, false, QStringLiteral("passphrase-keychain-forgotten.png"), {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        QCOMPARE(dialog.shown.size(), 1);
        QVERIFY2(dialog.shown.first().message.contains(QStringLiteral("no longer opens")),
            qPrintable(dialog.shown.first().message));
        QVERIFY(!dialog.shown.first().boxChecked);
        QVERIFY(dialog.shown.first().boxEnabled);
        QVERIFY(w.cases().isOpen());
        QVERIFY(!m_keychain->entries().contains(m_key));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"))->isVisible());
    }

    void unavailableKeychainShowsTheDialogWithTheBoxDisabled()
    {
        m_keychain->setAvailable(false);
        UnlockDialog dialog { kPassphrase, true, QStringLiteral("passphrase-keychain-unavailable.png"), {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(dialog.shown.size(), 1);
        const Shown& s = dialog.shown.first();
        QCOMPARE(s.message, QString());
        QVERIFY(s.boxVisible);
        QVERIFY(!s.boxEnabled);
        QVERIFY2(s.boxToolTip.contains(QStringLiteral("keychain cannot be used")), qPrintable(s.boxToolTip));
        QVERIFY2(s.boxToolTip.contains(QStringLiteral("GNOME Keyring")), qPrintable(s.boxToolTip));
        QVERIFY2(s.note.contains(QStringLiteral("not available")), qPrintable(s.note));
        // Ticked by hand anyway, a disabled box stores nothing and no error is shown.
        QCOMPARE(m_keychain->writes, 0);
        QCOMPARE(UserPrompts::shownMessages(), QStringList());
        // The keychain is asked once; going back to Cases after a lock does not ask it again.
        const int reads = m_keychain->reads;
        w.findChild<QAction*>(QStringLiteral("lockCasesAction"))->trigger();
        QVERIFY(!w.cases().isOpen());
        w.showCases();
        QCOMPARE(dialog.shown.size(), 2);
        QCOMPARE(m_keychain->reads, reads);
        QVERIFY(!dialog.shown.at(1).boxEnabled);
    }

    void changePassphraseUpdatesTheEntry()
    {
        m_keychain->entries().insert(m_key, kPassphrase);
        {
            UserPrompts::setDialogHandler([](QDialog* d) {
                auto* dialog = qobject_cast<NewPassphraseDialog*>(d);
                if (!dialog)
                    return int(QDialog::Rejected);
                dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseEdit"))->setText(kPassphrase);
                dialog->findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit"))->setText(kNewPassphrase);
                dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit"))->setText(kNewPassphrase);
                return int(QDialog::Accepted);
            });
            MainWindow w(m_db, m_cases);
            QVERIFY(w.cases().isOpen());
            w.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->trigger();
            QVERIFY2(UserPrompts::shownMessages().join(u'\n').contains(QStringLiteral("new passphrase")),
                qPrintable(UserPrompts::shownMessages().join(u'\n')));
            QCOMPARE(m_keychain->entries().value(m_key), kNewPassphrase);
        }
        // The next start opens with the updated entry, no dialog.
        UnlockDialog dialog { kNewPassphrase, false, {}, {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(dialog.shown.size(), 0);
    }

    void changePassphraseWithoutEntryStoresNothing()
    {
        UnlockDialog unlock { kPassphrase, false, {}, {} };
        UserPrompts::setDialogHandler(unlock.handler());
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        UserPrompts::setDialogHandler([](QDialog* d) {
            auto* dialog = qobject_cast<NewPassphraseDialog*>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseEdit"))->setText(kPassphrase);
            dialog->findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit"))->setText(kNewPassphrase);
            dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit"))->setText(kNewPassphrase);
            return int(QDialog::Accepted);
        });
        w.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->trigger();
        QVERIFY(m_keychain->entries().isEmpty());
        QCOMPARE(m_keychain->writes, 0);
    }

    void removeProtectionDeletesTheEntry()
    {
        m_keychain->entries().insert(m_key, kPassphrase);
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        UnlockDialog dialog { kPassphrase, false, {}, {} };
        UserPrompts::setDialogHandler(dialog.handler());
        w.findChild<QAction*>(QStringLiteral("removeProtectionAction"))->trigger();
        QVERIFY(!w.cases().isProtected());
        QVERIFY(!isSealedFile(m_cases));
        // The Remove protection dialog does not offer to remember anything.
        QCOMPARE(dialog.shown.size(), 1);
        QVERIFY(!dialog.shown.first().boxVisible);
        QVERIFY(!m_keychain->entries().contains(m_key));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"))->isVisible());
    }

    void forgetFromTheFileMenu()
    {
        m_keychain->entries().insert(m_key, kPassphrase);
        m_keychain->entries().insert(QStringLiteral("/elsewhere/cases.sqlite"), QStringLiteral("другой"));
        MainWindow w(m_db, m_cases);
        QVERIFY(w.cases().isOpen());
        QAction* forget = w.findChild<QAction*>(QStringLiteral("forgetPassphraseAction"));
        QVERIFY(forget->isVisible());
        forget->trigger();
        QVERIFY(!m_keychain->entries().contains(m_key));
        QVERIFY(m_keychain->entries().contains(QStringLiteral("/elsewhere/cases.sqlite")));
        QVERIFY(!forget->isVisible());
        QVERIFY(w.cases().isOpen()); // forgetting does not lock
    }

    void afterALockThePassphraseIsTyped()
    {
        m_keychain->entries().insert(m_key, kPassphrase);
        UnlockDialog dialog { QStringLiteral("не тот пароль"), false, QStringLiteral("passphrase-keychain-locked.png"),
            {} };
        UserPrompts::setDialogHandler(dialog.handler());
        MainWindow w(m_db, m_cases);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.cases().isOpen());
        QCOMPARE(dialog.shown.size(), 0);
        auto* lock = w.findChild<CaseFileLock*>(QStringLiteral("caseFileLock"));
        lock->setIdleInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(!w.cases().isOpen(), 5000);
        lock->setIdleInterval(0);

        // Back to Cases: the dialog, empty, although the keychain holds the passphrase.
        dialog.answer.clear(); // Cancel
        w.showCases();
        QCOMPARE(dialog.shown.size(), 1);
        QVERIFY(!w.cases().isOpen());
        QVERIFY(dialog.shown.first().fieldEmpty);
        QVERIFY(dialog.shown.first().boxChecked); // remembered, as the box shows
        QCOMPARE(m_keychain->entries().value(m_key), kPassphrase);

        // Again (a Cancel does not make the keychain open it either); typed, the file opens.
        dialog.answer = kPassphrase;
        w.showLaw();
        w.showCases();
        QCOMPARE(dialog.shown.size(), 2);
        QVERIFY(w.cases().isOpen());
        QCOMPARE(m_keychain->entries().value(m_key), kPassphrase);

        // Locked by hand, unticking the box forgets the passphrase.
        w.findChild<QAction*>(QStringLiteral("lockCasesAction"))->trigger();
        QVERIFY(!w.cases().isOpen());
        UserPrompts::setDialogHandler([](QDialog* d) {
            auto* dialog = qobject_cast<PassphraseDialog*>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
            dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassphraseCheck"))->setChecked(false);
            return int(QDialog::Accepted);
        });
        w.showCases();
        QVERIFY(w.cases().isOpen());
        QVERIFY(!m_keychain->entries().contains(m_key));
    }

private:
    std::unique_ptr<FakePassphraseStore> m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_cases;
    QString m_key;
};

QTEST_MAIN(TestPassphraseKeychain)
#include "tst_passphrase_keychain.moc"
