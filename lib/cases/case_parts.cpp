// Saving and removing the parts of a case: parties, content items, events,
// deadlines and notes.
#include "cases/case_rows.h"
#include "cases/case_store.h"

#include <QUrl>

namespace zanlink {

using namespace caserows;

namespace {

qint64 zeroIsNull(Statement& s, int index, qint64 id)
{
    if (id == 0)
        s.bindNull(index);
    else
        s.bind(index, id);
    return id;
}

} // namespace

std::optional<qint64> CaseStore::writePart(const QString& table, const QString& entity, qint64 caseId, qint64 id,
    const std::function<bool(qint64& id, QString& detail)>& write, QString* error)
{
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error = databaseError(QStringLiteral("the %1").arg(entity));
        return std::nullopt;
    }
    if (id != 0 && owningCase(table, id) != caseId) {
        *error = QStringLiteral("there is no %1 with id %2 in case %3; it may have been removed")
                     .arg(entity)
                     .arg(id)
                     .arg(caseId);
        return std::nullopt;
    }
    const bool insert = id == 0;
    QString detail;
    if (!write(id, detail)) {
        *error = databaseError(QStringLiteral("the %1").arg(entity));
        return std::nullopt;
    }
    if (!insert && detail.isEmpty())
        return id;
    if (!touchCase(caseId)
        || !writeAudit(caseId, insert ? QStringLiteral("create") : QStringLiteral("update"), entity, id, detail)
        || !tx.commit()) {
        *error = databaseError(QStringLiteral("the %1").arg(entity));
        return std::nullopt;
    }
    if (!persist(error))
        return std::nullopt;
    return id;
}

std::optional<qint64> CaseStore::saveParty(const Party& p, QString* error)
{
    if (!checkCase(p.caseId, QStringLiteral("the party"), error))
        return std::nullopt;
    const QString name = p.name.simplified();
    if (name.isEmpty()) {
        *error = QStringLiteral("the party's name is empty; give a name (for a platform, its name)");
        return std::nullopt;
    }
    return writePart(
        QStringLiteral("parties"), QStringLiteral("party"), p.caseId, p.id,
        [&](qint64& id, QString& detail) {
            const bool confidential = id == 0 ? p.confidential || p.isChild : p.confidential;
            FieldChanges changes;
            Statement s;
            if (id == 0) {
                s = m_db->prepare(QStringLiteral("INSERT INTO parties(role, kind, name, details, is_child, birth_date, "
                                                 "confidential, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
                s.bind(8, p.caseId);
                changes.value(u"role", {}, partyRoleName(p.role));
                changes.flag(u"child", false, p.isChild);
                changes.flag(u"confidential", false, confidential);
            } else {
                const Party old = *firstOf(selectParties(*m_db, QStringLiteral("id = ?1"), id));
                changes.value(u"role", partyRoleName(old.role), partyRoleName(p.role));
                changes.value(u"kind", partyKindName(old.kind), partyKindName(p.kind));
                changes.field(u"name", old.name != name);
                changes.field(u"details", old.details != p.details);
                changes.flag(u"child", old.isChild, p.isChild);
                changes.field(u"birth date", old.birthDate != p.birthDate);
                changes.flag(u"confidential", old.confidential, confidential);
                if (changes.isEmpty())
                    return true;
                s = m_db->prepare(QStringLiteral("UPDATE parties SET role = ?1, kind = ?2, name = ?3, details = ?4, "
                                                 "is_child = ?5, birth_date = ?6, confidential = ?7 WHERE id = ?8"));
                s.bind(8, id);
            }
            s.bind(1, partyRoleName(p.role))
                .bind(2, partyKindName(p.kind))
                .bind(3, name)
                .bind(4, p.details)
                .bind(5, p.isChild ? 1 : 0)
                .bindOrNull(6, dateText(p.birthDate))
                .bind(7, confidential ? 1 : 0);
            if (!s.exec())
                return false;
            if (id == 0)
                id = m_db->lastInsertId();
            detail = changes.text();
            return true;
        },
        error);
}

bool CaseStore::removeParty(qint64 id, QString* error)
{
    return removePart(QStringLiteral("parties"), QStringLiteral("party"), id, error);
}

std::optional<qint64> CaseStore::saveContentItem(const ContentItem& c, QString* error)
{
    if (!checkCase(c.caseId, QStringLiteral("the content item"), error))
        return std::nullopt;
    const QString url = c.url.trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty()) {
        *error = url.isEmpty() ? QStringLiteral("the content item's URL is empty; give its http:// or https:// "
                                                "address")
                               : QStringLiteral("the content item's URL \"%1\" is not an http:// or https:// "
                                                "address")
                                     .arg(url);
        return std::nullopt;
    }
    return writePart(
        QStringLiteral("content_items"), QStringLiteral("content"), c.caseId, c.id,
        [&](qint64& id, QString& detail) {
            FieldChanges changes;
            Statement s;
            if (id == 0) {
                s = m_db->prepare(QStringLiteral("INSERT INTO content_items(url, platform, account, content_kind, "
                                                 "language, notes, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
                s.bind(7, c.caseId);
                changes.field(u"url", true);
            } else {
                const ContentItem old = *firstOf(selectItems(*m_db, QStringLiteral("id = ?1"), id));
                changes.field(u"url", old.url != url);
                changes.field(u"platform", old.platform != c.platform.trimmed());
                changes.field(u"account", old.account != c.account);
                changes.field(u"content kind", old.contentKind != c.contentKind);
                changes.field(u"language", old.language != c.language);
                changes.field(u"notes", old.notes != c.notes);
                if (changes.isEmpty())
                    return true;
                s = m_db->prepare(QStringLiteral("UPDATE content_items SET url = ?1, platform = ?2, account = ?3, "
                                                 "content_kind = ?4, language = ?5, notes = ?6 WHERE id = ?7"));
                s.bind(7, id);
            }
            s.bind(1, url)
                .bind(2, c.platform.trimmed())
                .bind(3, c.account)
                .bind(4, c.contentKind)
                .bind(5, c.language)
                .bind(6, c.notes);
            if (!s.exec())
                return false;
            if (id == 0)
                id = m_db->lastInsertId();
            detail = changes.text();
            return true;
        },
        error);
}

bool CaseStore::removeContentItem(qint64 id, QString* error)
{
    return removePart(QStringLiteral("content_items"), QStringLiteral("content"), id, error);
}

std::optional<qint64> CaseStore::saveEvent(const CaseEvent& e, QString* error)
{
    if (!checkCase(e.caseId, QStringLiteral("the event"), error))
        return std::nullopt;
    if (!e.atUtc.isValid()) {
        *error = QStringLiteral("the event's time is not set; give the date and time it happened");
        return std::nullopt;
    }
    if (!checkPartOfCase(QStringLiteral("content_items"), e.contentItemId, e.caseId,
            QStringLiteral("the event's content item"), error)) {
        return std::nullopt;
    }
    return writePart(
        QStringLiteral("events"), QStringLiteral("event"), e.caseId, e.id,
        [&](qint64& id, QString& detail) {
            FieldChanges changes;
            Statement s;
            if (id == 0) {
                s = m_db->prepare(QStringLiteral("INSERT INTO events(kind, at_utc, description, content_item_id, "
                                                 "case_id) VALUES (?1, ?2, ?3, ?4, ?5)"));
                s.bind(5, e.caseId);
                changes.value(u"kind", {}, eventKindName(e.kind));
            } else {
                const CaseEvent old = *firstOf(selectEvents(*m_db, QStringLiteral("id = ?1"), id));
                changes.value(u"kind", eventKindName(old.kind), eventKindName(e.kind));
                changes.value(u"time", utcText(old.atUtc), utcText(e.atUtc));
                changes.field(u"description", old.description != e.description);
                changes.field(u"content item", old.contentItemId != e.contentItemId);
                if (changes.isEmpty())
                    return true;
                s = m_db->prepare(QStringLiteral("UPDATE events SET kind = ?1, at_utc = ?2, description = ?3, "
                                                 "content_item_id = ?4 WHERE id = ?5"));
                s.bind(5, id);
            }
            s.bind(1, eventKindName(e.kind)).bind(2, utcText(e.atUtc)).bind(3, e.description);
            zeroIsNull(s, 4, e.contentItemId);
            if (!s.exec())
                return false;
            if (id == 0)
                id = m_db->lastInsertId();
            detail = changes.text();
            return true;
        },
        error);
}

bool CaseStore::removeEvent(qint64 id, QString* error)
{
    return removePart(QStringLiteral("events"), QStringLiteral("event"), id, error);
}

std::optional<qint64> CaseStore::saveDeadline(const Deadline& d, QString* error)
{
    if (!checkCase(d.caseId, QStringLiteral("the deadline"), error))
        return std::nullopt;
    const QString title = d.title.simplified();
    if (title.isEmpty()) {
        *error = QStringLiteral("the deadline's title is empty; say what is due");
        return std::nullopt;
    }
    if (!d.dueUtc.isValid()) {
        *error = QStringLiteral("the deadline's due time is not set; give the date it is due");
        return std::nullopt;
    }
    if (!checkPartOfCase(
            QStringLiteral("events"), d.fromEventId, d.caseId, QStringLiteral("the deadline's event"), error)) {
        return std::nullopt;
    }
    return writePart(
        QStringLiteral("deadlines"), QStringLiteral("deadline"), d.caseId, d.id,
        [&](qint64& id, QString& detail) {
            FieldChanges changes;
            Statement s;
            if (id == 0) {
                s = m_db->prepare(QStringLiteral("INSERT INTO deadlines(title, due_utc, rule_id, from_event_id, done, "
                                                 "notes, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
                s.bind(7, d.caseId);
                changes.value(u"rule", {}, d.ruleId);
            } else {
                const Deadline old = *firstOf(selectDeadlines(*m_db, QStringLiteral("id = ?1"), id));
                changes.field(u"title", old.title != title);
                changes.value(u"due", utcText(old.dueUtc), utcText(d.dueUtc));
                changes.value(u"rule", old.ruleId, d.ruleId);
                changes.field(u"event", old.fromEventId != d.fromEventId);
                changes.flag(u"done", old.done, d.done);
                changes.field(u"notes", old.notes != d.notes);
                if (changes.isEmpty())
                    return true;
                s = m_db->prepare(QStringLiteral("UPDATE deadlines SET title = ?1, due_utc = ?2, rule_id = ?3, "
                                                 "from_event_id = ?4, done = ?5, notes = ?6 WHERE id = ?7"));
                s.bind(7, id);
            }
            s.bind(1, title).bind(2, utcText(d.dueUtc)).bind(3, d.ruleId);
            zeroIsNull(s, 4, d.fromEventId);
            s.bind(5, d.done ? 1 : 0).bind(6, d.notes);
            if (!s.exec())
                return false;
            if (id == 0)
                id = m_db->lastInsertId();
            detail = changes.text();
            return true;
        },
        error);
}

bool CaseStore::removeDeadline(qint64 id, QString* error)
{
    return removePart(QStringLiteral("deadlines"), QStringLiteral("deadline"), id, error);
}

bool CaseStore::removeNote(qint64 id, QString* error)
{
    return removePart(QStringLiteral("notes"), QStringLiteral("note"), id, error);
}

} // namespace zanlink
