#pragma once

#include "cases/case_model.h"
#include "corpus/language.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zanlink {

class CaseStore;
class LibraryStore;

// A case bundle moves one case, its evidence originals and the texts of the
// provisions it cites to another machine. It is a zip holding:
//   manifest.json    format "zanlink-case-bundle", version, created_utc,
//                    app_version, counts, left_out, and the size and SHA-256
//                    of every other entry
//   case.json        every field of the case and its parts; ids are local to
//                    the bundle and only link the parts to each other
//   evidence/<sha256> the untouched originals, named by their SHA-256
//   provisions.json  the cited provisions' texts, when a library was given
inline constexpr int kCaseBundleVersion = 1;
inline const QString kCaseBundleFormat = QStringLiteral("zanlink-case-bundle");

// A provision a note of the case cites, as the sender's library held it.
struct CitedProvisionText {
    QString actId;
    QString key; // empty for the whole act
    Language language = Language::Ru;
    QDate editionDate; // the edition the citation was made against
    QString actTitle;
    QString citation; // the short legal form: "п. 1-2 ст. 41-1 Закона РК «О связи»"
    QString officialUrl;
    QString text; // the provision with its parts, each on its own line; empty for a whole act
};

struct BundleOptions {
    // Confidential parties (every child among them) and the notes that name
    // them are left out unless the user asks for them.
    bool includeConfidential = false;
    // When given, the texts of the cited provisions go into the bundle so the
    // receiver sees what was cited.
    LibraryStore* library = nullptr;
};

struct BundleContents {
    CaseFile caseFile; // ids are the bundle's own
    QList<CitedProvisionText> provisions;
    int evidenceFiles = 0;
    QStringList leftOut; // what the sender withheld, e.g. "party 3 (confidential)"
    QString formatVersion;
    QString appVersion;
    QDateTime createdUtc;
};

// Writes the case to `bundlePath` through a temporary file in the same folder
// that is read back and checked before it is renamed: never a half bundle.
// Writes an "export" audit row.
bool exportCase(
    CaseStore& store, qint64 caseId, const QString& bundlePath, const BundleOptions& options, QString* error);

// Reads and checks a whole bundle without writing anything: format and
// version, the names and sizes of the entries, the shape of the JSON, and the
// SHA-256 of every entry against the manifest and of every evidence file
// against its name.
std::optional<BundleContents> readBundle(const QString& bundlePath, QString* error);

// Adds the bundle's case as a new case (never over an existing one; the title
// gets " (imported)" when a case of that title exists), with the evidence
// stored byte-identical and the notes' citations unchanged. All or nothing:
// when any part fails, the new case is removed again.
std::optional<qint64> importCase(CaseStore& store, const QString& bundlePath, QString* error);

// The case as JSON in the shape of the bundle's case.json, but with the case
// file's own ids (for scripting: zanlink-cli case show --json).
QJsonObject caseFileJson(const CaseFile& file);

// The case as a bundle's case.json: every field; the parts get ids 1, 2, 3…
// of their own kind that only link them to each other, and the case's own id
// is not written. Other files that carry cases (workshop packs) use it too.
QJsonObject caseBundleJson(const CaseFile& file);
// A case in the shape of case.json, every field's type, the names of kinds
// and statuses, the dates, the references between the parts and the
// evidence's names and hashes checked; `where` starts every message.
std::optional<CaseFile> caseFileFromBundleJson(const QJsonObject& json, const QString& where, QString* error);

// Leaves out of `file` what only its own lawyers may see: the confidential
// parties (every child among them) and the notes and drafts that name one of
// them (a draft following a left-out one starts its chain). Returns what was
// left out, e.g. "party 3 (confidential)", "note 2 (names a confidential party)".
QStringList withholdConfidential(CaseFile& file);

// The limits a bundle must keep to; lowered by tests.
struct BundleLimits {
    qint64 maxEntryBytes = 512LL * 1024 * 1024; // one evidence file (as CaseStore::kMaxEvidenceSize)
    qint64 maxJsonBytes = 64LL * 1024 * 1024; // manifest.json, case.json, provisions.json
    qint64 maxTotalBytes = 8LL * 1024 * 1024 * 1024;
    int maxEntries = 10000;
};
BundleLimits caseBundleLimits();
void setCaseBundleLimits(const BundleLimits& limits);

} // namespace zanlink
