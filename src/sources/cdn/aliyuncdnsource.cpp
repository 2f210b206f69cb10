#include "sources/cdn/aliyuncdnsource.h"

#include "core/units.h"
#include "sources/cdn/aliyuncdnresponse.h"
#include "sources/signing/aliyunrpcsignature.h"

#include <QDateTime>

namespace Bandwatch {

namespace {

constexpr qint64 kBucketMs = 300000;
constexpr qint64 kMaxRangeMs = 3LL * 24 * 3600 * 1000;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

AliyunCdnSource::AliyunCdnSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, kBucketMs, QStringLiteral("https://cdn.aliyuncs.com"), parent)
    , m_domains(config.stringList(QStringLiteral("domains")))
    , m_accessKeyId(config.secret(QStringLiteral("access_key_id")).trimmed())
    , m_accessKeySecret(config.secret(QStringLiteral("access_key_secret")))
{ }

QList<ConfigIssue> AliyunCdnSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues = validateCommon(
        config, QStringLiteral("aliyun-cdn"),
        { QStringLiteral("domains"), QStringLiteral("access_key_id"), QStringLiteral("access_key_secret") },
        { QStringLiteral("domains"), QStringLiteral("access_key_id"), QStringLiteral("access_key_secret") });
    if (config.options.contains(QStringLiteral("lookback"))) {
        const auto d = Units::parseDuration(config.string(QStringLiteral("lookback")));
        if (d && d->count() > kMaxRangeMs)
            issues << ConfigIssue {
                QStringLiteral("lookback"),
                tr("lookback: Alibaba Cloud answers 5-minute data for at most 3d per query")
            };
    }
    return issues;
}

QList<HttpRequest> AliyunCdnSource::buildRequests(const Window &window)
{
    QList<HttpRequest> requests;
    for (const QString &domain : std::as_const(m_domains)) {
        const AliyunRpcSignature::Parameters params {
            { QStringLiteral("Action"), QStringLiteral("DescribeDomainTrafficData") },
            { QStringLiteral("Version"), QStringLiteral("2018-05-10") },
            { QStringLiteral("Format"), QStringLiteral("JSON") },
            { QStringLiteral("AccessKeyId"), m_accessKeyId },
            { QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1") },
            { QStringLiteral("SignatureVersion"), QStringLiteral("1.0") },
            { QStringLiteral("SignatureNonce"), QString::fromLatin1(nonce()) },
            { QStringLiteral("Timestamp"), isoUtc(now()) },
            { QStringLiteral("DomainName"), domain },
            { QStringLiteral("StartTime"), isoUtc(window.fromMs) },
            { QStringLiteral("EndTime"), isoUtc(window.toMs) },
            { QStringLiteral("Interval"), QStringLiteral("300") },
        };
        QUrl url = endpoint();
        url.setPath(QStringLiteral("/"));
        url.setQuery(QString::fromLatin1(AliyunRpcSignature::signedQuery("GET", params, m_accessKeySecret)),
                     QUrl::StrictMode);
        requests << request(url);
    }
    return requests;
}

CdnReport AliyunCdnSource::parse(int index, const HttpResult &result) const
{
    return AliyunCdnResponse::parse(result.body, m_domains.value(index));
}

} // namespace Bandwatch
