#include "legalforms/legal_date.h"

#include <QTest>
#include <clocale>
#include <locale>

using namespace zanlink;

class TestLegalDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void months_data();
    void months();
    void leapDayAndYearBoundary_data();
    void leapDayAndYearBoundary();
    void invalidDate();
    void kazakhSuffixBeyondMonths_data();
    void kazakhSuffixBeyondMonths();
    void actNumber_data();
    void actNumber();
};

void TestLegalDate::initTestCase()
{
    // The legal forms must not depend on the process locale: make it the
    // least helpful one before the first date is formatted.
    qputenv("LANG", "C");
    qputenv("LC_ALL", "C");
    std::setlocale(LC_ALL, "C");
    std::locale::global(std::locale::classic());
}

void TestLegalDate::months_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("ru");
    QTest::addColumn<QString>("kk");
    QTest::addColumn<QString>("kkOfTheDate");
    QTest::addColumn<QString>("en");
    // Kazakh "of the date" forms exactly as listed in shared/domain/kazakh.md.
    const QList<QStringList> rows {
        { u"января"_qs, u"қаңтар"_qs, u"қаңтардағы"_qs, u"January"_qs },
        { u"февраля"_qs, u"ақпан"_qs, u"ақпандағы"_qs, u"February"_qs },
        { u"марта"_qs, u"наурыз"_qs, u"наурыздағы"_qs, u"March"_qs },
        { u"апреля"_qs, u"сәуір"_qs, u"сәуірдегі"_qs, u"April"_qs },
        { u"мая"_qs, u"мамыр"_qs, u"мамырдағы"_qs, u"May"_qs },
        { u"июня"_qs, u"маусым"_qs, u"маусымдағы"_qs, u"June"_qs },
        { u"июля"_qs, u"шілде"_qs, u"шілдедегі"_qs, u"July"_qs },
        { u"августа"_qs, u"тамыз"_qs, u"тамыздағы"_qs, u"August"_qs },
        { u"сентября"_qs, u"қыркүйек"_qs, u"қыркүйектегі"_qs, u"September"_qs },
        { u"октября"_qs, u"қазан"_qs, u"қазандағы"_qs, u"October"_qs },
        { u"ноября"_qs, u"қараша"_qs, u"қарашадағы"_qs, u"November"_qs },
        { u"декабря"_qs, u"желтоқсан"_qs, u"желтоқсандағы"_qs, u"December"_qs },
    };
    for (int m = 1; m <= 12; ++m) {
        const QStringList& r = rows.at(m - 1);
        QTest::addRow("%d", m) << m << r.at(0) << r.at(1) << r.at(2) << r.at(3);
    }
}

void TestLegalDate::months()
{
    QFETCH(int, month);
    QFETCH(QString, ru);
    QFETCH(QString, kk);
    QFETCH(QString, kkOfTheDate);
    QFETCH(QString, en);
    const QDate date(2023, month, 10);
    QCOMPARE(legalDate(date, Language::Ru), u"10 " + ru + u" 2023 года");
    QCOMPARE(legalDate(date, Language::Ru, DateForm::OfTheDate), u"10 " + ru + u" 2023 года");
    QCOMPARE(legalDate(date, Language::Kk), u"2023 жылғы 10 " + kk);
    QCOMPARE(legalDate(date, Language::Kk, DateForm::OfTheDate), u"2023 жылғы 10 " + kkOfTheDate);
    QCOMPARE(legalDate(date, Language::En), u"10 " + en + u" 2023");
    QCOMPARE(legalDate(date, Language::En, DateForm::OfTheDate), u"10 " + en + u" 2023");
    // The rule, not only the table: the suffix built from the nominative.
    QCOMPARE(kazakhLocativeAttributive(kk), kkOfTheDate);
}

void TestLegalDate::leapDayAndYearBoundary_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("ru");
    QTest::addColumn<QString>("kk");
    QTest::addColumn<QString>("en");
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"29 февраля 2024 года"_qs << u"2024 жылғы 29 ақпандағы"_qs
                              << u"29 February 2024"_qs;
    QTest::newRow("last day of year") << QDate(2023, 12, 31) << u"31 декабря 2023 года"_qs
                                      << u"2023 жылғы 31 желтоқсандағы"_qs << u"31 December 2023"_qs;
    QTest::newRow("first day of year") << QDate(2024, 1, 1) << u"1 января 2024 года"_qs << u"2024 жылғы 1 қаңтардағы"_qs
                                       << u"1 January 2024"_qs;
    QTest::newRow("before 1970") << QDate(1995, 8, 30) << u"30 августа 1995 года"_qs << u"1995 жылғы 30 тамыздағы"_qs
                                 << u"30 August 1995"_qs;
    QTest::newRow("communications law") << QDate(2004, 7, 5) << u"5 июля 2004 года"_qs << u"2004 жылғы 5 шілдедегі"_qs
                                        << u"5 July 2004"_qs;
}

void TestLegalDate::leapDayAndYearBoundary()
{
    QFETCH(QDate, date);
    QFETCH(QString, ru);
    QFETCH(QString, kk);
    QFETCH(QString, en);
    QCOMPARE(legalDate(date, Language::Ru), ru);
    QCOMPARE(legalDate(date, Language::Kk, DateForm::OfTheDate), kk);
    QCOMPARE(legalDate(date, Language::En), en);
}

void TestLegalDate::invalidDate()
{
    QCOMPARE(legalDate(QDate(), Language::Ru), QString());
    QCOMPARE(legalDate(QDate(2023, 2, 29), Language::Kk, DateForm::OfTheDate), QString());
}

void TestLegalDate::kazakhSuffixBeyondMonths_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("back, voiceless") << u"кітап"_qs << u"кітаптағы"_qs;
    QTest::newRow("front, voiceless") << u"мектеп"_qs << u"мектептегі"_qs;
    QTest::newRow("back, vowel") << u"қала"_qs << u"қаладағы"_qs;
    QTest::newRow("front, voiced") << u"көл"_qs << u"көлдегі"_qs;
    QTest::newRow("back, й") << u"ай"_qs << u"айдағы"_qs;
    QTest::newRow("capitalised") << u"Шілде"_qs << u"Шілдедегі"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestLegalDate::kazakhSuffixBeyondMonths()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(kazakhLocativeAttributive(word), expected);
}

void TestLegalDate::actNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru") << u"18-VIII"_qs << int(Language::Ru) << u"№ 18-VIII"_qs;
    QTest::newRow("kk") << u"18-VIII"_qs << int(Language::Kk) << u"№ 18-VIII"_qs;
    QTest::newRow("en") << u"18-VIII"_qs << int(Language::En) << u"No. 18-VIII"_qs;
    QTest::newRow("already signed") << u"№ 567-II"_qs << int(Language::En) << u"No. 567-II"_qs;
    QTest::newRow("already signed en") << u"No. 567-II"_qs << int(Language::Ru) << u"№ 567-II"_qs;
    QTest::newRow("spaces") << u"  93-VIII "_qs << int(Language::Kk) << u"№ 93-VIII"_qs;
    QTest::newRow("empty") << QString() << int(Language::Ru) << QString();
}

void TestLegalDate::actNumber()
{
    QFETCH(QString, number);
    QFETCH(int, lang);
    QFETCH(QString, expected);
    QCOMPARE(actNumberText(number, static_cast<Language>(lang)), expected);
}

QTEST_GUILESS_MAIN(TestLegalDate)
#include "tst_legal_date.moc"
