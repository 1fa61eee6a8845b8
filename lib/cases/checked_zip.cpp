#include "cases/checked_zip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace zanlink {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

const ZipEntryRule* ruleFor(const ZipArchiveRules& rules, const QString& name)
{
    for (const ZipEntryRule& r : rules.entries) {
        if (r.name.match(name).hasMatch())
            return &r;
    }
    return nullptr;
}

} // namespace

ZipEntryRule exactZipEntry(const QString& name, qint64 maxBytes)
{
    return ZipEntryRule { QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(name))),
        maxBytes };
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool isSha256Hex(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString zipEntryNameProblem(const ZipArchiveRules& rules, const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("an empty name");
    if (name.startsWith(u'/') || name.startsWith(u'\\') || (name.size() > 1 && name.at(1) == u':'))
        return QStringLiteral("an absolute path");
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("a path that leaves the %1 (\"..\")").arg(rules.shortNoun);
    if (!ruleFor(rules, name))
        return QStringLiteral("not an entry a %1 holds").arg(rules.noun);
    return {};
}

CheckedZipReader::CheckedZipReader(ZipArchiveRules rules) : m_rules(std::move(rules))
{
}

CheckedZipReader::~CheckedZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool CheckedZipReader::open(const QString& path, QString* error)
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
        *error = QStringLiteral("%1: not a %2: the file is not a complete zip archive (%3)")
                     .arg(path, m_rules.noun, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > m_rules.maxEntries) {
        *error = QStringLiteral("%1: the %2 holds %3 entries; at most %4 are read")
                     .arg(path, m_rules.shortNoun)
                     .arg(count)
                     .arg(m_rules.maxEntries);
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
        const QString problem = zipEntryNameProblem(m_rules, name);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: the entry \"%2\" is %3; the %4 is refused")
                         .arg(path, name, problem, m_rules.shortNoun);
            return false;
        }
        if (m_index.contains(name)) {
            *error = QStringLiteral("%1: the entry \"%2\" is there twice; the %3 is refused")
                         .arg(path, name, m_rules.shortNoun);
            return false;
        }
        const qint64 limit = ruleFor(m_rules, name)->maxBytes;
        if (st.size > static_cast<zip_uint64_t>(limit)) {
            *error = QStringLiteral("%1: the entry \"%2\" unpacks to %3 MB; at most %4 MB is accepted")
                         .arg(path, name, megabytes(static_cast<qint64>(st.size)), megabytes(limit));
            return false;
        }
        total += static_cast<qint64>(st.size);
        if (total > m_rules.maxTotalBytes) {
            *error = QStringLiteral("%1: the %2 unpacks to more than %3 MB; it is refused")
                         .arg(path, m_rules.shortNoun, megabytes(m_rules.maxTotalBytes));
            return false;
        }
        m_order << name;
        m_index.insert(name, static_cast<quint64>(i));
        m_size.insert(name, static_cast<qint64>(st.size));
    }
    return true;
}

std::optional<QString> CheckedZipReader::read(
    const QString& name, const std::function<bool(const QByteArray&)>& sink, QString* error)
{
    if (!m_zip || !m_index.contains(name)) {
        *error = QStringLiteral("%1: the %2 has no entry \"%3\"").arg(m_path, m_rules.shortNoun, name);
        return std::nullopt;
    }
    zip_file_t* f = zip_fopen_index(m_zip, m_index.value(name), 0);
    if (!f) {
        *error = QStringLiteral("%1: cannot read the entry \"%2\": %3")
                     .arg(m_path, name, QString::fromUtf8(zip_strerror(m_zip)));
        return std::nullopt;
    }
    const qint64 expected = m_size.value(name);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(static_cast<qsizetype>(qMin(kChunk, qMax<qint64>(expected, 1))), Qt::Uninitialized);
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
            problem = QStringLiteral("it unpacks to more data than the zip declares");
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

std::optional<QByteArray> CheckedZipReader::readAll(const QString& name, QString* sha256, QString* error)
{
    QByteArray data;
    data.reserve(static_cast<qsizetype>(m_size.value(name)));
    const std::optional<QString> sha = read(
        name, [&](const QByteArray& piece) { return data.append(piece), true; }, error);
    if (!sha)
        return std::nullopt;
    if (sha256)
        *sha256 = *sha;
    return data;
}

ZipWriter::ZipWriter(QString shortNoun) : m_noun(std::move(shortNoun))
{
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipWriter::open(const QString& target, QString* error)
{
    m_target = target;
    int code = 0;
    m_zip = zip_open(QFile::encodeName(target).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_zip) {
        *error = QStringLiteral("%1: cannot write the %2 (libzip error %3)").arg(target, m_noun).arg(code);
        return false;
    }
    return true;
}

bool ZipWriter::addData(const QString& name, const QByteArray& data, QString* error)
{
    if (!m_zip) {
        *error = QStringLiteral("cannot add %1 to the %2: it is not open").arg(name, m_noun);
        return false;
    }
    m_kept << data;
    const QByteArray& kept = m_kept.constLast();
    zip_source_t* src = zip_source_buffer(m_zip, kept.constData(), static_cast<zip_uint64_t>(kept.size()), 0);
    if (!src || zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
        if (src)
            zip_source_free(src);
        *error
            = QStringLiteral("cannot add %1 to the %2: %3").arg(name, m_noun, QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    return true;
}

bool ZipWriter::addFile(const QString& name, const QString& path, QString* error)
{
    if (!m_zip) {
        *error = QStringLiteral("cannot add %1 to the %2: it is not open").arg(name, m_noun);
        return false;
    }
    zip_source_t* src = zip_source_file(m_zip, QFile::encodeName(path).constData(), 0, 0);
    const zip_int64_t index = src ? zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (src)
            zip_source_free(src);
        *error
            = QStringLiteral("cannot add %1 to the %2: %3").arg(name, m_noun, QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    zip_set_file_compression(m_zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    return true;
}

bool ZipWriter::close(QString* error)
{
    if (!m_zip) {
        *error = QStringLiteral("%1: the %2 is not open").arg(m_target, m_noun);
        return false;
    }
    if (zip_close(m_zip) != 0) {
        *error = QStringLiteral("%1: cannot write the %2: %3")
                     .arg(m_target, m_noun, QString::fromUtf8(zip_strerror(m_zip)));
        return false; // discarded by the destructor
    }
    m_zip = nullptr;
    m_kept.clear();
    return true;
}

bool writeZipEntries(
    const QString& target, const QList<QPair<QString, QByteArray>>& entries, const QString& shortNoun, QString* error)
{
    ZipWriter writer(shortNoun);
    if (!writer.open(target, error))
        return false;
    for (const auto& [name, data] : entries) {
        if (!writer.addData(name, data, error))
            return false;
    }
    return writer.close(error);
}

} // namespace zanlink
