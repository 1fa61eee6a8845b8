// Reading case.json and provisions.json back, checking every field.
#include "cases/case_bundle_internal.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace zanlink::bundle {

namespace {

// Reads the fields of one JSON object; the first problem is kept in *error.
class Fields {
public:
    Fields(const QJsonObject& object, const QString& context, QString* error)
        : m_o(object), m_context(context), m_error(error)
    {
    }
    bool ok() const { return m_ok; }

    QString text(const char* name)
    {
        const QJsonValue v = value(name);
        if (!v.isString())
            return fail(name, u"must be a string"), QString();
        return v.toString();
    }
    bool flag(const char* name)
    {
        const QJsonValue v = value(name);
        if (!v.isBool())
            return fail(name, u"must be true or false"), false;
        return v.toBool();
    }
    qint64 integer(const char* name, qint64 min = 0)
    {
        const QJsonValue v = value(name);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(min) || d > 9007199254740992.0)
            return fail(name, u"must be a whole number"), 0;
        return static_cast<qint64>(d);
    }
    // An empty string is "not known".
    QDateTime utc(const char* name, bool required = false)
    {
        const QString s = text(name);
        if (s.isEmpty() && !required)
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            return fail(name, u"must be a UTC time such as 2025-03-01T09:30:00.000Z"), QDateTime();
        return t.toUTC();
    }
    QDate date(const char* name)
    {
        const QString s = text(name);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return fail(name, u"must be a date such as 2025-03-01"), QDate();
        return d;
    }
    template <typename Enum> Enum name(const char* field, std::optional<Enum> (*parse)(const QString&))
    {
        const QString s = text(field);
        const std::optional<Enum> e = parse(s);
        if (!e) {
            fail(field, QString(u"has an unknown value \"" + s + u'"'));
            return Enum {};
        }
        return *e;
    }
    QStringList strings(const char* field)
    {
        const QJsonValue v = value(field);
        QStringList list;
        if (!v.isArray())
            return fail(field, u"must be a list of strings"), list;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return fail(field, u"must be a list of strings"), QStringList();
            list << item.toString();
        }
        return list;
    }
    void fail(const char* field, QStringView problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        *m_error = m_context + u": field \"" + QString::fromLatin1(field) + u"\" " + problem;
    }

private:
    QJsonValue value(const char* name) const { return m_o.value(QLatin1String(name)); }

    QJsonObject m_o;
    QString m_context;
    QString* m_error;
    bool m_ok = true;
};

// The JSON objects of list `name`, or nullopt with the problem.
std::optional<QList<QJsonObject>> objects(const QJsonObject& o, const char* name, const QString& where, QString* error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isArray()) {
        *error = where + u": \"" + QString::fromLatin1(name) + u"\" must be a list";
        return std::nullopt;
    }
    QList<QJsonObject> list;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isObject()) {
            *error = where + u": every entry of \"" + QString::fromLatin1(name) + u"\" must be an object";
            return std::nullopt;
        }
        list << item.toObject();
    }
    return list;
}

QString context(const QString& where, const char* list, qsizetype index)
{
    return QStringLiteral("%1: %2 %3").arg(where, QString::fromLatin1(list)).arg(index + 1);
}

} // namespace

std::optional<CaseFile> caseFileFromJson(const QJsonObject& json, const QString& where, QString* error)
{
    CaseFile file;
    const QJsonValue recordValue = json.value(QLatin1String("case"));
    if (!recordValue.isObject()) {
        *error = where + u": \"case\" must be an object";
        return std::nullopt;
    }
    {
        Fields f(recordValue.toObject(), where + u": case", error);
        CaseRecord& r = file.record;
        r.title = f.text("title");
        r.kind = f.name<CaseKind>("kind", &caseKindFromName);
        r.status = f.name<CaseStatus>("status", &caseStatusFromName);
        r.tags = f.strings("tags");
        r.confidential = f.flag("confidential");
        r.createdUtc = f.utc("created_utc");
        r.updatedUtc = f.utc("updated_utc");
        if (f.ok() && r.title.simplified().isEmpty())
            f.fail("title", u"is empty");
        if (!f.ok())
            return std::nullopt;
    }
    const auto history = objects(json, "status_history", where, error);
    const auto parties = objects(json, "parties", where, error);
    const auto items = objects(json, "content_items", where, error);
    const auto evidence = objects(json, "evidence", where, error);
    const auto events = objects(json, "events", where, error);
    const auto deadlines = objects(json, "deadlines", where, error);
    const auto notes = objects(json, "notes", where, error);
    if (!history || !parties || !items || !evidence || !events || !deadlines || !notes)
        return std::nullopt;

    // Ids must be unique within their kind; references must name a part of the bundle.
    auto uniqueId = [&](Fields& f, QSet<qint64>& seen) {
        const qint64 id = f.integer("id", 1);
        if (f.ok() && seen.contains(id))
            f.fail("id", u"is used twice");
        seen.insert(id);
        return id;
    };
    auto reference = [](Fields& f, const char* field, const QSet<qint64>& known) {
        const qint64 id = f.integer(field);
        if (f.ok() && id != 0 && !known.contains(id))
            f.fail(field, u"names a part that is not in the bundle");
        return id;
    };

    for (qsizetype i = 0; i < history->size(); ++i) {
        Fields f(history->at(i), context(where, "status change", i), error);
        StatusChange s;
        s.status = f.name<CaseStatus>("status", &caseStatusFromName);
        s.atUtc = f.utc("at_utc", true);
        s.by = f.text("by");
        if (!f.ok())
            return std::nullopt;
        file.statusHistory << s;
    }
    QSet<qint64> partyIds;
    for (qsizetype i = 0; i < parties->size(); ++i) {
        Fields f(parties->at(i), context(where, "party", i), error);
        Party p;
        p.id = uniqueId(f, partyIds);
        p.role = f.name<PartyRole>("role", &partyRoleFromName);
        p.kind = f.name<PartyKind>("kind", &partyKindFromName);
        p.name = f.text("name");
        p.details = f.text("details");
        p.isChild = f.flag("is_child");
        p.birthDate = f.date("birth_date");
        p.confidential = f.flag("confidential");
        if (!f.ok())
            return std::nullopt;
        file.parties << p;
    }
    QSet<qint64> itemIds;
    for (qsizetype i = 0; i < items->size(); ++i) {
        Fields f(items->at(i), context(where, "content item", i), error);
        ContentItem c;
        c.id = uniqueId(f, itemIds);
        c.url = f.text("url");
        c.platform = f.text("platform");
        c.account = f.text("account");
        c.contentKind = f.text("content_kind");
        c.language = f.text("language");
        c.notes = f.text("notes");
        if (!f.ok())
            return std::nullopt;
        file.items << c;
    }
    QSet<qint64> evidenceIds;
    for (qsizetype i = 0; i < evidence->size(); ++i) {
        Fields f(evidence->at(i), context(where, "evidence", i), error);
        Evidence e;
        e.id = uniqueId(f, evidenceIds);
        e.contentItemId = reference(f, "content_item_id", itemIds);
        e.fileName = f.text("file_name");
        e.sha256 = f.text("sha256");
        e.size = f.integer("size", 1);
        e.capturedAtUtc = f.utc("captured_at_utc");
        e.capturedBy = f.text("captured_by");
        e.captureMethod = f.text("capture_method");
        e.measurementId = f.text("measurement_id");
        e.description = f.text("description");
        if (f.ok() && !isPlainFileName(e.fileName))
            f.fail("file_name", QString(u"\"" + e.fileName + u"\" is not a plain file name"));
        if (f.ok() && !isSha256Hex(e.sha256))
            f.fail("sha256", u"must be 64 lower-case hexadecimal digits");
        if (!f.ok())
            return std::nullopt;
        file.evidence << e;
    }
    QSet<qint64> eventIds;
    for (qsizetype i = 0; i < events->size(); ++i) {
        Fields f(events->at(i), context(where, "event", i), error);
        CaseEvent e;
        e.id = uniqueId(f, eventIds);
        e.kind = f.name<EventKind>("kind", &eventKindFromName);
        e.atUtc = f.utc("at_utc");
        e.description = f.text("description");
        e.contentItemId = reference(f, "content_item_id", itemIds);
        if (!f.ok())
            return std::nullopt;
        file.events << e;
    }
    QSet<qint64> deadlineIds;
    for (qsizetype i = 0; i < deadlines->size(); ++i) {
        Fields f(deadlines->at(i), context(where, "deadline", i), error);
        Deadline d;
        d.id = uniqueId(f, deadlineIds);
        d.title = f.text("title");
        d.dueUtc = f.utc("due_utc");
        d.ruleId = f.text("rule_id");
        d.fromEventId = reference(f, "from_event_id", eventIds);
        d.done = f.flag("done");
        d.notes = f.text("notes");
        if (!f.ok())
            return std::nullopt;
        file.deadlines << d;
    }
    QSet<qint64> noteIds;
    for (qsizetype i = 0; i < notes->size(); ++i) {
        const QString noteContext = context(where, "note", i);
        Fields f(notes->at(i), noteContext, error);
        CaseNote n;
        n.id = uniqueId(f, noteIds);
        n.createdUtc = f.utc("created_utc");
        n.updatedUtc = f.utc("updated_utc");
        n.html = f.text("html");
        n.plainText = f.text("plain_text");
        if (!f.ok())
            return std::nullopt;
        const auto citations = objects(notes->at(i), "citations", noteContext, error);
        if (!citations)
            return std::nullopt;
        for (qsizetype j = 0; j < citations->size(); ++j) {
            Fields c(citations->at(j), context(noteContext, "citation", j), error);
            NoteCitation nc;
            nc.actId = c.text("act");
            nc.key = c.text("key");
            nc.language = c.name<Language>("lang", &languageFromCode);
            nc.editionDate = c.date("edition_date");
            nc.start = static_cast<int>(c.integer("start", -1));
            nc.length = static_cast<int>(c.integer("length"));
            nc.manual = c.flag("manual");
            if (c.ok() && nc.actId.isEmpty())
                c.fail("act", u"is empty");
            if (!c.ok())
                return std::nullopt;
            n.citations << nc;
        }
        file.notes << n;
    }
    // Drafts came with schema 2; a bundle made before has none.
    const auto drafts = json.contains(QLatin1String("drafts")) ? objects(json, "drafts", where, error)
                                                                 : std::optional<QList<QJsonObject>>(QList<QJsonObject>());
    if (!drafts)
        return std::nullopt;
    QSet<qint64> draftIds;
    for (qsizetype i = 0; i < drafts->size(); ++i) {
        const QString draftContext = context(where, "draft", i);
        Fields f(drafts->at(i), draftContext, error);
        CaseDraft d;
        d.id = uniqueId(f, draftIds);
        d.parentId = f.integer("parent_id");
        d.type = f.text("type");
        d.language = f.text("lang");
        d.title = f.text("title");
        d.fieldsJson = f.text("fields");
        d.final = f.flag("final");
        d.createdUtc = f.utc("created_utc");
        d.updatedUtc = f.utc("updated_utc");
        if (f.ok() && d.type.isEmpty())
            f.fail("type", u"is empty");
        if (f.ok() && d.language.isEmpty())
            f.fail("lang", u"is empty");
        if (!f.ok())
            return std::nullopt;
        const auto citations = objects(drafts->at(i), "citations", draftContext, error);
        if (!citations)
            return std::nullopt;
        for (qsizetype j = 0; j < citations->size(); ++j) {
            Fields c(citations->at(j), context(draftContext, "citation", j), error);
            DraftCitation dc;
            dc.actId = c.text("act");
            dc.key = c.text("key");
            dc.language = c.name<Language>("lang", &languageFromCode);
            dc.editionDate = c.date("edition_date");
            dc.quote = c.flag("quote");
            if (c.ok() && dc.actId.isEmpty())
                c.fail("act", u"is empty");
            if (!c.ok())
                return std::nullopt;
            d.citations << dc;
        }
        file.drafts << d;
    }
    // A draft follows one of the bundle's drafts, and no chain runs in a circle.
    QHash<qint64, qint64> parentOf;
    for (const CaseDraft& d : std::as_const(file.drafts))
        parentOf.insert(d.id, d.parentId);
    for (qsizetype i = 0; i < file.drafts.size(); ++i) {
        const CaseDraft& d = file.drafts.at(i);
        if (d.parentId != 0 && !draftIds.contains(d.parentId)) {
            *error = context(where, "draft", i) + u": \"parent_id\" names a draft that is not in the bundle";
            return std::nullopt;
        }
        qint64 at = d.parentId;
        for (qsizetype steps = 0; at != 0; ++steps) {
            if (at == d.id || steps > file.drafts.size()) {
                *error = context(where, "draft", i) + u": \"parent_id\" makes the drafts follow each other in a circle";
                return std::nullopt;
            }
            at = parentOf.value(at);
        }
    }
    return file;
}

std::optional<QList<CitedProvisionText>> provisionsFromJson(
    const QJsonArray& json, const QString& where, QString* error)
{
    QList<CitedProvisionText> list;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject o = json.at(i).toObject();
        Fields f(o, context(where, "provision", i), error);
        if (!json.at(i).isObject())
            f.fail("act", u"is missing: the provision is not an object");
        CitedProvisionText p;
        p.actId = f.text("act");
        p.key = f.text("key");
        p.language = f.name<Language>("lang", &languageFromCode);
        p.editionDate = f.date("edition_date");
        p.actTitle = f.text("act_title");
        p.citation = f.text("citation");
        p.officialUrl = f.text("official_url");
        p.text = f.text("text");
        if (!f.ok())
            return std::nullopt;
        list << p;
    }
    return list;
}

} // namespace zanlink::bundle
