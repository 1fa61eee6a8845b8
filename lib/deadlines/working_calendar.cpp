#include "deadlines/working_calendar.h"

#include "deadlines/calendar_parse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCalendarResource()
{
    Q_INIT_RESOURCE(kz_calendar);
}

namespace zanlink {

namespace {

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

} // namespace

const WorkingCalendar& WorkingCalendar::builtin()
{
    static const WorkingCalendar instance = [] {
        initCalendarResource();
        WorkingCalendar c;
        QFile f(QStringLiteral(":/zanlink/deadlines/kz_calendar.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), &error))
            qFatal("built-in working calendar is broken: %s", qPrintable(error));
        return c;
    }();
    return instance;
}

bool WorkingCalendar::load(const QByteArray& json, QString* error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("calendar: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject() || !doc.object().value(u"years").isArray()) {
        *error = QStringLiteral("calendar: the document has no \"years\" list");
        return false;
    }
    const int format = doc.object().value(u"format").toInt(1);
    if (format != 1) {
        *error = QStringLiteral("calendar: format %1 is not supported (this version reads format 1)").arg(format);
        return false;
    }
    QMap<int, Year> years;
    const QJsonArray arr = doc.object().value(u"years").toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject()) {
            *error = QStringLiteral("calendar: entry %1 of \"years\" is not an object").arg(i + 1);
            return false;
        }
        Year y;
        if (!parseCalendarYear(arr.at(i).toObject(), i, &y, error))
            return false;
        if (years.contains(y.year)) {
            *error = QStringLiteral("calendar: year %1 appears twice").arg(y.year);
            return false;
        }
        years.insert(y.year, y);
    }
    m_years = years;
    rebuildMovedDaysOff();
    return true;
}

bool WorkingCalendar::merge(const WorkingCalendar& other)
{
    if (other.m_years.isEmpty())
        return false;
    for (auto it = other.m_years.cbegin(); it != other.m_years.cend(); ++it)
        m_years.insert(it.key(), it.value());
    rebuildMovedDaysOff();
    return true;
}

bool WorkingCalendar::loadUserFile(const QString& path, QString* error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!QFileInfo::exists(path))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    WorkingCalendar user;
    QString e;
    if (!user.load(f.readAll(), &e)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), e);
        return false;
    }
    merge(user);
    return true;
}

void WorkingCalendar::rebuildMovedDaysOff()
{
    m_movedOff.clear();
    for (const Year& y : std::as_const(m_years)) {
        for (const Holiday& h : y.holidays) {
            if (!h.movesIfWeekend || !isWeekend(h.date) || transferOn(h.date))
                continue;
            // The next working day after the holiday: a weekday that is neither a
            // holiday, nor a day off already moved, nor a day off by transfer.
            QDate d = h.date.addDays(1);
            for (int guard = 0; guard < 31; ++guard, d = d.addDays(1)) {
                const Transfer* t = transferOn(d);
                if (t) {
                    if (t->working)
                        break;
                    continue;
                }
                if (!isWeekend(d) && !holidayOn(d) && !m_movedOff.contains(d))
                    break;
            }
            m_movedOff.insert(d, h.date);
        }
    }
}

const WorkingCalendar::Holiday* WorkingCalendar::holidayOn(const QDate& d) const
{
    const auto it = m_years.constFind(d.year());
    if (it == m_years.cend())
        return nullptr;
    for (const Holiday& h : it->holidays) {
        if (h.date == d)
            return &h;
    }
    return nullptr;
}

const WorkingCalendar::Transfer* WorkingCalendar::transferOn(const QDate& d) const
{
    const auto it = m_years.constFind(d.year());
    if (it == m_years.cend())
        return nullptr;
    for (const Transfer& t : it->transfers) {
        if (t.date == d)
            return &t;
    }
    return nullptr;
}

bool WorkingCalendar::isWorkingDay(const QDate& d) const
{
    if (!d.isValid())
        return false;
    if (const Transfer* t = transferOn(d))
        return t->working;
    if (holidayOn(d) || m_movedOff.contains(d))
        return false;
    return !isWeekend(d);
}

bool WorkingCalendar::knowsYear(int year) const
{
    return m_years.contains(year);
}

bool WorkingCalendar::isYearComplete(int year) const
{
    const auto it = m_years.constFind(year);
    return it != m_years.cend() && it->holidaysComplete && it->transfersPublished;
}

QString WorkingCalendar::yearNote(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend())
        return QStringLiteral("no calendar data for %1: only Saturdays and Sundays are counted as days off").arg(year);
    QStringList parts;
    if (!it->holidaysComplete)
        parts << QStringLiteral("not every holiday of %1 is announced yet").arg(year);
    if (!it->transfersPublished)
        parts << QStringLiteral("the transfers of days off for %1 are not published yet").arg(year);
    if (!parts.isEmpty() && !it->note.isEmpty())
        parts << it->note;
    return parts.join(u"; ");
}

const WorkingCalendar::Year* WorkingCalendar::yearData(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.cend() ? nullptr : &it.value();
}

QString WorkingCalendar::holidayName(const QDate& d, Language lang) const
{
    const auto pick = [lang](const QHash<Language, QString>& names) {
        for (Language l : { lang, Language::Ru, Language::Kk, Language::En }) {
            if (!names.value(l).isEmpty())
                return names.value(l);
        }
        return QString();
    };
    if (const Holiday* h = holidayOn(d))
        return pick(h->names);
    if (m_movedOff.contains(d)) {
        const Holiday* h = holidayOn(m_movedOff.value(d));
        const QString name = h ? pick(h->names) : QString();
        switch (lang) {
        case Language::Kk:
            return name % QStringLiteral(" (ауыстырылған демалыс күні)");
        case Language::Ru:
            return name % QStringLiteral(" (перенесённый выходной день)");
        case Language::En:
            return name % QStringLiteral(" (moved day off)");
        }
    }
    if (const Transfer* t = transferOn(d); t && !t->working) {
        switch (lang) {
        case Language::Kk:
            return QStringLiteral("Ауыстырылған демалыс күні");
        case Language::Ru:
            return QStringLiteral("Перенесённый день отдыха");
        case Language::En:
            return QStringLiteral("Transferred day off");
        }
    }
    return {};
}

QDate WorkingCalendar::movedFrom(const QDate& d) const
{
    return m_movedOff.value(d);
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    QDate d = from;
    while (n > 0 && d.isValid()) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

QList<int> WorkingCalendar::years() const
{
    return m_years.keys();
}

} // namespace zanlink
