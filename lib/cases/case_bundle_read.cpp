// Reading a case bundle: every check happens before anything is written.
#include "cases/case_bundle.h"
#include "cases/case_bundle_internal.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <zip.h>

namespace zanlink {

namespace {

BundleLimits g_limits;

constexpr qint64 kChunk = 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Why a name is not one a bundle may hold; empty when it may.
QString nameProblem(const QString& name)
{
    if (name.startsWith(u'/') || name.startsWith(u'\\') || (name.size() > 1 && name.at(1) == u':'))
        return QStringLiteral("an absolute path");
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("a path that leaves the bundle (\"..\")");
    if (name == bundle::kManifestEntry || name == bundle::kCaseEntry || name == bundle::kProvisionsEntry)
        return {};
    if (name.startsWith(bundle::kEvidencePrefix) && bundle::isSha256Hex(name.mid(bundle::kEvidencePrefix.size())))
        return {};
    return QStringLiteral("not an entry a case bundle holds");
}

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

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipReader::open(const QString& path, QString* error)
{
    m_path = path;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = QStringLiteral("%1: not a case bundle: the file is not a complete zip archive (%2)")
                     .arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > g_limits.maxEntries) {
        *error = QStringLiteral("%1: the bundle holds %2 entries; at most %3 are read")
                     .arg(path)
                     .arg(count)
                     .arg(g_limits.maxEntries);
        return false;
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)
            || !(st.valid & ZIP_STAT_SIZE)) {
            *error = QStringLiteral("%1: entry %2 of the zip cannot be read").arg(path).arg(i + 1);
            return false;
        }
        const QString name = QString::fromUtf8(st.name);
        const QString problem = nameProblem(name);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: the entry \"%2\" is %3; the bundle is refused").arg(path, name, problem);
            return false;
        }
        if (m_index.contains(name)) {
            *error = QStringLiteral("%1: the entry \"%2\" is there twice").arg(path, name);
            return false;
        }
        const bool isJson = !name.startsWith(kEvidencePrefix);
        const qint64 limit = isJson ? g_limits.maxJsonBytes : g_limits.maxEntryBytes;
        if (st.size > static_cast<zip_uint64_t>(limit)) {
            *error = QStringLiteral("%1: the entry \"%2\" is %3 MB; at most %4 MB is accepted")
                         .arg(path, name, megabytes(static_cast<qint64>(st.size)), megabytes(limit));
            return false;
        }
        total += static_cast<qint64>(st.size);
        if (total > g_limits.maxTotalBytes) {
            *error = QStringLiteral("%1: the bundle unpacks to more than %2 MB; it is refused")
                         .arg(path, megabytes(g_limits.maxTotalBytes));
            return false;
        }
        m_order << name;
        m_index.insert(name, static_cast<quint64>(i));
        m_size.insert(name, static_cast<qint64>(st.size));
    }
    return true;
}

std::optional<QString> ZipReader::read(
    const QString& name, const std::function<bool(const QByteArray&)>& sink, QString* error)
{
    zip_file_t* f = zip_fopen_index(m_zip, m_index.value(name), 0);
    if (!f) {
        *error = QStringLiteral("%1: cannot read the entry \"%2\": %3")
                     .arg(m_path, name, QString::fromUtf8(zip_strerror(m_zip)));
        return std::nullopt;
    }
    const qint64 expected = m_size.value(name);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(static_cast<qsizetype>(kChunk), Qt::Uninitialized);
    qint64 total = 0;
    QString problem;
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer.data(), static_cast<zip_uint64_t>(buffer.size()));
        if (n < 0) {
            problem = QStringLiteral("the data is damaged (%1)").arg(QString::fromUtf8(zip_file_strerror(f)));
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > expected) {
            problem = QStringLiteral("it holds more data than the zip declares");
            break;
        }
        const QByteArray piece = buffer.left(static_cast<qsizetype>(n));
        hash.addData(piece);
        if (sink && !sink(piece)) {
            problem = QStringLiteral("its data could not be written out");
            break;
        }
    }
    zip_fclose(f);
    if (problem.isEmpty() && total != expected)
        problem = QStringLiteral("it is shorter than the zip declares");
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1: the entry \"%2\" cannot be used: %3").arg(m_path, name, problem);
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QByteArray> ZipReader::readAll(const QString& name, QString* error)
{
    QByteArray data;
    data.reserve(static_cast<qsizetype>(m_size.value(name)));
    if (!read(
            name, [&](const QByteArray& piece) { return data.append(piece), true; }, error))
        return std::nullopt;
    return data;
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
        if (!bundle::isSha256Hex(entry.sha256) || entry.size != zip.size(it.key())) {
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
