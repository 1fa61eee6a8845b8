#include "cases/cases_schema.h"

#include <QList>

namespace zanlink {

namespace {

// Migration N brings the schema from version N to N+1. Never edit a landed
// migration: add a new one. Enum columns hold the names of case_model.h and
// have no CHECK, so that a newer kind needs no migration to be stored.
const QList<const char16_t*>& migrations()
{
    static const QList<const char16_t*> list {
        u"CREATE TABLE cases ("
        u"  id INTEGER PRIMARY KEY,"
        u"  title TEXT NOT NULL,"
        u"  kind TEXT NOT NULL,"
        u"  status TEXT NOT NULL,"
        u"  tags TEXT NOT NULL DEFAULT '[]',"
        u"  confidential INTEGER NOT NULL DEFAULT 0,"
        u"  created_utc TEXT NOT NULL,"
        u"  updated_utc TEXT NOT NULL"
        u");"
        u"CREATE TABLE status_history ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  status TEXT NOT NULL,"
        u"  at_utc TEXT NOT NULL,"
        u"  by TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX status_history_case ON status_history(case_id);"
        u"CREATE TABLE parties ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  role TEXT NOT NULL,"
        u"  kind TEXT NOT NULL,"
        u"  name TEXT NOT NULL DEFAULT '',"
        u"  details TEXT NOT NULL DEFAULT '',"
        u"  is_child INTEGER NOT NULL DEFAULT 0,"
        u"  birth_date TEXT,"
        u"  confidential INTEGER NOT NULL DEFAULT 0"
        u");"
        u"CREATE INDEX parties_case ON parties(case_id);"
        u"CREATE TABLE content_items ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  url TEXT NOT NULL,"
        u"  platform TEXT NOT NULL DEFAULT '',"
        u"  account TEXT NOT NULL DEFAULT '',"
        u"  content_kind TEXT NOT NULL DEFAULT '',"
        u"  language TEXT NOT NULL DEFAULT '',"
        u"  notes TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX content_items_case ON content_items(case_id);"
        u"CREATE TABLE evidence ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  content_item_id INTEGER REFERENCES content_items(id) ON DELETE SET NULL,"
        u"  file_name TEXT NOT NULL,"
        u"  sha256 TEXT NOT NULL,"
        u"  size INTEGER NOT NULL,"
        u"  captured_at_utc TEXT NOT NULL,"
        u"  captured_by TEXT NOT NULL DEFAULT '',"
        u"  capture_method TEXT NOT NULL DEFAULT '',"
        u"  measurement_id TEXT NOT NULL DEFAULT '',"
        u"  description TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX evidence_case ON evidence(case_id);"
        u"CREATE INDEX evidence_sha256 ON evidence(sha256);"
        u"CREATE INDEX evidence_item ON evidence(content_item_id);"
        u"CREATE TABLE events ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  kind TEXT NOT NULL,"
        u"  at_utc TEXT NOT NULL,"
        u"  description TEXT NOT NULL DEFAULT '',"
        u"  content_item_id INTEGER REFERENCES content_items(id) ON DELETE SET NULL"
        u");"
        u"CREATE INDEX events_case ON events(case_id);"
        u"CREATE INDEX events_item ON events(content_item_id);"
        u"CREATE TABLE deadlines ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  title TEXT NOT NULL,"
        u"  due_utc TEXT NOT NULL,"
        u"  rule_id TEXT NOT NULL DEFAULT '',"
        u"  from_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
        u"  done INTEGER NOT NULL DEFAULT 0,"
        u"  notes TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX deadlines_case ON deadlines(case_id);"
        u"CREATE INDEX deadlines_event ON deadlines(from_event_id);"
        u"CREATE TABLE notes ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  created_utc TEXT NOT NULL,"
        u"  updated_utc TEXT NOT NULL,"
        u"  html TEXT NOT NULL DEFAULT '',"
        u"  plain_text TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX notes_case ON notes(case_id);"
        u"CREATE TABLE note_citations ("
        u"  id INTEGER PRIMARY KEY,"
        u"  note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,"
        u"  ord INTEGER NOT NULL,"
        u"  act_id TEXT NOT NULL,"
        u"  key TEXT NOT NULL DEFAULT '',"
        u"  lang TEXT NOT NULL,"
        u"  edition_date TEXT,"
        u"  start INTEGER NOT NULL DEFAULT -1,"
        u"  length INTEGER NOT NULL DEFAULT 0,"
        u"  manual INTEGER NOT NULL DEFAULT 0"
        u");"
        u"CREATE INDEX note_citations_note ON note_citations(note_id);"
        u"CREATE INDEX note_citations_target ON note_citations(act_id, key);"
        // The audit log outlives the rows it tells of: no foreign keys.
        u"CREATE TABLE audit ("
        u"  id INTEGER PRIMARY KEY,"
        u"  at_utc TEXT NOT NULL,"
        u"  who TEXT NOT NULL,"
        u"  case_id INTEGER NOT NULL DEFAULT 0,"
        u"  action TEXT NOT NULL,"
        u"  entity TEXT NOT NULL,"
        u"  entity_id INTEGER NOT NULL DEFAULT 0,"
        u"  detail TEXT NOT NULL DEFAULT ''"
        u");"
        u"CREATE INDEX audit_case ON audit(case_id);",
        // 1 → 2: drafts saved with the case.
        u"CREATE TABLE drafts ("
        u"  id INTEGER PRIMARY KEY,"
        u"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        u"  parent_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,"
        u"  type TEXT NOT NULL,"
        u"  lang TEXT NOT NULL,"
        u"  title TEXT NOT NULL DEFAULT '',"
        u"  fields TEXT NOT NULL DEFAULT '{}',"
        u"  final INTEGER NOT NULL DEFAULT 0,"
        u"  created_utc TEXT NOT NULL,"
        u"  updated_utc TEXT NOT NULL"
        u");"
        u"CREATE INDEX drafts_case ON drafts(case_id);"
        u"CREATE INDEX drafts_parent ON drafts(parent_id);"
        u"CREATE TABLE draft_citations ("
        u"  id INTEGER PRIMARY KEY,"
        u"  draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
        u"  ord INTEGER NOT NULL,"
        u"  act_id TEXT NOT NULL,"
        u"  key TEXT NOT NULL DEFAULT '',"
        u"  lang TEXT NOT NULL,"
        u"  edition_date TEXT,"
        u"  quote INTEGER NOT NULL DEFAULT 0"
        u");"
        u"CREATE INDEX draft_citations_draft ON draft_citations(draft_id);"
        u"CREATE INDEX draft_citations_target ON draft_citations(act_id, key);",
    };
    return list;
}

int currentVersion(Database& db)
{
    Statement s = db.prepare(QStringLiteral("SELECT version FROM case_schema_version"));
    return s.next() ? static_cast<int>(s.integer(0)) : 0;
}

} // namespace

int caseSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

bool migrateCases(Database& db, QString* error)
{
    if (!db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS case_schema_version (version INTEGER NOT NULL);"))) {
        *error = db.lastError();
        return false;
    }
    int version = currentVersion(db);
    if (version > caseSchemaVersion()) {
        *error = QStringLiteral("the case file was made by a newer ZanLink (schema %1, this version knows %2); "
                                "update ZanLink to open it")
                     .arg(version)
                     .arg(caseSchemaVersion());
        return false;
    }
    while (version < caseSchemaVersion()) {
        Transaction tx(db);
        const QString sql = QString::fromUtf16(migrations().at(version));
        const QString bump = version == 0
            ? QStringLiteral("INSERT INTO case_schema_version(version) VALUES (1); PRAGMA application_id = %1;")
                  .arg(kCaseFileApplicationId)
            : QStringLiteral("UPDATE case_schema_version SET version = %1;").arg(version + 1);
        if (!tx.isActive() || !db.execScript(sql + bump) || !tx.commit()) {
            *error = QStringLiteral("upgrading the case file to schema %1 failed: %2")
                         .arg(version + 1)
                         .arg(db.lastError());
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace zanlink
