#pragma once

// OneShotHttpServer: a local HTTP server for tests of clients of services that cannot run here
// (the Bank of Russia's rates): it answers every request with one fixed response and remembers the
// request line.

#include <QTcpServer>
#include <QTcpSocket>

namespace kontor::test {

// Serves one HTTP response to whatever is asked, and remembers the request line.
class OneShotHttpServer : public QTcpServer
{
public:
    OneShotHttpServer(QByteArray status, QByteArray body)
        : m_status(std::move(status))
        , m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (!m_request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 " + m_status +
                              "\r\nContent-Type: application/xml; charset=windows-1251\r\n"
                              "Content-Length: " +
                              QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
        });
    }
    QByteArray requestLine() const { return m_request.left(m_request.indexOf("\r\n")); }

private:
    QByteArray m_status;
    QByteArray m_body;
    QByteArray m_request;
};

} // namespace kontor::test
