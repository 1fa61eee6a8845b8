#include "sealed/sealed_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>

namespace zanlink {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr qsizetype kSqliteHeaderSize = 100;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Bytes 18 and 19 of a database file are 2 in WAL mode; an image loaded into
// memory must say rollback journal (1), or SQLite looks for a WAL file.
void clearWalMode(unsigned char* image, sqlite3_int64 size)
{
    if (size >= kSqliteHeaderSize && image[18] == 2 && image[19] == 2) {
        image[18] = 1;
        image[19] = 1;
    }
}

// The serialized image in SQLite's memory; zeroed and freed on destruction.
class SerializedImage {
public:
    explicit SerializedImage(Database& db, QString* error)
    {
        if (!db.isOpen()) {
            setError(error, QStringLiteral("the database is not open"));
            return;
        }
        if (!sqlite3_get_autocommit(db.handle())) {
            setError(error, QStringLiteral("cannot save while a transaction is open"));
            return;
        }
        m_data = sqlite3_serialize(db.handle(), "main", &m_size, 0);
        if (!m_data && m_size > 0) {
            setError(error, QStringLiteral("not enough memory to save the database"));
            return;
        }
        m_ok = true;
        if (m_data)
            clearWalMode(m_data, m_size);
    }
    ~SerializedImage()
    {
        if (m_data) {
            sodium_memzero(m_data, static_cast<std::size_t>(m_size));
            sqlite3_free(m_data);
        }
    }
    SerializedImage(const SerializedImage&) = delete;
    SerializedImage& operator=(const SerializedImage&) = delete;

    bool isValid() const { return m_ok; }
    QByteArrayView bytes() const
    {
        return m_data ? QByteArrayView(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size))
                      : QByteArrayView();
    }

private:
    unsigned char* m_data = nullptr;
    sqlite3_int64 m_size = 0;
    bool m_ok = false;
};

} // namespace

std::optional<QByteArray> serializeDatabase(Database& db, QString* error)
{
    const SerializedImage image(db, error);
    if (!image.isValid())
        return std::nullopt;
    return image.bytes().toByteArray();
}

bool loadDatabase(Database& memoryDb, QByteArrayView bytes, QString* error)
{
    if (!bytes.isEmpty() && (bytes.size() < kSqliteHeaderSize || !bytes.startsWith(QByteArrayView(kSqliteMagic, 16)))) {
        setError(error, QStringLiteral("the content is not a database"));
        return false;
    }
    if (!memoryDb.isOpen() && !memoryDb.open(QStringLiteral(":memory:"))) {
        setError(error, memoryDb.lastError());
        return false;
    }
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(bytes.isEmpty() ? 1 : size)));
    if (!copy) {
        setError(error, QStringLiteral("not enough memory to open the database"));
        return false;
    }
    if (size > 0)
        std::memcpy(copy, bytes.data(), static_cast<std::size_t>(size));
    clearWalMode(copy, size);
    // On failure SQLite frees the copy itself (FREEONCLOSE).
    const int rc = sqlite3_deserialize(
        memoryDb.handle(), "main", copy, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        setError(
            error, QStringLiteral("cannot open the database in memory: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return false;
    }
    Statement probe = memoryDb.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    if (!probe.isValid() || !probe.next()) {
        setError(error, QStringLiteral("the content is not a usable database: %1").arg(memoryDb.lastError()));
        return false;
    }
    return true;
}

SealedDatabase::SealedDatabase() = default;

SealedDatabase::~SealedDatabase() = default;

bool SealedDatabase::create(const QString& path, const QString& passphrase, QString* error, const SealParams& params)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        setError(error, QStringLiteral("%1 already exists").arg(name));
        return false;
    }
    QString why;
    std::optional<SealKey> key = SealKey::create(passphrase, params, &why);
    if (!key) {
        setError(error, QStringLiteral("%1: %2").arg(name, why));
        return false;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(QStringLiteral(":memory:"))) {
        setError(error, QStringLiteral("%1: %2").arg(name, db->lastError()));
        return false;
    }
    const SerializedImage image(*db, &why);
    if (!image.isValid() || !writeSealed(path, image.bytes(), *key, &why)) {
        setError(error, why);
        return false;
    }
    m_path = path;
    m_db = std::move(db);
    m_key = std::move(*key);
    return true;
}

namespace {

// A save killed between writing its temporary file ("<file>.XXXXXX", beside
// the file) and renaming it leaves the temporary behind; the file itself is
// whole. The next open removes such leftovers.
void removeStaleTemporaries(const QString& path)
{
    const QFileInfo info(path);
    const QRegularExpression temporary(
        u'^' + QRegularExpression::escape(info.fileName()) + QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    const QDir dir = info.absoluteDir();
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (temporary.match(name).hasMatch())
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

bool SealedDatabase::open(const QString& path, const QString& passphrase, QString* error, SealFailure* failure)
{
    SealKey key;
    std::optional<QByteArray> plain = readSealed(path, passphrase, &key, error, failure);
    if (!plain)
        return false;
    auto db = std::make_unique<Database>();
    QString why;
    const bool loaded = loadDatabase(*db, *plain, &why);
    sealed::wipe(*plain);
    if (!loaded) {
        setError(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why));
        if (failure)
            *failure = SealFailure::Damaged;
        return false;
    }
    m_path = path;
    m_db = std::move(db);
    m_key = std::move(key);
    removeStaleTemporaries(path);
    return true;
}

bool SealedDatabase::save(QString* error)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("no sealed case file is open"));
        return false;
    }
    QString why;
    const SerializedImage image(*m_db, &why);
    if (!image.isValid()) {
        setError(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), why));
        return false;
    }
    return writeSealed(m_path, image.bytes(), m_key, error);
}

bool SealedDatabase::changePassphrase(
    const QString& current, const QString& next, QString* error, std::optional<SealParams> params)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("no sealed case file is open"));
        return false;
    }
    const QString name = QDir::toNativeSeparators(m_path);
    if (!m_key.matches(current)) {
        setError(error, QStringLiteral("wrong passphrase for %1").arg(name));
        return false;
    }
    QString why;
    std::optional<SealKey> key = SealKey::create(next, params.value_or(m_key.params()), &why);
    if (!key) {
        setError(error, QStringLiteral("%1: %2").arg(name, why));
        return false;
    }
    const SerializedImage image(*m_db, &why);
    if (!image.isValid()) {
        setError(error, QStringLiteral("%1: %2").arg(name, why));
        return false;
    }
    if (!writeSealed(m_path, image.bytes(), *key, error))
        return false;
    m_key = std::move(*key);
    return true;
}

void SealedDatabase::close()
{
    m_db.reset();
    m_key = SealKey();
    m_path.clear();
}

} // namespace zanlink
