#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Bandwatch {

// The outcome of one HttpFetch. `errorString` is safe to show and to log: it
// never contains credentials, URL user info or secret query parameters.
struct HttpResult
{
    enum class Error {
        None,
        Timeout, // the whole request took longer than its timeout
        Network, // connection refused, DNS, reset before any body byte, ...
        Tls, // certificate or handshake failure (verification is never disabled)
        HttpStatus, // the server answered with a status >= 400 (body is kept, up to the limit)
        TooLarge, // the body exceeded the maximum size (download stopped at once)
        Truncated, // the body ended early: Content-Length mismatch or connection lost mid-body
        Aborted // HttpFetch::abort() (never emitted, documented for completeness)
    };

    Error error = Error::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body; // the complete body on success; what arrived otherwise
    QByteArray contentType; // value of the Content-Type header, as sent
    QList<QPair<QByteArray, QByteArray>> headers; // response headers, as sent
    qint64 retryAfterMs = -1; // from Retry-After on 429/503; -1 when absent or invalid
    qint64 elapsedMs = 0;
    QString errorString; // one line, for humans; empty on success

    bool ok() const { return error == Error::None; }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers)
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

} // namespace Bandwatch

Q_DECLARE_METATYPE(Bandwatch::HttpResult)
