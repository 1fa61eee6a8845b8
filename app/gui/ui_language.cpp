#include "ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace zanlink {

QTranslator* UiLanguage::s_app = nullptr;
QTranslator* UiLanguage::s_qt = nullptr;
Language UiLanguage::s_current = Language::En;

Language UiLanguage::current()
{
    return s_current;
}

Language UiLanguage::initial()
{
    QSettings settings;
    if (const auto l = languageFromCode(settings.value(QStringLiteral("ui/language")).toString()))
        return *l;
    const QString sys = QLocale::system().name().left(2);
    if (sys == u"kk")
        return Language::Kk;
    if (sys == u"ru")
        return Language::Ru;
    return Language::En;
}

void UiLanguage::apply(Language lang)
{
    for (QTranslator* t : {s_app, s_qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    s_app = new QTranslator;
    s_qt = new QTranslator;
    const QString code = languageCode(lang);
    if (s_app->load(QStringLiteral(":/i18n/zanlink_%1.qm").arg(code)))
        QCoreApplication::installTranslator(s_app);
    // Qt ships no Kazakh translation of its own strings; ZanLink carries one
    // when it has it, and Russian comes from Qt.
    if (s_qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code))
        || s_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_current = lang;
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

} // namespace zanlink
