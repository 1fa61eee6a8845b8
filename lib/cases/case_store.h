#pragma once

#include "cases/case_model.h"
#include "store/sqlite_db.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zanlink {

// The case files: one SQLite file of its own (WAL, foreign keys on, every
// commit synced), apart from the law library, and beside it a vault of
// evidence originals named by their SHA-256.
//
// Every write is one transaction and writes an audit row naming the actor;
// changing any part of a case touches the case's updatedUtc. Functions that
// fail return false / nullopt and put a message a user can act on in *error.
class CaseStore {
public:
    static constexpr qint64 kMaxEvidenceSize = 512LL * 1024 * 1024;

    CaseStore();

    // Creates the file and its folder when missing and migrates the schema.
    // Refuses another program's SQLite file (and the law library) and a case
    // file made by a newer ZanLink.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_db.isOpen(); }
    // The case file's usual place: "cases.sqlite" in the library's folder.
    static QString pathBeside(const QString& libraryPath);
    QString path() const { return m_path; }
    // "<folder of the case file>/evidence": the untouched originals.
    QString evidenceDir() const;
    // "<folder of the case file>/evidence-working": copies a user may annotate.
    QString workingCopyDir() const;
    Database& database() { return m_db; }
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

    Database m_db;
    QString m_path;
    QString m_actor;
};

} // namespace zanlink
