// A case file protected with a passphrase: opening it, converting a plain
// case file into a protected one and back, changing the passphrase, the lock
// file that keeps a second process out, and backups.
#include "cases/case_store.h"
#include "sealed/sealed_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace zanlink {

namespace {

// Renames `from` over `to` in one step (POSIX rename replaces the target
// atomically), then syncs the folder so the rename survives a power cut.
bool replaceFile(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return true;
}

void removeWalFiles(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

bool CaseStore::needsPassphrase(const QString& path)
{
    return isSealedFile(path);
}

bool CaseStore::takeLock(const QString& path, QString* error)
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Held for as long as the file is open: only a dead process's lock is stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("%1: the case file is already open in another ZanLink window (process %2 on %3); "
                                "close it there first")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(pid)
                     .arg(host);
    } else {
        *error = QStringLiteral("%1: cannot create the lock file beside the case file")
                     .arg(QDir::toNativeSeparators(path));
    }
    return false;
}

void CaseStore::releaseLock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool CaseStore::openSealed(const QString& path, const QString& passphrase, QString* error, SealFailure* failure)
{
    discard();
    if (failure)
        *failure = SealFailure::None;
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(m_path).isFile()) {
        *error = QStringLiteral("%1: there is no case file here").arg(QDir::toNativeSeparators(m_path));
        if (failure)
            *failure = SealFailure::CannotRead;
        return false;
    }
    if (!takeLock(m_path, error))
        return false;
    auto sealed = std::make_unique<SealedDatabase>();
    if (!sealed->open(m_path, passphrase, error, failure)) {
        releaseLock();
        return false;
    }
    m_sealed = std::move(sealed);
    m_db = &m_sealed->database();
    return prepareOpened(error);
}

bool CaseStore::protect(const QString& passphrase, QString* error, const SealParams& params)
{
    if (!isOpen() || m_sealed) {
        *error
            = isOpen() ? QStringLiteral("the case file is protected already") : QStringLiteral("no case file is open");
        return false;
    }
    if (passphrase.isEmpty()) {
        *error = QStringLiteral("the passphrase is empty");
        return false;
    }
    const QString path = m_path;
    const QString temp = path + QStringLiteral(".sealing");
    QFile::remove(temp);
    if (!takeLock(path, error))
        return false;
    // Closing the last connection moves the WAL into the file.
    m_plain.close();
    auto backToPlain = [&](const QString& message) {
        QFile::remove(temp);
        releaseLock();
        QString reopen;
        if (!open(path, &reopen))
            *error = message + u"; " + reopen;
        else
            *error = message;
        return false;
    };
    QString why;
    if (!sealPlainDatabase(path, temp, passphrase, &why, params))
        return backToPlain(QStringLiteral("the case file was not protected: %1").arg(why));
    {
        SealedDatabase check;
        QString problem;
        if (!check.open(temp, passphrase, &why))
            return backToPlain(
                QStringLiteral("the case file was not protected: the sealed copy does not open: %1").arg(why));
        if (!checkDatabase(check.database(), &problem))
            return backToPlain(
                QStringLiteral("the case file was not protected: the sealed copy is not sound: %1").arg(problem));
    }
    if (!replaceFile(temp, path))
        return backToPlain(QStringLiteral("%1: the case file was not protected: cannot put the sealed file in place")
                               .arg(QDir::toNativeSeparators(path)));
    removeWalFiles(path);
    auto sealed = std::make_unique<SealedDatabase>();
    if (!sealed->open(path, passphrase, error)) {
        releaseLock();
        return false;
    }
    m_sealed = std::move(sealed);
    m_db = &m_sealed->database();
    return prepareOpened(error);
}

bool CaseStore::removeProtection(const QString& passphrase, QString* error)
{
    if (!m_sealed) {
        *error = isOpen() ? QStringLiteral("the case file is not protected") : QStringLiteral("no case file is open");
        return false;
    }
    // The file on disk must hold everything before it is unsealed.
    if (m_unsaved && !persist(error))
        return false;
    const QString path = m_path;
    const QString temp = path + QStringLiteral(".unsealing");
    QFile::remove(temp);
    QString why;
    SealFailure failure = SealFailure::None;
    if (!unsealToPlain(path, temp, passphrase, &why, &failure)) {
        QFile::remove(temp);
        *error = failure == SealFailure::WrongPassphrase
            ? QStringLiteral("wrong passphrase; the case file stays protected")
            : QStringLiteral("the protection was not removed: %1").arg(why);
        return false;
    }
    {
        Database check;
        QString problem;
        if (!check.open(temp, false) || !checkDatabase(check, &problem)) {
            check.close();
            QFile::remove(temp);
            *error = QStringLiteral("the protection was not removed: the plain copy is not sound: %1").arg(problem);
            return false;
        }
    }
    if (!replaceFile(temp, path)) {
        QFile::remove(temp);
        *error = QStringLiteral("%1: the protection was not removed: cannot put the plain file in place")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    discard();
    return open(path, error);
}

bool CaseStore::changePassphrase(const QString& current, const QString& next, QString* error)
{
    if (!m_sealed) {
        *error = isOpen() ? QStringLiteral("the case file is not protected") : QStringLiteral("no case file is open");
        return false;
    }
    if (next.isEmpty()) {
        *error = QStringLiteral("the new passphrase is empty");
        return false;
    }
    // Saves the whole database under the new key, unsaved changes included.
    if (!m_sealed->changePassphrase(current, next, error))
        return false;
    m_unsaved = false;
    return true;
}

std::optional<BackupInfo> CaseStore::backUp(Backups& backups, QString* error)
{
    if (!isOpen()) {
        *error = QStringLiteral("nothing to back up: no case file is open");
        return std::nullopt;
    }
    if (!m_sealed)
        return backups.make(*m_db, error);
    // Saved afresh from the database in memory, so the file copied is whole
    // and current; the copy stays sealed.
    QString why;
    if (!m_sealed->save(&why)) {
        m_unsaved = true;
        *error = QStringLiteral("no backup: the case file cannot be saved: %1").arg(why);
        return std::nullopt;
    }
    m_unsaved = false;
    return backups.copyFile(m_path, error, [](const QString& copy, QString* problem) {
        if (isSealedFile(copy))
            return true;
        *problem = QStringLiteral("the copy is not a sealed case file");
        return false;
    });
}

} // namespace zanlink
