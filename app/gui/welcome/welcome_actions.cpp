#include "welcome_actions.h"

#include "main_window.h"

namespace zanlink {

WelcomeActions::WelcomeActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
}

void WelcomeActions::addHelpEntries(QMenu*) { }

void WelcomeActions::offerAtFirstRun() { }

void WelcomeActions::showWelcome() { }

} // namespace zanlink
