#include "session/reader_tabs.h"

#include "corpus/citation.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"

#include <QAction>
#include <QMouseEvent>

namespace zanlink {

ReaderTabs::ReaderTabs(QWidget* parent) : QTabBar(parent)
{
    setObjectName(QStringLiteral("readerTabs"));
    setDocumentMode(true);
    setExpanding(false);
    setElideMode(Qt::ElideRight);
    setTabsClosable(true);
    setMovable(true);
    setAutoHide(true);
    setUsesScrollButtons(true);
    ReaderTab first;
    first.id = m_nextId++;
    m_tabs << first;
    m_shownId = first.id;
    addTab(QString());

    connect(this, &QTabBar::currentChanged, this, &ReaderTabs::onCurrentChanged);
    connect(this, &QTabBar::tabMoved, this, [this](int from, int to) { m_tabs.move(from, to); });
    connect(this, &QTabBar::tabCloseRequested, this, &ReaderTabs::closeTabAt);

    m_newTab = new QAction(this);
    m_newTab->setObjectName(QStringLiteral("newTabAction"));
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTab, &QAction::triggered, this, &ReaderTabs::newTabRequested);
    m_closeTab = new QAction(this);
    m_closeTab->setObjectName(QStringLiteral("closeTabAction"));
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTabAt(currentIndex()); });
    m_nextTab = new QAction(this);
    m_nextTab->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(m_nextTab, &QAction::triggered, this, &ReaderTabs::showNext);
    m_previousTab = new QAction(this);
    m_previousTab->setObjectName(QStringLiteral("previousTabAction"));
    // Shift+Tab arrives as Backtab on some platforms.
    m_previousTab->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab) });
    connect(m_previousTab, &QAction::triggered, this, &ReaderTabs::showPrevious);
    retranslate();
    m_closeTab->setEnabled(false);
}

void ReaderTabs::retranslate()
{
    m_newTab->setText(tr("New &tab"));
    m_newTab->setStatusTip(tr("Open the place shown in another tab"));
    m_closeTab->setText(tr("Close ta&b"));
    m_nextTab->setText(tr("Ne&xt tab"));
    m_previousTab->setText(tr("Pre&vious tab"));
}

ReaderTab& ReaderTabs::current()
{
    return m_tabs[qMax(0, currentIndex())];
}

const ReaderTab& ReaderTabs::current() const
{
    return m_tabs.at(qMax(0, currentIndex()));
}

int ReaderTabs::addAfterCurrent(ReaderTab tab, bool show)
{
    tab.id = m_nextId++;
    const int index = currentIndex() + 1;
    m_tabs.insert(index, tab);
    insertTab(index, QString());
    m_closeTab->setEnabled(true);
    if (show)
        setCurrentIndex(index);
    return index;
}

bool ReaderTabs::closeTabAt(int index)
{
    if (count() < 2 || index < 0 || index >= count())
        return false;
    // The bar may move to another tab while removing: the list is updated first.
    m_tabs.removeAt(index);
    removeTab(index);
    m_closeTab->setEnabled(count() > 1);
    onCurrentChanged();
    return true;
}

void ReaderTabs::replaceAll(const QList<ReaderTab>& tabs, int shown)
{
    if (tabs.isEmpty())
        return;
    {
        const QSignalBlocker block(this);
        while (count() > 0)
            removeTab(count() - 1);
        m_tabs.clear();
        for (ReaderTab t : tabs) {
            t.id = m_nextId++;
            m_tabs << t;
            addTab(QString());
        }
        setCurrentIndex(qBound(0, shown, static_cast<int>(m_tabs.size()) - 1));
    }
    m_closeTab->setEnabled(count() > 1);
    m_shownId = 0;
    onCurrentChanged();
}

void ReaderTabs::showNext()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + 1) % count());
}

void ReaderTabs::showPrevious()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

void ReaderTabs::onCurrentChanged()
{
    if (currentIndex() < 0 || current().id == m_shownId)
        return;
    m_shownId = current().id;
    Q_EMIT switched();
}

void ReaderTabs::updateTitles(LibraryStore& store, Language fallback)
{
    for (int i = 0; i < count(); ++i) {
        const ReaderTab& t = m_tabs.at(i);
        const Location here = t.history.current();
        QString title;
        QString full;
        if (here.actId.isEmpty()) {
            title = tr("Start");
        } else {
            const QList<Language> shown = viewModeLanguages(t.mode);
            const Language lang = shown.size() == 1 ? shown.first() : fallback;
            std::optional<EditionInfo> e = store.latestEdition(here.actId, lang);
            for (Language other : { Language::Ru, Language::Kk, Language::En }) {
                if (!e)
                    e = store.latestEdition(here.actId, other);
            }
            if (e) {
                const CitationTarget target = citationTarget(store, *e, here.key);
                title = shortCitation(target);
                full = fullCitation(target);
            } else {
                title = citationTitle(here.actId, lang, QString());
                full = title;
            }
        }
        setTabText(i, title);
        setTabToolTip(i, full);
    }
}

QSize ReaderTabs::tabSizeHint(int index) const
{
    // Long citations are cut short; the tooltip has the whole.
    QSize size = QTabBar::tabSizeHint(index);
    size.setWidth(qMin(size.width(), fontMetrics().averageCharWidth() * 36));
    return size;
}

void ReaderTabs::mouseReleaseEvent(QMouseEvent* event)
{
    // A middle click closes the tab under the pointer, as in a browser.
    if (event->button() == Qt::MiddleButton) {
        const int index = tabAt(event->position().toPoint());
        if (index >= 0) {
            closeTabAt(index);
            event->accept();
            return;
        }
    }
    QTabBar::mouseReleaseEvent(event);
}

} // namespace zanlink
