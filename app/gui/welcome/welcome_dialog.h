#pragma once

#include "corpus/language.h"
#include "importer/download_queue.h"

#include <QDialog>

class QCommandLinkButton;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace zanlink {

class WelcomeDownloadPage;

// The welcome: first the interface language (applied at once, the dialog
// follows), then how to fill the empty library: download the three laws in
// kk, ru and en, import saved pages, open a workshop pack, or skip.
// It never touches the network before the user presses Download.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { LanguagePage, StartPage, DownloadPage };

    WelcomeDialog(EditionSink sink, const QUrl& siteBase, QWidget* parent = nullptr);

    Page page() const;
    void setPage(Page page);
    WelcomeDownloadPage* downloadPage() const { return m_download; }

Q_SIGNALS:
    // The user picked an interface language; the receiver applies it.
    void languageChosen(zanlink::Language lang);
    // The user chose to import saved pages, or a workshop pack: the dialog
    // has closed, and the receiver runs the import.
    void importPagesRequested();
    void openPackRequested();
    // A downloaded document was stored in the library.
    void documentImported(const QString& actId);
    void downloadsFinished();

public Q_SLOTS:
    // While a download runs, Esc and the close button cancel it instead of
    // closing.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildLanguagePage();
    QWidget* buildStartPage();
    void retranslate();

    QStackedWidget* m_pages;
    WelcomeDownloadPage* m_download;
    QLabel* m_languageTitle = nullptr;
    QLabel* m_languageText = nullptr;
    QRadioButton* m_languages[3] = {};
    QPushButton* m_continue = nullptr;
    QLabel* m_startTitle = nullptr;
    QLabel* m_startText = nullptr;
    QCommandLinkButton* m_downloadChoice = nullptr;
    QCommandLinkButton* m_importChoice = nullptr;
    QCommandLinkButton* m_packChoice = nullptr;
    QCommandLinkButton* m_skipChoice = nullptr;
    QPushButton* m_startBack = nullptr;
};

} // namespace zanlink
