#pragma once

// Test-side HTTP helpers. The server runs on the test's own thread, so every
// wait here spins the event loop instead of blocking.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslError>
#include <QTcpSocket>
#include <QTest>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

class ExporterClient
{
public:
    explicit ExporterClient(QString base)
        : m_base(std::move(base))
    { }

    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &key = {},
                    const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &scheme = "Bearer")
    {
        QNetworkRequest req(QUrl(m_base + path));
        if (!key.isEmpty())
            req.setRawHeader("Authorization", scheme + ' ' + key);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
            req.setRawHeader("Content-Type", "text/plain");
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) {
            reply->ignoreSslErrors(); // self-signed test certificate
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10'000);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QString &path, const QByteArray &key = {}) { return send("GET", path, key); }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

// Writes `chunks` on a raw connection (pausing pauseMs between them) and
// returns everything the server sent until it closed or waitMs passed.
inline QByteArray rawExchange(quint16 port, const QByteArrayList &chunks, int waitMs = 3000, int pauseMs = 0)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (s.state() != QAbstractSocket::ConnectedState && t.elapsed() < 3000)
        QTest::qWait(5);
    QByteArray received;
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { received += s.readAll(); });
    for (const QByteArray &c : chunks) {
        if (s.state() != QAbstractSocket::ConnectedState)
            break;
        s.write(c);
        if (pauseMs > 0)
            QTest::qWait(pauseMs);
    }
    t.restart();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < waitMs)
        QTest::qWait(10);
    received += s.readAll();
    return received;
}
