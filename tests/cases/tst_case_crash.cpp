// Crash safety of the case store: a writer process (case_writer) is killed
// with SIGKILL mid-write; the case file and the evidence vault must hold every
// commit it reported, whole, and nothing half-written.
#include "cases/case_store.h"
#include "crash_note_text.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

// Reads whole lines from the writer until `done` says enough or it times out.
QStringList readLines(QProcess& p, const std::function<bool(const QStringList&)>& done, int timeoutMs)
{
    QStringList lines;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (!done(lines) && timer.elapsed() < timeoutMs && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            lines << QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
        }
    }
    return lines;
}

// Lines the writer printed before it died, whole lines only.
QStringList remainingLines(QProcess& p, QStringList lines)
{
    const QByteArray rest = p.readAllStandardOutput();
    QList<QByteArray> parts = rest.split('\n');
    parts.removeLast(); // after the last newline: empty or a torn line
    for (const QByteArray& part : parts)
        lines << QString::fromUtf8(part);
    return lines;
}

QString integrity(Database& db)
{
    Statement s = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    return s.next() ? s.text(0) : db.lastError();
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

class TestCaseCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSavingNotes_data()
    {
        QTest::addColumn<int>("wanted");
        QTest::newRow("early") << 5;
        QTest::newRow("later") << 60;
        QTest::newRow("again") << 25;
    }

    void killedWhileSavingNotes()
    {
        QFETCH(int, wanted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(ZANLINK_CASE_WRITER), { QStringLiteral("notes"), path });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QStringList lines = readLines(
            writer, [&](const QStringList& l) { return l.size() >= wanted; }, 60000);
        QVERIFY2(lines.size() >= wanted, writer.readAllStandardError().constData());
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        lines = remainingLines(writer, lines);

        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(integrity(store.database()), QStringLiteral("ok"));
        const QList<CaseRecord> cases = store.cases();
        QCOMPARE(cases.size(), 1);
        const CaseFile file = *store.caseFile(cases.first().id);
        QHash<qint64, CaseNote> notes;
        for (const CaseNote& n : file.notes)
            notes.insert(n.id, n);

        // Every reported commit is there, whole.
        for (const QString& line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            const qint64 id = parts.at(0).toLongLong();
            const int n = parts.at(1).toInt();
            QVERIFY2(notes.contains(id), qPrintable(line));
            QCOMPARE(notes.value(id).plainText, crashNoteText(n));
            QCOMPARE(notes.value(id).html, crashNoteHtml(n));
            QCOMPARE(notes.value(id).citations.size(), 1);
        }
        // At most one commit more than reported (made, not yet printed), and
        // no note is half-written.
        QVERIFY(notes.size() == lines.size() || notes.size() == lines.size() + 1);
        static const QRegularExpression number(QStringLiteral("^Заметка (\\d+):"));
        for (const CaseNote& n : file.notes) {
            const QRegularExpressionMatch m = number.match(n.plainText);
            QVERIFY(m.hasMatch());
            QCOMPARE(n.plainText, crashNoteText(m.captured(1).toInt()));
            QCOMPARE(n.citations.size(), 1);
        }
        // Audit rows commit with their notes.
        int noteAudits = 0;
        for (const AuditEntry& a : store.audit(file.record.id))
            noteAudits += a.entity == u"note" ? 1 : 0;
        QCOMPARE(noteAudits, notes.size());
    }

    void killedWhileAttaching_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 0; i < 3; ++i)
            QTest::addRow("round %d", i) << i;
    }

    void killedWhileAttaching()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(ZANLINK_CASE_WRITER), { QStringLiteral("attach"), path, dir.path() });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Wait until the second attach has begun, then kill it part-way
        // through the copy.
        QStringList lines = readLines(
            writer, [](const QStringList& l) { return l.contains(QStringLiteral("attaching 1")); }, 120000);
        QVERIFY2(lines.contains(QStringLiteral("attaching 1")), writer.readAllStandardError().constData());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(5, 60)));
        writer.kill();
        QVERIFY(writer.waitForFinished());
        lines = remainingLines(writer, lines);

        // Before any store opens it: every file under a hash name is whole.
        const QDir vault(dir.filePath(QStringLiteral("evidence")));
        static const QRegularExpression hashName(QStringLiteral("^[0-9a-f]{64}$"));
        // On Linux the copy goes to an unnamed O_TMPFILE until it is whole;
        // elsewhere a ".incoming-" temporary may be left, never a hash name.
        for (const QString& name : vault.entryList(QDir::Files | QDir::Hidden)) {
            if (name.startsWith(u".incoming-"))
                continue;
            QVERIFY2(hashName.match(name).hasMatch(), qPrintable(name));
            QCOMPARE(sha256Of(vault.filePath(name)), name);
        }
        // When the kill came during an attach, its file is absent or whole.
        if (lines.last().startsWith(u"attaching ")) {
            const QString source = dir.filePath(QStringLiteral("source-%1.bin").arg(lines.last().section(u' ', 1)));
            const QString interrupted = sha256Of(source);
            QVERIFY(!interrupted.isEmpty());
            qInfo("killed during an attach; its original is %s",
                vault.exists(interrupted) ? "whole (the copy had finished)" : "absent");
        } else {
            qInfo("killed between attaches");
        }

        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(integrity(store.database()), QStringLiteral("ok"));
        const CaseFile file = *store.caseFile(store.cases().first().id);
        QStringList reported;
        for (const QString& line : lines) {
            if (line.startsWith(u"attached "))
                reported << line.section(u' ', 2, 2);
        }
        QVERIFY(!reported.isEmpty());
        QStringList stored;
        for (const Evidence& e : file.evidence) {
            QVERIFY2(store.verifyEvidence(e, &error), qPrintable(error));
            stored << e.sha256;
        }
        for (const QString& sha : reported)
            QVERIFY2(stored.contains(sha), qPrintable(sha));
        QVERIFY(stored.size() <= reported.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseCrash)
#include "tst_case_crash.moc"
