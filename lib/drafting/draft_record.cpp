#include "drafting/draft_record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace zanlink {

namespace {

QString baseName(const QString& field)
{
    const qsizetype at = field.indexOf(u'@');
    return at < 0 ? field : field.left(at);
}

bool isDateField(const QString& field)
{
    const QString base = baseName(field);
    return base == QString::fromUtf16(DraftField::Date) || base == QString::fromUtf16(DraftField::DeadlineDate);
}

} // namespace

QString fieldsToJson(const QVariantMap& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant& v = it.value();
        if (v.typeId() == QMetaType::QDate)
            o.insert(it.key(), v.toDate().toString(Qt::ISODate));
        else if (v.typeId() == QMetaType::Bool)
            o.insert(it.key(), v.toBool());
        else if (v.typeId() == QMetaType::QStringList)
            o.insert(it.key(), QJsonArray::fromStringList(v.toStringList()));
        else
            o.insert(it.key(), v.toString());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QVariantMap> fieldsFromJson(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("the draft's field values are not valid JSON (at character %1: %2)")
                  .arg(parseError.offset)
                  .arg(parseError.errorString())
            : QStringLiteral("the draft's field values are not a JSON object");
        return std::nullopt;
    }
    QVariantMap fields;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue& v = it.value();
        if (v.isArray()) {
            QStringList list;
            for (const QJsonValue& item : v.toArray())
                list << item.toString();
            fields.insert(it.key(), list);
        } else if (v.isBool()) {
            fields.insert(it.key(), v.toBool());
        } else if (isDateField(it.key())) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid() && !v.toString().isEmpty()) {
                *error = QStringLiteral("the draft's field \"%1\" holds \"%2\", which is not a date (YYYY-MM-DD)")
                             .arg(it.key(), v.toString());
                return std::nullopt;
            }
            fields.insert(it.key(), d);
        } else {
            fields.insert(it.key(), v.toString());
        }
    }
    return fields;
}

CaseDraft toCaseDraft(const Draft& draft, qint64 caseId, const QString& title, qint64 parentId)
{
    CaseDraft r;
    r.caseId = caseId;
    r.parentId = parentId;
    r.type = requestTypeId(draft.type);
    r.language = outputLanguageCode(draft.language);
    r.title = title;
    r.fieldsJson = fieldsToJson(draft.fields);
    for (const PinnedCitation& c : draft.citations)
        r.citations << DraftCitation { c.actId, c.key, c.language, c.editionDate, c.quote };
    return r;
}

std::optional<Draft> draftFromRecord(const CaseDraft& record, QString* error)
{
    const std::optional<RequestType> type = requestTypeFromId(record.type);
    if (!type) {
        *error = QStringLiteral("the draft's request type \"%1\" is not one this version knows").arg(record.type);
        return std::nullopt;
    }
    const std::optional<OutputLanguage> lang = outputLanguageFromCode(record.language);
    if (!lang) {
        *error = QStringLiteral("the draft's output language \"%1\" is not kk, ru, en or kk+ru").arg(record.language);
        return std::nullopt;
    }
    const std::optional<QVariantMap> fields = fieldsFromJson(record.fieldsJson, error);
    if (!fields)
        return std::nullopt;
    Draft d;
    d.type = *type;
    d.language = *lang;
    d.fields = *fields;
    for (const DraftCitation& c : record.citations)
        d.citations << PinnedCitation { c.actId, c.key, c.language, c.editionDate, c.quote };
    return d;
}

QList<RequestType> followingTypes(RequestType type)
{
    switch (type) {
    case RequestType::RemovalRequest:
        return { RequestType::CyberbullyingComplaint, RequestType::TargetedRestriction };
    case RequestType::CyberbullyingComplaint:
        return { RequestType::TargetedRestriction, RequestType::ObjectionAppeal };
    case RequestType::TargetedRestriction:
        return { RequestType::ObjectionAppeal, RequestType::RestorationRequest };
    case RequestType::ObjectionAppeal:
        return { RequestType::ObjectionAppeal, RequestType::RestorationRequest };
    case RequestType::RestorationRequest:
        return { RequestType::ObjectionAppeal };
    }
    return {};
}

Draft chainedDraft(
    const Draft& previous, const QString& previousTitle, RequestType type, const CaseFile& file, const QDate& today)
{
    Draft next = draftFromCase(file, type, previous.language, today);
    static const QList<const char16_t*> carried { DraftField::Issuer, DraftField::IssuerCapacity,
        DraftField::IssuerDetails, DraftField::Subject, DraftField::Facts, DraftField::Urls,
        DraftField::WholePlatformRequested, DraftField::OrderReference, DraftField::Place, DraftField::Attachments };
    const auto isCarried = [](const QString& key) {
        for (const char16_t* f : carried) {
            if (baseName(key) == QString::fromUtf16(f))
                return true;
        }
        return false;
    };
    // What the earlier draft says replaces the new prefill, in every language form.
    QSet<QString> said;
    for (auto it = previous.fields.cbegin(); it != previous.fields.cend(); ++it) {
        if (isCarried(it.key()))
            said.insert(baseName(it.key()));
    }
    for (auto it = next.fields.begin(); it != next.fields.end();) {
        if (said.contains(baseName(it.key())))
            it = next.fields.erase(it);
        else
            ++it;
    }
    for (auto it = previous.fields.cbegin(); it != previous.fields.cend(); ++it) {
        if (isCarried(it.key()))
            next.fields.insert(it.key(), it.value());
    }
    if (!previousTitle.trimmed().isEmpty()) {
        for (Language lang : outputLanguages(next.language)) {
            const QString field = QString::fromUtf16(DraftField::Attachments) + u'@' + languageCode(lang);
            QStringList list = next.list(QString::fromUtf16(DraftField::Attachments), lang);
            if (!list.contains(previousTitle.trimmed()))
                list << previousTitle.trimmed();
            next.fields.insert(field, list);
        }
    }
    for (const PinnedCitation& c : previous.citations) {
        bool have = false;
        for (PinnedCitation& mine : next.citations) {
            if (mine.actId == c.actId && mine.key == c.key && mine.language == c.language) {
                mine.editionDate = c.editionDate;
                mine.quote = c.quote;
                have = true;
            }
        }
        if (!have)
            next.citations << c;
    }
    return next;
}

} // namespace zanlink
