// The AdiletCodex dataset (JSON Lines, one article a line): fictional records.

#include "importer/adilet_codex.h"
#include "importer/importer.h"
#include "tree_dump.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::test;

namespace {

QString codexPath()
{
    return fixturePath(QStringLiteral("codex/fictional_acts.jsonl"));
}

std::optional<QList<CodexDocument>> readCodexBytes(const QByteArray& bytes, const QSet<QString>& only, ImportError* err,
    const std::function<bool(qint64)>& progress = {})
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    return readAdiletCodex(buf, QStringLiteral("data.jsonl"), only, err, progress);
}

} // namespace

class TestCodexImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every (act, language) becomes one document, in order of appearance,
    // though the records of one act are interleaved with another's.
    void documents()
    {
        ImportError err;
        const std::optional<QList<CodexDocument>> docs
            = readCodexBytes(readFixture(QStringLiteral("codex/fictional_acts.jsonl")), {}, &err);
        QVERIFY2(docs, qPrintable(err.toString()));
        QStringList seen;
        for (const CodexDocument& d : *docs)
            seen << d.blocks.actId + u'/' + languageCode(d.language);
        QCOMPARE(seen,
            (QStringList { QStringLiteral("Z9900000001/ru"), QStringLiteral("Z9900000002/ru"),
                QStringLiteral("Z9900000001/kk") }));
        const BlockDocument& z2 = docs->at(1).blocks;
        QCOMPARE(z2.language, std::optional<Language>(Language::Ru));
        QCOMPARE(z2.title, QStringLiteral("О вымышленных облаках (второй вымышленный закон для тестов)"));
        QCOMPARE(z2.editionDate, QDate(2099, 5, 20)); // "20.05.2099" in that file
        // Headings are rebuilt from article_no and article_title; article_text
        // is used when a record has no paragraphs; numbers are put back.
        ZL_COMPARE_TEXT(dumpBlocks(z2.blocks),
            QStringLiteral("B |  | Статья 1. Вымышленные облака\n"
                           " |  | Облака признаются вымышленными.\n"
                           " |  | Иные облака не признаются.\n"
                           "B |  | Статья 2. Иные облака\n"
                           " |  | 1. Иные облака регулируются отдельно.\n"
                           " |  | 2. Вымышленная погода не регулируется."));
        QCOMPARE(z2.blocks.at(3).line, 10);
    }

    void wholeTrees()
    {
        ImportRequest req;
        req.path = codexPath();
        ImportError err;
        const std::optional<ImportOutcome> out = readSource(req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->warnings, QStringList());
        QCOMPARE(out->editions.size(), 3);
        for (const ActEdition& e : out->editions) {
            QCOMPARE(e.sourceKind, QStringLiteral("adiletcodex"));
            QCOMPARE(e.source, codexPath());
            QCOMPARE(e.editionDate, QDate(2099, 5, 20));
        }
        const ActEdition& ru = out->editions.at(0);
        QCOMPARE(ru.actId, QStringLiteral("Z9900000001"));
        QCOMPARE(ru.language, Language::Ru);
        QCOMPARE(ru.title, QStringLiteral("О вымышленных цифровых платформах (вымышленный закон для тестов)"));
        QCOMPARE(ru.statusText, QStringLiteral("Обновленный"));
        ZL_COMPARE_TEXT(dumpTree(ru.provisions), QStringLiteral(R"DUMP(chapter ch:1 | 1 | ОБЩИЕ ПОЛОЖЕНИЯ |  | 
  article 1 | 1 | Основные понятия | В настоящем Законе используются следующие понятия: | 
    = footnote: Сноска. Статья 1 с изменениями, внесенными Законом РК от 02.02.2100 № 2-IX. [№ 2-IX -> https://adilet.zan.kz/rus/docs/Z9900000002#z5]
    subparagraph 1/1 | 1 |  | вымышленная платформа – платформа, которой нет; | z11
    subparagraph 1/1-1 | 1-1 |  | вымышленный пользователь – лицо, которое пользуется вымышленной платформой; | 
    subparagraph 1/2 | 2 |  | вымышленный оператор – лицо, которое ведет вымышленную платформу; | z13
  article 2 | 2 | Обязанности вымышленного оператора |  | 
    paragraph 2/1 | 1 |  | Вымышленный оператор обязан: | z20
      subparagraph 2/1/1 | 1 |  | хранить вымышленные данные; | z21
    paragraph 2/1-1 | 1-1 |  | Вымышленный оператор вправе не отвечать на запросы ночью. | z23
    paragraph 2/3 | 3 |  | Вымышленный оператор хранит вымышленные данные не более одного вымышленного года. | z25
chapter ch:2 | 2 | ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ |  | 
  article 3 | 3 | О внесении изменения в вымышленный закон |  | 
    paragraph 3/2 | 2 |  | Настоящая статья применяется только в тестах. | z33
  article 4 | 4 | Порядок введения в действие настоящего Закона |  | 
    paragraph 4/1 | 1 |  | Настоящий Закон вводится в действие с 1 января 2100 года. | z41)DUMP"));
        QCOMPARE(out->editions.at(1).actId, QStringLiteral("Z9900000002"));
        ZL_COMPARE_TEXT(dumpTree(out->editions.at(1).provisions),
            QStringLiteral(
                R"DUMP(article 1 | 1 | Вымышленные облака | Облака признаются вымышленными. ⏎ Иные облака не признаются. | 
article 2 | 2 | Иные облака |  | 
  paragraph 2/1 | 1 |  | Иные облака регулируются отдельно. | 
  paragraph 2/2 | 2 |  | Вымышленная погода не регулируется. | )DUMP"));
        // The Kazakh note had no label: "Ескерту." is put in front, and the
        // Latin "i" of енгiзiледi becomes Cyrillic.
        const ActEdition& kk = out->editions.at(2);
        QCOMPARE(kk.language, Language::Kk);
        ZL_COMPARE_TEXT(dumpTree(kk.provisions), QStringLiteral(R"DUMP(chapter ch:1 | 1 | ЖАЛПЫ ЕРЕЖЕЛЕР |  | 
  article 1 | 1 | Негізгі ұғымдар | Осы Заңда мынадай ұғымдар пайдаланылады: | 
    = footnote: Ескерту. 1-бапқа өзгеріс енгізілді – ҚР 02.02.2100 № 2-IX Заңымен (01.03.2100 бастап қолданысқа енгізіледі). [№ 2-IX -> https://adilet.zan.kz/kaz/docs/Z9900000002#z5]
    subparagraph 1/1 | 1 |  | ойдан шығарылған платформа – жоқ платформа; | z11
    subparagraph 1/1-1 | 1-1 |  | ойдан шығарылған пайдаланушы – ойдан шығарылған платформаны пайдаланатын тұлға; | 
    subparagraph 1/2 | 2 |  | ойдан шығарылған оператор – ойдан шығарылған платформаны жүргізетін тұлға; | z13
  article 2 | 2 | Ойдан шығарылған оператордың міндеттері |  | 
    paragraph 2/1 | 1 |  | Ойдан шығарылған оператор: | z20
      subparagraph 2/1/1 | 1 |  | ойдан шығарылған деректерді сақтауға міндетті; | z21
    paragraph 2/1-1 | 1-1 |  | Ойдан шығарылған оператор сұрауларға түнде жауап бермеуге құқылы. | z23
    paragraph 2/3 | 3 |  | Ойдан шығарылған оператор деректерді бір жылдан артық сақтамайды. | z25
chapter ch:2 | 2 | ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР |  | 
  article 3 | 3 | Ойдан шығарылған заңға өзгеріс енгізу туралы |  | 
    paragraph 3/2 | 2 |  | Осы бап тек тесттерде қолданылады. | z33
  article 4 | 4 | Осы Заңды қолданысқа енгізу тәртібі |  | 
    paragraph 4/1 | 1 |  | Осы Заң 2100 жылғы 1 қаңтардан бастап қолданысқа енгізіледі. | z41)DUMP"));
        QCOMPARE(allKeys(kk.provisions), allKeys(ru.provisions));
    }

    void onlyActs()
    {
        ImportRequest req;
        req.path = codexPath();
        req.onlyActs = { QStringLiteral("Z9900000002") };
        ImportError err;
        const std::optional<ImportOutcome> out = readSource(req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->editions.size(), 1);
        QCOMPARE(out->editions.first().actId, QStringLiteral("Z9900000002"));

        req.onlyActs = { QStringLiteral("Z9900000009") };
        err = {};
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.file, QStringLiteral("fictional_acts.jsonl"));
        QCOMPARE(err.line, 0);
        QCOMPARE(err.message, QStringLiteral("none of the chosen acts is in the file"));
    }

    // Progress is told even for a small file (at least at the end, with all
    // bytes), and returning false cancels.
    void progressAndCancel()
    {
        const qint64 size = readFixture(QStringLiteral("codex/fictional_acts.jsonl")).size();
        QList<QPair<qint64, qint64>> calls;
        ImportRequest req;
        req.path = codexPath();
        req.progress = [&](qint64 done, qint64 total) {
            calls << qMakePair(done, total);
            return true;
        };
        ImportError err;
        QVERIFY2(readSource(req, &err), qPrintable(err.toString()));
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), qMakePair(size, size));
        for (int i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

        req.progress = [](qint64, qint64) { return false; };
        err = {};
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.file, QStringLiteral("fictional_acts.jsonl"));
        QCOMPARE(err.message, QStringLiteral("import cancelled"));

        // Cancelling in the middle of a long file.
        QByteArray many;
        const QByteArray line = readFixture(QStringLiteral("codex/fictional_acts.jsonl")).split('\n').first();
        for (int i = 0; i < 600; ++i)
            many += line + '\n';
        int seen = 0;
        err = {};
        QVERIFY(!readCodexBytes(many, {}, &err, [&](qint64) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
        QCOMPARE(err.message, QStringLiteral("import cancelled"));
    }

    void brokenLine3()
    {
        ImportRequest req;
        req.path = fixturePath(QStringLiteral("codex/broken_line3.jsonl"));
        ImportError err;
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.file, QStringLiteral("broken_line3.jsonl"));
        QCOMPARE(err.line, 3);
        QVERIFY2(err.message.startsWith(QStringLiteral("not valid JSON (")), qPrintable(err.message));
        QVERIFY(err.toString().startsWith(QStringLiteral("broken_line3.jsonl:3: not valid JSON")));
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("\n[1,2]\n") << 2 << QStringLiteral("a record must be a JSON object");
        QTest::newRow("no doc_id") << QByteArray("{\"lang\":\"ru\",\"article_no\":\"1\"}") << 1
                                   << QStringLiteral("record has no doc_id");
        QTest::newRow("bad lang") << QByteArray("{\"doc_id\":\"Z9900000001\",\"lang\":\"de\",\"article_no\":\"1\"}")
                                  << 1 << QStringLiteral("record has an unknown lang \"de\" (expected ru, kk or en)");
        QTest::newRow("no article_no") << QByteArray("{\"doc_id\":\"Z9900000001\",\"lang\":\"ru\"}") << 1
                                       << QStringLiteral("record of Z9900000001 has no article_no");
        QTest::newRow("empty") << QByteArray("\n\n") << 0 << QStringLiteral("the file holds no records");
    }

    void badRecords()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(int, line);
        QFETCH(QString, message);
        ImportError err;
        QVERIFY(!readCodexBytes(jsonl, {}, &err));
        QCOMPARE(err.file, QStringLiteral("data.jsonl"));
        QCOMPARE(err.line, line);
        QCOMPARE(err.message, message);
    }

    // An act id that is not an Adilet id is named in the error.
    void badActIdInData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"doc_id\":\"fictional\",\"lang\":\"en\",\"article_no\":1,\"article_title\":\"A\",\"article_text\":"
                "\"B\"}\n");
        f.close();
        ImportRequest req;
        req.path = path;
        ImportError err;
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.file, QStringLiteral("bad.jsonl"));
        QCOMPARE(err.message,
            QStringLiteral("act fictional (en): \"fictional\" is not an Adilet id (like Z040000567_) "
                           "nor a known act"));
    }
};

QTEST_GUILESS_MAIN(TestCodexImport)
#include "tst_codex_import.moc"
