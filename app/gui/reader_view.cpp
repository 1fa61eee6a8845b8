#include "reader_view.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QScrollBar>
#include <QUrlQuery>

namespace zanlink {

ReaderView::ReaderView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, &ReaderView::forgetScroll);
}

void ReaderView::restoreScroll(int value)
{
    m_pendingScroll = value;
    applyPendingScroll();
}

void ReaderView::applyPendingScroll()
{
    if (m_pendingScroll < 0)
        return;
    document()->documentLayout()->documentSize(); // the whole page laid out: the scroll range is known
    verticalScrollBar()->setValue(m_pendingScroll);
}

void ReaderView::showEvent(QShowEvent* event)
{
    QTextBrowser::showEvent(event);
    applyPendingScroll();
}

void ReaderView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    applyPendingScroll();
}

bool ReaderView::opensNewTab(QMouseEvent* event) const
{
    const bool button = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier));
    if (!button)
        return false;
    const QString anchor = anchorAt(event->position().toPoint());
    // "cite" links copy a citation; they have no place to open.
    return !anchor.isEmpty() && !anchor.startsWith(u"cite:");
}

void ReaderView::mousePressEvent(QMouseEvent* event)
{
    if (opensNewTab(event)) {
        event->accept();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent* event)
{
    // A middle click or Ctrl+click on a link opens it in a new tab.
    if (opensNewTab(event)) {
        event->accept();
        Q_EMIT openInNewTabRequested(QUrl(anchorAt(event->position().toPoint())));
        return;
    }
    QTextBrowser::mouseReleaseEvent(event);
}

void ReaderView::onAnchorClicked(const QUrl& url)
{
    if (url.scheme() == u"cite") {
        const auto lang = languageFromCode(QUrlQuery(url).queryItemValue(QStringLiteral("lang")));
        Q_EMIT citeRequested(url.path(), lang.value_or(Language::Ru));
        return;
    }
    Q_EMIT externalLinkActivated(url);
}

} // namespace zanlink
