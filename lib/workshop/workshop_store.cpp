#include "workshop/workshop_store.h"

#include <QDir>
#include <QFileInfo>

namespace zanlink {

namespace {

constexpr int kWorkshopSchema = 2;

constexpr auto kSchema1 = u"CREATE TABLE packs ("
                          u"  id INTEGER PRIMARY KEY,"
                          u"  pack_uid TEXT NOT NULL UNIQUE,"
                          u"  title TEXT NOT NULL,"
                          u"  creator TEXT NOT NULL,"
                          u"  created_utc TEXT NOT NULL,"
                          u"  imported_utc TEXT NOT NULL);"
                          u"CREATE TABLE pack_provisions ("
                          u"  pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,"
                          u"  ord INTEGER NOT NULL,"
                          u"  act_id TEXT NOT NULL,"
                          u"  key TEXT NOT NULL,"
                          u"  PRIMARY KEY (pack_id, ord));"
                          u"CREATE TABLE trainer_notes ("
                          u"  id INTEGER PRIMARY KEY,"
                          u"  act_id TEXT NOT NULL,"
                          u"  key TEXT NOT NULL,"
                          u"  text TEXT NOT NULL,"
                          u"  created_utc TEXT NOT NULL,"
                          u"  pack_id INTEGER REFERENCES packs(id) ON DELETE SET NULL);"
                          u"CREATE INDEX trainer_notes_by_key ON trainer_notes(act_id, key);"
                          u"PRAGMA user_version = 1;";

// The language a note is written in ('' when not said).
constexpr auto kSchema2 = u"ALTER TABLE trainer_notes ADD COLUMN lang TEXT NOT NULL DEFAULT '';"
                          u"PRAGMA user_version = 2;";

constexpr auto kNoteColumns = u"id, act_id, key, text, created_utc, COALESCE(pack_id, 0), lang";

QString langCode(const std::optional<Language>& lang)
{
    return lang ? languageCode(*lang) : QString();
}

QString utc(const QDateTime& t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString WorkshopStore::pathBeside(const QString& libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("workshop.sqlite"));
}

bool WorkshopStore::open(const QString& path, QString* error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
        return false;
    }
    if (!m_db.open(path)) {
        *error = QStringLiteral("%1: cannot open the workshop file: %2").arg(path, m_db.lastError());
        return false;
    }
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        m_db.close();
        return false;
    };
    Statement version = m_db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!version.next())
        return fail(QStringLiteral("not a ZanLink workshop file (%1)").arg(m_db.lastError()));
    const qint64 v = version.integer(0);
    version = Statement();
    Statement tables = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(name = 'trainer_notes') FROM sqlite_master WHERE type = 'table'"));
    if (!tables.next())
        return fail(QStringLiteral("not a ZanLink workshop file (%1)").arg(m_db.lastError()));
    const bool foreign = tables.integer(0) > 0 && tables.integer(1) == 0;
    tables = Statement();
    if (foreign)
        return fail(QStringLiteral("not a ZanLink workshop file (it is another program's database)"));
    if (v > kWorkshopSchema)
        return fail(QStringLiteral("the workshop file was made by a newer ZanLink (schema %1, this version knows %2)")
                        .arg(v)
                        .arg(kWorkshopSchema));
    if (!m_db.execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;")))
        return fail(m_db.lastError());
    if (v < kWorkshopSchema) {
        Transaction tx(m_db);
        const bool ok = tx.isActive() && (v >= 1 || m_db.execScript(QString::fromUtf16(kSchema1)))
            && m_db.execScript(QString::fromUtf16(kSchema2)) && tx.commit();
        if (!ok) {
            return fail(v == 0 ? QStringLiteral("creating the workshop tables failed: %1").arg(m_db.lastError())
                               : QStringLiteral("updating the workshop file from schema %1 failed: %2")
                                     .arg(v)
                                     .arg(m_db.lastError()));
        }
    }
    return true;
}

std::optional<qint64> WorkshopStore::addNote(const TrainerNote& note, QString* error)
{
    if (note.actId.isEmpty() || note.text.trimmed().isEmpty()) {
        *error = QStringLiteral("a trainer's note needs an act and some text");
        return std::nullopt;
    }
    const bool keepId = note.id > 0 && !this->note(note.id);
    Statement s = m_db.prepare(QStringLiteral("INSERT INTO trainer_notes(id, act_id, key, text, created_utc, pack_id, "
                                              "lang) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (keepId)
        s.bind(1, note.id);
    else
        s.bindNull(1);
    s.bind(2, note.actId).bind(3, note.key).bind(4, note.text).bind(5, utc(note.createdUtc));
    if (note.packId)
        s.bind(6, note.packId);
    else
        s.bindNull(6);
    s.bind(7, langCode(note.language));
    if (!s.exec()) {
        *error = QStringLiteral("%1: the note was not saved: %2").arg(m_path, m_db.lastError());
        return std::nullopt;
    }
    return m_db.lastInsertId();
}

bool WorkshopStore::updateNote(const TrainerNote& note, QString* error)
{
    if (note.actId.isEmpty() || note.text.trimmed().isEmpty()) {
        *error = QStringLiteral("a trainer's note needs an act and some text");
        return false;
    }
    if (!this->note(note.id)) {
        *error = QStringLiteral("%1: the note was not saved: there is no note %2 (it was deleted)")
                     .arg(m_path)
                     .arg(note.id);
        return false;
    }
    Statement s = m_db.prepare(
        QStringLiteral("UPDATE trainer_notes SET act_id = ?2, key = ?3, text = ?4, lang = ?5 WHERE id = ?1"));
    s.bind(1, note.id).bind(2, note.actId).bind(3, note.key).bind(4, note.text).bind(5, langCode(note.language));
    if (!s.exec()) {
        *error = QStringLiteral("%1: the note was not saved: %2").arg(m_path, m_db.lastError());
        return false;
    }
    return true;
}

bool WorkshopStore::removeNote(qint64 id, QString* error)
{
    Statement s = m_db.prepare(QStringLiteral("DELETE FROM trainer_notes WHERE id = ?1"));
    s.bind(1, id);
    if (!s.exec()) {
        *error = QStringLiteral("%1: the note was not removed: %2").arg(m_path, m_db.lastError());
        return false;
    }
    return true;
}

std::optional<TrainerNote> WorkshopStore::note(qint64 id)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT %1 FROM trainer_notes WHERE id = ?1").arg(QString::fromUtf16(kNoteColumns)));
    s.bind(1, id);
    const QList<TrainerNote> list = readNotes(s);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<TrainerNote> WorkshopStore::readNotes(Statement& s)
{
    QList<TrainerNote> list;
    while (s.next()) {
        list << TrainerNote { s.integer(0), s.text(1), s.text(2), s.text(3),
            QDateTime::fromString(s.text(4), Qt::ISODateWithMs), s.integer(5), languageFromCode(s.text(6)) };
    }
    return list;
}

QList<TrainerNote> WorkshopStore::notes(const QString& actId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM trainer_notes WHERE ?1 = '' OR act_id = ?1 "
                                              "ORDER BY act_id, key, created_utc, id")
                                   .arg(QString::fromUtf16(kNoteColumns)));
    s.bind(1, actId);
    return readNotes(s);
}

QList<TrainerNote> WorkshopStore::notesOn(const QString& actId, const QString& key)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT %1 FROM trainer_notes WHERE act_id = ?1 AND key = ?2 ORDER BY created_utc, id")
            .arg(QString::fromUtf16(kNoteColumns)));
    s.bind(1, actId).bind(2, key);
    return readNotes(s);
}

bool WorkshopStore::hasNote(const TrainerNote& note)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT 1 FROM trainer_notes WHERE act_id = ?1 AND key = ?2 AND text = ?3 LIMIT 1"));
    s.bind(1, note.actId).bind(2, note.key).bind(3, note.text);
    return s.next();
}

QList<StoredPack> WorkshopStore::packs()
{
    QList<StoredPack> list;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, pack_uid, title, creator, created_utc, imported_utc FROM packs ORDER BY imported_utc, id"));
    while (s.next()) {
        list << StoredPack { s.integer(0), s.text(1), s.text(2), s.text(3),
            QDateTime::fromString(s.text(4), Qt::ISODateWithMs), QDateTime::fromString(s.text(5), Qt::ISODateWithMs),
            {} };
    }
    for (StoredPack& p : list) {
        Statement items = m_db.prepare(
            QStringLiteral("SELECT act_id, key FROM pack_provisions WHERE pack_id = ?1 ORDER BY ord"));
        items.bind(1, p.id);
        while (items.next())
            p.provisions << PackProvisionRef { items.text(0), items.text(1) };
    }
    return list;
}

std::optional<StoredPack> WorkshopStore::pack(qint64 id)
{
    for (const StoredPack& p : packs()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<StoredPack> WorkshopStore::packByUid(const QString& uid)
{
    for (const StoredPack& p : packs()) {
        if (p.packUid == uid)
            return p;
    }
    return std::nullopt;
}

std::optional<qint64> WorkshopStore::addPack(const StoredPack& pack, QString* error)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO packs(pack_uid, title, creator, created_utc, imported_utc) VALUES (?1, ?2, ?3, ?4, ?5)"));
    s.bind(1, pack.packUid).bind(2, pack.title).bind(3, pack.creator).bind(4, utc(pack.createdUtc));
    s.bind(5, utc(pack.importedUtc));
    if (!s.exec()) {
        *error = QStringLiteral("%1: the pack was not recorded: %2").arg(m_path, m_db.lastError());
        return std::nullopt;
    }
    const qint64 id = m_db.lastInsertId();
    for (qsizetype i = 0; i < pack.provisions.size(); ++i) {
        Statement item = m_db.prepare(
            QStringLiteral("INSERT INTO pack_provisions(pack_id, ord, act_id, key) VALUES (?1, ?2, ?3, ?4)"));
        item.bind(1, id).bind(2, static_cast<qint64>(i)).bind(3, pack.provisions.at(i).actId);
        item.bind(4, pack.provisions.at(i).key);
        if (!item.exec()) {
            *error = QStringLiteral("%1: the pack's provisions were not recorded: %2").arg(m_path, m_db.lastError());
            return std::nullopt;
        }
    }
    return id;
}

} // namespace zanlink
