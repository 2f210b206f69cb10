#include "exporter/auththrottle.h"

namespace Bandwatch {

namespace {
// Bounds memory when many addresses fail (a scan over a /64): beyond this,
// expired entries are dropped at once instead of on the periodic sweep.
constexpr qsizetype kMaxTrackedClients = 10'000;
} // namespace

void AuthThrottle::setLimit(int maxFailures, qint64 windowMs)
{
    m_maxFailures = std::max(1, maxFailures);
    m_windowMs = std::max<qint64>(1, windowMs);
}

qint64 AuthThrottle::retryAfterMs(const QHostAddress &client, qint64 nowMs) const
{
    const auto it = m_failures.constFind(client);
    if (it == m_failures.cend())
        return 0;
    qsizetype recent = 0;
    qint64 oldestRecent = nowMs;
    for (qint64 t : *it) {
        if (nowMs - t < m_windowMs) {
            ++recent;
            oldestRecent = std::min(oldestRecent, t);
        }
    }
    if (recent < m_maxFailures)
        return 0;
    return std::max<qint64>(1, oldestRecent + m_windowMs - nowMs);
}

void AuthThrottle::recordFailure(const QHostAddress &client, qint64 nowMs)
{
    if (m_failures.size() >= kMaxTrackedClients || nowMs - m_lastPruneMs > m_windowMs)
        prune(nowMs);
    QList<qint64> &list = m_failures[client];
    list.append(nowMs);
    // Only the last maxFailures matter for the decision.
    while (list.size() > m_maxFailures)
        list.removeFirst();
}

void AuthThrottle::prune(qint64 nowMs)
{
    m_lastPruneMs = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        it->removeIf([&](qint64 t) { return nowMs - t >= m_windowMs; });
        if (it->isEmpty())
            it = m_failures.erase(it);
        else
            ++it;
    }
}

} // namespace Bandwatch
