#pragma once

#include "corpus/language.h"
#include "corpus/provision.h"
#include "importer/adilet_fetcher.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QTimer;

namespace zanlink {

// One document to download: an act's page in one language.
struct DownloadItem {
    QString actId;
    Language language = Language::Ru;

    bool operator==(const DownloadItem&) const = default;
};

enum class DownloadState {
    Waiting,
    Downloading,
    Imported,
    AlreadyPresent, // the library held the same text already
    Failed,
    Cancelled, // dropped while downloading, or never started
};

struct DownloadResult {
    DownloadItem item;
    DownloadState state = DownloadState::Waiting;
    // What went wrong (Failed): the fetcher's message, or the importer's with
    // the page's address, or the library's.
    QString error;
    FetchFailure failure = FetchFailure::None; // None when the page came but could not be read or stored
    int provisions = 0; // of the stored edition (Imported, AlreadyPresent)
    qint64 bytes = 0; // received for this document

    bool isDone() const;
    // "Z040000567_ (kk): what went wrong" for a failure; the act and language
    // with the state otherwise. Untranslated: for logs and the command line.
    QString describe() const;
};

struct DownloadSummary {
    QList<DownloadResult> results;
    bool cancelled = false;

    int count(DownloadState state) const;
    qint64 bytes() const;
};

// What the queue stores a read page with (the library's addEditions, all or
// nothing): whether it worked, whether the library had the same text already,
// and the message when it did not work.
struct StoreOutcome {
    bool ok = false;
    bool alreadyPresent = false;
    int provisions = 0;
    QString error;
};
using EditionSink = std::function<StoreOutcome(const QList<ActEdition>& editions)>;

// Downloads a list of documents from Adilet one at a time with its own
// AdiletFetcher (HTTPS, robots.txt, one request at a time), reads each page
// and hands its edition to the sink as soon as it arrives. A document that
// fails is reported with its act, language and reason, and the rest go on.
// cancel() drops the document in progress and those not started; the ones
// finished stay stored.
class DownloadQueue : public QObject {
    Q_OBJECT
public:
    explicit DownloadQueue(EditionSink sink, QObject* parent = nullptr);
    ~DownloadQueue() override;

    // The three mission laws of the catalogue, each in kk, ru and en.
    static QList<DownloadItem> missionItems();

    AdiletFetcher& fetcher() { return *m_fetcher; }
    // A pause between two documents, to be gentle with the site (default 1 s).
    void setPause(int ms) { m_pauseMs = ms; }

    bool isRunning() const { return m_running; }
    // The document being downloaded, or -1.
    int currentIndex() const { return m_running ? m_index : -1; }
    const QList<DownloadResult>& results() const { return m_results; }
    DownloadSummary summary() const;

public Q_SLOTS:
    // Starts the list; false (nothing done) while a run is going or when the list is empty.
    bool start(const QList<DownloadItem>& items);
    void cancel();

Q_SIGNALS:
    void itemStarted(int index);
    // Bytes of the document `index` (total -1 or 0 when the site does not say).
    void progress(int index, int count, qint64 received, qint64 total);
    void itemFinished(int index);
    // The run ended: every document is done, or it was cancelled.
    void finished();

private:
    void startNext();
    void onPage(const QByteArray& page, const QUrl& url);
    void onFailed(FetchFailure failure, const QString& message);
    void endItem(DownloadState state, const QString& error = {});
    void finish();

    EditionSink m_sink;
    AdiletFetcher* m_fetcher;
    QTimer* m_next;
    QList<DownloadResult> m_results;
    int m_index = -1;
    int m_pauseMs = 1000;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_cancelled = false;
};

} // namespace zanlink
