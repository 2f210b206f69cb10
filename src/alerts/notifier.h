#pragma once

#include "alerts/alert.h"
#include "alerts/outboxentry.h"

#include <QObject>

namespace Bandwatch {

// A delivery channel for alerts (e-mail, webhook, the GUI's tray). The outbox
// dispatcher hands it one entry at a time per entry id; the notifier answers
// with finished() exactly once per deliver(), from its own thread's event
// loop (never synchronously inside deliver()). ok = the receiving side
// accepted the alert; otherwise `error` says why, for the outbox and the log.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override;

    // The outbox channel name this notifier serves ("email", "webhook", "tray").
    virtual QString channel() const = 0;
    virtual void deliver(const Bandwatch::OutboxEntry &entry, const Bandwatch::Alert &alert) = 0;
    // Abandons deliveries in flight (they stay in the outbox and are retried
    // after a restart); no finished() follows for them.
    virtual void shutdown() { }

Q_SIGNALS:
    void finished(qint64 entryId, bool ok, const QString &error);
};

} // namespace Bandwatch
