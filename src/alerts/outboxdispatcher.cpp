#include "alerts/outboxdispatcher.h"

#include "alerts/alertstore.h"
#include "alerts/notifier.h"
#include "alerts/quota.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOutbox, "bandwatch.alerts.outbox")

namespace Bandwatch {

namespace {
constexpr qint64 kPollMs = 60'000; // looks again at least this often
}

OutboxDispatcher::OutboxDispatcher(AlertStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::dispatch);
}

OutboxDispatcher::~OutboxDispatcher()
{
    stop();
}

void OutboxDispatcher::setRetryPolicy(qint64 initialMs, qint64 maxMs, qint64 giveUpAfterMs)
{
    m_retryInitialMs = std::max<qint64>(1, initialMs);
    m_retryMaxMs = std::max(m_retryInitialMs, maxMs);
    m_giveUpAfterMs = giveUpAfterMs;
}

void OutboxDispatcher::addNotifier(Notifier *notifier)
{
    if (!notifier)
        return;
    m_notifiers.insert(notifier->channel(), notifier);
    connect(notifier, &Notifier::finished, this, &OutboxDispatcher::onFinished, Qt::UniqueConnection);
    kick();
}

void OutboxDispatcher::removeNotifier(Notifier *notifier)
{
    if (!notifier)
        return;
    disconnect(notifier, nullptr, this, nullptr);
    for (auto it = m_notifiers.begin(); it != m_notifiers.end();) {
        if (it.value() == notifier || it.value().isNull())
            it = m_notifiers.erase(it);
        else
            ++it;
    }
    // Its deliveries in flight stay open in the outbox and are retried.
    const QString channel = notifier->channel();
    m_inFlight.removeIf([&channel](const auto &it) { return it.value().entry.channel == channel; });
}

QStringList OutboxDispatcher::channels() const
{
    QStringList out;
    for (auto it = m_notifiers.cbegin(); it != m_notifiers.cend(); ++it)
        if (!it.value().isNull())
            out << it.key();
    out.sort();
    return out;
}

void OutboxDispatcher::start()
{
    m_running = true;
    kick();
}

void OutboxDispatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_inFlight.clear();
}

void OutboxDispatcher::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        kick();
}

void OutboxDispatcher::kick()
{
    if (!m_running || m_kickPending)
        return;
    m_kickPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_kickPending = false;
            dispatch();
        },
        Qt::QueuedConnection);
}

qint64 OutboxDispatcher::backoffMs(int attempts, qint64 initialMs, qint64 maxMs)
{
    qint64 delay = initialMs;
    for (int i = 1; i < attempts && delay < maxMs; ++i)
        delay *= 2;
    return std::min(delay, maxMs);
}

void OutboxDispatcher::dispatch()
{
    // While paused the entries wait in the outbox; setPaused(false) kicks again.
    if (!m_running || m_paused)
        return;
    m_inFlight.removeIf([](const auto &it) { return it.value().since.hasExpired(inFlightTimeoutMs); });
    const QStringList available = channels();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    giveUpStranded(available, now);
    const QList<OutboxEntry> due = m_store->dueEntries(available, now);
    for (const OutboxEntry &entry : due) {
        if (m_inFlight.contains(entry.id))
            continue;
        Notifier *notifier = m_notifiers.value(entry.channel);
        if (!notifier)
            continue;
        if (entry.createdMs + m_giveUpAfterMs < now && entry.attempts > 0) {
            const QString message =
                tr("gave up after %n attempt(s) over %1 days; last error: %2", nullptr, entry.attempts)
                    .arg(m_giveUpAfterMs / 86'400'000.0, 0, 'f', 1)
                    .arg(entry.lastError);
            qCCritical(lcOutbox).noquote()
                << tr("alert %1 (%2, quota %3): %4").arg(entry.id).arg(entry.channel, entry.quotaId, message);
            QString e;
            if (!m_store->abandon(entry.id, message, now, &e))
                qCCritical(lcOutbox).noquote() << e;
            Q_EMIT entryChanged(entry.id);
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(entry.payload);
        const Alert alert = Alert::fromJson(doc.object());
        InFlight f { entry, {} };
        f.since.start();
        m_inFlight.insert(entry.id, f);
        qCDebug(lcOutbox) << "delivering outbox entry" << entry.id << "via" << entry.channel;
        notifier->deliver(entry, alert);
    }
    scheduleNext();
}

void OutboxDispatcher::giveUpStranded(const QStringList &available, qint64 now)
{
    // An entry for a channel that no longer runs (a tray alert from a GUI
    // session, then only headless runs; a removed e-mail section) is never
    // due, so it would otherwise stay open for ever and be retried by nobody.
    const QList<OutboxEntry> stranded = m_store->strandedEntries(available, now - m_giveUpAfterMs);
    for (const OutboxEntry &entry : stranded) {
        QString message = tr("gave up after %1 days: the %2 channel was not available in that time")
                              .arg(m_giveUpAfterMs / 86'400'000.0, 0, 'f', 1)
                              .arg(entry.channel);
        if (!entry.lastError.isEmpty())
            message += u"; " + tr("last error: %1").arg(entry.lastError);
        qCCritical(lcOutbox).noquote()
            << tr("alert %1 (%2, quota %3): %4").arg(entry.id).arg(entry.channel, entry.quotaId, message);
        QString e;
        if (!m_store->abandon(entry.id, message, now, &e))
            qCCritical(lcOutbox).noquote() << e;
        Q_EMIT entryChanged(entry.id);
    }
}

void OutboxDispatcher::onFinished(qint64 id, bool ok, const QString &error)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.cend())
        return; // stopped meanwhile, or timed out and retried: the entry is still open
    const OutboxEntry entry = it->entry;
    m_inFlight.erase(it);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString e;
    if (ok) {
        if (!m_store->markSent(id, now, &e)) {
            // The alert went out, but the outbox could not record it: it may be sent once more.
            qCCritical(lcOutbox).noquote()
                << tr("alert %1 was delivered but cannot be marked sent: %2").arg(id).arg(e);
        }
        const QString what = entry.thresholdBasisPoints == Quota::projectionBasisPoints
            ? tr("projected to exceed")
            : QStringLiteral("%1 %").arg(entry.thresholdBasisPoints / 100.0);
        qCInfo(lcOutbox).noquote()
            << tr("alert %1 delivered via %2 (quota %3, %4)").arg(id).arg(entry.channel, entry.quotaId, what);
        Q_EMIT delivered(id, entry.channel);
    } else {
        const int attempts = entry.attempts + 1;
        const bool giveUp = entry.createdMs + m_giveUpAfterMs < now;
        const qint64 next = now + backoffMs(attempts, m_retryInitialMs, m_retryMaxMs);
        const QString text = error.isEmpty() ? tr("delivery failed without an error message") : error;
        if (!m_store->markFailed(id, text, now, next, giveUp, &e))
            qCCritical(lcOutbox).noquote()
                << tr("cannot record the failed delivery of alert %1: %2").arg(id).arg(e);
        if (giveUp) {
            qCCritical(lcOutbox).noquote() << tr("alert %1 via %2 (quota %3) abandoned after %4 attempts: %5")
                                                  .arg(id)
                                                  .arg(entry.channel, entry.quotaId)
                                                  .arg(attempts)
                                                  .arg(text);
        } else {
            qCWarning(lcOutbox).noquote() << tr("alert %1 via %2 (quota %3) not delivered (attempt %4): %5; "
                                                "retrying in %6 s")
                                                 .arg(id)
                                                 .arg(entry.channel, entry.quotaId)
                                                 .arg(attempts)
                                                 .arg(text)
                                                 .arg((next - now) / 1000.0, 0, 'f', 1);
        }
        Q_EMIT deliveryFailed(id, entry.channel, text);
    }
    Q_EMIT entryChanged(id);
    kick();
}

void OutboxDispatcher::scheduleNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> next = m_store->nextAttemptMs(channels(), m_inFlight.keys());
    const qint64 wait = next ? std::clamp<qint64>(*next - now, 0, kPollMs) : kPollMs;
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Bandwatch
