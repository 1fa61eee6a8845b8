#pragma once

#include "corpus/language.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace zanlink {

class MainWindow;
class WelcomeDialog;

// The first-run welcome: the interface language first, then the three laws
// downloaded from Adilet in kk, ru and en, saved pages imported, or a
// workshop pack opened. Offered once at the first start with an empty
// library, and from Help ▸ Welcome… at any time.
//
// Settings: "welcome/shown" is set when the welcome is first shown (it is
// not offered again), "welcome/finished" when the user has closed it.
class WelcomeActions : public QObject {
    Q_OBJECT
public:
    explicit WelcomeActions(MainWindow* window);

    void addHelpEntries(QMenu* menu);
    // The welcome on screen, or null.
    WelcomeDialog* dialog() const;

public Q_SLOTS:
    // Shows the welcome when this is the first start with an empty library.
    void offerAtFirstRun();
    void showWelcome();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void applyLanguage(zanlink::Language lang);
    void refreshLibrary();
    void openFirstDownloaded();

    MainWindow* m_window;
    QAction* m_action;
    QPointer<WelcomeDialog> m_dialog;
};

} // namespace zanlink
