#pragma once

#include "sources/cdn/cdnsource.h"
#include "sources/cdn/cloudwatchmetricdataresponse.h"

namespace Bandwatch {

// Traffic of Amazon CloudFront distributions (type: cloudfront) from
// CloudWatch GetMetricData (Query API 2010-08-01, signed with SigV4 for the
// service "monitoring"): Sum of BytesDownloaded (out, to viewers) and
// BytesUploaded (in, from viewers) per distribution. Options:
//   distribution_id: E1ABCDEF23456 (or a list)   the series; at most 250
//   access_key_id / secret_access_key            an IAM key allowed cloudwatch:GetMetricData
//   session_token                                optional, for temporary (STS) keys
//   period: 300                                  60 or 300 seconds per sample
//   delay: 10m                                   how long CloudFront's numbers keep settling
//   endpoint: https://monitoring.us-east-1.amazonaws.com
// CloudFront publishes its metrics only in us-east-1, with the dimension
// Region=Global, whatever region the distribution serves.
class CloudFrontSource : public CdnSource
{
    Q_OBJECT
public:
    CloudFrontSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

    // The form body of GetMetricData for a window (and page token).
    static QByteArray requestBody(const QStringList &distributions, qint64 periodMs, const Window &window,
                                  const QString &nextToken = {});

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    HttpRequest pageRequest(int index, const Window &window, const QString &token) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    HttpRequest signedRequest(const QByteArray &body) const;

    QStringList m_distributions;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QString m_sessionToken;
    qint64 m_periodMs;
    QHash<QString, CloudWatchMetricDataResponse::Query> m_queries;
};

} // namespace Bandwatch
