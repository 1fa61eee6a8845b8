// Saving a case's notes with the provisions they cite.
#include "cases/case_rows.h"
#include "cases/case_store.h"

namespace zanlink {

using namespace caserows;

namespace {

bool sameCitations(const QList<NoteCitation>& a, const QList<NoteCitation>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const NoteCitation& x = a.at(i);
        const NoteCitation& y = b.at(i);
        if (x.actId != y.actId || x.key != y.key || x.language != y.language || x.editionDate != y.editionDate
            || x.start != y.start || x.length != y.length || x.manual != y.manual) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<qint64> CaseStore::saveNote(const CaseNote& n, QString* error)
{
    if (!checkCase(n.caseId, QStringLiteral("the note"), error))
        return std::nullopt;
    for (qsizetype i = 0; i < n.citations.size(); ++i) {
        if (n.citations.at(i).actId.trimmed().isEmpty()) {
            *error = QStringLiteral("citation %1 of the note names no act (actId is empty)").arg(i + 1);
            return std::nullopt;
        }
    }
    return writePart(
        QStringLiteral("notes"), QStringLiteral("note"), n.caseId, n.id,
        [&](qint64& id, QString& detail) {
            const QString now = utcText(QDateTime::currentDateTimeUtc());
            FieldChanges changes;
            if (id == 0) {
                Statement s = m_db->prepare(QStringLiteral("INSERT INTO notes(case_id, created_utc, updated_utc, html, "
                                                           "plain_text) VALUES (?1, ?2, ?3, ?4, ?5)"));
                s.bind(1, n.caseId)
                    .bind(2, n.createdUtc.isValid() ? utcText(n.createdUtc) : now)
                    .bind(3, now)
                    .bind(4, n.html)
                    .bind(5, n.plainText);
                if (!s.exec())
                    return false;
                id = m_db->lastInsertId();
                changes.field(u"text", true);
                changes.field(u"citations", !n.citations.isEmpty());
            } else {
                const CaseNote old = *firstOf(selectNotes(*m_db, QStringLiteral("id = ?1"), id));
                changes.field(u"text", old.html != n.html || old.plainText != n.plainText);
                changes.field(u"citations", !sameCitations(old.citations, n.citations));
                if (changes.isEmpty())
                    return true;
                Statement s = m_db->prepare(
                    QStringLiteral("UPDATE notes SET updated_utc = ?1, html = ?2, plain_text = ?3 WHERE id = ?4"));
                s.bind(1, now).bind(2, n.html).bind(3, n.plainText).bind(4, id);
                Statement clear = m_db->prepare(QStringLiteral("DELETE FROM note_citations WHERE note_id = ?1"));
                clear.bind(1, id);
                if (!s.exec() || !clear.exec())
                    return false;
            }
            Statement c = m_db->prepare(QStringLiteral("INSERT INTO note_citations(note_id, ord, act_id, key, lang, "
                                                       "edition_date, start, length, manual) "
                                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
            for (qsizetype i = 0; i < n.citations.size(); ++i) {
                const NoteCitation& nc = n.citations.at(i);
                c.reset();
                c.bind(1, id)
                    .bind(2, static_cast<qint64>(i))
                    .bind(3, nc.actId.trimmed())
                    .bind(4, nc.key.trimmed())
                    .bind(5, languageCode(nc.language))
                    .bindOrNull(6, dateText(nc.editionDate))
                    .bind(7, nc.start)
                    .bind(8, nc.length)
                    .bind(9, nc.manual ? 1 : 0);
                if (!c.exec())
                    return false;
            }
            detail = changes.text();
            return true;
        },
        error);
}

} // namespace zanlink
