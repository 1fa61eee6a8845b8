#include "store/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <sqlite3.h>

namespace zanlink {

namespace {

constexpr auto kStampFormat = "yyyyMMdd-HHmmsszzz";

} // namespace

Backups::Backups(const QString& folder, const QString& baseName, int keep)
    : m_folder(folder), m_base(baseName), m_keep(qMax(1, keep))
{
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> out;
    const QRegularExpression re(
        QStringLiteral("^%1-(\\d{8}-\\d{9})\\.sqlite$").arg(QRegularExpression::escape(m_base)));
    const QFileInfoList files = QDir(m_folder).entryInfoList({ m_base + QStringLiteral("-*.sqlite") }, QDir::Files);
    for (const QFileInfo& f : files) {
        const QRegularExpressionMatch m = re.match(f.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QString::fromLatin1(kStampFormat));
        at.setTimeSpec(Qt::UTC);
        out << BackupInfo { f.absoluteFilePath(), at, f.size() };
    }
    std::sort(
        out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.createdUtc > b.createdUtc; });
    return out;
}

std::optional<BackupInfo> Backups::latest() const
{
    const QList<BackupInfo> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool Backups::isDue(qint64 maxAgeSeconds) const
{
    const std::optional<BackupInfo> last = latest();
    return !last || last->createdUtc.secsTo(QDateTime::currentDateTimeUtc()) >= maxAgeSeconds;
}

QString Backups::newPath(const QDateTime& at) const
{
    const QString name = m_base + u'-' + at.toString(QString::fromLatin1(kStampFormat)) + QStringLiteral(".sqlite");
    return QDir(m_folder).filePath(name);
}

void Backups::rotate() const
{
    const QList<BackupInfo> all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

std::optional<BackupInfo> Backups::copyFile(
    const QString& source, QString* error, const std::function<bool(const QString& copy, QString* problem)>& check)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the file to back up: %2").arg(source, in.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    in.close();
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("%1: cannot create the backup folder").arg(m_folder);
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = newPath(now);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QSaveFile out(part);
    bool ok = out.open(QIODevice::WriteOnly);
    if (ok) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = out.write(bytes) == bytes.size() && out.commit(); // commit() syncs
    }
    if (!ok) {
        out.cancelWriting();
        *error = QStringLiteral("%1: the backup failed: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    QString problem;
    QFile back(part);
    if (!back.open(QIODevice::ReadOnly) || back.readAll() != bytes)
        problem = QStringLiteral("the copy differs from the file");
    back.close();
    if (problem.isEmpty() && check && !check(part, &problem) && problem.isEmpty())
        problem = QStringLiteral("the copy did not check out");
    if (!problem.isEmpty()) {
        QFile::remove(part);
        *error = QStringLiteral("%1: the backup did not check out: %2").arg(path, problem);
        return std::nullopt;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        *error = QStringLiteral("%1: cannot put the backup in place").arg(path);
        return std::nullopt;
    }
    rotate();
    return BackupInfo { path, now, QFileInfo(path).size() };
}

std::optional<BackupInfo> Backups::make(Database& db, QString* error)
{
    if (!db.isOpen()) {
        *error = QStringLiteral("nothing to back up: the database is not open");
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("%1: cannot create the backup folder").arg(m_folder);
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = newPath(now);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(part.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", db.handle(), "main");
        if (!b) {
            rc = sqlite3_errcode(dest);
        } else {
            // Pages in steps, so writers elsewhere are not held up for long.
            do {
                rc = sqlite3_backup_step(b, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(b);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
    const QString message = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        *error = QStringLiteral("%1: the backup failed: %2").arg(path, message);
        return std::nullopt;
    }
    {
        Database check;
        QString problem;
        if (!check.open(part, false) || !checkDatabase(check, &problem)) {
            check.close();
            QFile::remove(part);
            *error = QStringLiteral("%1: the backup did not check out: %2").arg(path, problem);
            return std::nullopt;
        }
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        *error = QStringLiteral("%1: cannot put the backup in place").arg(path);
        return std::nullopt;
    }
    rotate();
    return BackupInfo { path, now, QFileInfo(path).size() };
}

bool Backups::restore(const BackupInfo& backup, const QString& target, QString* error)
{
    if (!QFileInfo::exists(backup.path)) {
        *error = QStringLiteral("%1: the backup is gone").arg(backup.path);
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(kStampFormat));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString f = target + suffix;
        if (QFileInfo::exists(f) && !QFile::rename(f, target + QStringLiteral(".damaged-") + stamp + suffix)) {
            *error = QStringLiteral("%1: cannot move the damaged file aside").arg(f);
            return false;
        }
    }
    const QString part = target + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backup.path, part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        *error = QStringLiteral("%1: cannot copy the backup %2 into place").arg(target, backup.path);
        return false;
    }
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool checkDatabase(Database& db, QString* problem)
{
    Statement s = db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!s.isValid() || !s.next()) {
        *problem = db.lastError().isEmpty() ? QStringLiteral("the file cannot be read as a database") : db.lastError();
        return false;
    }
    const QString first = s.text(0);
    if (first != u"ok") {
        *problem = first;
        return false;
    }
    return true;
}

} // namespace zanlink
