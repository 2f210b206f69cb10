#include "alerts/webhooknotifier.h"

#include "alerts/alertformatter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Bandwatch {

WebhookNotifier::WebhookNotifier(WebhookSettings settings, QObject *parent)
    : Notifier(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{ }

WebhookNotifier::~WebhookNotifier()
{
    shutdown();
}

QByteArray WebhookNotifier::payload(const OutboxEntry &entry, const Alert &alert)
{
    QJsonObject o = alert.toJson();
    o.insert(QStringLiteral("event"),
             alert.projectionWarning ? QStringLiteral("quota.projection")
                                     : QStringLiteral("quota.threshold"));
    o.insert(QStringLiteral("id"), entry.messageId);
    o.insert(QStringLiteral("subject"), AlertFormatter::subject(alert));
    o.insert(QStringLiteral("text"),
             QString(AlertFormatter::subject(alert) + u'\n' + AlertFormatter::shortText(alert)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void WebhookNotifier::deliver(const OutboxEntry &entry, const Alert &alert)
{
    if (m_stopping)
        return;
    QNetworkRequest request { QUrl(m_settings.url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Bandwatch"));
    request.setRawHeader("Idempotency-Key", entry.messageId.toLatin1());
    for (const auto &[name, value] : m_settings.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_settings.caFile.isEmpty() && QSslSocket::supportsSsl()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = ssl.caCertificates();
        cas << QSslCertificate::fromPath(m_settings.caFile);
        ssl.setCaCertificates(cas);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network->post(request, payload(entry, alert));
    m_inFlight.insert(reply, entry.id);
    const qint64 id = entry.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onFinished(reply, id); });
}

void WebhookNotifier::onFinished(QNetworkReply *reply, qint64 entryId)
{
    reply->deleteLater();
    if (!m_inFlight.remove(reply) || m_stopping)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        Q_EMIT finished(entryId, true, QString());
        return;
    }
    // The path of a chat webhook is often its secret: name the server only.
    const QString where =
        reply->url()
            .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
            .toDisplayString();
    QString error;
    if (status > 0) {
        const QByteArray body = reply->readAll().left(300).simplified();
        error = tr("webhook %1 answered HTTP %2 %3")
                    .arg(where)
                    .arg(status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        if (!body.isEmpty())
            error += QStringLiteral(": ") + QString::fromUtf8(body);
    } else {
        error = tr("webhook %1 failed: %2").arg(where, reply->errorString());
    }
    Q_EMIT finished(entryId, false, error);
}

void WebhookNotifier::shutdown()
{
    m_stopping = true;
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *r : replies)
        r->abort();
}

} // namespace Bandwatch
