// The evidence vault: untouched originals named by their SHA-256 beside the
// case file, and the rows that describe them.
#include "cases/case_rows.h"
#include "cases/case_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace zanlink {

using namespace caserows;

namespace {

constexpr qint64 kChunk = 1024 * 1024;
constexpr auto kTemporaryPrefix = u".incoming-";

bool isHashName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(name).hasMatch();
}

bool syncFile(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncDirectory(const QString& dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// The SHA-256 of a file in lower-case hex; empty when it cannot be read.
QString fileSha256(const QString& path, qint64* size = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    if (size)
        *size = f.size();
    return QString::fromLatin1(hash.result().toHex());
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString CaseStore::evidencePath(const Evidence& evidence) const
{
    // A name from an imported file must not lead out of the vault.
    if (!isHashName(evidence.sha256))
        return {};
    return QDir(evidenceDir()).filePath(evidence.sha256);
}

std::optional<Evidence> CaseStore::attachEvidence(
    qint64 caseId, const QString& filePath, const Evidence& meta, QString* error)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        *error = QStringLiteral("%1: the evidence file does not exist").arg(filePath);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1: not a file; attach the files inside it one by one").arg(filePath);
        return std::nullopt;
    }
    if (info.size() == 0) {
        *error = QStringLiteral("%1: the evidence file is empty").arg(filePath);
        return std::nullopt;
    }
    if (info.size() > kMaxEvidenceSize) {
        *error = QStringLiteral("%1: the file is %2 MB; an evidence file can be at most %3 MB")
                     .arg(filePath, megabytes(info.size()), megabytes(kMaxEvidenceSize));
        return std::nullopt;
    }
    if (!checkCase(caseId, QStringLiteral("the evidence"), error)
        || !checkPartOfCase(QStringLiteral("content_items"), meta.contentItemId, caseId,
            QStringLiteral("the evidence's content item"), error)) {
        return std::nullopt;
    }
    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the evidence file: %2").arg(filePath, source.errorString());
        return std::nullopt;
    }
    const QString dir = evidenceDir();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("%1: cannot create the evidence folder").arg(dir);
        return std::nullopt;
    }

    // Copy to a temporary name while hashing, so the original is read once.
    QTemporaryFile temp(QDir(dir).filePath(QString::fromUtf16(kTemporaryPrefix) + u"XXXXXX"));
    if (!temp.open()) {
        *error = QStringLiteral("%1: cannot write in the evidence folder: %2").arg(dir, temp.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer;
    while (!(buffer = source.read(kChunk)).isEmpty()) {
        size += buffer.size();
        if (size > kMaxEvidenceSize) {
            *error = QStringLiteral("%1: the file grew past %2 MB while it was copied; evidence files can be at "
                                    "most %2 MB")
                         .arg(filePath, megabytes(kMaxEvidenceSize));
            return std::nullopt;
        }
        hash.addData(buffer);
        if (temp.write(buffer) != buffer.size()) {
            *error = QStringLiteral("%1: cannot write the copy: %2").arg(dir, temp.errorString());
            return std::nullopt;
        }
    }
    if (source.error() != QFileDevice::NoError || size == 0) {
        *error = QStringLiteral("%1: cannot read the evidence file: %2").arg(filePath, source.errorString());
        return std::nullopt;
    }
    if (!syncFile(temp)) {
        *error = QStringLiteral("%1: cannot write the copy to disk: %2").arg(dir, temp.errorString());
        return std::nullopt;
    }
    temp.close();
    const QString sha256 = QString::fromLatin1(hash.result().toHex());

    Evidence e = meta;
    e.id = 0;
    e.caseId = caseId;
    e.fileName = info.fileName();
    e.sha256 = sha256;
    e.size = size;
    if (!e.capturedAtUtc.isValid())
        e.capturedAtUtc = QDateTime::currentDateTimeUtc();
    const QString stored = evidencePath(e);

    // The original is placed while holding the write lock, so a concurrent
    // removal of the last row with the same hash cannot delete it under us.
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error = databaseError(QStringLiteral("the evidence"));
        return std::nullopt;
    }
    bool placed = false;
    if (QFileInfo::exists(stored) && fileSha256(stored) != sha256) {
        // A damaged original is replaced by this good copy of it.
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(stored);
    }
    if (!QFileInfo::exists(stored)) {
        QFile::setPermissions(temp.fileName(), QFileDevice::ReadOwner | QFileDevice::ReadUser);
        if (!QFile::rename(temp.fileName(), stored)) {
            *error = QStringLiteral("%1: cannot store the evidence file").arg(stored);
            return std::nullopt;
        }
        syncDirectory(dir);
        placed = true;
    }
    Statement s = m_db->prepare(QStringLiteral(
        "INSERT INTO evidence(case_id, content_item_id, file_name, sha256, size, captured_at_utc, captured_by, "
        "capture_method, measurement_id, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    s.bind(1, caseId);
    if (e.contentItemId == 0)
        s.bindNull(2);
    else
        s.bind(2, e.contentItemId);
    s.bind(3, e.fileName)
        .bind(4, e.sha256)
        .bind(5, e.size)
        .bind(6, utcText(e.capturedAtUtc))
        .bind(7, e.capturedBy)
        .bind(8, e.captureMethod)
        .bind(9, e.measurementId)
        .bind(10, e.description);
    bool ok = s.exec();
    if (ok) {
        e.id = m_db->lastInsertId();
        ok = touchCase(caseId)
            && writeAudit(caseId, QStringLiteral("attach"), QStringLiteral("evidence"), e.id,
                QStringLiteral("sha256 %1, %2 bytes").arg(e.sha256).arg(e.size))
            && tx.commit();
    }
    if (!ok) {
        *error = databaseError(QStringLiteral("the evidence"));
        if (placed) {
            QFile::remove(stored); // no row can hold it: the transaction kept others out
        }
        return std::nullopt;
    }
    if (!persist(error))
        return std::nullopt;
    return e;
}

bool CaseStore::updateEvidence(const Evidence& ev, QString* error)
{
    if (!checkCase(ev.caseId, QStringLiteral("the evidence"), error)
        || !checkPartOfCase(QStringLiteral("content_items"), ev.contentItemId, ev.caseId,
            QStringLiteral("the evidence's content item"), error)) {
        return false;
    }
    return writePart(
        QStringLiteral("evidence"), QStringLiteral("evidence"), ev.caseId, ev.id,
        [&](qint64& id, QString& detail) {
            if (id == 0)
                return false;
            const Evidence old = *firstOf(selectEvidence(*m_db, QStringLiteral("id = ?1"), id));
            FieldChanges changes;
            changes.field(u"content item", old.contentItemId != ev.contentItemId);
            changes.value(u"captured at", utcText(old.capturedAtUtc), utcText(ev.capturedAtUtc));
            changes.field(u"captured by", old.capturedBy != ev.capturedBy);
            changes.field(u"capture method", old.captureMethod != ev.captureMethod);
            changes.field(u"measurement id", old.measurementId != ev.measurementId);
            changes.field(u"description", old.description != ev.description);
            if (changes.isEmpty())
                return true;
            Statement s
                = m_db->prepare(QStringLiteral("UPDATE evidence SET content_item_id = ?1, captured_at_utc = ?2, "
                                               "captured_by = ?3, capture_method = ?4, "
                                               "measurement_id = ?5, description = ?6 WHERE id = ?7"));
            if (ev.contentItemId == 0)
                s.bindNull(1);
            else
                s.bind(1, ev.contentItemId);
            s.bind(2, utcText(ev.capturedAtUtc.isValid() ? ev.capturedAtUtc : old.capturedAtUtc))
                .bind(3, ev.capturedBy)
                .bind(4, ev.captureMethod)
                .bind(5, ev.measurementId)
                .bind(6, ev.description)
                .bind(7, id);
            detail = changes.text();
            return s.exec();
        },
        error)
        .has_value();
}

bool CaseStore::removeEvidence(qint64 id, QString* error)
{
    const std::optional<Evidence> e = firstOf(selectEvidence(*m_db, QStringLiteral("id = ?1"), id));
    if (!e) {
        *error = QStringLiteral("there is no evidence with id %1; it may have been removed already").arg(id);
        return false;
    }
    Transaction tx(*m_db);
    Statement s = m_db->prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?1"));
    s.bind(1, id);
    if (!tx.isActive() || !s.exec() || !touchCase(e->caseId)
        || !writeAudit(e->caseId, QStringLiteral("delete"), QStringLiteral("evidence"), id,
            QStringLiteral("sha256 %1").arg(e->sha256))) {
        *error = databaseError(QStringLiteral("removing the evidence"));
        return false;
    }
    if (!tx.commit()) {
        *error = databaseError(QStringLiteral("removing the evidence"));
        return false;
    }
    // Until the removal is on disk, the file there still names the original.
    if (!persist(error))
        return false;
    removeUnreferencedOriginals({ e->sha256 });
    return true;
}

bool CaseStore::verifyEvidence(const Evidence& evidence, QString* problem) const
{
    const QString path = evidencePath(evidence);
    if (path.isEmpty()) {
        *problem = QStringLiteral("\"%1\": the recorded SHA-256 is not a valid hash").arg(evidence.fileName);
        return false;
    }
    if (!QFileInfo::exists(path)) {
        *problem = QStringLiteral("%1: the stored original of \"%2\" is missing").arg(path, evidence.fileName);
        return false;
    }
    qint64 size = 0;
    const QString actual = fileSha256(path, &size);
    if (actual.isEmpty()) {
        *problem = QStringLiteral("%1: the stored original of \"%2\" cannot be read").arg(path, evidence.fileName);
        return false;
    }
    if (size != evidence.size || actual != evidence.sha256) {
        *problem = QStringLiteral("%1: the stored original of \"%2\" has changed (%3 bytes, SHA-256 %4; "
                                  "recorded %5 bytes, SHA-256 %6)")
                       .arg(path, evidence.fileName)
                       .arg(size)
                       .arg(actual)
                       .arg(evidence.size)
                       .arg(evidence.sha256);
        return false;
    }
    return true;
}

void CaseStore::removeUnreferencedOriginals(const QStringList& hashes)
{
    // Under the write lock: no attach of the same file is between its check
    // for the original and its commit.
    Transaction tx(*m_db);
    if (!tx.isActive())
        return;
    Statement count = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sha256 = ?1"));
    for (const QString& sha : hashes) {
        count.reset();
        count.bind(1, sha);
        if (count.next() && count.integer(0) == 0 && isHashName(sha))
            QFile::remove(QDir(evidenceDir()).filePath(sha));
    }
    count = Statement();
    tx.commit();
}

void CaseStore::sweepVault()
{
    const QDir dir(evidenceDir());
    if (!dir.exists())
        return;
    // A temporary is live while another process copies into it; one an hour
    // old was left by a crash.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList temporaries = dir.entryInfoList(
        QStringList { QString::fromUtf16(kTemporaryPrefix) + u"*" }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& f : temporaries) {
        if (f.lastModified().toUTC() < stale)
            QFile::remove(f.absoluteFilePath());
    }
    // An original placed by an attach that crashed before its commit has no
    // row.
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files))
        if (isHashName(name))
            names << name;
    removeUnreferencedOriginals(names);
}

} // namespace zanlink
