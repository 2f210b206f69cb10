#pragma once

#include "sources/httpfetch.h"
#include "sources/prometheusresponse.h"
#include "sources/prometheussamples.h"
#include "sources/source.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace Bandwatch {

// Traffic read back from any Prometheus server (type: prometheus). Options:
//   url: http://prometheus:9090                  the server (a path prefix is kept)
//   query: sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))
//   value: bytes_per_second | bits_per_second | counter   what the query yields (default bytes_per_second)
//   series_labels: [service, route]   labels that name a series (joined with "/"); default: every
//                                     label except __name__ and the direction label
//   direction_label: direction        label holding in/out (ingress/egress, rx/tx accepted)
//   direction: in | out               direction of series without that label (default in)
//   mode: range | instant             query_range over the time since the last poll (default),
//                                     or an instant query for "now" at each poll
//   step: 1m                          resolution of range queries (default: the poll interval)
//   delay: 1m                         stay this far behind now, so the newest point is computed
//                                     from complete scrapes (range mode default: max(30s, step);
//                                     instant mode: 0s)
//   max_backfill: 7d                  how far back the first poll may reach
//   max_points: 11000                 points per request; longer ranges are split (server limit)
//   max_body: 64 MiB
//   username / password, token (+ header, default Authorization: "Bearer <token>")
//
// Range mode: the first poll fetches history since setBackfillFrom() (the app
// passes the time of the last stored sample), capped at max_backfill, or just
// the latest step when there is none; each later poll fetches from where the
// previous one ended. A rate at point t becomes the sample [t - step, t).
// Counters become deltas between consecutive points (resets detected).
// A poll that needs several requests (a long back-fill) commits each chunk
// as it arrives (pollProgress()) and resumes after the last committed one, so
// a back-fill longer than the poll timeout completes over several polls; a
// chunk whose answer is over max_body is split in half and retried.
// Instant mode: the first poll covers one interval, but never reaches back
// before the last stored sample (resumeAfter()).
class PrometheusSource : public Source
{
    Q_OBJECT
public:
    using ValueKind = PrometheusSamples::ValueKind;

    PrometheusSource(const SourceConfig &config, QObject *parent = nullptr);
    ~PrometheusSource() override;

    static QList<ConfigIssue> validate(const SourceConfig &config);

    void poll() override;
    void abort() override;

    // Start of history to fetch on the first poll (the last stored sample's end).
    void setBackfillFrom(const QDateTime &from);
    void resumeAfter(const QDateTime &lastStoredEnd) override
    {
        if (lastStoredEnd.isValid())
            setBackfillFrom(lastStoredEnd);
    }
    // Wall clock in UTC ms; replaceable for tests and replays.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    qint64 stepMs() const { return m_stepMs; }
    int requestsInLastPoll() const { return m_requestsInPoll; }

private:
    struct Chunk
    {
        qint64 startMs;
        qint64 endMs;
    };

    void startNextRequest();
    void onFetched(const HttpResult &result);
    void fail(const QString &message, qint64 retryAfterMs = -1);
    void finishLater(const QString &failure);
    void logDropped();
    HttpRequest makeRequest(const QString &endpoint, const QList<QPair<QString, QString>> &params) const;

    QUrl m_base;
    QString m_query;
    ValueKind m_kind = ValueKind::BytesPerSecond;
    bool m_instant = false;
    qint64 m_stepMs = 60000;
    qint64 m_delayMs = 0;
    qint64 m_maxBackfillMs = 7LL * 24 * 3600 * 1000;
    int m_maxPoints = 11000;
    HttpRequest m_template;
    QString m_caError; // ca_file could not be loaded: every poll fails with this
    QNetworkAccessManager *m_nam;
    std::function<qint64()> m_clock;

    qint64 m_backfillFromMs = -1;
    qint64 m_nextStartMs = -1; // range mode: first point not fetched yet
    qint64 m_lastInstantMs = -1;
    PrometheusSamples m_samples; // points to samples, with counter and carry state

    // The poll in flight.
    QPointer<HttpFetch> m_fetch;
    QList<Chunk> m_chunks;
    Chunk m_chunk { 0, 0 }; // the one being fetched
    int m_chunkPoints = 0; // points per request: m_maxPoints, halved when an answer is over max_body
    int m_droppedInPoll = 0; // NaN/Inf points of this poll, logged once at its end
    qint64 m_pollEndMs = 0;
    qint64 m_pollNowMs = 0;
    int m_requestsInPoll = 0;
    bool m_inFlight = false;
    quint64 m_pollId = 0; // bumped by abort(): answers of older polls are dropped
};

} // namespace Bandwatch
