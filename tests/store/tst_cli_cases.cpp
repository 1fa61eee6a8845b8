// zanlink-cli case list, show, export and import against a case file made in
// the test with the fictional cases of tests/cases/bundle_fixture.h.
#include "../cases/bundle_fixture.h"
#include "cases/case_store.h"
#include "refs_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliCases : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LibraryStore library;
        QString error;
        QVERIFY2(library.open(db(), &error), qPrintable(error));
        QVERIFY(importRefsFixture(library));
        CaseStore store;
        QVERIFY2(store.open(CaseStore::pathBeside(db()), &error), qPrintable(error));
        m_blocking = makeBundleCase(store, m_dir);
        QVERIFY(m_blocking > 0);
        CaseRecord r;
        r.title = QStringLiteral("Консультация о праве на ответ");
        r.status = CaseStatus::Closed;
        m_consultation = store.saveCase(r, &error).value_or(0);
        QVERIFY2(m_consultation > 0, qPrintable(error));
        Deadline d { 0, m_consultation, QStringLiteral("Ответ редакции"),
            QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC), {}, 0, false, {} };
        QVERIFY2(store.saveDeadline(d, &error), qPrintable(error));
    }

    void listPrintsOneLinePerCase()
    {
        Run r = run({ QStringLiteral("case"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList blocking = lineOf(lines, m_blocking);
        QCOMPARE(blocking.mid(1, 2), (QStringList { QStringLiteral("waiting"), QStringLiteral("restriction") }));
        QCOMPARE(blocking.at(4), QStringLiteral("Блокировка канала «Вымышленные новости»"));
        QCOMPARE(blocking.at(5), QStringLiteral("1 due, 0 overdue"));
        QCOMPARE(lineOf(lines, m_consultation).at(5), QStringLiteral("1 due, 1 overdue"));

        r = run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed"),
            QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"case").toObject().value(u"id").toInteger(), m_consultation);
        r = run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--kind"),
            QStringLiteral("restriction") });
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        r = run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("nosuch") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"nosuch"));
    }

    void showPrintsTheWholeCase()
    {
        Run r = run(
            { QStringLiteral("case"), QStringLiteral("show"), QString::number(m_blocking), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(c.value(u"case").toObject().value(u"id").toInteger(), m_blocking);
        QCOMPARE(c.value(u"parties").toArray().size(), 3);
        QCOMPARE(c.value(u"evidence").toArray().size(), 2);
        QCOMPARE(c.value(u"notes").toArray().first().toObject().value(u"citations").toArray().size(), 1);
        r = run({ QStringLiteral("case"), QStringLiteral("show"), QString::number(m_blocking) });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Блокировка канала"));
        QVERIFY(r.out.contains(u"(child)"));
        r = run({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("999") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no case 999"));
        r = run({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("abc") });
        QCOMPARE(r.code, 2);
        r = run({ QStringLiteral("case"), QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 2);
    }

    void exportAndImportMoveACase()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("out/case.zip"));
        Run r = run({ QStringLiteral("case"), QStringLiteral("export"), QString::number(m_blocking), bundle });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"2 evidence files, 1 provisions"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"left out: party 2 (confidential)"), qPrintable(r.err));
        const QString other = m_dir.filePath(QStringLiteral("laptop/cases.sqlite"));
        r = run({ QStringLiteral("--cases"), other, QStringLiteral("case"), QStringLiteral("import"), bundle });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"imported as case 1: Блокировка канала"), qPrintable(r.out));
        r = run({ QStringLiteral("--cases"), other, QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"parties").toArray().size(), 2);

        r = run({ QStringLiteral("case"), QStringLiteral("export"), QString::number(m_blocking), bundle,
            QStringLiteral("--include-confidential") });
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains(u"left out"));
        r = run({ QStringLiteral("--cases"), other, QStringLiteral("case"), QStringLiteral("import"), bundle });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"(imported)"), qPrintable(r.out));
    }

    void badInputsAreRefused()
    {
        Run r = run({ QStringLiteral("case"), QStringLiteral("export"), QStringLiteral("999"),
            m_dir.filePath(QStringLiteral("x.zip")) });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.zip"))));
        const QString absent = m_dir.filePath(QStringLiteral("absent.zip"));
        r = run({ QStringLiteral("case"), QStringLiteral("import"), absent });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(absent));
        const QString text = m_dir.filePath(QStringLiteral("note.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a bundle\n");
        f.close();
        r = run({ QStringLiteral("case"), QStringLiteral("import"), text });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a complete zip") && r.err.contains(u"unchanged"), qPrintable(r.err));
        r = run({ QStringLiteral("--cases"), m_dir.filePath(QStringLiteral("none/cases.sqlite")),
            QStringLiteral("case"), QStringLiteral("list") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no case file"));
        r = run({ QStringLiteral("case") });
        QCOMPARE(r.code, 2);
    }

    void draftFromACase()
    {
        const QString id = QString::number(m_blocking);
        // The text of a targeted restriction request, citing Art. 41-1 and naming the exact URL.
        Run r = run({ QStringLiteral("draft"), id, QStringLiteral("--type"), QStringLiteral("targeted-restriction"),
            QStringLiteral("--lang"), QStringLiteral("ru") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"41-1"), qPrintable(r.out.left(400)));
        QVERIFY(r.out.contains(QStringLiteral("https://example.org/@vymysel/video/1")));
        // A DOCX file, as a zip.
        const QString docx = m_dir.filePath(QStringLiteral("request.docx"));
        r = run({ QStringLiteral("draft"), id, QStringLiteral("--type"), QStringLiteral("targeted-restriction"),
            QStringLiteral("--lang"), QStringLiteral("kk+ru"), QStringLiteral("--out"), docx });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(docx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        // What is missing is listed; --final refuses to write while it is.
        const QString refused = m_dir.filePath(QStringLiteral("final.docx"));
        r = run({ QStringLiteral("draft"), QString::number(m_consultation), QStringLiteral("--type"),
            QStringLiteral("removal-request"), QStringLiteral("--final"), QStringLiteral("--out"), refused });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"missing: "));
        QVERIFY(!QFile::exists(refused));
        // Bad input: an unknown type, a missing case, another format.
        r = run({ QStringLiteral("draft"), id, QStringLiteral("--type"), QStringLiteral("letter") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"letter"));
        r = run({ QStringLiteral("draft"), QStringLiteral("999"), QStringLiteral("--type"),
            QStringLiteral("removal-request") });
        QCOMPARE(r.code, 1);
        r = run({ QStringLiteral("draft"), id, QStringLiteral("--type"), QStringLiteral("removal-request"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")) });
        QCOMPARE(r.code, 2);
    }

private:
    static QStringList lineOf(const QStringList& lines, qint64 id)
    {
        for (const QString& l : lines) {
            if (l.startsWith(QString::number(id) + u'\t'))
                return l.split(u'\t');
        }
        return QStringList(6);
    }
    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    Run run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(ZANLINK_CLI), QStringList { QStringLiteral("--db"), db() } + args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    qint64 m_blocking = 0;
    qint64 m_consultation = 0;
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
