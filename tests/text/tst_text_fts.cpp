// End-to-end tests of the "zanlink" FTS5 tokenizer (lib/text/fts_tokenizer.h)
// with parseSearchQuery (lib/text/search_query.h) on an in-memory database.
// All texts are invented for the tests.
#include "text/fts_tokenizer.h"
#include "text/search_query.h"

#include <QRandomGenerator>
#include <QTest>
#include <sqlite3.h>

using namespace zanlink;

namespace {

const char* const kKk[] = {
    "Бұл ережелер балалардың құқығын қорғау үшін Қазақстанда жалған ақпаратты таратуға жол бермейді.",
    "Қазақстан Республикасының онлайн-платформалары пайдаланушыларға ертегілер туралы хабарлайды.",
    "Кітапхана қызметкерлері 41-1-бабының 2-тармағын енгiзiледi деп оқиды.",
};
const char* const kRu[] = {
    "Ложная информация о погоде в этой сказке не распространяется.",
    "Онлайн-платформы сообщают пользователям о новых правилах игры.",
    "Ещё одна выдуманная статья про ёжиков и их норы.",
};
const char* const kEn[] = {
    "Online platforms shall tell their users about the rules of this invented game.",
    "The platform keeps information in a library of made-up cases.",
    "Nothing in this sentence is related to anything.",
};

} // namespace

class TestTextFts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void kazakhKeyboardAndInflection();
    void kazakhLatin();
    void kazakhPhrase();
    void russianInflection();
    void english();
    void prefixQueries();
    void headingColumn();
    void highlightAroundCyrillic();
    void badQueriesNeverFail_data();
    void badQueriesNeverFail();
    void badTokenizerArguments();
    void registerOnNullConnection();
    void invalidUtf8EmptyAndLongInput();
    void randomBytes();

private:
    bool exec(const char* sql);
    bool insert(const char* table, qint64 rowid, const QByteArray& heading, const QByteArray& text);
    QList<qint64> search(const char* table, const QString& userText, bool prefix = false, QString* error = nullptr);
    QString highlight(const char* table, const QString& userText);
    sqlite3* m_db = nullptr;
};

bool TestTextFts::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (err)
        qWarning("%s", err);
    sqlite3_free(err);
    return rc == SQLITE_OK;
}

bool TestTextFts::insert(const char* table, qint64 rowid, const QByteArray& heading, const QByteArray& text)
{
    const QByteArray sql = "INSERT INTO " + QByteArray(table) + "(rowid, heading, text) VALUES (?1, ?2, ?3)";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(st, 1, rowid);
    sqlite3_bind_text(st, 2, heading.constData(), static_cast<int>(heading.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

QList<qint64> TestTextFts::search(const char* table, const QString& userText, bool prefix, QString* error)
{
    const SearchQuery q = parseSearchQuery(userText, prefix);
    QList<qint64> rows;
    if (q.isEmpty())
        return rows;
    const QByteArray sql = "SELECT rowid FROM " + QByteArray(table) + " WHERE " + table + " MATCH ?1 ORDER BY rowid";
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray match = q.matchExpression.toUtf8();
        sqlite3_bind_text(st, 1, match.constData(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            rows.append(sqlite3_column_int64(st, 0));
    }
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db)) + u" for " + q.matchExpression;
    sqlite3_finalize(st);
    return rows;
}

QString TestTextFts::highlight(const char* table, const QString& userText)
{
    const QByteArray sql = "SELECT highlight(" + QByteArray(table) + ", 1, '[', ']') FROM " + table + " WHERE " + table
        + " MATCH ?1 ORDER BY rowid";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return {};
    const QByteArray match = parseSearchQuery(userText, false).matchExpression.toUtf8();
    sqlite3_bind_text(st, 1, match.constData(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    QString out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

void TestTextFts::init()
{
    QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
    QString error;
    QVERIFY2(registerSearchTokenizer(m_db, &error), qPrintable(error));
    QVERIFY(exec("CREATE VIRTUAL TABLE kk USING fts5(heading, text, tokenize = 'zanlink kk');"
                 "CREATE VIRTUAL TABLE ru USING fts5(heading, text, tokenize = 'zanlink ru');"
                 "CREATE VIRTUAL TABLE en USING fts5(heading, text, tokenize = 'zanlink en');"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insert("kk", i + 1, QByteArray::number(i + 1) + "-бап. Мақсаты", kKk[i]));
        QVERIFY(insert("ru", i + 1, "Статья " + QByteArray::number(i + 1), kRu[i]));
        QVERIFY(insert("en", i + 1, "Article " + QByteArray::number(i + 1), kEn[i]));
    }
}

void TestTextFts::cleanup()
{
    sqlite3_close(m_db);
    m_db = nullptr;
}

using Rows = QList<qint64>;

void TestTextFts::kazakhKeyboardAndInflection()
{
    QCOMPARE(search("kk", QStringLiteral("казакстан")), (Rows { 1, 2 }));
    QCOMPARE(search("kk", QStringLiteral("Қазақстанның")), (Rows { 1, 2 }));
    QCOMPARE(search("kk", QStringLiteral("балалардын кукыгы")), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("балалардың құқығы")), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("41-1-бабы")), (Rows { 3 }));
    QCOMPARE(search("kk", QStringLiteral("енгізіледі")), (Rows { 3 }));
    QCOMPARE(search("kk", QStringLiteral("балалардын кукыгы ертегі")), Rows {});
}

void TestTextFts::kazakhLatin()
{
    QCOMPARE(search("kk", QStringLiteral("Qazaqstan")), (Rows { 1, 2 }));
    QCOMPARE(search("kk", QStringLiteral("quqyq")), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("Qazaqstan Respublikasy")), (Rows { 2 }));
    QCOMPARE(search("kk", QStringLiteral("Qazaqstan Respublikasynyñ")), (Rows { 2 }));
}

void TestTextFts::kazakhPhrase()
{
    QCOMPARE(search("kk", QStringLiteral("\"жалған ақпарат\"")), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("«жалган акпарат»")), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("\"ақпарат жалған\"")), Rows {});
    QCOMPARE(search("kk", QStringLiteral("ақпарат жалған")), (Rows { 1 }));
}

void TestTextFts::russianInflection()
{
    QCOMPARE(search("ru", QStringLiteral("информации")), (Rows { 1 }));
    QCOMPARE(search("ru", QStringLiteral("ложную информацию")), (Rows { 1 }));
    QCOMPARE(search("ru", QStringLiteral("\"ложной информации\"")), (Rows { 1 }));
    QCOMPARE(search("ru", QStringLiteral("ежиков")), (Rows { 3 }));
    QCOMPARE(search("ru", QStringLiteral("ещё")), (Rows { 3 }));
    QCOMPARE(search("ru", QStringLiteral("онлайн-платформа")), (Rows { 2 }));
    QCOMPARE(search("ru", QStringLiteral("информация платформа")), Rows {});
}

void TestTextFts::english()
{
    QCOMPARE(search("en", QStringLiteral("platform")), (Rows { 1, 2 }));
    QCOMPARE(search("en", QStringLiteral("PLATFORMS")), (Rows { 1, 2 }));
    QCOMPARE(search("en", QStringLiteral("\"online platform\"")), (Rows { 1 }));
    QCOMPARE(search("en", QStringLiteral("user")), (Rows { 1 }));
    QCOMPARE(search("en", QStringLiteral("platform games")), (Rows { 1 }));
}

void TestTextFts::prefixQueries()
{
    QCOMPARE(search("kk", QStringLiteral("казакс"), true), (Rows { 1, 2 }));
    QCOMPARE(search("kk", QStringLiteral("жалған ақпар"), true), (Rows { 1 }));
    QCOMPARE(search("kk", QStringLiteral("кітапх"), true), (Rows { 3 }));
    QCOMPARE(search("ru", QStringLiteral("информаци"), true), (Rows { 1 }));
    QCOMPARE(search("ru", QStringLiteral("инф"), true), (Rows { 1 }));
    QCOMPARE(search("en", QStringLiteral("platf"), true), (Rows { 1, 2 }));
    // Without the prefix a partial word finds nothing.
    QCOMPARE(search("kk", QStringLiteral("кітапх"), false), Rows {});
    QCOMPARE(search("en", QStringLiteral("platf"), false), Rows {});
}

void TestTextFts::headingColumn()
{
    QCOMPARE(search("kk", QStringLiteral("максаты")), (Rows { 1, 2, 3 }));
    QCOMPARE(search("ru", QStringLiteral("статьи")), (Rows { 1, 2, 3 }));
}

void TestTextFts::highlightAroundCyrillic()
{
    QCOMPARE(highlight("kk", QStringLiteral("кукыгы")),
        QStringLiteral("Бұл ережелер балалардың [құқығын] қорғау үшін Қазақстанда жалған ақпаратты таратуға жол "
                       "бермейді."));
    QCOMPARE(highlight("kk", QStringLiteral("\"жалған ақпарат\"")),
        QStringLiteral("Бұл ережелер балалардың құқығын қорғау үшін Қазақстанда [жалған ақпаратты] таратуға жол "
                       "бермейді."));
    QCOMPARE(highlight("kk", QStringLiteral("енгизиледи")),
        QStringLiteral("Кітапхана қызметкерлері 41-1-бабының 2-тармағын [енгiзiледi] деп оқиды."));
    QCOMPARE(
        highlight("ru", QStringLiteral("ёжик")), QStringLiteral("Ещё одна выдуманная статья про [ёжиков] и их норы."));
}

void TestTextFts::badQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"жалған ақпарат");
    QTest::newRow("unbalanced guillemet") << QStringLiteral("«ложная информация");
    QTest::newRow("stray closing") << QStringLiteral("информация» \"");
    QTest::newRow("three quotes") << QStringLiteral("\"a\" \"b");
    QTest::newRow("operators") << QStringLiteral("AND OR NOT");
    QTest::newRow("operators between words") << QStringLiteral("platform AND NOT online");
    QTest::newRow("column filter") << QStringLiteral("text:информация");
    QTest::newRow("unknown column filter") << QStringLiteral("nosuchcolumn:информация");
    QTest::newRow("column filter braces") << QStringLiteral("{heading text}: платформа");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("star word") << QStringLiteral("*инф*");
    QTest::newRow("near") << QStringLiteral("NEAR(");
    QTest::newRow("near full") << QStringLiteral("NEAR(platform online, 2)");
    QTest::newRow("caret plus parens") << QStringLiteral("^платформа + (ложная");
    QTest::newRow("inner quote") << QStringLiteral("don\"t «a\"b»");
    QTest::newRow("only punctuation") << QStringLiteral("!?.,;:-()[]{}\"«»*^+");
    QTest::newRow("empty") << QString();
    QTest::newRow("10000 characters") << QString(10000, u'ы');
    QTest::newRow("10000 words") << QStringLiteral("a ").repeated(5000);
    QTest::newRow("hebrew quote inside word") << QStringLiteral("צה\"ל");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800));
}

void TestTextFts::badQueriesNeverFail()
{
    QFETCH(QString, query);
    for (const bool prefix : { false, true }) {
        for (const char* table : { "kk", "ru", "en" }) {
            QString error;
            search(table, query, prefix, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
}

void TestTextFts::badTokenizerArguments()
{
    QVERIFY(!exec("CREATE VIRTUAL TABLE a USING fts5(t, tokenize = 'zanlink');"));
    QVERIFY(!exec("CREATE VIRTUAL TABLE b USING fts5(t, tokenize = 'zanlink xx');"));
    QVERIFY(!exec("CREATE VIRTUAL TABLE c USING fts5(t, tokenize = 'zanlink kk ru');"));
    QVERIFY(exec("CREATE VIRTUAL TABLE d USING fts5(t, tokenize = 'zanlink ru');"));
}

void TestTextFts::registerOnNullConnection()
{
    QString error;
    QVERIFY(!registerSearchTokenizer(nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestTextFts::invalidUtf8EmptyAndLongInput()
{
    QVERIFY(insert("kk", 10, "", ""));
    QVERIFY(insert("kk", 11, "\xff\xfe", "\xc3 Қазақстан \xd2\xff құқық \xe2\x82"));
    QByteArray longText = QByteArray("ақпарат ").repeated(12500); // 100 000 characters
    longText += "ерекшесөз";
    QVERIFY(insert("ru", 12, "x", longText));
    QCOMPARE(search("kk", QStringLiteral("казакстан")), (Rows { 1, 2, 11 }));
    QCOMPARE(search("kk", QStringLiteral("кукык")), (Rows { 1, 11 }));
    QCOMPARE(search("ru", QStringLiteral("ерекшесөз")), (Rows { 12 }));
    QVERIFY(highlight("kk", QStringLiteral("кукык")).contains(QStringLiteral("[құқығын]")));
}

// Random bytes, some of them UTF-8 lead and continuation bytes, never break
// indexing, querying or highlighting.
void TestTextFts::randomBytes()
{
    QRandomGenerator rng(20230710);
    const QByteArray pieces[]
        = { "\xd2\x9b", "\xd0", "\x80", "\xf0\x9f\x98", " ", "-", "a", "\xe2\x80\xa8", "\0", "1." };
    for (int row = 0; row < 200; ++row) {
        QByteArray bytes;
        const int n = static_cast<int>(rng.bounded(1, 60));
        for (int i = 0; i < n; ++i) {
            if (rng.bounded(2))
                bytes += pieces[rng.bounded(static_cast<int>(std::size(pieces)))];
            else
                bytes += static_cast<char>(rng.bounded(256));
        }
        bytes += " құқық";
        QVERIFY(insert("kk", 100 + row, bytes, bytes));
    }
    QCOMPARE(search("kk", QStringLiteral("кукык")).size(), 201);
    QVERIFY(!highlight("kk", QStringLiteral("кукык")).isEmpty());
    QVERIFY(exec("INSERT INTO kk(kk) VALUES('integrity-check');"));
}

QTEST_APPLESS_MAIN(TestTextFts)
#include "tst_text_fts.moc"
