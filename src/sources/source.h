#pragma once

#include "core/sample.h"
#include "sources/sourceconfig.h"

#include <QHash>
#include <QObject>

namespace Bandwatch {

// A traffic source. The scheduler calls poll(); the source answers, without
// blocking the event loop, with exactly one of pollSucceeded()/pollFailed()/
// pollDegraded() for that poll. abort() cancels a poll in flight (on timeout or shutdown);
// after abort() the source must not emit for the aborted poll.
class Source : public QObject
{
    Q_OBJECT
public:
    explicit Source(SourceConfig config, QObject *parent = nullptr);
    ~Source() override;

    const SourceConfig &config() const { return m_config; }
    QString id() const { return m_config.id; }
    QString type() const { return m_config.type; }

    virtual void poll() = 0;
    virtual void abort() { }
    // Called once before the first poll with the end of the newest sample the
    // store already holds for this source (invalid if none), so sources that
    // can fetch history (Prometheus, CDN APIs) back-fill the gap since then.
    virtual void resumeAfter(const QDateTime &lastStoredEnd) { Q_UNUSED(lastStoredEnd) }
    // Also called once before the first poll: per series name, the start of
    // the newest sample the store holds (HistoryStore::newestSampleStarts),
    // for sources that re-read history they may have delivered before (vnstat)
    // and must not lay a coarser bucket over what is stored.
    virtual void resumeSeries(const QHash<QString, qint64> &newestStoredStarts) { Q_UNUSED(newestStoredStarts) }

Q_SIGNALS:
    // An empty list is a successful poll with nothing new (e.g. a first
    // counter reading that only sets the baseline).
    void pollSucceeded(const Bandwatch::SampleList &samples);
    // retryAfterMs > 0 asks the scheduler not to poll again before that
    // (HTTP 429/503 Retry-After); otherwise normal back-off applies.
    void pollFailed(const QString &message, qint64 retryAfterMs = -1);
    // Data to store, from a source that is not well all the same (vnstat's
    // history read while its daemon is stopped): counts as a failure with
    // `message`, and the samples are stored.
    void pollDegraded(const Bandwatch::SampleList &samples, const QString &message);

private:
    SourceConfig m_config;
};

} // namespace Bandwatch
