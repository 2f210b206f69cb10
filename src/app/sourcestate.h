#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Bandwatch {

// What the UI, the log and the exporter know about one source's health.
struct SourceState
{
    enum class Health { Pending, Ok, Error };

    QString id;
    QString type;
    Health health = Health::Pending;
    QString message; // the last error, or while Ok why the source is degraded; empty while healthy
    QDateTime lastSuccess; // UTC, invalid before the first success
    QDateTime lastAttempt; // UTC
    QDateTime nextPoll; // UTC
    int consecutiveFailures = 0;
    quint64 polls = 0;
    quint64 failures = 0;
    qint64 lastDurationMs = 0;

    static QString healthName(Health h);
};

} // namespace Bandwatch

Q_DECLARE_METATYPE(Bandwatch::SourceState)
