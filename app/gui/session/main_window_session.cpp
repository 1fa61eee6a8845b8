// The main window's reader tabs, its session kept between runs, printing
// and the theme menu.
#include "act_tree.h"
#include "cases/case_page.h"
#include "cases/cases_view.h"
#include "main_window.h"
#include "reader_view.h"
#include "session/print_support.h"
#include "session/reader_page.h"
#include "session/reader_tabs.h"
#include "session/session_state.h"
#include "session/theme.h"
#include "ui_language.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace zanlink {

ViewMode MainWindow::viewMode() const
{
    return m_tabs->current().mode;
}

Location MainWindow::location() const
{
    return history().current();
}

NavigationHistory& MainWindow::history()
{
    return m_tabs->current().history;
}

const NavigationHistory& MainWindow::history() const
{
    return m_tabs->current().history;
}

qint64& MainWindow::pinnedEdition()
{
    return m_tabs->current().pinnedEdition;
}

void MainWindow::createSessionActions()
{
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);
    m_printPreviewAction = new QAction(this);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreviewAction->setEnabled(false);
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    m_fileMenu->addAction(m_tabs->newTabAction());
    m_fileMenu->addAction(m_tabs->closeTabAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_theme = new ThemeActions(this);
}

void MainWindow::retranslateSession()
{
    m_tabs->retranslate();
    m_theme->retranslate();
    m_printAction->setText(tr("&Print…"));
    m_printAction->setStatusTip(tr("Print the provision shown, under its full citation"));
    m_printPreviewAction->setText(tr("Print pre&view…"));
}

void MainWindow::updateTabTitles()
{
    if (m_libraryOpen)
        m_tabs->updateTitles(m_store, UiLanguage::current());
}

void MainWindow::showTab()
{
    const ReaderTab& tab = m_tabs->current();
    const int scroll = tab.scroll;
    m_modeActions[static_cast<int>(tab.mode)]->setChecked(true);
    if (!m_libraryOpen)
        return;
    const Location here = tab.history.current();
    const std::optional<Language> single
        = viewModeLanguages(tab.mode).size() == 1 ? std::optional(viewModeLanguages(tab.mode).first()) : std::nullopt;
    if (m_treeLanguage != single.value_or(UiLanguage::current()))
        refreshTree();
    else
        m_tree->select(here.actId, here.key);
    showCurrent();
    updateStatus();
    applyScroll(scroll);
}

void MainWindow::applyScroll(int value)
{
    if (value > 0)
        m_view->restoreScroll(value);
    m_tabs->current().scroll = value;
}

void MainWindow::newTab()
{
    const ReaderTab& here = m_tabs->current();
    ReaderTab tab;
    if (!here.history.current().actId.isEmpty())
        tab.history.visit(here.history.current());
    tab.mode = here.mode;
    tab.pinnedEdition = here.pinnedEdition;
    tab.scroll = here.scroll;
    showLaw();
    m_tabs->addAfterCurrent(tab, true);
}

void MainWindow::openInNewTab(const QString& actId, const QString& key, bool show)
{
    ReaderTab tab;
    tab.history.visit(Location { actId, key });
    tab.mode = viewMode();
    m_tabs->addAfterCurrent(tab, show);
    updateTabTitles();
}

bool MainWindow::placeExists(const QString& actId, const QString& key)
{
    for (Language l : kAllLanguages) {
        const std::optional<EditionInfo> e = m_store.latestEdition(actId, l);
        if (e && (key.isEmpty() || !m_store.subtree(e->id, key).isEmpty()))
            return true;
    }
    return false;
}

void MainWindow::saveSession()
{
    SessionState s;
    s.geometry = saveGeometry();
    // In the Cases view the reader's docks are hidden: keep them as the Law view had them.
    s.windowState = isCasesMode() && !m_lawState.isEmpty() ? m_lawState : saveState();
    s.casesMode = isCasesMode();
    s.caseId = m_cases.isOpen() ? m_casesView->page()->caseId() : 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const ReaderTab& t = m_tabs->at(i);
        s.tabs << SessionTab { t.history.current().actId, t.history.current().key, t.mode, t.scroll };
    }
    s.currentTab = m_tabs->currentIndex();
    QSettings settings;
    s.save(settings);
}

bool MainWindow::restoreSession()
{
    QSettings settings;
    SessionState s = SessionState::load(settings);
    const bool geometry = !s.geometry.isEmpty() && restoreGeometry(s.geometry);
    if (!s.windowState.isEmpty())
        restoreState(s.windowState);
    // Another (or an empty) library: its places are not those of the session.
    if (!m_libraryOpen || m_store.actIds().isEmpty())
        return geometry;
    s.dropMissing([this](const QString& actId, const QString& key) { return placeExists(actId, key); });
    if (!s.tabs.isEmpty()) {
        QList<ReaderTab> tabs;
        for (const SessionTab& t : s.tabs) {
            ReaderTab tab;
            if (!t.actId.isEmpty())
                tab.history.visit(Location { t.actId, t.key });
            tab.mode = t.mode;
            tab.scroll = t.scroll;
            tabs << tab;
        }
        m_tabs->replaceAll(tabs, s.currentTab);
    }
    if (s.casesMode && m_cases.isOpen()) {
        if (s.caseId && m_cases.caseFile(s.caseId))
            openCase(s.caseId);
        else
            showCases();
    }
    return geometry;
}

std::unique_ptr<QTextDocument> MainWindow::printDocument()
{
    const Location here = location();
    if (!m_libraryOpen || here.actId.isEmpty())
        return nullptr;
    bool any = false;
    const QList<LanguageColumn> columns = readerColumns(m_store, here, viewMode(), pinnedEdition(), &any);
    if (!any)
        return nullptr;
    return readerPrintDocument(m_store, here, columns);
}

void MainWindow::print()
{
    if (const std::unique_ptr<QTextDocument> doc = printDocument())
        printTextDocument(this, *doc, doc->metaInformation(QTextDocument::DocumentTitle),
            viewMode() == ViewMode::SideBySide ? QPageLayout::Landscape : QPageLayout::Portrait);
}

void MainWindow::printPreview()
{
    if (const std::unique_ptr<QTextDocument> doc = printDocument())
        previewTextDocument(this, *doc, doc->metaInformation(QTextDocument::DocumentTitle),
            viewMode() == ViewMode::SideBySide ? QPageLayout::Landscape : QPageLayout::Portrait);
}

} // namespace zanlink
