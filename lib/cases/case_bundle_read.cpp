// Reading a case bundle: every check happens before anything is written.
#include "cases/case_bundle.h"
#include "cases/case_bundle_internal.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace zanlink {

namespace {

BundleLimits g_limits;

} // namespace

BundleLimits caseBundleLimits()
{
    return g_limits;
}

void setCaseBundleLimits(const BundleLimits& limits)
{
    g_limits = limits;
}

namespace bundle {

ZipArchiveRules zipRules()
{
    ZipArchiveRules rules;
    rules.noun = QStringLiteral("case bundle");
    rules.shortNoun = QStringLiteral("bundle");
    for (const QString& json : { kManifestEntry, kCaseEntry, kProvisionsEntry })
        rules.entries << exactZipEntry(json, g_limits.maxJsonBytes);
    rules.entries << ZipEntryRule { QRegularExpression(QStringLiteral("\\Aevidence/[0-9a-f]{64}\\z")),
        g_limits.maxEntryBytes };
    rules.maxTotalBytes = g_limits.maxTotalBytes;
    rules.maxEntries = g_limits.maxEntries;
    return rules;
}

} // namespace bundle

namespace {

struct ManifestEntry {
    QString sha256;
    qint64 size = 0;
};

// The JSON object in `name`, checked against the manifest's hash.
std::optional<QJsonDocument> readJson(bundle::ZipReader& zip, const QString& path, const QString& name,
    const QHash<QString, ManifestEntry>& manifest, QString* error)
{
    QByteArray data;
    const std::optional<QString> sha = zip.read(
        name, [&](const QByteArray& p) { return data.append(p), true; }, error);
    if (!sha)
        return std::nullopt;
    if (!manifest.isEmpty() && manifest.value(name).sha256 != *sha) {
        *error = QStringLiteral("%1: the entry \"%2\" does not match the SHA-256 the manifest gives; the bundle was "
                                "changed or damaged after it was made")
                     .arg(path, name);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: the entry \"%2\" is not valid JSON (%3 at offset %4)")
                     .arg(path, name, pe.errorString())
                     .arg(pe.offset);
        return std::nullopt;
    }
    return doc;
}

} // namespace

std::optional<BundleContents> readBundle(const QString& path, QString* error)
{
    bundle::ZipReader zip;
    if (!zip.open(path, error))
        return std::nullopt;
    if (!zip.contains(bundle::kManifestEntry)) {
        *error = QStringLiteral("%1: not a case bundle: it has no manifest.json").arg(path);
        return std::nullopt;
    }
    const std::optional<QJsonDocument> manifestDoc = readJson(zip, path, bundle::kManifestEntry, {}, error);
    if (!manifestDoc)
        return std::nullopt;
    const QJsonObject m = manifestDoc->object();
    if (!manifestDoc->isObject() || m.value(QLatin1String("format")).toString() != kCaseBundleFormat) {
        *error = QStringLiteral("%1: not a case bundle: manifest.json does not name the format \"%2\"")
                     .arg(path, kCaseBundleFormat);
        return std::nullopt;
    }
    const QJsonValue versionValue = m.value(QLatin1String("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1) {
        *error = QStringLiteral("%1: manifest.json: field \"version\" must be a whole number from 1").arg(path);
        return std::nullopt;
    }
    if (version > kCaseBundleVersion) {
        *error = QStringLiteral("%1: the bundle was made by a newer ZanLink (bundle format %2; this version reads "
                                "format %3); update ZanLink to import it")
                     .arg(path)
                     .arg(version)
                     .arg(kCaseBundleVersion);
        return std::nullopt;
    }
    BundleContents contents;
    contents.formatVersion = QString::number(version);
    contents.appVersion = m.value(QLatin1String("app_version")).toString();
    contents.createdUtc = QDateTime::fromString(m.value(QLatin1String("created_utc")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : m.value(QLatin1String("left_out")).toArray())
        contents.leftOut << v.toString();

    // The manifest lists every other entry with its size and hash, and nothing else.
    QHash<QString, ManifestEntry> manifest;
    const QJsonValue entriesValue = m.value(QLatin1String("entries"));
    if (!entriesValue.isObject()) {
        *error = QStringLiteral("%1: manifest.json: field \"entries\" must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject entries = entriesValue.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        ManifestEntry entry { e.value(QLatin1String("sha256")).toString(),
            static_cast<qint64>(e.value(QLatin1String("size")).toDouble(-1)) };
        if (!zip.contains(it.key())) {
            *error = QStringLiteral("%1: the entry \"%2\" the manifest lists is missing").arg(path, it.key());
            return std::nullopt;
        }
        if (!isSha256Hex(entry.sha256) || entry.size != zip.size(it.key())) {
            *error = QStringLiteral("%1: manifest.json: the size or SHA-256 of \"%2\" is wrong").arg(path, it.key());
            return std::nullopt;
        }
        manifest.insert(it.key(), entry);
    }
    for (const QString& name : zip.names()) {
        if (name != bundle::kManifestEntry && !manifest.contains(name)) {
            *error = QStringLiteral("%1: the entry \"%2\" is not in the manifest").arg(path, name);
            return std::nullopt;
        }
    }
    if (!zip.contains(bundle::kCaseEntry)) {
        *error = QStringLiteral("%1: not a case bundle: it has no case.json").arg(path);
        return std::nullopt;
    }
    const std::optional<QJsonDocument> caseDoc = readJson(zip, path, bundle::kCaseEntry, manifest, error);
    if (!caseDoc)
        return std::nullopt;
    std::optional<CaseFile> file
        = bundle::caseFileFromJson(caseDoc->object(), QString(path + u": " + bundle::kCaseEntry), error);
    if (!file)
        return std::nullopt;
    contents.caseFile = *file;
    if (zip.contains(bundle::kProvisionsEntry)) {
        const std::optional<QJsonDocument> doc = readJson(zip, path, bundle::kProvisionsEntry, manifest, error);
        if (!doc)
            return std::nullopt;
        const auto provisions
            = bundle::provisionsFromJson(doc->array(), QString(path + u": " + bundle::kProvisionsEntry), error);
        if (!provisions)
            return std::nullopt;
        contents.provisions = *provisions;
    }

    // Every evidence row has its original, every original belongs to a row,
    // and every original's content is what its name says.
    QSet<QString> wanted;
    for (const Evidence& e : contents.caseFile.evidence) {
        const QString name = bundle::kEvidencePrefix + e.sha256;
        if (!zip.contains(name)) {
            *error = QStringLiteral("%1: the original of evidence \"%2\" (%3) is missing").arg(path, e.fileName, name);
            return std::nullopt;
        }
        if (zip.size(name) != e.size) {
            *error = QStringLiteral("%1: evidence \"%2\": its size in case.json (%3 bytes) is not the size of %4")
                         .arg(path, e.fileName)
                         .arg(e.size)
                         .arg(name);
            return std::nullopt;
        }
        wanted.insert(name);
    }
    for (const QString& name : zip.names()) {
        if (!name.startsWith(bundle::kEvidencePrefix))
            continue;
        if (!wanted.contains(name)) {
            *error = QStringLiteral("%1: the entry \"%2\" belongs to no evidence of the case").arg(path, name);
            return std::nullopt;
        }
        const std::optional<QString> sha = zip.read(name, {}, error);
        if (!sha)
            return std::nullopt;
        if (*sha != name.mid(bundle::kEvidencePrefix.size()) || *sha != manifest.value(name).sha256) {
            *error = QStringLiteral("%1: the evidence file \"%2\" does not match its SHA-256: it was changed or "
                                    "damaged; the bundle is refused")
                         .arg(path, name);
            return std::nullopt;
        }
    }
    contents.evidenceFiles = static_cast<int>(wanted.size());
    return contents;
}

} // namespace zanlink
