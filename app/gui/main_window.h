#pragma once

#include "cases/case_store.h"
#include "navigation_history.h"
#include "store/library_store.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QTextDocument;
class QTreeWidgetItem;

namespace zanlink {

class ActTree;
class AdiletFetcher;
class CaseFileLock;
class CasesCitingPanel;
class CasesView;
class CitedByPanel;
class ReaderTabs;
class ReaderView;
class SearchPanel;
class ThemeActions;
class WelcomeActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // casesPath empty: the case file beside the library.
    explicit MainWindow(const QString& libraryPath, const QString& casesPath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLibraryOpen() const { return m_libraryOpen; }
    // The mode, place and history of the reader's current tab.
    ViewMode viewMode() const;
    Location location() const;
    ReaderTabs* tabs() const { return m_tabs; }
    LibraryStore& store() { return m_store; }
    CaseStore& cases() { return m_cases; }
    bool isCasesMode() const;
    WelcomeActions* welcome() const { return m_welcome; }
    AdiletFetcher& fetcher() { return *m_fetcher; }

    // Brings back the last session: window geometry and docks, the Law or
    // Cases view and the case open, the reader's tabs with their scroll
    // positions (places no longer in the library are skipped). Returns
    // whether a saved geometry was applied. Call before show().
    bool restoreSession();
    // Keeps the session for the next start (done on closing).
    void saveSession();
    // What File ▸ Print prints: the place shown, in the languages shown, under
    // its full citation; null when nothing is shown.
    std::unique_ptr<QTextDocument> printDocument();

public Q_SLOTS:
    // Shows a provision (or the act's start for an empty key) and records it
    // in the history.
    void openLocation(const QString& actId, const QString& key);
    // Opens a place in a new tab after the current one; the current tab
    // stays shown unless `show` (as a middle click does in a browser).
    void openInNewTab(const QString& actId, const QString& key, bool show = false);
    // Ctrl+T: a new tab at the current place.
    void newTab();
    void print();
    void printPreview();
    void setViewMode(zanlink::ViewMode mode);
    void goBack();
    void goForward();
    // Copies the citation of what is shown, in the language shown (all three
    // when side by side).
    void copyCitation();
    // Imports a file; on failure tells the user what and where, and the
    // library stays as it was. Returns true on success.
    bool importFile(const QString& path, std::optional<zanlink::Language> lang, const QString& actId);
    void startDownload(const QString& actId, zanlink::Language lang);
    // Ctrl+K: asks where to go and goes there.
    void quickOpen();
    // Ctrl+F: shows the search panel with the cursor in the query.
    void focusSearch();
    // Lists the acts and provisions a pasted text mentions.
    void findCitationsInText();
    // The two views: the law library and the cases.
    void showLaw();
    void showCases();
    void openCase(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void showCurrent();
    // Shows the current tab: its mode, place and scroll position.
    void showTab();
    void applyScroll(int value);
    NavigationHistory& history();
    const NavigationHistory& history() const;
    qint64& pinnedEdition();
    void updateTabTitles();
    void createSessionActions();
    void retranslateSession();
    bool placeExists(const QString& actId, const QString& key);
    // A reader link to a place in the library (go: or an Adilet link of an
    // imported act); false for anything else.
    bool linkedPlace(const QUrl& url, QString* actId, QString* key);
    void refreshTree();
    void updateStatus();
    void copyCitationOf(const QString& key, Language lang);
    void onTreeItemActivated(QTreeWidgetItem* item);
    void onExternalLink(const QUrl& url);
    void onLinkHovered(const QUrl& url);
    void createDocks();
    void chooseAndImport();
    void chooseAndDownload();
    void onDownloaded(const QByteArray& page, const QUrl& url);
    void onDownloadFailed(const QString& message);
    void setUiLanguage(Language lang);
    void showAbout();
    QList<Language> shownLanguages() const;
    void fillEditionCombo();

    LibraryStore m_store;
    CaseStore m_cases;
    bool m_libraryOpen = false;
    ReaderTabs* m_tabs = nullptr;
    bool m_rendering = false; // the view is being filled: its scrolling is not the user's
    std::optional<Language> m_treeLanguage;
    QByteArray m_lawState; // the docks as they were in the Law view, while Cases hides them

    QSplitter* m_splitter = nullptr;
    ActTree* m_tree = nullptr;
    ReaderView* m_view = nullptr;
    SearchPanel* m_search = nullptr;
    CitedByPanel* m_citedBy = nullptr;
    QDockWidget* m_searchDock = nullptr;
    QDockWidget* m_citedByDock = nullptr;
    QTabWidget* m_modes = nullptr;
    CasesView* m_casesView = nullptr;
    CaseFileLock* m_caseLock = nullptr;
    CasesCitingPanel* m_casesCiting = nullptr;
    QDockWidget* m_casesCitingDock = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_lawAction = nullptr;
    QAction* m_casesAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_newDraftAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_editionLabel = nullptr;
    QComboBox* m_editionCombo = nullptr;
    QAction* m_editionActions[2] = {};
    AdiletFetcher* m_fetcher = nullptr;
    WelcomeActions* m_welcome = nullptr;
    QProgressDialog* m_progress = nullptr;
    QString m_downloadAct;
    Language m_downloadLang = Language::Ru;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_uiLanguageMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_downloadAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_copyCitationAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_quickOpenAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_textCitationsAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_printPreviewAction = nullptr;
    ThemeActions* m_theme = nullptr;
    QAction* m_modeActions[4] = {};
    QAction* m_uiLanguageActions[3] = {};
    QActionGroup* m_modeGroup = nullptr;
    QActionGroup* m_uiLanguageGroup = nullptr;
};

} // namespace zanlink
