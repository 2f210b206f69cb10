#include "sources/cdn/cloudflaresource.h"

#include "sources/cdn/cloudflareresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Bandwatch {

namespace {

const QString kTimeDimension = QStringLiteral("datetimeFiveMinutes");

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

CloudflareSource::CloudflareSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, CloudflareResponse::bucketMs(kTimeDimension),
                QStringLiteral("https://api.cloudflare.com/client/v4/graphql"), parent)
    , m_zoneId(config.string(QStringLiteral("zone_id")).trimmed())
    , m_token(config.secret(QStringLiteral("api_token")))
    , m_domains(config.stringList(QStringLiteral("domains")))
{ }

QList<ConfigIssue> CloudflareSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues =
        validateCommon(config, QStringLiteral("cloudflare"),
                       { QStringLiteral("zone_id"), QStringLiteral("api_token"), QStringLiteral("domains") },
                       { QStringLiteral("zone_id"), QStringLiteral("api_token") });
    const QString zone = config.string(QStringLiteral("zone_id")).trimmed();
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!zone.isEmpty() && !hex32.match(zone).hasMatch())
        issues << ConfigIssue { QStringLiteral("zone_id"),
                                tr("zone_id: \"%1\" is not a Cloudflare zone ID (32 hex digits, shown on the "
                                   "zone's Overview page)")
                                    .arg(zone) };
    return issues;
}

QList<HttpRequest> CloudflareSource::buildRequests(const Window &window)
{
    const QStringList hosts = m_domains.isEmpty() ? QStringList { QString() } : m_domains;
    QList<HttpRequest> requests;
    for (const QString &host : hosts) {
        QJsonObject filter { { QStringLiteral("datetime_geq"), isoUtc(window.fromMs) },
                             { QStringLiteral("datetime_lt"), isoUtc(window.toMs) },
                             { QStringLiteral("requestSource"), QStringLiteral("eyeball") } };
        if (!host.isEmpty())
            filter.insert(QStringLiteral("clientRequestHTTPHost"), host);
        const QJsonObject body {
            { QStringLiteral("query"), QString::fromLatin1(CloudflareResponse::query(kTimeDimension)) },
            { QStringLiteral("variables"),
              QJsonObject { { QStringLiteral("zoneTag"), m_zoneId }, { QStringLiteral("filter"), filter } } }
        };
        HttpRequest r = request(endpoint());
        r.method = "POST";
        r.contentType = "application/json";
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.headers.append({ QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token.toUtf8()) });
        requests << r;
    }
    return requests;
}

CdnReport CloudflareSource::parse(int index, const HttpResult &result) const
{
    const QString fallback = m_domains.isEmpty() ? m_zoneId : m_domains.value(index);
    return CloudflareResponse::parse(result.body, fallback);
}

} // namespace Bandwatch
