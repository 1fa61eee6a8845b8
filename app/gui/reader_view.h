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

Q_SIGNALS:
    void citeRequested(const QString& key, zanlink::Language lang);
    void externalLinkActivated(const QUrl& url);

private:
    void onAnchorClicked(const QUrl& url);
};

} // namespace zanlink
