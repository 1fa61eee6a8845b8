#pragma once

#include "sealed/sealed_file.h"
#include "store/sqlite_db.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace zanlink {

// The image of a database as a file would hold it (sqlite3_serialize), from
// any open Database, file or in-memory; a WAL database comes out as a
// rollback-journal one. Refused while a transaction is open, since the image
// would include its uncommitted changes.
std::optional<QByteArray> serializeDatabase(Database& db, QString* error);

// Replaces the main database of `memoryDb` with `bytes` (opening ":memory:"
// when it is not open yet). The bytes are copied into SQLite's memory; the
// database can grow (SQLITE_DESERIALIZE_RESIZEABLE) up to SQLite's limit for
// in-memory databases (1 GiB by default).
bool loadDatabase(Database& memoryDb, QByteArrayView bytes, QString* error);

// A database that lives in memory and is stored sealed: open() decrypts the
// file into an in-memory Database, save() encrypts it back with a new nonce
// and replaces the file atomically. The plaintext never goes to disk. Nothing
// is saved unless save() is called: call it after each commit.
//
// A failed open/create/changePassphrase leaves the object, and every file, as
// it was.
class SealedDatabase {
public:
    SealedDatabase();
    ~SealedDatabase();
    SealedDatabase(const SealedDatabase&) = delete;
    SealedDatabase& operator=(const SealedDatabase&) = delete;

    // A new sealed file holding an empty database; refuses an existing file.
    bool create(const QString& path, const QString& passphrase, QString* error,
        const SealParams& params = SealParams::moderate());
    bool open(const QString& path, const QString& passphrase, QString* error, SealFailure* failure = nullptr);
    // Writes the database back to path(). Refused while a transaction is open.
    bool save(QString* error);
    // Checks `current`, seals the database under `next` with a new salt (and
    // `params`, by default the file's own) and saves. A wrong `current` is
    // refused with "wrong passphrase" and nothing changes.
    bool changePassphrase(
        const QString& current, const QString& next, QString* error, std::optional<SealParams> params = std::nullopt);
    // Forgets the key and drops the in-memory database without saving.
    void close();

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    SealParams params() const { return m_key.params(); }
    // Valid while open.
    Database& database() { return *m_db; }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    SealKey m_key;
};

// Seals an existing plain case file into a new file `sealedPath` (which must
// not exist). The plain file is left as it is; deleting it, and its -wal and
// -shm files, is up to the caller.
bool sealPlainDatabase(const QString& plainPath, const QString& sealedPath, const QString& passphrase, QString* error,
    const SealParams& params = SealParams::moderate());

// Writes the database of a sealed file, without protection, to a new file
// `plainPath` (which must not exist): only for a user who asked to remove
// the passphrase.
bool unsealToPlain(const QString& sealedPath, const QString& plainPath, const QString& passphrase, QString* error,
    SealFailure* failure = nullptr);

} // namespace zanlink
