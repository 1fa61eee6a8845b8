#include "deadlines/deadline_rules.h"

#include <QLocale>
#include <QStringList>

namespace zanlink {

namespace {

constexpr int kKazakhstanOffset = 5 * 3600;

QString isoUtc(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QString zoneLabel(const QTimeZone& zone)
{
    const QString id = QString::fromUtf8(zone.id());
    return id.startsWith(u"UTC") ? QStringLiteral("fixed UTC+05:00") : id % QStringLiteral(", UTC+05:00");
}

QString dayLabel(const QDate& d)
{
    return d.toString(Qt::ISODate) % u' ' % QLocale(QLocale::English).dayName(d.dayOfWeek());
}

QDateTime endOfLocalDay(const QDate& d)
{
    return QDateTime(d, QTime(23, 59, 59), kazakhstanTimeZone(d)).toUTC();
}

// Years between `from` and `to` the calendar cannot vouch for.
QList<int> incompleteYearsBetween(const WorkingCalendar& cal, const QDate& from, const QDate& to)
{
    QList<int> years;
    for (int y = from.year(); y <= to.year(); ++y) {
        if (!cal.isYearComplete(y))
            years << y;
    }
    return years;
}

} // namespace

QTimeZone kazakhstanTimeZone(const QDate& localDate)
{
    static const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
    const QTimeZone fixed(kKazakhstanOffset);
    if (almaty.isValid() && localDate.isValid()) {
        const QDateTime noon(localDate, QTime(12, 0), fixed);
        if (almaty.offsetFromUtc(noon) == kKazakhstanOffset)
            return almaty;
    }
    return fixed;
}

DueDate computeDue(const DeadlineRule& rule, const QDateTime& startUtc, const WorkingCalendar& cal)
{
    DueDate due;
    if (!startUtc.isValid()) {
        due.explanation = QStringLiteral("%1: no valid start, no due date").arg(rule.id);
        return due;
    }
    const QDateTime start = startUtc.toUTC();
    const QDate fixedDate = start.toTimeZone(QTimeZone(kKazakhstanOffset)).date();
    const QTimeZone zone = kazakhstanTimeZone(fixedDate);
    const QDateTime local = start.toTimeZone(zone);
    const QString startText = QStringLiteral("start %1 = %2 %3 local (%4)")
                                  .arg(isoUtc(start), dayLabel(local.date()),
                                      local.time().toString(QStringLiteral("HH:mm:ss")), zoneLabel(zone));

    switch (rule.unit) {
    case DeadlineUnit::Immediately:
        due.dueUtc = start;
        due.lastLocalDay = local.date();
        due.explanation = QStringLiteral("%1: immediately; %2; due at the start").arg(rule.id, startText);
        return due;
    case DeadlineUnit::Hours:
        due.dueUtc = start.addSecs(qint64(rule.amount) * 3600);
        due.lastLocalDay = due.dueUtc.toTimeZone(kazakhstanTimeZone(due.dueUtc.toTimeZone(zone).date())).date();
        due.explanation = QStringLiteral("%1: %2 hours, exact; %3; due %4")
                              .arg(rule.id)
                              .arg(rule.amount)
                              .arg(startText, isoUtc(due.dueUtc));
        return due;
    case DeadlineUnit::CalendarDays:
        due.lastLocalDay = local.date().addDays(qMax(0, rule.amount));
        due.dueUtc = endOfLocalDay(due.lastLocalDay);
        due.explanation
            = QStringLiteral("%1: %2 calendar days after %3 (the start day not counted); %4; "
                             "last day %5; due 23:59:59 local = %6")
                  .arg(rule.id)
                  .arg(rule.amount)
                  .arg(local.date().toString(Qt::ISODate), startText, dayLabel(due.lastLocalDay), isoUtc(due.dueUtc));
        return due;
    case DeadlineUnit::WorkingDays:
        break;
    }

    due.lastLocalDay = cal.addWorkingDays(local.date(), rule.amount);
    due.dueUtc = endOfLocalDay(due.lastLocalDay);
    QStringList skipped;
    QStringList counted;
    for (QDate d = local.date().addDays(1); d.isValid() && d <= due.lastLocalDay; d = d.addDays(1)) {
        const WorkingCalendar::Transfer* t = cal.transferOn(d);
        if (cal.isWorkingDay(d)) {
            counted << (t ? dayLabel(d) % QStringLiteral(" (working by transfer)") : d.toString(Qt::ISODate));
            continue;
        }
        const QString name = cal.holidayName(d, Language::En);
        skipped << (name.isEmpty() ? dayLabel(d) : d.toString(Qt::ISODate) % u' ' % name);
    }
    due.incompleteYears = incompleteYearsBetween(cal, local.date(), due.lastLocalDay);
    due.calendarIncomplete = !due.incompleteYears.isEmpty();
    due.explanation
        = QStringLiteral("%1: %2 working days after %3 (the start day not counted); %4; not counted: %5; "
                         "counted: %6; last working day %7; due 23:59:59 local = %8")
              .arg(rule.id)
              .arg(rule.amount)
              .arg(dayLabel(local.date()), startText, skipped.isEmpty() ? QStringLiteral("none") : skipped.join(u", "),
                  counted.isEmpty() ? QStringLiteral("none") : counted.join(u", "), dayLabel(due.lastLocalDay),
                  isoUtc(due.dueUtc));
    for (int y : std::as_const(due.incompleteYears))
        due.explanation += QStringLiteral("; calendar incomplete: ") % cal.yearNote(y);
    return due;
}

} // namespace zanlink
