#include "cases/case_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace zanlink::caserows {

QString utcText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString tagsToJson(const QStringList& tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString& json)
{
    QStringList tags;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << v.toString();
    return tags;
}

QStringList cleanTags(const QStringList& tags)
{
    QStringList out;
    for (const QString& t : tags) {
        const QString tag = t.simplified();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

namespace {

Statement select(
    Database& db, const QString& columns, const QString& table, const QString& where, const QString& order, qint64 arg)
{
    Statement s = db.prepare(u"SELECT " + columns + u" FROM " + table + u" WHERE " + where + u" ORDER BY " + order);
    if (s.isValid() && where.contains(u"?1"))
        s.bind(1, arg);
    return s;
}

} // namespace

QList<CaseRecord> selectCases(Database& db, const QString& where, qint64 arg)
{
    QList<CaseRecord> list;
    Statement s = select(db, QStringLiteral("id, title, kind, status, tags, confidential, created_utc, updated_utc"),
        QStringLiteral("cases"), where, QStringLiteral("updated_utc DESC, id DESC"), arg);
    while (s.next()) {
        CaseRecord r;
        r.id = s.integer(0);
        r.title = s.text(1);
        r.kind = caseKindFromName(s.text(2)).value_or(CaseKind::Consultation);
        r.status = caseStatusFromName(s.text(3)).value_or(CaseStatus::Open);
        r.tags = tagsFromJson(s.text(4));
        r.confidential = s.integer(5) != 0;
        r.createdUtc = utcFromText(s.text(6));
        r.updatedUtc = utcFromText(s.text(7));
        list << r;
    }
    return list;
}

QList<Party> selectParties(Database& db, const QString& where, qint64 arg)
{
    QList<Party> list;
    Statement s
        = select(db, QStringLiteral("id, case_id, role, kind, name, details, is_child, birth_date, confidential"),
            QStringLiteral("parties"), where, QStringLiteral("id"), arg);
    while (s.next()) {
        Party p;
        p.id = s.integer(0);
        p.caseId = s.integer(1);
        p.role = partyRoleFromName(s.text(2)).value_or(PartyRole::Other);
        p.kind = partyKindFromName(s.text(3)).value_or(PartyKind::Person);
        p.name = s.text(4);
        p.details = s.text(5);
        p.isChild = s.integer(6) != 0;
        p.birthDate = QDate::fromString(s.text(7), Qt::ISODate);
        p.confidential = s.integer(8) != 0;
        list << p;
    }
    return list;
}

QList<ContentItem> selectItems(Database& db, const QString& where, qint64 arg)
{
    QList<ContentItem> list;
    Statement s = select(db, QStringLiteral("id, case_id, url, platform, account, content_kind, language, notes"),
        QStringLiteral("content_items"), where, QStringLiteral("id"), arg);
    while (s.next()) {
        ContentItem c;
        c.id = s.integer(0);
        c.caseId = s.integer(1);
        c.url = s.text(2);
        c.platform = s.text(3);
        c.account = s.text(4);
        c.contentKind = s.text(5);
        c.language = s.text(6);
        c.notes = s.text(7);
        list << c;
    }
    return list;
}

QList<Evidence> selectEvidence(Database& db, const QString& where, qint64 arg)
{
    QList<Evidence> list;
    Statement s = select(db,
        QStringLiteral("id, case_id, COALESCE(content_item_id, 0), file_name, sha256, size, "
                       "captured_at_utc, captured_by, capture_method, measurement_id, description"),
        QStringLiteral("evidence"), where, QStringLiteral("id"), arg);
    while (s.next()) {
        Evidence e;
        e.id = s.integer(0);
        e.caseId = s.integer(1);
        e.contentItemId = s.integer(2);
        e.fileName = s.text(3);
        e.sha256 = s.text(4);
        e.size = s.integer(5);
        e.capturedAtUtc = utcFromText(s.text(6));
        e.capturedBy = s.text(7);
        e.captureMethod = s.text(8);
        e.measurementId = s.text(9);
        e.description = s.text(10);
        list << e;
    }
    return list;
}

QList<CaseEvent> selectEvents(Database& db, const QString& where, qint64 arg)
{
    QList<CaseEvent> list;
    Statement s = select(db, QStringLiteral("id, case_id, kind, at_utc, description, COALESCE(content_item_id, 0)"),
        QStringLiteral("events"), where, QStringLiteral("at_utc, id"), arg);
    while (s.next()) {
        CaseEvent e;
        e.id = s.integer(0);
        e.caseId = s.integer(1);
        e.kind = eventKindFromName(s.text(2)).value_or(EventKind::Other);
        e.atUtc = utcFromText(s.text(3));
        e.description = s.text(4);
        e.contentItemId = s.integer(5);
        list << e;
    }
    return list;
}

QList<Deadline> selectDeadlines(Database& db, const QString& where, qint64 arg)
{
    QList<Deadline> list;
    Statement s
        = select(db, QStringLiteral("id, case_id, title, due_utc, rule_id, COALESCE(from_event_id, 0), done, notes"),
            QStringLiteral("deadlines"), where, QStringLiteral("due_utc, id"), arg);
    while (s.next()) {
        Deadline d;
        d.id = s.integer(0);
        d.caseId = s.integer(1);
        d.title = s.text(2);
        d.dueUtc = utcFromText(s.text(3));
        d.ruleId = s.text(4);
        d.fromEventId = s.integer(5);
        d.done = s.integer(6) != 0;
        d.notes = s.text(7);
        list << d;
    }
    return list;
}

QList<CaseNote> selectNotes(Database& db, const QString& where, qint64 arg)
{
    QList<CaseNote> list;
    Statement s = select(db, QStringLiteral("id, case_id, created_utc, updated_utc, html, plain_text"),
        QStringLiteral("notes"), where, QStringLiteral("created_utc, id"), arg);
    while (s.next()) {
        CaseNote n;
        n.id = s.integer(0);
        n.caseId = s.integer(1);
        n.createdUtc = utcFromText(s.text(2));
        n.updatedUtc = utcFromText(s.text(3));
        n.html = s.text(4);
        n.plainText = s.text(5);
        list << n;
    }
    s = Statement();
    Statement c = db.prepare(QStringLiteral("SELECT act_id, key, lang, edition_date, start, length, manual "
                                            "FROM note_citations WHERE note_id = ?1 ORDER BY ord"));
    for (CaseNote& n : list) {
        c.reset();
        c.bind(1, n.id);
        while (c.next()) {
            NoteCitation nc;
            nc.actId = c.text(0);
            nc.key = c.text(1);
            nc.language = languageFromCode(c.text(2)).value_or(Language::Ru);
            nc.editionDate = QDate::fromString(c.text(3), Qt::ISODate);
            nc.start = static_cast<int>(c.integer(4));
            nc.length = static_cast<int>(c.integer(5));
            nc.manual = c.integer(6) != 0;
            n.citations << nc;
        }
    }
    return list;
}

QList<CaseDraft> selectDrafts(Database& db, const QString& where, qint64 arg)
{
    QList<CaseDraft> list;
    Statement s = select(db,
        QStringLiteral("id, case_id, COALESCE(parent_id, 0), type, lang, title, fields, final, created_utc, "
                       "updated_utc"),
        QStringLiteral("drafts"), where, QStringLiteral("created_utc, id"), arg);
    while (s.next()) {
        CaseDraft d;
        d.id = s.integer(0);
        d.caseId = s.integer(1);
        d.parentId = s.integer(2);
        d.type = s.text(3);
        d.language = s.text(4);
        d.title = s.text(5);
        d.fieldsJson = s.text(6);
        d.final = s.integer(7) != 0;
        d.createdUtc = utcFromText(s.text(8));
        d.updatedUtc = utcFromText(s.text(9));
        list << d;
    }
    s = Statement();
    Statement c = db.prepare(QStringLiteral(
        "SELECT act_id, key, lang, edition_date, quote FROM draft_citations WHERE draft_id = ?1 ORDER BY ord"));
    for (CaseDraft& d : list) {
        c.reset();
        c.bind(1, d.id);
        while (c.next()) {
            DraftCitation dc;
            dc.actId = c.text(0);
            dc.key = c.text(1);
            dc.language = languageFromCode(c.text(2)).value_or(Language::Ru);
            dc.editionDate = QDate::fromString(c.text(3), Qt::ISODate);
            dc.quote = c.integer(4) != 0;
            d.citations << dc;
        }
    }
    return list;
}

QList<StatusChange> selectStatusHistory(Database& db, qint64 caseId)
{
    QList<StatusChange> list;
    Statement s = db.prepare(
        QStringLiteral("SELECT status, at_utc, by FROM status_history WHERE case_id = ?1 ORDER BY at_utc, id"));
    s.bind(1, caseId);
    while (s.next())
        list << StatusChange { caseStatusFromName(s.text(0)).value_or(CaseStatus::Open), utcFromText(s.text(1)),
            s.text(2) };
    return list;
}

void FieldChanges::field(const char16_t* name, bool changed)
{
    if (changed)
        m_parts << QString::fromUtf16(name);
}

void FieldChanges::value(const char16_t* name, const QString& before, const QString& after)
{
    if (before != after)
        m_parts << QString::fromUtf16(name) + u": " + before + u" -> " + after;
}

void FieldChanges::flag(const char16_t* name, bool before, bool after)
{
    value(name, before ? QStringLiteral("yes") : QStringLiteral("no"),
        after ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString FieldChanges::text() const
{
    return m_parts.join(u"; ");
}

} // namespace zanlink::caserows
