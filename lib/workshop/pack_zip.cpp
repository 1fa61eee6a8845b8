#include "workshop/pack_zip.h"

#include "workshop/pack_json.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <memory>
#include <zip.h>

namespace zanlink {

namespace {

PackLimits g_limits;

constexpr qint64 kChunk = 256 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

PackLimits workshopPackLimits()
{
    return g_limits;
}

void setWorkshopPackLimits(const PackLimits& limits)
{
    g_limits = limits;
}

namespace pack {

QString editionEntryName(const QString& actId, Language lang)
{
    return kEditionsPrefix + actId + u'.' + languageCode(lang) + QStringLiteral(".json");
}

QString entryNameProblem(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("an empty name");
    if (name.startsWith(u'/') || name.startsWith(u'\\') || (name.size() > 1 && name.at(1) == u':'))
        return QStringLiteral("an absolute path");
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("a path that leaves the pack (\"..\")");
    if (name == kManifestEntry || name == kNotesEntry || name == kProvisionsEntry)
        return {};
    static const QRegularExpression edition(QStringLiteral("^editions/[A-Za-z0-9_-]{1,64}\\.(kk|ru|en)\\.json$"));
    static const QRegularExpression caseEntry(QStringLiteral("^cases/[0-9]{1,6}\\.json$"));
    if (edition.match(name).hasMatch() || caseEntry.match(name).hasMatch())
        return {};
    return QStringLiteral("not an entry a workshop pack holds");
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

PackZipReader::~PackZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool PackZipReader::open(const QString& path, QString* error)
{
    m_path = path;
    if (!QFileInfo(path).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = QStringLiteral("%1: not a workshop pack: the file is not a complete zip archive (%2)")
                     .arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > g_limits.maxEntries) {
        *error = QStringLiteral("%1: the pack holds %2 entries; at most %3 are read")
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
        const QString problem = entryNameProblem(name);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: the entry \"%2\" is %3; the pack is refused").arg(path, name, problem);
            return false;
        }
        if (m_index.contains(name)) {
            *error = QStringLiteral("%1: the entry \"%2\" is there twice; the pack is refused").arg(path, name);
            return false;
        }
        if (st.size > static_cast<zip_uint64_t>(g_limits.maxEntryBytes)) {
            *error = QStringLiteral("%1: the entry \"%2\" unpacks to %3 MB; at most %4 MB is accepted")
                         .arg(path, name, megabytes(static_cast<qint64>(st.size)), megabytes(g_limits.maxEntryBytes));
            return false;
        }
        total += static_cast<qint64>(st.size);
        if (total > g_limits.maxTotalBytes) {
            *error = QStringLiteral("%1: the pack unpacks to more than %2 MB; it is refused")
                         .arg(path, megabytes(g_limits.maxTotalBytes));
            return false;
        }
        m_order << name;
        m_index.insert(name, static_cast<quint64>(i));
        m_size.insert(name, static_cast<qint64>(st.size));
    }
    return true;
}

std::optional<QByteArray> PackZipReader::read(const QString& name, QString* sha256, QString* error)
{
    zip_file_t* f = zip_fopen_index(m_zip, m_index.value(name), 0);
    if (!f) {
        *error = QStringLiteral("%1: cannot read the entry \"%2\": %3")
                     .arg(m_path, name, QString::fromUtf8(zip_strerror(m_zip)));
        return std::nullopt;
    }
    const qint64 expected = m_size.value(name);
    QByteArray data;
    data.reserve(static_cast<qsizetype>(expected));
    QByteArray buffer(static_cast<qsizetype>(kChunk), Qt::Uninitialized);
    QString problem;
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer.data(), static_cast<zip_uint64_t>(buffer.size()));
        if (n < 0) {
            problem = QStringLiteral("the data is damaged (%1)").arg(QString::fromUtf8(zip_file_strerror(f)));
            break;
        }
        if (n == 0)
            break;
        if (data.size() + n > expected) {
            problem = QStringLiteral("it unpacks to more data than the zip declares");
            break;
        }
        data.append(buffer.constData(), static_cast<qsizetype>(n));
    }
    zip_fclose(f);
    if (problem.isEmpty() && data.size() != expected)
        problem = QStringLiteral("it is shorter than the zip declares");
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1: the entry \"%2\" cannot be used: %3").arg(m_path, name, problem);
        return std::nullopt;
    }
    *sha256 = sha256Hex(data);
    return data;
}

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};

} // namespace

bool writeZip(const QString& target, const QList<QPair<QString, QByteArray>>& entries, QString* error)
{
    int code = 0;
    std::unique_ptr<zip_t, ZipDiscard> z(
        zip_open(QFile::encodeName(target).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!z) {
        *error = QStringLiteral("%1: cannot write the pack (libzip error %2)").arg(target).arg(code);
        return false;
    }
    for (const auto& [name, data] : entries) {
        zip_source_t* src = zip_source_buffer(z.get(), data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!src || zip_file_add(z.get(), name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            if (src)
                zip_source_free(src);
            *error = QStringLiteral("cannot add %1 to the pack: %2").arg(name, QString::fromUtf8(zip_strerror(z.get())));
            return false;
        }
    }
    if (zip_close(z.get()) != 0) {
        *error = QStringLiteral("%1: cannot write the pack: %2").arg(target, QString::fromUtf8(zip_strerror(z.get())));
        return false;
    }
    z.release();
    return true;
}

} // namespace pack

} // namespace zanlink
