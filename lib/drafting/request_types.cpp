#include "drafting/request_types.h"

namespace zanlink {

namespace {

// Provision keys follow corpus/provision.h: "article/paragraph/subparagraph".
// Which provisions each request rests on is described in the project's domain
// notes on the mission laws; the user adds others to a draft.
const QString kPlatforms = QStringLiteral("Z2300000018");
const QString kCommunications = QStringLiteral("Z040000567_");
const QString kMassMedia = QStringLiteral("Z2400000093");
const QString kRestorationRules = QStringLiteral("V2200029473");

QList<RequestTypeInfo> buildTable()
{
    const QStringList common { QStringLiteral("issuer"), QStringLiteral("issuerCapacity"), QStringLiteral("addressee"),
        QStringLiteral("facts"), QStringLiteral("actionRequested"), QStringLiteral("date") };
    QList<RequestTypeInfo> t;

    RequestTypeInfo removal;
    removal.type = RequestType::RemovalRequest;
    removal.id = QStringLiteral("removal-request");
    removal.titleKk = QStringLiteral("Контентті жою туралы сұрау салу");
    removal.titleRu = QStringLiteral("Запрос об удалении контента");
    removal.titleEn = QStringLiteral("Request to remove content");
    removal.defaultProvisions = { { kPlatforms, QStringLiteral("9") }, { kPlatforms, QStringLiteral("11") } };
    removal.requiredFields = common + QStringList { QStringLiteral("urls"), QStringLiteral("deadline") };
    removal.addresseeRole = PartyRole::PlatformRepresentative;
    t.append(removal);

    RequestTypeInfo bullying;
    bullying.type = RequestType::CyberbullyingComplaint;
    bullying.id = QStringLiteral("cyberbullying-complaint");
    bullying.titleKk = QStringLiteral("Балаға қатысты кибербуллинг туралы шағым");
    bullying.titleRu = QStringLiteral("Жалоба о кибербуллинге в отношении ребенка");
    bullying.titleEn = QStringLiteral("Complaint about cyberbullying of a child");
    bullying.defaultProvisions
        = { { kMassMedia, QStringLiteral("40/1") }, { kCommunications, QStringLiteral("41-1/1") } };
    bullying.requiredFields = common + QStringList { QStringLiteral("urls") };
    bullying.addresseeRole = PartyRole::StateBody;
    t.append(bullying);

    RequestTypeInfo restriction;
    restriction.type = RequestType::TargetedRestriction;
    restriction.id = QStringLiteral("targeted-restriction");
    restriction.titleKk = QStringLiteral("Нақты интернет-ресурстарға қолжетімділікті шектеу туралы өтініш");
    restriction.titleRu = QStringLiteral("Заявление об ограничении доступа к конкретным интернет-ресурсам");
    restriction.titleEn = QStringLiteral("Request for a targeted restriction of access");
    restriction.defaultProvisions
        = { { kCommunications, QStringLiteral("41-1/1") }, { kCommunications, QStringLiteral("41-1/1-1") } };
    restriction.requiredFields = common
        + QStringList { QStringLiteral("urls"), QStringLiteral("territorialScope"), QStringLiteral("deadline") };
    restriction.addresseeRole = PartyRole::StateBody;
    restriction.needsTargetedUrls = true;
    t.append(restriction);

    RequestTypeInfo objection;
    objection.type = RequestType::ObjectionAppeal;
    objection.id = QStringLiteral("objection-appeal");
    objection.titleKk = QStringLiteral("Шектеу немесе жою туралы нұсқамаға қарсылық (шағым)");
    objection.titleRu = QStringLiteral("Возражение (жалоба) на предписание об ограничении или удалении");
    objection.titleEn = QStringLiteral("Objection (appeal) against a restriction or removal order");
    objection.defaultProvisions
        = { { kCommunications, QStringLiteral("41-1/1") }, { kCommunications, QStringLiteral("41-1/1-1") } };
    objection.requiredFields = common + QStringList { QStringLiteral("urls"), QStringLiteral("orderReference") };
    objection.addresseeRole = PartyRole::StateBody;
    t.append(objection);

    RequestTypeInfo restore;
    restore.type = RequestType::RestorationRequest;
    restore.id = QStringLiteral("restoration-request");
    restore.titleKk = QStringLiteral("Қолжетімділікті қалпына келтіру туралы өтініш");
    restore.titleRu = QStringLiteral("Заявление о восстановлении доступа");
    restore.titleEn = QStringLiteral("Request to restore access");
    restore.defaultProvisions
        = { { kCommunications, QStringLiteral("41-1/4") }, { kCommunications, QStringLiteral("41-1/5") },
              { kCommunications, QStringLiteral("41-1/6") }, { kRestorationRules, QString() } };
    restore.requiredFields = common + QStringList { QStringLiteral("urls"), QStringLiteral("orderReference") };
    restore.addresseeRole = PartyRole::StateBody;
    t.append(restore);
    return t;
}

const QList<RequestTypeInfo>& table()
{
    static const QList<RequestTypeInfo> t = buildTable();
    return t;
}

} // namespace

QString RequestTypeInfo::title(Language lang) const
{
    switch (lang) {
    case Language::Kk:
        return titleKk;
    case Language::Ru:
        return titleRu;
    case Language::En:
        return titleEn;
    }
    return titleRu;
}

const RequestTypeInfo& requestTypeInfo(RequestType type)
{
    return table().at(static_cast<int>(type));
}

QList<RequestType> allRequestTypes()
{
    QList<RequestType> list;
    for (const RequestTypeInfo& info : table())
        list.append(info.type);
    return list;
}

QString requestTypeId(RequestType type)
{
    return requestTypeInfo(type).id;
}

std::optional<RequestType> requestTypeFromId(const QString& id)
{
    for (const RequestTypeInfo& info : table()) {
        if (info.id == id)
            return info.type;
    }
    return std::nullopt;
}

std::optional<RequestType> requestTypeForCaseKind(CaseKind kind)
{
    switch (kind) {
    case CaseKind::RemovalRequest:
        return RequestType::RemovalRequest;
    case CaseKind::Restriction:
        return RequestType::TargetedRestriction;
    case CaseKind::ChildCyberbullying:
        return RequestType::CyberbullyingComplaint;
    case CaseKind::AppealObjection:
        return RequestType::ObjectionAppeal;
    case CaseKind::RestorationOfAccess:
        return RequestType::RestorationRequest;
    case CaseKind::Consultation:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace zanlink
