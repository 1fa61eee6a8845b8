#pragma once

#include "sealed/seal_key.h"
#include "sealed/sealed_file.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace zanlink {

class CaseStore;
class CasesView;

// The passphrase protection of the case file in the app: asking the
// passphrase of a protected case file (again after a wrong one), the File
// menu's entries to protect the case file, change its passphrase or remove
// the protection, and the auto-lock: after a chosen idle time (QSettings
// "cases/autoLockMinutes", default 15, 0 = never) a protected case file is
// saved and closed and the Cases view cleared; the passphrase is asked when
// the user comes back to Cases.
//
// The passphrase can be remembered in the system keychain (PassphraseStore):
// a box in the passphrase dialog, off by default. A remembered passphrase
// opens the case file without a dialog only when it has not been locked in
// this session (at start-up, or after a Cancel there); after a lock the
// passphrase is always typed, so a lock keeps out whoever finds the
// computer unattended. A remembered passphrase that no longer opens the file
// is forgotten and the dialog says so. Changing the passphrase updates the
// entry, removing the protection or File ▸ Forget the remembered passphrase
// deletes it.
class CaseFileLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultAutoLockMinutes = 15;

    CaseFileLock(CaseStore& cases, CasesView& view, const QString& path, QWidget* window);

    // Opens a protected case file that is closed: asks the passphrase until
    // it is right or the user cancels. True when the case file is open.
    bool unlock();
    // A protected case file that is closed now (locked, or never unlocked).
    bool isLocked() const;
    // Saves and closes a protected case file and clears the Cases view.
    void lock();

    // The entries for the File menu: protect / change passphrase / remove
    // protection, lock now, and the idle time before locking.
    void addMenuEntries(QMenu* menu);
    void retranslate();

    // The idle time before locking, in milliseconds (0: never); set from
    // the settings at start.
    void setIdleInterval(int ms);
    int idleInterval() const { return m_idleMs; }
    // The cost of the key derivation for a newly protected file (tests use
    // SealParams::minimum()).
    void setSealParams(const SealParams& params) { m_params = params; }

    void protectFile();
    void changePassphrase();
    void removeProtection();
    void forgetPassphrase();
    // A passphrase of this case file is in the keychain (as far as ZanLink
    // knows: read at unlock, or stored by it).
    bool isRemembered() const { return m_remembered; }

Q_SIGNALS:
    // The case file was opened, closed or its protection changed.
    void stateChanged();
    // The case file was locked (by the idle timer or by the user).
    void locked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void setAutoLockMinutes(int minutes);
    // Reads the keychain's entry for the case file, noting whether the
    // keychain works and whether a passphrase is remembered.
    QString readRemembered(bool* found);
    // After a typed passphrase opened the file: store it, or forget the old
    // one when the box was unticked.
    void rememberTyped(bool remember, const QString& passphrase);
    void forget();
    bool openWith(const QString& passphrase, QString* error, SealFailure* failure);
    void unlocked();

    CaseStore& m_cases;
    CasesView& m_view;
    QString m_path;
    QWidget* m_window;
    SealParams m_params = SealParams::moderate();
    QTimer* m_idle = nullptr;
    int m_idleMs = 0;
    QAction* m_protect = nullptr;
    QAction* m_change = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_lockNow = nullptr;
    QAction* m_forget = nullptr;
    enum class Keychain { Unknown, Available, Unavailable };
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainError;
    bool m_remembered = false;
    // Locked (by the idle timer or by hand) since ZanLink started: the
    // keychain no longer opens the file, the passphrase is typed.
    bool m_lockedInSession = false;
    QMenu* m_autoLockMenu = nullptr;
    QList<QAction*> m_autoLockChoices;
};

} // namespace zanlink
