#include "startup_recovery.h"

#include "cases/case_store.h"
#include "store/backups.h"
#include "store/library_store.h"
#include "user_prompts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(logBackup, "zanlink.backup", QtInfoMsg)

namespace zanlink {

namespace {

// Offers the newest backup for a file that failed; true when it was put back.
bool offerBackup(const QString& what, const QString& path, const QString& base, const QString& problem, QWidget* parent)
{
    Backups backups(StartupRecovery::backupFolder(), base);
    const std::optional<BackupInfo> last = backups.latest();
    if (!last)
        return false;
    const QString when = last->createdUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    if (!UserPrompts::confirm(parent, QCoreApplication::translate("zanlink::StartupRecovery", "Damaged file"),
            QCoreApplication::translate("zanlink::StartupRecovery",
                "%1 cannot be used: %2\n\nPut back the backup of %3? "
                "The damaged file is kept beside it.")
                .arg(what, problem, when)))
        return false;
    QString error;
    if (!Backups::restore(*last, path, &error)) {
        UserPrompts::error(
            parent, QCoreApplication::translate("zanlink::StartupRecovery", "The backup was not put back"), error);
        return false;
    }
    return true;
}

// A file refused for being another program's, or newer, is not damaged:
// only a file SQLite itself finds broken gets a backup offered.
bool isDamaged(const QString& path, QString* problem)
{
    Database raw;
    if (!raw.open(path, false)) {
        *problem = raw.lastError();
        return true;
    }
    return !checkDatabase(raw, problem);
}

} // namespace

QString StartupRecovery::backupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

bool StartupRecovery::openLibrary(LibraryStore& store, const QString& path, QWidget* parent, QString* error)
{
    if (store.open(path, error))
        return true;
    // A file that is there but damaged: offer the last backup.
    QString problem;
    if (!QFileInfo::exists(path) || !isDamaged(path, &problem))
        return false;
    store.database().close();
    if (!offerBackup(QCoreApplication::translate("zanlink::StartupRecovery", "The library %1").arg(path), path,
            QStringLiteral("library"), *error, parent))
        return false;
    return store.open(path, error);
}

bool StartupRecovery::openCases(CaseStore& cases, const QString& path, QWidget* parent, QString* error)
{
    // Not a database SQLite can read, yet not damaged: it needs its passphrase.
    if (CaseStore::needsPassphrase(path))
        return cases.open(path, error);
    QString problem;
    if (cases.open(path, error)) {
        if (checkDatabase(cases.database(), &problem))
            return true;
        *error = QStringLiteral("%1: %2").arg(path, problem);
    } else if (!QFileInfo::exists(path) || !isDamaged(path, &problem)) {
        return false;
    }
    cases.discard();
    if (!offerBackup(QCoreApplication::translate("zanlink::StartupRecovery", "The case file %1").arg(path), path,
            QStringLiteral("cases"), *error, parent))
        return false;
    return cases.open(path, error);
}

bool StartupRecovery::openSealedCases(CaseStore& cases, const QString& path, const QString& passphrase, QWidget* parent,
    QString* error, SealFailure* failure)
{
    if (cases.openSealed(path, passphrase, error, failure))
        return true;
    if (*failure != SealFailure::Damaged && *failure != SealFailure::TooShort)
        return false;
    if (!offerBackup(QCoreApplication::translate("zanlink::StartupRecovery", "The case file %1").arg(path), path,
            QStringLiteral("cases"), *error, parent))
        return false;
    if (CaseStore::needsPassphrase(path))
        return cases.openSealed(path, passphrase, error, failure);
    *failure = SealFailure::None;
    return cases.open(path, error);
}

void StartupRecovery::backUp(LibraryStore& store, CaseStore& cases, qint64 caseMaxAgeSeconds)
{
    QString error;
    if (cases.isOpen()) {
        Backups b(backupFolder(), QStringLiteral("cases"), 14);
        if (b.isDue(caseMaxAgeSeconds) && !cases.backUp(b, &error))
            qCWarning(logBackup) << error;
    }
    if (store.database().isOpen()) {
        Backups b(backupFolder(), QStringLiteral("library"), 3);
        if (b.isDue(24 * 3600) && !b.make(store.database(), &error))
            qCWarning(logBackup) << error;
    }
}

} // namespace zanlink
