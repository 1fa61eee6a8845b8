#include "workshop/pack_json.h"

#include "corpus/catalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zanlink::pack {

namespace {

constexpr int kMaxDepth = 32;

QString noteKindName(NoteKind k)
{
    return k == NoteKind::Footnote ? QStringLiteral("footnote") : QStringLiteral("editorial");
}

QString dateJson(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject nodeToJson(const Provision& p)
{
    QJsonArray notes;
    for (const ProvisionNote& n : p.notes) {
        QJsonArray links;
        for (const NoteLink& l : n.links)
            links.append(QJsonObject { { QStringLiteral("text"), l.text }, { QStringLiteral("href"), l.href } });
        notes.append(QJsonObject { { QStringLiteral("kind"), noteKindName(n.kind) },
            { QStringLiteral("text"), n.text }, { QStringLiteral("links"), links } });
    }
    QJsonArray children;
    for (const Provision& c : p.children)
        children.append(nodeToJson(c));
    return QJsonObject { { QStringLiteral("kind"), provisionKindName(p.kind) }, { QStringLiteral("key"), p.key },
        { QStringLiteral("number"), p.number }, { QStringLiteral("heading"), p.heading },
        { QStringLiteral("text"), p.text }, { QStringLiteral("anchor"), p.anchor }, { QStringLiteral("notes"), notes },
        { QStringLiteral("children"), children } };
}

// Reads the fields of one JSON object, remembering the first problem.
class Fields {
public:
    Fields(const QJsonValue& value, QString where, QString* error) : m_where(std::move(where)), m_error(error)
    {
        if (!value.isObject())
            fail(QStringLiteral("must be an object"));
        m_object = value.toObject();
    }
    bool ok() const { return m_ok; }
    QString where() const { return m_where; }

    QString string(const char* name, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(QStringLiteral("field \"%1\" must be a string").arg(QLatin1String(name)));
            return {};
        }
        return v.toString();
    }
    QJsonArray array(const char* name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!v.isArray()) {
            fail(QStringLiteral("field \"%1\" must be an array").arg(QLatin1String(name)));
            return {};
        }
        return v.toArray();
    }
    QDate date(const char* name)
    {
        const QString s = string(name);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(QStringLiteral("field \"%1\" must be a date (YYYY-MM-DD) or empty").arg(QLatin1String(name)));
        return d;
    }
    void fail(const QString& what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        *m_error = m_where + u": " + what;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString* m_error;
    bool m_ok = true;
};

QString at(const QString& where, const QString& field, qsizetype i)
{
    return QStringLiteral("%1: %2[%3]").arg(where, field).arg(i);
}

bool nodesFromJson(const QJsonArray& array, const QString& where, int depth, QSet<QString>& keys,
    QList<Provision>& out, QString* error)
{
    if (depth > kMaxDepth) {
        *error = where + QStringLiteral(": the provisions are nested more than %1 deep").arg(kMaxDepth);
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        Fields f(array.at(i), at(where, QStringLiteral("provisions"), i), error);
        Provision p;
        const QString kind = f.string("kind");
        if (f.ok()) {
            const std::optional<ProvisionKind> k = provisionKindFromName(kind);
            if (!k)
                f.fail(QStringLiteral("\"%1\" is not a kind of provision").arg(kind));
            else
                p.kind = *k;
        }
        p.key = f.string("key");
        p.number = f.string("number");
        p.heading = f.string("heading");
        p.text = f.string("text");
        p.anchor = f.string("anchor");
        const QJsonArray notes = f.array("notes");
        const QJsonArray children = f.array("children");
        if (f.ok() && !p.key.isEmpty() && keys.contains(p.key))
            f.fail(QStringLiteral("the key \"%1\" is there twice").arg(p.key));
        if (!f.ok())
            return false;
        if (!p.key.isEmpty())
            keys.insert(p.key);
        for (qsizetype j = 0; j < notes.size(); ++j) {
            Fields n(notes.at(j), at(f.where(), QStringLiteral("notes"), j), error);
            ProvisionNote note;
            const QString nk = n.string("kind");
            if (n.ok() && nk != u"footnote" && nk != u"editorial")
                n.fail(QStringLiteral("field \"kind\" must be \"footnote\" or \"editorial\""));
            note.kind = nk == u"editorial" ? NoteKind::Editorial : NoteKind::Footnote;
            note.text = n.string("text");
            const QJsonArray links = n.array("links");
            for (qsizetype k = 0; n.ok() && k < links.size(); ++k) {
                Fields l(links.at(k), at(n.where(), QStringLiteral("links"), k), error);
                note.links << NoteLink { l.string("text"), l.string("href") };
                if (!l.ok())
                    return false;
            }
            if (!n.ok())
                return false;
            p.notes << note;
        }
        if (!nodesFromJson(children, f.where(), depth + 1, keys, p.children, error))
            return false;
        out << p;
    }
    return true;
}

} // namespace

bool isPlainActId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

QList<Provision> treeOf(const QList<StoredProvision>& stored)
{
    // Children follow their parent in document order: build bottom-up from
    // the end so that every child is complete before it is moved into place.
    QHash<qint64, QList<Provision>> childrenOf;
    QList<Provision> top;
    for (qsizetype i = stored.size() - 1; i >= 0; --i) {
        const StoredProvision& s = stored.at(i);
        Provision p;
        p.kind = s.kind;
        p.key = s.key;
        p.number = s.number;
        p.heading = s.heading;
        p.text = s.text;
        p.anchor = s.anchor;
        p.notes = s.notes;
        p.children = childrenOf.take(s.id);
        if (s.parentId)
            childrenOf[s.parentId].prepend(p);
        else
            top.prepend(p);
    }
    return top;
}

QJsonObject editionToJson(const EditionInfo& info, const QList<Provision>& tree)
{
    QJsonArray nodes;
    for (const Provision& p : tree)
        nodes.append(nodeToJson(p));
    return QJsonObject { { QStringLiteral("act"), info.actId },
        { QStringLiteral("lang"), languageCode(info.language) }, { QStringLiteral("title"), info.title },
        { QStringLiteral("act_line"), info.actLine }, { QStringLiteral("status_text"), info.statusText },
        { QStringLiteral("edition_date"), dateJson(info.editionDate) },
        { QStringLiteral("source_kind"), info.sourceKind }, { QStringLiteral("source"), info.source },
        { QStringLiteral("official_url"), officialUrl(info.actId, info.language).toString() },
        { QStringLiteral("content_hash"), info.contentHash }, { QStringLiteral("provisions"), nodes } };
}

std::optional<ActEdition> editionFromJson(const QJsonObject& json, const QString& where, QString* error)
{
    Fields f(json, where, error);
    ActEdition e;
    e.actId = f.string("act");
    if (f.ok() && !isPlainActId(e.actId))
        f.fail(QStringLiteral("field \"act\" is not an act id"));
    const QString lang = f.string("lang");
    if (f.ok()) {
        const std::optional<Language> l = languageFromCode(lang);
        if (!l || languageCode(*l) != lang)
            f.fail(QStringLiteral("field \"lang\" must be \"kk\", \"ru\" or \"en\""));
        else
            e.language = *l;
    }
    e.title = f.string("title");
    e.actLine = f.string("act_line");
    e.statusText = f.string("status_text");
    e.editionDate = f.date("edition_date");
    e.sourceKind = f.string("source_kind");
    e.source = f.string("source");
    f.string("official_url", false);
    const QString hash = f.string("content_hash");
    const QJsonArray nodes = f.array("provisions");
    if (!f.ok())
        return std::nullopt;
    QSet<QString> keys;
    if (!nodesFromJson(nodes, where, 0, keys, e.provisions, error))
        return std::nullopt;
    if (e.provisions.isEmpty()) {
        *error = where + QStringLiteral(": the edition has no provisions");
        return std::nullopt;
    }
    if (LibraryStore::contentHash(e) != hash) {
        *error = where
            + QStringLiteral(": the text does not match its content hash; the edition was changed after it was "
                             "exported");
        return std::nullopt;
    }
    return e;
}

QJsonArray notesToJson(const QList<TrainerNote>& notes)
{
    QJsonArray list;
    for (const TrainerNote& n : notes) {
        list.append(QJsonObject { { QStringLiteral("act"), n.actId }, { QStringLiteral("key"), n.key },
            { QStringLiteral("text"), n.text },
            { QStringLiteral("created_utc"), n.createdUtc.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("lang"), n.language ? languageCode(*n.language) : QString() } });
    }
    return list;
}

std::optional<QList<TrainerNote>> notesFromJson(const QJsonArray& json, const QString& where, QString* error)
{
    QList<TrainerNote> list;
    for (qsizetype i = 0; i < json.size(); ++i) {
        Fields f(json.at(i), at(where, QStringLiteral("notes"), i), error);
        TrainerNote n;
        n.actId = f.string("act");
        n.key = f.string("key");
        n.text = f.string("text");
        n.createdUtc = QDateTime::fromString(f.string("created_utc"), Qt::ISODateWithMs);
        const QString lang = f.string("lang", false); // absent in packs made before notes had a language
        n.language = lang.isEmpty() ? std::nullopt : languageFromCode(lang);
        if (f.ok() && !lang.isEmpty() && (!n.language || languageCode(*n.language) != lang))
            f.fail(QStringLiteral("field \"lang\" must be \"kk\", \"ru\", \"en\" or empty"));
        if (f.ok() && !isPlainActId(n.actId))
            f.fail(QStringLiteral("field \"act\" is not an act id"));
        if (f.ok() && n.text.trimmed().isEmpty())
            f.fail(QStringLiteral("field \"text\" is empty"));
        if (f.ok() && !n.createdUtc.isValid())
            f.fail(QStringLiteral("field \"created_utc\" must be a UTC time (ISO 8601)"));
        if (!f.ok())
            return std::nullopt;
        list << n;
    }
    return list;
}

QJsonArray provisionsToJson(const QList<PackProvisionRef>& refs)
{
    QJsonArray list;
    for (const PackProvisionRef& r : refs)
        list.append(QJsonObject { { QStringLiteral("act"), r.actId }, { QStringLiteral("key"), r.key } });
    return list;
}

std::optional<QList<PackProvisionRef>> provisionsFromJson(
    const QJsonArray& json, const QString& where, QString* error)
{
    QList<PackProvisionRef> list;
    for (qsizetype i = 0; i < json.size(); ++i) {
        Fields f(json.at(i), at(where, QStringLiteral("provisions"), i), error);
        PackProvisionRef r { f.string("act"), f.string("key") };
        if (f.ok() && !isPlainActId(r.actId))
            f.fail(QStringLiteral("field \"act\" is not an act id"));
        if (!f.ok())
            return std::nullopt;
        list << r;
    }
    return list;
}

} // namespace zanlink::pack
