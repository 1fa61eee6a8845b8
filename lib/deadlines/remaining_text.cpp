#include "deadlines/deadline_rules.h"

#include <QStringList>

namespace zanlink {

namespace {

enum class Unit { Day, Hour, Minute };

// Russian plural category: 0 = one (1, 21, 101), 1 = few (2–4, 22–24), 2 = many (5–20, 11–14, 25…).
int russianForm(qint64 n)
{
    const qint64 mod10 = n % 10;
    const qint64 mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11)
        return 0;
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
        return 1;
    return 2;
}

// accusative: the form after "на" ("просрочено на 1 минуту").
QString quantity(qint64 n, Unit unit, Language lang, bool accusative)
{
    const QString num = QString::number(n);
    switch (lang) {
    case Language::Kk:
        // Kazakh nouns stay singular after a numeral.
        switch (unit) {
        case Unit::Day:
            return num % QStringLiteral(" күн");
        case Unit::Hour:
            return num % QStringLiteral(" сағат");
        case Unit::Minute:
            return num % QStringLiteral(" минут");
        }
        break;
    case Language::Ru: {
        static const char16_t* const days[] = { u"день", u"дня", u"дней" };
        static const char16_t* const hours[] = { u"час", u"часа", u"часов" };
        static const char16_t* const minutes[] = { u"минута", u"минуты", u"минут" };
        static const char16_t* const minutesAcc[] = { u"минуту", u"минуты", u"минут" };
        const int f = russianForm(n);
        const char16_t* word = unit == Unit::Day ? days[f]
            : unit == Unit::Hour                 ? hours[f]
            : accusative                         ? minutesAcc[f]
                                                 : minutes[f];
        return num % u' ' % QString::fromUtf16(word);
    }
    case Language::En:
        switch (unit) {
        case Unit::Day:
            return num % (n == 1 ? QStringLiteral(" day") : QStringLiteral(" days"));
        case Unit::Hour:
            return num % (n == 1 ? QStringLiteral(" hour") : QStringLiteral(" hours"));
        case Unit::Minute:
            return num % (n == 1 ? QStringLiteral(" minute") : QStringLiteral(" minutes"));
        }
        break;
    }
    return num;
}

// "остался 1 день", "осталась 1 минута", "осталось 2 дня": the verb agrees with the leading quantity.
QString russianRemainingVerb(qint64 n, Unit unit)
{
    if (russianForm(n) != 0)
        return QStringLiteral("осталось");
    return unit == Unit::Minute ? QStringLiteral("осталась") : QStringLiteral("остался");
}

} // namespace

DeadlineState deadlineState(const QDateTime& dueUtc, bool done, const QDateTime& nowUtc, qint64 soonSeconds)
{
    if (done)
        return DeadlineState::Done;
    if (!dueUtc.isValid() || !nowUtc.isValid())
        return DeadlineState::Pending;
    const qint64 left = nowUtc.secsTo(dueUtc);
    if (left < 0)
        return DeadlineState::Overdue;
    if (left <= soonSeconds)
        return DeadlineState::DueSoon;
    return DeadlineState::Pending;
}

QString remainingText(const QDateTime& dueUtc, const QDateTime& nowUtc, Language lang)
{
    if (!dueUtc.isValid() || !nowUtc.isValid())
        return {};
    const qint64 secs = nowUtc.secsTo(dueUtc);
    const bool overdue = secs < 0;
    const qint64 a = overdue ? -secs : secs;

    if (a < 60) {
        switch (lang) {
        case Language::Kk:
            return overdue ? QStringLiteral("мерзімі жаңа ғана өтті") : QStringLiteral("бір минуттан аз қалды");
        case Language::Ru:
            return overdue ? QStringLiteral("просрочено менее чем на минуту")
                           : QStringLiteral("осталось меньше минуты");
        case Language::En:
            return overdue ? QStringLiteral("overdue by less than a minute")
                           : QStringLiteral("less than a minute left");
        }
    }

    const qint64 days = a / 86400;
    const qint64 hours = (a % 86400) / 3600;
    const qint64 minutes = (a % 3600) / 60;
    QList<std::pair<qint64, Unit>> parts;
    if (days > 0) {
        parts << std::pair { days, Unit::Day };
        if (hours > 0)
            parts << std::pair { hours, Unit::Hour };
    } else if (hours > 0) {
        parts << std::pair { hours, Unit::Hour };
        if (minutes > 0)
            parts << std::pair { minutes, Unit::Minute };
    } else {
        parts << std::pair { minutes, Unit::Minute };
    }
    QStringList words;
    for (const auto& [n, unit] : std::as_const(parts))
        words << quantity(n, unit, lang, overdue);
    const QString amount = words.join(u' ');

    switch (lang) {
    case Language::Kk:
        return overdue ? QStringLiteral("мерзімі %1 бұрын өтті").arg(amount)
                       : QString(amount % QStringLiteral(" қалды"));
    case Language::Ru:
        if (overdue)
            return QStringLiteral("просрочено на ") % amount;
        return russianRemainingVerb(parts.first().first, parts.first().second) % u' ' % amount;
    case Language::En:
        if (overdue)
            return QStringLiteral("overdue by ") % amount;
        return amount % QStringLiteral(" left");
    }
    return amount;
}

} // namespace zanlink
