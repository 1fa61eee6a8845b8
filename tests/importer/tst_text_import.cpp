// Text copied from an Adilet page: block stream, title and act line, tree.

#include "importer/importer.h"
#include "importer/plain_text_blocks.h"
#include "tree_dump.h"

#include <QTest>

using namespace zanlink;
using namespace zanlink::test;

class TestTextImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blocksAndTitle()
    {
        const BlockDocument doc
            = plainTextBlocks(QStringLiteral("  Вымышленный заголовок \r\n"
                                             "Новый\n"
                                             "Закон Республики Казахстан от 2 мая 2099 года № 2-IX.\n"
                                             "\n"
                                             "\tСтатья 1.\u00A0Вымышленная\n"
                                             "     1. Первый   пункт.\n"));
        QCOMPARE(doc.title, QStringLiteral("Вымышленный заголовок"));
        QCOMPARE(doc.statusText, QStringLiteral("Новый"));
        QCOMPARE(doc.actLine, QStringLiteral("Закон Республики Казахстан от 2 мая 2099 года № 2-IX."));
        QVERIFY(doc.actId.isEmpty());
        QVERIFY(!doc.language);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks.at(0).text, QStringLiteral("Статья 1. Вымышленная"));
        QCOMPARE(doc.blocks.at(0).line, 5);
        QCOMPARE(doc.blocks.at(1).text, QStringLiteral("1. Первый пункт."));
        QCOMPARE(doc.blocks.at(1).line, 6);
    }

    void kazakhActLine()
    {
        const BlockDocument doc
            = plainTextBlocks(QStringLiteral("Ойдан шығарылған тест туралы\n"
                                             "Қазақстан Республикасының 2099 жылғы 2 мамырдағы № 2-IX Заңы.\n"
                                             "1-бап. Ойдан шығарылған\n"));
        QCOMPARE(doc.title, QStringLiteral("Ойдан шығарылған тест туралы"));
        QCOMPARE(doc.actLine, QStringLiteral("Қазақстан Республикасының 2099 жылғы 2 мамырдағы № 2-IX Заңы."));
        QCOMPARE(doc.blocks.size(), 1);
    }

    void noActLineKeepsEverything()
    {
        const BlockDocument doc = plainTextBlocks(QStringLiteral("Статья 1. А\n1. Б\n"));
        QVERIFY(doc.title.isEmpty());
        QCOMPARE(doc.blocks.size(), 2);
    }

    // The copied ru act: the same keys as the page; no anchors, no red notes
    // (the copy loses them); the signature found without its table.
    void wholeTree()
    {
        ImportRequest req;
        req.path = fixturePath(QStringLiteral("text/ru_Z9900000001.txt"));
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        const std::optional<ImportOutcome> out = readSource(req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->warnings, QStringList());
        const ActEdition& e = out->editions.first();
        QCOMPARE(e.sourceKind, QStringLiteral("text"));
        QCOMPARE(e.title, QStringLiteral("О вымышленных цифровых платформах (вымышленный закон для тестов)"));
        QCOMPARE(e.statusText, QStringLiteral("Обновленный"));
        QCOMPARE(e.actLine, QStringLiteral("Закон Республики Казахстан от 1 апреля 2099 года № 1-IX."));
        QVERIFY(!e.editionDate.isValid());
        ZL_COMPARE_TEXT(dumpTree(e.provisions),
            QStringLiteral(
                R"DUMP(preamble preamble |  |  | Настоящий вымышленный Закон регулирует отношения, которых нет. | 
chapter ch:1 | 1 | ОБЩИЕ ПОЛОЖЕНИЯ |  | 
  article 1 | 1 | Основные понятия | В настоящем Законе используются следующие понятия: | 
    = footnote: Сноска. Статья 1 с изменениями, внесенными законами РК от 02.02.2100 № 2-IX (вводится в действие с 01.03.2100); от 03.03.2100 № 3-IX.
    subparagraph 1/1 | 1 |  | вымышленная платформа – платформа, которой нет; | 
    subparagraph 1/1-1 | 1-1 |  | вымышленный пользователь – лицо, которое пользуется вымышленной платформой; | 
    subparagraph 1/2 | 2 |  | вымышленный оператор – лицо, которое ведет вымышленную платформу; | 
    subparagraph 1/3-1 | 3-1 |  | вымышленный сон – то, что видит вымышленный пользователь. | 
  article 2 | 2 | Обязанности вымышленного оператора |  | 
    paragraph 2/1 | 1 |  | Вымышленный оператор обязан: | 
      subparagraph 2/1/1 | 1 |  | хранить вымышленные данные; | 
      subparagraph 2/1/2 | 2 |  | отвечать на вымышленные запросы. | 
      text 2/1/t1 |  |  | Требования настоящего пункта не применяются к снам. | 
    paragraph 2/1-1 | 1-1 |  | Вымышленный оператор вправе не отвечать на запросы, указанные в пункте 1 настоящей статьи, ночью. | 
    paragraph 2/2 | 2 |  | Исключен Законом РК от 05.05.2100 № 5-IX (вводится в действие с 01.06.2100). | 
    paragraph 2/3 | 3 |  | Вымышленный оператор хранит вымышленные данные не более одного вымышленного года. | 
    note 2/note |  |  | Для целей настоящей статьи сном признается любой вымышленный запрос. | 
chapter ch:2 | 2 | ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ |  | 
  article 3 | 3 | О внесении изменения в вымышленный закон |  | 
    = footnote: Сноска. Статья 3 в редакции Закона РК от 05.05.2100 № 5-IX (вводится в действие с 01.06.2100).
    paragraph 3/1 | 1 |  | Статью 7 Закона Республики Казахстан "О вымышленных облаках" изложить в следующей редакции: ⏎ "Статья 7. Вымышленные облака ⏎ 1. Облака признаются "вымышленными". ⏎ 2. Иные облака регулируются Законом "О вымышленной погоде"."; | 
    paragraph 3/2 | 2 |  | Настоящая статья применяется только в тестах. | 
  article 4 | 4 | Порядок введения в действие настоящего Закона | "Вымышленные правила" применяются в следующем порядке: | 
    paragraph 4/1 | 1 |  | Настоящий Закон вводится в действие с 1 января 2100 года. | 
    paragraph 4/2 | 2 |  | "Вымышленные правила" применяются с 1 февраля 2100 года. | 
signature signature |  |  | Президент ⏎ Республики Казахстан И. ВЫМЫШЛЕННЫЙ | )DUMP"));
    }

    void needsActAndLanguage()
    {
        ImportRequest req;
        req.path = fixturePath(QStringLiteral("text/ru_Z9900000001.txt"));
        req.language = Language::Ru;
        ImportError err;
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.txt"));
        QVERIFY(err.message.startsWith(QStringLiteral("the file does not say which act it is")));

        req.language.reset();
        req.actId = QStringLiteral("Z9900000001");
        err = {};
        QVERIFY(!readSource(req, &err));
        QCOMPARE(err.message, QStringLiteral("the language of the text is not known; give it (kk, ru or en)"));
    }

    void detectSourceKind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("kind");
        QTest::newRow("docx by suffix") << QStringLiteral("a.DOCX") << QByteArray() << int(SourceKind::Docx);
        QTest::newRow("zip magic") << QStringLiteral("download") << QByteArray("PK\x03\x04rest", 8)
                                   << int(SourceKind::Docx);
        QTest::newRow("jsonl") << QStringLiteral("codex.jsonl") << QByteArray() << int(SourceKind::AdiletCodex);
        QTest::newRow("json object") << QStringLiteral("data") << QByteArray("  {\"doc_id\":1}")
                                     << int(SourceKind::AdiletCodex);
        QTest::newRow("html suffix") << QStringLiteral("a.htm") << QByteArray() << int(SourceKind::AdiletHtml);
        QTest::newRow("html content") << QStringLiteral("saved") << QByteArray("<!DOCTYPE HTML><html>")
                                      << int(SourceKind::AdiletHtml);
        QTest::newRow("text") << QStringLiteral("a.txt") << QByteArray("Статья 1. А") << int(SourceKind::PlainText);
    }

    void detectSourceKind()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, head);
        QFETCH(int, kind);
        QCOMPARE(int(zanlink::detectSourceKind(path, head)), kind);
    }
};

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_text_import.moc"
