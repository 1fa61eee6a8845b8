// The main window's panels and views: the search, Where cited and Cases
// docks, the law and cases views, and the dialogs they open.
#include "cases/cases_citing_panel.h"
#include "cases/cases_view.h"
#include "cited_by_panel.h"
#include "corpus/citation.h"
#include "linked_text.h"
#include "main_window.h"
#include "quick_open_dialog.h"
#include "search_panel.h"
#include "store/citation_lookup.h"
#include "store/link_queries.h"
#include "text_citations_dialog.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QDesktopServices>
#include <QDockWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace zanlink {

void MainWindow::createDocks()
{
    m_search = new SearchPanel(m_store, this);
    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);

    m_citedBy = new CitedByPanel(m_store, this);
    m_citedByDock = new QDockWidget(this);
    m_citedByDock->setObjectName(QStringLiteral("citedByDock"));
    m_citedByDock->setWidget(m_citedBy);
    addDockWidget(Qt::RightDockWidgetArea, m_citedByDock);
    m_casesCiting = new CasesCitingPanel(m_cases, this);
    m_casesCitingDock = new QDockWidget(this);
    m_casesCitingDock->setObjectName(QStringLiteral("casesCitingDock"));
    m_casesCitingDock->setWidget(m_casesCiting);
    addDockWidget(Qt::RightDockWidgetArea, m_casesCitingDock);
    tabifyDockWidget(m_citedByDock, m_casesCitingDock);
    // Search and Where cited share the right side as tabs; the reader keeps
    // the middle. Ctrl+F brings the search tab forward.
    tabifyDockWidget(m_citedByDock, m_searchDock);
    m_citedByDock->raise();
    resizeDocks({ m_citedByDock }, { 340 }, Qt::Horizontal);
}

bool MainWindow::isCasesMode() const
{
    return m_modes->currentWidget() == m_casesView;
}

void MainWindow::showLaw()
{
    m_modes->setCurrentWidget(m_splitter);
}

void MainWindow::showCases()
{
    m_modes->setCurrentWidget(m_casesView);
}

void MainWindow::openCase(qint64 caseId)
{
    showCases();
    m_casesView->openCase(caseId);
}

void MainWindow::findCitationsInText()
{
    // Not modal: the user may keep it open beside the reader.
    auto* dialog = new TextCitationsDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TextCitationsDialog::openRequested, this, &MainWindow::openLocation);
    dialog->show();
}

void MainWindow::quickOpen()
{
    QuickOpenDialog dialog(m_store, location().actId, this);
    if (UserPrompts::runDialog(&dialog) == QDialog::Accepted)
        openLocation(dialog.actId(), dialog.key());
}

void MainWindow::focusSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->focusQuery();
}

void MainWindow::onLinkHovered(const QUrl& url)
{
    QString actId;
    QString key;
    if (!parseGoUrl(url, &actId, &key)) {
        statusBar()->clearMessage();
        return;
    }
    const QList<Language> shown = shownLanguages();
    const Language lang = shown.size() == 1 ? shown.first() : UiLanguage::current();
    const std::optional<EditionInfo> e = m_store.latestEdition(actId, lang);
    QString where = citationTitle(actId, lang, e ? e->title : QString());
    if (!key.isEmpty())
        where = compactKeyLabel(key, lang) + u' ' + where;
    const TargetState state = LinkQueries(m_store.database()).targetState(actId, key, lang);
    if (state == TargetState::ActNotImported)
        where = tr("%1 — not in the library yet").arg(where);
    else if (state == TargetState::ProvisionMissing)
        where = tr("%1 — not found in the library's text").arg(where);
    statusBar()->showMessage(where);
}

bool MainWindow::linkedPlace(const QUrl& url, QString* actId, QString* key)
{
    if (parseGoUrl(url, actId, key))
        return true;
    // Links to a provision of an imported act open inside the reader.
    static const QRegularExpression re(QStringLiteral("^/(rus|kaz|eng)/docs/([A-Z][0-9]{9,10}_?)$"));
    const QRegularExpressionMatch m = re.match(url.path());
    if (!url.host().endsWith(u"adilet.zan.kz") || !m.hasMatch())
        return false;
    const auto lang = languageFromCode(m.captured(1)).value_or(Language::Ru);
    const std::optional<EditionInfo> e = m_store.latestEdition(m.captured(2), lang);
    if (!e)
        return false;
    *actId = m.captured(2);
    key->clear();
    if (!url.fragment().isEmpty()) {
        for (const StoredProvision& p : m_store.provisions(e->id)) {
            if (p.anchor == url.fragment()) {
                *key = p.key;
                break;
            }
        }
    }
    return true;
}

void MainWindow::onExternalLink(const QUrl& url)
{
    QString actId;
    QString key;
    if (linkedPlace(url, &actId, &key)) {
        openLocation(actId, key);
        return;
    }
    // Anything else is opened by the browser, because the user asked for it.
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}

} // namespace zanlink
