#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Bandwatch {

// `notifications: webhook:` validated: alerts are POSTed as JSON to `url`.
struct WebhookSettings
{
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (e.g. Authorization)
    int timeoutMs = 15'000;
    QString caFile; // empty: the system's CA store

    bool isValid() const { return !url.isEmpty(); }
    friend bool operator==(const WebhookSettings &, const WebhookSettings &) = default;
};

} // namespace Bandwatch
