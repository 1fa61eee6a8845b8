// Free text, quick open, defined terms and hostile input. All sentences are fictional.
#include "refs/act_mentions.h"
#include "refs/defined_terms.h"
#include "refs/quick_open.h"
#include "refs/reference_finder.h"
#include "refs_test_util.h"

#include <QTest>

using namespace zanlink;

class TestRefsTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mentions_data();
    void mentions();
    void freeText_data();
    void freeText();
    void quickOpen_data();
    void quickOpen();
    void definedTerms_data();
    void definedTerms();
    void hostileInput();
    void directory();
};

void TestRefsTools::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "id:words"
    QTest::newRow("ru loose") << QStringLiteral("Вымышленный блогер нарушил закон о связи и закон о масс-медиа.")
                              << QStringList { QStringLiteral("Z040000567_:закон о связи"),
                                     QStringLiteral("Z2400000093:закон о масс-медиа") };
    QTest::newRow("ru prefix of title") << QStringLiteral("Депутаты обсудили закон об онлайн-платформах вчера.")
                                        << QStringList { QStringLiteral("Z2300000018:закон об онлайн-платформах") };
    QTest::newRow("kk") << QStringLiteral("Онлайн-платформалар туралы заң ойдан шығарылған мақалада аталды.")
                        << QStringList { QStringLiteral("Z2300000018:Онлайн-платформалар туралы заң") };
    QTest::newRow("en quoted") << QStringLiteral("A fictional court applied the Law 'On Communications'.")
                               << QStringList { QStringLiteral("Z040000567_:the Law 'On Communications'") };
    QTest::newRow("en loose") << QStringLiteral(
        "the law on the protection of children from harmful information was cited")
                              << QStringList { QStringLiteral(
                                     "Z1800000169:the law on the protection of children from harmful information") };
    QTest::newRow("en platforms") << QStringLiteral("Critics of the law on online platforms spoke.")
                                  << QStringList { QStringLiteral("Z2300000018:the law on online platforms") };
    QTest::newRow("unknown") << QStringLiteral("закон о садоводстве и огородах") << QStringList {};
}

void TestRefsTools::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const ActMention& m : findActMentions(text, test::directory())) {
        QCOMPARE(text.mid(m.start, m.length), m.text);
        got << m.actId + u':' + m.text;
    }
    QCOMPARE(got, expected);
}

void TestRefsTools::freeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ru article of loose act")
        << QStringLiteral("Вымышленный суд применил статья 41-1 закона о связи.") << int(Language::Ru)
        << QStringList { QStringLiteral("other-act Z040000567_ [41-1@41-1]") };
    QTest::newRow("ru bare article") << QStringLiteral("см. статью 5") << int(Language::Ru)
                                     << QStringList { QStringLiteral("unresolved - [5@5]") };
    QTest::newRow("en") << QStringLiteral("under Article 9 of the law on online platforms") << int(Language::En)
                        << QStringList { QStringLiteral("other-act Z2300000018 [9@9]") };
    QTest::newRow("kk") << QStringLiteral("Байланыс туралы заңның 41-1-бабы ойдан шығарылған істе аталды")
                        << int(Language::Kk) << QStringList { QStringLiteral("other-act Z040000567_ [41-1@41-1]") };
}

void TestRefsTools::freeText()
{
    QFETCH(QString, text);
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QCOMPARE(test::describeAll(findReferencesInFreeText(text, Language(language), test::directory()), text), expected);
}

void TestRefsTools::quickOpen_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // "act|key" or "none"
    QTest::newRow("act word and numbers") << QStringLiteral("связь 41-1 1-2") << QStringLiteral("Z040000567_|41-1/1-2");
    QTest::newRow("kk article") << QStringLiteral("41-1-бап") << QStringLiteral("|41-1");
    QTest::newRow("en abbreviation") << QStringLiteral("Art. 41-1") << QStringLiteral("|41-1");
    QTest::newRow("ru labelled") << QStringLiteral("ст. 41-1 п. 1-2") << QStringLiteral("|41-1/1-2");
    QTest::newRow("ru labelled reversed") << QStringLiteral("п. 2 ст. 5") << QStringLiteral("|5/2");
    QTest::newRow("positional") << QStringLiteral("41-1 1-2 3") << QStringLiteral("|41-1/1-2/3");
    QTest::newRow("word beginning") << QStringLiteral("онлайн 9") << QStringLiteral("Z2300000018|9");
    QTest::newRow("adilet id") << QStringLiteral("Z040000567_ 41-1") << QStringLiteral("Z040000567_|41-1");
    QTest::newRow("chapter") << QStringLiteral("гл. 3") << QStringLiteral("|ch:3");
    QTest::newRow("act only") << QStringLiteral("масс-медиа") << QStringLiteral("Z2400000093|");
    QTest::newRow("nothing") << QStringLiteral("   ") << QStringLiteral("none");
    QTest::newRow("unknown word") << QStringLiteral("вымысел 5") << QStringLiteral("none");
}

void TestRefsTools::quickOpen()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const std::optional<QuickOpenTarget> t = parseQuickOpen(typed, test::directory());
    QCOMPARE(t ? t->actId + u'|' + t->key : QStringLiteral("none"), expected);
}

void TestRefsTools::definedTerms_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected"); // "key=term"
    QTest::newRow("ru") << int(Language::Ru) << QStringLiteral("Основные понятия, используемые в настоящем Законе")
                        << QStringList { QStringLiteral("В настоящем Законе используются вымышленные понятия:"),
                               QStringLiteral("1) вымышленный ресурс – то, что выдумано для теста;"),
                               QStringLiteral("2) онлайн-площадка — выдуманная площадка;"),
                               QStringLiteral("3) тестовый агент - придуманное лицо.") }
                        << QStringList { QStringLiteral("1/1=вымышленный ресурс"),
                               QStringLiteral("1/2=онлайн-площадка"), QStringLiteral("1/3=тестовый агент") };
    QTest::newRow("kk") << int(Language::Kk) << QStringLiteral("Осы Заңда пайдаланылатын негiзгi ұғымдар")
                        << QStringList { QStringLiteral("Осы Заңда ойдан шығарылған ұғымдар пайдаланылады:"),
                               QStringLiteral("1) ойдан шығарылған ресурс – сынақ үшін ойлап табылған нәрсе;"),
                               QStringLiteral("2) сынақ агенті – ойдан шығарылған тұлға.") }
                        << QStringList { QStringLiteral("1/1=ойдан шығарылған ресурс"),
                               QStringLiteral("1/2=сынақ агенті") };
    QTest::newRow("en") << int(Language::En) << QStringLiteral("Basic concepts used in this Law")
                        << QStringList { QStringLiteral("The following fictional concepts are used in this Law:"),
                               QStringLiteral("1) test platform – a platform made up for tests;"),
                               QStringLiteral("2) mock user: a person made up for tests.") }
                        << QStringList { QStringLiteral("1/1=test platform"), QStringLiteral("1/2=mock user") };
    QTest::newRow("not a definitions article") << int(Language::Ru) << QStringLiteral("Вымышленные обязанности")
                                               << QStringList { QStringLiteral("1) агент – лицо;") } << QStringList {};
}

void TestRefsTools::definedTerms()
{
    QFETCH(int, language);
    QFETCH(QString, heading);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    QList<ProvisionText> provisions { ProvisionText { QStringLiteral("1"), heading, texts.first(), true } };
    for (int i = 1; i < texts.size(); ++i)
        provisions << ProvisionText { QStringLiteral("1/%1").arg(i), {}, texts.at(i), false };
    provisions << ProvisionText { QStringLiteral("2"), QStringLiteral("Другая статья"), {}, true };
    provisions << ProvisionText { QStringLiteral("2/1"), {}, QStringLiteral("1) не термин – текст"), false };
    QStringList got;
    for (const DefinedTerm& t : findDefinedTerms(provisions, Language(language)))
        got << t.key + u'=' + t.term;
    QCOMPARE(got, expected);
}

void TestRefsTools::hostileInput()
{
    const ActDirectory& d = test::directory();
    QStringList inputs { QString(), QStringLiteral("1234567890 5 6 7) 8-9-10"), QStringLiteral("статьи «О связи"),
        QStringLiteral("Закона \"О связи пункта 2 статьи"), QStringLiteral("»»»«««\"\"\""),
        QStringLiteral("статьями 1–999999 настоящего Закона"), QStringLiteral("-------"), QStringLiteral("ст. ст. ст."),
        QStringLiteral("5–7-баптарында осы осы осы") };
    QString big;
    while (big.size() < 10000)
        big += QStringLiteral("пункта 2 статьи 5 Закона «О связи» и осы Заңның 3-бабы, Article 4 of this Law; ");
    inputs << big << QString(10000, u'7') << QString(10000, u'«');
    for (const QString& in : inputs) {
        for (Language l : kAllLanguages) {
            const ReferenceContext ctx { QStringLiteral("Z2300000018"), l, QStringLiteral("1/2") };
            for (const Reference& r : findReferences(in, ctx, d)) {
                QVERIFY(r.start >= 0 && r.start + r.length <= in.size());
                QVERIFY(r.targets.size() <= 300);
                for (const ReferenceTarget& t : r.targets)
                    QVERIFY(t.start >= r.start && t.start + t.length <= r.start + r.length);
            }
            findReferencesInFreeText(in, l, d);
        }
        findActMentions(in, d);
        parseQuickOpen(in, d);
    }
    QCOMPARE(
        findReferences(big, ReferenceContext { QStringLiteral("Z2300000018"), Language::Ru, {} }, d).isEmpty(), false);
    QCOMPARE(parseQuickOpen(QStringLiteral("»»»"), d).has_value(), false);
    // an unbalanced quote does not swallow the rest of the text
    const QString text = QStringLiteral("статьи 5 Закона «О вымысле. Далее пункт 3 статьи 9 настоящего Закона.");
    const QStringList got = test::describeAll(
        findReferences(text, ReferenceContext { QStringLiteral("Z2300000018"), Language::Ru, {} }, d), text);
    QVERIFY(got.contains(QStringLiteral("internal Z2300000018 [9/3@3]")));
}

void TestRefsTools::directory()
{
    const ActDirectory& d = test::directory();
    QCOMPARE(d.findByNumber(QStringLiteral("235-V")), QStringLiteral("K1400000235"));
    QCOMPARE(d.findByNumber(QStringLiteral("93-VІІІ")), QStringLiteral("Z2400000093")); // Cyrillic І
    QCOMPARE(d.findByNumber(QStringLiteral("567-II"), QDate(2004, 7, 6)), QString());
    QCOMPARE(d.findByTitle(QStringLiteral("«О связи»")), QStringLiteral("Z040000567_"));
    QCOMPARE(d.findByTitle(QStringLiteral("Об онлайн-платформах и онлайн-рекламе")), QStringLiteral("Z2300000018"));
    QCOMPARE(d.findByTitle(QStringLiteral("О вымышленных реестрах")), QStringLiteral("Z2000000999"));
    QCOMPARE(ActDirectory::derivedAdiletId(ActKind::Law, QDate(2023, 7, 10), QStringLiteral("18-VIII")),
        QStringLiteral("Z2300000018"));
    QCOMPARE(ActDirectory::derivedAdiletId(ActKind::Code, QDate(2014, 7, 5), QStringLiteral("235-V")),
        QStringLiteral("K1400000235"));
    QCOMPARE(ActDirectory::derivedAdiletId(ActKind::Law, QDate(2004, 7, 5), QStringLiteral("567-II")), QString());
    ActDirectory derived = d;
    derived.setDerivesIds(true);
    const QString text = QStringLiteral("Статья 117 исключена Законом РК от 03.07.2014 № 230-V.");
    const QList<Reference> refs
        = findReferences(text, ReferenceContext { QStringLiteral("X"), Language::Ru, {} }, derived);
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs.at(1).kind, ReferenceKind::OtherAct);
    QCOMPARE(refs.at(1).actId, QStringLiteral("Z1400000230"));
    QCOMPARE(refs.at(1).actName, QStringLiteral("Законом РК от 03.07.2014 № 230-V"));
    QVERIFY(sameWordStem(QStringLiteral("связи"), QStringLiteral("связь")));
    QVERIFY(!sameWordStem(QStringLiteral("правах"), QStringLiteral("правовых")));
}

QTEST_GUILESS_MAIN(TestRefsTools)
#include "tst_refs_tools.moc"
