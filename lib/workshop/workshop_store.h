#pragma once

#include "store/sqlite_db.h"
#include "workshop/trainer_note.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace zanlink {

// A workshop pack that was imported, with the provisions it presents.
struct StoredPack {
    qint64 id = 0;
    QString packUid; // the pack's own id from its manifest
    QString title;
    QString creator;
    QDateTime createdUtc;
    QDateTime importedUtc;
    QList<PackProvisionRef> provisions;
};

// Trainers' notes and imported workshop packs, kept in a small SQLite file of
// their own ("workshop.sqlite" beside the library), so the law library's
// schema stays as it is and the file can be removed without touching the law.
class WorkshopStore {
public:
    // Creates the file when missing; refuses another program's database and
    // a file made by a newer ZanLink.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    Database& database() { return m_db; }
    // "workshop.sqlite" in the library's folder.
    static QString pathBeside(const QString& libraryPath);

    // Stores a new note; one with an id that is free keeps it (a removed note
    // put back by undo), else the note gets a new id. Needs an act and text.
    std::optional<qint64> addNote(const TrainerNote& note, QString* error);
    // Changes the stored note's provision, text and language (its creation
    // time and pack stay). Refuses a note that is not stored.
    bool updateNote(const TrainerNote& note, QString* error);
    bool removeNote(qint64 id, QString* error);
    std::optional<TrainerNote> note(qint64 id);
    // Every note of the act (all acts for an empty actId), by act, key, then creation.
    QList<TrainerNote> notes(const QString& actId = {});
    // The notes on exactly this provision.
    QList<TrainerNote> notesOn(const QString& actId, const QString& key);
    // Whether a note with the same act, key and text is stored.
    bool hasNote(const TrainerNote& note);

    QList<StoredPack> packs();
    std::optional<StoredPack> pack(qint64 id);
    std::optional<StoredPack> packByUid(const QString& uid);
    // Records an imported pack and its provisions (not in a transaction of its own).
    std::optional<qint64> addPack(const StoredPack& pack, QString* error);

private:
    QList<TrainerNote> readNotes(Statement& s);

    Database m_db;
    QString m_path;
};

} // namespace zanlink
