#include "sources/cdn/cloudflareresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudflareResponse", text);
}

const char *const kTimeDimensions[] = { "datetimeMinute", "datetimeFiveMinutes", "datetimeFifteenMinutes",
                                        "datetimeHour" };

} // namespace

qint64 CloudflareResponse::bucketMs(const QString &timeDimension)
{
    static const qint64 ms[] = { 60000, 300000, 900000, 3600000 };
    for (int i = 0; i < 4; ++i)
        if (timeDimension == QLatin1String(kTimeDimensions[i]))
            return ms[i];
    return 0;
}

QByteArray CloudflareResponse::query(const QString &timeDimension)
{
    return "query BandwatchTraffic($zoneTag: string, $filter: filter) { "
           "viewer { zones(filter: {zoneTag: $zoneTag}) { httpRequestsAdaptiveGroups(limit: "
        + QByteArray::number(kRowLimit) + ", filter: $filter) { sum { edgeResponseBytes } dimensions { "
        + timeDimension.toLatin1() + " clientRequestHTTPHost } } } } }";
}

CdnReport CloudflareResponse::parse(const QByteArray &body, const QString &domain)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("Cloudflare"), &error);
    if (!root)
        return CdnReport::failure(error);

    const QJsonArray errors = root->value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            QString m = o.value(QStringLiteral("message")).toString();
            if (m.isEmpty())
                m = tr("(no message)");
            QStringList path;
            for (const QJsonValue &p : o.value(QStringLiteral("path")).toArray())
                path << (p.isDouble() ? QString::number(p.toInt()) : p.toString());
            if (!path.isEmpty())
                m += QStringLiteral(" (at %1)").arg(path.join(u'.'));
            messages << m;
        }
        return CdnReport::fromProvider(
            tr("Cloudflare GraphQL error: %1").arg(messages.join(QStringLiteral("; "))));
    }

    const QJsonValue zones = root->value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("viewer"))
                                 .toObject()
                                 .value(QStringLiteral("zones"));
    if (!zones.isArray())
        return CdnReport::failure(tr("Cloudflare: the response has no data.viewer.zones list"));
    if (zones.toArray().isEmpty())
        return CdnReport::failure(tr("Cloudflare: no zone with this zone_id is visible to the API token "
                                     "(needs the Analytics:Read permission on the zone)"));

    CdnReport report;
    for (const QJsonValue &zone : zones.toArray()) {
        const QJsonValue groups = zone.toObject().value(QStringLiteral("httpRequestsAdaptiveGroups"));
        if (!groups.isArray())
            return CdnReport::failure(tr("Cloudflare: the zone has no httpRequestsAdaptiveGroups list"));
        if (groups.toArray().size() >= kRowLimit)
            return CdnReport::failure(
                tr("Cloudflare: the answer hit the limit of %1 rows, so some traffic is "
                   "missing; list the hosts in domains: or shorten lookback")
                    .arg(kRowLimit));
        for (const QJsonValue &g : groups.toArray()) {
            const QJsonObject dims = g.toObject().value(QStringLiteral("dimensions")).toObject();
            qint64 interval = 0;
            QString when;
            for (const char *name : kTimeDimensions)
                if (dims.contains(QLatin1String(name))) {
                    interval = bucketMs(QLatin1String(name));
                    when = dims.value(QLatin1String(name)).toString();
                }
            const auto startMs = CdnJson::isoTimeMs(when);
            if (interval == 0 || !startMs)
                return CdnReport::failure(tr(
                    "Cloudflare: a group has no valid time dimension (datetimeMinute, datetimeFiveMinutes, "
                    "datetimeFifteenMinutes or datetimeHour)"));
            const auto bytes = CdnJson::number(g.toObject()
                                                   .value(QStringLiteral("sum"))
                                                   .toObject()
                                                   .value(QStringLiteral("edgeResponseBytes")));
            if (!bytes)
                return CdnReport::failure(
                    tr("Cloudflare: a group at %1 has no valid sum.edgeResponseBytes").arg(when));
            const QString host = dims.value(QStringLiteral("clientRequestHTTPHost")).toString();
            report.add(host.isEmpty() ? domain : host, Direction::Out, *startMs, interval, *bytes);
        }
    }
    return report;
}

} // namespace Bandwatch
