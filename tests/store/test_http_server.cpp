#include "test_http_server.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

TestHttpServer::TestHttpServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

TestRoute TestHttpServer::page(const QByteArray& body, int status)
{
    TestRoute r;
    r.status = status;
    r.body = body;
    return r;
}

TestRoute TestHttpServer::stall()
{
    TestRoute r;
    r.kind = TestRoute::Stall;
    return r;
}

TestRoute TestHttpServer::redirect(const QByteArray& location)
{
    TestRoute r;
    r.status = 302;
    r.location = location;
    r.body = "moved";
    return r;
}

QList<QByteArray> TestHttpServer::paths() const
{
    QList<QByteArray> list;
    for (const TestRequest& r : m_requests)
        list << r.path;
    return list;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            if (s->property("stalled").toBool()) {
                --m_inFlight; // the client gave up
                s->setProperty("stalled", false);
            }
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket* s)
{
    QByteArray& buf = m_buffers[s];
    buf += s->readAll();
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    buf.remove(0, end + 4); // GET requests carry no body
    TestRequest req;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_requests << req;
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    Q_EMIT requestReceived(req.path);

    const auto it = m_routes.constFind(req.path);
    TestRoute route = it == m_routes.constEnd() ? page("<html><body>not found</body></html>", 404) : *it;
    if (route.kind == TestRoute::Stall) {
        s->setProperty("stalled", true);
        return;
    }
    QByteArray reason = route.status == 200 ? "OK" : (route.status == 404 ? "Not Found" : "Status");
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason + "\r\n";
    answer += "Content-Type: " + route.contentType + "\r\n";
    answer += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
    if (!route.location.isEmpty())
        answer += "Location: " + route.location + "\r\n";
    answer += "Connection: close\r\n\r\n";
    answer += route.body;
    s->write(answer);
    --m_inFlight;
    s->disconnectFromHost();
}

QByteArray TestHttpServer::legacyActPage(const QString& actId, int articles)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Вымышленный закон</title></head>"
        "<body>\n<!-- FICTIONAL test page: not a real act of the Republic of Kazakhstan -->\n"
        "<div class=\"container_alpha slogan\"><h1>О вымышленных тестовых отношениях</h1>"
        "<span class=\"status status_upd\">Обновленный</span>"
        "<p>Вымышленный закон Республики Тест от 1 января 2099 года № %1</p></div>\n"
        "<div class=\"container_gamma text text_upd\"><div class=\"gs_12\"><article>\n"
        "<h3 id=\"z1\"> Глава 1. ВЫМЫШЛЕННЫЕ ПОЛОЖЕНИЯ</h3>\n")
                       .arg(actId);
    int anchor = 2;
    for (int a = 1; a <= articles; ++a) {
        html += QStringLiteral("<p><b><a name=\"z%1\"></a>Статья %2. Вымышленный предмет номер %2</b></p>\n")
                    .arg(anchor++)
                    .arg(a);
        for (int p = 1; p <= 3; ++p) {
            html += QStringLiteral("<p id=\"z%1\">&nbsp;%2. Вымышленный пункт %2 статьи %3 устанавливает тестовые "
                                   "правила, которых нет ни в одном настоящем законе, и служит только проверке "
                                   "загрузки страницы.</p>\n")
                        .arg(anchor++)
                        .arg(p)
                        .arg(a);
        }
    }
    html += QStringLiteral("</article></div></div>\n<div class=\"container_omega aftertext\">"
                           "<ul><li>Документы по состоянию на: 01.02.2024</li></ul></div>\n</body></html>\n");
    return html.toUtf8();
}

QByteArray TestHttpServer::scriptOnlyShell()
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Adilet (fictional shell)</title>"
           "<script src=\"/static/app.js\"></script></head><body><div id=\"root\"></div>"
           "<noscript>Enable JavaScript</noscript><script>window.__APP__ = {};</script></body></html>";
}

QByteArray TestHttpServer::robots(const QByteArray& extraDisallow)
{
    QByteArray r = "# fictional robots.txt\nUser-agent: *\nDisallow: /api/\nDisallow: /search\n";
    if (!extraDisallow.isEmpty())
        r += "Disallow: " + extraDisallow + '\n';
    r += "\nUser-agent: GPTBot\nDisallow: /\n";
    return r;
}
