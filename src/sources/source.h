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
    virtual void resumeSeries(const QHash<QString, qint64> &newestStoredStarts)
    {
        Q_UNUSED(newestStoredStarts)
    }

Q_SIGNALS:
    // An empty list is a successful poll with nothing new (e.g. a first
    // counter reading that only sets the baseline).
    void pollSucceeded(const Bandwatch::SampleList &samples);
    // retryAfterMs > 0 asks the scheduler not to poll again before that
    // (HTTP 429/503 Retry-After); otherwise normal back-off applies.
    void pollFailed(const QString &message, qint64 retryAfterMs = -1);
    // Emitted right before pollSucceeded() when the poll succeeded only in
    // part (e.g. one of several nodes is down): the samples are stored, and
    // the source is shown as degraded with this message.
    void pollDegraded(const QString &message);
    // Samples of the poll in flight that are final whatever happens to the
    // rest of it (one complete chunk of a long back-fill): the runner stores
    // them at once, so a poll cut off by its timeout still makes progress.
    // The poll still ends with pollSucceeded() or pollFailed().
    void pollProgress(const Bandwatch::SampleList &samples);

private:
    SourceConfig m_config;
};

} // namespace Bandwatch
