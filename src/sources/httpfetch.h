#pragma once

#include "sources/httprequest.h"
#include "sources/httpresult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Bandwatch {

// One asynchronous HTTP request over a caller-owned QNetworkAccessManager,
// with the checks every polling source needs:
//
//  - an overall timeout (not just inactivity);
//  - a maximum body size, enforced while downloading (a Content-Length above
//    the limit stops the request before any body byte is read);
//  - HTTP status >= 400 as an error whose text carries a short, sanitised
//    excerpt of the body; the body itself stays in the result (APIs such as
//    Prometheus put their error in a JSON body);
//  - Retry-After (delta-seconds or HTTP-date) on 429 and 503, as retryAfterMs;
//  - bodies cut short (connection lost after the headers, or fewer bytes than
//    Content-Length announced) as Truncated, never as a short success;
//  - TLS verification always on: sslErrors are reported, never ignored;
//  - optional preemptive basic auth and extra headers, never logged.
//
// Known limit: Qt 6.4 treats a connection that closes in the middle of a
// *chunked* body as the end of that body when the close is processed before
// the remaining data (QHttpProtocolHandler::_q_receiveReply); QNetworkReply
// then reports success, so HttpFetch cannot flag it. Callers that must never
// accept a partial body check completeness in the payload too (the exposition
// parser requires the final newline / "# EOF", JSON must parse).
//
// Usage: create, connect finished(), call start(). finished() is emitted
// exactly once, asynchronously (never from inside start()), unless abort()
// is called first, after which nothing is emitted. One HttpFetch performs one
// request; create a new one for the next. Deleting it aborts the request.
class HttpFetch : public QObject
{
    Q_OBJECT
public:
    HttpFetch(QNetworkAccessManager *manager, HttpRequest request, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start();
    void abort();
    bool isRunning() const;

    const HttpRequest &request() const { return m_request; }

    // The URL as it may be shown: without user info, and with the values of
    // query parameters that look like secrets (token, key, password, ...) replaced.
    static QString redactedUrl(const QUrl &url, bool secretPath = false);
    // The PEM certificates of a `ca_file`; nullopt with *error if it cannot
    // be read or holds none.
    static std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error);

    // Parses a Retry-After value: delta-seconds ("120") or an HTTP-date in
    // IMF-fixdate, RFC 850 or asctime form. Returns milliseconds from `now`
    // (0 for dates in the past), or -1 if the value is not valid.
    // Values are capped at one day so a hostile server cannot silence a source.
    static qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now);

    // Printable one-line excerpt of a body for error messages.
    static QString bodyExcerpt(const QByteArray &body, int maxChars = 200);

Q_SIGNALS:
    void finished(const Bandwatch::HttpResult &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void fail(HttpResult::Error error, const QString &message);
    void finish();
    void collectHeaders();
    void detachReply();

    QNetworkAccessManager *m_manager;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    HttpResult m_result;
    bool m_done = false;
    bool m_pendingFinish = false;
    bool m_aborted = false;
};

} // namespace Bandwatch
