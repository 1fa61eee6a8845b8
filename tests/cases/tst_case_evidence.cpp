// Tests of the evidence vault of the case store: hashing, sharing identical
// originals, verification, removal and refusals. Files and names are fictional.
#include "cases/case_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zanlink;

class TestCaseEvidence : public QObject {
    Q_OBJECT

private:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    qint64 newCase(const QString& title)
    {
        CaseRecord r;
        r.title = title;
        r.kind = CaseKind::RemovalRequest;
        QString error;
        return m_store.saveCase(r, &error).value_or(0);
    }
    QStringList vault() const
    {
        return QDir(m_store.evidenceDir()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("data/cases.sqlite")), &error), qPrintable(error));
    }

    void sha256SizeAndName()
    {
        const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 fictional order of a fictional body\n").repeated(1000);
        const QString path = writeFile(QStringLiteral("предписание.pdf"), bytes);
        const qint64 caseId = newCase(QStringLiteral("Дело о сайте"));
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const std::optional<Evidence> e = m_store.attachEvidence(caseId, path, {}, &error);
        QVERIFY2(e, qPrintable(error));
        const QString expected
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(e->sha256, expected);
        QCOMPARE(e->size, bytes.size());
        QCOMPARE(e->fileName, QStringLiteral("предписание.pdf"));
        QCOMPARE(e->caseId, caseId);
        QVERIFY(e->id > 0);
        QVERIFY(e->capturedAtUtc >= before);
        QCOMPARE(m_store.evidencePath(*e), QDir(m_store.evidenceDir()).filePath(expected));
        QFile stored(m_store.evidencePath(*e));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
        // The original is read-only, and no temporary is left behind.
        QVERIFY(!(stored.permissions() & QFileDevice::WriteOwner));
        QCOMPARE(vault(), QStringList { expected });
        QVERIFY(m_store.verifyEvidence(*e, &error));
        QCOMPARE(m_store.audit(caseId).last().action, QStringLiteral("attach"));
        QCOMPARE(m_store.caseFile(caseId)->evidence.first().sha256, expected);
    }

    void identicalFilesShareOneOriginal()
    {
        const QByteArray bytes("fictional screenshot");
        const QString a = writeFile(QStringLiteral("a.png"), bytes);
        const QString b = writeFile(QStringLiteral("b-copy.png"), bytes);
        const qint64 one = newCase(QStringLiteral("Первое"));
        const qint64 two = newCase(QStringLiteral("Второе"));
        QString error;
        const Evidence e1 = *m_store.attachEvidence(one, a, {}, &error);
        const Evidence e2 = *m_store.attachEvidence(two, b, {}, &error);
        const Evidence e3 = *m_store.attachEvidence(two, a, {}, &error);
        QCOMPARE(e1.sha256, e2.sha256);
        QVERIFY(e1.id != e2.id && e2.id != e3.id);
        QCOMPARE(e2.fileName, QStringLiteral("b-copy.png"));
        QCOMPARE(vault().size(), 1);

        // The original stays while any row holds it.
        QVERIFY(m_store.removeEvidence(e3.id, &error));
        QVERIFY(QFileInfo::exists(m_store.evidencePath(e1)));
        QVERIFY2(m_store.deleteCase(one, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(m_store.evidencePath(e1)));
        QVERIFY(m_store.deleteCase(two, &error));
        QVERIFY(!QFileInfo::exists(m_store.evidencePath(e1)));
        QVERIFY(vault().isEmpty());
    }

    void verifyDetectsAChange()
    {
        const QString path = writeFile(QStringLiteral("page.html"), QByteArrayLiteral("<html>fictional</html>"));
        const qint64 caseId = newCase(QStringLiteral("Сайт"));
        QString error;
        const Evidence e = *m_store.attachEvidence(caseId, path, {}, &error);
        const QString stored = m_store.evidencePath(e);
        QVERIFY(QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(6);
            f.write("F"); // same size, other content
        }
        QString problem;
        QVERIFY(!m_store.verifyEvidence(e, &problem));
        QVERIFY2(problem.contains(u"changed") && problem.contains(u"page.html"), qPrintable(problem));
        // Attaching the good file again puts the original back.
        QVERIFY(m_store.attachEvidence(caseId, path, {}, &error));
        QVERIFY2(m_store.verifyEvidence(e, &problem), qPrintable(problem));
        QFile::remove(stored);
        QVERIFY(!m_store.verifyEvidence(e, &problem));
        QVERIFY2(problem.contains(u"missing"), qPrintable(problem));
        Evidence forged = e;
        forged.sha256 = QStringLiteral("../../cases.sqlite");
        QVERIFY(m_store.evidencePath(forged).isEmpty());
        QVERIFY(!m_store.verifyEvidence(forged, &problem));
    }

    void workingCopyIsApart()
    {
        const QString path = writeFile(QStringLiteral("скрин.png"), QByteArrayLiteral("fictional screenshot"));
        const qint64 caseId = newCase(QStringLiteral("Дело"));
        QString error;
        const Evidence e = *m_store.attachEvidence(caseId, path, {}, &error);
        const std::optional<QString> copy = m_store.workingCopy(e, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(copy->startsWith(m_store.workingCopyDir() + u'/'));
        QVERIFY(copy->endsWith(u"-скрин.png"));
        {
            QFile f(*copy);
            QVERIFY(f.open(QIODevice::Append));
            f.write(" with arrows drawn on it");
        }
        QVERIFY2(m_store.verifyEvidence(e, &error), qPrintable(error));
        QCOMPARE(*m_store.workingCopy(e, &error), *copy); // made once, then kept
    }

    void updateKeepsTheFile()
    {
        const QString path = writeFile(QStringLiteral("shot.png"), QByteArrayLiteral("png"));
        const qint64 caseId = newCase(QStringLiteral("Дело"));
        QString error;
        Evidence e = *m_store.attachEvidence(caseId, path, {}, &error);
        e.description = QStringLiteral("Снимок профиля");
        e.measurementId = QStringLiteral("fictional-ooni-id");
        e.sha256 = QStringLiteral("0").repeated(64); // ignored: the file never changes
        QVERIFY2(m_store.updateEvidence(e, &error), qPrintable(error));
        const Evidence stored = m_store.caseFile(caseId)->evidence.first();
        QCOMPARE(stored.description, e.description);
        QCOMPARE(stored.measurementId, e.measurementId);
        QVERIFY(stored.sha256 != e.sha256);
        QVERIFY(m_store.audit(caseId).last().detail.contains(u"description"));
    }

    void refusals()
    {
        const qint64 caseId = newCase(QStringLiteral("Дело"));
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("нет-такого.png"));
        QVERIFY(!m_store.attachEvidence(caseId, missing, {}, &error));
        QVERIFY2(error.contains(missing) && error.contains(u"does not exist"), qPrintable(error));
        const QString empty = writeFile(QStringLiteral("empty.png"), {});
        QVERIFY(!m_store.attachEvidence(caseId, empty, {}, &error));
        QVERIFY2(error.contains(u"empty.png") && error.contains(u"empty"), qPrintable(error));
        QVERIFY(!m_store.attachEvidence(caseId, m_tmp->path(), {}, &error));
        QVERIFY2(error.contains(u"not a file"), qPrintable(error));
        const QString big = m_dir.filePath(QStringLiteral("huge.mp4"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(CaseStore::kMaxEvidenceSize + 1)); // sparse
        }
        QVERIFY(!m_store.attachEvidence(caseId, big, {}, &error));
        QVERIFY2(error.contains(u"huge.mp4") && error.contains(u"512"), qPrintable(error));
        const QString locked = writeFile(QStringLiteral("locked.png"), QByteArrayLiteral("x"));
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        if (QFile(locked).open(QIODevice::ReadOnly)) {
            QWARN("running as root: cannot test an unreadable file");
        } else {
            QVERIFY(!m_store.attachEvidence(caseId, locked, {}, &error));
            QVERIFY2(error.contains(u"locked.png") && error.contains(u"cannot read"), qPrintable(error));
        }
        const QString ok = writeFile(QStringLiteral("ok.png"), QByteArrayLiteral("ok"));
        QVERIFY(!m_store.attachEvidence(4711, ok, {}, &error));
        QVERIFY2(error.contains(u"4711"), qPrintable(error));
        QVERIFY(vault().isEmpty());
    }

    void openSweepsLeftovers()
    {
        const qint64 caseId = newCase(QStringLiteral("Дело"));
        QString error;
        const QString path = writeFile(QStringLiteral("kept.png"), QByteArrayLiteral("kept"));
        const Evidence kept = *m_store.attachEvidence(caseId, path, {}, &error);
        const QDir dir(m_store.evidenceDir());
        // An original whose attach crashed before the commit, and two
        // temporaries: one stale, one of an attach still copying.
        const QByteArray orphan("orphan");
        const QString orphanName
            = QString::fromLatin1(QCryptographicHash::hash(orphan, QCryptographicHash::Sha256).toHex());
        for (const QString& name :
            { orphanName, QStringLiteral(".incoming-old123"), QStringLiteral(".incoming-new456") }) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(orphan);
        }
        {
            QFile f(dir.filePath(QStringLiteral(".incoming-old123")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
        }
        CaseStore again;
        QVERIFY2(again.open(m_store.path(), &error), qPrintable(error));
        QCOMPARE(vault(), (QStringList { QStringLiteral(".incoming-new456"), kept.sha256 }));
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
    CaseStore m_store;
};

QTEST_GUILESS_MAIN(TestCaseEvidence)
#include "tst_case_evidence.moc"
