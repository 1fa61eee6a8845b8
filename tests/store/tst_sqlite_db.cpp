// Tests of the RAII wrapper over sqlite3 (lib/store/sqlite_db.h).
#include "store/sqlite_db.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

class TestSqliteDb : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openCreatesFile();
    void openWithoutCreateFailsForMissingFile();
    void prepareRejectsTwoStatements();
    void prepareAcceptsTrailingSemicolonAndComment();
    void prepareReportsSyntaxErrors();
    void prepareRejectsEmptySql();
    void prepareOnClosedDatabase();
    void apostrophesRoundTrip();
    void cyrillicAndKazakhRoundTrip_data();
    void cyrillicAndKazakhRoundTrip();
    void emptyStringIsNotNull();
    void bindOrNullBindsNullForEmpty();
    void bindNullAndIntegers();
    void bindOutOfRangeFails();
    void statementReusableAfterExec();
    void transactionRollsBackWhenNotCommitted();
    void transactionCommits();
    void constraintErrorsGoToLastError();
    void execScriptErrorsGoToLastError();
    void lastInsertId();
    void movedStatementStillWorks();

private:
    int count(const QString& table);
    QTemporaryDir* m_dir = nullptr;
    Database* m_db = nullptr;
};

void TestSqliteDb::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new Database;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))), qPrintable(m_db->lastError()));
    QVERIFY(m_db->execScript(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, n INTEGER, "
                                            "u TEXT UNIQUE);")));
}

void TestSqliteDb::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

int TestSqliteDb::count(const QString& table)
{
    Statement s = m_db->prepare(u"SELECT COUNT(*) FROM " + table);
    if (!s.next())
        return -1;
    return static_cast<int>(s.integer(0));
}

void TestSqliteDb::openCreatesFile()
{
    const QString path = m_dir->filePath(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY(!db.isOpen());
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QVERIFY(db.isOpen());
    QVERIFY(db.execScript(QStringLiteral("CREATE TABLE x(a);")));
    QVERIFY(QFile::exists(path));
    db.close();
    QVERIFY(!db.isOpen());
}

void TestSqliteDb::openWithoutCreateFailsForMissingFile()
{
    Database db;
    const QString path = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!db.open(path, false));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.lastError().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestSqliteDb::prepareRejectsTwoStatements()
{
    Statement s = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES ('a'); DELETE FROM t"));
    QVERIFY(!s.isValid());
    QVERIFY(m_db->lastError().contains(u"more than one statement"));
    QVERIFY(!s.exec());
    QCOMPARE(count(QStringLiteral("t")), 0);
    // The classic injection shape is refused as well.
    Statement s2 = m_db->prepare(QStringLiteral("SELECT 1; DROP TABLE t;"));
    QVERIFY(!s2.isValid());
    QCOMPARE(count(QStringLiteral("t")), 0);
}

void TestSqliteDb::prepareAcceptsTrailingSemicolonAndComment()
{
    QVERIFY(m_db->prepare(QStringLiteral("SELECT 1;")).isValid());
    QVERIFY(m_db->prepare(QStringLiteral("SELECT 1;  \n")).isValid());
    QVERIFY2(m_db->prepare(QStringLiteral("SELECT 1; -- a comment")).isValid(), qPrintable(m_db->lastError()));
    QVERIFY2(m_db->prepare(QStringLiteral("SELECT 1; /* a comment */")).isValid(), qPrintable(m_db->lastError()));
}

void TestSqliteDb::prepareReportsSyntaxErrors()
{
    Statement s = m_db->prepare(QStringLiteral("SELEC 1"));
    QVERIFY(!s.isValid());
    QVERIFY2(m_db->lastError().contains(u"syntax error"), qPrintable(m_db->lastError()));
    Statement s2 = m_db->prepare(QStringLiteral("SELECT nope FROM t"));
    QVERIFY(!s2.isValid());
    QVERIFY2(m_db->lastError().contains(u"nope"), qPrintable(m_db->lastError()));
}

void TestSqliteDb::prepareRejectsEmptySql()
{
    m_db->setError({});
    Statement s = m_db->prepare(QStringLiteral("  -- only a comment\n"));
    QVERIFY(!s.isValid());
    QVERIFY(!m_db->lastError().isEmpty());
}

void TestSqliteDb::prepareOnClosedDatabase()
{
    Database db;
    QVERIFY(!db.prepare(QStringLiteral("SELECT 1")).isValid());
    QVERIFY(db.lastError().contains(u"not open"));
    QVERIFY(!db.execScript(QStringLiteral("SELECT 1")));
}

void TestSqliteDb::apostrophesRoundTrip()
{
    const QString v = QStringLiteral("O'Brien's \"quoted\" ''; DROP TABLE t; --");
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    QVERIFY(ins.bind(1, v).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT s FROM t WHERE s = ?1"));
    sel.bind(1, v);
    QVERIFY(sel.next());
    QCOMPARE(sel.text(0), v);
    QVERIFY(!sel.next());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestSqliteDb::cyrillicAndKazakhRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ru") << QStringLiteral("Статья 41-1. Ёлка «в кавычках»");
    QTest::newRow("kk") << QStringLiteral("Қазақстан Республикасының 41-1-бабы: әңғөқұүһі ӘҢҒӨҚҰҮҺІ");
    QTest::newRow("mixed") << QStringLiteral("Art. 1 — ст. 1 — 1-бап \u2116 18-VIII \U0001F4DC");
    QTest::newRow("nul-free long") << QString(5000, QChar(u'ә'));
}

void TestSqliteDb::cyrillicAndKazakhRoundTrip()
{
    QFETCH(QString, value);
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    QVERIFY(ins.bind(1, value).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT s, length(s) FROM t WHERE id = ?1"));
    sel.bind(1, m_db->lastInsertId());
    QVERIFY(sel.next());
    QCOMPARE(sel.text(0), value);
    // SQLite counts code points: UTF-8 was stored, not Latin-1 mojibake.
    QCOMPARE(sel.integer(1), static_cast<qint64>(value.toUcs4().size()));
}

void TestSqliteDb::emptyStringIsNotNull()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    QVERIFY(ins.bind(1, QString()).exec());
    QVERIFY(ins.bind(1, QStringLiteral("")).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM t WHERE s = '' AND s IS NOT NULL"));
    QVERIFY(sel.next());
    QCOMPARE(sel.integer(0), 2);
    Statement back = m_db->prepare(QStringLiteral("SELECT s FROM t"));
    QVERIFY(back.next());
    QVERIFY(!back.isNull(0));
    QVERIFY(back.text(0).isEmpty());
}

void TestSqliteDb::bindOrNullBindsNullForEmpty()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    QVERIFY(ins.bindOrNull(1, QString()).exec());
    QVERIFY(ins.bindOrNull(1, QStringLiteral("x")).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT s FROM t ORDER BY id"));
    QVERIFY(sel.next());
    QVERIFY(sel.isNull(0));
    QVERIFY(sel.text(0).isNull());
    QVERIFY(sel.next());
    QVERIFY(!sel.isNull(0));
    QCOMPARE(sel.text(0), QStringLiteral("x"));
}

void TestSqliteDb::bindNullAndIntegers()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s, n) VALUES (?1, ?2)"));
    QVERIFY(ins.bindNull(1).bind(2, Q_INT64_C(9007199254740993)).exec());
    QVERIFY(ins.bind(1, QStringLiteral("a")).bind(2, -7).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT s, n FROM t ORDER BY id"));
    QVERIFY(sel.next());
    QVERIFY(sel.isNull(0));
    QCOMPARE(sel.integer(1), Q_INT64_C(9007199254740993));
    QVERIFY(sel.next());
    QCOMPARE(sel.integer(1), -7);
}

void TestSqliteDb::bindOutOfRangeFails()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    m_db->setError({});
    QVERIFY(!ins.bind(1, QStringLiteral("a")).bind(2, QStringLiteral("b")).exec());
    QVERIFY2(m_db->lastError().contains(u"parameter 2"), qPrintable(m_db->lastError()));
    QCOMPARE(count(QStringLiteral("t")), 0);
    // The statement recovers for the next row.
    QVERIFY(ins.bind(1, QStringLiteral("a")).exec());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestSqliteDb::statementReusableAfterExec()
{
    // exec() resets and clears bindings: a value bound for one row never
    // leaks into the next one.
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s, n) VALUES (?1, ?2)"));
    QVERIFY(ins.bind(1, QStringLiteral("one")).bind(2, 1).exec());
    QVERIFY(ins.bind(1, QStringLiteral("two")).exec());
    Statement sel = m_db->prepare(QStringLiteral("SELECT s, n FROM t ORDER BY id"));
    QVERIFY(sel.next());
    QCOMPARE(sel.text(0), QStringLiteral("one"));
    QVERIFY(sel.next());
    QCOMPARE(sel.text(0), QStringLiteral("two"));
    QVERIFY(sel.isNull(1));
}

void TestSqliteDb::transactionRollsBackWhenNotCommitted()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES ('x')")).exec());
        QCOMPARE(count(QStringLiteral("t")), 1);
    }
    QCOMPARE(count(QStringLiteral("t")), 0);
    // The connection is usable and not left inside a transaction.
    Transaction again(*m_db);
    QVERIFY(again.isActive());
}

void TestSqliteDb::transactionCommits()
{
    {
        Transaction tx(*m_db);
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES ('x')")).exec());
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(count(QStringLiteral("t")), 1);
    // Another connection sees the committed row.
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite")), false));
    Statement s = other.prepare(QStringLiteral("SELECT s FROM t"));
    QVERIFY(s.next());
    QCOMPARE(s.text(0), QStringLiteral("x"));
}

void TestSqliteDb::constraintErrorsGoToLastError()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(u) VALUES (?1)"));
    QVERIFY(ins.bind(1, QStringLiteral("same")).exec());
    m_db->setError({});
    QVERIFY(!ins.bind(1, QStringLiteral("same")).exec());
    QVERIFY2(m_db->lastError().contains(u"UNIQUE"), qPrintable(m_db->lastError()));
    // After the failure the statement can run again.
    QVERIFY(ins.bind(1, QStringLiteral("other")).exec());
    QCOMPARE(count(QStringLiteral("t")), 2);
}

void TestSqliteDb::execScriptErrorsGoToLastError()
{
    QVERIFY(!m_db->execScript(QStringLiteral("INSERT INTO t(s) VALUES ('a'); INSERT INTO nowhere VALUES (1);")));
    QVERIFY2(m_db->lastError().contains(u"nowhere"), qPrintable(m_db->lastError()));
}

void TestSqliteDb::lastInsertId()
{
    Statement ins = m_db->prepare(QStringLiteral("INSERT INTO t(s) VALUES ('a')"));
    QVERIFY(ins.exec());
    const qint64 first = m_db->lastInsertId();
    QVERIFY(ins.exec());
    QCOMPARE(m_db->lastInsertId(), first + 1);
}

void TestSqliteDb::movedStatementStillWorks()
{
    Statement a = m_db->prepare(QStringLiteral("SELECT ?1"));
    Statement b = std::move(a);
    QVERIFY(!a.isValid()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    QVERIFY(b.isValid());
    b.bind(1, QStringLiteral("ok"));
    QVERIFY(b.next());
    QCOMPARE(b.text(0), QStringLiteral("ok"));
    Statement c;
    c = std::move(b);
    c.reset();
    c.bind(1, QStringLiteral("again"));
    QVERIFY(c.next());
    QCOMPARE(c.text(0), QStringLiteral("again"));
}

QTEST_GUILESS_MAIN(TestSqliteDb)
#include "tst_sqlite_db.moc"
