#include "alerts/alertstore.h"

#include "storage/historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertStore", text);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = tr("alert database: %1").arg(q.lastError().text());
    return false;
}

constexpr const char *kEntryColumns =
    "id, channel, quota_id, cycle_start_ms, threshold_bp, created_ms, message_id, subject, payload, status, "
    "attempts, next_attempt_ms, last_attempt_ms, last_error, sent_ms";

} // namespace

AlertStore::AlertStore(HistoryStore *store)
    : m_store(store)
{ }

QHash<int, ThresholdState> AlertStore::states(const QString &quotaId, qint64 cycleStartMs) const
{
    QHash<int, ThresholdState> out;
    QSqlQuery q(m_store->readConnection());
    q.prepare(QStringLiteral(
        "SELECT threshold_bp, fired, limit_value, value, fired_at_ms, fire_count FROM alert_state "
        "WHERE quota_id = ? AND cycle_start_ms = ?"));
    q.addBindValue(quotaId);
    q.addBindValue(cycleStartMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        ThresholdState s;
        s.basisPoints = q.value(0).toInt();
        s.fired = q.value(1).toInt() != 0;
        s.limit = q.value(2).toDouble();
        s.value = q.value(3).toDouble();
        s.firedAtMs = q.value(4).toLongLong();
        s.fireCount = q.value(5).toInt();
        out.insert(s.basisPoints, s);
    }
    return out;
}

AlertStateMachine::Decision AlertStore::decide(const Transition &t, const QHash<int, ThresholdState> &states)
{
    AlertStateMachine::Decision d =
        AlertStateMachine::decide(t.thresholds, t.value, t.limit, t.hysteresis, states);
    if (t.projectedTotal) {
        const AlertStateMachine::Decision p =
            AlertStateMachine::decideProjection(t.value, *t.projectedTotal, t.limit, t.hysteresis, states);
        d.fire = p.fire + d.fire;
        d.rearm = p.rearm + d.rearm;
    }
    return d;
}

bool AlertStore::apply(const Transition &t, QList<int> *fired, QList<int> *rearmed, QString *error)
{
    QList<int> firedHere, rearmedHere;
    const bool ok = m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            firedHere.clear();
            rearmedHere.clear();
            QHash<int, ThresholdState> current;
            {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT threshold_bp, fired, limit_value FROM alert_state "
                                         "WHERE quota_id = ? AND cycle_start_ms = ?"));
                q.addBindValue(t.quotaId);
                q.addBindValue(t.cycleStartMs);
                if (!run(q, e))
                    return false;
                while (q.next()) {
                    ThresholdState s;
                    s.basisPoints = q.value(0).toInt();
                    s.fired = q.value(1).toInt() != 0;
                    s.limit = q.value(2).toDouble();
                    current.insert(s.basisPoints, s);
                }
            }
            const AlertStateMachine::Decision d = decide(t, current);
            for (int bp : d.rearm) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE alert_state SET fired = 0, limit_value = ? "
                                         "WHERE quota_id = ? AND cycle_start_ms = ? AND threshold_bp = ?"));
                q.addBindValue(t.limit);
                q.addBindValue(t.quotaId);
                q.addBindValue(t.cycleStartMs);
                q.addBindValue(bp);
                if (!run(q, e))
                    return false;
                rearmedHere << bp;
            }
            for (int bp : d.fire) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT INTO alert_state(quota_id, cycle_start_ms, threshold_bp, cycle_end_ms, fired, "
                    "limit_value, value, fired_at_ms, fire_count) VALUES(?, ?, ?, ?, 1, ?, ?, ?, 1) "
                    "ON CONFLICT(quota_id, cycle_start_ms, threshold_bp) DO UPDATE SET fired = 1, "
                    "limit_value = excluded.limit_value, value = excluded.value, "
                    "fired_at_ms = excluded.fired_at_ms, fire_count = fire_count + 1"));
                q.addBindValue(t.quotaId);
                q.addBindValue(t.cycleStartMs);
                q.addBindValue(bp);
                q.addBindValue(t.cycleEndMs);
                q.addBindValue(t.limit);
                q.addBindValue(t.value);
                q.addBindValue(t.alertTimeMs);
                if (!run(q, e))
                    return false;
                for (const Draft &draft : t.drafts.value(bp)) {
                    QSqlQuery ins(db);
                    ins.prepare(
                        QStringLiteral("INSERT INTO alert_outbox(channel, quota_id, cycle_start_ms, "
                                       "threshold_bp, created_ms, "
                                       "message_id, subject, payload, status, attempts, next_attempt_ms) "
                                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)"));
                    ins.addBindValue(draft.channel);
                    ins.addBindValue(t.quotaId);
                    ins.addBindValue(t.cycleStartMs);
                    ins.addBindValue(bp);
                    ins.addBindValue(t.nowMs);
                    ins.addBindValue(draft.messageId);
                    ins.addBindValue(draft.subject);
                    ins.addBindValue(QString::fromUtf8(draft.payload));
                    ins.addBindValue(t.nowMs);
                    if (!run(ins, e))
                        return false;
                }
                firedHere << bp;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    if (fired)
        *fired = firedHere;
    if (rearmed)
        *rearmed = rearmedHere;
    return true;
}

OutboxEntry AlertStore::entryFromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.channel = q.value(1).toString();
    e.quotaId = q.value(2).toString();
    e.cycleStartMs = q.value(3).toLongLong();
    e.thresholdBasisPoints = q.value(4).toInt();
    e.createdMs = q.value(5).toLongLong();
    e.messageId = q.value(6).toString();
    e.subject = q.value(7).toString();
    e.payload = q.value(8).toString().toUtf8();
    e.status = OutboxEntry::statusFromName(q.value(9).toString());
    e.attempts = q.value(10).toInt();
    e.nextAttemptMs = q.value(11).toLongLong();
    e.lastAttemptMs = q.value(12).toLongLong();
    e.lastError = q.value(13).toString();
    e.sentMs = q.value(14).toLongLong();
    return e;
}

QList<OutboxEntry> AlertStore::dueEntries(const QStringList &channels, qint64 nowMs, int max) const
{
    QList<OutboxEntry> out;
    if (channels.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < channels.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_store->readConnection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM alert_outbox WHERE status IN ('pending', 'failed') "
                       "AND next_attempt_ms <= ? AND channel IN (%2) ORDER BY next_attempt_ms, id LIMIT ?")
            .arg(QLatin1String(kEntryColumns), marks.join(u',')));
    q.addBindValue(nowMs);
    for (const QString &c : channels)
        q.addBindValue(c);
    q.addBindValue(max);
    if (q.exec())
        while (q.next())
            out << entryFromQuery(q);
    return out;
}

QList<OutboxEntry> AlertStore::strandedEntries(const QStringList &channels, qint64 createdBeforeMs,
                                               int max) const
{
    QList<OutboxEntry> out;
    QStringList marks;
    for (qsizetype i = 0; i < channels.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_store->readConnection());
    q.prepare(QStringLiteral("SELECT %1 FROM alert_outbox WHERE status IN ('pending', 'failed') "
                             "AND created_ms < ? %2 ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kEntryColumns),
                       channels.isEmpty() ? QString()
                                          : QStringLiteral("AND channel NOT IN (%1)").arg(marks.join(u','))));
    q.addBindValue(createdBeforeMs);
    for (const QString &c : channels)
        q.addBindValue(c);
    q.addBindValue(max);
    if (q.exec())
        while (q.next())
            out << entryFromQuery(q);
    return out;
}

std::optional<qint64> AlertStore::nextAttemptMs(const QStringList &channels,
                                                const QList<qint64> &exclude) const
{
    if (channels.isEmpty())
        return std::nullopt;
    QStringList marks;
    for (qsizetype i = 0; i < channels.size(); ++i)
        marks << QStringLiteral("?");
    QStringList ids;
    for (qint64 id : exclude)
        ids << QString::number(id);
    QSqlQuery q(m_store->readConnection());
    q.prepare(
        QStringLiteral("SELECT min(next_attempt_ms) FROM alert_outbox WHERE status IN ('pending', 'failed') "
                       "AND channel IN (%1) AND id NOT IN (%2)")
            .arg(marks.join(u','), ids.join(u',')));
    for (const QString &c : channels)
        q.addBindValue(c);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<OutboxEntry> AlertStore::entry(qint64 id) const
{
    QSqlQuery q(m_store->readConnection());
    q.prepare(QStringLiteral("SELECT %1 FROM alert_outbox WHERE id = ?").arg(QLatin1String(kEntryColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromQuery(q);
}

QList<OutboxEntry> AlertStore::entries(bool openOnly, int max) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_store->readConnection());
    q.prepare(QStringLiteral("SELECT %1 FROM alert_outbox %2 ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(kEntryColumns),
                       openOnly ? QStringLiteral("WHERE status IN ('pending', 'failed')") : QString()));
    q.addBindValue(max);
    if (q.exec())
        while (q.next())
            out << entryFromQuery(q);
    return out;
}

int AlertStore::openCount() const
{
    QSqlQuery q(m_store->readConnection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM alert_outbox WHERE status IN ('pending', 'failed')"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AlertStore::markSent(qint64 id, qint64 nowMs, QString *error)
{
    return m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE alert_outbox SET status = 'sent', sent_ms = ?, last_attempt_ms = ?, "
                               "attempts = attempts + 1, last_error = NULL WHERE id = ?"));
            q.addBindValue(nowMs);
            q.addBindValue(nowMs);
            q.addBindValue(id);
            return run(q, e);
        },
        error);
}

bool AlertStore::markFailed(qint64 id, const QString &message, qint64 nowMs, qint64 nextAttemptMs,
                            bool abandon, QString *error)
{
    return m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE alert_outbox SET status = ?, last_error = ?, last_attempt_ms = ?, "
                               "next_attempt_ms = ?, attempts = attempts + 1 WHERE id = ?"));
            q.addBindValue(abandon ? QStringLiteral("abandoned") : QStringLiteral("failed"));
            q.addBindValue(message);
            q.addBindValue(nowMs);
            q.addBindValue(nextAttemptMs);
            q.addBindValue(id);
            return run(q, e);
        },
        error);
}

bool AlertStore::abandon(qint64 id, const QString &reason, qint64 nowMs, QString *error)
{
    return m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE alert_outbox SET status = 'abandoned', last_error = ?, "
                                     "next_attempt_ms = ? WHERE id = ?"));
            q.addBindValue(reason);
            q.addBindValue(nowMs);
            q.addBindValue(id);
            return run(q, e);
        },
        error);
}

bool AlertStore::retryAllNow(qint64 nowMs, QString *error)
{
    return m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE alert_outbox SET next_attempt_ms = ? WHERE status = 'failed'"));
            q.addBindValue(nowMs);
            return run(q, e);
        },
        error);
}

bool AlertStore::prune(qint64 nowMs, qint64 keepMs, QString *error)
{
    return m_store->write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "DELETE FROM alert_outbox WHERE status IN ('sent', 'abandoned') AND created_ms < ?"));
            q.addBindValue(nowMs - keepMs);
            if (!run(q, e))
                return false;
            QSqlQuery s(db);
            s.prepare(QStringLiteral("DELETE FROM alert_state WHERE cycle_end_ms < ?"));
            s.addBindValue(nowMs - keepMs);
            return run(s, e);
        },
        error);
}

} // namespace Bandwatch
