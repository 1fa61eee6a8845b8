// Crash safety of imports: a writer (library_writer) importing fictional acts
// is killed with SIGKILL at random moments, again and again on the same
// library; after each kill the library must pass its integrity checks (SQLite
// and the full-text indexes), hold every import the writer reported whole, and
// nothing half-imported. ZANLINK_CRASH_ROUNDS sets the number of kills (the
// benchmark script runs many more than the test suite).
#include "crash_act.h"
#include "store/backups.h"
#include "store/library_store.h"

#include <QProcess>
#include <QSet>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

class TestLibraryCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWhileImporting()
    {
        const int rounds = qEnvironmentVariableIsSet("ZANLINK_CRASH_ROUNDS")
            ? qEnvironmentVariableIntValue("ZANLINK_CRASH_ROUNDS")
            : 12;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QRandomGenerator random(20991231);
        QSet<QString> reported;
        int next = 1;
        int killedMidImport = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(ZANLINK_LIBRARY_WRITER), { path, QString::number(next) });
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QTest::qWait(static_cast<int>(random.bounded(50, 900)));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError().constData());
            QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            lines.removeLast(); // empty, or a line torn by the kill
            for (const QByteArray& l : lines)
                reported.insert(QString::fromLatin1(l));

            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QString problem;
            QVERIFY2(checkDatabase(store.database(), &problem), qPrintable(problem));
            Statement fts = store.database().prepare(
                QStringLiteral("INSERT INTO search_ru(search_ru, rank) VALUES ('integrity-check', 1)"));
            QVERIFY2(fts.exec(), qPrintable(store.database().lastError()));

            // Every reported import is there whole; an act is there whole or not at all.
            QSet<QString> present;
            for (const QString& actId : store.actIds()) {
                present.insert(actId);
                const QList<EditionInfo> editions = store.editions(actId);
                QCOMPARE(editions.size(), 1);
                Statement count = store.database().prepare(
                    QStringLiteral("SELECT count(*) FROM provisions WHERE edition_id = ?1"));
                count.bind(1, editions.first().id);
                QVERIFY(count.next());
                QCOMPARE(count.integer(0), qint64(crashProvisionCount()));
                Statement indexed = store.database().prepare(QStringLiteral(
                    "SELECT count(*) FROM search_ru JOIN provisions p ON p.id = search_ru.rowid WHERE p.edition_id = ?1"));
                indexed.bind(1, editions.first().id);
                QVERIFY(indexed.next());
                QCOMPARE(indexed.integer(0), qint64(crashProvisionCount()));
            }
            for (const QString& id : std::as_const(reported))
                QVERIFY2(present.contains(id), qPrintable(id + u" was reported imported but is missing"));
            // At most one import more than reported (committed, not yet printed).
            QVERIFY(present.size() == reported.size() || present.size() == reported.size() + 1);
            if (present.size() == reported.size())
                ++killedMidImport;
            store.database().close();
            // The next writer goes on after the last act there.
            next = static_cast<int>(present.size()) + 1;
            for (const QString& id : std::as_const(present))
                reported.insert(id);
        }
        qInfo("%d kills, %d of them with an import unreported or in progress", rounds, killedMidImport);
        QVERIFY(!reported.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryCrash)
#include "tst_library_crash.moc"
