#include "sources/cdn/cdnetworkssource.h"

#include "core/units.h"
#include "sources/cdn/cdnetworksflowresponse.h"
#include "sources/signing/cdnetworkssignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace Bandwatch {

namespace {

constexpr int kUtcPlus8 = 8 * 3600;
constexpr qint64 kMaxRangeMs = 7LL * 24 * 3600 * 1000;
const char kPath[] = "/api/report/flow/protocol";

qint64 intervalMs(const QString &interval)
{
    if (interval == u"1m")
        return 60000;
    if (interval == u"5m")
        return 300000;
    if (interval == u"1h")
        return 3600000;
    if (interval == u"1d")
        return 86400000;
    return 0;
}

QString intervalOf(const SourceConfig &config)
{
    return config.string(QStringLiteral("data_interval"), QStringLiteral("5m")).trimmed();
}

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kUtcPlus8))
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+08:00'"));
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

CdnetworksSource::CdnetworksSource(const SourceConfig &config, QObject *parent)
    : CdnSource(config, intervalMs(intervalOf(config)) > 0 ? intervalMs(intervalOf(config)) : 300000,
                QStringLiteral("https://api.cdnetworks.com"), parent)
    , m_domains(config.stringList(QStringLiteral("domains")))
    , m_username(config.string(QStringLiteral("username")).trimmed())
    , m_apiKey(config.secret(QStringLiteral("api_key")))
    , m_accessKey(config.secret(QStringLiteral("access_key")).trimmed())
    , m_secretKey(config.secret(QStringLiteral("secret_key")))
    , m_interval(intervalMs(intervalOf(config)) > 0 ? intervalOf(config) : QStringLiteral("5m"))
    , m_protocols(config.stringList(QStringLiteral("protocols")))
{
    if (m_protocols.isEmpty())
        m_protocols = { QStringLiteral("http"), QStringLiteral("https") };
}

QList<ConfigIssue> CdnetworksSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues =
        validateCommon(config, QStringLiteral("cdnetworks"),
                       { QStringLiteral("domains"), QStringLiteral("username"), QStringLiteral("api_key"),
                         QStringLiteral("access_key"), QStringLiteral("secret_key"),
                         QStringLiteral("data_interval"), QStringLiteral("protocols") },
                       { QStringLiteral("domains") });
    const auto has = [&config](const char *key) {
        return !config.secret(QLatin1String(key)).isEmpty();
    };
    const bool apiKey = !config.string(QStringLiteral("username")).isEmpty() || has("api_key");
    const bool akSk = has("access_key") || has("secret_key");
    if (apiKey == akSk)
        issues << ConfigIssue {
            apiKey ? QStringLiteral("access_key") : QStringLiteral("username"),
            tr("a cdnetworks source needs either username: and api_key: or access_key: and "
               "secret_key:")
        };
    else if (apiKey && (config.string(QStringLiteral("username")).isEmpty() || !has("api_key")))
        issues << ConfigIssue { QStringLiteral("api_key"), tr("username: and api_key: go together") };
    else if (akSk && (!has("access_key") || !has("secret_key")))
        issues << ConfigIssue { QStringLiteral("secret_key"), tr("access_key: and secret_key: go together") };
    if (config.options.contains(QStringLiteral("data_interval")) && intervalMs(intervalOf(config)) == 0)
        issues << ConfigIssue { QStringLiteral("data_interval"),
                                tr("data_interval must be 1m, 5m, 1h or 1d") };
    for (const QString &p : config.stringList(QStringLiteral("protocols")))
        if (p != u"http" && p != u"https") {
            issues << ConfigIssue { QStringLiteral("protocols"), tr("protocols may list http and https") };
            break;
        }
    if (config.options.contains(QStringLiteral("lookback"))) {
        const auto d = Units::parseDuration(config.string(QStringLiteral("lookback")));
        if (d && d->count() > kMaxRangeMs)
            issues << ConfigIssue { QStringLiteral("lookback"),
                                    tr("lookback: CDNetworks answers at most 7d per query") };
    }
    return issues;
}

QByteArray CdnetworksSource::requestBody(const QStringList &domains, const QString &protocol,
                                         const QString &interval, const Window &window)
{
    const QJsonObject body {
        { QStringLiteral("dateFrom"), beijingTime(window.fromMs) },
        { QStringLiteral("dateTo"), beijingTime(window.toMs) },
        { QStringLiteral("domain"), QJsonArray::fromStringList(domains) },
        { QStringLiteral("dataInterval"), interval },
        { QStringLiteral("protocolType"), protocol },
        // Without it CDNetworks sums all domains into one series.
        { QStringLiteral("groupBy"), QJsonArray { QStringLiteral("domain") } },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<HttpRequest> CdnetworksSource::buildRequests(const Window &window)
{
    m_asked = window;
    QUrl url = endpoint();
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) + QLatin1String(kPath)
                                          : url.path() + QLatin1String(kPath));
    QList<HttpRequest> requests;
    for (const QString &protocol : std::as_const(m_protocols)) {
        HttpRequest r = request(url);
        r.method = "POST";
        r.contentType = "application/json";
        r.body = requestBody(m_domains, protocol, m_interval, window);
        r.headers = { { QByteArrayLiteral("X-Time-Zone"), QByteArrayLiteral("GMT+08:00") } };
        if (!m_accessKey.isEmpty()) {
            CdnetworksSignature::Request toSign;
            toSign.method = r.method;
            toSign.uri = url.path(QUrl::FullyEncoded).toLatin1();
            toSign.host = hostHeader(url);
            toSign.contentType = r.contentType;
            toSign.body = r.body;
            toSign.timestamp = now() / 1000;
            const auto signature = CdnetworksSignature::signAkSk(toSign, m_accessKey, m_secretKey);
            r.headers += { { QByteArrayLiteral("x-cnc-accessKey"), m_accessKey.toUtf8() },
                           { QByteArrayLiteral("x-cnc-timestamp"), QByteArray::number(toSign.timestamp) },
                           { QByteArrayLiteral("x-cnc-auth-method"), QByteArrayLiteral("AKSK") },
                           { QByteArrayLiteral("Authorization"), signature.authorization } };
        } else {
            const QByteArray date = httpDate(now());
            r.headers += { { QByteArrayLiteral("Date"), date },
                           { QByteArrayLiteral("Authorization"),
                             CdnetworksSignature::basicAuthorization(m_username, m_apiKey, date) } };
        }
        requests << r;
    }
    return requests;
}

CdnReport CdnetworksSource::parse(int index, const HttpResult &result) const
{
    CdnReport report =
        CdnetworksFlowResponse::parse(result.body, m_protocols.value(index), bucketMs(), kUtcPlus8);
    // dateTo may reach into the bucket in progress, whose end label CDNetworks
    // already answers; storing it would count it half.
    report.buckets.removeIf([this](const CdnReport::Bucket &b) {
        return b.startMs < m_asked.fromMs || b.startMs + b.intervalMs > m_asked.toMs;
    });
    return report;
}

} // namespace Bandwatch
