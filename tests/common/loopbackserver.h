// A real HTTP server on 127.0.0.1 for the tests of check-sources (Qt Test and Qt Quick
// Test): it answers by path, so each kind of answer can be asked for.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace trendweb::test {

// Answers by path: /ok… 200, /oud 301 to /ok, /lus 302 to itself, /weg 404, /stil never,
// /wacht… when the test releases it.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_held.removeAll(socket);
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

    Q_INVOKABLE QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int requests() const { return m_requests; }
    int mostHeld() const { return m_mostHeld; }
    int held() const { return int(m_held.size()); }
    void release()
    {
        for (QTcpSocket *socket : std::as_const(m_held))
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        m_held.clear();
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray path = buffer.split(' ').value(1);
        ++m_requests;
        QByteArray response;
        if (path.startsWith("/ok"))
            response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        else if (path == "/oud")
            response = "HTTP/1.1 301 Moved Permanently\r\nLocation: /ok-nieuw\r\nContent-Length: "
                       "0\r\n\r\n";
        else if (path == "/lus")
            response = "HTTP/1.1 302 Found\r\nLocation: /lus\r\nContent-Length: 0\r\n\r\n";
        else if (path.startsWith("/wacht")) {
            m_held.append(socket);
            m_mostHeld = qMax(m_mostHeld, held());
            buffer.clear();
            return;
        } else if (path == "/weg")
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nweg!";
        else
            return; // /stil: the connection stays open, nothing comes
        buffer.clear();
        socket->write(response);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_held;
    int m_mostHeld = 0;
    int m_requests = 0;
};

} // namespace trendweb::test
