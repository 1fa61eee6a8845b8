#include "legalforms/legal_date.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>
#include <array>
#include <boost/locale/format.hpp>
#include <boost/locale/formatting.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>
#include <sstream>

Q_LOGGING_CATEGORY(logLegalDate, "zanlink.legalforms")

namespace zanlink {

namespace {

using MonthNames = std::array<QString, 12>;

// Month names as ICU gives them in the format context ("%B", i.e. MMMM): ru in
// the genitive ("июля"), kk and en in the nominative. The locale is named with
// its encoding and generated once, whatever the process locale or LANG.
MonthNames icuMonthNames(const char* localeName)
{
    boost::locale::localization_backend_manager manager = boost::locale::localization_backend_manager::global();
    manager.select("icu");
    boost::locale::generator gen(manager);
    const std::locale loc = gen(localeName);
    MonthNames names;
    for (int m = 1; m <= 12; ++m) {
        // Noon UTC of the 15th: the month is the same in every time zone.
        const QDateTime noon(QDate(2001, m, 15), QTime(12, 0), QTimeZone::utc());
        std::ostringstream out;
        out.imbue(loc);
        out << boost::locale::as::ftime("%B") << boost::locale::as::gmt << static_cast<double>(noon.toSecsSinceEpoch());
        names[static_cast<size_t>(m - 1)] = QString::fromStdString(out.str()).trimmed();
        if (names[static_cast<size_t>(m - 1)].isEmpty())
            qCWarning(logLegalDate, "ICU gave no month name for %s, month %d", localeName, m);
    }
    return names;
}

const MonthNames& monthNames(Language lang)
{
    static const MonthNames kk = icuMonthNames("kk_KZ.UTF-8");
    static const MonthNames ru = icuMonthNames("ru_RU.UTF-8");
    static const MonthNames en = icuMonthNames("en_GB.UTF-8");
    switch (lang) {
    case Language::Kk:
        return kk;
    case Language::Ru:
        return ru;
    case Language::En:
        break;
    }
    return en;
}

bool isBackVowel(QChar c)
{
    return QStringView(u"аоұыяёэ").contains(c.toLower());
}

bool isFrontVowel(QChar c)
{
    return QStringView(u"әөүіеи").contains(c.toLower());
}

// Consonants after which Kazakh suffixes with д/ғ take т/к instead.
bool isVoicelessConsonant(QChar c)
{
    return QStringView(u"кқпстфхцчшщ").contains(c.toLower());
}

} // namespace

QString kazakhLocativeAttributive(const QString& word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return w;
    // Vowel harmony follows the last unambiguous vowel; у (a vowel or a glide)
    // counts only when nothing else decides.
    bool front = false;
    bool decided = false;
    for (qsizetype i = w.size() - 1; i >= 0 && !decided; --i) {
        if (isFrontVowel(w.at(i))) {
            front = true;
            decided = true;
        } else if (isBackVowel(w.at(i))) {
            decided = true;
        }
    }
    // The locative takes т after a voiceless consonant, д after vowels, voiced
    // consonants and sonorants (м, н, ң, л, р, й, у): шілдеде, қыркүйекте, қазанда.
    const bool voiceless = isVoicelessConsonant(w.back());
    QString suffix = voiceless ? QStringLiteral("т") : QStringLiteral("д");
    suffix += front ? QStringLiteral("егі") : QStringLiteral("ағы");
    return w + suffix;
}

QString legalDate(const QDate& date, Language lang, DateForm form)
{
    if (!date.isValid())
        return {};
    QString month = monthNames(lang)[static_cast<size_t>(date.month() - 1)];
    if (month.isEmpty()) {
        // No ICU data for the language: a numeric date is still unambiguous.
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    }
    const QString day = QString::number(date.day());
    const QString year = QString::number(date.year());
    switch (lang) {
    case Language::Ru:
        return day + u' ' + month + u' ' + year + u" года";
    case Language::Kk:
        if (form == DateForm::OfTheDate)
            month = kazakhLocativeAttributive(month);
        return year + u" жылғы " + day + u' ' + month;
    case Language::En:
        break;
    }
    return day + u' ' + month + u' ' + year;
}

QString actNumberText(const QString& number, Language lang)
{
    QString n = number.trimmed();
    // Accept numbers that already carry their sign.
    for (const QString& sign : { QStringLiteral("№"), QStringLiteral("No."), QStringLiteral("N") }) {
        if (n.startsWith(sign) && n.size() > sign.size()
            && (n.at(sign.size()).isSpace() || n.at(sign.size()).isDigit())) {
            n = n.mid(sign.size()).trimmed();
            break;
        }
    }
    if (n.isEmpty())
        return {};
    return (lang == Language::En ? u"No. " : u"№ ") + n;
}

} // namespace zanlink
