// Tests of finding the citing sentence (lib/text/sentence.h). Invented texts.
#include "text/sentence.h"

#include <QTest>

using namespace zanlink;

class TestTextSentence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void around_data();
    void around();
    void rangeOverTwoSentences();
    void clampsRange();
};

void TestTextSentence::around_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("sentence");
    const QString ru = QStringLiteral("Сказка начинается. Герой читает ст. 15 Устава леса и п. 2 ч. 3 ст. 7 того же "
                                      "Устава. Затем он уходит.");
    QTest::newRow("ru st. 15") << ru << QStringLiteral("15")
                               << QStringLiteral("Герой читает ст. 15 Устава леса и п. 2 ч. 3 ст. 7 того же Устава.");
    QTest::newRow("ru after abbreviations") << ru << QStringLiteral("того")
                                            << QStringLiteral("Герой читает ст. 15 Устава леса и п. 2 ч. 3 ст. 7 "
                                                              "того же Устава.");
    QTest::newRow("ru first") << ru << QStringLiteral("начинается") << QStringLiteral("Сказка начинается.");
    QTest::newRow("ru last") << ru << QStringLiteral("уходит") << QStringLiteral("Затем он уходит.");
    QTest::newRow("see") << QStringLiteral("Правило простое. Подробнее см. Приложение 2 к сказке. Конец.")
                         << QStringLiteral("Приложение") << QStringLiteral("Подробнее см. Приложение 2 к сказке.");
    QTest::newRow("kk т.б. and ж.") << QStringLiteral(
        "Кіріспе. Ертегілер, әндер т.б. Мектепте 2023 ж. Тамызда оқылады. Соңы.")
                                    << QStringLiteral("әндер")
                                    << QStringLiteral("Ертегілер, әндер т.б. Мектепте 2023 ж. Тамызда оқылады.");
    // Without the filter ICU breaks before the capitals after "Art." and "No.".
    QTest::newRow("en Art. No.") << QStringLiteral("Intro. Under Art. 5 Decree No. 7 Rules apply to games. Done.")
                                 << QStringLiteral("Decree")
                                 << QStringLiteral("Under Art. 5 Decree No. 7 Rules apply to games.");
    QTest::newRow("paragraph number") << QStringLiteral(
        "3-бап. Ойын\n1. Ойыншы ойынды бастайды. Ол ұтады.\n2. Төреші санайды.")
                                      << QStringLiteral("бастайды") << QStringLiteral("1. Ойыншы ойынды бастайды.");
    QTest::newRow("paragraph number with hyphen")
        << QStringLiteral("Кіріспе.\n41-1. Ойыншы ойынды бастайды.") << QStringLiteral("Ойыншы")
        << QStringLiteral("41-1. Ойыншы ойынды бастайды.");
    QTest::newRow("number mid-line ends sentence") << QStringLiteral("Ойыншылар саны 5. Төреші санайды.")
                                                   << QStringLiteral("Төреші") << QStringLiteral("Төреші санайды.");
    QTest::newRow("line break ends sentence")
        << QStringLiteral("Бірінші жол\nЕкінші жол") << QStringLiteral("Екінші") << QStringLiteral("Екінші жол");
    QTest::newRow("abbreviation at line end still breaks")
        << QStringLiteral("Қараңыз: ст.\nЖаңа жол.") << QStringLiteral("Жаңа") << QStringLiteral("Жаңа жол.");
    QTest::newRow("word ending like abbreviation")
        << QStringLiteral("Это пост. Новый день.") << QStringLiteral("Новый") << QStringLiteral("Новый день.");
}

void TestTextSentence::around()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, sentence);
    const int at = static_cast<int>(text.indexOf(needle));
    QVERIFY(at >= 0);
    QCOMPARE(sentenceAround(text, at, static_cast<int>(needle.size())), sentence);
}

void TestTextSentence::rangeOverTwoSentences()
{
    const QString text = QStringLiteral("Один. Два три. Четыре. Пять.");
    const int from = static_cast<int>(text.indexOf(u"три"));
    const int to = static_cast<int>(text.indexOf(u"Четыре")) + 2;
    QCOMPARE(sentenceAround(text, from, to - from), QStringLiteral("Два три. Четыре."));
}

void TestTextSentence::clampsRange()
{
    const QString text = QStringLiteral("Один. Два.");
    QCOMPARE(sentenceAround(text, -5, 2), QStringLiteral("Один."));
    QCOMPARE(sentenceAround(text, 1000, 3), QStringLiteral("Два."));
    QCOMPARE(sentenceAround(text, 7, 0), QStringLiteral("Два."));
    QCOMPARE(sentenceAround(QString(), 0, 1), QString());
    QCOMPARE(sentenceStarts(text), (QList<int> { 0, 6 }));
}

QTEST_APPLESS_MAIN(TestTextSentence)
#include "tst_text_sentence.moc"
