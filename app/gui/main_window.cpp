#include "main_window.h"

#include "act_tree.h"
#include "cases/case_file_lock.h"
#include "cases/case_page.h"
#include "cases/cases_citing_panel.h"
#include "cases/cases_view.h"
#include "cited_by_panel.h"
#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "import_dialogs.h"
#include "importer/adilet_codex.h"
#include "importer/adilet_fetcher.h"
#include "importer/importer.h"
#include "linked_text.h"
#include "provision_html.h"
#include "quick_open_dialog.h"
#include "reader_view.h"
#include "search_panel.h"
#include "session/reader_page.h"
#include "session/reader_tabs.h"
#include "session/theme.h"
#include "shortcuts_dialog.h"
#include "startup_recovery.h"
#include "store/citation_lookup.h"
#include "store/link_queries.h"
#include "text_citations_dialog.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "welcome/welcome_actions.h"
#include "workshop/workshop_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zanlink {

namespace {

std::optional<Language> modeLanguage(ViewMode m)
{
    switch (m) {
    case ViewMode::Kk:
        return Language::Kk;
    case ViewMode::Ru:
        return Language::Ru;
    case ViewMode::En:
        return Language::En;
    case ViewMode::SideBySide:
        break;
    }
    return std::nullopt;
}

} // namespace

MainWindow::MainWindow(const QString& libraryPath, const QString& casesPath, QWidget* parent)
    : QMainWindow(parent), m_fetcher(new AdiletFetcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(this);
    m_tree = new ActTree(m_splitter);
    // The reader: its tabs (shown once there are two) over the one view.
    auto* reader = new QWidget(m_splitter);
    m_tabs = new ReaderTabs(reader);
    m_view = new ReaderView(reader);
    auto* readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_tabs);
    readerLayout->addWidget(m_view, 1);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(reader);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 320, 960 });
    // The case file opens beside the library (or where --cases says); the
    // law library works without it.
    // A protected case file is opened once the window is built, with its passphrase.
    QString casesError;
    const QString casesFile = casesPath.isEmpty() ? CaseStore::pathBeside(libraryPath) : casesPath;
    const bool casesSealed = CaseStore::needsPassphrase(casesFile);
    const bool casesOpen = casesSealed || StartupRecovery::openCases(m_cases, casesFile, this, &casesError);
    m_casesView = new CasesView(m_cases, m_store, this);
    m_caseLock = new CaseFileLock(m_cases, *m_casesView, casesFile, this);
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("modeTabs"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(m_splitter, QString());
    m_modes->addTab(m_casesView, QString());
    setCentralWidget(m_modes);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    createDocks();
    createActions();
    retranslate();

    connect(
        m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { onTreeItemActivated(item); });
    connect(m_view, &ReaderView::citeRequested, this, &MainWindow::copyCitationOf);
    connect(m_view, &ReaderView::externalLinkActivated, this, &MainWindow::onExternalLink);
    connect(m_view, qOverload<const QUrl&>(&QTextBrowser::highlighted), this, &MainWindow::onLinkHovered);
    connect(m_tree, &ActTree::openInNewTabRequested, this,
        [this](const QString& actId, const QString& key) { openInNewTab(actId, key); });
    connect(m_view, &ReaderView::openInNewTabRequested, this, [this](const QUrl& url) {
        QString act;
        QString key;
        if (linkedPlace(url, &act, &key))
            openInNewTab(act, key);
        else
            onExternalLink(url);
    });
    connect(m_tabs, &ReaderTabs::switched, this, &MainWindow::showTab);
    connect(m_tabs, &ReaderTabs::newTabRequested, this, &MainWindow::newTab);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_rendering)
            m_tabs->current().scroll = value;
    });
    connect(m_search, &SearchPanel::openRequested, this, &MainWindow::openLocation);
    connect(m_citedBy, &CitedByPanel::openRequested, this, &MainWindow::openLocation);
    connect(m_casesCiting, &CasesCitingPanel::openCase, this, &MainWindow::openCase);
    connect(m_casesView, &CasesView::openProvision, this, [this](const QString& act, const QString& key) {
        showLaw();
        openLocation(act, key);
    });
    connect(m_modes, &QTabWidget::currentChanged, this, [this] {
        m_casesView->page()->saveNow();
        // The reader's panels and tools make room for the case page, and come back.
        const bool cases = isCasesMode();
        if (cases)
            m_lawState = saveState();
        // The reader's tab and print commands leave their keys to the case page.
        for (QAction* a : { m_tabs->closeTabAction(), m_tabs->nextTabAction(), m_tabs->previousTabAction(),
                 m_printAction, m_printPreviewAction })
            a->setVisible(!cases);
        for (QDockWidget* d : { m_citedByDock, m_searchDock, m_casesCitingDock }) {
            if (cases) {
                // (before the window is shown, as when a session is restored: not hidden)
                d->setProperty("shownInLaw", isVisible() ? d->isVisible() : !d->isHidden());
                d->hide();
            } else if (d->property("shownInLaw").toBool()) {
                d->show();
            }
        }
        m_citedByDock->raise();
        findChild<QToolBar*>(QStringLiteral("mainToolBar"))->setVisible(!cases);
        if (cases && m_caseLock->isLocked())
            m_caseLock->unlock();
        if (cases)
            m_casesView->refresh();
    });
    connect(m_caseLock, &CaseFileLock::locked, this, &MainWindow::showLaw);
    connect(m_caseLock, &CaseFileLock::stateChanged, this, [this] {
        m_newCaseAction->setEnabled(m_cases.isOpen());
        m_newDraftAction->setEnabled(m_cases.isOpen());
        m_casesCiting->showFor(location().actId, location().key);
    });
    if (!casesOpen)
        UserPrompts::error(this, tr("The case file cannot be opened"),
            casesError + u"\n\n" + tr("The law library works; cases are not available."));
    if (casesSealed)
        m_caseLock->unlock();
    connect(m_fetcher, &AdiletFetcher::finished, this, &MainWindow::onDownloaded);
    connect(m_fetcher, &AdiletFetcher::failed, this,
        [this](FetchFailure, const QString& message) { onDownloadFailed(message); });

    QString error;
    m_libraryOpen = StartupRecovery::openLibrary(m_store, libraryPath, this, &error);
    if (!m_libraryOpen) {
        m_view->setHtml(QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped()));
        UserPrompts::error(this, tr("The library cannot be opened"), error);
    } else {
        m_view->setHtml(ProvisionHtml::welcome());
    }

    // The case file is backed up every half hour while the app runs.
    auto* backupTimer = new QTimer(this);
    backupTimer->setInterval(30 * 60 * 1000);
    connect(backupTimer, &QTimer::timeout, this, [this] { StartupRecovery::backUp(m_store, m_cases, 30 * 60); });
    backupTimer->start();

    QSettings settings;
    const int mode = settings.value(QStringLiteral("reader/mode"), static_cast<int>(ViewMode::Ru)).toInt();
    setViewMode(static_cast<ViewMode>(qBound(0, mode, 3)));
    if (m_libraryOpen)
        refreshTree();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseAndImport);

    m_downloadAction = new QAction(this);
    m_downloadAction->setObjectName(QStringLiteral("downloadAction"));
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_downloadAction, &QAction::triggered, this, &MainWindow::chooseAndDownload);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(this);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_copyCitationAction = new QAction(this);
    m_copyCitationAction->setObjectName(QStringLiteral("copyCitationAction"));
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCitationAction, &QAction::triggered, this, &MainWindow::copyCitation);

    m_lawAction = new QAction(this);
    m_lawAction->setObjectName(QStringLiteral("lawAction"));
    m_lawAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(m_lawAction, &QAction::triggered, this, &MainWindow::showLaw);
    m_casesAction = new QAction(this);
    m_casesAction->setObjectName(QStringLiteral("casesAction"));
    m_casesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(m_casesAction, &QAction::triggered, this, &MainWindow::showCases);
    m_newCaseAction = new QAction(this);
    m_newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_newCaseAction->setEnabled(m_cases.isOpen());
    connect(m_newCaseAction, &QAction::triggered, this, [this] {
        showCases();
        m_casesView->newCase();
    });
    m_newDraftAction = new QAction(this);
    m_newDraftAction->setObjectName(QStringLiteral("newDraftAction"));
    m_newDraftAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_newDraftAction->setEnabled(m_cases.isOpen());
    connect(m_newDraftAction, &QAction::triggered, this, [this] {
        showCases();
        if (m_casesView->page()->caseId() == 0) {
            UserPrompts::info(this, tr("New draft"), tr("Choose a case first: a draft is written from a case."));
            return;
        }
        m_casesView->page()->newDraft();
    });
    m_undoAction = m_casesView->page()->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_casesView->page()->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_quickOpenAction = new QAction(this);
    m_quickOpenAction->setObjectName(QStringLiteral("quickOpenAction"));
    m_quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_quickOpenAction, &QAction::triggered, this, &MainWindow::quickOpen);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_textCitationsAction = new QAction(this);
    m_textCitationsAction->setObjectName(QStringLiteral("textCitationsAction"));
    m_textCitationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_textCitationsAction, &QAction::triggered, this, &MainWindow::findCitationsInText);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        UserPrompts::runDialog(&dialog);
    });

    m_modeGroup = new QActionGroup(this);
    const char* const modeNames[] = { "modeKk", "modeRu", "modeEn", "modeSideBySide" };
    for (int i = 0; i < 4; ++i) {
        QAction* a = m_modeGroup->addAction(QString());
        a->setObjectName(QString::fromLatin1(modeNames[i]));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { setViewMode(static_cast<ViewMode>(i)); });
        m_modeActions[i] = a;
    }

    m_uiLanguageGroup = new QActionGroup(this);
    for (int i = 0; i < 3; ++i) {
        const Language l = kAllLanguages.at(i);
        QAction* a = m_uiLanguageGroup->addAction(languageNativeName(l));
        a->setObjectName(u"uiLanguage_" + languageCode(l));
        a->setCheckable(true);
        a->setChecked(UiLanguage::current() == l);
        connect(a, &QAction::triggered, this, [this, l] { setUiLanguage(l); });
        m_uiLanguageActions[i] = a;
    }

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_downloadAction);
    m_fileMenu->addSeparator();
    createSessionActions(); // tabs, printing, themes
    m_fileMenu->addAction(m_newCaseAction);
    m_fileMenu->addAction(m_newDraftAction);
    m_fileMenu->addSeparator();
    m_caseLock->addMenuEntries(m_fileMenu);
    m_fileMenu->addSeparator();
    auto* workshop = new WorkshopActions(this);
    connect(workshop, &WorkshopActions::libraryChanged, this, &MainWindow::refreshTree);
    workshop->addFileEntries(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_lawAction);
    m_viewMenu->addAction(m_casesAction);
    m_viewMenu->addSeparator();
    for (QAction* a : m_modeActions)
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    m_viewMenu->addAction(m_citedByDock->toggleViewAction());
    m_viewMenu->addAction(m_casesCitingDock->toggleViewAction());
    m_viewMenu->addSeparator();
    workshop->addViewEntries(m_viewMenu);
    m_viewMenu->addSeparator();
    m_uiLanguageMenu = m_viewMenu->addMenu(QString());
    for (QAction* a : m_uiLanguageActions)
        m_uiLanguageMenu->addAction(a);
    m_theme->addTo(m_viewMenu);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_quickOpenAction);
    m_goMenu->addAction(m_findAction);
    m_goMenu->addAction(m_textCitationsAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_tabs->nextTabAction());
    m_goMenu->addAction(m_tabs->previousTabAction());
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_copyCitationAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_welcome = new WelcomeActions(this);
    m_welcome->addHelpEntries(m_helpMenu);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    QToolBar* bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addSeparator();
    for (QAction* a : m_modeActions)
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_copyCitationAction);
    bar->addSeparator();
    m_editionLabel = new QLabel(bar);
    m_editionActions[0] = bar->addWidget(m_editionLabel);
    m_editionCombo = new QComboBox(bar);
    m_editionCombo->setObjectName(QStringLiteral("editionCombo"));
    m_editionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editionActions[1] = bar->addWidget(m_editionCombo);
    connect(m_editionCombo, &QComboBox::activated, this, [this](int index) {
        pinnedEdition() = index <= 0 ? 0 : m_editionCombo->itemData(index).toLongLong();
        showCurrent();
    });
}

void MainWindow::fillEditionCombo()
{
    // Older editions are kept; in one language the user can read any of them.
    const QSignalBlocker block(m_editionCombo);
    m_editionCombo->clear();
    const Location here = location();
    const std::optional<Language> lang = modeLanguage(viewMode());
    QList<EditionInfo> list;
    if (!here.actId.isEmpty() && lang) {
        for (const EditionInfo& e : m_store.editions(here.actId)) {
            if (e.language == *lang)
                list << e;
        }
    }
    m_editionCombo->setEnabled(list.size() > 1);
    for (QAction* a : m_editionActions)
        a->setVisible(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const EditionInfo& e = list.at(i);
        const QString date
            = e.editionDate.isValid() ? e.editionDate.toString(QStringLiteral("dd.MM.yyyy")) : tr("date unknown");
        m_editionCombo->addItem(i == 0 ? tr("%1 (newest)").arg(date) : date, i == 0 ? 0 : e.id);
        if (e.id == pinnedEdition())
            m_editionCombo->setCurrentIndex(static_cast<int>(i));
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ZanLink — law library"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_uiLanguageMenu->setTitle(tr("Interface &language"));
    m_importAction->setText(tr("&Import file…"));
    m_importAction->setStatusTip(
        tr("Import a saved Adilet page, an Adilet DOCX, copied text or the AdiletCodex dataset"));
    m_downloadAction->setText(tr("&Download from Adilet…"));
    m_quitAction->setText(tr("&Quit"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_copyCitationAction->setText(tr("&Copy citation"));
    m_aboutAction->setText(tr("&About ZanLink"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_quickOpenAction->setText(tr("Go to &provision…"));
    m_quickOpenAction->setStatusTip(tr("Type an act and numbers, e.g. связь 41-1 1-2, and jump there"));
    m_findAction->setText(tr("&Search the law"));
    m_textCitationsAction->setText(tr("Find citations in a &text…"));
    m_textCitationsAction->setStatusTip(
        tr("Paste a news item or a decision and list the acts and provisions it mentions"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_casesCitingDock->setWindowTitle(tr("Cases"));
    m_editMenu->setTitle(tr("&Edit"));
    m_lawAction->setText(tr("&Law library"));
    m_casesAction->setText(tr("&Cases"));
    m_newCaseAction->setText(tr("&New case"));
    m_newDraftAction->setText(tr("New &draft from the case…"));
    m_modes->setTabText(0, tr("Law library"));
    m_modes->setTabText(1, tr("Cases"));
    m_casesView->retranslate();
    m_caseLock->retranslate();
    m_casesCiting->retranslate();
    m_citedByDock->setWindowTitle(tr("Where cited"));
    m_search->retranslate();
    m_citedBy->retranslate();
    m_editionLabel->setText(tr("Edition:"));
    m_editionCombo->setToolTip(tr("Which edition to read; older editions are kept when a newer one is imported"));
    m_modeActions[0]->setText(tr("Kazakh"));
    m_modeActions[1]->setText(tr("Russian"));
    m_modeActions[2]->setText(tr("English"));
    m_modeActions[3]->setText(tr("kk | ru | en"));
    m_modeActions[3]->setToolTip(tr("The three languages side by side"));
    retranslateSession();
    if (m_libraryOpen) {
        showTab();
        updateStatus();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The reader's colours follow the palette (light or dark theme).
    if (event->type() == QEvent::PaletteChange && m_libraryOpen)
        showTab();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_fetcher->isBusy())
        m_fetcher->cancel();
    m_casesView->page()->saveNow(); // nothing typed is lost on closing
    StartupRecovery::backUp(m_store, m_cases, 0);
    saveSession();
    event->accept();
}

QList<Language> MainWindow::shownLanguages() const
{
    return viewModeLanguages(viewMode());
}

void MainWindow::setViewMode(ViewMode mode)
{
    m_tabs->current().mode = mode;
    m_modeActions[static_cast<int>(mode)]->setChecked(true);
    QSettings().setValue(QStringLiteral("reader/mode"), static_cast<int>(mode));
    if (!m_libraryOpen)
        return;
    refreshTree();
    showCurrent();
    updateStatus();
}

void MainWindow::setUiLanguage(Language lang)
{
    UiLanguage::apply(lang); // sends LanguageChange to every widget
    m_uiLanguageActions[kAllLanguages.indexOf(lang)]->setChecked(true);
}

void MainWindow::refreshTree()
{
    m_treeLanguage = modeLanguage(viewMode()).value_or(UiLanguage::current());
    m_tree->reload(m_store, *m_treeLanguage);
    m_search->refreshActs();
    const Location here = location();
    if (!here.actId.isEmpty())
        m_tree->select(here.actId, here.key);
}

void MainWindow::onTreeItemActivated(QTreeWidgetItem* item)
{
    if (!item)
        return;
    openLocation(item->data(0, ActTree::ActIdRole).toString(), item->data(0, ActTree::KeyRole).toString());
}

void MainWindow::openLocation(const QString& actId, const QString& key)
{
    if (actId != location().actId)
        pinnedEdition() = 0;
    history().visit(Location { actId, key });
    m_tree->select(actId, key);
    showCurrent();
    updateStatus();
}

void MainWindow::goBack()
{
    const Location l = history().back();
    m_tree->select(l.actId, l.key);
    showCurrent();
    updateStatus();
}

void MainWindow::goForward()
{
    const Location l = history().forward();
    m_tree->select(l.actId, l.key);
    showCurrent();
    updateStatus();
}

void MainWindow::showCurrent()
{
    const Location here = location();
    m_backAction->setEnabled(history().canGoBack());
    m_forwardAction->setEnabled(history().canGoForward());
    m_citedBy->showFor(here.actId, here.key);
    m_casesCiting->showFor(here.actId, here.key);
    const QScopedValueRollback rendering(m_rendering, true);
    m_view->forgetScroll(); // another page, or the same one again from its top
    bool any = false;
    const QList<LanguageColumn> columns = here.actId.isEmpty()
        ? QList<LanguageColumn>()
        : readerColumns(m_store, here, viewMode(), pinnedEdition(), &any);
    if (!any)
        m_view->setHtml(here.actId.isEmpty() ? ProvisionHtml::welcome() : ProvisionHtml::notImported(here.actId));
    else
        m_view->setHtml(ProvisionHtml::page(here.actId, columns));
    m_tabs->current().scroll = 0;
    updateTabTitles();
    for (QAction* a : { m_copyCitationAction, m_printAction, m_printPreviewAction })
        a->setEnabled(any);
    if (!any)
        return;
    const qint64 pinned = pinnedEdition();
    if (pinned && columns.size() == 1 && columns.first().edition && columns.first().edition->id == pinned)
        m_view->append(ProvisionHtml::warning(tr("This is an older edition; a newer one is in the library.")));
    fillEditionCombo();
}

void MainWindow::updateStatus()
{
    const Location here = location();
    if (!m_libraryOpen) {
        m_statusLabel->setText(tr("No library open"));
        return;
    }
    if (here.actId.isEmpty()) {
        m_statusLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(m_store.path())));
        return;
    }
    QStringList parts { here.actId };
    if (!here.key.isEmpty())
        parts << here.key;
    for (Language l : shownLanguages()) {
        const std::optional<EditionInfo> e = m_store.latestEdition(here.actId, l);
        if (!e)
            parts << tr("%1: not imported").arg(languageCode(l));
        else if (e->editionDate.isValid())
            parts
                << tr("%1: edition of %2").arg(languageCode(l), e->editionDate.toString(QStringLiteral("dd.MM.yyyy")));
        else
            parts << tr("%1: edition date unknown").arg(languageCode(l));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::copyCitationOf(const QString& key, Language lang)
{
    const Location here = location();
    const std::optional<EditionInfo> e = m_store.latestEdition(here.actId, lang);
    if (!e)
        return;
    const QString text = fullCitation(citationTarget(m_store, *e, key));
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Citation copied: %1").arg(text), 5000);
}

void MainWindow::copyCitation()
{
    const Location here = location();
    if (here.actId.isEmpty())
        return;
    QStringList lines;
    for (Language l : shownLanguages()) {
        const std::optional<EditionInfo> e = m_store.latestEdition(here.actId, l);
        if (e)
            lines << fullCitation(citationTarget(m_store, *e, here.key));
    }
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    statusBar()->showMessage(tr("Citation copied"), 5000);
}

bool MainWindow::importFile(const QString& path, std::optional<Language> lang, const QString& actId)
{
    ImportRequest req;
    req.path = path;
    req.language = lang;
    req.actId = actId;
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    req.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    ImportError error;
    const std::optional<ImportOutcome> outcome = readSource(req, &error);
    progress.reset();
    if (!outcome) {
        UserPrompts::error(this, tr("Import failed"), tr("%1\n\nThe library is unchanged.").arg(error.toString()));
        return false;
    }
    QString storeError;
    const std::optional<QList<StoreReport>> reports = m_store.addEditions(outcome->editions, &storeError);
    if (!reports) {
        UserPrompts::error(this, tr("Import failed"), tr("%1\n\nThe library is unchanged.").arg(storeError));
        return false;
    }
    refreshTree();
    QStringList summary;
    for (qsizetype i = 0; i < reports->size(); ++i) {
        const ActEdition& e = outcome->editions.at(i);
        const StoreReport& r = reports->at(i);
        summary << (r.alreadyPresent
                ? tr("%1 (%2): already in the library").arg(e.actId, languageCode(e.language))
                : tr("%1 (%2): %3 provisions").arg(e.actId, languageCode(e.language)).arg(r.provisions));
    }
    statusBar()->showMessage(tr("Imported: %1").arg(summary.join(QStringLiteral("; "))), 10000);
    if (!outcome->editions.isEmpty())
        openLocation(outcome->editions.first().actId, QString());
    return true;
}

void MainWindow::chooseAndImport()
{
    const QString path = UserPrompts::openFileName(
        this, tr("Import an act"), tr("Adilet pages and documents (*.html *.htm *.docx *.txt *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    const FileSniff sniff = sniffFile(path);
    if (sniff.isDataset) {
        importFile(path, std::nullopt, QString());
        return;
    }
    ImportOptionsDialog dialog(path, sniff, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importFile(path, dialog.language(), dialog.actId());
}

void MainWindow::chooseAndDownload()
{
    DownloadDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startDownload(dialog.actId(), dialog.language());
}

void MainWindow::startDownload(const QString& actId, Language lang)
{
    m_downloadAct = actId;
    m_downloadLang = lang;
    delete m_progress;
    m_progress = new QProgressDialog(
        tr("Downloading %1 (%2) from Adilet…").arg(actId, languageCode(lang)), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_fetcher, &AdiletFetcher::cancel);
    connect(m_fetcher, &AdiletFetcher::progress, m_progress, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setMaximum(1000);
            m_progress->setValue(static_cast<int>(received * 1000 / total));
        }
    });
    m_progress->show();
    m_fetcher->fetch(actId, lang);
}

void MainWindow::onDownloaded(const QByteArray& page, const QUrl& url)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    ImportRequest req;
    req.path = url.toString();
    req.language = m_downloadLang;
    req.actId = m_downloadAct;
    req.kind = SourceKind::AdiletHtml;
    ImportError error;
    const std::optional<ImportOutcome> outcome = readBytes(page, req, &error);
    QString storeError;
    if (!outcome || !m_store.addEditions(outcome->editions, &storeError)) {
        UserPrompts::error(this, tr("Download failed"),
            tr("%1\n\nThe library is unchanged.").arg(outcome ? storeError : error.toString()));
        return;
    }
    refreshTree();
    openLocation(m_downloadAct, QString());
    statusBar()->showMessage(
        tr("Downloaded and imported %1 (%2)").arg(m_downloadAct, languageCode(m_downloadLang)), 10000);
}

void MainWindow::onDownloadFailed(const QString& message)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    UserPrompts::error(this, tr("Download failed"), message);
}

void MainWindow::showAbout()
{
    UserPrompts::info(this, tr("About ZanLink"),
        tr("ZanLink %1\n\nThe law library of Kazakh media law — online platforms, communications, protection of "
           "children — offline, in Kazakh, Russian and English.\n\nTexts come from the official source, "
           "adilet.zan.kz. Texts imported from the AdiletCodex dataset: %2.\n\nNothing leaves this computer "
           "unless you ask for a download.")
            .arg(QStringLiteral(ZANLINK_VERSION), QString::fromUtf16(kAdiletCodexAttribution)));
}

} // namespace zanlink
