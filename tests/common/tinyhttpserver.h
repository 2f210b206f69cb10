#pragma once

// A deliberately small HTTP/1.1 server for tests, on 127.0.0.1 only. It can
// misbehave on purpose (never answer, lie about Content-Length, cut a body,
// stream forever) which a real server library would not let a test do.
// Every connection is closed after one response.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

namespace TestHttp {

struct Request
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

struct Response
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false; // Transfer-Encoding: chunked instead of Content-Length
    qint64 announcedLength = -1; // Content-Length to announce if not the real one
    qint64 cutAfterBodyBytes = -1; // close the connection after this many body bytes
    bool neverAnswer = false; // keep the connection open, send nothing
    bool streamForever = false; // chunked body that never ends
    int delayMs = 0; // wait before answering

    static Response text(QByteArray body, QByteArray contentType = "text/plain; version=0.0.4; charset=utf-8")
    {
        Response r;
        r.body = std::move(body);
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", contentType));
        return r;
    }
};

class Server : public QObject
{
public:
    using Handler = std::function<Response(const Request &)>;

    explicit Server(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    { }

    // Plain HTTP, or HTTPS when a configuration is given (QSslServer).
    bool listen(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(*tls);
            m_server = ssl;
        } else {
            m_server = new QTcpServer(this);
        }
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                accept(s);
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &pathAndQuery, const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(pathAndQuery));
    }
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler h) { m_handler = std::move(h); }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request req;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
            const qint64 length = req.headers.value("content-length", "0").toLongLong();
            if (buffer->size() - end - 4 < length)
                return;
            req.body = buffer->mid(end + 4, length);
            buffer->clear();
            QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(req);
            const Response resp = m_handler(req);
            if (resp.delayMs > 0) {
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(resp.delayMs, this, [this, guard, resp] {
                    if (guard)
                        respond(guard, resp);
                });
            } else {
                respond(socket, resp);
            }
        });
    }

    void respond(QTcpSocket *socket, const Response &resp)
    {
        if (resp.neverAnswer)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + resp.reason + "\r\n";
        for (const auto &h : resp.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Connection: close\r\n";
        if (resp.chunked || resp.streamForever)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: "
                + QByteArray::number(resp.announcedLength >= 0 ? resp.announcedLength : resp.body.size())
                + "\r\n";
        head += "\r\n";
        socket->write(head);

        if (resp.streamForever) {
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] {
                const QByteArray chunk(16 * 1024, 'x');
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            });
            timer->start(1);
            return;
        }
        QByteArray payload;
        if (resp.chunked) {
            // Chunks of 1000 bytes so a cut can fall in the middle of one.
            for (qsizetype i = 0; i < resp.body.size(); i += 1000) {
                const QByteArray part = resp.body.mid(i, 1000);
                payload += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            payload += "0\r\n\r\n";
        } else {
            payload = resp.body;
        }
        if (resp.cutAfterBodyBytes >= 0) {
            socket->write(payload.left(resp.cutAfterBodyBytes));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write(payload);
        socket->disconnectFromHost();
    }

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QList<Request> m_requests;
};

} // namespace TestHttp
