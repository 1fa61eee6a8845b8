#pragma once

#include "importer/download_queue.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace zanlink {

// The welcome's download of the three laws in kk, ru and en: the nine
// documents grouped by act, each with its state (waiting, downloading,
// imported, already in the library, error with the reason), an overall
// progress bar, Cancel, and a summary at the end. Nothing is asked of the
// network before "Download" is pressed; "Try again" fetches only the
// documents that failed or were cancelled.
class WelcomeDownloadPage : public QWidget {
    Q_OBJECT
public:
    // Item data of a document's row: its index in the list (column 0) and
    // its DownloadState as an int (column 1).
    static constexpr int IndexRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    WelcomeDownloadPage(EditionSink sink, const QUrl& siteBase, QWidget* parent = nullptr);

    DownloadQueue& queue() { return *m_queue; }
    bool isRunning() const;
    const QList<DownloadResult>& documents() const { return m_docs; }
    void retranslate();
    // "Kazakh", "Russian", "English" in the interface language.
    static QString languageName(Language lang);
    // The act's title in the interface language.
    static QString actTitle(const QString& actId);
    // The same in the quotation marks of the interface language.
    static QString quotedTitle(const QString& actId);

public Q_SLOTS:
    // Downloads the documents not stored yet (at first: all nine).
    void startDownload();
    void cancelDownload();

Q_SIGNALS:
    void backRequested();
    void closeRequested();
    // A document was stored in the library (a new edition).
    void documentImported(const QString& actId);
    void runFinished();

private:
    void buildList();
    void showRow(int doc);
    void onStarted(int index);
    void onProgress(int index, int count, qint64 received, qint64 total);
    void onItemFinished(int index);
    void onFinished();
    void updateButtons();
    void showSummary();
    QString stateText(const DownloadResult& r) const;
    QString documentName(const DownloadItem& item) const;

    DownloadQueue* m_queue;
    QList<DownloadResult> m_docs; // the nine, in list order
    QList<int> m_runDocs; // the documents of the run, by the queue's index
    QList<QTreeWidgetItem*> m_rows;
    QList<QTreeWidgetItem*> m_actRows;
    qint64 m_received = 0; // of the document in progress
    bool m_ran = false;

    QLabel* m_title;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTextBrowser* m_errors;
    QPushButton* m_back;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace zanlink
