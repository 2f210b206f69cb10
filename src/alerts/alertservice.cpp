#include "alerts/alertservice.h"

#include "alerts/alertformatter.h"
#include "alerts/alertstore.h"
#include "alerts/historyusageprovider.h"
#include "alerts/mailmessage.h"
#include "alerts/notifier.h"
#include "alerts/outboxdispatcher.h"
#include "alerts/quotaevaluator.h"
#include "alerts/smtpnotifier.h"
#include "alerts/webhooknotifier.h"
#include "storage/historystore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAlerts, "bandwatch.alerts")

namespace Bandwatch {

namespace {
constexpr qint64 kPruneEveryMs = 86'400'000;
constexpr qint64 kKeepHistoryMs = 400LL * 86'400'000; // sent entries and old cycles' states
constexpr qint64 kCatchUpMs = 2LL * 86'400'000; // the previous cycle is still checked this long
constexpr qint64 kMaxTimerMs = 3'600'000; // a pause's end is checked at least this often
// The forecast extrapolates the pace so far: a busy first hour alone would
// predict a month many times over. The warning waits for a day of the cycle
// (a quarter of a shorter one).
constexpr qint64 kProjectionMinElapsedMs = 86'400'000;
} // namespace

AlertService::AlertService(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_alertStore(std::make_unique<AlertStore>(store))
    , m_dispatcher(std::make_unique<OutboxDispatcher>(m_alertStore.get()))
    , m_provider(std::make_unique<HistoryUsageProvider>(store))
    , m_evaluator(std::make_unique<QuotaEvaluator>(m_provider.get()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Bandwatch::Alert>();
    connect(&m_timer, &QTimer::timeout, this, [this] { evaluateNow(); });
    connect(m_dispatcher.get(), &OutboxDispatcher::entryChanged, this, &AlertService::outboxChanged);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        // Timers may fire early or late by a little; a long pause is re-armed in steps.
        if (m_pausedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_pausedUntil)
            m_pauseTimer.start(std::chrono::milliseconds(
                std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil), 1, kMaxTimerMs)));
        else
            resumeNotifications();
    });
}

AlertService::~AlertService()
{
    stop();
}

void AlertService::configure(const AlertsConfig &config)
{
    const NotificationSettings previous = m_config.notifications;
    m_config = config;
    // Cached weekday profiles belong to the old selectors.
    m_evaluator = std::make_unique<QuotaEvaluator>(m_provider.get());
    m_dispatcher->setRetryPolicy(config.notifications.retryInitialMs, config.notifications.retryMaxMs,
                                 config.notifications.giveUpAfterMs);
    m_timer.setInterval(std::chrono::milliseconds(config.notifications.evaluateIntervalMs));
    if (m_running) {
        rebuildNotifiers(previous, false);
        QMetaObject::invokeMethod(
            this, [this] { evaluateNow(); }, Qt::QueuedConnection);
    }
}

bool AlertService::configure(const ConfigNode &document, QString *error)
{
    QList<ConfigError> errors;
    const AlertsConfig config = AlertsConfig::parse(document, &errors);
    if (!errors.isEmpty()) {
        if (error) {
            QStringList lines;
            for (const ConfigError &e : std::as_const(errors))
                lines << (e.line > 0 ? QStringLiteral("line %1: %2").arg(e.line).arg(e.message) : e.message);
            *error = lines.join(u'\n');
        }
        return false;
    }
    configure(config);
    return true;
}

bool AlertService::start(QString *error)
{
    if (m_running)
        return true;
    if (!m_store || !m_store->isOpen()) {
        if (error)
            *error = tr("alerts need an open history database");
        return false;
    }
    m_running = true;
    rebuildNotifiers(m_config.notifications, true);
    for (const QPointer<Notifier> &n : std::as_const(m_external))
        if (n)
            m_dispatcher->addNotifier(n);
    m_dispatcher->setRetryPolicy(m_config.notifications.retryInitialMs, m_config.notifications.retryMaxMs,
                                 m_config.notifications.giveUpAfterMs);
    m_dispatcher->start();
    m_timer.start(std::chrono::milliseconds(m_config.notifications.evaluateIntervalMs));
    const int open = m_alertStore->openCount();
    if (open > 0)
        qCInfo(lcAlerts).noquote() << tr("%n alert(s) waiting in the outbox from before", nullptr, open);
    QMetaObject::invokeMethod(
        this, [this] { evaluateNow(); }, Qt::QueuedConnection);
    return true;
}

void AlertService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_dispatcher->stop();
    if (m_email)
        m_email->shutdown();
    if (m_webhook)
        m_webhook->shutdown();
    m_email.reset();
    m_webhook.reset();
}

void AlertService::rebuildNotifiers(const NotificationSettings &previous, bool force)
{
    const NotificationSettings &now = m_config.notifications;
    bool changed = false;
    if (force || previous.email != now.email) {
        if (m_email) {
            m_dispatcher->removeNotifier(m_email.get());
            m_email->shutdown();
            m_email.reset();
        }
        if (now.email) {
            m_email = std::make_unique<SmtpNotifier>(*now.email);
            m_dispatcher->addNotifier(m_email.get());
        }
        changed = true;
    }
    if (force || previous.webhook != now.webhook) {
        if (m_webhook) {
            m_dispatcher->removeNotifier(m_webhook.get());
            m_webhook->shutdown();
            m_webhook.reset();
        }
        if (now.webhook) {
            m_webhook = std::make_unique<WebhookNotifier>(*now.webhook);
            m_dispatcher->addNotifier(m_webhook.get());
        }
        changed = true;
    }
    if (changed && !force) {
        // New credentials or a new server deserve an immediate try.
        QString e;
        if (!m_alertStore->retryAllNow(QDateTime::currentMSecsSinceEpoch(), &e))
            qCWarning(lcAlerts).noquote() << e;
        m_dispatcher->kick();
    }
}

void AlertService::addNotifier(Notifier *notifier)
{
    if (!notifier)
        return;
    m_external << notifier;
    if (m_running)
        m_dispatcher->addNotifier(notifier);
}

void AlertService::removeNotifier(Notifier *notifier)
{
    m_external.removeIf([notifier](const QPointer<Notifier> &n) { return n.isNull() || n == notifier; });
    m_dispatcher->removeNotifier(notifier);
}

void AlertService::setUsageProvider(std::unique_ptr<UsageProvider> provider)
{
    m_provider = std::move(provider);
    m_evaluator = std::make_unique<QuotaEvaluator>(m_provider.get());
}

void AlertService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QStringList AlertService::channels() const
{
    return m_dispatcher->channels();
}

void AlertService::pauseNotifications(const QDateTime &until)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!until.isValid() || until <= now) {
        resumeNotifications();
        return;
    }
    if (!m_pausedUntil.isValid())
        m_pausedSinceMs = now.toMSecsSinceEpoch();
    m_pausedUntil = until.toUTC();
    m_dispatcher->setPaused(true);
    m_pauseTimer.start(
        std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(m_pausedUntil), 1, kMaxTimerMs)));
    qCInfo(lcAlerts).noquote() << tr("alert notifications paused until %1; alerts are kept in the outbox")
                                      .arg(m_pausedUntil.toString(Qt::ISODate));
    Q_EMIT notificationPauseChanged(m_pausedUntil);
}

void AlertService::resumeNotifications()
{
    m_pauseTimer.stop();
    if (!m_pausedUntil.isValid())
        return;
    m_pausedUntil = QDateTime();
    closeSupersededEntries();
    m_dispatcher->setPaused(false);
    qCInfo(lcAlerts).noquote() << tr("alert notifications resumed");
    Q_EMIT notificationPauseChanged(QDateTime());
    Q_EMIT outboxChanged();
}

QDateTime AlertService::notificationsPausedUntil() const
{
    return m_pausedUntil;
}

void AlertService::closeSupersededEntries()
{
    // Only what the pause held back: entries from before it follow the usual retry rules.
    QList<OutboxEntry> held = m_alertStore->entries(true);
    held.removeIf([this](const OutboxEntry &e) { return e.createdMs < m_pausedSinceMs; });
    QSet<QString> newest; // (channel, quota, cycle, threshold) already kept; entries() is newest first
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const OutboxEntry &e : std::as_const(held)) {
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(e.channel, e.quotaId)
                                .arg(e.cycleStartMs)
                                .arg(e.thresholdBasisPoints);
        QString reason;
        if (newest.contains(key)) {
            reason = tr("not sent: notifications were paused and a later alert for the same threshold "
                        "replaced it");
        } else {
            newest.insert(key);
            const ThresholdState st =
                m_alertStore->states(e.quotaId, e.cycleStartMs).value(e.thresholdBasisPoints);
            if (!st.fired)
                reason = tr("not sent: notifications were paused and the threshold was armed again "
                            "(the limit was raised) before they resumed");
        }
        if (reason.isEmpty())
            continue;
        QString error;
        if (!m_alertStore->abandon(e.id, reason, now, &error))
            qCWarning(lcAlerts).noquote() << error;
        else
            qCInfo(lcAlerts).noquote()
                << tr("alert %1 (%2, quota %3): %4").arg(e.id).arg(e.channel, e.quotaId, reason);
    }
}

QList<QuotaSnapshot> AlertService::snapshots() const
{
    QMutexLocker lock(&m_snapshotMutex);
    return m_snapshots;
}

std::optional<QuotaSnapshot> AlertService::snapshot(const QString &quotaId) const
{
    QMutexLocker lock(&m_snapshotMutex);
    for (const QuotaSnapshot &s : m_snapshots)
        if (s.quotaId == quotaId)
            return s;
    return std::nullopt;
}

int AlertService::evaluateNow()
{
    if (!m_running)
        return 0;
    const QDateTime now = m_clock().toUTC();
    int fired = 0;
    QList<QuotaSnapshot> snapshots;
    for (const Quota &q : std::as_const(m_config.quotas)) {
        const QuotaSnapshot snapshot = m_evaluator->evaluate(q, now);
        snapshots << snapshot;
        // Shortly after a roll-over the cycle that just ended is looked at
        // once more: a crossing in its last minutes (or while Bandwatch was
        // not running) is reported late rather than never.
        if (snapshot.cycle.isValid() && now < snapshot.cycle.start.addMSecs(kCatchUpMs)) {
            const CycleInterval previous = q.cycle.previous(snapshot.cycle);
            if (previous.isValid())
                fired += evaluate(q, m_evaluator->evaluate(q, now, previous), now);
        }
        fired += evaluate(q, snapshot, now);
    }
    {
        QMutexLocker lock(&m_snapshotMutex);
        m_snapshots = snapshots;
    }
    Q_EMIT snapshotsChanged();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall - m_lastPruneMs > kPruneEveryMs) {
        m_lastPruneMs = wall;
        QString e;
        if (!m_alertStore->prune(wall, kKeepHistoryMs, &e))
            qCWarning(lcAlerts).noquote() << e;
    }
    return fired;
}

int AlertService::evaluate(const Quota &quota, const QuotaSnapshot &status, const QDateTime &now)
{
    if (!status.cycle.isValid())
        return 0;
    const qint64 cycleStart = status.cycle.start.toMSecsSinceEpoch();
    AlertStore::Transition t;
    t.quotaId = quota.id;
    t.cycleStartMs = cycleStart;
    t.cycleEndMs = status.cycle.end.toMSecsSinceEpoch();
    t.thresholds = quota.thresholds;
    t.value = status.value;
    t.limit = status.limit;
    t.hysteresis = quota.hysteresis;
    const qint64 elapsedMs = status.cycle.start.msecsTo(std::min(now, status.cycle.end));
    const bool projectionArmed = quota.kind == QuotaKind::Volume && quota.projectionAlert && status.projection
        && status.projection->valid
        && elapsedMs >= std::min(kProjectionMinElapsedMs, status.cycle.lengthMs() / 4);
    if (projectionArmed)
        t.projectedTotal = status.projection->projectedTotal;
    // A cheap read first: most evaluations change nothing and need no write.
    if (AlertStore::decide(t, m_alertStore->states(quota.id, cycleStart)).isEmpty())
        return 0;

    t.alertTimeMs = now.toMSecsSinceEpoch();
    t.nowMs = QDateTime::currentMSecsSinceEpoch();
    const QStringList targets = channels();
    const QString mailDomainFrom =
        m_config.notifications.email ? m_config.notifications.email->from : QString();
    QHash<int, Alert> alerts;
    const auto draft = [&](int bp, const Alert &alert) {
        alerts.insert(bp, alert);
        const QByteArray payload = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact);
        for (const QString &channel : targets)
            t.drafts[bp].append(AlertStore::Draft { channel, MailMessage::makeMessageId(mailDomainFrom),
                                                    AlertFormatter::subject(alert), payload });
    };
    if (projectionArmed && status.projection->projectedToExceed)
        draft(Quota::projectionBasisPoints, Alert::projectionFromStatus(quota, status));
    for (double threshold : quota.thresholds) {
        if (status.value < threshold / 100.0 * status.limit)
            continue;
        draft(Quota::basisPoints(threshold), Alert::fromStatus(quota, status, threshold));
    }
    QList<int> fired, rearmed;
    QString error;
    if (!m_alertStore->apply(t, &fired, &rearmed, &error)) {
        // Nothing was recorded: the next evaluation tries again, so the alert is late, not lost.
        qCCritical(lcAlerts).noquote()
            << tr("quota %1: cannot record the alert state: %2").arg(quota.id, error);
        return 0;
    }
    for (int bp : std::as_const(rearmed)) {
        if (bp == Quota::projectionBasisPoints)
            qCInfo(lcAlerts).noquote() << tr("quota %1: the limit was raised to %2; the \"projected to "
                                             "exceed\" warning is armed again")
                                              .arg(quota.id, quota.formatValue(status.limit));
        else
            qCInfo(lcAlerts).noquote()
                << tr("quota %1: the limit was raised to %2; the %3 % threshold is armed again")
                       .arg(quota.id, quota.formatValue(status.limit))
                       .arg(bp / 100.0);
    }
    for (int bp : std::as_const(fired)) {
        const Alert alert = alerts.value(bp);
        qCWarning(lcAlerts).noquote()
            << tr("quota alert: %1 [quota %2; sent to: %3]")
                   .arg(AlertFormatter::subject(alert), quota.id,
                        targets.isEmpty() ? tr("this log only") : targets.join(QStringLiteral(", ")));
        Q_EMIT alertRaised(alert);
    }
    if (!fired.isEmpty()) {
        m_dispatcher->kick();
        Q_EMIT outboxChanged();
    }
    return int(fired.size());
}

} // namespace Bandwatch
