#pragma once

#include "sources/httpfetch.h"
#include "sources/httpfetchgroup.h"
#include "sources/kongbandwidth.h"
#include "sources/source.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Bandwatch {

// Per service/route bandwidth from the Prometheus plugin of one or more Kong
// nodes (type: kong). Options:
//   url: http://kong:8001/metrics          one node (Admin API or Status API), or
//   urls: [http://a:8001/metrics, ...]      several nodes, summed
//   username / password                     basic auth (values may come from ${ENV} or *_file)
//   token                                   sent in the header named by `header`
//   header: Kong-Admin-Token                (default) e.g. Authorization with token "Bearer ..."
//   keep_labels: [consumer, workspace]      keep these as labels instead of summing over them
//   max_body: 64 MiB                        larger /metrics bodies are refused
//   max_gap_intervals: 5                    polls further apart than this are a gap
// TLS is verified against the system's CAs; there is no way to turn that off.
//
// A poll fetches every node; it succeeds only if every node answered with a
// valid body, so a poll is never half-stored: on failure nothing advances and
// the next successful poll accounts for the whole interval. The first
// successful poll sets the baseline and yields an empty list.
class KongSource : public Source
{
    Q_OBJECT
public:
    KongSource(const SourceConfig &config, QObject *parent = nullptr);
    ~KongSource() override;

    static QList<ConfigIssue> validate(const SourceConfig &config);

    // The exact message when no node serves bandwidth metrics.
    static QString noBandwidthMessage();

    void poll() override;
    void abort() override;

    QList<QUrl> urls() const { return m_urls; }

private:
    void finishPoll(const QList<HttpResult> &results);

    QList<QUrl> m_urls;
    HttpRequest m_template;
    QNetworkAccessManager *m_nam;
    KongBandwidth m_bandwidth;
    QElapsedTimer m_clock;
    HttpFetchGroup *m_fetches;
};

} // namespace Bandwatch
