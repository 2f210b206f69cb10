#pragma once

#include "alerts/alertstatemachine.h"
#include "alerts/outboxentry.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace Bandwatch {

class HistoryStore;

// The alert state and the outbox, in the history database. Every change runs
// on the store's writer thread in one transaction (HistoryStore::write), so a
// threshold is marked fired together with its outbox entries or not at all;
// reads use the calling thread's read connection.
class AlertStore
{
public:
    explicit AlertStore(HistoryStore *store);

    QHash<int, ThresholdState> states(const QString &quotaId, qint64 cycleStartMs) const;

    struct Draft
    {
        QString channel;
        QString messageId;
        QString subject;
        QByteArray payload;
    };
    struct Transition
    {
        QString quotaId;
        qint64 cycleStartMs = 0;
        qint64 cycleEndMs = 0;
        QList<double> thresholds;
        double value = 0.0;
        double limit = 0.0;
        double hysteresis = 0.0;
        // The forecast for the cycle's end when the quota has the "projected
        // to exceed" warning and a valid forecast; otherwise it cannot fire.
        std::optional<double> projectedTotal;
        qint64 alertTimeMs = 0; // the evaluation's clock
        qint64 nowMs = 0; // wall clock, for the outbox
        QHash<int, QList<Draft>> drafts; // outbox entries per threshold (basis points) that may fire
    };
    // Decides again on the states as they are inside the transaction (so two
    // evaluations can never both fire a threshold) and stores the outcome.
    bool apply(const Transition &t, QList<int> *fired, QList<int> *rearmed, QString *error);
    // What apply() would do on these states: the thresholds and, if it has a forecast, the projection.
    static AlertStateMachine::Decision decide(const Transition &t, const QHash<int, ThresholdState> &states);

    QList<OutboxEntry> dueEntries(const QStringList &channels, qint64 nowMs, int max = 50) const;
    // Open entries created before `createdBeforeMs` for a channel not in
    // `channels`: dueEntries() never returns them, so only this finds them.
    QList<OutboxEntry> strandedEntries(const QStringList &channels, qint64 createdBeforeMs,
                                       int max = 50) const;
    // The earliest next attempt among open entries, leaving out `exclude` (those in flight).
    std::optional<qint64> nextAttemptMs(const QStringList &channels, const QList<qint64> &exclude = {}) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    // Newest first. openOnly: pending and failed.
    QList<OutboxEntry> entries(bool openOnly, int max = 1000) const;
    int openCount() const;

    bool markSent(qint64 id, qint64 nowMs, QString *error);
    bool markFailed(qint64 id, const QString &message, qint64 nowMs, qint64 nextAttemptMs, bool abandon,
                    QString *error);
    // Closes an open entry without another attempt (given up, or no longer
    // relevant); its attempts stay as they were.
    bool abandon(qint64 id, const QString &reason, qint64 nowMs, QString *error);
    // Makes every failed entry due now (after a configuration change).
    bool retryAllNow(qint64 nowMs, QString *error);
    // Drops sent and abandoned entries older than keepMs and states of cycles that ended that long ago.
    bool prune(qint64 nowMs, qint64 keepMs, QString *error);

private:
    static OutboxEntry entryFromQuery(const QSqlQuery &q);
    HistoryStore *m_store;
};

} // namespace Bandwatch
