#pragma once

#include "corpus/language.h"
#include "navigation_history.h"

#include <QTabBar>

class QAction;

namespace zanlink {

class LibraryStore;

// One reader tab: its own place and back/forward history, language mode,
// chosen older edition and how far down its page it was.
struct ReaderTab {
    NavigationHistory history;
    ViewMode mode = ViewMode::Ru;
    qint64 pinnedEdition = 0; // an older edition chosen by the user; 0 for the newest
    int scroll = 0;
    int id = 0; // set by ReaderTabs
};

// The tabs over the reader. The window shows the current tab in its one
// view; the bar only appears once there are two tabs. The last tab is never
// closed. Titles are short citations of each tab's place, tooltips the full
// ones.
class ReaderTabs : public QTabBar {
    Q_OBJECT
public:
    explicit ReaderTabs(QWidget* parent = nullptr);

    ReaderTab& current();
    const ReaderTab& current() const;
    ReaderTab& at(int index) { return m_tabs[index]; }
    const ReaderTab& at(int index) const { return m_tabs.at(index); }

    // Adds a tab after the current one, and shows it when asked.
    int addAfterCurrent(ReaderTab tab, bool show);
    // Closes a tab; false (and nothing closed) when it is the last one.
    bool closeTabAt(int index);
    // Replaces all tabs (a restored session) and shows `shown`.
    void replaceAll(const QList<ReaderTab>& tabs, int shown);
    void showNext();
    void showPrevious();

    // Sets every tab's title and tooltip from its place in the library;
    // a side-by-side tab is named in `fallback`.
    void updateTitles(LibraryStore& store, Language fallback);

    // The tab commands (File and Go menus), with their keys.
    QAction* newTabAction() const { return m_newTab; }
    QAction* closeTabAction() const { return m_closeTab; }
    QAction* nextTabAction() const { return m_nextTab; }
    QAction* previousTabAction() const { return m_previousTab; }
    void retranslate();

Q_SIGNALS:
    // Another tab is shown: the window shows its place.
    void switched();
    // Ctrl+T: a new tab was asked for.
    void newTabRequested();

protected:
    QSize tabSizeHint(int index) const override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void onCurrentChanged();

    QList<ReaderTab> m_tabs; // in the bar's order
    int m_shownId = 0;
    int m_nextId = 1;
    QAction* m_newTab = nullptr;
    QAction* m_closeTab = nullptr;
    QAction* m_nextTab = nullptr;
    QAction* m_previousTab = nullptr;
};

} // namespace zanlink
