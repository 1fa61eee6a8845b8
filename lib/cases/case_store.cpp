#include "cases/case_store.h"

#include "cases/case_rows.h"
#include "cases/cases_schema.h"
#include "sealed/sealed_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace zanlink {

using namespace caserows;

CaseStore::CaseStore()
{
    m_actor = qEnvironmentVariable("USER");
    if (m_actor.isEmpty())
        m_actor = qEnvironmentVariable("USERNAME");
    if (m_actor.isEmpty())
        m_actor = QStringLiteral("unknown");
}

CaseStore::~CaseStore()
{
    discard();
}

bool CaseStore::open(const QString& path, QString* error)
{
    discard();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (needsPassphrase(m_path)) {
        *error = QStringLiteral("%1: the case file is protected with a passphrase; open it with the passphrase")
                     .arg(m_path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
        return false;
    }
    if (!m_db->open(m_path)) {
        *error = QStringLiteral("%1: cannot open the case file: %2").arg(m_path, m_db->lastError());
        return false;
    }
    return prepareOpened(error);
}

bool CaseStore::prepareOpened(QString* error)
{
    auto fail = [&](const QString& message) {
        *error = QStringLiteral("%1: %2").arg(m_path, message);
        discard();
        return false;
    };
    // Refuse another program's database, the law library among them, before
    // adding any table to it.
    Statement tables = m_db->prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(name = 'case_schema_version'), 0) FROM sqlite_master "
                       "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!tables.isValid() || !tables.next())
        return fail(QStringLiteral("not a ZanLink case file (%1)").arg(m_db->lastError()));
    const bool foreign = tables.integer(0) > 0 && tables.integer(1) == 0;
    tables = Statement();
    Statement appId = m_db->prepare(QStringLiteral("PRAGMA application_id"));
    const qint64 id = appId.next() ? appId.integer(0) : 0;
    appId = Statement();
    if (foreign || (id != 0 && id != kCaseFileApplicationId)) {
        return fail(QStringLiteral("not a ZanLink case file (it is another program's database); "
                                   "choose another file"));
    }
    // synchronous=FULL: a committed note survives a power cut, not only a crash.
    // (An in-memory database of a protected file keeps its own journal mode.)
    if (!m_db->execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;")))
        return fail(m_db->lastError());
    auto schemaVersion = [this] {
        Statement v = m_db->prepare(QStringLiteral("PRAGMA schema_version"));
        return v.next() ? v.integer(0) : -1;
    };
    const qint64 schemaBefore = schemaVersion();
    QString migrateError;
    if (!migrateCases(*m_db, &migrateError))
        return fail(migrateError);
    // A protected file that was migrated is saved at once.
    if (m_sealed && schemaVersion() != schemaBefore) {
        QString why;
        if (!persist(&why))
            return fail(why);
    }
    sweepVault();
    return true;
}

bool CaseStore::persist(QString* error)
{
    if (!m_sealed)
        return true;
    QString why;
    if (!m_sealed->save(&why)) {
        m_unsaved = true;
        *error = QStringLiteral("not saved to disk: %1 (the change is kept in memory and saving is tried again "
                                "with the next change)")
                     .arg(why);
        return false;
    }
    m_unsaved = false;
    return true;
}

bool CaseStore::close(QString* error)
{
    if (m_sealed && m_unsaved) {
        QString why;
        if (!persist(&why)) {
            if (error)
                *error = why;
            return false;
        }
    }
    discard();
    return true;
}

void CaseStore::discard()
{
    m_plain.close();
    if (m_sealed)
        m_sealed->close();
    m_sealed.reset();
    m_db = &m_plain;
    m_unsaved = false;
    releaseLock();
}

QString CaseStore::pathBeside(const QString& libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("cases.sqlite"));
}

QString CaseStore::evidenceDir() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("evidence"));
}

QString CaseStore::workingCopyDir() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("evidence-working"));
}

std::optional<QString> CaseStore::workingCopy(const Evidence& evidence, QString* error)
{
    QString problem;
    if (!verifyEvidence(evidence, &problem)) {
        *error = problem;
        return std::nullopt;
    }
    const QString dir = workingCopyDir();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(dir);
        return std::nullopt;
    }
    const QString name = evidence.sha256.left(12) + u'-' + QFileInfo(evidence.fileName).fileName();
    const QString copy = QDir(dir).filePath(name);
    if (QFileInfo::exists(copy))
        return copy;
    if (!QFile::copy(evidencePath(evidence), copy)) {
        *error = QStringLiteral("%1: cannot make a working copy").arg(copy);
        return std::nullopt;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

bool CaseStore::writeAudit(
    qint64 caseId, const QString& action, const QString& entity, qint64 entityId, const QString& detail)
{
    Statement s = m_db->prepare(QStringLiteral("INSERT INTO audit(at_utc, who, case_id, action, entity, entity_id, "
                                               "detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    s.bind(1, utcText(QDateTime::currentDateTimeUtc()))
        .bind(2, m_actor)
        .bind(3, caseId)
        .bind(4, action)
        .bind(5, entity)
        .bind(6, entityId)
        .bind(7, detail);
    return s.exec();
}

bool CaseStore::touchCase(qint64 caseId)
{
    Statement s = m_db->prepare(QStringLiteral("UPDATE cases SET updated_utc = ?1 WHERE id = ?2"));
    s.bind(1, utcText(QDateTime::currentDateTimeUtc())).bind(2, caseId);
    return s.exec();
}

bool CaseStore::caseExists(qint64 caseId)
{
    Statement s = m_db->prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?1"));
    s.bind(1, caseId);
    return s.next();
}

qint64 CaseStore::owningCase(const QString& table, qint64 id)
{
    Statement s = m_db->prepare(u"SELECT case_id FROM " + table + u" WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? s.integer(0) : 0;
}

bool CaseStore::checkCase(qint64 caseId, const QString& what, QString* error)
{
    if (caseId > 0 && caseExists(caseId))
        return true;
    *error = QStringLiteral("%1: there is no case with id %2 (caseId); the case may have been deleted")
                 .arg(what)
                 .arg(caseId);
    return false;
}

bool CaseStore::checkPartOfCase(const QString& table, qint64 id, qint64 caseId, const QString& field, QString* error)
{
    if (id == 0 || owningCase(table, id) == caseId)
        return true;
    *error = QStringLiteral("%1 %2 is not part of case %3").arg(field).arg(id).arg(caseId);
    return false;
}

QString CaseStore::databaseError(const QString& what) const
{
    return QStringLiteral("%1: %2 was not saved: %3").arg(m_path, what, m_db->lastError());
}

std::optional<CaseRecord> CaseStore::caseRecord(qint64 id)
{
    return firstOf(selectCases(*m_db, QStringLiteral("id = ?1"), id));
}

std::optional<qint64> CaseStore::saveCase(const CaseRecord& in, QString* error)
{
    const QString title = in.title.simplified();
    if (title.isEmpty()) {
        *error = QStringLiteral("the case's title is empty; give the case a title");
        return std::nullopt;
    }
    const QStringList tags = cleanTags(in.tags);
    const QString now = utcText(QDateTime::currentDateTimeUtc());
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error = databaseError(QStringLiteral("the case"));
        return std::nullopt;
    }
    qint64 id = in.id;
    QString action = QStringLiteral("update");
    FieldChanges changes;
    bool statusChanged = false;
    if (id == 0) {
        Statement s = m_db->prepare(QStringLiteral("INSERT INTO cases(title, kind, status, tags, confidential, "
                                                   "created_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        s.bind(1, title)
            .bind(2, caseKindName(in.kind))
            .bind(3, caseStatusName(in.status))
            .bind(4, tagsToJson(tags))
            .bind(5, in.confidential ? 1 : 0)
            .bind(6, in.createdUtc.isValid() ? utcText(in.createdUtc) : now)
            .bind(7, now);
        if (!s.exec()) {
            *error = databaseError(QStringLiteral("the case"));
            return std::nullopt;
        }
        id = m_db->lastInsertId();
        action = QStringLiteral("create");
        statusChanged = true;
        changes.value(u"kind", {}, caseKindName(in.kind));
        changes.value(u"status", {}, caseStatusName(in.status));
        changes.flag(u"confidential", false, in.confidential);
    } else {
        const std::optional<CaseRecord> old = caseRecord(id);
        if (!old) {
            *error = QStringLiteral("there is no case with id %1; it may have been deleted").arg(id);
            return std::nullopt;
        }
        changes.field(u"title", old->title != title);
        changes.value(u"kind", caseKindName(old->kind), caseKindName(in.kind));
        changes.value(u"status", caseStatusName(old->status), caseStatusName(in.status));
        changes.field(u"tags", old->tags != tags);
        changes.flag(u"confidential", old->confidential, in.confidential);
        if (changes.isEmpty())
            return id; // nothing to write: an autosave of an unchanged case
        statusChanged = old->status != in.status;
        Statement s = m_db->prepare(QStringLiteral("UPDATE cases SET title = ?1, kind = ?2, status = ?3, tags = ?4, "
                                                   "confidential = ?5, updated_utc = ?6 WHERE id = ?7"));
        s.bind(1, title)
            .bind(2, caseKindName(in.kind))
            .bind(3, caseStatusName(in.status))
            .bind(4, tagsToJson(tags))
            .bind(5, in.confidential ? 1 : 0)
            .bind(6, now)
            .bind(7, id);
        if (!s.exec()) {
            *error = databaseError(QStringLiteral("the case"));
            return std::nullopt;
        }
    }
    if (statusChanged) {
        Statement h = m_db->prepare(
            QStringLiteral("INSERT INTO status_history(case_id, status, at_utc, by) VALUES (?1, ?2, ?3, ?4)"));
        h.bind(1, id).bind(2, caseStatusName(in.status)).bind(3, now).bind(4, m_actor);
        if (!h.exec()) {
            *error = databaseError(QStringLiteral("the case's status"));
            return std::nullopt;
        }
    }
    if (!writeAudit(id, action, QStringLiteral("case"), id, changes.text()) || !tx.commit()) {
        *error = databaseError(QStringLiteral("the case"));
        return std::nullopt;
    }
    if (!persist(error))
        return std::nullopt;
    return id;
}

bool CaseStore::deleteCase(qint64 id, QString* error)
{
    if (!checkCase(id, QStringLiteral("deleting a case"), error))
        return false;
    Transaction tx(*m_db);
    QStringList hashes;
    for (const Evidence& e : selectEvidence(*m_db, QStringLiteral("case_id = ?1"), id))
        hashes << e.sha256;
    Statement s = m_db->prepare(QStringLiteral("DELETE FROM cases WHERE id = ?1"));
    s.bind(1, id);
    if (!tx.isActive() || !s.exec() || !writeAudit(id, QStringLiteral("delete"), QStringLiteral("case"), id, {})) {
        *error = databaseError(QStringLiteral("deleting the case"));
        return false;
    }
    if (!tx.commit()) {
        *error = databaseError(QStringLiteral("deleting the case"));
        return false;
    }
    // Until the deletion is on disk, the file there still names the originals.
    if (!persist(error))
        return false;
    removeUnreferencedOriginals(hashes);
    return true;
}

bool CaseStore::removePart(const QString& table, const QString& entity, qint64 id, QString* error)
{
    const qint64 caseId = owningCase(table, id);
    if (caseId == 0) {
        *error = QStringLiteral("there is no %1 with id %2; it may have been removed already").arg(entity).arg(id);
        return false;
    }
    Transaction tx(*m_db);
    Statement s = m_db->prepare(u"DELETE FROM " + table + u" WHERE id = ?1");
    s.bind(1, id);
    if (!tx.isActive() || !s.exec() || !touchCase(caseId)
        || !writeAudit(caseId, QStringLiteral("delete"), entity, id, {}) || !tx.commit()) {
        *error = databaseError(QStringLiteral("removing the %1").arg(entity));
        return false;
    }
    return persist(error);
}

bool CaseStore::logAction(
    qint64 caseId, const QString& action, const QString& entity, qint64 entityId, const QString& detail, QString* error)
{
    Transaction tx(*m_db);
    if (!tx.isActive() || !writeAudit(caseId, action, entity, entityId, detail) || !tx.commit()) {
        *error = databaseError(QStringLiteral("the audit entry"));
        return false;
    }
    return persist(error);
}

} // namespace zanlink
