#include "sources/cdn/fastlysource.h"

#include "sources/cdn/fastlystatsresponse.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Bandwatch {

FastlySource::FastlySource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, 60000, QStringLiteral("https://api.fastly.com"), parent)
    , m_serviceId(config.string(QStringLiteral("service_id")).trimmed())
    , m_token(config.secret(QStringLiteral("api_token")))
    , m_name(config.string(QStringLiteral("name"), m_serviceId))
{ }

QList<ConfigIssue> FastlySource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues =
        validateCommon(config, QStringLiteral("fastly"),
                       { QStringLiteral("service_id"), QStringLiteral("api_token"), QStringLiteral("name") },
                       { QStringLiteral("service_id"), QStringLiteral("api_token") });
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]+$"));
    const QString id = config.string(QStringLiteral("service_id")).trimmed();
    if (!id.isEmpty() && !idPattern.match(id).hasMatch())
        issues << ConfigIssue {
            QStringLiteral("service_id"),
            tr("service_id: \"%1\" is not a Fastly service ID (letters and digits)").arg(id)
        };
    return issues;
}

QList<HttpRequest> FastlySource::buildRequests(const Window &window)
{
    QUrl url = endpoint();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/stats/service/")
                + m_serviceId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QString::number(window.fromMs / 1000));
    query.addQueryItem(QStringLiteral("to"), QString::number(window.toMs / 1000));
    query.addQueryItem(QStringLiteral("by"), QStringLiteral("minute"));
    url.setQuery(query);
    HttpRequest r = request(url);
    r.headers.append({ QByteArrayLiteral("Fastly-Key"), m_token.toUtf8() });
    return { r };
}

CdnReport FastlySource::parse(int, const HttpResult &result) const
{
    return FastlyStatsResponse::parse(result.body, m_name);
}

} // namespace Bandwatch
