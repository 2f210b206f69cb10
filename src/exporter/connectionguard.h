#pragma once

#include "exporter/httplimits.h"
#include "exporter/requestframer.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Bandwatch {

// Watches one connection for the HTTP server: its slot on readyRead runs
// before QHttpServer's (it is connected first), sees each new byte once, and
// answers 413/431/411/400 itself, cutting QHttpServer off, when a request
// breaks a limit. The server's periodic sweep calls checkDeadlines() to time
// out slow senders (408), clients that stop reading, and idle connections.
// Lives as a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, qint64 nowMs);

    // Before handing the socket to the HTTP server...
    void attachBefore();
    // ...and after (so this slot runs after the server's).
    void attachAfter(QObject *httpServer);

    void checkDeadlines(qint64 nowMs);
    bool isRejected() const { return m_rejected; }

    // Writes a complete error response on a socket and closes it gracefully.
    static void respondAndClose(QTcpSocket *socket, int status, const QByteArray &reason,
                                const QString &message);

private:
    void beforeRead();
    void afterRead();
    void reject(int status, const QByteArray &reason, const QString &message);
    static qint64 now();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    HttpLimits m_limits;
    RequestFramer m_framer;
    qint64 m_leftover = 0; // bytes already seen that the server has not read yet
    qint64 m_requestStartMs = -1; // first byte of the request in progress
    qint64 m_lastActivityMs = 0;
    qint64 m_writeStallSinceMs = -1;
    bool m_rejected = false;
};

} // namespace Bandwatch
