// The FTS5 tokenizer and the query parser together, as library search uses
// them: the input (any bytes, invalid UTF-8 included) is indexed in an
// in-memory table and then searched for with the expression parseSearchQuery
// makes of it. The expression must always be valid FTS5 syntax.
#include "fuzz_common.h"
#include "text/fts_tokenizer.h"
#include "text/search_query.h"

#include <sqlite3.h>

using namespace zanlink;

namespace {

sqlite3* g_db = nullptr;

void exec(const char* sql)
{
    char* msg = nullptr;
    if (sqlite3_exec(g_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, msg ? msg : "?");
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initQt(argc, argv);
    ZANLINK_FUZZ_CHECK(sqlite3_open(":memory:", &g_db) == SQLITE_OK);
    QString error;
    ZANLINK_FUZZ_CHECK(registerSearchTokenizer(g_db, &error));
    exec("CREATE VIRTUAL TABLE kk USING fts5(text, tokenize = 'zanlink kk');"
         "CREATE VIRTUAL TABLE ru USING fts5(text, tokenize = 'zanlink ru');"
         "CREATE VIRTUAL TABLE en USING fts5(text, tokenize = 'zanlink en');");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const char* const tables[] = { "kk", "ru", "en" };
    const char* table = tables[data[0] % 3];
    const bool prefix = (data[0] & 4) != 0;
    const char* text = reinterpret_cast<const char*>(data + 1);
    const int n = static_cast<int>(size - 1);

    exec("BEGIN");
    sqlite3_stmt* st = nullptr;
    const QByteArray insert = QByteArray("INSERT INTO ") + table + "(text) VALUES (?1)";
    ZANLINK_FUZZ_CHECK(sqlite3_prepare_v2(g_db, insert.constData(), -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, text, n, SQLITE_TRANSIENT);
    ZANLINK_FUZZ_CHECK(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);

    const SearchQuery q = parseSearchQuery(QString::fromUtf8(text, n), prefix);
    if (!q.isEmpty()) {
        const QByteArray select = QByteArray("SELECT highlight(") + table + ", 0, '[', ']') FROM " + table + " WHERE "
            + table + " MATCH ?1";
        ZANLINK_FUZZ_CHECK(sqlite3_prepare_v2(g_db, select.constData(), -1, &st, nullptr) == SQLITE_OK);
        const QByteArray expr = q.matchExpression.toUtf8();
        sqlite3_bind_text(st, 1, expr.constData(), static_cast<int>(expr.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) { }
        if (rc != SQLITE_DONE)
            std::fprintf(stderr, "MATCH %s: %s\n", expr.constData(), sqlite3_errmsg(g_db));
        ZANLINK_FUZZ_CHECK(rc == SQLITE_DONE);
        sqlite3_finalize(st);
    }
    exec("ROLLBACK");
    return 0;
}
