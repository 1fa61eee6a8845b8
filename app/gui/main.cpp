#include "main_window.h"
#include "store/default_paths.h"
#include "ui_language.h"
#include "welcome/welcome_actions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ZanLink"));
    QApplication::setApplicationName(QStringLiteral("ZanLink"));
    QApplication::setApplicationVersion(QStringLiteral(ZANLINK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("ZanLink"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ZanLink: the law library of Kazakh media law in kk, ru and en."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("The library file (default: %1).").arg(zanlink::defaultLibraryPath()), QStringLiteral("PATH"));
    parser.addOption(db);
    const QCommandLineOption cases(QStringLiteral("cases"),
        QStringLiteral("The case file (default: cases.sqlite beside the library)."), QStringLiteral("PATH"));
    parser.addOption(cases);
    const QCommandLineOption show(QStringLiteral("show"),
        QStringLiteral("Open a provision: ACT or ACT:KEY, e.g. Z040000567_:41-1/1-2."), QStringLiteral("ACT[:KEY]"));
    parser.addOption(show);
    const QCommandLineOption view(
        QStringLiteral("view"), QStringLiteral("Reader language: kk, ru, en or all."), QStringLiteral("MODE"));
    parser.addOption(view);
    QCommandLineOption smoke(
        QStringLiteral("quit-after-show"), QStringLiteral("Show the window, say \"shown\", then quit (a start-up check)."));
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smoke);
    parser.process(app);

    zanlink::UiLanguage::apply(zanlink::UiLanguage::initial());
    zanlink::MainWindow window(
        parser.isSet(db) ? parser.value(db) : zanlink::defaultLibraryPath(), parser.value(cases));
    if (!window.restoreSession())
        window.resize(1280, 800);
    if (parser.isSet(view)) {
        const QString v = parser.value(view);
        if (v == u"all")
            window.setViewMode(zanlink::ViewMode::SideBySide);
        else if (const auto l = zanlink::languageFromCode(v))
            window.setViewMode(static_cast<zanlink::ViewMode>(zanlink::kAllLanguages.indexOf(*l)));
    }
    if (parser.isSet(show)) {
        // --show wins over the session: the provision asked for is shown, in a
        // tab of its own when the session brought tabs back.
        const QString target = parser.value(show);
        window.showLaw();
        if (window.location().actId.isEmpty())
            window.openLocation(target.section(u':', 0, 0), target.section(u':', 1));
        else
            window.openInNewTab(target.section(u':', 0, 0), target.section(u':', 1), true);
    }
    window.show();
    if (parser.isSet(smoke)) {
        // "shown" once the window is up (bench/run.sh times the start-up by it).
        QTimer::singleShot(0, &app, [&window] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QApplication::exit(window.isLibraryOpen() ? 0 : 1);
        });
    } else if (!parser.isSet(show)) {
        QTimer::singleShot(0, window.welcome(), &zanlink::WelcomeActions::offerAtFirstRun);
    }
    return QApplication::exec();
}
