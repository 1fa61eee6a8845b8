#include "cases/case_bundle_internal.h"

#include <QHash>

namespace zanlink::bundle {

namespace {

QString dateJson(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\')
        && !name.contains(QChar(0)) && name.size() <= 255;
}

QString utcJson(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject caseFileToJson(const CaseFile& f, bool storeIds)
{
    const CaseRecord& r = f.record;
    QHash<qint64, qint64> itemIds;
    QHash<qint64, qint64> eventIds;
    for (const ContentItem& c : f.items)
        itemIds.insert(c.id, storeIds ? c.id : itemIds.size() + 1);
    for (const CaseEvent& e : f.events)
        eventIds.insert(e.id, storeIds ? e.id : eventIds.size() + 1);
    auto localId = [storeIds](qint64 storeId, qsizetype index) { return storeIds ? storeId : index + 1; };

    QJsonArray history;
    for (const StatusChange& s : f.statusHistory) {
        history.append(QJsonObject { { QStringLiteral("status"), caseStatusName(s.status) },
            { QStringLiteral("at_utc"), utcJson(s.atUtc) }, { QStringLiteral("by"), s.by } });
    }
    QJsonArray parties;
    for (const Party& p : f.parties) {
        parties.append(QJsonObject { { QStringLiteral("id"), localId(p.id, parties.size()) },
            { QStringLiteral("role"), partyRoleName(p.role) }, { QStringLiteral("kind"), partyKindName(p.kind) },
            { QStringLiteral("name"), p.name }, { QStringLiteral("details"), p.details },
            { QStringLiteral("is_child"), p.isChild }, { QStringLiteral("birth_date"), dateJson(p.birthDate) },
            { QStringLiteral("confidential"), p.confidential } });
    }
    QJsonArray items;
    for (const ContentItem& c : f.items) {
        items.append(QJsonObject { { QStringLiteral("id"), itemIds.value(c.id) }, { QStringLiteral("url"), c.url },
            { QStringLiteral("platform"), c.platform }, { QStringLiteral("account"), c.account },
            { QStringLiteral("content_kind"), c.contentKind }, { QStringLiteral("language"), c.language },
            { QStringLiteral("notes"), c.notes } });
    }
    QJsonArray evidence;
    for (const Evidence& e : f.evidence) {
        evidence.append(QJsonObject { { QStringLiteral("id"), localId(e.id, evidence.size()) },
            { QStringLiteral("content_item_id"), itemIds.value(e.contentItemId) },
            { QStringLiteral("file_name"), e.fileName }, { QStringLiteral("sha256"), e.sha256 },
            { QStringLiteral("size"), e.size }, { QStringLiteral("captured_at_utc"), utcJson(e.capturedAtUtc) },
            { QStringLiteral("captured_by"), e.capturedBy }, { QStringLiteral("capture_method"), e.captureMethod },
            { QStringLiteral("measurement_id"), e.measurementId }, { QStringLiteral("description"), e.description } });
    }
    QJsonArray events;
    for (const CaseEvent& e : f.events) {
        events.append(QJsonObject { { QStringLiteral("id"), eventIds.value(e.id) },
            { QStringLiteral("kind"), eventKindName(e.kind) }, { QStringLiteral("at_utc"), utcJson(e.atUtc) },
            { QStringLiteral("description"), e.description },
            { QStringLiteral("content_item_id"), itemIds.value(e.contentItemId) } });
    }
    QJsonArray deadlines;
    for (const Deadline& d : f.deadlines) {
        deadlines.append(QJsonObject { { QStringLiteral("id"), localId(d.id, deadlines.size()) },
            { QStringLiteral("title"), d.title }, { QStringLiteral("due_utc"), utcJson(d.dueUtc) },
            { QStringLiteral("rule_id"), d.ruleId }, { QStringLiteral("from_event_id"), eventIds.value(d.fromEventId) },
            { QStringLiteral("done"), d.done }, { QStringLiteral("notes"), d.notes } });
    }
    QJsonArray notes;
    for (const CaseNote& n : f.notes) {
        QJsonArray citations;
        for (const NoteCitation& c : n.citations) {
            citations.append(QJsonObject { { QStringLiteral("act"), c.actId }, { QStringLiteral("key"), c.key },
                { QStringLiteral("lang"), languageCode(c.language) },
                { QStringLiteral("edition_date"), dateJson(c.editionDate) }, { QStringLiteral("start"), c.start },
                { QStringLiteral("length"), c.length }, { QStringLiteral("manual"), c.manual } });
        }
        notes.append(QJsonObject { { QStringLiteral("id"), localId(n.id, notes.size()) },
            { QStringLiteral("created_utc"), utcJson(n.createdUtc) },
            { QStringLiteral("updated_utc"), utcJson(n.updatedUtc) }, { QStringLiteral("html"), n.html },
            { QStringLiteral("plain_text"), n.plainText }, { QStringLiteral("citations"), citations } });
    }
    QHash<qint64, qint64> draftIds;
    for (const CaseDraft& d : f.drafts)
        draftIds.insert(d.id, storeIds ? d.id : draftIds.size() + 1);
    QJsonArray drafts;
    for (const CaseDraft& d : f.drafts) {
        QJsonArray citations;
        for (const DraftCitation& c : d.citations) {
            citations.append(QJsonObject { { QStringLiteral("act"), c.actId }, { QStringLiteral("key"), c.key },
                { QStringLiteral("lang"), languageCode(c.language) },
                { QStringLiteral("edition_date"), dateJson(c.editionDate) }, { QStringLiteral("quote"), c.quote } });
        }
        drafts.append(QJsonObject { { QStringLiteral("id"), draftIds.value(d.id) },
            { QStringLiteral("parent_id"), draftIds.value(d.parentId) }, { QStringLiteral("type"), d.type },
            { QStringLiteral("lang"), d.language }, { QStringLiteral("title"), d.title },
            { QStringLiteral("fields"), d.fieldsJson }, { QStringLiteral("final"), d.final },
            { QStringLiteral("created_utc"), utcJson(d.createdUtc) },
            { QStringLiteral("updated_utc"), utcJson(d.updatedUtc) }, { QStringLiteral("citations"), citations } });
    }
    QJsonObject record { { QStringLiteral("title"), r.title }, { QStringLiteral("kind"), caseKindName(r.kind) },
        { QStringLiteral("status"), caseStatusName(r.status) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(r.tags) },
        { QStringLiteral("confidential"), r.confidential }, { QStringLiteral("created_utc"), utcJson(r.createdUtc) },
        { QStringLiteral("updated_utc"), utcJson(r.updatedUtc) } };
    if (storeIds)
        record.insert(QStringLiteral("id"), r.id);
    return QJsonObject { { QStringLiteral("case"), record }, { QStringLiteral("status_history"), history },
        { QStringLiteral("parties"), parties }, { QStringLiteral("content_items"), items },
        { QStringLiteral("evidence"), evidence }, { QStringLiteral("events"), events },
        { QStringLiteral("deadlines"), deadlines }, { QStringLiteral("notes"), notes },
        { QStringLiteral("drafts"), drafts } };
}

QJsonArray provisionsToJson(const QList<CitedProvisionText>& provisions)
{
    QJsonArray list;
    for (const CitedProvisionText& p : provisions) {
        list.append(QJsonObject { { QStringLiteral("act"), p.actId }, { QStringLiteral("key"), p.key },
            { QStringLiteral("lang"), languageCode(p.language) },
            { QStringLiteral("edition_date"), dateJson(p.editionDate) }, { QStringLiteral("act_title"), p.actTitle },
            { QStringLiteral("citation"), p.citation }, { QStringLiteral("official_url"), p.officialUrl },
            { QStringLiteral("text"), p.text } });
    }
    return list;
}

} // namespace zanlink::bundle

namespace zanlink {

QJsonObject caseFileJson(const CaseFile& file)
{
    return bundle::caseFileToJson(file, true);
}

QJsonObject caseBundleJson(const CaseFile& file)
{
    return bundle::caseFileToJson(file);
}

std::optional<CaseFile> caseFileFromBundleJson(const QJsonObject& json, const QString& where, QString* error)
{
    return bundle::caseFileFromJson(json, where, error);
}

} // namespace zanlink
