// English citations. All sentences are fictional, shaped like the unofficial translations.
#include "refs/reference_finder.h"
#include "refs_test_util.h"

#include <QTest>

using namespace zanlink;

class TestRefsEn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void citations_data();
    void citations();
};

void TestRefsEn::citations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("provisionKey");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("gazette issue is not an article")
        << QStringLiteral("The fictional law is repealed (Gazette, 1998, No. 15, Article 209).")
        << QStringLiteral("27/4") << QStringList {};
    QTest::newRow("this article") << QStringLiteral(
        "except for the cases provided for in paragraph 1-2 of this Article")
                                  << QStringLiteral("41-1/1")
                                  << QStringList { QStringLiteral("internal Z2300000018 [41-1/1-2@1-2]") };
    QTest::newRow("this law") << QStringLiteral("fictional duties established by Article 11 of this Law") << QString()
                              << QStringList { QStringLiteral("internal Z2300000018 [11@11]") };
    QTest::newRow("chain") << QStringLiteral("as in subparagraphs 1) and 2) of paragraph 2 of Article 19") << QString()
                           << QStringList { QStringLiteral("internal Z2300000018 [19/2/1@1) 19/2/2@2)]") };
    QTest::newRow("other act quoted") << QStringLiteral(
        "fictional measures established by Article 41-1 of the Law of the Republic of Kazakhstan \"On Communications\"")
                                      << QString()
                                      << QStringList { QStringLiteral("other-act Z040000567_ [41-1@41-1]") };
    QTest::newRow("item synonym") << QStringLiteral("see Item 2 of article 19") << QString()
                                  << QStringList { QStringLiteral("internal Z2300000018 [19/2@2]") };
    QTest::newRow("sub-item and clause") << QStringLiteral("under sub-item 4) of clause 3 of Art. 6") << QString()
                                         << QStringList { QStringLiteral("internal Z2300000018 [6/3/4@4)]") };
    QTest::newRow("range") << QStringLiteral("Articles 5 to 7 apply to fictional platforms") << QString()
                           << QStringList { QStringLiteral("internal Z2300000018 [5@5 to 7 6@5 to 7 7@5 to 7]") };
    QTest::newRow("chapter") << QStringLiteral("the rules of Chapter 3 apply") << QString()
                             << QStringList { QStringLiteral("internal Z2300000018 [ch:3@3]") };
    QTest::newRow("footnote by date") << QStringLiteral(
        "Footnote. Article 1 as amended by the Law dated 21.11.2008 No. 89-IV (fictional).")
                                      << QString()
                                      << QStringList { QStringLiteral("internal Z2300000018 [1@1]"),
                                             QStringLiteral("unresolved - []") };
    QTest::newRow("known act dated") << QStringLiteral(
        "the Law dated 5 July 2004 No. 567-II governs fictional networks")
                                     << QString() << QStringList { QStringLiteral("other-act Z040000567_ []") };
    QTest::newRow("code by name") << QStringLiteral(
        "under Article 456 of the Code of the Republic of Kazakhstan on Administrative Offences")
                                  << QString() << QStringList { QStringLiteral("other-act K1400000235 [456@456]") };
    QTest::newRow("parts") << QStringLiteral("parts 1 and 2 of this Article") << QStringLiteral("8")
                           << QStringList { QStringLiteral("internal Z2300000018 [8/1@1 8/2@2]") };
}

void TestRefsEn::citations()
{
    QFETCH(QString, text);
    QFETCH(QString, provisionKey);
    QFETCH(QStringList, expected);
    const ReferenceContext ctx { QStringLiteral("Z2300000018"), Language::En, provisionKey };
    QCOMPARE(test::describeAll(findReferences(text, ctx, test::directory()), text), expected);
}

QTEST_GUILESS_MAIN(TestRefsEn)
#include "tst_refs_en.moc"
