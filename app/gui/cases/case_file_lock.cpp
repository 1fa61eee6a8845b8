#include "case_file_lock.h"

#include "case_page.h"
#include "cases/case_store.h"
#include "cases_view.h"
#include "new_passphrase_dialog.h"
#include "passphrase_dialog.h"
#include "passphrase_keychain.h"
#include "startup_recovery.h"
#include "user_prompts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace zanlink {

namespace {

const QString kAutoLockKey = QStringLiteral("cases/autoLockMinutes");
constexpr int kAutoLockChoices[] = { 5, 15, 30, 60, 0 };

// A wait cursor while a key is derived (a second or two).
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

CaseFileLock::CaseFileLock(CaseStore& cases, CasesView& view, const QString& path, QWidget* window)
    : QObject(window), m_cases(cases), m_view(view), m_path(path), m_window(window)
{
    setObjectName(QStringLiteral("caseFileLock"));
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &CaseFileLock::lock);
    const int minutes = QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt();
    setIdleInterval(qMax(0, minutes) * 60 * 1000);
    qApp->installEventFilter(this);
}

bool CaseFileLock::isLocked() const
{
    return !m_cases.isOpen() && CaseStore::needsPassphrase(m_path);
}

bool CaseFileLock::openWith(const QString& passphrase, QString* error, SealFailure* failure)
{
    const BusyCursor busy;
    return StartupRecovery::openSealedCases(m_cases, m_path, passphrase, m_window, error, failure);
}

bool CaseFileLock::unlock()
{
    if (m_cases.isOpen())
        return true;
    QString note;
    QString error;
    SealFailure failure = SealFailure::None;
    if (!m_lockedInSession || m_keychain == Keychain::Unknown) {
        bool found = false;
        QString remembered = readRemembered(&found);
        // After a lock the keychain is only asked whether it works: the passphrase is typed.
        if (found && !m_lockedInSession) {
            const bool opened = openWith(remembered, &error, &failure);
            remembered.clear();
            if (opened) {
                unlocked();
                return true;
            }
            if (failure != SealFailure::WrongPassphrase) {
                UserPrompts::error(m_window, tr("The case file cannot be opened"),
                    error + u"\n\n" + tr("The law library works; cases are not available."));
                return false;
            }
            forget();
            note = tr("The passphrase remembered in the system keychain no longer opens the case file and was "
                      "forgotten. Enter the passphrase.");
        }
    }
    PassphraseDialog dialog(m_path, m_window);
    dialog.setMessage(note);
    dialog.offerRemember(m_remembered, m_keychain == Keychain::Unavailable ? m_keychainError : QString());
    for (;;) {
        if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
            return false;
        QString typed = dialog.passphrase();
        dialog.clearPassphrase();
        if (openWith(typed, &error, &failure)) {
            rememberTyped(dialog.remember(), typed);
            typed.clear();
            break;
        }
        typed.clear();
        if (failure == SealFailure::WrongPassphrase) {
            dialog.setMessage(tr("Wrong passphrase. Try again: capital letters and the keyboard layout matter."));
            continue;
        }
        UserPrompts::error(m_window, tr("The case file cannot be opened"),
            error + u"\n\n" + tr("The law library works; cases are not available."));
        return false;
    }
    unlocked();
    return true;
}

void CaseFileLock::unlocked()
{
    if (m_idleMs > 0)
        m_idle->start();
    m_view.refresh();
    updateActions();
    Q_EMIT stateChanged();
}

QString CaseFileLock::readRemembered(bool* found)
{
    *found = false;
    if (m_keychain == Keychain::Unavailable)
        return {};
    const PassphraseStore::Result r = PassphraseStore::system().read(PassphraseStore::keyFor(m_path));
    if (r.status == PassphraseStore::Status::Unavailable) {
        m_keychain = Keychain::Unavailable;
        m_keychainError = r.error;
        m_remembered = false;
        return {};
    }
    m_keychain = Keychain::Available;
    *found = r.status == PassphraseStore::Status::Found;
    m_remembered = *found;
    return r.secret;
}

void CaseFileLock::rememberTyped(bool remember, const QString& passphrase)
{
    if (remember) {
        QString error;
        if (PassphraseStore::system().write(PassphraseStore::keyFor(m_path), passphrase, &error)) {
            m_remembered = true;
        } else {
            UserPrompts::error(m_window, tr("The passphrase was not remembered"),
                tr("The case file is open, but the system keychain did not keep the passphrase: %1").arg(error));
        }
    } else if (m_remembered) {
        forget(); // the box was unticked
    }
    updateActions();
}

void CaseFileLock::forget()
{
    QString error;
    if (!PassphraseStore::system().remove(PassphraseStore::keyFor(m_path), &error)) {
        UserPrompts::error(m_window, tr("The passphrase was not forgotten"),
            tr("The system keychain did not remove the passphrase of the case file: %1").arg(error));
        return;
    }
    m_remembered = false;
    updateActions();
}

void CaseFileLock::forgetPassphrase()
{
    if (m_remembered)
        forget();
}

void CaseFileLock::lock()
{
    if (!m_cases.isOpen() || !m_cases.isProtected())
        return;
    m_view.page()->saveNow();
    QString error;
    if (!m_cases.close(&error)) {
        UserPrompts::error(m_window, tr("The case file was not locked"), error);
        return;
    }
    m_lockedInSession = true;
    m_view.page()->showCase(0);
    m_view.refresh();
    updateActions();
    Q_EMIT stateChanged();
    Q_EMIT locked();
}

void CaseFileLock::setIdleInterval(int ms)
{
    m_idleMs = qMax(0, ms);
    m_idle->stop();
    if (m_idleMs > 0) {
        m_idle->setInterval(m_idleMs);
        m_idle->start();
    }
}

void CaseFileLock::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLockKey, minutes);
    setIdleInterval(minutes * 60 * 1000);
}

bool CaseFileLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleMs > 0)
            m_idle->start(); // the user is here: the idle time starts again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CaseFileLock::addMenuEntries(QMenu* menu)
{
    auto entry = [this, menu](const QString& name, void (CaseFileLock::*slot)()) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        return a;
    };
    m_protect = entry(QStringLiteral("protectCasesAction"), &CaseFileLock::protectFile);
    m_change = entry(QStringLiteral("changePassphraseAction"), &CaseFileLock::changePassphrase);
    m_remove = entry(QStringLiteral("removeProtectionAction"), &CaseFileLock::removeProtection);
    m_lockNow = entry(QStringLiteral("lockCasesAction"), &CaseFileLock::lock);
    m_forget = entry(QStringLiteral("forgetPassphraseAction"), &CaseFileLock::forgetPassphrase);
    m_autoLockMenu = menu->addMenu(QString());
    m_autoLockMenu->setObjectName(QStringLiteral("autoLockMenu"));
    auto* group = new QActionGroup(this);
    const int current = QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt();
    for (int minutes : kAutoLockChoices) {
        QAction* a = group->addAction(QString());
        a->setCheckable(true);
        a->setChecked(minutes == current);
        connect(a, &QAction::triggered, this, [this, minutes] { setAutoLockMinutes(minutes); });
        m_autoLockMenu->addAction(a);
        m_autoLockChoices << a;
    }
    retranslate();
    updateActions();
}

void CaseFileLock::retranslate()
{
    if (!m_protect)
        return;
    m_protect->setText(tr("Protect the case file with a passphrase…"));
    m_change->setText(tr("Change passphrase…"));
    m_remove->setText(tr("Remove protection…"));
    m_lockNow->setText(tr("Lock the case file"));
    m_forget->setText(tr("Forget the remembered passphrase"));
    m_forget->setToolTip(tr("Removes the case file's passphrase from the system keychain: it is asked at every "
                            "start again."));
    m_autoLockMenu->setTitle(tr("Lock the case file when idle"));
    for (qsizetype i = 0; i < m_autoLockChoices.size(); ++i) {
        const int minutes = kAutoLockChoices[i];
        m_autoLockChoices[i]->setText(minutes == 0 ? tr("Never") : tr("After %n minute(s)", nullptr, minutes));
    }
}

void CaseFileLock::updateActions()
{
    if (!m_protect)
        return;
    const bool open = m_cases.isOpen();
    const bool sealed = open ? m_cases.isProtected() : isLocked();
    m_protect->setVisible(!sealed);
    m_protect->setEnabled(open);
    m_change->setVisible(sealed);
    m_change->setEnabled(open);
    m_remove->setVisible(sealed);
    m_remove->setEnabled(open);
    m_lockNow->setVisible(sealed);
    m_lockNow->setEnabled(open);
    m_forget->setVisible(m_remembered);
}

void CaseFileLock::protectFile()
{
    if (!m_cases.isOpen() || m_cases.isProtected())
        return;
    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::Protect, m_window);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    m_view.page()->saveNow();
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = m_cases.protect(dialog.passphrase(), &error, m_params);
    }
    m_view.refresh();
    updateActions();
    Q_EMIT stateChanged();
    if (!ok) {
        UserPrompts::error(m_window, tr("The case file was not protected"), error);
        return;
    }
    if (m_idleMs > 0)
        m_idle->start();
    UserPrompts::info(m_window, tr("The case file is protected"),
        tr("The case database is now encrypted on disk and opens only with the passphrase. Evidence files "
           "(in the evidence folder beside it) and exported case bundles are not encrypted yet. Copies of the "
           "unprotected file may remain on the disk and in older backups."));
}

void CaseFileLock::changePassphrase()
{
    if (!m_cases.isOpen() || !m_cases.isProtected())
        return;
    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::Change, m_window);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    m_view.page()->saveNow();
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = m_cases.changePassphrase(dialog.currentPassphrase(), dialog.passphrase(), &error);
    }
    if (!ok) {
        UserPrompts::error(m_window, tr("The passphrase was not changed"), error);
        return;
    }
    QString keychainNote;
    if (m_remembered
        && !PassphraseStore::system().write(PassphraseStore::keyFor(m_path), dialog.passphrase(), &error)) {
        // The old passphrase must not stay there: it would be tried at the next start.
        QString ignored;
        if (PassphraseStore::system().remove(PassphraseStore::keyFor(m_path), &ignored))
            m_remembered = false;
        keychainNote = u"\n\n"
            + tr("The system keychain did not keep the new passphrase (%1); it will be asked at the next start.")
                  .arg(error);
        updateActions();
    }
    UserPrompts::info(m_window, tr("The passphrase was changed"),
        tr("From now on the case file opens with the new passphrase. Backups made before still open with the "
           "old one.")
            + keychainNote);
}

void CaseFileLock::removeProtection()
{
    if (!m_cases.isOpen() || !m_cases.isProtected())
        return;
    PassphraseDialog dialog(m_cases.path(), m_window,
        tr("Without protection the case file is kept on disk unencrypted, readable by anyone who has the "
           "computer. Enter the passphrase to remove the protection."));
    dialog.setWindowTitle(tr("Remove protection"));
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    m_view.page()->saveNow();
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = m_cases.removeProtection(dialog.passphrase(), &error);
    }
    dialog.clearPassphrase();
    if (ok && m_remembered)
        forget();
    m_view.refresh();
    updateActions();
    Q_EMIT stateChanged();
    if (!ok)
        UserPrompts::error(m_window, tr("The protection was not removed"), error);
}

} // namespace zanlink
