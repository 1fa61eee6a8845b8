#include "importer/download_queue.h"

#include "corpus/catalogue.h"
#include "importer/importer.h"

#include <QLoggingCategory>
#include <QTimer>

namespace zanlink {

namespace {
Q_LOGGING_CATEGORY(logQueue, "zanlink.importer.queue", QtInfoMsg)
} // namespace

bool DownloadResult::isDone() const
{
    return state != DownloadState::Waiting && state != DownloadState::Downloading;
}

QString DownloadResult::describe() const
{
    const QString what = item.actId + u" (" + languageCode(item.language) + u')';
    switch (state) {
    case DownloadState::Waiting:
        return what + u": waiting";
    case DownloadState::Downloading:
        return what + u": downloading";
    case DownloadState::Imported:
        return what + u": imported, " + QString::number(provisions) + u" provisions";
    case DownloadState::AlreadyPresent:
        return what + u": already in the library";
    case DownloadState::Failed:
        return what + u": " + error;
    case DownloadState::Cancelled:
        return what + u": cancelled";
    }
    return what;
}

int DownloadSummary::count(DownloadState state) const
{
    int n = 0;
    for (const DownloadResult& r : results)
        n += r.state == state ? 1 : 0;
    return n;
}

qint64 DownloadSummary::bytes() const
{
    qint64 n = 0;
    for (const DownloadResult& r : results)
        n += r.bytes;
    return n;
}

DownloadQueue::DownloadQueue(EditionSink sink, QObject* parent)
    : QObject(parent), m_sink(std::move(sink)), m_fetcher(new AdiletFetcher(this)), m_next(new QTimer(this))
{
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &DownloadQueue::startNext);
    connect(m_fetcher, &AdiletFetcher::finished, this, &DownloadQueue::onPage);
    connect(m_fetcher, &AdiletFetcher::failed, this, &DownloadQueue::onFailed);
    connect(m_fetcher, &AdiletFetcher::progress, this, [this](qint64 received, qint64 total) {
        if (!m_running || m_index < 0)
            return;
        m_results[m_index].bytes = received;
        Q_EMIT progress(m_index, static_cast<int>(m_results.size()), received, total);
    });
}

DownloadQueue::~DownloadQueue()
{
    // No signal reaches a half-destroyed owner.
    disconnect(m_fetcher, nullptr, this, nullptr);
    if (m_fetcher->isBusy())
        m_fetcher->cancel();
}

QList<DownloadItem> DownloadQueue::missionItems()
{
    QList<DownloadItem> items;
    for (const CatalogueAct& act : Catalogue::builtin().acts()) {
        if (!act.mission)
            continue;
        for (Language lang : kAllLanguages)
            items << DownloadItem { act.id, lang };
    }
    return items;
}

DownloadSummary DownloadQueue::summary() const
{
    return DownloadSummary { m_results, m_cancelled };
}

bool DownloadQueue::start(const QList<DownloadItem>& items)
{
    if (m_running || items.isEmpty())
        return false;
    m_results.clear();
    for (const DownloadItem& item : items) {
        DownloadResult r;
        r.item = item;
        m_results << r;
    }
    m_index = -1;
    m_running = true;
    m_cancelling = false;
    m_cancelled = false;
    startNext();
    return true;
}

void DownloadQueue::startNext()
{
    if (!m_running)
        return;
    ++m_index;
    if (m_index >= m_results.size()) {
        finish();
        return;
    }
    DownloadResult& r = m_results[m_index];
    r.state = DownloadState::Downloading;
    qCDebug(logQueue) << "downloading" << r.item.actId << languageCode(r.item.language);
    Q_EMIT itemStarted(m_index);
    Q_EMIT progress(m_index, static_cast<int>(m_results.size()), 0, -1);
    // The answer may come at once (an id refused, robots.txt already known to
    // forbid the page): onPage and onFailed handle both.
    m_fetcher->fetch(r.item.actId, r.item.language);
}

void DownloadQueue::onPage(const QByteArray& page, const QUrl& url)
{
    if (!m_running || m_index < 0 || m_results.at(m_index).state != DownloadState::Downloading)
        return;
    if (m_cancelling) { // dropped: a cancel wins over a page that arrived in the same turn
        endItem(DownloadState::Cancelled);
        return;
    }
    DownloadResult& r = m_results[m_index];
    r.bytes = page.size();
    ImportRequest req;
    req.path = url.toString();
    req.language = r.item.language;
    req.actId = r.item.actId;
    req.kind = SourceKind::AdiletHtml;
    ImportError error;
    const std::optional<ImportOutcome> outcome = readBytes(page, req, &error);
    if (!outcome) {
        endItem(DownloadState::Failed, error.toString());
        return;
    }
    if (outcome->editions.isEmpty()) {
        endItem(DownloadState::Failed, url.toString() + u": the page holds no provisions");
        return;
    }
    const StoreOutcome stored = m_sink(outcome->editions);
    if (!stored.ok) {
        endItem(DownloadState::Failed, stored.error);
        return;
    }
    r.provisions = stored.provisions;
    endItem(stored.alreadyPresent ? DownloadState::AlreadyPresent : DownloadState::Imported);
}

void DownloadQueue::onFailed(FetchFailure failure, const QString& message)
{
    if (!m_running || m_index < 0 || m_results.at(m_index).state != DownloadState::Downloading)
        return;
    if (m_cancelling || failure == FetchFailure::Cancelled) {
        endItem(DownloadState::Cancelled);
        return;
    }
    m_results[m_index].failure = failure;
    endItem(DownloadState::Failed, message);
}

void DownloadQueue::endItem(DownloadState state, const QString& error)
{
    DownloadResult& r = m_results[m_index];
    r.state = state;
    r.error = error;
    if (state == DownloadState::Failed)
        qCInfo(logQueue).noquote() << r.describe();
    Q_EMIT itemFinished(m_index);
    if (state == DownloadState::Cancelled || m_cancelling) {
        finish();
        return;
    }
    // The next one after a pause, and never from inside the fetcher's signal.
    m_next->start(m_index + 1 < m_results.size() ? m_pauseMs : 0);
}

void DownloadQueue::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_next->stop();
    if (m_fetcher->isBusy()) {
        m_fetcher->cancel(); // its failed(Cancelled) ends the run
        return;
    }
    if (m_index >= 0 && m_index < m_results.size() && m_results.at(m_index).state == DownloadState::Downloading) {
        endItem(DownloadState::Cancelled);
        return;
    }
    finish();
}

void DownloadQueue::finish()
{
    if (!m_running)
        return;
    m_cancelled = m_cancelling;
    for (int i = 0; i < m_results.size(); ++i) {
        DownloadResult& r = m_results[i];
        if (r.isDone())
            continue;
        r.state = DownloadState::Cancelled;
        Q_EMIT itemFinished(i);
    }
    m_running = false;
    m_cancelling = false;
    m_next->stop();
    Q_EMIT finished();
}

} // namespace zanlink
