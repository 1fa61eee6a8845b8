// zanlink-cli search, links, cited-by and find-refs against a library holding
// the fictional act Z9900000003 in kk, ru and en.
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

class TestCliLinks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(db(), &error), qPrintable(error));
        QVERIFY(importRefsFixture(store));
    }

    void searchPrintsActKeyLanguageAndSnippet()
    {
        const Run r = run({ QStringLiteral("search"), QStringLiteral("колжетимдилик"), QStringLiteral("--lang"),
            QStringLiteral("kk") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
        for (const QString& line : lines) {
            const QStringList cols = line.split(u'\t');
            QCOMPARE(cols.size(), 4);
            QCOMPARE(cols.at(0), kRefsAct);
            QCOMPARE(cols.at(2), QStringLiteral("kk"));
            QVERIFY2(cols.at(3).contains(u'['), qPrintable(line)); // the match is marked
        }
        QVERIFY(lines.first().startsWith(kRefsAct + QStringLiteral("\t2\t")));
    }

    void searchJsonAndFilters()
    {
        Run r = run({ QStringLiteral("search"), QStringLiteral("Qoljetimdilik"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(u"lang").toString(), QStringLiteral("kk"));
        // Another act: nothing; an unknown act: a clear error.
        r = run({ QStringLiteral("search"), QStringLiteral("доступ"), QStringLiteral("--act"),
            QStringLiteral("communications") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        r = run(
            { QStringLiteral("search"), QStringLiteral("доступ"), QStringLiteral("--act"), QStringLiteral("nosuch") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"nosuch"));
        // A query made of FTS syntax gives a message, not an SQL error.
        r = run({ QStringLiteral("search"), QStringLiteral("NEAR( \"* OR") });
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"fts5") && !r.err.contains(u"SQL"), qPrintable(r.err));
    }

    void searchPrefixTakesTheLastWordAsUnfinished()
    {
        // "доступ" cut short: no word is "дост", but with --prefix it is the
        // beginning of one, as in the search box.
        Run r = run({ QStringLiteral("search"), QStringLiteral("дост"), QStringLiteral("--lang"), QStringLiteral("ru") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        r = run({ QStringLiteral("search"), QStringLiteral("дост"), QStringLiteral("--lang"), QStringLiteral("ru"),
            QStringLiteral("--prefix") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"[Дост") || r.out.contains(u"[дост"), qPrintable(r.out + r.err));
    }

    void linksListTargetsWithTheirState()
    {
        const Run r = run({ QStringLiteral("links"), kRefsAct, QStringLiteral("2"), QStringLiteral("--lang"),
            QStringLiteral("ru"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QStringList got;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            got << o.value(u"from").toString() + u' ' + o.value(u"act").toString() + u' ' + o.value(u"key").toString()
                    + u' ' + o.value(u"state").toString();
        }
        QCOMPARE(got,
            (QStringList { QStringLiteral("2/1 Z040000567_ 41-1/1-2 act-not-imported"),
                QStringLiteral("2/2 Z9900000003 3/1/1 in-library"), QStringLiteral("2/2 Z9900000003 3/1/2 in-library"),
                QStringLiteral("2/3 Z9900000003 2/1 in-library"), QStringLiteral("2/3 Z9900000003 3 in-library"),
                QStringLiteral("2/3 Z9900000003 4 in-library") }));
        const Run missing = run({ QStringLiteral("links"), kRefsAct, QStringLiteral("99") });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"\"99\""));
    }

    void citedByListsEveryLanguage()
    {
        const Run r = run({ QStringLiteral("cited-by"), QStringLiteral("communications"), QStringLiteral("41-1") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString& l : lines) {
            QVERIFY(l.startsWith(kRefsAct + QStringLiteral("\t2/1\t")));
            QVERIFY(l.contains(u"41-1"));
        }
        const Run none = run({ QStringLiteral("cited-by"), kRefsAct, QStringLiteral("1") });
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.isEmpty());
        QVERIFY(none.err.contains(u"nothing"));
    }

    void findRefsInFreeText()
    {
        Run r = run({ QStringLiteral("find-refs"),
            QStringLiteral("Блогер сослался на статью 41-1 закона о связи и на закон об онлайн-платформах.") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"→ Z040000567_ 41-1 (act-not-imported)"), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"→ Z2300000018"), qPrintable(lines.at(1)));
        // From a file, as JSON; an imported act is found by its title.
        QFile f(m_dir.filePath(QStringLiteral("note.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("См. пункт 1 статьи 2 Закона «О вымышленном доступе».").toUtf8());
        f.close();
        r = run({ QStringLiteral("find-refs"), QStringLiteral("--file"), f.fileName(), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        const QJsonObject o = found.first().toObject();
        QCOMPARE(o.value(u"act").toString(), kRefsAct);
        QCOMPARE(o.value(u"targets").toArray().first().toObject().value(u"key").toString(), QStringLiteral("2/1"));
        QCOMPARE(
            o.value(u"targets").toArray().first().toObject().value(u"state").toString(), QStringLiteral("in-library"));
        // Nothing to read is an error naming the command's input.
        r = run({ QStringLiteral("find-refs") });
        QCOMPARE(r.code, 2);
        r = run(
            { QStringLiteral("find-refs"), QStringLiteral("--file"), m_dir.filePath(QStringLiteral("absent.txt")) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"absent.txt"));
    }

private:
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
};

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
