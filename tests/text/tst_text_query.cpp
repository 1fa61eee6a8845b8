// Tests of turning typed text into an FTS5 MATCH expression (lib/text/search_query.h).
#include "text/search_query.h"

#include <QTest>

using namespace zanlink;

class TestTextQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expressions_data();
    void expressions();
    void wordsAndPhrases();
    void emptyGivesMessage_data();
    void emptyGivesMessage();
    void capsCharactersAndWords();
};

void TestTextQuery::expressions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("ложная информация") << false
                           << QStringLiteral("\"ложная\" \"информация\"");
    QTest::newRow("prefix last") << QStringLiteral("ложная инф") << true << QStringLiteral("\"ложная\" \"инф\" *");
    QTest::newRow("phrase") << QStringLiteral("\"жалған ақпарат\" бала") << true
                            << QStringLiteral("\"жалған ақпарат\" \"бала\" *");
    QTest::newRow("phrase last gets no prefix")
        << QStringLiteral("бала «жалған ақпарат»") << true << QStringLiteral("\"бала\" \"жалған ақпарат\"");
    QTest::newRow("unbalanced quote closes at end")
        << QStringLiteral("бала \"жалған ақпа") << true << QStringLiteral("\"бала\" \"жалған ақпа\"");
    QTest::newRow("curly quotes") << QStringLiteral("“online platform”") << false
                                  << QStringLiteral("\"online platform\"");
    QTest::newRow("german quotes") << QStringLiteral("„online platform“") << false
                                   << QStringLiteral("\"online platform\"");
    QTest::newRow("operators quoted") << QStringLiteral("x AND b OR NOT c") << false
                                      << QStringLiteral("\"x\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\"");
    QTest::newRow("near") << QStringLiteral("NEAR(x b, 2)") << false << QStringLiteral("\"NEAR\" \"x\" \"b\" \"2\"");
    // Joining words typed loose among others are not required; alone, in a
    // phrase, or as the unfinished last word they are.
    QTest::newRow("joining words left out") << QStringLiteral("protection of the children") << false
                                            << QStringLiteral("\"protection\" \"children\"");
    QTest::newRow("joining words ru kk") << QStringLiteral("защита и права құқық және") << false
                                         << QStringLiteral("\"защита\" \"права\" \"құқық\"");
    QTest::newRow("joining word alone") << QStringLiteral("of") << false << QStringLiteral("\"of\"");
    QTest::newRow("joining word in a phrase") << QStringLiteral("\"protection of children\"") << false
                                              << QStringLiteral("\"protection of children\"");
    QTest::newRow("joining word being typed") << QStringLiteral("protection of") << true
                                              << QStringLiteral("\"protection\" \"of\" *");
    QTest::newRow("column filter") << QStringLiteral("text:word") << false << QStringLiteral("\"text\" \"word\"");
    QTest::newRow("star caret") << QStringLiteral("^инф*") << false << QStringLiteral("\"инф\"");
    QTest::newRow("numbers") << QStringLiteral("41-1-бабы") << false << QStringLiteral("\"41\" \"1\" \"бабы\"");
    QTest::newRow("one-word phrase") << QStringLiteral("\"бала\"") << true << QStringLiteral("\"бала\"");
    QTest::newRow("hebrew inner quote") << QStringLiteral("צה\"ל") << false << QStringLiteral("\"צה\" \"ל\"");
}

void TestTextQuery::expressions()
{
    QFETCH(QString, typed);
    QFETCH(bool, prefix);
    QFETCH(QString, expression);
    const SearchQuery q = parseSearchQuery(typed, prefix);
    QCOMPARE(q.matchExpression, expression);
    QVERIFY(!q.isEmpty());
    QVERIFY(q.message.isEmpty());
}

void TestTextQuery::wordsAndPhrases()
{
    const SearchQuery q = parseSearchQuery(QStringLiteral("статья «ложная информация» и \"online platform"), true);
    QCOMPARE(q.words,
        (QStringList { QStringLiteral("статья"), QStringLiteral("ложная"), QStringLiteral("информация"),
            QStringLiteral("и"), QStringLiteral("online"), QStringLiteral("platform") }));
    QCOMPARE(q.phrases, (QStringList { QStringLiteral("ложная информация"), QStringLiteral("online platform") }));
}

void TestTextQuery::emptyGivesMessage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("null") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \t ");
    QTest::newRow("punctuation") << QStringLiteral("!?.,;:-()*^+");
    QTest::newRow("quotes only") << QStringLiteral("\"\" «» \"");
}

void TestTextQuery::emptyGivesMessage()
{
    QFETCH(QString, typed);
    const SearchQuery q = parseSearchQuery(typed, true);
    QVERIFY(q.isEmpty());
    QVERIFY(q.matchExpression.isEmpty());
    QVERIFY(q.words.isEmpty());
    QVERIFY(!q.message.isEmpty());
}

void TestTextQuery::capsCharactersAndWords()
{
    const SearchQuery longWord = parseSearchQuery(QString(10000, u'ы'), false);
    QCOMPARE(longWord.words.size(), 1);
    QCOMPARE(longWord.words.first().size(), kMaxQueryChars);
    QVERIFY(longWord.message.contains(QString::number(kMaxQueryChars)));

    const SearchQuery many = parseSearchQuery(QStringLiteral("a ").repeated(100), true);
    QCOMPARE(many.words.size(), kMaxQueryWords);
    QVERIFY(many.message.contains(QString::number(kMaxQueryWords)));
    QVERIFY(many.matchExpression.endsWith(QStringLiteral("\"a\" *")));

    const SearchQuery fits = parseSearchQuery(QStringLiteral("a ").repeated(kMaxQueryWords), false);
    QCOMPARE(fits.words.size(), kMaxQueryWords);
    QVERIFY(fits.message.isEmpty());

    // A cut never leaves half a surrogate pair.
    const QString emoji = QStringLiteral("😀");
    const SearchQuery pairs = parseSearchQuery(QString(u'a' + emoji.repeated(600)), false);
    QVERIFY(!pairs.message.isEmpty());
    QVERIFY(pairs.matchExpression.isValidUtf16());
}

QTEST_APPLESS_MAIN(TestTextQuery)
#include "tst_text_query.moc"
