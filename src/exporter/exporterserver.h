#pragma once

#include "exporter/apikeyring.h"
#include "exporter/auththrottle.h"
#include "exporter/exporterrouter.h"
#include "exporter/httplimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <optional>

namespace Bandwatch {

class GuardedTcpServer;
struct ExporterState;

// The HTTP side of the exporter on QHttpServer 6.4 (QAbstractHttpServer bound
// to a GuardedTcpServer): authentication (Bearer or token scheme, scopes,
// failures rate-limited per client address), routing, and writing replies.
class ExporterServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ExporterServer(ExporterState &state, QObject *parent = nullptr);
    ~ExporterServer() override;

    // Binds address:port (port 0: any free port). TLS when `tls` is given.
    bool start(const QHostAddress &address, quint16 port, const HttpLimits &limits,
               const std::optional<QSslConfiguration> &tls, QString *error);
    quint16 port() const;
    bool isListening() const;

    void setKeys(const QList<ApiKey> &keys) { m_keys.setKeys(keys); }
    void setAuthFailureLimit(int perMinute) { m_throttle.setLimit(perMinute, 60'000); }
    void setLimits(const HttpLimits &limits);
    ExporterRouter &router() { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);

    ExporterState &m_state;
    ExporterRouter m_router;
    ApiKeyRing m_keys;
    AuthThrottle m_throttle;
    QPointer<GuardedTcpServer> m_tcp;
};

} // namespace Bandwatch
