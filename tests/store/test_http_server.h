#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the fetcher and CLI tests: serves
// fixed answers per path, can stall or redirect, and records every request.
// Everything it serves is made up in the tests.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

struct TestRoute {
    enum Kind { Answer, Stall };
    Kind kind = Answer;
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray location; // for redirects
};

struct TestRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

class TestHttpServer : public QObject {
    Q_OBJECT
public:
    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;

    void setRoute(const QByteArray& path, const TestRoute& route) { m_routes.insert(path, route); }
    static TestRoute page(const QByteArray& body, int status = 200);
    static TestRoute stall();
    static TestRoute redirect(const QByteArray& location);

    const QList<TestRequest>& requests() const { return m_requests; }
    QList<QByteArray> paths() const;
    // The most requests that were open (received, not yet answered) at once.
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }

    // A fictional act page in the markup of old.adilet.zan.kz, with
    // `articles` articles of a few paragraphs each.
    static QByteArray legacyActPage(const QString& actId, int articles = 4);
    // A fictional script-only page like the new site's.
    static QByteArray scriptOnlyShell();
    static QByteArray robots(const QByteArray& extraDisallow = {});

Q_SIGNALS:
    void requestReceived(const QByteArray& path);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server;
    QHash<QByteArray, TestRoute> m_routes;
    QList<TestRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
