#pragma once

#include "corpus/language.h"
#include "deadlines/working_calendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace zanlink {

enum class DeadlineUnit { Hours, WorkingDays, CalendarDays, Immediately };

// A time limit the law sets, counted from an event.
struct DeadlineRule {
    QString id;
    DeadlineUnit unit = DeadlineUnit::Hours;
    int amount = 0;
    QString actId; // the provision that sets it: an Adilet id …
    QString key; // … and a provision key, e.g. Z2300000018 "9", Z040000567_ "41-1/6"
    QHash<Language, QString> titles;
    QHash<Language, QString> startsWith; // the event it runs from, in words
    QString basis; // the legal basis in English, with any doubt about it

    QString title(Language lang) const;
    QString start(Language lang) const;
};

// platform-request-24h, cyberbullying-decision-3wd, cyberbullying-extension-15cd,
// cyberbullying-extension-notice-2wd, restoration-immediately, recommendation-5wd,
// cyberbullying-removal-24h; titles and starting events in kk, ru and en.
const QList<DeadlineRule>& builtinDeadlineRules();
const DeadlineRule* findDeadlineRule(const QString& id);

struct DueDate {
    QDateTime dueUtc;
    // The count crossed a year the calendar has no data for, or one whose data is
    // announced as incomplete (a moveable holiday or the transfers not published).
    bool calendarIncomplete = false;
    QList<int> incompleteYears;
    QDate lastLocalDay; // the local day the deadline ends on
    QString explanation; // how it was counted, in English for logs and tests
};

// Kazakhstan's local time. Kazakhstan keeps one zone, UTC+05:00, since 1 March 2024.
// This is the system's "Asia/Almaty" when its data gives +05:00 for the date (tzdata
// 2024a or later), otherwise a fixed UTC+05:00 offset: with older tzdata, and for
// dates before March 2024, when Almaty itself was at +06:00.
QTimeZone kazakhstanTimeZone(const QDate& localDate);

// Start in UTC; counting happens in Kazakhstan local time. Working-day deadlines end
// at 23:59:59 local of the n-th working day after the start day (the start day is not
// counted); hours are exact; calendar days end at 23:59:59 local of the n-th day after
// the start day; Immediately is the start itself.
DueDate computeDue(
    const DeadlineRule& rule, const QDateTime& startUtc, const WorkingCalendar& cal = WorkingCalendar::builtin());

enum class DeadlineState { Done, Overdue, DueSoon, Pending };
// Done if done; Overdue once now is past the due moment; DueSoon within soonSeconds
// of it; Pending otherwise (also when no due moment is known).
DeadlineState deadlineState(
    const QDateTime& dueUtc, bool done, const QDateTime& nowUtc, qint64 soonSeconds = 24 * 3600);
// "2 days 3 hours left" / "overdue by 5 hours" in kk, ru or en: days and hours when a
// day or more, hours and minutes below that, minutes below an hour.
QString remainingText(const QDateTime& dueUtc, const QDateTime& nowUtc, Language lang);

} // namespace zanlink
