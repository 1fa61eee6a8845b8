// Crash safety of sealed saves: a writer (sealed_writer) saving over and over
// is killed with SIGKILL at random moments, many times. After every kill the
// file opens with the passphrase and holds every save the writer reported
// (and at most the one it had not reported yet), and the folder holds no
// other file in its place.
#include "sealed/sealed_database.h"
#include "sealed_test_files.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace sealedtest;

namespace {

// Whole lines printed by the writer so far.
QStringList wholeLines(QByteArray& pending, QProcess& p)
{
    pending += p.readAllStandardOutput();
    QStringList lines;
    qsizetype nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
        lines << QString::fromUtf8(pending.left(nl));
        pending.remove(0, nl + 1);
    }
    return lines;
}

} // namespace

class TestSealedCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.zlsealed"));
        const QString passphrase = QStringLiteral("Сынақ құпия сөзі");
        // Rows saved per round, as found after the kill.
        QList<qint64> found;
        int killedWithUnreported = 0;
        QElapsedTimer total;
        total.start();
        QRandomGenerator* random = QRandomGenerator::global();

        for (int round = 0; round < 60 && total.elapsed() < 15000; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(ZANLINK_SEALED_WRITER), { path, QString::number(round) });
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QByteArray pending;
            QStringList lines;
            while (lines.isEmpty() && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                lines << wholeLines(pending, writer);
            }
            QVERIFY2(!lines.isEmpty() && lines.first() == QStringLiteral("ready %1").arg(round),
                writer.readAllStandardError().constData());
            // Let it save a few times, then kill it wherever it is.
            QTest::qSleep(int(random->bounded(1, 120)));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            // The writer must still have been running: say why when it stopped on its own.
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                qPrintable(QStringLiteral("round %1: the writer stopped by itself (exit code %2): %3")
                               .arg(round)
                               .arg(writer.exitCode())
                               .arg(QString::fromUtf8(writer.readAllStandardError()))));
            lines << wholeLines(pending, writer);
            const qint64 reported = lines.size() - 1;
            for (qsizetype i = 1; i < lines.size(); ++i)
                QCOMPARE(lines.at(i), QStringLiteral("saved %1 %2").arg(round).arg(i - 1));

            // The case file is whole: the old or the new content; a temporary
            // left by a save killed before its rename is gone once it is opened.
            SealedDatabase sealed;
            QString error;
            QVERIFY2(sealed.open(path, passphrase, &error), qPrintable(error));
            const QStringList names = entries(dir.path());
            QVERIFY2(names == QStringList { QStringLiteral("cases.zlsealed") }, qPrintable(names.join(u' ')));
            Database& db = sealed.database();
            Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check.next());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
            Statement counts = db.prepare(QStringLiteral("SELECT round, count(*), max(n) FROM saves "
                                                         "WHERE round >= 0 GROUP BY round ORDER BY round"));
            QList<qint64> now;
            while (counts.next()) {
                // Rows of a round are saved in order: n = 0 .. count-1.
                QCOMPARE(counts.integer(2), counts.integer(1) - 1);
                while (now.size() < counts.integer(0))
                    now << 0;
                now << counts.integer(1);
            }
            while (now.size() <= round)
                now << 0;
            // Earlier rounds are as they were found; this one holds every
            // reported save and at most one more.
            QCOMPARE(now.first(round), found);
            QVERIFY2(now.at(round) == reported || now.at(round) == reported + 1,
                qPrintable(
                    QStringLiteral("round %1: %2 saved, %3 reported").arg(round).arg(now.at(round)).arg(reported)));
            killedWithUnreported += now.at(round) == reported + 1 ? 1 : 0;
            found = now;
        }
        qInfo("%lld rounds in %lld ms; %d kills came between a save and its report", qint64(found.size()),
            qint64(total.elapsed()), killedWithUnreported);
        QVERIFY(found.size() >= 20);
        qint64 saves = 0;
        for (const qint64 n : found)
            saves += n;
        QVERIFY(saves > found.size());
    }
};

QTEST_GUILESS_MAIN(TestSealedCrash)
#include "tst_sealed_crash.moc"
