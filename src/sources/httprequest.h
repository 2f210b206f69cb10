#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <chrono>

namespace Bandwatch {

// What HttpFetch should send. Everything that may hold a secret (user info in
// the URL, `password`, `headers` such as Authorization or X-Api-Key) is only
// ever put on the wire, never into an error message or a log line.
struct HttpRequest
{
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body; // sent for POST/PUT
    QByteArray contentType; // of `body`
    QByteArray accept; // Accept header; empty = Qt's default

    // Basic auth, sent preemptively (no 401 round trip). User info in `url`
    // is moved here by HttpFetch and stripped from the URL.
    QString username;
    QString password;

    // Extra headers, e.g. {"Authorization", "Bearer ..."} or {"Kong-Admin-Token", "..."}.
    QList<QPair<QByteArray, QByteArray>> headers;

    // The URL's path and query are themselves a secret (a webhook-style secret
    // path): messages then show only scheme://host:port/..., and never quote
    // the response body, which may echo the path.
    bool secretPath = false;

    // Non-empty: trust only these certificate authorities (a `ca_file` for a
    // private CA), as curl's --cacert does; empty: the system's. Verification
    // itself is never turned off.
    QList<QSslCertificate> caCertificates;

    std::chrono::milliseconds timeout { std::chrono::seconds(30) };
    qint64 maxBodyBytes = 32 * 1024 * 1024;
};

} // namespace Bandwatch
