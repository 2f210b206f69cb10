#include "exporter/guardedtcpserver.h"

#include "exporter/connectionguard.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcExporterNet, "bandwatch.exporter.net")

namespace Bandwatch {

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Deadlines are checked by one timer for all connections rather than by
    // a timer per connection.
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

GuardedTcpServer::~GuardedTcpServer()
{
    m_sweep.stop();
    // Sockets still open are children of this server and go with it; their
    // destroyed() handlers must not touch the half-destroyed tables.
    for (QTcpSocket *s : std::as_const(m_sockets))
        s->disconnect(this);
}

void GuardedTcpServer::track(QTcpSocket *socket)
{
    m_sockets.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_sockets.remove(socket);
        m_handshakeDeadlines.remove(socket);
        m_guards.remove(socket);
    });
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    const bool full = m_sockets.size() >= m_limits.maxConnections;
    if (m_tls && !full) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(*m_tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        track(socket);
        m_handshakeDeadlines.insert(socket,
                                    QDateTime::currentMSecsSinceEpoch() + m_limits.handshakeTimeoutMs);
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            m_handshakeDeadlines.remove(socket);
            handOver(socket);
        });
        // A failed handshake (a plain-HTTP client, a rejected certificate)
        // ends the connection; the socket was never handed to QHttpServer.
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            if (!m_guards.contains(socket))
                socket->deleteLater();
        });
        socket->startServerEncryption();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (full) {
        ++m_refused;
        qCWarning(lcExporterNet).noquote()
            << QStringLiteral(
                   "connection from %1 refused: %2 connections open (exporter.limits.max_connections)")
                   .arg(socket->peerAddress().toString())
                   .arg(m_sockets.size());
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::respondAndClose(socket, 503, "Service Unavailable",
                                         tr("too many connections; try again shortly"));
        return;
    }
    track(socket);
    handOver(socket);
}

void GuardedTcpServer::handOver(QTcpSocket *socket)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto *guard = new ConnectionGuard(socket, m_limits, now);
    m_guards.insert(socket, guard);
    guard->attachBefore();
    // QAbstractHttpServer connects its own slots while this signal is emitted...
    addPendingConnection(socket);
    // ...so this one runs after them.
    guard->attachAfter(m_httpServer);
    // Bytes that arrived with the TLS handshake are already waiting.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void GuardedTcpServer::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_handshakeDeadlines.cbegin(); it != m_handshakeDeadlines.cend(); ++it) {
        if (now > it.value())
            QMetaObject::invokeMethod(it.key(), &QAbstractSocket::abort, Qt::QueuedConnection);
    }
    const auto guards = m_guards.values();
    for (ConnectionGuard *g : guards)
        g->checkDeadlines(now);
}

} // namespace Bandwatch
