#include "exporter/connectionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace Bandwatch {

namespace {
// After an error response the connection is kept just long enough to drain
// what the client is still sending, so it reads our answer rather than a reset.
constexpr int kLingerMs = 2000;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, qint64 nowMs)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits)
    , m_lastActivityMs(nowMs)
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_lastActivityMs = now();
        m_writeStallSinceMs = m_socket->bytesToWrite() > 0 ? m_lastActivityMs : -1;
    });
}

qint64 ConnectionGuard::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void ConnectionGuard::attachBefore()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeRead);
}

void ConnectionGuard::attachAfter(QObject *httpServer)
{
    m_httpServer = httpServer;
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterRead);
}

void ConnectionGuard::beforeRead()
{
    const qint64 t = now();
    m_lastActivityMs = t;
    if (m_rejected) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_leftover)
        return;
    const QByteArray fresh = m_socket->peek(available).mid(m_leftover);
    m_leftover = available;
    const bool wasInRequest = m_framer.inRequest();
    const int completedBefore = m_framer.completedRequests();
    switch (m_framer.feed(fresh)) {
    case RequestFramer::Verdict::Ok:
        break;
    case RequestFramer::Verdict::HeaderTooLarge:
        return reject(431, "Request Header Fields Too Large",
                      tr("the request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
    case RequestFramer::Verdict::BodyTooLarge:
        return reject(413, "Payload Too Large",
                      tr("the request body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
    case RequestFramer::Verdict::LengthRequired:
        return reject(411, "Length Required", tr("send the body with a Content-Length, not chunked"));
    case RequestFramer::Verdict::BadRequest:
        return reject(400, "Bad Request", tr("malformed request line or Content-Length"));
    }
    if (m_framer.completedRequests() != completedBefore || !wasInRequest)
        m_requestStartMs = m_framer.inRequest() ? t : -1;
}

void ConnectionGuard::afterRead()
{
    // What the server left unread (a pipelined request) is seen already.
    m_leftover = m_socket->bytesAvailable();
    if (m_socket->bytesToWrite() > 0 && m_writeStallSinceMs < 0)
        m_writeStallSinceMs = now();
}

void ConnectionGuard::checkDeadlines(qint64 nowMs)
{
    if (m_rejected)
        return;
    if (m_socket->bytesToWrite() > 0) {
        if (m_writeStallSinceMs < 0)
            m_writeStallSinceMs = nowMs;
        else if (nowMs - m_writeStallSinceMs > m_limits.writeTimeoutMs)
            m_socket->abort(); // the client stopped reading its response
        return;
    }
    if (m_framer.inRequest() && m_requestStartMs >= 0
        && nowMs - m_requestStartMs > m_limits.requestTimeoutMs) {
        reject(408, "Request Timeout",
               tr("the request did not arrive completely within %1 ms").arg(m_limits.requestTimeoutMs));
        return;
    }
    if (!m_framer.inRequest() && nowMs - m_lastActivityMs > m_limits.idleTimeoutMs)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(int status, const QByteArray &reason, const QString &message)
{
    m_rejected = true;
    // QHttpServer must not see any more of this connection.
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterRead);
    m_socket->skip(m_socket->bytesAvailable());
    respondAndClose(m_socket, status, reason, message);
}

void ConnectionGuard::respondAndClose(QTcpSocket *socket, int status, const QByteArray &reason,
                                      const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("status"), status },
                                                        { QStringLiteral("error"), message } })
                                .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n";
    if (status == 503)
        response += "Retry-After: 1\r\n";
    response += "\r\n" + body;
    socket->write(response);
    auto *encrypted = qobject_cast<QSslSocket *>(socket);
    if (encrypted && encrypted->isEncrypted()) {
        socket->disconnectFromHost();
        return;
    }
    // Half-close once the answer is out, keep reading (and dropping) what the
    // client still sends, and close when it does or after kLingerMs.
    QPointer<QTcpSocket> guarded(socket);
    auto halfClose = [guarded] {
        if (guarded && guarded->bytesToWrite() == 0 && guarded->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(guarded->socketDescriptor()), SHUT_WR);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    socket->flush();
    halfClose();
    QTimer::singleShot(kLingerMs, socket, [guarded] {
        if (guarded)
            guarded->abort();
    });
}

} // namespace Bandwatch
