#include "exporter/exporterserver.h"

#include "exporter/exporterstate.h"
#include "exporter/guardedtcpserver.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcExporterHttp, "bandwatch.exporter.http")

namespace Bandwatch {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 507:
        return QByteArrayLiteral("Insufficient Storage");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

ExporterServer::ExporterServer(ExporterState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_router(state)
{ }

ExporterServer::~ExporterServer() = default;

bool ExporterServer::start(const QHostAddress &address, quint16 port, const HttpLimits &limits,
                           const std::optional<QSslConfiguration> &tls, QString *error)
{
    auto *tcp = new GuardedTcpServer(limits, this);
    if (tls)
        tcp->setTls(*tls);
    tcp->setHttpServer(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tr("cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 ExporterServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool ExporterServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

void ExporterServer::setLimits(const HttpLimits &limits)
{
    if (m_tcp)
        m_tcp->setLimits(limits);
}

bool ExporterServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList segments = ExporterRouter::segments(request.url());
    const ExporterRouter::Route route = m_router.classify(request.method(), segments);
    if (route.kind == ExporterRouter::Route::Kind::NotFound) {
        send(request, socket, ApiReply::error(404, tr("no such endpoint; see /api/v1/openapi.json")));
        return true;
    }
    if (route.kind == ExporterRouter::Route::Kind::MethodNotAllowed) {
        ApiReply r =
            ApiReply::error(405, tr("method not allowed here; use %1").arg(QString::fromLatin1(route.allow)));
        r.headers.append({ QByteArrayLiteral("Allow"), route.allow });
        send(request, socket, r);
        return true;
    }
    ApiRequest api;
    api.method = request.method();
    api.path = request.url().path();
    api.query = request.query();
    api.body = request.body();
    api.accept = request.value(QByteArrayLiteral("Accept"));
    api.acceptEncoding = request.value(QByteArrayLiteral("Accept-Encoding"));
    api.contentType = request.value(QByteArrayLiteral("Content-Type"));
    api.client = request.remoteAddress().toString();

    if (!route.open && !m_keys.isEmpty()) {
        const QHostAddress client = request.remoteAddress();
        if (const qint64 wait = m_throttle.retryAfterMs(client, now); wait > 0) {
            ApiReply r = ApiReply::error(
                429, tr("too many failed authentication attempts from %1; retry later").arg(api.client));
            r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number((wait + 999) / 1000) });
            send(request, socket, r);
            return true;
        }
        const auto match = m_keys.match(request.value(QByteArrayLiteral("Authorization")));
        if (!match) {
            m_throttle.recordFailure(client, now);
            ++m_state.authFailures;
            m_state.touch();
            if (m_throttle.retryAfterMs(client, now) > 0)
                qCWarning(lcExporterHttp).noquote()
                    << QStringLiteral("client %1: repeated authentication failures, refusing it for a while")
                           .arg(api.client);
            ApiReply r = ApiReply::error(401, tr("an API key is required: send Authorization: Bearer <key>"));
            r.headers.append(
                { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"bandwatch\"") });
            send(request, socket, r);
            return true;
        }
        if (!scopeAllows(match->scope, route.scope)) {
            send(request, socket,
                 ApiReply::error(
                     403,
                     tr("the key \"%1\" has scope %2; this needs %3")
                         .arg(match->name, apiScopeName(match->scope), apiScopeName(route.scope))));
            return true;
        }
        api.keyName = match->name;
    }
    send(request, socket, m_router.handle(api, segments, now));
    return true;
}

void ExporterServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, ApiReply::error(404, tr("no such endpoint; see /api/v1/openapi.json")));
}

void ExporterServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower().contains("close");
    // Written directly rather than through QHttpServerResponder: its
    // writeBody() passes a char pointer on, so the socket copies the body,
    // while QIODevice::write(QByteArray) keeps a reference to the shared,
    // cached /metrics text (several MB with many series). It also gives every
    // status its reason phrase (6.4's responder has none for 507).
    QByteArray head;
    head.reserve(256);
    head.append("HTTP/1.1 ")
        .append(QByteArray::number(reply.status))
        .append(' ')
        .append(reasonPhrase(reply.status));
    head.append("\r\n");
    auto header = [&head](const QByteArray &name, const QByteArray &value) {
        head.append(name).append(": ").append(value).append("\r\n");
    };
    if (!reply.contentType.isEmpty())
        header(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &[name, value] : reply.headers)
        header(name, value);
    header(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    header(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (close)
        header(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    header(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    head.append("\r\n");
    if (reply.body.size() < 16 * 1024) {
        socket->write(head + reply.body);
    } else {
        socket->write(head);
        socket->write(reply.body);
    }
    if (close)
        socket->disconnectFromHost();
}

} // namespace Bandwatch
