// Tests of the built-in deadline rules and due-date computation (lib/deadlines/deadline_rules.h).
#include "corpus/catalogue.h"
#include "deadlines/deadline_rules.h"

#include <QTest>

using namespace zanlink;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const DeadlineRule& rule(const char* id)
{
    const DeadlineRule* r = findDeadlineRule(QString::fromLatin1(id));
    if (!r)
        qFatal("no rule %s", id);
    return *r;
}

DeadlineRule workingDays(int n)
{
    DeadlineRule r;
    r.id = QStringLiteral("test-%1wd").arg(n);
    r.unit = DeadlineUnit::WorkingDays;
    r.amount = n;
    return r;
}

} // namespace

class TestDeadlinesDue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinRules();
    void kazakhstanOffset();
    void localDayDecides();
    void platformRequest24h();
    void cyberbullyingDecision3wd();
    void cyberbullyingExtension15cd();
    void extensionNotice2wd();
    void restorationImmediately();
    void recommendation5wd();
    void cyberbullyingRemoval24h();
    void workingSaturdayCounts();
    void yearBoundary();
    void yearWithoutData();
    void invalidStart();
};

void TestDeadlinesDue::builtinRules()
{
    const QStringList ids { QStringLiteral("platform-request-24h"), QStringLiteral("cyberbullying-decision-3wd"),
        QStringLiteral("cyberbullying-extension-15cd"), QStringLiteral("cyberbullying-extension-notice-2wd"),
        QStringLiteral("restoration-immediately"), QStringLiteral("recommendation-5wd"),
        QStringLiteral("cyberbullying-removal-24h") };
    QCOMPARE(builtinDeadlineRules().size(), ids.size());
    for (const QString& id : ids) {
        const DeadlineRule* r = findDeadlineRule(id);
        QVERIFY2(r, qPrintable(id));
        QVERIFY2(Catalogue::builtin().byId(r->actId), qPrintable(id));
        QVERIFY(!r->key.isEmpty());
        QVERIFY(!r->basis.isEmpty());
        for (Language l : kAllLanguages) {
            QVERIFY2(!r->titles.value(l).isEmpty(), qPrintable(id));
            QVERIFY2(!r->startsWith.value(l).isEmpty(), qPrintable(id));
        }
    }
    QVERIFY(!findDeadlineRule(QStringLiteral("no-such-rule")));
    QCOMPARE(rule("platform-request-24h").key, QStringLiteral("9"));
    QCOMPARE(rule("platform-request-24h").actId, QStringLiteral("Z2300000018"));
    QCOMPARE(rule("restoration-immediately").key, QStringLiteral("41-1/6"));
    QCOMPARE(rule("recommendation-5wd").title(Language::Ru), QStringLiteral("Устранение нарушений по рекомендации"));
}

void TestDeadlinesDue::kazakhstanOffset()
{
    const QTimeZone now = kazakhstanTimeZone(QDate(2026, 6, 1));
    QCOMPARE(now.offsetFromUtc(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)), 5 * 3600);
    // With tzdata 2024a or later this is Asia/Almaty itself.
    const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
    if (almaty.isValid() && almaty.offsetFromUtc(utc(2026, 6, 1, 12)) == 5 * 3600)
        QCOMPARE(now.id(), QByteArrayLiteral("Asia/Almaty"));
    // Before March 2024 Almaty was at +06:00: the count falls back to a fixed +05:00.
    const QTimeZone before = kazakhstanTimeZone(QDate(2024, 1, 15));
    QCOMPARE(before.offsetFromUtc(utc(2024, 1, 15, 12)), 5 * 3600);
    QVERIFY(before.id() != QByteArrayLiteral("Asia/Almaty"));
}

void TestDeadlinesDue::localDayDecides()
{
    // 19:30 UTC on Thursday 16 April 2026 is 00:30 on Friday 17 April in Kazakhstan: one working
    // day runs to Monday 20 April. At 18:59 UTC it is still Thursday there: the day is Friday 17.
    const DueDate fromThursdayUtc = computeDue(workingDays(1), utc(2026, 4, 16, 19, 30));
    QCOMPARE(fromThursdayUtc.lastLocalDay, QDate(2026, 4, 20)); // local Friday 17 -> Monday 20
    const DueDate fromThursdayEarly = computeDue(workingDays(1), utc(2026, 4, 16, 18, 59));
    QCOMPARE(fromThursdayEarly.lastLocalDay, QDate(2026, 4, 17)); // local Thursday 23:59 -> Friday
    QCOMPARE(fromThursdayEarly.dueUtc, utc(2026, 4, 17, 18, 59, 59));
}

void TestDeadlinesDue::platformRequest24h()
{
    // Hours are exact, weekends and holidays included: Friday 8 May 10:00 UTC + 24 h.
    const DueDate d = computeDue(rule("platform-request-24h"), utc(2026, 5, 8, 10));
    QCOMPARE(d.dueUtc, utc(2026, 5, 9, 10));
    QCOMPARE(d.dueUtc.timeSpec(), Qt::UTC);
    QVERIFY(!d.calendarIncomplete);
    QVERIFY2(d.explanation.contains(u"24 hours, exact"), qPrintable(d.explanation));
}

void TestDeadlinesDue::cyberbullyingDecision3wd()
{
    // Complaint on Friday 8 May 2026 at 15:00 local: 9-10 weekend, 11 May off for Victory Day,
    // then 12, 13, 14.
    const DueDate d = computeDue(rule("cyberbullying-decision-3wd"), utc(2026, 5, 8, 10));
    QCOMPARE(d.lastLocalDay, QDate(2026, 5, 14));
    QCOMPARE(d.dueUtc, utc(2026, 5, 14, 18, 59, 59));
    QVERIFY(!d.calendarIncomplete);
    QVERIFY2(d.explanation.contains(u"2026-05-11 Victory Day (moved day off)"), qPrintable(d.explanation));
    QVERIFY2(d.explanation.contains(u"2026-05-09 Victory Day, 2026-05-10 Sunday"), qPrintable(d.explanation));
    QVERIFY2(d.explanation.contains(u"counted: 2026-05-12, 2026-05-13, 2026-05-14"), qPrintable(d.explanation));
}

void TestDeadlinesDue::cyberbullyingExtension15cd()
{
    // Calendar days: 20 March 2026 + 15 = 4 April (a Saturday; not moved).
    const DueDate d = computeDue(rule("cyberbullying-extension-15cd"), utc(2026, 3, 20, 4));
    QCOMPARE(d.lastLocalDay, QDate(2026, 4, 4));
    QCOMPARE(d.dueUtc, utc(2026, 4, 4, 18, 59, 59));
    QVERIFY(!d.calendarIncomplete);
}

void TestDeadlinesDue::extensionNotice2wd()
{
    // Friday 20 March 2026: Nauryz 21-23 and the moved days 24-25 are skipped: 26, 27.
    const DueDate d = computeDue(rule("cyberbullying-extension-notice-2wd"), utc(2026, 3, 20, 6));
    QCOMPARE(d.lastLocalDay, QDate(2026, 3, 27));
    QCOMPARE(d.dueUtc, utc(2026, 3, 27, 18, 59, 59));
}

void TestDeadlinesDue::restorationImmediately()
{
    const QDateTime start = utc(2026, 5, 9, 7, 15);
    const DueDate d = computeDue(rule("restoration-immediately"), start);
    QCOMPARE(d.dueUtc, start);
    QVERIFY(d.explanation.contains(u"immediately"));
}

void TestDeadlinesDue::recommendation5wd()
{
    // Monday 24 August 2026: 25, 26, 27, 28, then 29-30 weekend (30 Constitution Day), 31 moved: 1 September.
    const DueDate d = computeDue(rule("recommendation-5wd"), utc(2026, 8, 24, 5));
    QCOMPARE(d.lastLocalDay, QDate(2026, 9, 1));
    QCOMPARE(d.dueUtc, utc(2026, 9, 1, 18, 59, 59));
}

void TestDeadlinesDue::cyberbullyingRemoval24h()
{
    const DueDate d = computeDue(rule("cyberbullying-removal-24h"), utc(2026, 12, 31, 20));
    QCOMPARE(d.dueUtc, utc(2027, 1, 1, 20));
    QVERIFY(!d.calendarIncomplete); // hours do not depend on the calendar
}

void TestDeadlinesDue::workingSaturdayCounts()
{
    WorkingCalendar cal;
    QString error;
    QVERIFY2(cal.load(R"({"years": [{"year": 2024, "holidays": [
            {"date": "2024-05-07", "names": {"en": "Defender of the Fatherland Day"}},
            {"date": "2024-05-09", "names": {"en": "Victory Day"}}],
        "transfers": [{"date": "2024-05-04", "working": true}, {"date": "2024-05-08", "working": false}]}]})",
                 &error),
        qPrintable(error));
    // Friday 3 May 2024 + 2 working days: Saturday 4 (working), Monday 6.
    const DueDate d = computeDue(workingDays(2), utc(2024, 5, 3, 6), cal);
    QCOMPARE(d.lastLocalDay, QDate(2024, 5, 6));
    QVERIFY2(d.explanation.contains(u"2024-05-04 Saturday (working by transfer)"), qPrintable(d.explanation));
}

void TestDeadlinesDue::yearBoundary()
{
    // Wednesday 30 December 2026 + 3: 31 Dec, then 5 and 6 January 2027 (4 Jan moved for 2 Jan).
    const DueDate d = computeDue(rule("cyberbullying-decision-3wd"), utc(2026, 12, 30, 6));
    QCOMPARE(d.lastLocalDay, QDate(2027, 1, 6));
    QCOMPARE(d.dueUtc, utc(2027, 1, 6, 18, 59, 59));
    // 2027 is shipped without Kurban Ait and transfers: the count says so.
    QVERIFY(d.calendarIncomplete);
    QCOMPARE(d.incompleteYears, (QList<int> { 2027 }));
    QVERIFY2(d.explanation.contains(u"transfers of days off for 2027 are not published"), qPrintable(d.explanation));

    // Within 2026 nothing is missing.
    QVERIFY(!computeDue(rule("cyberbullying-decision-3wd"), utc(2026, 12, 1, 6)).calendarIncomplete);
}

void TestDeadlinesDue::yearWithoutData()
{
    // 2030 has no data: weekends only, so New Year's Day (Tuesday) counts, and the count says so.
    const DueDate d = computeDue(rule("recommendation-5wd"), utc(2029, 12, 31, 6));
    QCOMPARE(d.lastLocalDay, QDate(2030, 1, 7));
    QVERIFY(d.calendarIncomplete);
    QCOMPARE(d.incompleteYears, (QList<int> { 2029, 2030 }));
    QVERIFY2(d.explanation.contains(u"no calendar data for 2030"), qPrintable(d.explanation));
}

void TestDeadlinesDue::invalidStart()
{
    const DueDate d = computeDue(rule("recommendation-5wd"), QDateTime());
    QVERIFY(!d.dueUtc.isValid());
    QVERIFY(d.explanation.contains(u"no valid start"));
}

QTEST_GUILESS_MAIN(TestDeadlinesDue)
#include "tst_deadlines_due.moc"
