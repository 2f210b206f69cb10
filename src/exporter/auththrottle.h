#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace Bandwatch {

// Failed authentication attempts per client address. A client that failed
// `maxFailures` times within `windowMs` is refused (429) until its oldest
// counted failure leaves the window, whatever key it sends then; guessing a
// key at 10 tries a minute is hopeless.
class AuthThrottle
{
public:
    void setLimit(int maxFailures, qint64 windowMs);

    // 0 if the address may try; otherwise milliseconds until it may.
    qint64 retryAfterMs(const QHostAddress &client, qint64 nowMs) const;
    void recordFailure(const QHostAddress &client, qint64 nowMs);
    qsizetype trackedClients() const { return m_failures.size(); }

private:
    void prune(qint64 nowMs);

    int m_maxFailures = 10;
    qint64 m_windowMs = 60'000;
    QHash<QHostAddress, QList<qint64>> m_failures;
    qint64 m_lastPruneMs = 0;
};

} // namespace Bandwatch
