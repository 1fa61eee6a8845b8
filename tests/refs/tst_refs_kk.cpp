// Kazakh citations. All sentences are fictional, shaped like official ones.
#include "refs/reference_finder.h"
#include "refs_test_util.h"

#include <QTest>

using namespace zanlink;

class TestRefsKk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void citations_data();
    void citations();
};

void TestRefsKk::citations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("provisionKey");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("other act down to paragraph") << QStringLiteral(
        "«Масс-медиа туралы» Қазақстан Республикасы Заңының 18-4-бабының 1-тармағына сәйкес ойдан шығарылған тізім "
        "жасалады.") << QStringLiteral("3") << QStringList { QStringLiteral("other-act Z2400000093 [18-4/1@1]") };
    QTest::newRow("this law") << QStringLiteral(
        "осы Заңның 41-1-бабының 1-2-тармағында көрсетілген ойдан шығарылған жағдай")
                              << QStringLiteral("5")
                              << QStringList { QStringLiteral("internal Z040000567_ [41-1/1-2@1-2]") };
    QTest::newRow("this paragraph subs") << QStringLiteral(
        "осы тармақтың 1) және 2) тармақшаларында көзделген ойдан шығарылған мерзім")
                                         << QStringLiteral("41-1/1-2")
                                         << QStringList { QStringLiteral(
                                                "internal Z040000567_ [41-1/1-2/1@1) 41-1/1-2/2@2)]") };
    QTest::newRow("article paragraph sub")
        << QStringLiteral("2-баптың 1-тармағының 7) тармақшасы ойдан шығарылған редакцияда жазылсын") << QString()
        << QStringList { QStringLiteral("internal Z040000567_ [2/1/7@7)]") };
    QTest::newRow("range of articles") << QStringLiteral("5–7-баптарында ойдан шығарылған тәртіп бар") << QString()
                                       << QStringList { QStringLiteral("internal Z040000567_ [5@5–7 6@5–7 7@5–7]") };
    QTest::newRow("list of paragraphs") << QStringLiteral("осы баптың 1 және 2-тармақтарында аталған")
                                        << QStringLiteral("9/3")
                                        << QStringList { QStringLiteral("internal Z040000567_ [9/1@1 9/2@2]") };
    QTest::newRow("ablative") << QStringLiteral("Ойдан шығарылған тәртібін 20-баптан қараңыз.") << QString()
                              << QStringList { QStringLiteral("internal Z040000567_ [20@20]") };
    QTest::newRow("ordinal part") << QStringLiteral("осы баптың үшінші бөлігінде аталған ойдан шығарылған адам")
                                  << QStringLiteral("24/1")
                                  << QStringList { QStringLiteral("internal Z040000567_ [24/3@үшінші]") };
    QTest::newRow("chapter") << QStringLiteral("осы Заңның 3-тарауында ойдан шығарылған ережелер бар") << QString()
                             << QStringList { QStringLiteral("internal Z040000567_ [ch:3@3]") };
    QTest::newRow("latin i normalised") << QStringLiteral(
        "«Масс-медиа туралы» Қазақстан Республикасы Заңының 7-бабына сәйкес енгiзiледi")
                                        << QString() << QStringList { QStringLiteral("other-act Z2400000093 [7@7]") };
    QTest::newRow("footnote amending act")
        << QStringLiteral("Ескерту. Ойдан шығарылған өзгеріс - ҚР 03.07.2014 № 230-V Заңымен (қолданысқа енгiзiледi).")
        << QString() << QStringList { QStringLiteral("unresolved - []") };
    QTest::newRow("known act by kk date")
        << QStringLiteral("Қазақстан Республикасының 2024 жылғы 19 маусымдағы № 93-VIII Заңы ойдан шығарылған мысал")
        << QString() << QStringList { QStringLiteral("other-act Z2400000093 []") };
    QTest::newRow("code unquoted") << QStringLiteral(
        "Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінің 456-бабы бойынша")
                                   << QString() << QStringList { QStringLiteral("other-act K1400000235 [456@456]") };
    QTest::newRow("unknown quoted act") << QStringLiteral(
        "«Ойдан шығарылған бақтар туралы» Қазақстан Республикасы Заңының 4-бабына сәйкес")
                                        << QString() << QStringList { QStringLiteral("unresolved - [4@4]") };
    QTest::newRow("legislation is not a law")
        << QStringLiteral("заңнамасында 5 ойдан шығарылған жағдай") << QString() << QStringList {};
}

void TestRefsKk::citations()
{
    QFETCH(QString, text);
    QFETCH(QString, provisionKey);
    QFETCH(QStringList, expected);
    const ReferenceContext ctx { QStringLiteral("Z040000567_"), Language::Kk, provisionKey };
    QCOMPARE(test::describeAll(findReferences(text, ctx, test::directory()), text), expected);
}

QTEST_GUILESS_MAIN(TestRefsKk)
#include "tst_refs_kk.moc"
