// Rotating online backups of a library file and putting one back in place of
// a damaged file (lib/store/backups.h). The act is fictional.
#include "refs_fixture.h"
#include "store/backups.h"
#include "store/library_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

class TestBackups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backupIsWholeAndRotates()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("library.sqlite")), &error));
        QVERIFY(importRefsFixture(store));
        Backups backups(dir.filePath(QStringLiteral("backups")), QStringLiteral("library"), 3);
        QVERIFY(backups.isDue(3600));
        for (int i = 0; i < 5; ++i) {
            const std::optional<BackupInfo> b = backups.make(store.database(), &error);
            QVERIFY2(b, qPrintable(error));
            QVERIFY(QFile::exists(b->path));
            QTest::qWait(5); // distinct names
        }
        QCOMPARE(backups.list().size(), 3); // the oldest are gone
        QVERIFY(!backups.isDue(3600));
        QVERIFY(QDir(backups.folder()).entryList({ QStringLiteral("*.part") }).isEmpty());
        // The newest backup opens as a library with the same act in it.
        LibraryStore copy;
        QVERIFY2(copy.open(backups.latest()->path, &error), qPrintable(error));
        QVERIFY(copy.latestEdition(kRefsAct, Language::Kk));
    }

    void aDamagedFileIsReplacedAndKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        Backups backups(dir.filePath(QStringLiteral("backups")), QStringLiteral("library"));
        QString error;
        {
            LibraryStore store;
            QVERIFY(store.open(path, &error));
            QVERIFY(importRefsFixture(store));
            QVERIFY2(backups.make(store.database(), &error), qPrintable(error));
        }
        // Damage the file: overwrite pages in the middle.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(4096);
        f.write(QByteArray(static_cast<int>(qMin<qint64>(size - 4096, 16384)), '\xff'));
        f.close();
        {
            Database db;
            QString problem;
            const bool openedAndChecked = db.open(path, false) && checkDatabase(db, &problem);
            QVERIFY2(!openedAndChecked, "the damage must be found");
            QVERIFY(!problem.isEmpty());
        }
        QVERIFY2(Backups::restore(*backups.latest(), path, &error), qPrintable(error));
        LibraryStore again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QVERIFY(again.latestEdition(kRefsAct, Language::Ru));
        // The damaged file is kept, never deleted.
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("library.sqlite.damaged-*") }).size(), 1);
    }

    void nothingToBackUp()
    {
        QTemporaryDir dir;
        Database closed;
        QString error;
        Backups backups(dir.filePath(QStringLiteral("b")), QStringLiteral("x"));
        QVERIFY(!backups.make(closed, &error));
        QVERIFY(error.contains(u"not open"));
        QVERIFY(!backups.latest());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
