#pragma once

#include "sources/cdn/cdnreport.h"
#include "sources/httpfetch.h"
#include "sources/httpfetchgroup.h"
#include "sources/source.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace Bandwatch {

// What every CDN provider source shares: which time window a poll fetches,
// parallel requests that must all succeed, provider errors in messages,
// Retry-After, and the options every provider takes:
//   endpoint: https://...      the provider's API host (tests and private endpoints)
//   lookback: 24h              how far back the first poll reaches (back-fill);
//                              it starts at the newest stored sample if that is later
//   refetch: 30m               each poll fetches again this far back, because
//                              providers fill in and correct recent buckets late;
//                              a sample written again for the same start replaces the old one
//   max_body: 16 MiB
// A poll asks for [from, to) where `to` is the start of the bucket now in
// progress: complete buckets only, so a bucket is never stored half-counted
// for longer than one refetch window.
class CdnSource : public Source
{
    Q_OBJECT
public:
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    ~CdnSource() override;

    void poll() override;
    void abort() override;
    void resumeAfter(const QDateTime &lastStoredEnd) override;

    // Wall clock (UTC ms) and request nonces, replaceable so tests can
    // recompute the exact signature a request carried.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setNonceSource(std::function<QByteArray()> nonce) { m_nonce = std::move(nonce); }

    // The window the next poll will ask for.
    Window nextWindow() const;
    qint64 bucketMs() const { return m_bucketMs; }

protected:
    CdnSource(const SourceConfig &config, qint64 bucketMs, const QString &defaultEndpoint, QObject *parent);

    // The requests for one window (e.g. one per domain), fully signed.
    virtual QList<HttpRequest> buildRequests(const Window &window) = 0;
    // Parses the answer to request `index` (also bodies of HTTP errors).
    virtual CdnReport parse(int index, const HttpResult &result) const = 0;
    // The request for the page after `token` of request `index`, fully
    // signed; only providers that paginate (CdnReport::nextToken) override it.
    virtual HttpRequest pageRequest(int index, const Window &window, const QString &token);

    // Providers whose numbers settle late (CloudFront: ~10 minutes) end every
    // window this much earlier, so a bucket is not stored while still growing.
    void setSettleDelayMs(qint64 ms) { m_settleMs = qMax<qint64>(0, ms); }

    qint64 now() const { return m_clock(); }
    QByteArray nonce() const { return m_nonce(); }
    QUrl endpoint() const { return m_endpoint; }
    // A request to `url` with the source's timeout and body limit.
    HttpRequest request(const QUrl &url) const;
    // "host" or "host:port" as the Host header carries it (signed by most schemes).
    static QByteArray hostHeader(const QUrl &url);

    // Checks the shared options and the provider's: unknown keys, required
    // ones, secrets present. `required` are keys that must be non-empty.
    static QList<ConfigIssue> validateCommon(const SourceConfig &config, const QString &typeName,
                                             const QStringList &providerKeys, const QStringList &required);

private:
    void finishPoll(const QList<HttpResult> &results);
    void fail(const QStringList &failures, qint64 retryAfterMs);

    qint64 m_bucketMs;
    qint64 m_lookbackMs;
    qint64 m_refetchMs;
    qint64 m_maxBody;
    QUrl m_endpoint;
    qint64 m_settleMs = 0;
    qint64 m_resumeFromMs = -1;
    qint64 m_doneUntilMs = -1;
    Window m_window;
    // The pages of one poll: which original request each running request
    // continues, and what earlier pages brought (stored only all together).
    QList<int> m_requestIndex;
    CdnReport m_collected;
    QHash<QString, qsizetype> m_collectedIndex; // series/direction/start -> bucket in m_collected
    int m_pages = 0;
    std::function<qint64()> m_clock;
    std::function<QByteArray()> m_nonce;
    QNetworkAccessManager *m_nam;
    HttpFetchGroup *m_fetches;
};

} // namespace Bandwatch
