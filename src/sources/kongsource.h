#pragma once

#include "sources/httpfetch.h"
#include "sources/httpfetchgroup.h"
#include "sources/kongbandwidth.h"
#include "sources/kongpresence.h"
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
//   ca_file: /path/ca.pem                   trust these CAs instead of the system's
// TLS is always verified; there is no way to turn that off.
//
// A poll fetches every node. Counters are cumulative and each node's are
// independent, so every node that answered with a valid body is accounted
// for, whatever the others did: a node that failed keeps its baseline and
// what it counted meanwhile is stored when it answers again. The poll fails
// only if no node answered; otherwise it succeeds degraded, naming the failed
// nodes. A node's first valid answer sets its baseline.
class KongSource : public Source
{
    Q_OBJECT
public:
    KongSource(const SourceConfig &config, QObject *parent = nullptr);
    ~KongSource() override;

    static QList<ConfigIssue> validate(const SourceConfig &config);

    // The exact message when no node has served bandwidth metrics for a while.
    static QString noBandwidthMessage();

    void poll() override;
    void abort() override;

    QList<QUrl> urls() const { return m_urls; }

private:
    void finishPoll(const QList<HttpResult> &results);

    QList<QUrl> m_urls;
    HttpRequest m_template;
    QString m_caError; // ca_file could not be loaded: every poll fails with this
    QNetworkAccessManager *m_nam;
    KongBandwidth m_bandwidth;
    KongPresence m_presence;
    QElapsedTimer m_clock;
    HttpFetchGroup *m_fetches;
};

} // namespace Bandwatch
