#include "welcome_actions.h"

#include "importer/adilet_fetcher.h"
#include "main_window.h"
#include "ui_language.h"
#include "welcome/welcome_dialog.h"
#include "welcome/welcome_download_page.h"
#include "workshop/workshop_actions.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace zanlink {

namespace {

const QString kShownKey = QStringLiteral("welcome/shown");
const QString kFinishedKey = QStringLiteral("welcome/finished");

// Stores downloaded editions in the main window's library.
EditionSink librarySink(MainWindow* window)
{
    return [window](const QList<ActEdition>& editions) {
        StoreOutcome out;
        const std::optional<QList<StoreReport>> reports = window->store().addEditions(editions, &out.error);
        if (!reports)
            return out;
        out.ok = true;
        out.alreadyPresent = !reports->isEmpty();
        for (const StoreReport& r : *reports) {
            out.alreadyPresent = out.alreadyPresent && r.alreadyPresent;
            out.provisions += r.provisions;
        }
        return out;
    };
}

} // namespace

WelcomeActions::WelcomeActions(MainWindow* window) : QObject(window), m_window(window), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("welcomeAction"));
    connect(m_action, &QAction::triggered, this, &WelcomeActions::showWelcome);
    window->installEventFilter(this);
    retranslate();
}

WelcomeDialog* WelcomeActions::dialog() const
{
    return m_dialog.data();
}

void WelcomeActions::addHelpEntries(QMenu* menu)
{
    menu->addAction(m_action);
    menu->addSeparator();
}

void WelcomeActions::retranslate()
{
    m_action->setText(tr("&Welcome…"));
    m_action->setStatusTip(tr("Choose the interface language and add the laws to the library."));
}

bool WelcomeActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void WelcomeActions::offerAtFirstRun()
{
    if (QSettings().value(kShownKey, false).toBool())
        return;
    if (!m_window->isLibraryOpen() || !m_window->store().actIds().isEmpty())
        return;
    showWelcome();
}

void WelcomeActions::showWelcome()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QSettings().setValue(kShownKey, true);
    auto* dialog = new WelcomeDialog(librarySink(m_window), m_window->fetcher().baseUrl(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    connect(dialog, &WelcomeDialog::languageChosen, this, &WelcomeActions::applyLanguage);
    connect(dialog, &WelcomeDialog::documentImported, this, &WelcomeActions::refreshLibrary);
    connect(dialog, &WelcomeDialog::downloadsFinished, this, &WelcomeActions::openFirstDownloaded);
    connect(dialog, &WelcomeDialog::importPagesRequested, this, [this] {
        // The existing File ▸ Import path, once the welcome has gone.
        QTimer::singleShot(0, m_window, [w = m_window] {
            if (auto* import = w->findChild<QAction*>(QStringLiteral("importAction")))
                import->trigger();
        });
    });
    connect(dialog, &WelcomeDialog::openPackRequested, this, [this] {
        QTimer::singleShot(0, m_window, [w = m_window] {
            if (auto* workshop = w->findChild<WorkshopActions*>())
                workshop->importPack();
        });
    });
    connect(dialog, &QDialog::finished, this, [] { QSettings().setValue(kFinishedKey, true); });
    dialog->open();
}

void WelcomeActions::applyLanguage(Language l)
{
    // Through the main window's own menu entry, so its tick follows.
    if (auto* action = m_window->findChild<QAction*>(u"uiLanguage_" + languageCode(l)))
        action->trigger();
    else
        UiLanguage::apply(l);
}

void WelcomeActions::refreshLibrary()
{
    // Setting the reader's mode again reloads the act tree and the status line.
    m_window->setViewMode(m_window->viewMode());
}

void WelcomeActions::openFirstDownloaded()
{
    if (!m_dialog || !m_window->location().actId.isEmpty())
        return;
    for (const DownloadResult& r : m_dialog->downloadPage()->documents()) {
        if (r.state == DownloadState::Imported || r.state == DownloadState::AlreadyPresent) {
            m_window->openLocation(r.item.actId, QString());
            return;
        }
    }
}

} // namespace zanlink
