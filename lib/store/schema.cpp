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
        // 2: what is derived from the text — references, defined terms and the
        // search index. The FTS5 tables need the "zanlink" tokenizer
        // registered on the connection (registerSearchTokenizer).
        u"CREATE VIEW latest_editions AS SELECT e.id AS id FROM editions e WHERE e.id = ("
        u"  SELECT x.id FROM editions x WHERE x.act_id = e.act_id AND x.lang = e.lang"
        u"  ORDER BY x.edition_date DESC, x.id DESC LIMIT 1);"
        u"CREATE TABLE links ("
        u"  id INTEGER PRIMARY KEY,"
        u"  provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,"
        u"  place INTEGER NOT NULL DEFAULT -1," // -1 text, -2 heading, N >= 0 the note of that ord
        u"  start INTEGER NOT NULL,"
        u"  length INTEGER NOT NULL,"
        u"  phrase_start INTEGER NOT NULL,"
        u"  phrase_length INTEGER NOT NULL,"
        u"  kind TEXT NOT NULL CHECK (kind IN ('internal','other-act','unresolved','term')),"
        u"  target_act TEXT NOT NULL DEFAULT '',"
        u"  target_key TEXT NOT NULL DEFAULT '',"
        u"  act_name TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX links_provision ON links(provision_id);"
        u"CREATE INDEX links_target ON links(target_act, target_key);"
        u"CREATE TABLE defined_terms ("
        u"  id INTEGER PRIMARY KEY,"
        u"  edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,"
        u"  term TEXT NOT NULL,"
        u"  key TEXT NOT NULL"
        u");"
        u"CREATE INDEX defined_terms_edition ON defined_terms(edition_id);"
        u"CREATE TABLE derived_state (name TEXT PRIMARY KEY, version INTEGER NOT NULL);"
        u"CREATE VIRTUAL TABLE search_kk USING fts5(heading, text, content='provisions', content_rowid='id',"
        u"  tokenize='zanlink kk');"
        u"CREATE VIRTUAL TABLE search_ru USING fts5(heading, text, content='provisions', content_rowid='id',"
        u"  tokenize='zanlink ru');"
        u"CREATE VIRTUAL TABLE search_en USING fts5(heading, text, content='provisions', content_rowid='id',"
        u"  tokenize='zanlink en');",
        // 3: the act tree reads sections, chapters and articles alone from a
        // small covering index instead of every row of every edition; an
        // import looks through the unresolved citations alone, by the name
        // they gave, for those that name the acts it brought.
        u"CREATE INDEX provisions_outline ON provisions"
        u"  (edition_id, ord, parent_id, depth, kind, key, number, heading, change_mark)"
        u"  WHERE kind IN ('section', 'chapter', 'article');"
        u"CREATE INDEX links_unresolved ON links(act_name, provision_id, place) WHERE kind = 'unresolved';",
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
