#pragma once

#include "corpus/language.h"

#include <QDate>
#include <QString>

namespace zanlink {

// How a date is written in a legal document.
enum class DateForm {
    Plain, // ru "10 июля 2023 года", kk "2023 жылғы 10 шілде", en "10 July 2023"
    OfTheDate, // kk "2023 жылғы 10 шілдедегі" (before a document number); ru and en as Plain
};

// The legal form of a date. Month names come from Boost.Locale/ICU (ru in the
// genitive); the legal additions ("года", "жылғы", the Kazakh locative
// "-дегі/-дағы/-тегі/-тағы") are built on top. Independent of the process
// locale and of LANG. An invalid date gives an empty string.
QString legalDate(const QDate& date, Language lang, DateForm form = DateForm::Plain);

// The document number with its sign: ru/kk "№ 18-VIII", en "No. 18-VIII".
// Empty when the number is empty.
QString actNumberText(const QString& number, Language lang);

// Kazakh "of the date" suffix for a word, by vowel harmony and final sound:
// "шілде" -> "шілдедегі", "қыркүйек" -> "қыркүйектегі", "қаңтар" -> "қаңтардағы".
QString kazakhLocativeAttributive(const QString& word);

} // namespace zanlink
