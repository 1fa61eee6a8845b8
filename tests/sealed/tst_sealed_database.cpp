// A SQLite database kept sealed: in memory while open, encrypted on disk.
#include "sealed/sealed_database.h"
#include "sealed_test_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace sealedtest;

namespace {

const QString kPassphrase = QStringLiteral("Құпия сөз — 7 бала");
const QString kChildName = QStringLiteral("Әлия Нұрланқызы");
const QString kNoteText = QStringLiteral("Кибербуллинг туралы шағым: Қазақстан Республикасының заңы бойынша");

// Tables like a case file's: plain rows, a child's confidential name, a
// blob, and an FTS5 index with Kazakh and Russian text.
const QString kSchema = QStringLiteral(
    "CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT NOT NULL);"
    "CREATE TABLE parties (id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id), name TEXT, child INTEGER);"
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, preview BLOB);"
    "CREATE VIRTUAL TABLE notes_fts USING fts5(body);"
    "INSERT INTO cases (title) VALUES ('Блокировка аккаунта блогера'), ('Балаға қатысты кибербуллинг');"
    "INSERT INTO evidence (sha256, preview) VALUES ('ab12', randomblob(3000));");

void fill(Database& db)
{
    QVERIFY2(db.execScript(kSchema), qPrintable(db.lastError()));
    Statement party = db.prepare(QStringLiteral("INSERT INTO parties (case_id, name, child) VALUES (2, ?1, 1)"));
    QVERIFY(party.bind(1, kChildName).exec());
    Statement note = db.prepare(QStringLiteral("INSERT INTO notes_fts (body) VALUES (?1)"));
    QVERIFY(note.bind(1, kNoteText).exec());
    QVERIFY(note.bind(1, QStringLiteral("Приказ прокурора об ограничении доступа")).exec());
}

QString one(Database& db, const QString& sql)
{
    Statement s = db.prepare(sql);
    return s.next() ? s.text(0) : QStringLiteral("<error: %1>").arg(db.lastError());
}

// Everything a reader of the file would see, for comparing before and after.
QString dump(Database& db)
{
    QStringList rows;
    for (const QString& sql : { QStringLiteral("SELECT id || '|' || title FROM cases ORDER BY id"),
             QStringLiteral("SELECT id || '|' || name || '|' || child FROM parties ORDER BY id"),
             QStringLiteral("SELECT id || '|' || sha256 || '|' || hex(preview) FROM evidence ORDER BY id"),
             QStringLiteral("SELECT rowid || '|' || body FROM notes_fts ORDER BY rowid") }) {
        Statement s = db.prepare(sql);
        while (s.next())
            rows << s.text(0);
    }
    return rows.join(u'\n');
}

} // namespace

class TestSealedDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        fill(sealed.database());
        QVERIFY2(sealed.save(&error), qPrintable(error));
        const QString before = dump(sealed.database());
        sealed.close();
        QVERIFY(!sealed.isOpen());

        // Nothing readable on disk, and nothing beside the sealed file.
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("cases.zlsealed") });
        const QByteArray file = readBytes(path);
        QVERIFY(!file.contains(kChildName.toUtf8()));
        QVERIFY(!file.contains(QByteArrayView("SQLite format 3")));
        QVERIFY(!file.contains(QByteArrayView("notes_fts")));

        SealedDatabase again;
        QVERIFY2(again.open(path, kPassphrase, &error), qPrintable(error));
        QCOMPARE(again.params(), SealParams::minimum());
        Database& db = again.database();
        QCOMPARE(dump(db), before);
        QVERIFY(before.contains(kChildName));
        QCOMPARE(one(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(one(db, QStringLiteral("SELECT body FROM notes_fts WHERE notes_fts MATCH 'Қазақстан*'")), kNoteText);
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'прокурора'")),
            QStringLiteral("1"));

        // It grows after loading, and a second save keeps the change.
        Statement add = db.prepare(QStringLiteral("INSERT INTO evidence (sha256, preview) VALUES ('cd34', ?1)"));
        QVERIFY(add.bind(1, QStringLiteral("ү").repeated(200000)).exec());
        QVERIFY2(again.save(&error), qPrintable(error));
        const QString grown = dump(db);
        again.close();
        QVERIFY2(again.open(path, kPassphrase, &error), qPrintable(error));
        QCOMPARE(dump(again.database()), grown);
    }

    void emptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        SealedDatabase again;
        QVERIFY2(again.open(path, kPassphrase, &error), qPrintable(error));
        QVERIFY2(again.database().execScript(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")),
            qPrintable(again.database().lastError()));
        QVERIFY2(again.save(&error), qPrintable(error));
    }

    void openRemovesTemporariesOfAKilledSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        sealed.close();
        for (const char* name : { "cases.zlsealed.Ab12Cd", "cases.zlsealed.lock", "other.zlsealed.Ab12Cd" }) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("left over");
        }
        SealedDatabase again;
        QVERIFY2(again.open(path, kPassphrase, &error), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cases.zlsealed.Ab12Cd"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cases.zlsealed.lock")))); // not a temporary
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("other.zlsealed.Ab12Cd")))); // another file's
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QVERIFY(writeBytes(path, QByteArray("keep me")));
        QString error;
        SealedDatabase sealed;
        QVERIFY(!sealed.create(path, kPassphrase, &error, SealParams::minimum()));
        QVERIFY2(error.contains(u"already exists"), qPrintable(error));
        QVERIFY(!sealed.isOpen());
        QCOMPARE(readBytes(path), QByteArray("keep me"));
    }

    void saveRefusedInsideATransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        const QByteArray before = readBytes(path);
        {
            Transaction t(sealed.database());
            QVERIFY(sealed.database().exec(QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(!sealed.save(&error));
            QVERIFY2(error.contains(u"transaction is open"), qPrintable(error));
        }
        QCOMPARE(readBytes(path), before);
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        fill(sealed.database());
        QVERIFY2(sealed.save(&error), qPrintable(error));
        const QByteArray before = readBytes(path);
        const QString content = dump(sealed.database());

        SealFailure failure = SealFailure::None;
        QVERIFY(!sealed.open(path, QStringLiteral("Құпия сөз — 8 бала"), &error, &failure));
        QCOMPARE(failure, SealFailure::WrongPassphrase);
        QCOMPARE(error, QStringLiteral("wrong passphrase for ") + path);
        // The database already open stays open, and the file stays as it was.
        QVERIFY(sealed.isOpen());
        QCOMPARE(dump(sealed.database()), content);
        QCOMPARE(readBytes(path), before);
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("cases.zlsealed") });
        QVERIFY2(sealed.save(&error), qPrintable(error));
        QVERIFY(readBytes(path) != before);
    }

    // A small sealed database (512-byte pages) with one byte changed, at
    // every position in turn, is refused with a message naming the file.
    void everyFlippedByteOfADatabase()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.zlsealed"));
        const QString path = dir.filePath(QStringLiteral("changed.zlsealed"));
        QString error;
        {
            SealedDatabase sealed;
            QVERIFY2(sealed.create(good, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
            QVERIFY(sealed.database().execScript(
                QStringLiteral("PRAGMA page_size = 512; VACUUM; CREATE TABLE parties (name TEXT); "
                               "INSERT INTO parties VALUES ('Әлия');")));
            QVERIFY2(sealed.save(&error), qPrintable(error));
        }
        const QByteArray original = readBytes(good);
        QVERIFY2(original.size() < 1400, QByteArray::number(original.size()).constData());

        SealedDatabase open;
        QVERIFY2(open.open(good, kPassphrase, &error), qPrintable(error));
        QCOMPARE(one(open.database(), QStringLiteral("SELECT name FROM parties")), QStringLiteral("Әлия"));
        for (qsizetype at = 0; at < original.size(); ++at) {
            QByteArray changed = original;
            changed[at] = char(changed.at(at) ^ 0x5a);
            QVERIFY(writeBytes(path, changed));
            SealFailure failure = SealFailure::None;
            const bool opened = open.open(path, kPassphrase, &error, &failure);
            const QByteArray where = QByteArray::number(at) + ": " + error.toUtf8();
            QVERIFY2(!opened, where.constData());
            QVERIFY2(
                failure == SealFailure::Damaged || (at < 8 && failure == SealFailure::NotSealed), where.constData());
            QVERIFY2(error.startsWith(path + u' '), where.constData());
            QCOMPARE(readBytes(path), changed);
            QCOMPARE(open.path(), good);
        }
        QCOMPARE(one(open.database(), QStringLiteral("SELECT name FROM parties")), QStringLiteral("Әлия"));
        QCOMPARE(readBytes(good), original);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        const QString next = QStringLiteral("Жаңа құпия сөз ұзағырақ");
        QString error;
        SealedDatabase sealed;
        QVERIFY2(sealed.create(path, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        fill(sealed.database());
        QVERIFY2(sealed.save(&error), qPrintable(error));
        const QByteArray before = readBytes(path);
        const QString content = dump(sealed.database());

        QVERIFY(!sealed.changePassphrase(QStringLiteral("not it"), next, &error));
        QVERIFY2(error.contains(u"wrong passphrase"), qPrintable(error));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!sealed.changePassphrase(kPassphrase, QString(), &error));
        QVERIFY2(error.contains(u"empty"), qPrintable(error));
        QCOMPARE(readBytes(path), before);

        QVERIFY2(sealed.changePassphrase(kPassphrase, next, &error, SealParams::interactive()), qPrintable(error));
        const QByteArray after = readBytes(path);
        QVERIFY(after.mid(sealformat::kSaltOffset, 16) != before.mid(sealformat::kSaltOffset, 16));
        QCOMPARE(qFromLittleEndian<quint64>(after.constData() + 24), SealParams::interactive().memLimit);
        // Later saves use the new key.
        QVERIFY2(sealed.save(&error), qPrintable(error));
        sealed.close();

        SealFailure failure = SealFailure::None;
        QVERIFY(!sealed.open(path, kPassphrase, &error, &failure));
        QCOMPARE(failure, SealFailure::WrongPassphrase);
        QVERIFY2(sealed.open(path, next, &error), qPrintable(error));
        QCOMPARE(dump(sealed.database()), content);
        QCOMPARE(sealed.params(), SealParams::interactive());
    }

    // A plain case file in WAL mode, with changes still in its WAL, sealed
    // and unsealed again.
    void sealAndUnsealAPlainFile()
    {
        QTemporaryDir dir;
        const QString plainPath = dir.filePath(QStringLiteral("cases.sqlite"));
        const QString sealedPath = dir.filePath(QStringLiteral("cases.zlsealed"));
        const QString backPath = dir.filePath(QStringLiteral("unsealed.sqlite"));
        QString error;
        Database plain;
        QVERIFY(plain.open(plainPath));
        QVERIFY(plain.execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;")));
        fill(plain);
        QVERIFY(QFileInfo(plainPath + QStringLiteral("-wal")).size() > 0);
        const QString content = dump(plain);

        QVERIFY2(
            sealPlainDatabase(plainPath, sealedPath, kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        QVERIFY(isSealedFile(sealedPath));
        QVERIFY(!readBytes(sealedPath).contains(kChildName.toUtf8()));
        // Neither overwritten nor sealed twice.
        QVERIFY(!sealPlainDatabase(plainPath, sealedPath, kPassphrase, &error, SealParams::minimum()));
        QVERIFY2(error.contains(u"already exists"), qPrintable(error));
        QVERIFY(!sealPlainDatabase(
            sealedPath, dir.filePath(QStringLiteral("twice.zlsealed")), kPassphrase, &error, SealParams::minimum()));
        QVERIFY2(error.contains(u"sealed already"), qPrintable(error));
        plain.close();

        SealedDatabase sealed;
        QVERIFY2(sealed.open(sealedPath, kPassphrase, &error), qPrintable(error));
        QCOMPARE(dump(sealed.database()), content);
        QCOMPARE(one(sealed.database(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("memory"));
        sealed.close();

        SealFailure failure = SealFailure::None;
        QVERIFY(!unsealToPlain(sealedPath, backPath, QStringLiteral("guess"), &error, &failure));
        QCOMPARE(failure, SealFailure::WrongPassphrase);
        QVERIFY(!QFileInfo::exists(backPath));
        QVERIFY2(unsealToPlain(sealedPath, backPath, kPassphrase, &error), qPrintable(error));
        QVERIFY(!unsealToPlain(sealedPath, backPath, kPassphrase, &error));
        QVERIFY2(error.contains(u"already exists"), qPrintable(error));
        Database back;
        QVERIFY(back.open(backPath, false));
        QCOMPARE(dump(back), content);
        QCOMPARE(one(back, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void loadRefusesWhatIsNotADatabase()
    {
        Database db;
        QString error;
        QVERIFY(!loadDatabase(db, QByteArray(4096, 'z'), &error));
        QVERIFY2(error.contains(u"not a database"), qPrintable(error));
        QByteArray image = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xee');
        QVERIFY(!loadDatabase(db, image, &error));
        QVERIFY2(error.contains(u"not a usable database"), qPrintable(error));
    }

    void serializeRoundTrip()
    {
        Database source;
        QVERIFY(source.open(QStringLiteral(":memory:")));
        fill(source);
        QString error;
        const std::optional<QByteArray> image = serializeDatabase(source, &error);
        QVERIFY2(image, qPrintable(error));
        QVERIFY(image->startsWith(QByteArrayView("SQLite format 3")));
        Database copy;
        QVERIFY2(loadDatabase(copy, *image, &error), qPrintable(error));
        QCOMPARE(dump(copy), dump(source));
    }
};

QTEST_GUILESS_MAIN(TestSealedDatabase)
#include "tst_sealed_database.moc"
