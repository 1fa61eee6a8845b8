#pragma once

#include "corpus/language.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zanlink {

// Kazakhstan's working days for the five-day working week: Saturdays and Sundays
// off, public holidays (the fixed ones and the moveable Kurban Ait), the day off
// the law moves to the next working day when a national or state holiday falls
// on a weekend, and the transfers of days off ordered for a year (a Saturday made
// a working day, a weekday made a day off), all kept as data. The format is
// described in lib/deadlines/README.md.
class WorkingCalendar {
public:
    struct Holiday {
        QDate date;
        QHash<Language, QString> names;
        // National and state holidays on a Saturday or Sunday give the next
        // working day off; Orthodox Christmas and Kurban Ait do not.
        bool movesIfWeekend = true;
    };
    struct Transfer {
        QDate date;
        bool working = false; // true: a Saturday or Sunday made a working day
        QString note; // the order that made it, in any language
    };
    struct Year {
        int year = 0;
        QList<Holiday> holidays; // in date order
        QList<Transfer> transfers; // in date order
        bool holidaysComplete = true; // false while a moveable holiday is not yet announced
        bool transfersPublished = true; // false while the year's transfers are not yet ordered
        QString note; // what is missing, in English
        QStringList sources;
    };

    // The shipped data (resources: the current year 2026 and the next, 2027).
    static const WorkingCalendar& builtin();

    // Parses the documented format. On bad input returns false, leaves the
    // calendar unchanged and sets *error to a message naming the entry (year,
    // date) that is wrong.
    bool load(const QByteArray& json, QString* error);
    // Adds the years of `other`, replacing a year this calendar already has
    // (a user's file adds or corrects years). Returns true if any year was added
    // or replaced.
    bool merge(const WorkingCalendar& other);
    // Merges a calendar file the user keeps (e.g. AppData/calendar.json). A
    // missing file is fine (returns true, nothing changes); an unreadable or
    // malformed one returns false with a message naming the file and the entry.
    bool loadUserFile(const QString& path, QString* error);

    bool isWorkingDay(const QDate& d) const;
    // Data present for that year; without it only weekends are known.
    bool knowsYear(int year) const;
    // Data present and nothing announced as missing (moveable holidays, transfers).
    bool isYearComplete(int year) const;
    // What is missing or unknown for the year, in English; empty when complete.
    QString yearNote(int year) const;
    const Year* yearData(int year) const;

    // The holiday or day off on `d` in `lang` (falling back to Russian, Kazakh,
    // English); a day off moved from a weekend holiday says so. Empty if none.
    QString holidayName(const QDate& d, Language lang) const;
    // For a day off moved by law from a holiday on a weekend, that holiday's date.
    QDate movedFrom(const QDate& d) const;
    // The transfer ordered for `d`, or nullptr.
    const Transfer* transferOn(const QDate& d) const;

    // The n-th working day after `from` (from itself not counted); n <= 0 gives
    // `from`.
    QDate addWorkingDays(const QDate& from, int n) const;
    QList<int> years() const;

private:
    void rebuildMovedDaysOff();
    const Holiday* holidayOn(const QDate& d) const;

    QMap<int, Year> m_years;
    QMap<QDate, QDate> m_movedOff; // day off -> the weekend holiday it comes from
};

} // namespace zanlink
