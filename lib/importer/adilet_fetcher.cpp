#include "importer/adilet_fetcher.h"

#include "corpus/catalogue.h"
#include "importer/decode.h"
#include "importer/html_blocks.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace zanlink {

namespace {

bool isLoopback(const QUrl& url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress a(url.host());
    return !a.isNull() && a.isLoopback();
}

bool isAllowedScheme(const QUrl& url)
{
    return url.scheme() == u"https" || (url.scheme() == u"http" && isLoopback(url));
}

} // namespace

AdiletFetcher::AdiletFetcher(QObject* parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_base(defaultBaseUrl())
{
    // Every redirect is checked: same site, HTTPS, never the API, robots.txt.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

void AdiletFetcher::setBaseUrl(const QUrl& base)
{
    if (base.adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash)
        != m_base.adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash)) {
        m_robotsKnown = false;
        m_robots.clear();
    }
    m_base = base;
}

QString AdiletFetcher::userAgent()
{
    return QStringLiteral("ZanLink/%1 (desktop legal reference; one request at a time)")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1")
                                                              : QCoreApplication::applicationVersion());
}

QUrl AdiletFetcher::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://old.adilet.zan.kz"));
}

QUrl AdiletFetcher::pageUrl(const QString& actId, Language lang) const
{
    QUrl url = m_base;
    url.setPath(u'/' + adiletPathSegment(lang) + u"/docs/" + actId);
    return url;
}

void AdiletFetcher::fetch(const QString& actId, Language lang)
{
    if (isBusy()) {
        Q_EMIT failed(FetchFailure::Busy, tr("Another download is running; wait for it to finish."));
        return;
    }
    m_cancelled = false;
    if (!isAdiletId(actId)) {
        Q_EMIT failed(FetchFailure::HttpError, tr("\"%1\" is not an Adilet document id (like Z040000567_).").arg(actId));
        return;
    }
    m_pageUrl = pageUrl(actId, lang);
    if (!isAllowedScheme(m_pageUrl)) {
        Q_EMIT failed(FetchFailure::InsecureUrl, tr("Only HTTPS addresses are used: %1").arg(m_pageUrl.toString()));
        return;
    }
    if (m_robotsKnown) {
        if (!robotsAllow(m_robots, m_pageUrl.path())) {
            Q_EMIT failed(FetchFailure::RobotsDisallowed,
                          tr("The site's robots.txt does not allow %1 to be downloaded.").arg(m_pageUrl.path()));
            return;
        }
        start(m_pageUrl, false);
        return;
    }
    QUrl robots = m_base;
    robots.setPath(QStringLiteral("/robots.txt"));
    start(robots, true);
}

void AdiletFetcher::start(const QUrl& url, bool robots)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    m_fetchingRobots = robots;
    m_refusedRedirect.clear();
    m_reply = m_nam->get(req);
    connect(m_reply, &QNetworkReply::redirected, this, &AdiletFetcher::onRedirected);
    if (!robots) {
        connect(m_reply, &QNetworkReply::downloadProgress, this, &AdiletFetcher::progress);
    }
    connect(m_reply, &QNetworkReply::finished, this, &AdiletFetcher::onReplyFinished);
}

void AdiletFetcher::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void AdiletFetcher::onRedirected(const QUrl& to)
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const QUrl target = reply->url().resolved(to);
    const bool sameSite = target.scheme() == m_base.scheme() && target.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
                          && target.port(-1) == m_base.port(-1);
    if (!isAllowedScheme(target) || !sameSite)
        m_refusedRedirect = tr("Adilet sent the download on to another address (%1), which ZanLink does not follow. "
                               "Save the page in a browser and import the file.")
                                .arg(target.toString());
    else if (target.path().startsWith(u"/api/") || target.path() == u"/api")
        m_refusedRedirect = tr("Adilet sent the download on to its programming interface (%1), which ZanLink does "
                               "not use. Save the page in a browser and import the file.")
                                .arg(target.path());
    else if (m_robotsKnown && !robotsAllow(m_robots, target.path()))
        m_refusedRedirect = tr("Adilet sent the download on to %1, which the site's robots.txt does not allow.")
                                .arg(target.path());
    if (m_refusedRedirect.isEmpty()) {
        Q_EMIT reply->redirectAllowed();
        return;
    }
    reply->abort();
}

void AdiletFetcher::fail(FetchFailure f, const QString& message)
{
    Q_EMIT failed(f, message);
}

void AdiletFetcher::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();

    if (m_cancelled) {
        fail(FetchFailure::Cancelled, tr("The download was cancelled."));
        return;
    }
    if (!m_refusedRedirect.isEmpty()) {
        fail(FetchFailure::HttpError, m_refusedRedirect);
        return;
    }
    if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        fail(FetchFailure::TimedOut,
             tr("Adilet did not answer within %1 seconds. Try again later, or save the page in a browser and "
                "import the file.")
                 .arg(qMax(1, (m_timeoutMs + 999) / 1000)));
        return;
    }
    if (status == 0 && err != QNetworkReply::NoError) {
        fail(FetchFailure::Offline,
             tr("Adilet cannot be reached (%1). Check the internet connection, or save the page in a browser "
                "and import the file.")
                 .arg(reply->errorString()));
        return;
    }

    if (m_fetchingRobots) {
        m_robotsKnown = true;
        // A missing robots.txt allows everything; a server error allows nothing.
        m_robots = status == 200 ? reply->readAll()
                                 : (status >= 500 ? QByteArrayLiteral("User-agent: *\nDisallow: /\n") : QByteArray());
        if (status >= 500) {
            fail(FetchFailure::RobotsDisallowed,
                 tr("The site answered %1 for its robots.txt, so nothing is downloaded from it now. Try again later.")
                     .arg(status));
            return;
        }
        if (!robotsAllow(m_robots, m_pageUrl.path())) {
            fail(FetchFailure::RobotsDisallowed,
                 tr("The site's robots.txt does not allow %1 to be downloaded.").arg(m_pageUrl.path()));
            return;
        }
        start(m_pageUrl, false);
        return;
    }

    if (status != 200) {
        fail(FetchFailure::HttpError,
             status == 404 ? tr("Adilet has no page at %1 (404). Check the act's id and language.").arg(m_pageUrl.toString())
                           : tr("Adilet answered %1 for %2.").arg(status).arg(m_pageUrl.toString()));
        return;
    }
    const QByteArray page = reply->readAll();
    if (page.trimmed().isEmpty()) {
        fail(FetchFailure::HttpError, tr("Adilet answered with an empty page for %1.").arg(m_pageUrl.toString()));
        return;
    }
    if (isScriptOnlyShell(decodeText(page))) {
        fail(FetchFailure::ScriptOnlyShell,
             tr("Adilet answered with the new site's script-only page, which carries no text. Open the act in a "
                "browser, wait until the text is shown, save it with Ctrl+S (\"Web page, complete\" or \"HTML "
                "only\") and import the saved file with File ▸ Import."));
        return;
    }
    Q_EMIT finished(page, reply->url());
}

bool AdiletFetcher::robotsAllow(const QByteArray& robots, const QString& path) const
{
    // The groups for "*" and for ZanLink; the longest matching rule wins,
    // Allow over Disallow on a tie.
    bool inGroup = false;
    bool lastWasAgent = false;
    int bestLen = -1;
    bool allowed = true;
    for (const QByteArray& rawLine : robots.split('\n')) {
        QByteArray line = rawLine;
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray field = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (field == "user-agent") {
            const bool matches = value == "*" || value.toLower().startsWith("zanlink");
            inGroup = lastWasAgent ? (inGroup || matches) : matches;
            lastWasAgent = true;
            continue;
        }
        lastWasAgent = false;
        if (!inGroup || (field != "allow" && field != "disallow") || value.isEmpty())
            continue;
        const QString rule = QString::fromUtf8(value).remove(u'*');
        const QString prefix = rule.endsWith(u'$') ? rule.chopped(1) : rule;
        const bool match = rule.endsWith(u'$') ? path == prefix : path.startsWith(prefix);
        const int len = static_cast<int>(prefix.size());
        if (match && (len > bestLen || (len == bestLen && field == "allow"))) {
            bestLen = len;
            allowed = field == "allow";
        }
    }
    return allowed;
}

QByteArray AdiletFetcher::fetchBlocking(const QString& actId, Language lang, FetchFailure* failure, QString* message)
{
    QEventLoop loop;
    QByteArray page;
    *failure = FetchFailure::None;
    const auto ok = connect(this, &AdiletFetcher::finished, &loop, [&](const QByteArray& p) {
        page = p;
        loop.quit();
    });
    const auto bad = connect(this, &AdiletFetcher::failed, &loop, [&](FetchFailure f, const QString& m) {
        *failure = f;
        *message = m;
        loop.quit();
    });
    fetch(actId, lang);
    if (*failure == FetchFailure::None && page.isEmpty())
        loop.exec();
    disconnect(ok);
    disconnect(bad);
    return page;
}

} // namespace zanlink
