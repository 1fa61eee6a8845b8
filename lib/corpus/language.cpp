#include "corpus/language.h"

namespace zanlink {

QString languageCode(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("kk");
    case Language::Ru:
        return QStringLiteral("ru");
    case Language::En:
        return QStringLiteral("en");
    }
    return {};
}

QString adiletPathSegment(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("kaz");
    case Language::Ru:
        return QStringLiteral("rus");
    case Language::En:
        return QStringLiteral("eng");
    }
    return {};
}

std::optional<Language> languageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"kk" || c == u"kz" || c == u"kaz")
        return Language::Kk;
    if (c == u"ru" || c == u"rus")
        return Language::Ru;
    if (c == u"en" || c == u"eng")
        return Language::En;
    return std::nullopt;
}

QString languageNativeName(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("Қазақша");
    case Language::Ru:
        return QStringLiteral("Русский");
    case Language::En:
        return QStringLiteral("English");
    }
    return {};
}

bool isOfficialLanguage(Language lang)
{
    return lang != Language::En;
}

} // namespace zanlink
