#pragma once

#include "exporter/httplimits.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace Bandwatch {

class ConnectionGuard;

// The listening socket of the exporter, bound to the QHttpServer with
// QAbstractHttpServer::bind(). It caps the number of connections (503 beyond
// it), performs the TLS handshake itself when TLS is on (with a deadline), and
// gives each connection a ConnectionGuard before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    // The QAbstractHttpServer this server is bound to (its readyRead slots
    // are cut off when a guard rejects a request).
    void setHttpServer(QObject *server) { m_httpServer = server; }

    int activeConnections() const { return int(m_sockets.size()); }
    quint64 refusedConnections() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void track(QTcpSocket *socket);
    void handOver(QTcpSocket *socket);
    void sweep();

    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QPointer<QObject> m_httpServer;
    QSet<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, qint64> m_handshakeDeadlines;
    QHash<QTcpSocket *, ConnectionGuard *> m_guards;
    QTimer m_sweep;
    quint64 m_refused = 0;
};

} // namespace Bandwatch
