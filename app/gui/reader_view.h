#pragma once

#include "corpus/language.h"

#include <QTextBrowser>

namespace zanlink {

// The provision view: rich text with links. Citation and navigation links
// are handled inside the application; web links are passed on.
class ReaderView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget* parent = nullptr);

    // Scrolls the page to `value` (pixels from the top), again whenever the
    // view is shown or resized until the user scrolls or forgetScroll() is
    // called: a page restored before the window is shown gets laid out at
    // its real width only then.
    void restoreScroll(int value);
    void forgetScroll() { m_pendingScroll = -1; }

Q_SIGNALS:
    void citeRequested(const QString& key, zanlink::Language lang);
    void externalLinkActivated(const QUrl& url);
    // A middle click or Ctrl+click on a link.
    void openInNewTabRequested(const QUrl& url);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    bool opensNewTab(QMouseEvent* event) const;
    void onAnchorClicked(const QUrl& url);
    void applyPendingScroll();

    int m_pendingScroll = -1;
};

} // namespace zanlink
