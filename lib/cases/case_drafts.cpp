// Saving the drafts of a case with the provision editions they cite.
#include "cases/case_rows.h"
#include "cases/case_store.h"

namespace zanlink {

using namespace caserows;

std::optional<qint64> CaseStore::saveDraft(const CaseDraft& d, QString* error)
{
    if (!checkCase(d.caseId, QStringLiteral("the draft"), error))
        return std::nullopt;
    if (d.type.trimmed().isEmpty() || d.language.trimmed().isEmpty()) {
        *error = QStringLiteral("the draft has no %1; choose the request type and the output language")
                     .arg(d.type.trimmed().isEmpty() ? QStringLiteral("request type (type)")
                                                     : QStringLiteral("output language (language)"));
        return std::nullopt;
    }
    if (d.parentId != 0 && d.parentId == d.id) {
        *error = QStringLiteral("draft %1 cannot follow itself (parentId)").arg(d.id);
        return std::nullopt;
    }
    if (!checkPartOfCase(QStringLiteral("drafts"), d.parentId, d.caseId, QStringLiteral("the draft's parent"), error))
        return std::nullopt;
    for (qsizetype i = 0; i < d.citations.size(); ++i) {
        if (d.citations.at(i).actId.trimmed().isEmpty()) {
            *error = QStringLiteral("citation %1 of the draft names no act (actId is empty)").arg(i + 1);
            return std::nullopt;
        }
    }
    return writePart(
        QStringLiteral("drafts"), QStringLiteral("draft"), d.caseId, d.id,
        [&](qint64& id, QString& detail) {
            const QString now = utcText(QDateTime::currentDateTimeUtc());
            FieldChanges changes;
            Statement s;
            if (id == 0) {
                s = m_db->prepare(QStringLiteral("INSERT INTO drafts(case_id, parent_id, type, lang, title, fields, "
                                                 "final, created_utc, updated_utc) "
                                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
                s.bind(1, d.caseId).bind(8, d.createdUtc.isValid() ? utcText(d.createdUtc) : now);
                changes.value(u"type", {}, d.type);
                changes.value(u"language", {}, d.language);
                changes.flag(u"final", false, d.final);
            } else {
                const CaseDraft old = *firstOf(selectDrafts(*m_db, QStringLiteral("id = ?1"), id));
                changes.value(u"type", old.type, d.type);
                changes.value(u"language", old.language, d.language);
                changes.field(u"title", old.title != d.title);
                changes.field(u"fields", old.fieldsJson != d.fieldsJson);
                changes.field(u"citations", old.citations != d.citations);
                changes.field(u"parent", old.parentId != d.parentId);
                changes.flag(u"final", old.final, d.final);
                if (changes.isEmpty())
                    return true;
                s = m_db->prepare(QStringLiteral("UPDATE drafts SET parent_id = ?2, type = ?3, lang = ?4, title = ?5, "
                                                 "fields = ?6, final = ?7, updated_utc = ?9 WHERE id = ?1"));
                s.bind(1, id);
                Statement clear = m_db->prepare(QStringLiteral("DELETE FROM draft_citations WHERE draft_id = ?1"));
                clear.bind(1, id);
                if (!clear.exec())
                    return false;
            }
            if (d.parentId != 0)
                s.bind(2, d.parentId);
            else
                s.bindNull(2);
            s.bind(3, d.type.trimmed())
                .bind(4, d.language.trimmed())
                .bind(5, d.title)
                .bind(6, d.fieldsJson.isEmpty() ? QStringLiteral("{}") : d.fieldsJson)
                .bind(7, d.final ? 1 : 0)
                .bind(9, now);
            if (!s.exec())
                return false;
            if (id == 0)
                id = m_db->lastInsertId();
            Statement c = m_db->prepare(QStringLiteral("INSERT INTO draft_citations(draft_id, ord, act_id, key, lang, "
                                                       "edition_date, quote) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
            for (qsizetype i = 0; i < d.citations.size(); ++i) {
                const DraftCitation& dc = d.citations.at(i);
                c.reset();
                c.bind(1, id)
                    .bind(2, static_cast<qint64>(i))
                    .bind(3, dc.actId.trimmed())
                    .bind(4, dc.key.trimmed())
                    .bind(5, languageCode(dc.language))
                    .bindOrNull(6, dateText(dc.editionDate))
                    .bind(7, dc.quote ? 1 : 0);
                if (!c.exec())
                    return false;
            }
            detail = changes.text();
            return true;
        },
        error);
}

bool CaseStore::removeDraft(qint64 id, QString* error)
{
    return removePart(QStringLiteral("drafts"), QStringLiteral("draft"), id, error);
}

std::optional<CaseDraft> CaseStore::draft(qint64 id)
{
    return firstOf(selectDrafts(*m_db, QStringLiteral("id = ?1"), id));
}

} // namespace zanlink
