#pragma once

#include "sealed/seal_key.h"

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
    QMenu* m_autoLockMenu = nullptr;
    QList<QAction*> m_autoLockChoices;
};

} // namespace zanlink
