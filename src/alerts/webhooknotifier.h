#pragma once

#include "alerts/notifier.h"
#include "alerts/webhooksettings.h"

#include <QHash>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Bandwatch {

// POSTs each alert as JSON (the Alert fields plus "text", a one-paragraph
// summary that chat tools such as Slack or Mattermost show as the message).
// Any 2xx answer is success.
class WebhookNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit WebhookNotifier(WebhookSettings settings, QObject *parent = nullptr);
    ~WebhookNotifier() override;

    QString channel() const override { return QStringLiteral("webhook"); }
    void deliver(const Bandwatch::OutboxEntry &entry, const Bandwatch::Alert &alert) override;
    void shutdown() override;

    static QByteArray payload(const OutboxEntry &entry, const Alert &alert);

private:
    void onFinished(QNetworkReply *reply, qint64 entryId);

    const WebhookSettings m_settings;
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, qint64> m_inFlight;
    bool m_stopping = false;
};

} // namespace Bandwatch
