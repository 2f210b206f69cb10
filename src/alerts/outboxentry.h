#pragma once

#include <QMetaType>
#include <QString>

namespace Bandwatch {

// One notification waiting for (or done with) delivery on one channel.
struct OutboxEntry
{
    enum class Status {
        Pending, // not tried yet
        Failed, // tried, failed; retried at nextAttemptMs
        Sent, // the server accepted it
        Abandoned // failed for longer than the give-up age; kept for the record
    };

    qint64 id = 0;
    QString channel; // "email", "webhook", "tray", ...
    QString quotaId;
    qint64 cycleStartMs = 0;
    int thresholdBasisPoints = 0;
    qint64 createdMs = 0;
    QString messageId; // stable across retries, so a receiver can drop a duplicate
    QString subject;
    QByteArray payload; // Alert::toJson()
    Status status = Status::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 lastAttemptMs = 0;
    QString lastError;
    qint64 sentMs = 0;

    bool isOpen() const { return status == Status::Pending || status == Status::Failed; }
    static QString statusName(Status s); // pending | failed | sent | abandoned
    static Status statusFromName(const QString &name);
};

} // namespace Bandwatch

Q_DECLARE_METATYPE(Bandwatch::OutboxEntry)
