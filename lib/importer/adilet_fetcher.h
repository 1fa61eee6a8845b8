#pragma once

#include "corpus/language.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace zanlink {

enum class FetchFailure {
    None,
    Busy,            // a request is already running: one at a time
    InsecureUrl,     // only HTTPS leaves the machine
    RobotsDisallowed,
    Offline,         // no connection, host not found, refused
    TimedOut,
    HttpError,       // 404, 500, …
    ScriptOnlyShell, // the new site's page without the text
    Cancelled,
};

// Downloads an act's legacy page from Adilet: HTTPS only (plain HTTP is
// allowed for loopback addresses, which tests serve), robots.txt respected,
// the application named in the User-Agent, one request at a time, a time-out
// on every transfer. It never calls the site's /api/.
class AdiletFetcher : public QObject {
    Q_OBJECT
public:
    explicit AdiletFetcher(QObject* parent = nullptr);

    static QString userAgent();
    static QUrl defaultBaseUrl(); // https://old.adilet.zan.kz

    // Another site forgets what the previous one's robots.txt said.
    void setBaseUrl(const QUrl& base);
    QUrl baseUrl() const { return m_base; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool isBusy() const { return !m_reply.isNull(); }

    // The page of act `actId` in `lang`: base/{rus|kaz|eng}/docs/{actId}.
    QUrl pageUrl(const QString& actId, Language lang) const;

    // Starts a download; the answer comes as finished() or failed().
    void fetch(const QString& actId, Language lang);
    void cancel();

    // Runs an event loop until the download ends (for the command line).
    // Returns the page, or an empty array and fills *failure and *message.
    QByteArray fetchBlocking(const QString& actId, Language lang, FetchFailure* failure, QString* message);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const QByteArray& page, const QUrl& url);
    void failed(zanlink::FetchFailure failure, const QString& message);

private:
    void start(const QUrl& url, bool robots);
    void onReplyFinished();
    void onRedirected(const QUrl& to);
    void fail(FetchFailure f, const QString& message);
    bool robotsAllow(const QByteArray& robots, const QString& path) const;

    QNetworkAccessManager* m_nam;
    QPointer<QNetworkReply> m_reply;
    QUrl m_base;
    int m_timeoutMs = 30000;
    QUrl m_pageUrl;
    bool m_fetchingRobots = false;
    bool m_cancelled = false;
    QString m_refusedRedirect; // why a redirect was not followed
    bool m_robotsKnown = false;
    QByteArray m_robots;
};

} // namespace zanlink
