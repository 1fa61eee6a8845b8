#include "ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

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

namespace {

// Qt's own strings (standard buttons, context menus, file dialogs, key
// names). Qt ships no Kazakh catalogue, so ZanLink carries qtbase_kk in its
// resources; Russian comes from Qt's translations, or from the folder a
// deployment tool puts beside the program. English needs none.
bool loadQtTranslation(QTranslator& translator, Language lang)
{
    switch (lang) {
    case Language::Kk:
        return translator.load(QStringLiteral(":/i18n/qtbase_kk.qm"));
    case Language::Ru:
        return translator.load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || translator.load(QStringLiteral("qt_ru"), QCoreApplication::applicationDirPath() + u"/translations");
    case Language::En:
        break;
    }
    return false;
}

} // namespace

void UiLanguage::apply(Language lang)
{
    // Remove the previous language's catalogues first, so a switch at run time
    // never leaves a Qt string in the language before.
    for (QTranslator** t : { &s_app, &s_qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString code = languageCode(lang);
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/zanlink_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        s_app = app.release();
    }
    auto qt = std::make_unique<QTranslator>();
    if (loadQtTranslation(*qt, lang)) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = qt.release();
    }
    s_current = lang;
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

} // namespace zanlink
