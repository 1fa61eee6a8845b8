#pragma once

#include "cases/case_model.h"
#include "corpus/provision.h"
#include "workshop/trainer_note.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace zanlink {

class CaseStore;
class LibraryStore;
class WorkshopStore;

// A workshop pack (".zlpack") carries what a trainer hands to participants,
// in one zip:
//   manifest.json          format "zanlink-workshop-pack", version, pack_id,
//                          title, creator, created_utc, app_version, counts,
//                          left_out, and "entries": the name, size and
//                          SHA-256 of every other entry
//   editions/<act>.<lang>.json  an edition as the library stores it: title,
//                          act line, edition date, source, official link,
//                          content hash and the provision tree (keys, numbers,
//                          headings, text, anchors, footnotes)
//   provisions.json        the provisions the workshop presents, in order
//   notes.json             trainers' notes, each on one provision
//   cases/<n>.json         exercise cases in the shape of a case bundle's
//                          case.json, without confidential parties, the notes
//                          naming them, evidence, drafts or who changed what
// Editions always travel whole: choosing some provisions of an act chooses
// what the workshop presents, never a truncated edition for the library.
inline constexpr int kWorkshopPackVersion = 1;
inline const QString kWorkshopPackFormat = QStringLiteral("zanlink-workshop-pack");

// One act of a pack: the languages to carry and the provisions to present
// (empty: its articles in order).
struct PackActChoice {
    QString actId;
    QList<Language> languages;
    QStringList keys;
};

struct PackSelection {
    QString title;
    QString creator;
    QList<PackActChoice> acts;
    bool includeNotes = true; // the trainer's notes on the chosen acts' provisions
    QList<qint64> caseIds; // exercise cases
};

// Writes the pack through a temporary file in the target's folder that is
// read back and checked before it is renamed over `packPath`.
bool exportPack(LibraryStore& library, CaseStore* cases, WorkshopStore* notes, const PackSelection& selection,
    const QString& packPath, QString* error);

// A pack read and checked whole; nothing written yet.
struct PackContents {
    QString path;
    int formatVersion = 0;
    QString packUid;
    QString title;
    QString creator;
    QDateTime createdUtc;
    QString appVersion;
    QStringList leftOut;
    QList<ActEdition> editions;
    QList<PackProvisionRef> provisions;
    QList<TrainerNote> notes;
    QList<CaseFile> cases;
};

// Checks the whole pack without writing anything: the zip, the names of the
// entries (no absolute paths, no "..", only the entries a pack holds), their
// sizes against the limits, the manifest's format and version, every entry's
// size and SHA-256 against the manifest, the shape of every JSON entry and
// every edition's content hash. Messages name the pack, the entry and what
// is wrong with it.
std::optional<PackContents> readPack(const QString& packPath, QString* error);

// What an import would add, for the user to confirm.
struct PackSummary {
    struct Edition {
        QString actId;
        Language language = Language::Ru;
        QString title;
        QDate editionDate;
        int provisions = 0;
        bool alreadyPresent = false; // the library holds this very text: skipped
    };
    QString title;
    QString creator;
    QDateTime createdUtc;
    QList<Edition> editions;
    QStringList newActs; // acts the library does not hold at all
    int newEditions = 0;
    int presentEditions = 0;
    int newNotes = 0;
    int presentNotes = 0; // the same note on the same provision is there: skipped
    QStringList caseTitles; // the titles the new cases will get
    int provisions = 0; // presented by the pack
    bool packAlreadyImported = false;
    QStringList leftOut;
};
PackSummary summarizePack(const PackContents& pack, LibraryStore& library, WorkshopStore& notes, CaseStore* cases);

struct PackImportReport {
    int editionsAdded = 0;
    int editionsSkipped = 0;
    int notesAdded = 0;
    int notesSkipped = 0;
    QList<qint64> caseIds; // the new cases
    qint64 packId = 0; // in the workshop store
};

// (done, total, what is being added)
using PackProgress = std::function<void(int, int, const QString&)>;

// Adds a checked pack all-or-nothing: the editions through the library's own
// import (one already there is skipped, never replaced), the notes as pack
// notes (one already there is skipped), the exercise cases always as new
// cases (a title in use gets " (exercise)"). When any part fails, what was
// added is removed again. `cases` may be null when the pack holds no cases.
std::optional<PackImportReport> importPack(const PackContents& pack, LibraryStore& library, WorkshopStore& notes,
    CaseStore* cases, QString* error, const PackProgress& progress = {});

// The limits a pack must keep to; lowered by tests.
struct PackLimits {
    qint64 maxEntryBytes = 64LL * 1024 * 1024; // one JSON entry, unpacked
    qint64 maxTotalBytes = 512LL * 1024 * 1024; // everything, unpacked
    int maxEntries = 5000;
};
PackLimits workshopPackLimits();
void setWorkshopPackLimits(const PackLimits& limits);

} // namespace zanlink
