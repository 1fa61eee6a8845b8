#pragma once

#include "cases/case_model.h"
#include "sealed/seal_key.h"
#include "sealed/sealed_file.h"
#include "store/backups.h"
#include "store/sqlite_db.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace zanlink {

class SealedDatabase;

// The case files: one SQLite file of its own (WAL, foreign keys on, every
// commit synced), apart from the law library, and beside it a vault of
// evidence originals named by their SHA-256.
//
// Every write is one transaction and writes an audit row naming the actor;
// changing any part of a case touches the case's updatedUtc. Functions that
// fail return false / nullopt and put a message a user can act on in *error.
//
// A case file can be protected with a passphrase (lib/sealed): the whole
// database is then kept encrypted on disk and decrypted into memory when
// opened with openSealed(). Every write that reports success has been saved
// to the sealed file before it returns. A lock file beside a sealed file
// ("<path>.lock") keeps a second ZanLink from opening it and overwriting the
// first one's saves. Evidence originals are not encrypted.
class CaseStore {
public:
    static constexpr qint64 kMaxEvidenceSize = 512LL * 1024 * 1024;

    CaseStore();
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // Creates the file and its folder when missing and migrates the schema.
    // Refuses another program's SQLite file (and the law library), a case
    // file made by a newer ZanLink, and a protected case file (which needs
    // openSealed(); needsPassphrase() tells beforehand).
    bool open(const QString& path, QString* error);
    // Opens a case file protected with a passphrase. A wrong passphrase, a
    // damaged file or one already open in another ZanLink is refused with a
    // message, *failure (when given) telling the kind (SealFailure::
    // WrongPassphrase for asking again; None when the file is locked by
    // another process or is not a ZanLink case file inside), and the store
    // stays closed.
    bool openSealed(const QString& path, const QString& passphrase, QString* error, SealFailure* failure = nullptr);
    // Whether the file at `path` is a protected case file.
    static bool needsPassphrase(const QString& path);
    bool isOpen() const { return m_db->isOpen(); }
    // Whether the open case file is protected with a passphrase.
    bool isProtected() const { return m_sealed != nullptr; }
    // Saves what a failed save left unsaved (a protected file), then closes
    // the case file and releases its lock. False, with the store left open,
    // when the unsaved changes cannot be saved.
    bool close(QString* error = nullptr);
    // Forgets the open case file without saving (a protected file keeps
    // what its last successful save wrote).
    void discard();

    // Converts the open, unprotected case file into a protected one in place:
    // the database is sealed under `passphrase` into a temporary file, which
    // is checked to open, then renamed over the case file; the -wal and -shm
    // files go. Blocks that the old file occupied are not overwritten, so old
    // plaintext may remain on the disk (and in backups made before) until the
    // file system reuses them. Evidence files stay as they are.
    bool protect(const QString& passphrase, QString* error, const SealParams& params = SealParams::moderate());
    // Converts the open, protected case file back into a plain SQLite file,
    // after checking `passphrase`.
    bool removeProtection(const QString& passphrase, QString* error);
    // Re-seals the open, protected case file under `next` (a new salt), after
    // checking `current`. A wrong `current` changes nothing.
    bool changePassphrase(const QString& current, const QString& next, QString* error);

    // Backs up the open case file into `backups`: a plain file with SQLite's
    // backup API, a protected one saved afresh and copied as it is (never in
    // plaintext), the copy read back and compared.
    std::optional<BackupInfo> backUp(Backups& backups, QString* error);

    // After a write made through database() outside this class: saves a
    // protected case file (a plain one is on disk already). On failure the
    // message starts "not saved to disk"; the data stays in memory and the
    // next write tries again.
    bool persist(QString* error);
    // The case file's usual place: "cases.sqlite" in the library's folder.
    static QString pathBeside(const QString& libraryPath);
    QString path() const { return m_path; }
    // "<folder of the case file>/evidence": the untouched originals.
    QString evidenceDir() const;
    // "<folder of the case file>/evidence-working": copies a user may annotate.
    QString workingCopyDir() const;
    // The open database: the file itself, or the in-memory copy of a
    // protected case file (a write through it must be followed by persist()).
    Database& database() { return *m_db; }
    // A writable copy of the evidence in workingCopyDir() for the user to
    // annotate ("<first 12 of the hash>-<file name>"), made on first call;
    // the original stays untouched.
    std::optional<QString> workingCopy(const Evidence& evidence, QString* error);

    // Who the audit log names; by default the OS user name.
    void setActor(const QString& who) { m_actor = who; }
    QString actor() const { return m_actor; }

    // id 0 inserts. A change of status goes into the status history.
    std::optional<qint64> saveCase(const CaseRecord& record, QString* error);
    // Removes the case with all its parts; an evidence original goes too
    // unless another evidence row (of any case) holds the same hash.
    bool deleteCase(qint64 id, QString* error);
    // Newest updated first.
    QList<CaseRecord> cases(const CaseFilter& filter = {});
    std::optional<CaseFile> caseFile(qint64 id);
    std::optional<CaseRecord> caseRecord(qint64 id);

    std::optional<qint64> saveParty(const Party& party, QString* error);
    bool removeParty(qint64 id, QString* error);
    std::optional<qint64> saveContentItem(const ContentItem& item, QString* error);
    bool removeContentItem(qint64 id, QString* error);
    std::optional<qint64> saveEvent(const CaseEvent& event, QString* error);
    bool removeEvent(qint64 id, QString* error);
    std::optional<qint64> saveDeadline(const Deadline& deadline, QString* error);
    bool removeDeadline(qint64 id, QString* error);
    // The note's citations replace those stored before.
    std::optional<qint64> saveNote(const CaseNote& note, QString* error);
    bool removeNote(qint64 id, QString* error);
    // The draft's citations replace those stored before. A parent must be a
    // draft of the same case; the type and language must be given.
    std::optional<qint64> saveDraft(const CaseDraft& draft, QString* error);
    // The drafts that followed it in the chain are kept and start a chain of their own.
    bool removeDraft(qint64 id, QString* error);
    std::optional<CaseDraft> draft(qint64 id);

    // Copies the file into the vault as an untouched, read-only original named
    // by its SHA-256 (written to a temporary name, synced, then renamed: never
    // a half file under the hash name); an identical file already there is
    // shared. Fills sha256, size and fileName (from the path); capturedAtUtc
    // defaults to now. Refuses a missing, unreadable or empty file and one over
    // kMaxEvidenceSize. `meta` gives the rest (capture, description…); its id
    // and caseId are ignored.
    std::optional<Evidence> attachEvidence(
        qint64 caseId, const QString& filePath, const Evidence& meta, QString* error);
    // Changes the description and capture fields of stored evidence (never the file).
    bool updateEvidence(const Evidence& evidence, QString* error);
    bool removeEvidence(qint64 id, QString* error);
    QString evidencePath(const Evidence& evidence) const;
    // Recomputes the SHA-256 of the stored original; false with the problem
    // (missing, changed size, changed content) otherwise.
    bool verifyEvidence(const Evidence& evidence, QString* problem) const;

    // Notes and drafts citing the provision `key` of the act or anything inside
    // it ("41-1" finds "41-1" and "41-1/1-2", not "41-10"); an empty key finds
    // any provision of the act. Newest updated case first, notes before drafts.
    QList<CaseCitation> casesCiting(const QString& actId, const QString& key);

    // The audit log in order of writing; caseId 0 gives every case's.
    QList<AuditEntry> audit(qint64 caseId = 0);
    // Writes an audit row of its own, for actions outside the store ("export").
    bool logAction(qint64 caseId, const QString& action, const QString& entity, qint64 entityId, const QString& detail,
        QString* error);

private:
    bool writeAudit(
        qint64 caseId, const QString& action, const QString& entity, qint64 entityId, const QString& detail);
    bool touchCase(qint64 caseId);
    bool caseExists(qint64 caseId);
    // `what` names the thing being saved, for the message.
    bool checkCase(qint64 caseId, const QString& what, QString* error);
    // The case a row of `table` belongs to; 0 when there is no such row.
    qint64 owningCase(const QString& table, qint64 id);
    // A reference (id 0 = none) to a row of `table` must be of the same case.
    bool checkPartOfCase(const QString& table, qint64 id, qint64 caseId, const QString& field, QString* error);
    // Runs `write` (which inserts when id is 0, or updates, and says what
    // changed in `detail`), touches the case and writes the audit row, all in
    // one transaction. An update that changes nothing writes nothing.
    std::optional<qint64> writePart(const QString& table, const QString& entity, qint64 caseId, qint64 id,
        const std::function<bool(qint64& id, QString& detail)>& write, QString* error);
    bool removePart(const QString& table, const QString& entity, qint64 id, QString* error);
    QString databaseError(const QString& what) const;
    // Removes the originals no evidence row holds, in a write transaction of its own.
    void removeUnreferencedOriginals(const QStringList& hashes);
    // On open: removes temporaries left by a crash and originals no row holds.
    void sweepVault();
    // After the database is open (plain or in memory): refuses a foreign
    // database, sets the pragmas, migrates and sweeps the vault.
    bool prepareOpened(QString* error);
    // Takes the lock file beside `path`; false with a message when another
    // process holds it.
    bool takeLock(const QString& path, QString* error);
    void releaseLock();
    // A message for a failed commit-and-save, "not saved to disk: …".
    bool saveFailed(const QString& why, QString* error);

    Database m_plain;
    std::unique_ptr<SealedDatabase> m_sealed;
    Database* m_db = &m_plain;
    std::unique_ptr<QLockFile> m_lock;
    bool m_unsaved = false; // a protected file's last save failed
    QString m_path;
    QString m_actor;
};

} // namespace zanlink
