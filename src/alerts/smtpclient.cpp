#include "alerts/smtpclient.h"

#include "alerts/mailmessage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpClient", text);
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readCallback(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, u->data.size() - u->offset);
    if (n <= 0)
        return 0;
    memcpy(buffer, u->data.constData() + u->offset, size_t(n));
    u->offset += n;
    return size_t(n);
}

// Keeps the server's last reply lines (never what we sent: that holds the AUTH credentials).
struct Transcript
{
    QStringList replies;
    // libcurl reports "not offered" and "refused" alike (CURLE_USE_SSL_FAILED);
    // the EHLO answer tells them apart.
    bool startTlsOffered = false;
    bool startTlsSent = false;
    QString startTlsReply; // the server's answer to our STARTTLS
};

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *t = static_cast<Transcript *>(user);
    if (type == CURLINFO_HEADER_OUT) {
        // Only the command's name is looked at: other commands carry credentials.
        if (size >= 8 && qstrnicmp(data, "STARTTLS", 8) == 0)
            t->startTlsSent = true;
        return 0;
    }
    if (type != CURLINFO_HEADER_IN)
        return 0;
    const QString text = QString::fromUtf8(data, qsizetype(size)).trimmed();
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        t->replies << line.trimmed();
        if (t->startTlsSent && t->startTlsReply.isEmpty())
            t->startTlsReply = line.trimmed();
        if (line.size() > 4 && line.startsWith(QLatin1String("250"))
            && line.mid(4).trimmed().compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
            t->startTlsOffered = true;
        if (t->replies.size() > 6)
            t->replies.removeFirst();
    }
    return 0;
}

int progressCallback(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *abort = static_cast<const std::atomic<bool> *>(user);
    return abort && abort->load() ? 1 : 0;
}

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings)
    : m_settings(std::move(settings))
{ }

void SmtpClient::globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpClient::Result SmtpClient::send(const QByteArray &message, const std::atomic<bool> *abort) const
{
    globalInit();
    Result r;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        r.error = tr("cannot initialise libcurl");
        return r;
    }
    CURL *c = curl.get();
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from =
        QByteArray("<") + MailMessage::addressSpec(m_settings.from).toUtf8() + QByteArray(">");
    std::unique_ptr<curl_slist, SlistDeleter> rcpt;
    for (const QString &to : m_settings.to) {
        const QByteArray addr = QByteArray("<") + MailMessage::addressSpec(to).toUtf8() + QByteArray(">");
        curl_slist *next = curl_slist_append(rcpt.get(), addr.constData());
        if (!next) {
            r.error = tr("out of memory");
            return r;
        }
        rcpt.release();
        rcpt.reset(next);
    }
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    const QByteArray loginOptions = m_settings.loginOptions.toUtf8();
    Upload upload { message, 0 };
    Transcript transcript;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readCallback);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    // smtps:// is TLS from the start; for smtp:// this asks for STARTTLS.
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     long(m_settings.startTls == SmtpSettings::StartTls::Optional && !m_settings.implicitTls()
                              ? CURLUSESSL_TRY
                              : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    if (!loginOptions.isEmpty())
        curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, loginOptions.constData());
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds debugCallback; libcurl prints nothing itself
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &debugCallback);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &transcript);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &progressCallback);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(abort));

    const CURLcode code = curl_easy_perform(c);
    r.curlCode = int(code);
    if (code == CURLE_OK) {
        r.ok = true;
        return r;
    }
    if (code == CURLE_ABORTED_BY_CALLBACK && abort && abort->load()) {
        r.aborted = true;
        r.error = tr("interrupted by shutdown");
        return r;
    }
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    r.error = describe(int(code), detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail,
                       transcript.replies.isEmpty() ? QString() : transcript.replies.last(),
                       transcript.startTlsOffered ? transcript.startTlsReply : QString());
    return r;
}

QString SmtpClient::describe(int code, const QString &detail, const QString &serverReply,
                             const QString &startTlsRefusal) const
{
    const QUrl url(m_settings.url);
    const QString server =
        QStringLiteral("%1:%2").arg(url.host()).arg(url.port(m_settings.implicitTls() ? 465 : 25));
    QString what;
    switch (CURLcode(code)) {
    case CURLE_LOGIN_DENIED:
        what = tr("the server rejected the login of user \"%1\": wrong user name or password")
                   .arg(m_settings.username);
        break;
    case CURLE_USE_SSL_FAILED:
        if (!startTlsRefusal.isEmpty())
            what = tr("the server offers STARTTLS but refused it with \"%1\", and starttls is required: "
                      "nothing was sent (often a temporary problem on the server's side)")
                       .arg(startTlsRefusal);
        else
            what = tr("the server does not offer STARTTLS, and starttls is required: nothing was sent "
                      "(set starttls: optional only if clear text is acceptable)");
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        what = tr("the server's TLS certificate is not trusted (%1); if your own CA signed it, "
                  "set ca_file to that CA's certificate")
                   .arg(detail);
        break;
    case CURLE_SSL_CACERT_BADFILE:
        what = tr("cannot use the CA file \"%1\" (%2)").arg(m_settings.caFile, detail);
        break;
    case CURLE_SSL_CONNECT_ERROR:
        what = tr("the TLS handshake failed (%1)").arg(detail);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        what = tr("cannot resolve the host name %1").arg(url.host());
        break;
    case CURLE_COULDNT_CONNECT:
        what = tr("cannot connect to %1 (%2); is the server running and the port right?").arg(server, detail);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        what = tr("no answer from %1 in time (%2)").arg(server, detail);
        break;
    default:
        what = detail;
        break;
    }
    QString text = tr("e-mail via %1 failed: %2").arg(server, what);
    if (!serverReply.isEmpty() && !text.contains(serverReply))
        text += tr(" (last server reply: \"%1\")").arg(serverReply);
    return text;
}

} // namespace Bandwatch
