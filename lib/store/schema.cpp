#include "store/schema.h"

#include <QList>

namespace zanlink {

namespace {

// Migration N brings the schema from version N to N+1. Never edit a landed
// migration: add a new one.
const QList<const char16_t*>& migrations()
{
    static const QList<const char16_t*> list{
        u"CREATE TABLE acts ("
        u"  id TEXT PRIMARY KEY,"
        u"  first_seen TEXT NOT NULL"
        u");"
        u"CREATE TABLE editions ("
        u"  id INTEGER PRIMARY KEY,"
        u"  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE,"
        u"  lang TEXT NOT NULL CHECK (lang IN ('kk','ru','en')),"
        u"  edition_date TEXT,"
        u"  title TEXT NOT NULL DEFAULT '',"
        u"  act_line TEXT NOT NULL DEFAULT '',"
        u"  status_text TEXT NOT NULL DEFAULT '',"
        u"  source_kind TEXT NOT NULL,"
        u"  source TEXT NOT NULL DEFAULT '',"
        u"  content_hash TEXT NOT NULL,"
        u"  imported_at TEXT NOT NULL,"
        u"  UNIQUE (act_id, lang, content_hash)"
        u");"
        u"CREATE INDEX editions_act ON editions(act_id, lang, edition_date);"
        u"CREATE TABLE provisions ("
        u"  id INTEGER PRIMARY KEY,"
        u"  edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,"
        u"  parent_id INTEGER REFERENCES provisions(id) ON DELETE CASCADE,"
        u"  ord INTEGER NOT NULL,"
        u"  depth INTEGER NOT NULL,"
        u"  kind TEXT NOT NULL,"
        u"  key TEXT NOT NULL,"
        u"  number TEXT NOT NULL DEFAULT '',"
        u"  heading TEXT NOT NULL DEFAULT '',"
        u"  text TEXT NOT NULL DEFAULT '',"
        u"  anchor TEXT NOT NULL DEFAULT '',"
        u"  source_line INTEGER NOT NULL DEFAULT 0,"
        u"  change_mark INTEGER NOT NULL DEFAULT 0,"
        u"  UNIQUE (edition_id, key),"
        u"  UNIQUE (edition_id, ord)"
        u");"
        u"CREATE INDEX provisions_parent ON provisions(parent_id);"
        u"CREATE TABLE provision_notes ("
        u"  id INTEGER PRIMARY KEY,"
        u"  provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,"
        u"  ord INTEGER NOT NULL,"
        u"  kind TEXT NOT NULL CHECK (kind IN ('footnote','editorial')),"
        u"  text TEXT NOT NULL,"
        u"  links TEXT NOT NULL DEFAULT '[]'"
        u");"
        u"CREATE INDEX provision_notes_provision ON provision_notes(provision_id);",
    };
    return list;
}

int currentVersion(Database& db)
{
    Statement s = db.prepare(QStringLiteral("SELECT version FROM schema_version"));
    return s.next() ? static_cast<int>(s.integer(0)) : 0;
}

} // namespace

int librarySchemaVersion()
{
    return static_cast<int>(migrations().size());
}

bool migrateLibrary(Database& db, QString* error)
{
    if (!db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"))) {
        *error = db.lastError();
        return false;
    }
    int version = currentVersion(db);
    if (version > librarySchemaVersion()) {
        *error = QStringLiteral("the library was made by a newer ZanLink (schema %1, this version knows %2); "
                                "update ZanLink to open it")
                     .arg(version)
                     .arg(librarySchemaVersion());
        return false;
    }
    while (version < librarySchemaVersion()) {
        Transaction tx(db);
        const QString sql = QString::fromUtf16(migrations().at(version));
        const QString bump = version == 0 ? QStringLiteral("INSERT INTO schema_version(version) VALUES (1);")
                                          : QStringLiteral("UPDATE schema_version SET version = %1;").arg(version + 1);
        if (!tx.isActive() || !db.execScript(sql + bump) || !tx.commit()) {
            *error = QStringLiteral("upgrading the library to schema %1 failed: %2").arg(version + 1).arg(db.lastError());
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace zanlink
