#include "sources/cdn/tencentcdnresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TencentCdnResponse", text);
}

} // namespace

qint64 TencentCdnResponse::intervalMs(const QString &interval)
{
    if (interval == u"min")
        return 60000;
    if (interval == u"5min")
        return 300000;
    if (interval == u"hour")
        return 3600000;
    if (interval == u"day")
        return 86400000;
    return 0;
}

CdnReport TencentCdnResponse::parse(const QByteArray &body, int utcOffsetSeconds)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("Tencent Cloud"), &error);
    if (!root)
        return CdnReport::failure(error);
    const QJsonObject response = root->value(QStringLiteral("Response")).toObject();
    if (response.isEmpty())
        return CdnReport::failure(tr("Tencent Cloud: the response has no Response object"));
    const QString requestId = response.value(QStringLiteral("RequestId")).toString();
    if (response.contains(QStringLiteral("Error"))) {
        const QJsonObject e = response.value(QStringLiteral("Error")).toObject();
        return CdnReport::fromProvider(tr("Tencent Cloud error %1: %2 (RequestId %3)")
                                           .arg(e.value(QStringLiteral("Code")).toString(),
                                                e.value(QStringLiteral("Message")).toString(), requestId));
    }
    const QString intervalText = response.value(QStringLiteral("Interval")).toString();
    const qint64 interval = intervalMs(intervalText);
    if (interval == 0)
        return CdnReport::failure(
            tr("Tencent Cloud: unknown Interval \"%1\" (expected min, 5min, hour or day)").arg(intervalText));
    const QJsonValue data = response.value(QStringLiteral("Data"));
    if (!data.isArray())
        return CdnReport::failure(tr("Tencent Cloud: the response has no Data list"));

    const QTimeZone zone(utcOffsetSeconds);
    CdnReport report;
    for (const QJsonValue &resource : data.toArray()) {
        const QString domain = resource.toObject().value(QStringLiteral("Resource")).toString();
        for (const QJsonValue &series : resource.toObject().value(QStringLiteral("CdnData")).toArray()) {
            const QString metric = series.toObject().value(QStringLiteral("Metric")).toString();
            const bool isFlux = metric == u"flux" || metric == u"fluxOut" || metric == u"fluxIn";
            const bool isBandwidth =
                metric == u"bandwidth" || metric == u"bandwidthOut" || metric == u"bandwidthIn";
            if (!isFlux && !isBandwidth)
                return CdnReport::failure(tr("Tencent Cloud: metric \"%1\" is not traffic").arg(metric));
            const Direction dir = metric.endsWith(u"In") ? Direction::In : Direction::Out;
            for (const QJsonValue &point : series.toObject().value(QStringLiteral("DetailData")).toArray()) {
                const QString time = point.toObject().value(QStringLiteral("Time")).toString();
                QDateTime start = QDateTime::fromString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                const auto value = CdnJson::number(point.toObject().value(QStringLiteral("Value")));
                if (!start.isValid() || !value)
                    return CdnReport::failure(
                        tr("Tencent Cloud: invalid data point (Time \"%1\") for %2").arg(time, domain));
                start = QDateTime(start.date(), start.time(), zone);
                const double bytes = isFlux ? *value : *value * double(interval) / 1000.0 / 8.0;
                report.add(domain, dir, start.toMSecsSinceEpoch(), interval, bytes);
            }
        }
    }
    return report;
}

} // namespace Bandwatch
