// Every kind of input that is not an act gets an error naming the file and,
// where known, the line, with a message the user can act on.

#include "importer/importer.h"
#include "tree_dump.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::test;

namespace {

ImportError importFails(const QString& path, std::optional<Language> lang = Language::Ru, const QString& actId = {},
    SourceKind kind = SourceKind::Auto)
{
    ImportRequest req;
    req.path = path;
    req.language = lang;
    req.actId = actId;
    req.kind = kind;
    ImportError err;
    if (readSource(req, &err))
        qWarning("import of %s unexpectedly succeeded", qPrintable(path));
    return err;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyFile()
    {
        const ImportError err = importFails(fixturePath(QStringLiteral("broken/empty.html")));
        QCOMPARE(err.file, QStringLiteral("empty.html"));
        QCOMPARE(err.line, 0);
        QCOMPARE(err.message, QStringLiteral("the file is empty"));
        QCOMPARE(err.toString(), QStringLiteral("empty.html: the file is empty"));
    }

    void whitespaceOnlyBytes()
    {
        ImportRequest req;
        req.path = QStringLiteral("blank.txt");
        req.language = Language::Ru;
        ImportError err;
        QVERIFY(!readBytes(QByteArray(" \n\t\r\n"), req, &err));
        QCOMPARE(err.message, QStringLiteral("the file is empty"));
    }

    // A page cut before Adilet's footer: the error points at its last line.
    void truncatedPage()
    {
        const QString path = fixturePath(QStringLiteral("adilet/ru_Z9900000001_truncated.html"));
        const ImportError err = importFails(path);
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001_truncated.html"));
        const int lines
            = static_cast<int>(readFixture(QStringLiteral("adilet/ru_Z9900000001_truncated.html")).count('\n')) + 1;
        QCOMPARE(err.line, lines);
        QVERIFY2(
            err.message.startsWith(QStringLiteral("the page ends before the end of the act")), qPrintable(err.message));
        QVERIFY(err.message.contains(QStringLiteral("Save the page again")));
    }

    void scriptOnlyShell()
    {
        const ImportError err = importFails(
            fixturePath(QStringLiteral("broken/new_site_shell.html")), Language::Ru, QStringLiteral("Z9900000001"));
        QCOMPARE(err.file, QStringLiteral("new_site_shell.html"));
        QCOMPARE(err.line, 0);
        QVERIFY2(err.message.startsWith(QStringLiteral("this is the script-only page of the new Adilet site")),
            qPrintable(err.message));
        QVERIFY(err.message.contains(QStringLiteral("old.adilet.zan.kz")));
    }

    void notAnAct()
    {
        const QString path = fixturePath(QStringLiteral("broken/not_an_act.html"));
        ImportError err = importFails(path);
        QCOMPARE(err.file, QStringLiteral("not_an_act.html"));
        QVERIFY(err.message.startsWith(QStringLiteral("the file does not say which act it is")));

        err = importFails(path, Language::Ru, QStringLiteral("Z9900000001"));
        QCOMPARE(err.file, QStringLiteral("not_an_act.html"));
        QVERIFY(err.line > 0);
        QVERIFY2(
            err.message.startsWith(QStringLiteral("no articles found: this does not look like the text of an act")),
            qPrintable(err.message));
    }

    // A DOCX-named file that is not a zip at all.
    void htmlNamedDocx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.docx"));
        QFile::copy(fixturePath(QStringLiteral("adilet/ru_Z9900000001.html")), path);
        const ImportError err = importFails(path);
        QCOMPARE(err.file, QStringLiteral("saved.docx"));
        QVERIFY2(err.message.startsWith(QStringLiteral("not a DOCX file")), qPrintable(err.message));
        // Said what it is, the same file reads.
        ImportRequest req;
        req.path = path;
        req.language = Language::Ru;
        req.kind = SourceKind::AdiletHtml;
        ImportError err2;
        QVERIFY2(readSource(req, &err2), qPrintable(err2.toString()));
    }

    void noSuchFile()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("zanlink-no-such-file-Z9900000001.html"));
        const ImportError err = importFails(path);
        QCOMPARE(err.file, path);
        QCOMPARE(err.message, QStringLiteral("no such file"));
    }

    void directory()
    {
        QTemporaryDir dir;
        const ImportError err = importFails(dir.path());
        QCOMPARE(err.file, dir.path());
        QCOMPARE(err.message, QStringLiteral("not a file"));
    }

    void unreadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.html"));
        QFile::copy(fixturePath(QStringLiteral("adilet/ru_Z9900000001.html")), path);
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with rights that read any file (root)");
        const ImportError err = importFails(path);
        QCOMPARE(err.file, path);
        QVERIFY(err.message.startsWith(QStringLiteral("cannot be read: ")));
    }

    // Larger than kMaxActFileBytes: refused before reading. The file is
    // sparse, so the test writes almost nothing.
    void tooLarge_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << QStringLiteral("huge.html");
        QTest::newRow("no suffix") << QStringLiteral("huge");
        QTest::newRow("docx") << QStringLiteral("huge.docx");
    }

    void tooLarge()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body><p>Статья 1. Вымышленная</p>");
        QVERIFY(f.resize(kMaxActFileBytes + 1024 * 1024));
        f.close();
        QCOMPARE(QFileInfo(path).size(), kMaxActFileBytes + 1024 * 1024);
        const ImportError err = importFails(path, Language::Ru, QStringLiteral("Z9900000001"));
        QCOMPARE(err.file, name);
        QCOMPARE(err.line, 0);
        QCOMPARE(err.message,
            QStringLiteral("the file is 65 MB; an act's page or document is at most a few MB, so this "
                           "is not one (the limit is 64 MB)"));
    }

    void languageUnknown()
    {
        const ImportError err = importFails(
            fixturePath(QStringLiteral("text/ru_Z9900000001.txt")), std::nullopt, QStringLiteral("Z9900000001"));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.txt"));
        QCOMPARE(err.message, QStringLiteral("the language of the text is not known; give it (kk, ru or en)"));
    }

    void wrongLanguageOnCopiedText()
    {
        const ImportError err = importFails(
            fixturePath(QStringLiteral("text/ru_Z9900000001.txt")), Language::En, QStringLiteral("Z9900000001"));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.txt"));
        QCOMPARE(
            err.message, QStringLiteral("the text is in Русский, not in English as was asked; choose the language ru"));
    }

    // Elements nested thousands deep (no act's page nests more than a few
    // dozen) are refused quickly, before the HTML parser's time grows with
    // the depth of every tag and before any walk of the tree recurses that deep.
    void deeplyNestedPage_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::newRow("div") << QByteArray("<div>");
        QTest::newRow("b") << QByteArray("<b>");
        QTest::newRow("table") << QByteArray("<table><tr><td>");
        QTest::newRow("list") << QByteArray("<ul><li>");
    }

    void deeplyNestedPage()
    {
        QFETCH(QByteArray, open);
        const QByteArray page = QByteArray("<html><body>") + open.repeated(200000) + "x</body></html>";
        ImportRequest req;
        req.path = QStringLiteral("deep.html");
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!readBytes(page, req, &err));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(err.file, QStringLiteral("deep.html"));
        QCOMPARE(err.message,
            QStringLiteral("the page nests its HTML elements more than 1000 levels deep (an act's page nests a few "
                           "dozen), so it is not a page of an act and is not read"));
    }

    // Nesting a page may well have stays readable: the fixture wrapped in 200 divs.
    void moderatelyNestedPage()
    {
        QFile f(fixturePath(QStringLiteral("adilet/ru_Z9900000001.html")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray page = f.readAll();
        const qsizetype body = page.indexOf("<body");
        QVERIFY(body > 0);
        const qsizetype afterBody = page.indexOf('>', body) + 1;
        page.insert(afterBody, QByteArray("<div>").repeated(200));
        page.replace("</body>", QByteArray(QByteArray("</div>").repeated(200) + "</body>"));
        ImportRequest req;
        req.path = QStringLiteral("nested.html");
        req.language = Language::Ru;
        ImportError err;
        const std::optional<ImportOutcome> out = readBytes(page, req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QVERIFY(!out->editions.first().provisions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
