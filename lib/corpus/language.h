#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace zanlink {

// The three languages of the law library. Kazakh and Russian texts are official;
// English texts on Adilet are unofficial translations.
enum class Language { Kk, Ru, En };

inline const QList<Language> kAllLanguages{Language::Kk, Language::Ru, Language::En};

// "kk", "ru", "en"
QString languageCode(Language lang);
// Adilet's path segment: "kaz", "rus", "eng"
QString adiletPathSegment(Language lang);
// Accepts "kk", "kz", "kaz", "ru", "rus", "en", "eng" in any case.
std::optional<Language> languageFromCode(const QString& code);
// The language's own name: "Қазақша", "Русский", "English".
QString languageNativeName(Language lang);
bool isOfficialLanguage(Language lang);

} // namespace zanlink
