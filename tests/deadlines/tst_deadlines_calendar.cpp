// Tests of the working calendar (lib/deadlines/working_calendar.h): the shipped data,
// moved days off, transfers, unknown years, bad files and the user's own file.
#include "deadlines/working_calendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// 2024 as it was: 4 May (Saturday) a working day, 8 May (Wednesday) a day off.
const char* const k2024 = R"({"format": 1, "years": [{"year": 2024,
  "holidays": [
    {"date": "2024-05-01", "names": {"ru": "Праздник единства народа Казахстана"}},
    {"date": "2024-05-07", "names": {"ru": "День защитника Отечества"}},
    {"date": "2024-05-09", "names": {"ru": "День Победы"}}],
  "transfers": [
    {"date": "2024-05-04", "working": true, "note": "order of the Minister of Labour, April 2024"},
    {"date": "2024-05-08", "working": false, "note": "order of the Minister of Labour, April 2024"}]}]})";

// 2023: New Year on Sunday and Monday, Christmas on Saturday.
const char* const k2023 = R"({"years": [{"year": 2023, "holidays": [
    {"date": "2023-01-01", "names": {"en": "New Year"}},
    {"date": "2023-01-02", "names": {"en": "New Year"}},
    {"date": "2023-01-07", "names": {"en": "Orthodox Christmas"}, "movesIfWeekend": false}]}]})";

} // namespace

class TestDeadlinesCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinYears();
    void builtinHolidays2026();
    void movedDaysOff2026_data();
    void movedDaysOff2026();
    void christmasAndKurbanAitNotMoved();
    void workingSaturdayTransfer();
    void holidayNames();
    void addWorkingDays_data();
    void addWorkingDays();
    void unknownYearCountsWeekendsOnly();
    void incomplete2027();
    void badJson_data();
    void badJson();
    void badLoadKeepsData();
    void mergeReplacesYears();
    void userFile();
};

void TestDeadlinesCalendar::builtinYears()
{
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    QCOMPARE(cal.years(), (QList<int> { 2026, 2027 }));
    QVERIFY(cal.knowsYear(2026));
    QVERIFY(!cal.knowsYear(2028));
    QVERIFY(cal.isYearComplete(2026));
    QVERIFY(cal.yearNote(2026).isEmpty());
}

void TestDeadlinesCalendar::builtinHolidays2026()
{
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    const QList<QDate> holidays { day(2026, 1, 1), day(2026, 1, 2), day(2026, 1, 7), day(2026, 3, 8), day(2026, 3, 21),
        day(2026, 3, 22), day(2026, 3, 23), day(2026, 5, 1), day(2026, 5, 7), day(2026, 5, 9), day(2026, 5, 27),
        day(2026, 7, 6), day(2026, 8, 30), day(2026, 10, 25), day(2026, 12, 16) };
    QCOMPARE(cal.yearData(2026)->holidays.size(), holidays.size());
    for (const QDate& d : holidays) {
        QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY2(!cal.holidayName(d, Language::Ru).isEmpty(), qPrintable(d.toString(Qt::ISODate)));
    }
    // No longer days off since 2022.
    QVERIFY(cal.isWorkingDay(day(2026, 12, 17)));
    QVERIFY(cal.isWorkingDay(day(2026, 12, 1)));
    QCOMPARE(cal.holidayName(day(2026, 5, 27), Language::Ru), QStringLiteral("Первый день Курбан айта"));
}

void TestDeadlinesCalendar::movedDaysOff2026_data()
{
    QTest::addColumn<QDate>("dayOff");
    QTest::addColumn<QDate>("from");
    // As published in the e-government calendar for 2026.
    QTest::newRow("Women's Day") << day(2026, 3, 9) << day(2026, 3, 8);
    QTest::newRow("Nauryz 21") << day(2026, 3, 24) << day(2026, 3, 21);
    QTest::newRow("Nauryz 22") << day(2026, 3, 25) << day(2026, 3, 22);
    QTest::newRow("Victory Day") << day(2026, 5, 11) << day(2026, 5, 9);
    QTest::newRow("Constitution Day") << day(2026, 8, 31) << day(2026, 8, 30);
    QTest::newRow("Republic Day") << day(2026, 10, 26) << day(2026, 10, 25);
}

void TestDeadlinesCalendar::movedDaysOff2026()
{
    QFETCH(QDate, dayOff);
    QFETCH(QDate, from);
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    QVERIFY(!cal.isWorkingDay(dayOff));
    QCOMPARE(cal.movedFrom(dayOff), from);
}

void TestDeadlinesCalendar::christmasAndKurbanAitNotMoved()
{
    WorkingCalendar cal;
    QString error;
    QVERIFY2(cal.load(k2023, &error), qPrintable(error));
    // New Year on Sunday 1 January: the next working day after it (Monday 2 January
    // being a holiday too) is Tuesday 3 January.
    QVERIFY(!cal.isWorkingDay(day(2023, 1, 3)));
    QCOMPARE(cal.movedFrom(day(2023, 1, 3)), day(2023, 1, 1));
    QVERIFY(cal.isWorkingDay(day(2023, 1, 4)));
    // Christmas on Saturday 7 January is not moved: Monday 9 January is a working day.
    QVERIFY(cal.isWorkingDay(day(2023, 1, 9)));
    QVERIFY(!cal.movedFrom(day(2023, 1, 9)).isValid());
}

void TestDeadlinesCalendar::workingSaturdayTransfer()
{
    WorkingCalendar cal;
    QString error;
    QVERIFY2(cal.load(k2024, &error), qPrintable(error));
    QVERIFY(cal.isWorkingDay(day(2024, 5, 4))); // Saturday made a working day
    QVERIFY(!cal.isWorkingDay(day(2024, 5, 5))); // Sunday stays off
    QVERIFY(!cal.isWorkingDay(day(2024, 5, 8))); // Wednesday made a day off
    QCOMPARE(cal.holidayName(day(2024, 5, 8), Language::En), QStringLiteral("Transferred day off"));
    QVERIFY(cal.holidayName(day(2024, 5, 4), Language::En).isEmpty());
    QVERIFY(cal.transferOn(day(2024, 5, 4)) && cal.transferOn(day(2024, 5, 4))->working);
    // Friday 3 May + 1 working day is the working Saturday.
    QCOMPARE(cal.addWorkingDays(day(2024, 5, 3), 1), day(2024, 5, 4));
    // Monday 6 May + 1: Tuesday 7 a holiday, Wednesday 8 off by transfer, Thursday 9 a holiday: Friday 10.
    QCOMPARE(cal.addWorkingDays(day(2024, 5, 6), 1), day(2024, 5, 10));
}

void TestDeadlinesCalendar::holidayNames()
{
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    QCOMPARE(cal.holidayName(day(2026, 5, 9), Language::Kk), QStringLiteral("Жеңіс күні"));
    QCOMPARE(cal.holidayName(day(2026, 5, 9), Language::Ru), QStringLiteral("День Победы"));
    QCOMPARE(cal.holidayName(day(2026, 5, 9), Language::En), QStringLiteral("Victory Day"));
    QCOMPARE(cal.holidayName(day(2026, 5, 11), Language::En), QStringLiteral("Victory Day (moved day off)"));
    QCOMPARE(
        cal.holidayName(day(2026, 5, 11), Language::Ru), QStringLiteral("День Победы (перенесённый выходной день)"));
    QCOMPARE(cal.holidayName(day(2026, 5, 11), Language::Kk), QStringLiteral("Жеңіс күні (ауыстырылған демалыс күні)"));
    QVERIFY(cal.holidayName(day(2026, 5, 12), Language::Ru).isEmpty());
    QVERIFY(cal.holidayName(day(2026, 5, 10), Language::Ru).isEmpty()); // a plain Sunday

    // A name missing in the asked language falls back to another.
    WorkingCalendar only;
    QVERIFY(only.load(k2024, nullptr));
    QCOMPARE(only.holidayName(day(2024, 5, 9), Language::Kk), QStringLiteral("День Победы"));
}

void TestDeadlinesCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("over a weekend") << day(2026, 4, 17) << 1 << day(2026, 4, 20);
    QTest::newRow("within a week") << day(2026, 4, 13) << 3 << day(2026, 4, 16);
    QTest::newRow("over Victory Day and its moved day") << day(2026, 5, 8) << 3 << day(2026, 5, 14);
    QTest::newRow("over Nauryz") << day(2026, 3, 20) << 1 << day(2026, 3, 26);
    QTest::newRow("Kurban Ait") << day(2026, 5, 26) << 1 << day(2026, 5, 28);
    QTest::newRow("from a Saturday") << day(2026, 4, 18) << 1 << day(2026, 4, 20);
    QTest::newRow("zero") << day(2026, 4, 18) << 0 << day(2026, 4, 18);
    // 31 Dec (1); 1-2 Jan holidays; 3 Jan Sunday; 4 Jan off for 2 Jan (Saturday); 5 Jan (2), 6 Jan (3).
    QTest::newRow("year boundary") << day(2026, 12, 30) << 3 << day(2027, 1, 6);
}

void TestDeadlinesCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingCalendar::builtin().addWorkingDays(from, n), expected);
}

void TestDeadlinesCalendar::unknownYearCountsWeekendsOnly()
{
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    QVERIFY(!cal.knowsYear(2030));
    QVERIFY(!cal.isYearComplete(2030));
    QVERIFY(cal.isWorkingDay(day(2030, 1, 1))); // New Year, but no data: a Tuesday
    QVERIFY(!cal.isWorkingDay(day(2030, 1, 5))); // Saturday
    QVERIFY(cal.yearNote(2030).contains(u"no calendar data for 2030"));
    QVERIFY(cal.holidayName(day(2030, 1, 1), Language::En).isEmpty());
}

void TestDeadlinesCalendar::incomplete2027()
{
    const WorkingCalendar& cal = WorkingCalendar::builtin();
    QVERIFY(cal.knowsYear(2027));
    QVERIFY(!cal.isYearComplete(2027));
    QVERIFY(!cal.yearData(2027)->transfersPublished);
    QVERIFY(!cal.yearData(2027)->holidaysComplete);
    QVERIFY(cal.yearNote(2027).contains(u"transfers of days off for 2027 are not published"));
    // Fixed holidays are known: Nauryz 2027 on Sunday 21 March moves to Wednesday 24 March.
    QVERIFY(!cal.isWorkingDay(day(2027, 3, 24)));
    QCOMPARE(cal.movedFrom(day(2027, 3, 24)), day(2027, 3, 21));
}

void TestDeadlinesCalendar::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("calendar: ");
    QTest::newRow("no years") << QByteArray(R"({"format": 1})") << QStringLiteral("no \"years\" list");
    QTest::newRow("format") << QByteArray(R"({"format": 2, "years": []})") << QStringLiteral("format 2");
    QTest::newRow("no year") << QByteArray(R"({"years": [{"holidays": []}]})")
                             << QStringLiteral("entry 1 of \"years\" has no valid \"year\"");
    QTest::newRow("year twice") << QByteArray(R"({"years": [{"year": 2026}, {"year": 2026}]})")
                                << QStringLiteral("year 2026 appears twice");
    QTest::newRow("bad date") << QByteArray(
        R"({"years": [{"year": 2026, "holidays": [{"date": "2026-02-30", "names": {"ru": "x"}}]}]})")
                              << QStringLiteral("year 2026, holiday 2026-02-30: \"2026-02-30\" is not a valid date");
    QTest::newRow("no date") << QByteArray(R"({"years": [{"year": 2026, "holidays": [{"names": {"ru": "x"}}]}]})")
                             << QStringLiteral("year 2026, holiday #1: no \"date\"");
    QTest::newRow("outside year") << QByteArray(
        R"({"years": [{"year": 2026, "holidays": [{"date": "2027-01-01", "names": {"ru": "x"}}]}]})")
                                  << QStringLiteral("year 2026, holiday 2027-01-01: the date lies outside 2026");
    QTest::newRow("no name") << QByteArray(
        R"({"years": [{"year": 2026, "holidays": [{"date": "2026-01-01", "names": {}}]}]})")
                             << QStringLiteral("year 2026, holiday 2026-01-01: no name");
    QTest::newRow("holiday twice") << QByteArray(R"({"years": [{"year": 2026, "holidays": [
            {"date": "2026-01-01", "names": {"ru": "x"}}, {"date": "2026-01-01", "names": {"ru": "y"}}]}]})")
                                   << QStringLiteral("year 2026, holiday 2026-01-01: listed twice");
    QTest::newRow("working not bool") << QByteArray(
        R"({"years": [{"year": 2026, "transfers": [{"date": "2026-03-07", "working": "yes"}]}]})")
                                      << QStringLiteral(
                                             "year 2026, transfer 2026-03-07: \"working\" must be true or false");
    QTest::newRow("working weekday") << QByteArray(
        R"({"years": [{"year": 2026, "transfers": [{"date": "2026-03-04", "working": true}]}]})")
                                     << QStringLiteral(
                                            "year 2026, transfer 2026-03-04: a Wednesday is a working day already");
    QTest::newRow("day off on Sunday") << QByteArray(
        R"({"years": [{"year": 2026, "transfers": [{"date": "2026-03-08", "working": false}]}]})")
                                       << QStringLiteral(
                                              "year 2026, transfer 2026-03-08: a Sunday is a day off already");
    QTest::newRow("transfer on holiday") << QByteArray(R"({"years": [{"year": 2026,
            "holidays": [{"date": "2026-05-27", "names": {"ru": "x"}}],
            "transfers": [{"date": "2026-05-27", "working": false}]}]})")
                                         << QStringLiteral("year 2026, transfer 2026-05-27: the day is a holiday");
    QTest::newRow("flag type") << QByteArray(R"({"years": [{"year": 2026, "transfersPublished": "no"}]})")
                               << QStringLiteral("year 2026: \"transfersPublished\" must be true or false");
}

void TestDeadlinesCalendar::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    WorkingCalendar cal;
    QString error;
    QVERIFY(!cal.load(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDeadlinesCalendar::badLoadKeepsData()
{
    WorkingCalendar cal = WorkingCalendar::builtin();
    QString error;
    QVERIFY(!cal.load(R"({"years": [{"year": 2028}, {"year": "x"}]})", &error));
    QCOMPARE(cal.years(), (QList<int> { 2026, 2027 }));
    QVERIFY(!cal.isWorkingDay(day(2026, 5, 11)));
}

void TestDeadlinesCalendar::mergeReplacesYears()
{
    WorkingCalendar cal = WorkingCalendar::builtin();
    WorkingCalendar user;
    QVERIFY(user.load(R"({"years": [
        {"year": 2027, "holidays": [{"date": "2027-05-17", "names": {"en": "Kurban Ait"}, "movesIfWeekend": false}]},
        {"year": 2028}]})",
        nullptr));
    QVERIFY(cal.merge(user));
    QCOMPARE(cal.years(), (QList<int> { 2026, 2027, 2028 }));
    QVERIFY(cal.isYearComplete(2027));
    QVERIFY(!cal.isWorkingDay(day(2027, 5, 17)));
    // The user's 2027 replaced the shipped one wholesale.
    QVERIFY(cal.isWorkingDay(day(2027, 3, 22)));
    // The shipped calendar itself is untouched.
    QVERIFY(!WorkingCalendar::builtin().knowsYear(2028));
    QVERIFY(!cal.merge(WorkingCalendar()));
}

void TestDeadlinesCalendar::userFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WorkingCalendar cal = WorkingCalendar::builtin();
    QString error;
    QVERIFY(cal.loadUserFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(cal.years(), (QList<int> { 2026, 2027 }));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"years": [{"year": 2027, "transfers": [{"date": "2027-05-15", "working": false}]}]})");
    }
    QVERIFY(!cal.loadUserFile(bad, &error));
    QVERIFY2(error.contains(u"bad.json") && error.contains(u"year 2027, transfer 2027-05-15"), qPrintable(error));
    QVERIFY(!cal.isYearComplete(2027));

    const QString good = dir.filePath(QStringLiteral("calendar.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(k2024);
    }
    QVERIFY2(cal.loadUserFile(good, &error), qPrintable(error));
    QCOMPARE(cal.years(), (QList<int> { 2024, 2026, 2027 }));
    QVERIFY(cal.isWorkingDay(day(2024, 5, 4)));
}

QTEST_GUILESS_MAIN(TestDeadlinesCalendar)
#include "tst_deadlines_calendar.moc"
