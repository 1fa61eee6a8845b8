#pragma once

#include <QObject>

class QMenu;

namespace zanlink {

class MainWindow;

// The first-run welcome: the interface language first, then the three laws
// downloaded from Adilet in kk, ru and en, saved pages imported, or a
// workshop pack opened. Offered once at the first start with an empty
// library, and from Help ▸ Welcome… at any time.
class WelcomeActions : public QObject {
    Q_OBJECT
public:
    explicit WelcomeActions(MainWindow* window);

    void addHelpEntries(QMenu* menu);

public Q_SLOTS:
    // Shows the welcome when this is the first start with an empty library.
    void offerAtFirstRun();
    void showWelcome();

private:
    MainWindow* m_window;
};

} // namespace zanlink
