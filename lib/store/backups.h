#pragma once

#include "store/sqlite_db.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace zanlink {

struct BackupInfo {
    QString path;
    QDateTime createdUtc;
    qint64 size = 0;
};

// Rotating backups of one SQLite file (the case file, the law library) made
// with SQLite's online backup API while it is open: each written under a
// temporary name, checked, then renamed, so a backup is whole or absent.
// Names: "<base>-yyyyMMdd-HHmmsszzz.sqlite" in the folder.
class Backups {
public:
    Backups(const QString& folder, const QString& baseName, int keep = 7);

    std::optional<BackupInfo> make(Database& db, QString* error);
    // A backup of a file SQLite cannot read (a sealed case file), copied as
    // it is: written under a temporary name, synced, read back and compared
    // with the source, given to `check` (when set), then renamed.
    std::optional<BackupInfo> copyFile(const QString& source, QString* error,
        const std::function<bool(const QString& copy, QString* problem)>& check = {});
    QList<BackupInfo> list() const; // newest first
    std::optional<BackupInfo> latest() const;
    // No backup yet, or the newest is older than maxAgeSeconds.
    bool isDue(qint64 maxAgeSeconds) const;
    QString folder() const { return m_folder; }

    // Puts a backup in place of `target` (which must be closed). The file it
    // replaces is kept beside it as "<target>.damaged-<time>", never deleted,
    // and so are its -wal and -shm companions.
    static bool restore(const BackupInfo& backup, const QString& target, QString* error);

private:
    QString newPath(const QDateTime& at) const;
    // Keeps the newest few.
    void rotate() const;

    QString m_folder;
    QString m_base;
    int m_keep;
};

// PRAGMA quick_check: false with the first problem found (a damaged page,
// a file that is not a database).
bool checkDatabase(Database& db, QString* problem);

} // namespace zanlink
