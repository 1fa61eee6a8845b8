#include "reader_view.h"

#include <QUrlQuery>

namespace zanlink {

ReaderView::ReaderView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
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
