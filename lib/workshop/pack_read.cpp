// Reading a workshop pack: every check happens before anything is written.
#include "cases/case_bundle.h"
#include "workshop/pack_json.h"
#include "workshop/pack_zip.h"
#include "workshop/workshop_pack.h"

#include <QJsonDocument>
#include <QSet>

namespace zanlink {

namespace {

void collectKeys(const QList<Provision>& nodes, QSet<QString>& keys)
{
    for (const Provision& p : nodes) {
        keys.insert(p.key);
        collectKeys(p.children, keys);
    }
}

struct ManifestEntry {
    qint64 size = 0;
    QString sha256;
};

} // namespace

std::optional<PackContents> readPack(const QString& path, QString* error)
{
    CheckedZipReader zip(pack::zipRules());
    if (!zip.open(path, error))
        return std::nullopt;
    auto fail = [&](const QString& why) {
        *error = path + u": " + why;
        return std::nullopt;
    };
    if (!zip.contains(pack::kManifestEntry))
        return fail(QStringLiteral("not a workshop pack: it has no manifest.json"));

    // The JSON of an entry, its hash checked against the manifest (when given).
    QHash<QString, ManifestEntry> manifest;
    auto readJson = [&](const QString& name, bool checkHash) -> std::optional<QJsonDocument> {
        QString sha;
        const std::optional<QByteArray> data = zip.readAll(name, &sha, error);
        if (!data)
            return std::nullopt;
        if (checkHash && manifest.value(name).sha256 != sha) {
            *error = QStringLiteral("%1: the entry \"%2\" does not match the SHA-256 the manifest gives; the pack "
                                    "was changed or damaged after it was made")
                         .arg(path, name);
            return std::nullopt;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = QStringLiteral("%1: the entry \"%2\" is not valid JSON (%3 at offset %4)")
                         .arg(path, name, pe.errorString())
                         .arg(pe.offset);
            return std::nullopt;
        }
        return doc;
    };

    const std::optional<QJsonDocument> manifestDoc = readJson(pack::kManifestEntry, false);
    if (!manifestDoc)
        return std::nullopt;
    const QJsonObject m = manifestDoc->object();
    if (!manifestDoc->isObject() || m.value(QLatin1String("format")).toString() != kWorkshopPackFormat)
        return fail(QStringLiteral("not a workshop pack: manifest.json does not name the format \"%1\"")
                        .arg(kWorkshopPackFormat));
    const QJsonValue versionValue = m.value(QLatin1String("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1)
        return fail(QStringLiteral("manifest.json: field \"version\" must be a whole number from 1"));
    if (version > kWorkshopPackVersion)
        return fail(QStringLiteral("the pack was made by a newer ZanLink (pack format %1; this version reads format "
                                   "%2); update ZanLink to import it")
                        .arg(version)
                        .arg(kWorkshopPackVersion));
    PackContents contents;
    contents.path = path;
    contents.formatVersion = version;
    const QJsonValue uid = m.value(QLatin1String("pack_id"));
    const QJsonValue title = m.value(QLatin1String("title"));
    const QJsonValue creator = m.value(QLatin1String("creator"));
    const QJsonValue created = m.value(QLatin1String("created_utc"));
    if (!uid.isString() || uid.toString().isEmpty())
        return fail(QStringLiteral("manifest.json: field \"pack_id\" must be a non-empty string"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        return fail(QStringLiteral("manifest.json: field \"title\" must be a non-empty string"));
    if (!creator.isString())
        return fail(QStringLiteral("manifest.json: field \"creator\" must be a string"));
    contents.packUid = uid.toString();
    contents.title = title.toString();
    contents.creator = creator.toString();
    contents.createdUtc = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
    if (!contents.createdUtc.isValid())
        return fail(QStringLiteral("manifest.json: field \"created_utc\" must be a UTC time (ISO 8601)"));
    contents.appVersion = m.value(QLatin1String("app_version")).toString();
    for (const QJsonValue& v : m.value(QLatin1String("left_out")).toArray())
        contents.leftOut << v.toString();

    // The manifest lists every other entry with its size and hash, and nothing else.
    const QJsonValue entriesValue = m.value(QLatin1String("entries"));
    if (!entriesValue.isArray())
        return fail(QStringLiteral("manifest.json: field \"entries\" must be an array"));
    const QJsonArray entries = entriesValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString name = e.value(QLatin1String("name")).toString();
        const QJsonValue size = e.value(QLatin1String("size"));
        const ManifestEntry entry { static_cast<qint64>(size.toDouble(-1)),
            e.value(QLatin1String("sha256")).toString() };
        if (name.isEmpty() || !size.isDouble() || !isSha256Hex(entry.sha256))
            return fail(QStringLiteral("manifest.json: entries[%1] must have a name, a size and a SHA-256").arg(i));
        const QString problem = pack::entryNameProblem(name);
        if (!problem.isEmpty() || name == pack::kManifestEntry)
            return fail(QStringLiteral("manifest.json: the entry \"%1\" it lists is %2")
                            .arg(name, problem.isEmpty() ? QStringLiteral("the manifest itself") : problem));
        if (manifest.contains(name))
            return fail(QStringLiteral("manifest.json: the entry \"%1\" is listed twice").arg(name));
        if (!zip.contains(name))
            return fail(QStringLiteral("the entry \"%1\" the manifest lists is missing").arg(name));
        if (entry.size != zip.size(name))
            return fail(QStringLiteral("the entry \"%1\" is %2 bytes; the manifest says %3")
                            .arg(name)
                            .arg(zip.size(name))
                            .arg(entry.size));
        manifest.insert(name, entry);
    }
    for (const QString& name : zip.names()) {
        if (name != pack::kManifestEntry && !manifest.contains(name))
            return fail(QStringLiteral("the entry \"%1\" is not in the manifest").arg(name));
    }
    for (const QString& required : { pack::kProvisionsEntry, pack::kNotesEntry }) {
        if (!zip.contains(required))
            return fail(QStringLiteral("not a workshop pack: it has no %1").arg(required));
    }

    // Every entry read, its hash checked and its JSON checked field by field.
    QHash<QString, QSet<QString>> keysOfAct;
    for (const QString& name : zip.names()) {
        if (name == pack::kManifestEntry)
            continue;
        const std::optional<QJsonDocument> doc = readJson(name, true);
        if (!doc)
            return std::nullopt;
        const QString where = path + u": " + name;
        if (name.startsWith(pack::kEditionsPrefix)) {
            if (!doc->isObject())
                return fail(name + QStringLiteral(": must be a JSON object"));
            std::optional<ActEdition> e = pack::editionFromJson(doc->object(), where, error);
            if (!e)
                return std::nullopt;
            if (pack::editionEntryName(e->actId, e->language) != name)
                return fail(QStringLiteral("%1: holds %2 in \"%3\", not what its name says")
                                .arg(name, e->actId, languageCode(e->language)));
            collectKeys(e->provisions, keysOfAct[e->actId]);
            contents.editions << *e;
        } else if (name.startsWith(pack::kCasesPrefix)) {
            if (!doc->isObject())
                return fail(name + QStringLiteral(": must be a JSON object"));
            std::optional<CaseFile> file = caseFileFromBundleJson(doc->object(), where, error);
            if (!file)
                return std::nullopt;
            if (!file->evidence.isEmpty())
                return fail(name + QStringLiteral(": an exercise case carries no evidence"));
            contents.cases << *file;
        } else if (name == pack::kNotesEntry) {
            if (!doc->isArray())
                return fail(name + QStringLiteral(": must be a JSON array"));
            const auto notes = pack::notesFromJson(doc->array(), where, error);
            if (!notes)
                return std::nullopt;
            contents.notes = *notes;
        } else if (name == pack::kProvisionsEntry) {
            if (!doc->isArray())
                return fail(name + QStringLiteral(": must be a JSON array"));
            const auto refs = pack::provisionsFromJson(doc->array(), where, error);
            if (!refs)
                return std::nullopt;
            contents.provisions = *refs;
        }
    }
    for (qsizetype i = 0; i < contents.provisions.size(); ++i) {
        const PackProvisionRef& r = contents.provisions.at(i);
        if (!keysOfAct.value(r.actId).contains(r.key))
            return fail(QStringLiteral("%1: provisions[%2]: %3 %4 is in none of the pack's editions")
                            .arg(pack::kProvisionsEntry)
                            .arg(i)
                            .arg(r.actId, r.key));
    }
    return contents;
}

} // namespace zanlink
