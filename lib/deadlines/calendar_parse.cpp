#include "deadlines/calendar_parse.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace zanlink {

namespace {

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

// Reads an optional boolean member; false with *error set when it has another type.
bool readFlag(const QJsonObject& o, QStringView name, bool fallback, bool* out, const QString& where, QString* error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    if (!v.isBool()) {
        *error = QStringLiteral("calendar: %1: \"%2\" must be true or false").arg(where, name.toString());
        return false;
    }
    *out = v.toBool();
    return true;
}

// Reads "date" of a holiday or transfer: an ISO date inside the year.
bool readDate(const QJsonObject& o, int year, const QString& what, qsizetype index, QDate* out, QString* error)
{
    const QJsonValue v = o.value(u"date");
    const QString text = v.toString();
    const QString where = QStringLiteral("year %1, %2 %3")
                              .arg(year)
                              .arg(what, text.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : text);
    if (!v.isString() || text.isEmpty()) {
        *error = QStringLiteral("calendar: %1: no \"date\" (expected YYYY-MM-DD)").arg(where);
        return false;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *error = QStringLiteral("calendar: %1: \"%2\" is not a valid date (expected YYYY-MM-DD)").arg(where, text);
        return false;
    }
    if (d.year() != year) {
        *error = QStringLiteral("calendar: %1: the date lies outside %2").arg(where).arg(year);
        return false;
    }
    *out = d;
    return true;
}

} // namespace

bool parseCalendarYear(const QJsonObject& o, qsizetype index, WorkingCalendar::Year* y, QString* error)
{
    const QJsonValue yv = o.value(u"year");
    if (!yv.isDouble() || yv.toDouble() != double(yv.toInt()) || yv.toInt() < 1992 || yv.toInt() > 2200) {
        *error = QStringLiteral("calendar: entry %1 of \"years\" has no valid \"year\" (1992–2200)").arg(index + 1);
        return false;
    }
    y->year = yv.toInt();
    const QString where = QStringLiteral("year %1").arg(y->year);
    if (!readFlag(o, u"holidaysComplete", true, &y->holidaysComplete, where, error)
        || !readFlag(o, u"transfersPublished", true, &y->transfersPublished, where, error))
        return false;
    y->note = o.value(u"note").toString();
    for (const QJsonValue& s : o.value(u"sources").toArray())
        y->sources << s.toString();

    const QJsonValue hv = o.value(u"holidays");
    if (!hv.isUndefined() && !hv.isArray()) {
        *error = QStringLiteral("calendar: %1: \"holidays\" must be a list").arg(where);
        return false;
    }
    const QJsonArray holidays = hv.toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QJsonObject h = holidays.at(i).toObject();
        WorkingCalendar::Holiday hol;
        if (!readDate(h, y->year, QStringLiteral("holiday"), i, &hol.date, error))
            return false;
        const QString at = QStringLiteral("year %1, holiday %2").arg(y->year).arg(hol.date.toString(Qt::ISODate));
        const QJsonObject names = h.value(u"names").toObject();
        for (Language l : kAllLanguages) {
            const QString n = names.value(languageCode(l)).toString().trimmed();
            if (!n.isEmpty())
                hol.names.insert(l, n);
        }
        if (hol.names.isEmpty()) {
            *error = QStringLiteral("calendar: %1: no name in \"names\" (kk, ru or en)").arg(at);
            return false;
        }
        if (!readFlag(h, u"movesIfWeekend", true, &hol.movesIfWeekend, at, error))
            return false;
        for (const WorkingCalendar::Holiday& other : std::as_const(y->holidays)) {
            if (other.date == hol.date) {
                *error = QStringLiteral("calendar: %1: listed twice").arg(at);
                return false;
            }
        }
        y->holidays << hol;
    }

    const QJsonValue tv = o.value(u"transfers");
    if (!tv.isUndefined() && !tv.isArray()) {
        *error = QStringLiteral("calendar: %1: \"transfers\" must be a list").arg(where);
        return false;
    }
    const QJsonArray transfers = tv.toArray();
    for (qsizetype i = 0; i < transfers.size(); ++i) {
        const QJsonObject t = transfers.at(i).toObject();
        WorkingCalendar::Transfer tr;
        if (!readDate(t, y->year, QStringLiteral("transfer"), i, &tr.date, error))
            return false;
        const QString at = QStringLiteral("year %1, transfer %2").arg(y->year).arg(tr.date.toString(Qt::ISODate));
        if (!t.value(u"working").isBool()) {
            *error = QStringLiteral("calendar: %1: \"working\" must be true or false").arg(at);
            return false;
        }
        tr.working = t.value(u"working").toBool();
        tr.note = t.value(u"note").toString();
        if (tr.working && !isWeekend(tr.date)) {
            *error = QStringLiteral("calendar: %1: a %2 is a working day already; only a Saturday or Sunday "
                                    "can be made one")
                         .arg(at, QLocale(QLocale::English).dayName(tr.date.dayOfWeek()));
            return false;
        }
        if (!tr.working && isWeekend(tr.date)) {
            *error = QStringLiteral("calendar: %1: a %2 is a day off already; only a weekday can be made one")
                         .arg(at, QLocale(QLocale::English).dayName(tr.date.dayOfWeek()));
            return false;
        }
        for (const WorkingCalendar::Holiday& h : std::as_const(y->holidays)) {
            if (h.date == tr.date) {
                *error = QStringLiteral("calendar: %1: the day is a holiday").arg(at);
                return false;
            }
        }
        for (const WorkingCalendar::Transfer& other : std::as_const(y->transfers)) {
            if (other.date == tr.date) {
                *error = QStringLiteral("calendar: %1: listed twice").arg(at);
                return false;
            }
        }
        y->transfers << tr;
    }
    std::sort(y->holidays.begin(), y->holidays.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    std::sort(y->transfers.begin(), y->transfers.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return true;
}

} // namespace zanlink
