#include "sources/cdn/tencentcdnsource.h"

#include "sources/cdn/tencentcdnresponse.h"
#include "sources/signing/tencenttc3.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Bandwatch {

namespace {

constexpr int kUtcPlus8 = 8 * 3600;
constexpr qint64 kBucketMs = 300000;

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kUtcPlus8))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TencentCdnSource::TencentCdnSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, kBucketMs, QStringLiteral("https://cdn.tencentcloudapi.com"), parent)
    , m_domains(config.stringList(QStringLiteral("domains")))
    , m_secretId(config.secret(QStringLiteral("secret_id")).trimmed())
    , m_secretKey(config.secret(QStringLiteral("secret_key")))
    , m_area(config.string(QStringLiteral("area")))
{ }

QList<ConfigIssue> TencentCdnSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues = validateCommon(
        config, QStringLiteral("tencent-cdn"),
        { QStringLiteral("domains"), QStringLiteral("secret_id"), QStringLiteral("secret_key"),
          QStringLiteral("area") },
        { QStringLiteral("domains"), QStringLiteral("secret_id"), QStringLiteral("secret_key") });
    if (config.stringList(QStringLiteral("domains")).size() > 30)
        issues << ConfigIssue {
            QStringLiteral("domains"),
            tr("domains: DescribeCdnData takes at most 30 domains; split them over two sources")
        };
    const QString area = config.string(QStringLiteral("area"));
    if (!area.isEmpty() && area != u"mainland" && area != u"overseas")
        issues << ConfigIssue { QStringLiteral("area"), tr("area must be mainland or overseas") };
    return issues;
}

QByteArray TencentCdnSource::requestBody(const QStringList &domains, const QString &area,
                                         const Window &window)
{
    QJsonObject body {
        { QStringLiteral("StartTime"), beijingTime(window.fromMs) },
        // EndTime is inclusive and names a bucket start.
        { QStringLiteral("EndTime"), beijingTime(window.toMs - kBucketMs) },
        { QStringLiteral("Metric"), QStringLiteral("flux") },
        { QStringLiteral("Domains"), QJsonArray::fromStringList(domains) },
        { QStringLiteral("Interval"), QStringLiteral("5min") },
        // Per-domain rows instead of one sum over all domains.
        { QStringLiteral("Detail"), true },
    };
    if (!area.isEmpty())
        body.insert(QStringLiteral("Area"), area);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<HttpRequest> TencentCdnSource::buildRequests(const Window &window)
{
    HttpRequest r = request(endpoint());
    r.method = "POST";
    r.contentType = "application/json; charset=utf-8";
    r.body = requestBody(m_domains, m_area, window);

    TencentTc3::Request toSign;
    toSign.host = hostHeader(endpoint());
    toSign.contentType = r.contentType;
    toSign.payload = r.body;
    toSign.service = QStringLiteral("cdn");
    toSign.timestamp = now() / 1000;
    const auto signature = TencentTc3::sign(toSign, m_secretId, m_secretKey);
    r.headers = {
        { QByteArrayLiteral("Authorization"), signature.authorization },
        { QByteArrayLiteral("X-TC-Action"), QByteArrayLiteral("DescribeCdnData") },
        { QByteArrayLiteral("X-TC-Version"), QByteArrayLiteral("2018-06-06") },
        { QByteArrayLiteral("X-TC-Timestamp"), QByteArray::number(toSign.timestamp) },
    };
    return { r };
}

CdnReport TencentCdnSource::parse(int, const HttpResult &result) const
{
    return TencentCdnResponse::parse(result.body, kUtcPlus8);
}

} // namespace Bandwatch
