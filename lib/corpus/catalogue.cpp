#include "corpus/catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

static void initCatalogueResource()
{
    Q_INIT_RESOURCE(catalogue);
}

namespace zanlink {

namespace {
ActKind kindFromName(const QString& s)
{
    if (s == u"law")
        return ActKind::Law;
    if (s == u"code")
        return ActKind::Code;
    if (s == u"rules")
        return ActKind::Rules;
    return ActKind::Other;
}
} // namespace

QString CatalogueAct::title(Language lang) const
{
    const QString t = titles.value(lang);
    return t.isEmpty() ? titles.value(Language::Ru) : t;
}

const Catalogue& Catalogue::builtin()
{
    static const Catalogue instance = [] {
        initCatalogueResource();
        Catalogue c;
        QFile f(QStringLiteral(":/zanlink/catalogue.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), &error))
            qFatal("built-in catalogue is broken: %s", qPrintable(error));
        return c;
    }();
    return instance;
}

bool Catalogue::load(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("catalogue: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    QList<CatalogueAct> acts;
    const QJsonArray arr = doc.object().value(u"acts").toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        CatalogueAct a;
        a.id = o.value(u"id").toString();
        if (!isAdiletId(a.id)) {
            *error = QStringLiteral("catalogue: act %1 has no valid Adilet id").arg(i + 1);
            return false;
        }
        for (const QJsonValue& v : o.value(u"alias").toArray())
            a.aliases << v.toString();
        a.kind = kindFromName(o.value(u"kind").toString());
        a.number = o.value(u"number").toString();
        a.adopted = QDate::fromString(o.value(u"adopted").toString(), Qt::ISODate);
        const QJsonObject t = o.value(u"title").toObject();
        for (Language l : kAllLanguages)
            a.titles.insert(l, t.value(languageCode(l)).toString());
        a.titleIsWorking = o.value(u"titleIsWorking").toBool();
        a.mission = o.value(u"mission").toBool();
        acts << a;
    }
    m_acts = acts;
    return true;
}

const CatalogueAct* Catalogue::byId(const QString& id) const
{
    for (const CatalogueAct& a : m_acts) {
        if (a.id.compare(id, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const CatalogueAct* Catalogue::find(const QString& query) const
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return nullptr;
    if (const CatalogueAct* a = byId(q))
        return a;
    for (const CatalogueAct& a : m_acts) {
        if (a.number.compare(q, Qt::CaseInsensitive) == 0)
            return &a;
        for (const QString& alias : a.aliases) {
            if (alias.compare(q, Qt::CaseInsensitive) == 0)
                return &a;
        }
    }
    return nullptr;
}

QUrl officialUrl(const QString& actId, Language lang, const QString& anchor)
{
    QUrl url(QStringLiteral("https://adilet.zan.kz/%1/docs/%2").arg(adiletPathSegment(lang), actId));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QUrl legacyPageUrl(const QString& actId, Language lang)
{
    return QUrl(QStringLiteral("https://old.adilet.zan.kz/%1/docs/%2").arg(adiletPathSegment(lang), actId));
}

bool isAdiletId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Z][0-9]{9,10}_?\\z"));
    return re.match(id).hasMatch();
}

} // namespace zanlink
