#include "sources/cdn/akamaisource.h"

#include "sources/cdn/akamaireportresponse.h"
#include "sources/signing/akamaiedgegrid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Bandwatch {

namespace {

constexpr qint64 kBucketMs = 300000;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

AkamaiSource::AkamaiSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, kBucketMs, QString(), parent)
    , m_domains(config.stringList(QStringLiteral("domains")))
    , m_clientToken(config.secret(QStringLiteral("client_token")).toUtf8())
    , m_clientSecret(config.secret(QStringLiteral("client_secret")).toUtf8())
    , m_accessToken(config.secret(QStringLiteral("access_token")).toUtf8())
{ }

QList<ConfigIssue> AkamaiSource::validate(const SourceConfig &config)
{
    const QStringList keys { QStringLiteral("domains"), QStringLiteral("client_token"),
                             QStringLiteral("client_secret"), QStringLiteral("access_token") };
    return validateCommon(config, QStringLiteral("akamai"), keys,
                          keys + QStringList { QStringLiteral("endpoint") });
}

QByteArray AkamaiSource::requestBody(const QStringList &domains)
{
    const QJsonObject body {
        { QStringLiteral("metrics"), QJsonArray { QStringLiteral("edgeBytesSum") } },
        { QStringLiteral("dimensions"),
          QJsonArray { QStringLiteral("hostname"), QStringLiteral("time5minutes") } },
        { QStringLiteral("filters"),
          QJsonArray {
              QJsonObject { { QStringLiteral("dimensionName"), QStringLiteral("hostname") },
                            { QStringLiteral("operator"), QStringLiteral("IN_LIST") },
                            { QStringLiteral("expressions"), QJsonArray::fromStringList(domains) } } } },
        // The report's dataPointsLimit; more rows set hasMoreRows, which is refused.
        { QStringLiteral("limit"), 50000 },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<HttpRequest> AkamaiSource::buildRequests(const Window &window)
{
    QUrl url = endpoint();
    url.setPath(QStringLiteral("/reporting-api/v2/reports/delivery/traffic/current/data"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), isoUtc(window.fromMs));
    query.addQueryItem(QStringLiteral("end"), isoUtc(window.toMs));
    url.setQuery(query);

    HttpRequest r = request(url);
    r.method = "POST";
    r.contentType = "application/json";
    r.body = requestBody(m_domains);

    AkamaiEdgeGrid::Request toSign;
    toSign.method = r.method;
    toSign.scheme = url.scheme().toLatin1();
    toSign.host = hostHeader(url);
    toSign.pathAndQuery = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    toSign.body = r.body;
    const auto signature = AkamaiEdgeGrid::sign(
        toSign, { m_clientToken, m_accessToken, m_clientSecret },
        AkamaiEdgeGrid::timestamp(QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC)), nonce());
    r.headers.append({ QByteArrayLiteral("Authorization"), signature.authorization });
    return { r };
}

CdnReport AkamaiSource::parse(int, const HttpResult &result) const
{
    return AkamaiReportResponse::parse(result.body);
}

} // namespace Bandwatch
