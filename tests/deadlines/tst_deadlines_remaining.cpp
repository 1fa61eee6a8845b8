// Tests of deadline states and the remaining-time text in kk, ru and en (lib/deadlines/deadline_rules.h).
#include "deadlines/deadline_rules.h"

#include <QTest>

using namespace zanlink;

namespace {

const QDateTime kNow(QDate(2026, 5, 12), QTime(9, 0), Qt::UTC);

QDateTime in(qint64 days, qint64 hours, qint64 minutes = 0)
{
    return kNow.addSecs(days * 86400 + hours * 3600 + minutes * 60);
}

} // namespace

class TestDeadlinesRemaining : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void states();
    void remaining_data();
    void remaining();
    void invalid();
};

void TestDeadlinesRemaining::states()
{
    QCOMPARE(deadlineState(in(-1, 0), true, kNow), DeadlineState::Done);
    QCOMPARE(deadlineState(in(0, 0, -1), false, kNow), DeadlineState::Overdue);
    QCOMPARE(deadlineState(kNow.addSecs(-1), false, kNow), DeadlineState::Overdue);
    QCOMPARE(deadlineState(kNow, false, kNow), DeadlineState::DueSoon);
    QCOMPARE(deadlineState(in(1, 0), false, kNow), DeadlineState::DueSoon);
    QCOMPARE(deadlineState(in(1, 0).addSecs(1), false, kNow), DeadlineState::Pending);
    QCOMPARE(deadlineState(in(2, 0), false, kNow, 3 * 86400), DeadlineState::DueSoon);
    QCOMPARE(deadlineState(QDateTime(), false, kNow), DeadlineState::Pending);
    QCOMPARE(deadlineState(QDateTime(), true, kNow), DeadlineState::Done);
}

void TestDeadlinesRemaining::remaining_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QString>("kk");
    QTest::addColumn<QString>("ru");
    QTest::addColumn<QString>("en");

    QTest::newRow("2 days 3 hours") << in(2, 3, 20) << QStringLiteral("2 күн 3 сағат қалды")
                                    << QStringLiteral("осталось 2 дня 3 часа") << QStringLiteral("2 days 3 hours left");
    QTest::newRow("1 day") << in(1, 0) << QStringLiteral("1 күн қалды") << QStringLiteral("остался 1 день")
                           << QStringLiteral("1 day left");
    QTest::newRow("21 days 1 hour") << in(21, 1) << QStringLiteral("21 күн 1 сағат қалды")
                                    << QStringLiteral("остался 21 день 1 час") << QStringLiteral("21 days 1 hour left");
    QTest::newRow("5 days 11 hours") << in(5, 11) << QStringLiteral("5 күн 11 сағат қалды")
                                     << QStringLiteral("осталось 5 дней 11 часов")
                                     << QStringLiteral("5 days 11 hours left");
    QTest::newRow("11 days 2 hours") << in(11, 2) << QStringLiteral("11 күн 2 сағат қалды")
                                     << QStringLiteral("осталось 11 дней 2 часа")
                                     << QStringLiteral("11 days 2 hours left");
    QTest::newRow("22 days 5 hours") << in(22, 5) << QStringLiteral("22 күн 5 сағат қалды")
                                     << QStringLiteral("осталось 22 дня 5 часов")
                                     << QStringLiteral("22 days 5 hours left");
    QTest::newRow("21 hours 1 minute") << in(0, 21, 1) << QStringLiteral("21 сағат 1 минут қалды")
                                       << QStringLiteral("остался 21 час 1 минута")
                                       << QStringLiteral("21 hours 1 minute left");
    QTest::newRow("1 minute") << in(0, 0, 1) << QStringLiteral("1 минут қалды") << QStringLiteral("осталась 1 минута")
                              << QStringLiteral("1 minute left");
    QTest::newRow("under a minute") << kNow.addSecs(30) << QStringLiteral("бір минуттан аз қалды")
                                    << QStringLiteral("осталось меньше минуты")
                                    << QStringLiteral("less than a minute left");

    QTest::newRow("overdue 5 hours") << in(0, -5) << QStringLiteral("мерзімі 5 сағат бұрын өтті")
                                     << QStringLiteral("просрочено на 5 часов") << QStringLiteral("overdue by 5 hours");
    QTest::newRow("overdue 1 day 2 hours")
        << in(-1, -2) << QStringLiteral("мерзімі 1 күн 2 сағат бұрын өтті")
        << QStringLiteral("просрочено на 1 день 2 часа") << QStringLiteral("overdue by 1 day 2 hours");
    QTest::newRow("overdue 21 minutes") << in(0, 0, -21) << QStringLiteral("мерзімі 21 минут бұрын өтті")
                                        << QStringLiteral("просрочено на 21 минуту")
                                        << QStringLiteral("overdue by 21 minutes");
    QTest::newRow("overdue 12 minutes") << in(0, 0, -12) << QStringLiteral("мерзімі 12 минут бұрын өтті")
                                        << QStringLiteral("просрочено на 12 минут")
                                        << QStringLiteral("overdue by 12 minutes");
    QTest::newRow("overdue 3 minutes") << in(0, 0, -3) << QStringLiteral("мерзімі 3 минут бұрын өтті")
                                       << QStringLiteral("просрочено на 3 минуты")
                                       << QStringLiteral("overdue by 3 minutes");
    QTest::newRow("overdue seconds") << kNow.addSecs(-10) << QStringLiteral("мерзімі жаңа ғана өтті")
                                     << QStringLiteral("просрочено менее чем на минуту")
                                     << QStringLiteral("overdue by less than a minute");
}

void TestDeadlinesRemaining::remaining()
{
    QFETCH(QDateTime, due);
    QFETCH(QString, kk);
    QFETCH(QString, ru);
    QFETCH(QString, en);
    QCOMPARE(remainingText(due, kNow, Language::Kk), kk);
    QCOMPARE(remainingText(due, kNow, Language::Ru), ru);
    QCOMPARE(remainingText(due, kNow, Language::En), en);
}

void TestDeadlinesRemaining::invalid()
{
    QVERIFY(remainingText(QDateTime(), kNow, Language::En).isEmpty());
    // The same moment in another time zone gives the same text.
    const QDateTime local = in(2, 3).toTimeZone(QTimeZone(5 * 3600));
    QCOMPARE(remainingText(local, kNow, Language::En), QStringLiteral("2 days 3 hours left"));
}

QTEST_GUILESS_MAIN(TestDeadlinesRemaining)
#include "tst_deadlines_remaining.moc"
