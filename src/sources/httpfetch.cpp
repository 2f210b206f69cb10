#include "sources/httpfetch.h"

#include "core/textexcerpt.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

namespace Bandwatch {

namespace {

constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

bool looksSecret(const QString &key)
{
    static const char *const words[] = { "token", "key", "secret",     "pass",
                                         "auth",  "sig", "credential", "session" };
    const QString k = key.toLower();
    for (const char *w : words)
        if (k.contains(QLatin1String(w)))
            return true;
    return false;
}

QString statusText(int status, const QByteArray &reason)
{
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason));
}

} // namespace

HttpFetch::HttpFetch(QNetworkAccessManager *manager, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpFetch::onTimeout);
}

HttpFetch::~HttpFetch()
{
    m_aborted = true;
    detachReply();
}

QString HttpFetch::redactedUrl(const QUrl &url, bool secretPath)
{
    QUrl u = url;
    u.setUserInfo(QString());
    if (secretPath) {
        u.setPath(QStringLiteral("/..."));
        u.setQuery(QString());
        u.setFragment(QString());
        return u.toDisplayString();
    }
    if (u.hasQuery()) {
        QUrlQuery q(u);
        auto items = q.queryItems(QUrl::FullyEncoded);
        for (auto &item : items)
            if (looksSecret(item.first))
                item.second = QStringLiteral("REDACTED");
        q.setQueryItems(items);
        u.setQuery(q);
    }
    return u.toDisplayString();
}

QString HttpFetch::bodyExcerpt(const QByteArray &body, int maxChars)
{
    return TextExcerpt::printable(body, maxChars);
}

qint64 HttpFetch::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray v = value.toByteArray().simplified();
    if (v.isEmpty())
        return -1;
    bool allDigits = true;
    for (char c : v)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (v.size() > 9) // more than ~31 years: the cap applies anyway
            return kMaxRetryAfterMs;
        return qMin(v.toLongLong() * 1000, kMaxRetryAfterMs);
    }

    // HTTP-date (RFC 9110 section 5.6.7): IMF-fixdate, obsolete RFC 850, asctime.
    // The weekday is redundant and dropped (a wrong one is not worth a refusal).
    const QLocale c = QLocale::c();
    const QString s = QString::fromLatin1(v);
    QDateTime when;
    auto tryParse = [&](const QString &text, const char *format) {
        const QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (parsed.isValid())
            when = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    };
    const qsizetype comma = s.indexOf(QLatin1Char(','));
    if (comma > 0) {
        const QString rest = s.mid(comma + 1).trimmed();
        tryParse(rest, "dd MMM yyyy HH:mm:ss 'GMT'"); // Sun, 06 Nov 1994 08:49:37 GMT
        if (!when.isValid() && rest.size() > 9 && rest.at(2) == u'-' && rest.at(6) == u'-') {
            // Sunday, 06-Nov-94 08:49:37 GMT: two-digit years of the past 50 years.
            const int yy = rest.mid(7, 2).toInt();
            const QString full =
                rest.left(7) + QString::number(yy >= 70 ? 1900 + yy : 2000 + yy) + rest.mid(9);
            tryParse(full, "dd-MMM-yyyy HH:mm:ss 'GMT'");
        }
    } else {
        const qsizetype space = s.indexOf(QLatin1Char(' '));
        if (space > 0)
            tryParse(s.mid(space + 1), "MMM d HH:mm:ss yyyy"); // Sun Nov  6 08:49:37 1994
    }
    if (!when.isValid())
        return -1;
    const qint64 ms = now.msecsTo(when);
    return qBound<qint64>(0, ms, kMaxRetryAfterMs);
}

bool HttpFetch::isRunning() const
{
    return !m_reply.isNull() || m_pendingFinish;
}

void HttpFetch::start()
{
    Q_ASSERT(!m_reply && !m_done);
    m_elapsed.start();

    QUrl url = m_request.url;
    if (!url.userInfo().isEmpty()) {
        if (m_request.username.isEmpty()) {
            m_request.username = url.userName(QUrl::FullyDecoded);
            m_request.password = url.password(QUrl::FullyDecoded);
        }
        url.setUserInfo(QString());
    }
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        fail(HttpResult::Error::Network,
             tr("invalid URL %1 (expected http:// or https://)").arg(redactedUrl(url, m_request.secretPath)));
        return;
    }

    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Bandwatch"));
    if (!m_request.accept.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Accept"), m_request.accept);
    const bool hasCredentials = !m_request.username.isEmpty() || !m_request.headers.isEmpty();
    if (!m_request.username.isEmpty()) {
        const QByteArray pair = m_request.username.toUtf8() + ':' + m_request.password.toUtf8();
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
    }
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_request.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_request.caCertificates);
        req.setSslConfiguration(ssl);
    }
    // Credentials must not follow a redirect to another origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     hasCredentials ? QNetworkRequest::SameOriginRedirectPolicy
                                    : QNetworkRequest::NoLessSafeRedirectPolicy);
    // The body limit is ours to enforce; Qt's own buffering must not hide it.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (m_request.method == "GET")
        m_reply = m_manager->get(req);
    else
        m_reply = m_manager->sendCustomRequest(req, m_request.method, m_request.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpFetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message; never ignored, so the handshake fails.
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_result.errorString = texts.join(QStringLiteral("; "));
    });
    m_timer.start(m_request.timeout);
}

std::optional<QList<QSslCertificate>> HttpFetch::loadCaFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the CA file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.read(4 * 1024 * 1024), QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = tr("the CA file %1 holds no PEM certificate").arg(path);
        return std::nullopt;
    }
    return certs;
}

void HttpFetch::abort()
{
    m_aborted = true;
    m_timer.stop();
    detachReply();
}

void HttpFetch::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void HttpFetch::collectHeaders()
{
    if (!m_reply)
        return;
    m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.headers = m_reply->rawHeaderPairs();
    m_result.contentType = m_reply->rawHeader("Content-Type");
}

void HttpFetch::onMetaDataChanged()
{
    if (!m_reply)
        return;
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_request.maxBodyBytes && m_reply->rawHeader("Content-Encoding").isEmpty()) {
        collectHeaders();
        fail(HttpResult::Error::TooLarge,
             tr("response from %1 announces %2 bytes, more than the limit of %3 bytes")
                 .arg(redactedUrl(m_reply->url(), m_request.secretPath))
                 .arg(announced)
                 .arg(m_request.maxBodyBytes));
    }
}

void HttpFetch::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 room = m_request.maxBodyBytes - m_result.body.size();
    // Read one byte more than allowed so an oversize body is recognised
    // without buffering the rest of it.
    m_result.body += m_reply->read(room + 1);
    if (m_result.body.size() > m_request.maxBodyBytes) {
        collectHeaders();
        m_result.body.truncate(m_request.maxBodyBytes);
        fail(HttpResult::Error::TooLarge,
             tr("response from %1 is larger than the limit of %2 bytes")
                 .arg(redactedUrl(m_reply->url(), m_request.secretPath))
                 .arg(m_request.maxBodyBytes));
    }
}

void HttpFetch::onTimeout()
{
    if (!m_reply)
        return;
    collectHeaders();
    fail(HttpResult::Error::Timeout,
         tr("no complete answer from %1 within %2 ms")
             .arg(redactedUrl(m_reply->url(), m_request.secretPath))
             .arg(m_request.timeout.count()));
}

void HttpFetch::onFinished()
{
    if (!m_reply)
        return;
    m_timer.stop();
    onReadyRead();
    if (m_done)
        return;
    collectHeaders();

    QNetworkReply *reply = m_reply;
    const QString where = redactedUrl(reply->url(), m_request.secretPath);
    const QNetworkReply::NetworkError err = reply->error();
    const int status = m_result.httpStatus;
    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const int errCode = int(err);

    // Qt's own error strings can quote the request URL; never pass them on raw.
    auto qtError = [&] {
        QString text = reply->errorString();
        for (const QUrl &u : { reply->url(), reply->request().url() }) {
            text.replace(u.toString(QUrl::FullyEncoded), where);
            text.replace(u.toString(), where);
            text.replace(u.toDisplayString(), where);
        }
        return text;
    };

    if (status == 0) {
        if (err == QNetworkReply::SslHandshakeFailedError) {
            const QString detail = m_result.errorString.isEmpty() ? qtError() : m_result.errorString;
            m_result.errorString.clear();
            fail(HttpResult::Error::Tls, tr("TLS failure with %1: %2").arg(where, detail));
        } else {
            fail(HttpResult::Error::Network, tr("cannot fetch %1: %2").arg(where, qtError()));
        }
        return;
    }

    // Headers arrived. A transport error now (1..99: connection closed or
    // reset; 3xx codes: chunked/protocol errors) means the body is incomplete.
    const bool transportError = err != QNetworkReply::NoError
        && ((errCode > 0 && errCode < 100) || (errCode >= 300 && errCode < 400));
    if (transportError && status < 400) {
        fail(HttpResult::Error::Truncated,
             tr("response from %1 was cut off after %2 bytes: %3")
                 .arg(where)
                 .arg(m_result.body.size())
                 .arg(qtError()));
        return;
    }
    bool hasLength = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && reply->rawHeader("Content-Encoding").isEmpty() && announced != m_result.body.size()
        && m_request.method != "HEAD" && status != 204 && status != 304) {
        fail(HttpResult::Error::Truncated,
             tr("response from %1 has %2 bytes where Content-Length announced %3")
                 .arg(where)
                 .arg(m_result.body.size())
                 .arg(announced));
        return;
    }

    if (status >= 300) {
        if (status == 429 || status == 503)
            m_result.retryAfterMs =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        QString message = tr("%1 from %2").arg(statusText(status, reason), where);
        const QString excerpt = m_request.secretPath ? QString() : bodyExcerpt(m_result.body);
        if (!excerpt.isEmpty())
            message += QStringLiteral(": ") + excerpt;
        fail(HttpResult::Error::HttpStatus, message);
        return;
    }
    if (err != QNetworkReply::NoError) {
        fail(HttpResult::Error::Network, tr("cannot fetch %1: %2").arg(where, qtError()));
        return;
    }
    m_result.errorString.clear();
    finish();
}

void HttpFetch::fail(HttpResult::Error error, const QString &message)
{
    if (m_done)
        return;
    m_result.error = error;
    m_result.errorString = message;
    finish();
}

void HttpFetch::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    detachReply();
    m_pendingFinish = true;
    // Always queued: a failure inside start() must not call back into the
    // caller before start() returns.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pendingFinish = false;
            if (!m_aborted)
                Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

} // namespace Bandwatch
