// The reading side of the case store: lists, whole cases, citations, audit.
#include "cases/case_rows.h"
#include "cases/case_store.h"

#include <QHash>

namespace zanlink {

using namespace caserows;

namespace {

QMultiHash<qint64, QString> valuesByCase(Database& db, const QString& sql)
{
    QMultiHash<qint64, QString> map;
    Statement s = db.prepare(sql);
    while (s.next())
        map.insert(s.integer(0), s.text(1));
    return map;
}

} // namespace

QList<CaseRecord> CaseStore::cases(const CaseFilter& filter)
{
    // The enum names are constants of case_model.cpp, safe to write inline.
    QStringList where { QStringLiteral("1") };
    if (filter.status)
        where << u"status = '" + caseStatusName(*filter.status) + u"'";
    if (filter.kind)
        where << u"kind = '" + caseKindName(*filter.kind) + u"'";
    if (filter.withOpenDeadlinesOnly)
        where << QStringLiteral("EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = cases.id AND d.done = 0)");
    QList<CaseRecord> list = selectCases(*m_db, where.join(u" AND "), 0);

    // SQLite's lower() folds ASCII only: Cyrillic and Kazakh letters are
    // compared here instead.
    const QString platform = filter.platform.trimmed();
    if (!platform.isEmpty()) {
        const auto platforms = valuesByCase(*m_db,
            QStringLiteral("SELECT case_id, platform FROM content_items UNION ALL "
                           "SELECT case_id, name FROM parties WHERE role = 'platform'"));
        list.removeIf([&](const CaseRecord& r) {
            for (auto it = platforms.constFind(r.id); it != platforms.cend() && it.key() == r.id; ++it) {
                if (it.value().trimmed().compare(platform, Qt::CaseInsensitive) == 0)
                    return false;
            }
            return true;
        });
    }
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        const auto names = valuesByCase(*m_db, QStringLiteral("SELECT case_id, name FROM parties"));
        list.removeIf([&](const CaseRecord& r) {
            if (r.title.contains(text, Qt::CaseInsensitive))
                return false;
            for (const QString& tag : r.tags) {
                if (tag.contains(text, Qt::CaseInsensitive))
                    return false;
            }
            for (auto it = names.constFind(r.id); it != names.cend() && it.key() == r.id; ++it) {
                if (it.value().contains(text, Qt::CaseInsensitive))
                    return false;
            }
            return true;
        });
    }
    return list;
}

std::optional<CaseFile> CaseStore::caseFile(qint64 id)
{
    // One read transaction, so the parts agree with each other.
    if (!m_db->exec(QStringLiteral("BEGIN")))
        return std::nullopt;
    std::optional<CaseFile> file;
    if (const std::optional<CaseRecord> record = caseRecord(id)) {
        const QString byCase = QStringLiteral("case_id = ?1");
        file = CaseFile {};
        file->record = *record;
        file->parties = selectParties(*m_db, byCase, id);
        file->items = selectItems(*m_db, byCase, id);
        file->evidence = selectEvidence(*m_db, byCase, id);
        file->events = selectEvents(*m_db, byCase, id);
        file->deadlines = selectDeadlines(*m_db, byCase, id);
        file->notes = selectNotes(*m_db, byCase, id);
        file->drafts = selectDrafts(*m_db, byCase, id);
        file->statusHistory = selectStatusHistory(*m_db, id);
    }
    m_db->exec(QStringLiteral("COMMIT"));
    return file;
}

QList<CaseCitation> CaseStore::casesCiting(const QString& actId, const QString& key)
{
    QList<CaseCitation> list;
    const QString inside = QStringLiteral("(?2 = '' OR x.key = ?2 OR substr(x.key, 1, length(?2) + 1) = ?2 || '/')");
    Statement s = m_db->prepare(QStringLiteral(
        "SELECT DISTINCT c.id, c.title, n.id, 0, '', x.key, x.lang, COALESCE(x.edition_date, ''), c.confidential, "
        "  c.updated_utc, 0 AS source "
        "FROM note_citations x JOIN notes n ON n.id = x.note_id JOIN cases c ON c.id = n.case_id "
        "WHERE x.act_id = ?1 AND %1 "
        "UNION "
        "SELECT DISTINCT c.id, c.title, 0, d.id, d.title, x.key, x.lang, COALESCE(x.edition_date, ''), "
        "  c.confidential, c.updated_utc, 1 AS source "
        "FROM draft_citations x JOIN drafts d ON d.id = x.draft_id JOIN cases c ON c.id = d.case_id "
        "WHERE x.act_id = ?1 AND %1 "
        "ORDER BY 10 DESC, 1 DESC, 11, 3, 4, 6")
                                    .arg(inside));
    s.bind(1, actId).bind(2, key.trimmed());
    while (s.next()) {
        CaseCitation c;
        c.caseId = s.integer(0);
        c.caseTitle = s.text(1);
        c.noteId = s.integer(2);
        c.draftId = s.integer(3);
        c.draftTitle = s.text(4);
        c.key = s.text(5);
        c.language = languageFromCode(s.text(6)).value_or(Language::Ru);
        c.editionDate = QDate::fromString(s.text(7), Qt::ISODate);
        c.confidential = s.integer(8) != 0;
        list << c;
    }
    return list;
}

QList<AuditEntry> CaseStore::audit(qint64 caseId)
{
    QList<AuditEntry> list;
    Statement s = m_db->prepare(QStringLiteral("SELECT id, at_utc, who, case_id, action, entity, entity_id, detail "
                                               "FROM audit WHERE ?1 = 0 OR case_id = ?1 ORDER BY id"));
    s.bind(1, caseId);
    while (s.next()) {
        AuditEntry a;
        a.id = s.integer(0);
        a.atUtc = utcFromText(s.text(1));
        a.who = s.text(2);
        a.caseId = s.integer(3);
        a.action = s.text(4);
        a.entity = s.text(5);
        a.entityId = s.integer(6);
        a.detail = s.text(7);
        list << a;
    }
    return list;
}

} // namespace zanlink
