#pragma once

#include <QDateTime>
#include <QString>

namespace Bandwatch {

// A configured source as the exporter sees it: identity and poll interval
// (for staleness), plus the health the scheduler last reported. The app layer
// fills it from its own SourceState so that this library needs no app code.
struct ExportedSource
{
    enum class Health { Pending, Ok, Error };

    QString id;
    QString type;
    qint64 intervalMs = 60'000;

    Health health = Health::Pending;
    QString message;
    QDateTime lastSuccess; // UTC; invalid before the first success
    QDateTime lastAttempt;
    int consecutiveFailures = 0;
    quint64 polls = 0;
    quint64 failures = 0;

    static QString healthName(Health h);
};

} // namespace Bandwatch
