// Reads the fictional act Z9900000001 from legacy Adilet pages in kk, ru and en
// and compares the whole provision trees with what the pages say.

#include "importer/decode.h"
#include "importer/html_blocks.h"
#include "importer/importer.h"
#include "tree_dump.h"

#include <QTest>

using namespace zanlink;
using namespace zanlink::test;

namespace {

// The expected tree of the fictional act, language by language. Notes:
// the red editor's notes wait for the provision after them and hand it the
// anchor they took over (z12, z2); the repealed paragraph 2 in Adilet's note
// style is still paragraph "2/2"; the quoted wording inside 3/1 stays its text;
// the Kazakh footnote's Latin "i" (енгiзiледi) comes out as Cyrillic "і".
QString expectedTree(Language lang)
{
    switch (lang) {
    case Language::Ru:
        return QStringLiteral(
            R"DUMP(preamble preamble |  |  | Настоящий вымышленный Закон регулирует отношения, которых нет. | z100
  = editorial: Примечание ИЗПИ! ⏎ Текст настоящего Закона вымышлен и служит только для тестов.
chapter ch:1 | 1 | ОБЩИЕ ПОЛОЖЕНИЯ |  | z10
  article 1 | 1 | Основные понятия | В настоящем Законе используются следующие понятия: | z1
    = footnote: Сноска. Статья 1 с изменениями, внесенными законами РК от 02.02.2100 № 2-IX (вводится в действие с 01.03.2100); от 03.03.2100 № 3-IX. [№ 2-IX -> https://adilet.zan.kz/rus/docs/Z9900000002#z5; № 3-IX -> https://adilet.zan.kz/rus/docs/Z9900000003#z7]
    subparagraph 1/1 | 1 |  | вымышленная платформа – платформа, которой нет; | z11
    subparagraph 1/1-1 | 1-1 |  | вымышленный пользователь – лицо, которое пользуется вымышленной платформой; | z12
      = editorial: Примечание ИЗПИ! ⏎ В подпункт 1-1) предусматривается изменение Законом РК от 04.04.2100 № 4-IX (вводится в действие с 01.01.2101). [№ 4-IX -> https://adilet.zan.kz/rus/docs/Z9900000004#z9]
    subparagraph 1/2 | 2 |  | вымышленный оператор – лицо, которое ведет вымышленную платформу; | z13
    subparagraph 1/3-1 | 3-1 |  | вымышленный сон – то, что видит вымышленный пользователь. | 
  article 2 | 2 | Обязанности вымышленного оператора |  | z2
    = editorial: Примечание ИЗПИ! ⏎ В статью 2 предусматривается изменение Законом РК от 04.04.2100 № 4-IX. [№ 4-IX -> https://adilet.zan.kz/rus/docs/Z9900000004#z11]
    paragraph 2/1 | 1 |  | Вымышленный оператор обязан: | z20
      subparagraph 2/1/1 | 1 |  | хранить вымышленные данные; | z21
      subparagraph 2/1/2 | 2 |  | отвечать на вымышленные запросы. | z22
      text 2/1/t1 |  |  | Требования настоящего пункта не применяются к снам. | 
    paragraph 2/1-1 | 1-1 |  | Вымышленный оператор вправе не отвечать на запросы, указанные в пункте 1 настоящей статьи, ночью. | z23
    paragraph 2/2 | 2 |  | Исключен Законом РК от 05.05.2100 № 5-IX (вводится в действие с 01.06.2100). | z24
    paragraph 2/3 | 3 |  | Вымышленный оператор хранит вымышленные данные не более одного вымышленного года. | z25
    note 2/note |  |  | Для целей настоящей статьи сном признается любой вымышленный запрос. | z26
chapter ch:2 | 2 | ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ |  | z30
  article 3 | 3 | О внесении изменения в вымышленный закон |  | z3
    = footnote: Сноска. Статья 3 в редакции Закона РК от 05.05.2100 № 5-IX (вводится в действие с 01.06.2100). [№ 5-IX -> https://adilet.zan.kz/rus/docs/Z9900000005#z4]
    paragraph 3/1 | 1 |  | Статью 7 Закона Республики Казахстан "О вымышленных облаках" изложить в следующей редакции: ⏎ "Статья 7. Вымышленные облака ⏎ 1. Облака признаются "вымышленными". ⏎ 2. Иные облака регулируются Законом "О вымышленной погоде"."; | z31
    paragraph 3/2 | 2 |  | Настоящая статья применяется только в тестах. | z33
  article 4 | 4 | Порядок введения в действие настоящего Закона | "Вымышленные правила" применяются в следующем порядке: | z4
    paragraph 4/1 | 1 |  | Настоящий Закон вводится в действие с 1 января 2100 года. | z41
    paragraph 4/2 | 2 |  | "Вымышленные правила" применяются с 1 февраля 2100 года. | z42
signature signature |  |  | Президент ⏎ Республики Казахстан И. ВЫМЫШЛЕННЫЙ | )DUMP");
    case Language::Kk:
        return QStringLiteral(
            R"DUMP(preamble preamble |  |  | Осы ойдан шығарылған Заң жоқ қатынастарды реттейді. | z100
  = editorial: ЗҚАИ-ның ескертпесі! ⏎ Осы Заңның мәтіні ойдан шығарылған және тек тесттерге арналған.
chapter ch:1 | 1 | ЖАЛПЫ ЕРЕЖЕЛЕР |  | z10
  article 1 | 1 | Негізгі ұғымдар | Осы Заңда мынадай ұғымдар пайдаланылады: | z1
    = footnote: Ескерту. 1-бапқа өзгерістер енгізілді – ҚР 02.02.2100 № 2-IX (01.03.2100 бастап қолданысқа енгізіледі); 03.03.2100 № 3-IX Заңдарымен. [№ 2-IX -> https://adilet.zan.kz/kaz/docs/Z9900000002#z5; № 3-IX -> https://adilet.zan.kz/kaz/docs/Z9900000003#z7]
    subparagraph 1/1 | 1 |  | ойдан шығарылған платформа – жоқ платформа; | z11
    subparagraph 1/1-1 | 1-1 |  | ойдан шығарылған пайдаланушы – ойдан шығарылған платформаны пайдаланатын тұлға; | z12
      = editorial: ЗҚАИ-ның ескертпесі! ⏎ 1-1) тармақшаға өзгеріс енгізу көзделген – ҚР 04.04.2100 № 4-IX Заңымен (01.01.2101 бастап қолданысқа енгізіледі). [№ 4-IX -> https://adilet.zan.kz/kaz/docs/Z9900000004#z9]
    subparagraph 1/2 | 2 |  | ойдан шығарылған оператор – ойдан шығарылған платформаны жүргізетін тұлға; | z13
    subparagraph 1/3-1 | 3-1 |  | ойдан шығарылған түс – ойдан шығарылған пайдаланушы көретін нәрсе. | 
  article 2 | 2 | Ойдан шығарылған оператордың міндеттері |  | z2
    = editorial: ЗҚАИ-ның ескертпесі! ⏎ 2-бапқа өзгеріс енгізу көзделген – ҚР 04.04.2100 № 4-IX Заңымен. [№ 4-IX -> https://adilet.zan.kz/kaz/docs/Z9900000004#z11]
    paragraph 2/1 | 1 |  | Ойдан шығарылған оператор: | z20
      subparagraph 2/1/1 | 1 |  | ойдан шығарылған деректерді сақтауға; | z21
      subparagraph 2/1/2 | 2 |  | ойдан шығарылған сұрауларға жауап беруге міндетті. | z22
      text 2/1/t1 |  |  | Осы тармақтың талаптары түстерге қолданылмайды. | 
    paragraph 2/1-1 | 1-1 |  | Ойдан шығарылған оператор осы баптың 1-тармағында көрсетілген сұрауларға түнде жауап бермеуге құқылы. | z23
    paragraph 2/2 | 2 |  | Алып тасталды – ҚР 05.05.2100 № 5-IX Заңымен (01.06.2100 бастап қолданысқа енгізіледі). | z24
    paragraph 2/3 | 3 |  | Ойдан шығарылған оператор ойдан шығарылған деректерді бір ойдан шығарылған жылдан артық сақтамайды. | z25
    note 2/note |  |  | Осы баптың мақсаттары үшін кез келген ойдан шығарылған сұрау түс деп танылады. | z26
chapter ch:2 | 2 | ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР |  | z30
  article 3 | 3 | Ойдан шығарылған заңға өзгеріс енгізу туралы |  | z3
    = footnote: Ескерту. 3-бап жаңа редакцияда – ҚР 05.05.2100 № 5-IX Заңымен (01.06.2100 бастап қолданысқа енгізіледі). [№ 5-IX -> https://adilet.zan.kz/kaz/docs/Z9900000005#z4]
    paragraph 3/1 | 1 |  | "Ойдан шығарылған бұлттар туралы" Қазақстан Республикасы Заңының 7-бабы мынадай редакцияда жазылсын: ⏎ "7-бап. Ойдан шығарылған бұлттар ⏎ 1. Бұлттар "ойдан шығарылған" деп танылады. ⏎ 2. Өзге бұлттар "Ойдан шығарылған ауа райы туралы" Заңмен реттеледі."; | z31
    paragraph 3/2 | 2 |  | Осы бап тек тесттерде қолданылады. | z33
  article 4 | 4 | Осы Заңды қолданысқа енгізу тәртібі | "Ойдан шығарылған қағидалар" мынадай тәртіппен қолданылады: | z4
    paragraph 4/1 | 1 |  | Осы Заң 2100 жылғы 1 қаңтардан бастап қолданысқа енгізіледі. | z41
    paragraph 4/2 | 2 |  | "Ойдан шығарылған қағидалар" 2100 жылғы 1 ақпаннан бастап қолданылады. | z42
signature signature |  |  | Қазақстан Республикасының ⏎ Президенті Ә. ОЙДАНШЫҒАРЫЛҒАН | )DUMP");
    case Language::En:
        return QStringLiteral(
            R"DUMP(preamble preamble |  |  | This fictional Law regulates relations that do not exist. | z100
  = editorial: Note of the ILLI! ⏎ The text of this Law is fictional and serves only for tests.
chapter ch:1 | 1 | GENERAL PROVISIONS |  | z10
  article 1 | 1 | Basic concepts | The following concepts are used in this Law: | z1
    = footnote: Footnote. Article 1 as amended by the Laws of the Republic of Kazakhstan dated 02.02.2100 No. 2-IX (shall be enforced from 01.03.2100); dated 03.03.2100 No. 3-IX. [No. 2-IX -> https://adilet.zan.kz/eng/docs/Z9900000002#z5; No. 3-IX -> https://adilet.zan.kz/eng/docs/Z9900000003#z7]
    subparagraph 1/1 | 1 |  | fictional platform means a platform that does not exist; | z11
    subparagraph 1/1-1 | 1-1 |  | fictional user means a person who uses a fictional platform; | z12
      = editorial: Note of the ILLI! ⏎ Subparagraph 1-1) is to be amended by the Law of the Republic of Kazakhstan dated 04.04.2100 No. 4-IX (shall be enforced from 01.01.2101). [No. 4-IX -> https://adilet.zan.kz/eng/docs/Z9900000004#z9]
    subparagraph 1/2 | 2 |  | fictional operator means a person who runs a fictional platform; | z13
    subparagraph 1/3-1 | 3-1 |  | fictional dream means what a fictional user sees. | 
  article 2 | 2 | Duties of a fictional operator |  | z2
    = editorial: Note of the ILLI! ⏎ Article 2 is to be amended by the Law of the Republic of Kazakhstan dated 04.04.2100 No. 4-IX. [No. 4-IX -> https://adilet.zan.kz/eng/docs/Z9900000004#z11]
    paragraph 2/1 | 1 |  | A fictional operator shall: | z20
      subparagraph 2/1/1 | 1 |  | keep fictional data; | z21
      subparagraph 2/1/2 | 2 |  | answer fictional requests. | z22
      text 2/1/t1 |  |  | The requirements of this paragraph do not apply to dreams. | 
    paragraph 2/1-1 | 1-1 |  | A fictional operator may leave the requests referred to in paragraph 1 of this Article unanswered at night. | z23
    paragraph 2/2 | 2 |  | Excluded by the Law of the Republic of Kazakhstan dated 05.05.2100 No. 5-IX (shall be enforced from 01.06.2100). | z24
    paragraph 2/3 | 3 |  | A fictional operator shall keep fictional data for no longer than one fictional year. | z25
    note 2/note |  |  | For the purposes of this Article, any fictional request is deemed a dream. | z26
chapter ch:2 | 2 | FINAL PROVISIONS |  | z30
  article 3 | 3 | On amending a fictional law |  | z3
    = footnote: Footnote. Article 3 as worded by the Law of the Republic of Kazakhstan dated 05.05.2100 No. 5-IX (shall be enforced from 01.06.2100). [No. 5-IX -> https://adilet.zan.kz/eng/docs/Z9900000005#z4]
    paragraph 3/1 | 1 |  | Article 7 of the Law of the Republic of Kazakhstan "On Fictional Clouds" shall be set out in the following wording: ⏎ "Article 7. Fictional clouds ⏎ 1. Clouds are deemed "fictional". ⏎ 2. Other clouds are governed by the Law "On Fictional Weather"."; | z31
    paragraph 3/2 | 2 |  | This Article applies only in tests. | z33
  article 4 | 4 | Procedure for the enforcement of this Law | "Fictional Rules" apply in the following order: | z4
    paragraph 4/1 | 1 |  | This Law shall be enforced from 1 January 2100. | z41
    paragraph 4/2 | 2 |  | "Fictional Rules" apply from 1 February 2100. | z42
signature signature |  |  | President ⏎ of the Republic of Kazakhstan I. FICTIONAL | )DUMP");
    }
    return {};
}

struct Meta {
    QString title, actLine, status;
};

Meta expectedMeta(Language lang)
{
    switch (lang) {
    case Language::Ru:
        return { QStringLiteral("О вымышленных цифровых платформах (вымышленный закон для тестов)"),
            QStringLiteral("Закон Республики Казахстан от 1 апреля 2099 года № 1-IX."), QStringLiteral("Обновленный") };
    case Language::Kk:
        return { QStringLiteral(
                     "Ойдан шығарылған цифрлық платформалар туралы (тесттерге арналған ойдан шығарылған заң)"),
            QStringLiteral("Қазақстан Республикасының 2099 жылғы 1 сәуірдегі № 1-IX Заңы."),
            QStringLiteral("Жаңартылған") };
    case Language::En:
        return { QStringLiteral("On Fictional Digital Platforms (a fictional law for tests)"),
            QStringLiteral("The Law of the Republic of Kazakhstan dated 1 April 2099 No. 1-IX."),
            QStringLiteral("Updated") };
    }
    return {};
}

QString pagePath(Language lang)
{
    return fixturePath(QStringLiteral("adilet/%1_Z9900000001.html").arg(languageCode(lang)));
}

std::optional<ImportOutcome> importPage(
    const QString& path, std::optional<Language> lang, ImportError* error, const QString& actId = {})
{
    ImportRequest req;
    req.path = path;
    req.language = lang;
    req.actId = actId;
    return readSource(req, error);
}

} // namespace

class TestHtmlImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeTree_data()
    {
        QTest::addColumn<int>("lang");
        QTest::newRow("kk") << static_cast<int>(Language::Kk);
        QTest::newRow("ru") << static_cast<int>(Language::Ru);
        QTest::newRow("en") << static_cast<int>(Language::En);
    }

    void wholeTree()
    {
        QFETCH(int, lang);
        const Language l = static_cast<Language>(lang);
        ImportError err;
        const std::optional<ImportOutcome> out = importPage(pagePath(l), l, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->warnings, QStringList());
        QCOMPARE(out->editions.size(), 1);
        const ActEdition& e = out->editions.first();
        QCOMPARE(e.actId, QStringLiteral("Z9900000001"));
        QCOMPARE(e.language, l);
        const Meta m = expectedMeta(l);
        QCOMPARE(e.title, m.title);
        QCOMPARE(e.actLine, m.actLine);
        QCOMPARE(e.statusText, m.status);
        QCOMPARE(e.editionDate, QDate(2099, 5, 20));
        QCOMPARE(e.sourceKind, QStringLiteral("adilet-html"));
        QCOMPARE(e.source, pagePath(l));
        ZL_COMPARE_TEXT(dumpTree(e.provisions), expectedTree(l));
    }

    // The key is the same in every language, so the three trees align.
    void languagesAlign()
    {
        QList<QStringList> keySets;
        for (Language l : kAllLanguages) {
            ImportError err;
            const std::optional<ImportOutcome> out = importPage(pagePath(l), l, &err);
            QVERIFY2(out, qPrintable(err.toString()));
            keySets << allKeys(out->editions.first().provisions);
        }
        const QStringList expected {
            QStringLiteral("preamble"),
            QStringLiteral("ch:1"),
            QStringLiteral("1"),
            QStringLiteral("1/1"),
            QStringLiteral("1/1-1"),
            QStringLiteral("1/2"),
            QStringLiteral("1/3-1"),
            QStringLiteral("2"),
            QStringLiteral("2/1"),
            QStringLiteral("2/1/1"),
            QStringLiteral("2/1/2"),
            QStringLiteral("2/1/t1"),
            QStringLiteral("2/1-1"),
            QStringLiteral("2/2"),
            QStringLiteral("2/3"),
            QStringLiteral("2/note"),
            QStringLiteral("ch:2"),
            QStringLiteral("3"),
            QStringLiteral("3/1"),
            QStringLiteral("3/2"),
            QStringLiteral("4"),
            QStringLiteral("4/1"),
            QStringLiteral("4/2"),
            QStringLiteral("signature"),
        };
        QCOMPARE(keySets.at(0), expected);
        QCOMPARE(keySets.at(1), expected);
        QCOMPARE(keySets.at(2), expected);
    }

    // The same page in Windows-1251 (declared in its meta) gives the same tree.
    void cp1251Page()
    {
        const QByteArray bytes = readFixture(QStringLiteral("adilet/ru_Z9900000001_cp1251.html"));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("Закон")); // really not UTF-8
        ImportError err;
        const std::optional<ImportOutcome> out
            = importPage(fixturePath(QStringLiteral("adilet/ru_Z9900000001_cp1251.html")), Language::Ru, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        const ActEdition& e = out->editions.first();
        QCOMPARE(e.title, expectedMeta(Language::Ru).title);
        QCOMPARE(e.editionDate, QDate(2099, 5, 20));
        ZL_COMPARE_TEXT(dumpTree(e.provisions), expectedTree(Language::Ru));
    }

    // Bytes already in memory (a download) go the same way as a file.
    void readBytesMatchesReadSource()
    {
        const QByteArray bytes = readFixture(QStringLiteral("adilet/kk_Z9900000001.html"));
        ImportRequest req;
        req.path = QStringLiteral("https://old.adilet.zan.kz/kaz/docs/Z9900000001");
        req.language = Language::Kk;
        req.kind = SourceKind::AdiletHtml;
        req.editionDate = QDate(2099, 6, 1); // the request overrides the page
        ImportError err;
        const std::optional<ImportOutcome> out = readBytes(bytes, req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->editions.first().editionDate, QDate(2099, 6, 1));
        QCOMPARE(out->editions.first().source, req.path);
        ZL_COMPARE_TEXT(dumpTree(out->editions.first().provisions), expectedTree(Language::Kk));
    }

    void actIdGivenAndMatching()
    {
        ImportError err;
        const std::optional<ImportOutcome> out
            = importPage(pagePath(Language::En), Language::En, &err, QStringLiteral(" Z9900000001 "));
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->editions.first().actId, QStringLiteral("Z9900000001"));
    }

    void languageFromThePage()
    {
        // Without --lang the page's own links tell the language.
        ImportError err;
        const std::optional<ImportOutcome> out = importPage(pagePath(Language::Kk), std::nullopt, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->editions.first().language, Language::Kk);
    }

    void wrongLanguageAsked()
    {
        ImportError err;
        QVERIFY(!importPage(pagePath(Language::Ru), Language::Kk, &err));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.html"));
        QCOMPARE(err.line, 0);
        QCOMPARE(err.message,
            QStringLiteral("the page is the Русский version, not Қазақша as was asked; choose the "
                           "language ru"));
        QCOMPARE(err.toString(), u"ru_Z9900000001.html: " + err.message);
    }

    // A page without links to itself: the grammar notices the language.
    void wrongLanguageWithoutLinks()
    {
        const QByteArray html
            = QStringLiteral("<html><body><!-- FICTIONAL --><p><b>1-бап. Ойдан шығарылған ұғымдар</b></p>"
                             "<p>1. Ойдан шығарылған мәтін.</p></body></html>")
                  .toUtf8();
        ImportRequest req;
        req.path = QStringLiteral("/tmp/fictional kk.html");
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        QVERIFY(!readBytes(html, req, &err));
        QCOMPARE(err.file, QStringLiteral("fictional kk.html"));
        QCOMPARE(
            err.message, QStringLiteral("the text is in Қазақша, not in Русский as was asked; choose the language kk"));
    }

    void actIdMismatch()
    {
        ImportError err;
        QVERIFY(!importPage(pagePath(Language::Ru), Language::Ru, &err, QStringLiteral("Z9900000002")));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.html"));
        QCOMPARE(err.message, QStringLiteral("the page is act Z9900000001, not Z9900000002 as was asked"));
    }

    void notAnAdiletId()
    {
        ImportError err;
        QVERIFY(!importPage(
            fixturePath(QStringLiteral("text/ru_Z9900000001.txt")), Language::Ru, &err, QStringLiteral("no-such-act")));
        QCOMPARE(err.file, QStringLiteral("ru_Z9900000001.txt"));
        QCOMPARE(err.message, QStringLiteral("\"no-such-act\" is not an Adilet id (like Z040000567_) nor a known act"));
    }

    // The block stream of a fragment: footnote spans and links joined into one
    // block, red text flagged, an <a name> anchor waiting for its text, the
    // signature table flagged.
    void blocksOfFragment()
    {
        const QString html
            = QStringLiteral("<html><body><!-- FICTIONAL -->"
                             "<div class=\"container_alpha slogan\"><h1>Вымышленный акт</h1>"
                             "<span class=\"status status_new\">Новый</span><p>Закон Республики Казахстан от 1 мая "
                             "2099 года № 9-IX.</p></div>"
                             "<div class=\"container_gamma text text_new\"><div class=\"gs_12\"><article>"
                             "<p><b><a name=\"z1\"></a>Статья 1. Вымышленная статья</b></p>"
                             "<p id=\"z5\">&nbsp;&nbsp; 1. Первый\n   пункт.</p>"
                             "<span class=\"note\">Сноска. Статья 1 изменена Законом РК от 01.01.2100 </span>"
                             "<a href=\"https://adilet.zan.kz/rus/docs/Z9900000003#z2\">№ 3-IX</a><span "
                             "class=\"note\"> (вводится).</span><br>"
                             "<font color=\"#FF0000\">Примечание ИЗПИ!</font><br>"
                             "<table><tr><td><i>Президент</i></td><td>И. ВЫМЫШЛЕННЫЙ</td></tr></table>"
                             "<script>var x = 1;</script>"
                             "</article></div></div>"
                             "<div class=\"container_omega aftertext\"></div>"
                             "<ul><li>Документы по состоянию на: <span>02.05.2099</span></li></ul>"
                             "<a href=\"https://adilet.zan.kz/rus/docs/Z9900000009/info\">info</a>"
                             "</body></html>");
        ImportError err;
        const std::optional<BlockDocument> doc = htmlBlocks(html, QStringLiteral("fragment.html"), &err);
        QVERIFY2(doc, qPrintable(err.toString()));
        QCOMPARE(doc->actId, QStringLiteral("Z9900000009"));
        QCOMPARE(doc->language, std::optional<Language>(Language::Ru));
        QCOMPARE(doc->title, QStringLiteral("Вымышленный акт"));
        QCOMPARE(doc->statusText, QStringLiteral("Новый"));
        QCOMPARE(doc->actLine, QStringLiteral("Закон Республики Казахстан от 1 мая 2099 года № 9-IX."));
        QCOMPARE(doc->editionDate, QDate(2099, 5, 2));
        ZL_COMPARE_TEXT(dumpBlocks(doc->blocks),
            QStringLiteral("B | z1 | Статья 1. Вымышленная статья\n"
                           " | z5 | 1. Первый пункт.\n"
                           "N |  | Сноска. Статья 1 изменена Законом РК от 01.01.2100 № 3-IX (вводится). "
                           "[№ 3-IX -> https://adilet.zan.kz/rus/docs/Z9900000003#z2]\n"
                           "R |  | Примечание ИЗПИ!\n"
                           "T |  | Президент И. ВЫМЫШЛЕННЫЙ"));
        QVERIFY(doc->blocks.at(0).line > 0);
    }

    void scriptOnlyShell()
    {
        const QString shell = decodeText(readFixture(QStringLiteral("broken/new_site_shell.html")));
        QVERIFY(!shell.isEmpty());
        QVERIFY(isScriptOnlyShell(shell));
        // A legacy page loads scripts too, but carries the text.
        QVERIFY(!isScriptOnlyShell(decodeText(readFixture(QStringLiteral("adilet/en_Z9900000001.html")))));
        // However short the act.
        const QString shortAct
            = QStringLiteral("<html><head><script src=\"a.js\"></script><script>var b;</script></head><body>"
                             "<div class=\"container_gamma text text_new\"><div class=\"gs_12\"><article>"
                             "<p><b>Статья 1. Вымышленная</b></p><p>Вымышленный текст.</p></article></div></div>"
                             "<div class=\"container_omega aftertext\"></div></body></html>");
        QVERIFY(!isScriptOnlyShell(shortAct));
        ImportRequest req;
        req.path = QStringLiteral("short.html");
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        const std::optional<ImportOutcome> out = readBytes(shortAct.toUtf8(), req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        ZL_COMPARE_TEXT(dumpTree(out->editions.first().provisions),
            QStringLiteral("article 1 | 1 | Вымышленная | Вымышленный текст. | "));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_html_import.moc"
