#include "sources/cdn/cloudfrontsource.h"

#include "core/units.h"
#include "sources/signing/awssigv4.h"
#include "sources/signing/signingprimitives.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace Bandwatch {

namespace {

constexpr qint64 kDefaultPeriodMs = 300000;
constexpr qint64 kDefaultDelayMs = 10LL * 60 * 1000;
// GetMetricData takes at most 500 queries; each distribution needs two.
constexpr int kMaxDistributions = 250;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

qint64 periodOf(const SourceConfig &config)
{
    return config.string(QStringLiteral("period"), QStringLiteral("300")).trimmed().toLongLong() * 1000;
}

} // namespace

CloudFrontSource::CloudFrontSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, periodOf(config) == 60000 ? 60000 : kDefaultPeriodMs,
                QStringLiteral("https://monitoring.us-east-1.amazonaws.com"), parent)
    , m_distributions(config.stringList(QStringLiteral("distribution_id")))
    , m_accessKeyId(config.secret(QStringLiteral("access_key_id")).trimmed())
    , m_secretAccessKey(config.secret(QStringLiteral("secret_access_key")))
    , m_sessionToken(config.secret(QStringLiteral("session_token")).trimmed())
    , m_periodMs(bucketMs())
{
    setSettleDelayMs(config.durationMs(QStringLiteral("delay"), kDefaultDelayMs));
    for (int i = 0; i < m_distributions.size(); ++i) {
        m_queries.insert(QStringLiteral("out%1").arg(i), { m_distributions[i], Direction::Out });
        m_queries.insert(QStringLiteral("in%1").arg(i), { m_distributions[i], Direction::In });
    }
}

QList<ConfigIssue> CloudFrontSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues =
        validateCommon(config, QStringLiteral("cloudfront"),
                       { QStringLiteral("distribution_id"), QStringLiteral("access_key_id"),
                         QStringLiteral("secret_access_key"), QStringLiteral("session_token"),
                         QStringLiteral("period"), QStringLiteral("delay") },
                       { QStringLiteral("distribution_id"), QStringLiteral("access_key_id"),
                         QStringLiteral("secret_access_key") });
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z0-9]{6,32}$"));
    const QStringList ids = config.stringList(QStringLiteral("distribution_id"));
    for (const QString &id : ids)
        if (!idPattern.match(id).hasMatch()) {
            issues << ConfigIssue { QStringLiteral("distribution_id"),
                                    tr("distribution_id: \"%1\" is not a CloudFront distribution ID (like "
                                       "E1ABCDEF23456, not the d111111abcdef8.cloudfront.net domain)")
                                        .arg(id) };
            break;
        }
    if (ids.size() > kMaxDistributions)
        issues << ConfigIssue {
            QStringLiteral("distribution_id"),
            tr("distribution_id: at most %1 distributions per source").arg(kMaxDistributions)
        };
    if (config.options.contains(QStringLiteral("period"))) {
        const QString p = config.string(QStringLiteral("period")).trimmed();
        if (p != u"60" && p != u"300")
            issues << ConfigIssue { QStringLiteral("period"), tr("period must be 60 or 300 (seconds)") };
    }
    // CloudWatch keeps 1-minute points for 15 days only; asking further back
    // at 60 s answers nothing for the older part.
    if (config.string(QStringLiteral("period")).trimmed() == u"60"
        && config.options.contains(QStringLiteral("lookback"))) {
        const auto d = Units::parseDuration(config.string(QStringLiteral("lookback")));
        if (d && d->count() > 15LL * 24 * 3600 * 1000)
            issues << ConfigIssue { QStringLiteral("lookback"),
                                    tr("lookback: CloudWatch keeps 1-minute data for 15d; use period: 300 to "
                                       "reach further back") };
    }
    if (config.options.contains(QStringLiteral("delay"))) {
        QString error;
        const auto d = Units::parseDuration(config.string(QStringLiteral("delay")), &error);
        if (!d)
            issues << ConfigIssue { QStringLiteral("delay"), tr("delay: %1").arg(error) };
        else if (d->count() < 0 || d->count() > 24LL * 3600 * 1000)
            issues << ConfigIssue { QStringLiteral("delay"), tr("delay must be between 0s and 24h") };
    }
    return issues;
}

QByteArray CloudFrontSource::requestBody(const QStringList &distributions, qint64 periodMs,
                                         const Window &window, const QString &nextToken)
{
    QList<QPair<QString, QString>> params {
        { QStringLiteral("Action"), QStringLiteral("GetMetricData") },
        { QStringLiteral("Version"), QStringLiteral("2010-08-01") },
        { QStringLiteral("StartTime"), isoUtc(window.fromMs) },
        // EndTime is exclusive: the bucket starting there is not asked.
        { QStringLiteral("EndTime"), isoUtc(window.toMs) },
        { QStringLiteral("ScanBy"), QStringLiteral("TimestampAscending") },
    };
    int n = 0;
    for (int i = 0; i < distributions.size(); ++i) {
        for (const auto &[id, metric] :
             { std::pair { QStringLiteral("out%1").arg(i), QStringLiteral("BytesDownloaded") },
               std::pair { QStringLiteral("in%1").arg(i), QStringLiteral("BytesUploaded") } }) {
            const QString q = QStringLiteral("MetricDataQueries.member.%1.").arg(++n);
            const QString m = q + QStringLiteral("MetricStat.Metric.");
            params << QPair { q + QStringLiteral("Id"), id }
                   << QPair { m + QStringLiteral("Namespace"), QStringLiteral("AWS/CloudFront") }
                   << QPair { m + QStringLiteral("MetricName"), metric }
                   << QPair { m + QStringLiteral("Dimensions.member.1.Name"),
                              QStringLiteral("DistributionId") }
                   << QPair { m + QStringLiteral("Dimensions.member.1.Value"), distributions[i] }
                   << QPair { m + QStringLiteral("Dimensions.member.2.Name"), QStringLiteral("Region") }
                   << QPair { m + QStringLiteral("Dimensions.member.2.Value"), QStringLiteral("Global") }
                   << QPair { q + QStringLiteral("MetricStat.Period"), QString::number(periodMs / 1000) }
                   << QPair { q + QStringLiteral("MetricStat.Stat"), QStringLiteral("Sum") }
                   << QPair { q + QStringLiteral("ReturnData"), QStringLiteral("true") };
        }
    }
    if (!nextToken.isEmpty())
        params << QPair { QStringLiteral("NextToken"), nextToken };
    QByteArrayList parts;
    for (const auto &[name, value] : std::as_const(params))
        parts << SigningPrimitives::percentEncode(name.toUtf8()) + '='
                + SigningPrimitives::percentEncode(value.toUtf8());
    return parts.join('&');
}

HttpRequest CloudFrontSource::signedRequest(const QByteArray &body) const
{
    HttpRequest r = request(endpoint());
    r.method = "POST";
    r.contentType = "application/x-www-form-urlencoded; charset=utf-8";
    r.accept = "text/xml";
    r.body = body;

    AwsSigV4::Request toSign;
    toSign.method = r.method;
    toSign.path = endpoint().path().isEmpty() ? QStringLiteral("/") : endpoint().path();
    toSign.headers = { { QByteArrayLiteral("Host"), hostHeader(endpoint()) },
                       { QByteArrayLiteral("Content-Type"), r.contentType } };
    toSign.body = body;
    // CloudFront's metrics live in us-east-1 only, so that is the signing
    // region even when the endpoint is overridden (proxies, tests).
    const auto signature = AwsSigV4::sign(toSign, { m_accessKeyId, m_secretAccessKey, m_sessionToken },
                                          QStringLiteral("us-east-1"), QStringLiteral("monitoring"),
                                          QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc()));
    r.headers = signature.headers; // X-Amz-Date, the token if any, Authorization
    return r;
}

QList<HttpRequest> CloudFrontSource::buildRequests(const Window &window)
{
    return { signedRequest(requestBody(m_distributions, m_periodMs, window)) };
}

HttpRequest CloudFrontSource::pageRequest(int, const Window &window, const QString &token)
{
    return signedRequest(requestBody(m_distributions, m_periodMs, window, token));
}

CdnReport CloudFrontSource::parse(int, const HttpResult &result) const
{
    return CloudWatchMetricDataResponse::parse(result.body, m_queries, m_periodMs);
}

} // namespace Bandwatch
